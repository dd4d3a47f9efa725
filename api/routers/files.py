"""S6 — the HTTP side of stored files, shared by every route that takes or gives one: the
multipart upload's one field, and the download answer with its checksum headers."""

from __future__ import annotations

import base64
from typing import Any, BinaryIO, Protocol
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import StreamingResponse
from starlette.datastructures import UploadFile

from api.domain.submissions import ACCEPTED_TYPES
from api.problems import Problem
from api.services.attachments import stream_file

DOWNLOAD_200: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {t: {"schema": {"type": "string", "format": "binary"}} for t in sorted(ACCEPTED_TYPES)},
        "description": "The file, with its type decided at upload (S6)",
    }
}


class StoredMeta(Protocol):
    """What a stored file's row says of it."""

    filename: str
    content_type: str
    size_bytes: int
    sha256: str


async def multipart_file(request: Request) -> UploadFile:
    """The multipart field ``file`` (one file, few fields); called once the caller's right to the
    target was decided, so nothing is read for a caller who may not write there."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise Problem("unsupported_media_type")
    form = await request.form(max_files=1, max_fields=5)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise Problem("validation_error", errors=[("file", "validation_error", "missing", {})])
    return upload


def file_download(meta: StoredMeta, file: BinaryIO) -> StreamingResponse:
    """The file as uploaded, its checksum (verified before this answer) in ``Repr-Digest``."""
    digest = base64.b64encode(bytes.fromhex(meta.sha256)).decode()
    return StreamingResponse(
        stream_file(file),
        media_type=meta.content_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(meta.filename)}",
            "Content-Length": str(meta.size_bytes),
            "Repr-Digest": f"sha-256=:{digest}:",
            "X-Checksum-SHA256": meta.sha256,
        },
    )
