"""What every use case shares: ETags, If-Match, audit records, not-found and cursor problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import col

from api.context import request_id_var
from api.db.audit import AuditEvent
from api.db.base import utcnow
from api.db.events import add_event
from api.db.pagination import SYNC, InvalidCursor, Keyset, KeysetQuery
from api.domain.access import Actor
from api.domain.events import carries_etag, event_type, is_public
from api.domain.shapes import check_unchanged
from api.domain.submissions import LOCAL
from api.problems import NotFound, Problem, invalid_field
from api.schemas.common import Update

M = TypeVar("M")


def check_read_only(body: Update, current: BaseModel | Mapping[str, Any] | None, prefix: str = "") -> None:
    """The fields of ``current`` (what a GET answers) that ``body`` sent back must be unchanged."""
    held = current.model_dump(mode="json") if isinstance(current, BaseModel) else dict(current or {})
    for name, sent in body.read_only.items():
        check_unchanged(prefix + name, sent, held.get(name))


def changes_nothing(body: Update, current: BaseModel) -> bool:
    """True when every field ``body`` sets already holds that value in ``current`` (a GET's answer
    sent back as is): the update writes nothing — no new update time, no audit record, same ETag."""
    held = current.model_dump(mode="json")
    sent = body.model_dump(mode="json", exclude_unset=True)
    return all(name in held and held[name] == value for name, value in sent.items())


def etag_of(model: BaseModel) -> str:
    """A strong ETag: the hash of the representation, so it changes whenever the answer does."""
    return etag_of_body(model.model_dump_json().encode())


def etag_of_body(body: bytes) -> str:
    """``etag_of`` from the representation already serialised (``model_dump_json``)."""
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def require_match(if_match: str | None, current: str) -> None:
    """Honour If-Match: a stale (or malformed) one is 412 and changes nothing."""
    if if_match is None:
        return
    candidates = [c.strip() for c in if_match.split(",")]
    if "*" in candidates or current in candidates:
        return
    raise Problem("precondition_failed")


def found(value: M | None) -> M:
    if value is None:
        raise NotFound
    return value


def parse_id(value: str) -> uuid.UUID:
    """Ids are opaque strings: anything that is not one of ours is simply not found."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise NotFound from None


@dataclass(frozen=True)
class SyncOrder:
    """Incremental sync: the rows updated strictly after ``after``, in update order
    ``(updated, id)`` — ``updated`` the table's update time (its creation time where rows are
    never updated), ``id`` a unique column."""

    after: dt.datetime
    updated: Any
    id: Any


def sync_order(updated_after: dt.datetime | None, updated: Any, id_column: Any) -> SyncOrder | None:
    return None if updated_after is None else SyncOrder(updated_after, col(updated), col(id_column))


def _field(row: Any, name: str) -> Any:
    """``name`` of an entity, or of a row's columns, or of the entity a row starts with (a list
    read with ``scalars=False``, e.g. an activity with its computed columns)."""
    try:
        return getattr(row, name)
    except AttributeError:
        return getattr(row[0], name)


async def page(
    session: AsyncSession,
    stmt: Select[Any],
    order: Sequence[Any],
    key: Callable[[Any], Sequence[Any]],
    *,
    cursor: str | None,
    limit: int,
    descending: bool = False,
    scalars: bool = True,
    sync: SyncOrder | None = None,
) -> tuple[list[Any], str | None]:
    """A keyset page in the list's own ``order``; with ``sync``, in update order instead (the
    default statement is left exactly as it is)."""
    tag = None
    if sync is not None:
        names = (sync.updated.key, sync.id.key)
        stmt = stmt.where(sync.updated > sync.after)
        order, descending, tag = [sync.updated, sync.id], False, SYNC
        key = lambda r: (_field(r, names[0]), _field(r, names[1]))  # noqa: E731
    try:
        return await Keyset(order, descending=descending, tag=tag).page(
            session, stmt, key, cursor=cursor, limit=limit, scalars=scalars
        )
    except InvalidCursor:
        raise invalid_field("cursor", "cursor") from None


RowPage = dict[str, Any]
"""A page as plain rows, ``{"items": [...], "next_cursor": ...}``, serialised once by the router
(the hot lists; the route's response model still documents its shape)."""


