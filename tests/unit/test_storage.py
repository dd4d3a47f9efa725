"""The storage interface (api.storage) against a local folder and an in-memory store: the same
tests pass on both, so the services depend on the interface, not on a kind of store (S6)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import obstore
import pytest
from obstore.store import LocalStore, MemoryStore, S3Store
from pydantic import ValidationError

from api import storage
from api.settings import Settings
from api.storage import ChecksumMismatch, ObjectMissing, ObjectStorage, Storage, key_for, open_verified

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(params=["local", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ObjectStorage]:
    if request.param == "local":
        yield ObjectStorage(LocalStore(prefix=tmp_path, mkdir=True))
    else:
        yield ObjectStorage(MemoryStore())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def _read(s: Storage, key: str) -> bytes:
    return b"".join([chunk async for chunk in s.open(key)])


async def test_storage_put_open_exists_delete(store: ObjectStorage) -> None:
    key = key_for(_sha(PDF))
    assert not await store.exists(key)
    assert await store.put(key, io.BytesIO(PDF)) is True
    assert await store.exists(key)
    assert await _read(store, key) == PDF
    # content-addressed: the same key is the same bytes, written once
    assert await store.put(key, io.BytesIO(PDF)) is False
    await store.delete(key)
    assert not await store.exists(key)
    await store.delete(key)  # deleting what is gone is nothing


async def test_storage_put_reads_the_whole_source_from_its_start(store: ObjectStorage) -> None:
    source = io.BytesIO(PDF)
    source.seek(len(PDF))  # the upload was just hashed: its position is at the end
    key = key_for(_sha(PDF))
    await store.put(key, source)
    assert await _read(store, key) == PDF


async def test_S6_verified_read_returns_the_checked_bytes(store: ObjectStorage) -> None:
    sha = _sha(PDF)
    await store.put(key_for(sha), io.BytesIO(PDF))
    with await open_verified(store, key_for(sha), sha) as f:
        assert f.read() == PDF


async def test_S6_checksum_mismatch_detected(store: ObjectStorage) -> None:
    """A stored object whose bytes no longer hash to its key answers ChecksumMismatch, never bytes."""
    sha = _sha(PDF)
    await store.put(key_for(sha), io.BytesIO(PDF.replace(b"1.4", b"1.7")))  # corrupted at rest
    with pytest.raises(ChecksumMismatch):
        await open_verified(store, key_for(sha), sha)


async def test_S6_missing_object_detected(store: ObjectStorage) -> None:
    sha = _sha(b"never stored")
    with pytest.raises(ObjectMissing):
        await open_verified(store, key_for(sha), sha)
    with pytest.raises(ObjectMissing):
        await _read(store, key_for(sha))


async def test_threat_large_file_never_held_in_memory(store: ObjectStorage) -> None:
    """A download is streamed in chunks and copied to a temporary file on disk beyond
    ``SPOOL_MEMORY``: a large file is never one buffer."""
    data = os.urandom(3 * storage.CHUNK + 17)
    sha = _sha(data)
    await store.put(key_for(sha), io.BytesIO(data))
    chunks = [len(c) async for c in store.open(key_for(sha))]
    assert sum(chunks) == len(data)
    if isinstance(store.store, LocalStore):  # a memory store holds the object as one buffer anyway
        assert len(chunks) >= 3
        assert max(chunks) < 2 * storage.CHUNK
    f: Any = await open_verified(store, key_for(sha), sha)
    with f:
        assert f._rolled  # the spool went to disk
        assert _sha(f.read()) == sha


async def test_local_store_keeps_the_folder_layout(tmp_path: Path) -> None:
    """Files written before the store existed (``root/ab/abcd…``) are read as they are."""
    sha = _sha(PDF)
    (tmp_path / sha[:2]).mkdir()
    (tmp_path / sha[:2] / sha).write_bytes(PDF)
    s = storage.from_url(tmp_path.as_uri(), Settings(_env_file=None))
    assert await s.exists(key_for(sha))
    with await open_verified(s, key_for(sha), sha) as f:
        assert f.read() == PDF
    other = _sha(b"new")
    await s.put(key_for(other), io.BytesIO(b"new"))
    assert (tmp_path / other[:2] / other).read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted([sha, other])  # no staging left


def test_storage_from_settings_default_is_the_attachment_folder(tmp_path: Path) -> None:
    s = storage.from_settings(Settings(_env_file=None, data_dir=tmp_path))
    assert isinstance(s.store, LocalStore)
    obstore.put(s.store, "ab/abc", b"x")
    assert (tmp_path / "attachments" / "ab" / "abc").read_bytes() == b"x"


def test_storage_from_settings_s3() -> None:
    settings = Settings(
        _env_file=None,
        storage_url="s3://dhtt-files/attachments",
        s3_endpoint="http://minio:9000",
        s3_region="us-east-1",
        s3_access_key_id="dhtt",
        s3_secret_access_key="not-a-real-secret",
    )
    assert "not-a-real-secret" not in repr(settings)  # a SecretStr
    s = storage.from_settings(settings)
    assert isinstance(s.store, S3Store)
    assert (s.store.config.get("bucket"), s.store.prefix) == ("dhtt-files", "attachments")
    assert s.store.config.get("endpoint") == "http://minio:9000"


@pytest.mark.parametrize(
    ("url", "env"),
    [("ftp://host/files", "development"), ("s3://", "development"), ("file://relative", "development")],
)
def test_storage_url_refused_names_the_setting(url: str, env: str) -> None:
    with pytest.raises(ValidationError) as err:
        Settings(_env_file=None, env=env, storage_url=url)
    assert "storage_url" in str(err.value)


def test_storage_memory_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="DHTT_STORAGE_URL"):
        Settings(
            _env_file=None,
            env="production",
            database_url="postgresql+asyncpg://dhtt@db.example/dhtt",
            secret_key="9f2c4e8a1b7d3f60c5e9a2d4b8f1e3c7a6d0b9e2f4c8a1d3e5b7f9c2a4e6d8b0",
            admin_password="Quan-tri-2024-manh",
            storage_url="memory://",
        )


def test_storage_empty_variables_mean_unset(tmp_path: Path) -> None:
    """docker-compose passes an unset variable as an empty one: the local folder, no credentials."""
    settings = Settings(_env_file=None, data_dir=tmp_path, storage_url="", s3_endpoint="", s3_secret_access_key="")
    assert (settings.storage_url, settings.s3_endpoint, settings.s3_secret_access_key) == (None, None, None)
    assert isinstance(storage.from_settings(settings).store, LocalStore)


async def test_S6_stale_lists_the_objects_written_before_a_time(store: ObjectStorage) -> None:
    key = key_for(_sha(PDF))
    await store.put(key, io.BytesIO(PDF))
    now = dt.datetime.now(dt.UTC)
    assert [k async for batch in store.stale(now + dt.timedelta(minutes=1)) for k in batch] == [key]
    assert [k async for batch in store.stale(now - dt.timedelta(minutes=1)) for k in batch] == []


async def test_S6_an_old_object_is_written_again_by_an_upload_of_the_same_bytes(tmp_path: Path) -> None:
    """An upload relying on an object already stored renews its time, so the sweep of unreferenced
    files (which spares what is younger than a day) cannot take it while that upload commits."""
    local = ObjectStorage(LocalStore(prefix=tmp_path, mkdir=True))
    key = key_for(_sha(PDF))
    await local.put(key, io.BytesIO(PDF))
    assert await local.put(key, io.BytesIO(PDF)) is False  # recent: not written again
    two_days_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).timestamp()
    os.utime(tmp_path / key, (two_days_ago, two_days_ago))
    day_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    assert [k async for batch in local.stale(day_ago) for k in batch] == [key]
    assert await local.put(key, io.BytesIO(PDF)) is True  # old: written again
    assert [k async for batch in local.stale(day_ago) for k in batch] == []
    assert await _read(local, key) == PDF
