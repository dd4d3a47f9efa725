"""S6 — attachments: streamed to a content-addressed store (api.storage), typed by content, checksummed."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from api.concurrency import Work, offload
from api.db import files as files_repo
from api.db import submissions as repo
from api.db.submissions import Attachment, Submission
from api.domain import containers
from api.domain.access import Actor
from api.domain.errors import DomainError
from api.domain.submissions import ACCEPTED_TYPES, Kind, sniff, stored_name
from api.problems import Forbidden, NotFound, Problem
from api.schemas.common import Page
from api.schemas.submissions import AttachmentPublic
from api.services.common import audit, end_check, page, sync_order
from api.services.conferences import may_organize
from api.services.submissions import version_for_attachment, visible
from api.storage import ChecksumMismatch, ObjectMissing, Storage, key_for, open_verified

CHUNK = 1024 * 1024
SHA256 = re.compile(r"[0-9a-f]{64}")  # the name of a content-addressed file (api.storage.key_for)
log = logging.getLogger("dhtt.files")
OLE_MARKERS = {"WordDocument": "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", "Workbook": "W\0o\0r\0k\0b\0o\0o\0k\0"}


def public(a: Attachment) -> AttachmentPublic:
    return AttachmentPublic.model_validate(a, from_attributes=True)


def _content_type(spooled: BinaryIO) -> str:
    """S6 — the type from the bytes: magic numbers, a ZIP judged from its central directory
    (``api.domain.containers``, nothing inflated), the stream names of an OLE file. Raises
    ``DomainError`` (415) when the content is not an accepted type."""
    spooled.seek(0)
    head = spooled.read(4096)
    if head.startswith(containers.ZIP_MAGIC):
        return containers.zip_type(spooled, containers.ATTACHMENT)
    ole_streams = None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        spooled.seek(0)
        sample = spooled.read(4 * CHUNK).decode("latin-1")
        ole_streams = [name for name, marker in OLE_MARKERS.items() if marker in sample]
    found = sniff(head, None, ole_streams)
    if found is None or found not in ACCEPTED_TYPES:
        raise DomainError("unsupported_media_type", "S6")
    return found


def _digest(spooled: BinaryIO) -> tuple[str, int]:
    spooled.seek(0)
    h = hashlib.sha256()
    size = 0
    while chunk := spooled.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def safe_filename(name: str | None) -> str:
    base = os.path.basename((name or "").replace("\\", "/")).strip()
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>|:*?\x7f')
    return base[:200] or "tep-dinh-kem"


def _check_may_attach(actor: Actor, s: Submission) -> None:
    """S6, X2 — who may attach to a submission: its organizer; a compilation takes none."""
    if not may_organize(actor, s.unit_id, s.district_id) or s.kind == Kind.DISTRICT_COMPILATION.value:
        raise Forbidden


async def check_upload(session: AsyncSession, actor: Actor, submission_id: uuid.UUID) -> None:
    """Decided before the body of an upload is read (404 for another unit's submission, 403
    for one that may not take it): a refusal costs milliseconds whatever the body's size.
    ``upload`` decides again under the submission's row lock."""
    _check_may_attach(actor, await visible(session, actor, submission_id))
    await end_check(session)


@dataclass(frozen=True)
class StoredFile:
    """S6 — an upload judged and stored once per content: what its row records."""

    filename: str
    content_type: str
    size_bytes: int
    sha256: str


async def store_upload(storage: Storage, max_bytes: int, filename: str | None, spooled: BinaryIO) -> StoredFile:
    """S6 — hash it, refuse it over ``max_bytes``, type it from its bytes (a ZIP judged from its
    directory), store it under its SHA-256: blocking work, in worker threads, never on the loop."""
    sha256, size = await offload(Work.FILES, _digest, spooled)
    if size > max_bytes:
        raise Problem("payload_too_large", limit=max_bytes)
    content_type = await offload(Work.FILES, _content_type, spooled)
    await storage.put(key_for(sha256), spooled)
    return StoredFile(stored_name(safe_filename(filename), content_type), content_type, size, sha256)


SWEEP_GRACE = dt.timedelta(days=1)  # far more than an upload takes to commit; > storage.REFRESH_AFTER