async def row_page(
    reader: KeysetQuery, session: AsyncSession, *, cursor: str | None, limit: int, **params: Any
) -> RowPage:
    try:
        items, next_cursor = await reader.page(session, cursor=cursor, limit=limit, **params)
    except InvalidCursor:
        raise invalid_field("cursor", "cursor") from None
    return {"items": items, "next_cursor": next_cursor}


async def flush(session: AsyncSession, conflicts: dict[str, Exception]) -> None:
    """Flush, turning a constraint the database refused into the rule's error: ``conflicts`` maps
    a constraint name to what to raise (a unique violation never becomes a 500)."""
    try:
        await session.flush()
    except IntegrityError as exc:
        for name, error in conflicts.items():
            if name in str(exc.orig):
                raise error from None
        raise


async def end_check(session: AsyncSession) -> None:
    """End the transaction a check before a request's body ran in (it only read), so that no
    pooled connection waits while a client sends its body, however slowly; the write that follows
    runs in a new transaction and decides again under its row lock."""
    await session.commit()


def local_today() -> dt.date:
    """Today in Asia/Ho_Chi_Minh, where the plan's dates are read."""
    return dt.datetime.now(LOCAL).date()


def audit_event(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    *,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    reason: str | None = None,
    district_id: uuid.UUID | None = None,
) -> dict[str, Any] | None:
    """X4 — the audit record of a write as the columns of ``audit_events``: who, when, what,
    before and after. An update that changed nothing (a GET's answer sent back as is) wrote
    nothing, so it records nothing (None)."""
    before_json = before.model_dump(mode="json") if before is not None else None
    after_json = after.model_dump(mode="json") if after is not None else None
    if action == "update" and before_json is not None and before_json == after_json and reason is None:
        return None
    return {
        "occurred_at": utcnow(),
        "actor_id": actor.id if actor else None,
        "actor_username": actor.username if actor else None,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "before": before_json,
        "after": after_json,
        "reason": reason,
        "request_id": request_id_var.get(),
        "district_id": district_id,
    }


def audit(
    session: AsyncSession,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str,
    *,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    reason: str | None = None,
    district_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
) -> None:
    """X4 — ``audit_event`` added to the session: written in the same transaction as the write;
    and F1 — its event, in the same transaction (``feed_event``)."""
    event = audit_event(
        actor, action, entity, entity_id, before=before, after=after, reason=reason, district_id=district_id
    )
    if event is not None:
        session.add(AuditEvent(**event))
        feed_event(session, event, before=before, after=after, unit_id=unit_id)


def event_values(
    audited: Mapping[str, Any],
    *,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    unit_id: uuid.UUID | None = None,
) -> dict[str, Any] | None:
    """F1 — the event of an audited change (``audited``: the columns ``audit_event`` made) as the
    columns of ``events``, or None when the change makes none: its type, the record, its unit
    (``unit_id``, else the record's own for a unit, else the ``unit_id`` or ``issuer_unit_id`` of
    what it is after or before), its district, and its new ETag — that of ``after``, the record as
    the write answers it, where ``carries_etag`` says it is one."""
    entity, action = audited["entity"], audited["action"]
    kind = event_type(entity, action)
    if kind is None:
        return None
    if unit_id is None:
        unit_id = _unit_of(entity, audited["entity_id"], after or before)
    return {
        "type": kind.value,
        "entity": entity,
        "entity_id": audited["entity_id"],
        "unit_id": unit_id,
        "district_id": audited["district_id"],
        "public": is_public(entity),
        "etag": etag_of(after) if after is not None and carries_etag(action, True) else None,
        "occurred_at": audited["occurred_at"],
    }


def feed_event(
    session: AsyncSession,
    audited: Mapping[str, Any],
    *,
    before: BaseModel | None = None,
    after: BaseModel | None = None,
    unit_id: uuid.UUID | None = None,
) -> None:
    """F1 — ``event_values`` added to the change's transaction (numbered when it commits)."""
    values = event_values(audited, before=before, after=after, unit_id=unit_id)
    if values is not None:
        add_event(session, values)


def _unit_of(entity: str, entity_id: str, record: BaseModel | None) -> uuid.UUID | None:
    if entity == "unit":
        return uuid.UUID(entity_id)
    for name in ("unit_id", "issuer_unit_id"):
        value = getattr(record, name, None)
        if isinstance(value, uuid.UUID):
            return value
    return None
