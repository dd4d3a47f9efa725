"""X4 — the append-only audit log, and the idempotency records of creating POSTs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db.base import created_field
from api.db.pagination import SYNC, KeysetQuery
from api.db.scope import scope_condition
from api.domain.access import PUBLIC_DELETED, DeletedEntity, PrivateScope, Reach


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (
        sa.Index("ix_audit_events_entity_entity_id_id", "entity", "entity_id", "id"),
        sa.Index("ix_audit_events_actor_id_id", "actor_id", "id"),
        sa.Index("ix_audit_events_district_id_id", "district_id", "id"),
    )

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    occurred_at: dt.datetime = created_field()
    actor_id: uuid.UUID | None = Field(default=None)
    actor_username: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=64)
    entity: str = Field(max_length=64)
    entity_id: str = Field(max_length=64)
    before: dict[str, Any] | None = Field(default=None, sa_column=sa.Column(JSONB))
    after: dict[str, Any] | None = Field(default=None, sa_column=sa.Column(JSONB))
    reason: str | None = Field(default=None, max_length=2000)
    request_id: str | None = Field(default=None, max_length=64)
    # The district the record belongs to, so a district admin reads their district's history.
    district_id: uuid.UUID | None = Field(default=None)


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_records"

    actor_id: uuid.UUID = Field(primary_key=True)
    key: str = Field(primary_key=True, max_length=255)
    method: str = Field(max_length=8)
    path: str = Field(max_length=500)
    fingerprint: str = Field(max_length=64)
    status_code: int
    body: dict[str, Any] | list[Any] | None = Field(default=None, sa_column=sa.Column(JSONB))
    headers: dict[str, str] | None = Field(default=None, sa_column=sa.Column(JSONB))
    created_at: dt.datetime = created_field()


def event_page_reader(fields: Sequence[str], *, sync: bool = False) -> KeysetQuery:
    """The log's page of these columns, newest first; optional filters ``district_id`` (or
    several, ``district_ids``),
    ``entity``, ``entity_id``, ``actor_id`` (each with its index ending in ``id``). ``before`` and
    ``after`` come as PostgreSQL's JSON text, embedded in the answer as they are (not parsed and
    serialised again). ``sync``: oldest first, ``(occurred_at, id)`` — events are never updated —
    the events after ``updated_after`` only."""
    table = AuditEvent.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    documents = ("before", "after")

    def column(name: str) -> Any:
        return sa.cast(table[name], sa.Text).label(name) if name in documents else table[name]

    def build(filters: frozenset[str]) -> Select[Any]:
        stmt = sa.select(*[column(f) for f in fields])
        for name in ("district_id", "entity", "entity_id", "actor_id"):
            if name in filters:
                stmt = stmt.where(table[name] == sa.bindparam(name))
        if "district_ids" in filters:  # L2 — a province's admin: the province and its districts
            stmt = stmt.where(table.district_id == sa.func.any(sa.bindparam("district_ids", type_=ARRAY(sa.Uuid))))
        if "updated_after" in filters:
            stmt = stmt.where(table.occurred_at > sa.bindparam("updated_after", type_=table.occurred_at.type))
        return stmt

    if sync:
        return KeysetQuery(build, [table.occurred_at, table.id], json_text=documents, tag=SYNC)
    return KeysetQuery(build, [table.id], descending=True, json_text=documents)


# The audit actions that remove a record, and what each removes: a deleted conference, block or
# delegate (its own entity), a designation taken back (a delegate), an attachment removed
# (``detach``, logged on its submission with the attachment as ``before``).
DELETING_ACTIONS = ("delete", "undesignate", "detach")


def tombstone_page_reader(reach: Reach) -> KeysetQuery:
    """Tombstones from the log, oldest first by ``(deleted_at, event)``: ``entity``, ``id``,
    ``deleted_at``, ``unit_id`` (the record's unit) and ``district_id``. Optional filters:
    ``entity``, ``updated_after``. X2 — the public tombstones and those of the records in a scope
    of this ``reach`` (its id in ``scope_params``): a designation's also to the unit it came from."""
    from api.db.communications import CommunicationActivity
    from api.db.conferences import Conference
    from api.db.submissions import Submission

    e = AuditEvent.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    c = Conference.__table__.alias("c")  # type: ignore[attr-defined]
    s = Submission.__table__.alias("s")  # type: ignore[attr-defined]
    ca = CommunicationActivity.__table__.alias("ca")  # type: ignore[attr-defined]
    of_activity = e.entity == sa.literal_column(f"'{DeletedEntity.COMMUNICATION_ACTIVITY.value}'")
    detached = e.action == sa.literal_column("'detach'")
    entity = sa.case((detached, sa.literal_column(f"'{DeletedEntity.ATTACHMENT.value}'")), else_=e.entity)
    record_id = sa.case((detached, e.before.op("->>")(sa.literal_column("'id'"))), else_=e.entity_id)
    of_delegate = e.entity == sa.literal_column(f"'{DeletedEntity.DELEGATE.value}'")
    conference_id = sa.case((of_delegate, sa.cast(e.before.op("->>")(sa.literal_column("'conference_id'")), sa.Uuid)))
    submission_id = sa.case((sa.and_(detached, sa.not_(of_activity)), sa.cast(e.entity_id, sa.Uuid)))
    activity_id = sa.case((sa.and_(detached, of_activity), sa.cast(e.entity_id, sa.Uuid)))
    unit_id = sa.case(
        (
            e.entity == sa.literal_column(f"'{DeletedEntity.CONFERENCE.value}'"),
            sa.cast(e.before.op("->>")(sa.literal_column("'unit_id'")), sa.Uuid),
        ),
        (of_delegate, c.c.unit_id),
        (sa.and_(detached, of_activity), ca.c.unit_id),
        (detached, s.c.unit_id),
        (of_activity, sa.cast(e.before.op("->>")(sa.literal_column("'unit_id'")), sa.Uuid)),
    )
    origin_unit_id = sa.case((of_delegate, sa.cast(e.before.op("->>")(sa.literal_column("'origin_unit_id'")), sa.Uuid)))
    public = entity.in_([sa.literal_column(f"'{d.value}'") for d in sorted(PUBLIC_DELETED)])
    deleted_at = e.occurred_at.label("deleted_at")
    event_id = e.id.label("event_id")
    actions: list[sa.ColumnElement[str]] = [sa.literal_column(f"'{a}'") for a in DELETING_ACTIONS]

    def build(filters: frozenset[str]) -> Select[Any]:
        stmt = (
            sa.select(
                entity.label("entity"),
                record_id.label("id"),
                deleted_at,
                unit_id.label("unit_id"),
                e.district_id,
                event_id,
            )
            .select_from(AuditEvent.__table__)  # type: ignore[attr-defined]
            .outerjoin(c, c.c.id == conference_id)
            .outerjoin(s, s.c.id == submission_id)
            .outerjoin(ca, ca.c.id == activity_id)
            .where(e.action.in_(actions))
            # only the records the contract's tombstones name (a webhook's deletion is its owner's)
            .where(entity.in_([sa.literal_column(f"'{d.value}'") for d in DeletedEntity]))
        )
        if "entity" in filters:
            stmt = stmt.where(entity == sa.bindparam("entity", type_=sa.String))
        if "updated_after" in filters:
            stmt = stmt.where(e.occurred_at > sa.bindparam("updated_after", type_=e.occurred_at.type))
        shape = PrivateScope(reach)
        own = scope_condition(shape, unit_id, e.district_id)
        if own is not None:
            origin = scope_condition(shape, origin_unit_id, e.district_id)
            stmt = stmt.where(sa.or_(public, own, *([origin] if reach is Reach.UNIT and origin is not None else [])))
        return stmt

    return KeysetQuery(build, [deleted_at, event_id], hidden=("event_id",))


async def claim_idempotency_key(
    session: AsyncSession, actor_id: uuid.UUID, key: str, method: str, path: str, fingerprint: str
) -> bool:
    """Insert the key's record, or (when the key is taken) nothing: True when this request
    claimed it. The INSERT waits on the primary key while a request with the same key is in flight."""
    stmt = (
        pg_insert(IdempotencyRecord)
        .values(actor_id=actor_id, key=key, method=method, path=path, fingerprint=fingerprint, status_code=0)
        .on_conflict_do_nothing()
        .returning(col(IdempotencyRecord.key))
    )
    return (await session.execute(stmt)).first() is not None


async def idempotency_record(session: AsyncSession, actor_id: uuid.UUID, key: str) -> IdempotencyRecord:
    stmt = select(IdempotencyRecord).where(
        col(IdempotencyRecord.actor_id) == actor_id, col(IdempotencyRecord.key) == key
    )
    return (await session.execute(stmt)).scalar_one()
