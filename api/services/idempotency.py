"""``Idempotency-Key`` on creating POSTs: same key and body → the same answer, nothing twice."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import audit as repo
from api.db.audit import IdempotencyRecord
from api.problems import Problem, invalid_field


class _Number(str):
    """A JSON number kept as written: two bodies differing only in a digit never compare equal
    (a float would round 2**70 + 1 and 2**70 to one value)."""


def _canonical(value: Any) -> str:
    if isinstance(value, dict):
        items = sorted(value.items())
        return "{" + ",".join(json.dumps(k) + ":" + _canonical(v) for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_canonical(v) for v in value) + "]"
    if isinstance(value, _Number):
        return str.__str__(value)
    return json.dumps(value)  # str, bool, None


def canonical_body(body: bytes) -> bytes:
    """The body as the request means it: a JSON body re-written with sorted keys and no spacing
    (the same object whatever its key order), any other body as it came. The tag byte keeps a
    raw body from colliding with a canonical one."""
    try:
        parsed = json.loads(body, parse_int=_Number, parse_float=_Number, parse_constant=_Number)
        return b"j" + _canonical(parsed).encode()
    except (ValueError, RecursionError):  # not JSON (UnicodeDecodeError is a ValueError), or nested too deep
        return b"r" + body


def fingerprint(method: str, path: str, body: bytes) -> str:
    """Same method, path and (canonical) body → same fingerprint: a retry whose client
    serialised the same JSON with its keys in another order is the same request."""
    canonical = canonical_body(body)
    return hashlib.sha256(method.encode() + b"\0" + path.encode() + b"\0" + canonical).hexdigest()


async def claim(
    session: AsyncSession, actor_id: uuid.UUID, key: str, method: str, path: str, body: bytes
) -> IdempotencyRecord | None:
    """Reserve ``key`` for this request, or return the stored answer of an earlier one.

    The INSERT waits on the primary key while a concurrent request with the same key is in
    flight, so exactly one of them runs the creation.
    """
    if not key or len(key) > 255 or not key.isprintable():
        raise invalid_field("Idempotency-Key", "value_error")
    fp = fingerprint(method, path, body)
    actor = actor_id
    if await repo.claim_idempotency_key(session, actor, key, method, path, fp):
        return None
    existing = await repo.idempotency_record(session, actor, key)
    if existing.fingerprint != fp:
        raise Problem("conflict", reason="idempotency_key_reused")
    return existing


async def remember(
    session: AsyncSession, actor_id: uuid.UUID, key: str, status_code: int, body: Any, headers: dict[str, str]
) -> None:
    record = await repo.idempotency_record(session, actor_id, key)
    record.status_code = status_code
    record.body = body
    record.headers = headers
    await session.flush()
