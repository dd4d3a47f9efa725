"""Where stored files live: one small interface over an object store (obstore).

Attachments are content-addressed: the key of a file is made from its SHA-256 (``ab/abcd…``),
so identical files are stored once and a file is never rewritten. The store is a local folder
by default (``file://``, the layout the service always used, so existing data keeps working) or
any S3-compatible store (``s3://bucket/prefix``) when several replicas share the files.

Reads are checked: ``open_verified`` copies an object to a spooled temporary file while hashing
it and answers ``ChecksumMismatch`` when the bytes are not the ones recorded, so a corrupt or
replaced object is never sent. Nothing here loads a whole file into memory; blocking work (the
file-like uploads, hashing, writing the spool) runs in the ``files`` worker threads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, cast
from urllib.parse import unquote, urlsplit

import obstore
from obstore.exceptions import NotFoundError
from obstore.store import LocalStore, MemoryStore, S3Store

from api.concurrency import Work, offload
from api.settings import STORAGE_SCHEMES

if TYPE_CHECKING:
    from api.settings import Settings

CHUNK = 1024 * 1024
# A download is copied here while it is hashed: in memory up to this size, on disk beyond.
SPOOL_MEMORY = CHUNK
# An object already stored is written again by an upload of the same bytes when older than this,
# so that an upload under way never relies on an object the sweep of unreferenced files
# (api.services.attachments.sweep_unreferenced, which spares a day) could take.
REFRESH_AFTER = dt.timedelta(hours=1)


class ObjectMissing(Exception):
    """No object under the key."""


class ChecksumMismatch(Exception):
    """The stored bytes do not hash to the recorded SHA-256."""


class Storage(Protocol):
    """What the services need of a store of files."""

    async def put(self, key: str, source: BinaryIO) -> bool:
        """Store the whole of ``source`` under ``key`` unless a recent object is already there
        (content-addressed keys: the same key is the same bytes; one older than ``REFRESH_AFTER``
        is written again, which renews its time). True when written now."""
        ...

    def stale(self, before: dt.datetime) -> AsyncIterator[list[str]]:
        """The keys of the objects last written before ``before``, in batches."""
        ...

    def open(self, key: str) -> AsyncIterator[bytes]:
        """The object's bytes, in chunks; ``ObjectMissing`` when there is none."""
        ...

    async def exists(self, key: str) -> bool: ...

    async def written_at(self, key: str) -> dt.datetime | None:
        """When the object was last written; None when there is none."""
        ...

    async def delete(self, key: str) -> None:
        """Remove the object; nothing when there is none."""
        ...


def key_for(sha256: str) -> str:
    """The key of a content-addressed file: ``ab/abcd…`` (as the folder layout always was)."""
    return f"{sha256[:2]}/{sha256}"


class ObjectStorage:
    """``Storage`` over any obstore store: ``LocalStore``, ``S3Store``, ``MemoryStore``."""

    def __init__(self, store: LocalStore | S3Store | MemoryStore) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"ObjectStorage({self.store!r})"

    def _put_sync(self, key: str, source: BinaryIO) -> None:
        source.seek(0)
        # A file-like source larger than a chunk is sent as a multipart upload, a chunk at a time.
        obstore.put(self.store, key, source, chunk_size=5 * CHUNK)

    async def put(self, key: str, source: BinaryIO) -> bool:
        written = await self.written_at(key)
        if written is not None and written > dt.datetime.now(dt.UTC) - REFRESH_AFTER:
            return False
        # Reading the file-like source is blocking: a worker thread, never the loop.
        await offload(Work.FILES, self._put_sync, key, source)
        return True

    async def open(self, key: str) -> AsyncIterator[bytes]:
        try:
            result = await obstore.get_async(self.store, key)
        except (FileNotFoundError, NotFoundError) as exc:
            raise ObjectMissing(key) from exc
        async for chunk in result.stream(min_chunk_size=CHUNK):
            yield chunk

    async def written_at(self, key: str) -> dt.datetime | None:
        try:
            meta = await obstore.head_async(self.store, key)
        except (FileNotFoundError, NotFoundError):
            return None
        return meta["last_modified"]

    async def exists(self, key: str) -> bool:
        return await self.written_at(key) is not None

    async def stale(self, before: dt.datetime) -> AsyncIterator[list[str]]:
        async for batch in obstore.list(self.store, chunk_size=500):
            keys = [meta["path"] for meta in batch if meta["last_modified"] < before]
            if keys:
                yield keys

    async def delete(self, key: str) -> None:
        try:
            await obstore.delete_async(self.store, key)
        except (FileNotFoundError, NotFoundError):
            return


def _absorb(digest: hashlib._Hash, spool: BinaryIO, chunk: bytes) -> None:
    digest.update(chunk)
    spool.write(chunk)


async def open_verified(storage: Storage, key: str, sha256: str) -> BinaryIO:
    """The object as a file positioned at its start, its SHA-256 checked before it is handed
    back: the bytes the caller then sends are exactly the ones checked (a spooled temporary
    file, in memory up to ``SPOOL_MEMORY``). ``ObjectMissing`` or ``ChecksumMismatch`` otherwise.
    The caller closes the file."""
    spool = cast(BinaryIO, tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY))  # noqa: SIM115 — handed to the caller
    digest = hashlib.sha256()
    try:
        async for chunk in storage.open(key):
            await offload(Work.FILES, _absorb, digest, spool, chunk)
        if digest.hexdigest() != sha256:
            raise ChecksumMismatch(key)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return spool


def _s3_store(url: str, settings: Settings) -> S3Store:
    parts = urlsplit(url)
    if not parts.netloc:
        raise ValueError("DHTT_STORAGE_URL: s3:// needs a bucket, e.g. s3://dhtt-files/attachments")
    config: dict[str, str] = {}
    if settings.s3_endpoint:
        config["endpoint"] = settings.s3_endpoint
    if settings.s3_region:
        config["region"] = settings.s3_region
    if settings.s3_access_key_id:
        config["access_key_id"] = settings.s3_access_key_id
    if settings.s3_secret_access_key is not None:
        config["secret_access_key"] = settings.s3_secret_access_key.get_secret_value()
    # A server on a private network (MinIO, Garage) is often reached over plain HTTP.
    allow_http = bool(settings.s3_endpoint and settings.s3_endpoint.startswith("http://"))
    return S3Store(
        parts.netloc,
        prefix=parts.path.strip("/") or None,
        config=config,  # type: ignore[arg-type]  # keys are S3Config's
        client_options={"allow_http": allow_http, "timeout": "300s"},
    )


def from_url(url: str, settings: Settings) -> ObjectStorage:
    scheme = urlsplit(url).scheme
    if scheme == "file":
        root = Path(unquote(urlsplit(url).path))
        return ObjectStorage(LocalStore(prefix=root, mkdir=True))
    if scheme == "s3":
        return ObjectStorage(_s3_store(url, settings))
    if scheme == "memory":
        return ObjectStorage(MemoryStore())
    raise ValueError(f"DHTT_STORAGE_URL: unsupported scheme {scheme!r} (one of {', '.join(STORAGE_SCHEMES)})")


def from_settings(settings: Settings) -> ObjectStorage:
    """``DHTT_STORAGE_URL``, or else the local attachment folder (``DHTT_ATTACHMENT_DIR``)."""
    return from_url(settings.storage_url or settings.attachments_path.resolve().as_uri(), settings)