async def sweep_unreferenced(sessions: async_sessionmaker[AsyncSession], storage: Storage, before: dt.datetime) -> int:
    """S6 — remove the stored files last written before ``before`` (the worker passes now − a
    day) that no row names: an upload whose row failed, an activity deleted with its files. A
    file an upload under way relies on is younger (``Storage.put`` writes an old one again), so
    it is never taken. Returns how many were removed."""
    removed = 0
    async for keys in storage.stale(before):
        by_sha = {key.rsplit("/", 1)[-1]: key for key in keys if SHA256.fullmatch(key.rsplit("/", 1)[-1])}
        async with sessions() as session:
            kept = await files_repo.referenced(session, list(by_sha))
        for sha, key in by_sha.items():
            written = await storage.written_at(key)
            # an upload may have written it again since it was listed: then it is spared
            if sha not in kept and written is not None and written < before:
                await storage.delete(key)
                removed += 1
    if removed:
        log.info("removed %d stored files no row names", removed)
    return removed


async def upload(
    session: AsyncSession,
    actor: Actor,
    storage: Storage,
    max_bytes: int,
    submission_id: uuid.UUID,
    filename: str | None,
    spooled: BinaryIO,
) -> AttachmentPublic:
    s = await visible(session, actor, submission_id, for_update=True)
    _check_may_attach(actor, s)
    # S5 — never a received version (a refusal below rolls the new version back with the rest)
    version = await version_for_attachment(session, actor, s)
    stored = await store_upload(storage, max_bytes, filename, spooled)
    a = Attachment(
        submission_id=s.id,
        version=version,
        filename=stored.filename,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
        created_by=actor.id,
    )
    session.add(a)
    await session.flush()  # a file whose row fails stays in the store: sweep_unreferenced
    await session.refresh(a)
    out = public(a)
    audit(session, actor, "attach", "submission", s.id, after=out, district_id=s.district_id, unit_id=s.unit_id)
    return out


async def list_attachments(
    session: AsyncSession,
    actor: Actor,
    submission_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[AttachmentPublic]:
    """The submission's attachments not removed, oldest first. An attachment is never changed
    while listed (a removal hides it and is a tombstone): its creation time is its update time."""
    await visible(session, actor, submission_id)
    rows, nxt = await page(
        session,
        repo.attachments_query(submission_id),
        [col(Attachment.created_at), col(Attachment.id)],
        lambda a: (a.created_at, a.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Attachment.created_at, Attachment.id),
    )
    return Page(items=[public(a) for a in rows], next_cursor=nxt)


async def _get(
    session: AsyncSession, submission_id: uuid.UUID, attachment_id: uuid.UUID, *, include_deleted: bool = False
) -> Attachment:
    a = await repo.get_attachment(session, submission_id, attachment_id, include_deleted=include_deleted)
    if a is None:
        raise NotFound
    return a


async def read_verified(storage: Storage, sha256: str) -> BinaryIO:
    """The stored file of a content, its checksum checked before a byte is handed back (S6):
    a missing or corrupt object answers 503, never wrong bytes."""
    try:
        return await open_verified(storage, key_for(sha256), sha256)
    except ObjectMissing:
        raise Problem("service_unavailable", reason="attachment_missing") from None
    except ChecksumMismatch:
        raise Problem("service_unavailable", reason="attachment_corrupt") from None


async def open_download(
    session: AsyncSession, actor: Actor, storage: Storage, submission_id: uuid.UUID, attachment_id: uuid.UUID
) -> tuple[AttachmentPublic, BinaryIO]:
    """The attachment and its verified file: the checksum is checked before a byte is sent.
    A removed attachment stays downloadable by its id: the version it belonged to still refers
    to it (S5)."""
    await visible(session, actor, submission_id)
    a = await _get(session, submission_id, attachment_id, include_deleted=True)
    return public(a), await read_verified(storage, a.sha256)


def stream_file(f: BinaryIO) -> Iterator[bytes]:
    """The file in chunks, closed at the end or when the client goes away."""
    with f:
        while chunk := f.read(CHUNK):
            yield chunk


async def delete(session: AsyncSession, actor: Actor, submission_id: uuid.UUID, attachment_id: uuid.UUID) -> None:
    """The record is hidden, never erased: past versions keep what they referred to (S5)."""
    s = await visible(session, actor, submission_id, for_update=True)
    if not may_organize(actor, s.unit_id, s.district_id):
        raise Forbidden
    a = await _get(session, submission_id, attachment_id)
    before = public(a)
    version = await version_for_attachment(session, actor, s)  # S5 — received versions keep it
    await repo.hide_attachment(session, a.id, removed_in_version=version)
    audit(session, actor, "detach", "submission", s.id, before=before, district_id=s.district_id, unit_id=s.unit_id)
