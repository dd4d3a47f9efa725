"""X4 — the append-only audit log, and the idempotency records of creating POSTs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel

from api.db.base import created_field
from api.db.fast import KeysetRead


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


def event_page_reader(fields: Sequence[str]) -> KeysetRead:
    """The log's page of these columns, newest first; optional filters ``district_id``,
    ``entity``, ``entity_id``, ``actor_id`` (each with its index ending in ``id``). ``before`` and
    ``after`` come as PostgreSQL's JSON text, embedded in the answer as they are (not parsed and
    serialised again)."""
    table = AuditEvent.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    documents = ("before", "after")

    def column(name: str) -> Any:
        return sa.cast(table[name], sa.Text).label(name) if name in documents else table[name]

    def build(filters: frozenset[str]) -> Select[Any]:
        stmt = sa.select(*[column(f) for f in fields])
        for name in ("district_id", "entity", "entity_id", "actor_id"):
            if name in filters:
                stmt = stmt.where(table[name] == sa.bindparam(name))
        return stmt

    return KeysetRead(build, [table.id], descending=True, json_text=documents)
