"""F2 — webhook subscriptions, their delivery cursor over the event feed (F1), and the log of
every delivery attempt."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.events import Event
from api.db.users import User
from api.domain.webhooks import WebhookStatus

STATUSES = tuple(s.value for s in WebhookStatus)


class Webhook(SQLModel, table=True):
    """F2 — a subscription: where to deliver which events, signed with which secret, and how far
    delivery has come (``after_commit``, ``after_seq``: the feed position of the last event
    delivered or passed over)."""

    __tablename__ = "webhooks"
    __table_args__ = (
        sa.CheckConstraint(f"status IN {STATUSES}", name="status"),
        sa.Index("ix_webhooks_owner_id_created_at_id", "owner_id", "created_at", "id"),
        sa.Index("ix_webhooks_created_at_id", "created_at", "id"),
    )

    id: uuid.UUID = id_field()
    owner_id: uuid.UUID = Field(foreign_key="users.id")
    url: str = Field(max_length=2000)
    event_types: list[str] = Field(sa_column=sa.Column(ARRAY(sa.String(64)), nullable=False))
    secret: str = Field(max_length=200)
    status: str = Field(default=WebhookStatus.ACTIVE.value, max_length=8)
    paused_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    reason: str | None = Field(default=None, max_length=2000)
    after_commit: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    after_seq: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    failures: int = 0
    failing_since: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    next_attempt_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class WebhookDelivery(SQLModel, table=True):
    """F2 — one delivery attempt of one event to one subscription (append-only)."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (sa.Index("ix_webhook_deliveries_webhook_id_id", "webhook_id", "id"),)

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    webhook_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("webhooks.id", ondelete="CASCADE"), nullable=False)
    )
    event_cursor: str = Field(max_length=41)
    event_type: str = Field(max_length=64)
    attempt: int
    succeeded: bool
    status_code: int | None = None
    duration_ms: int
    error: str | None = Field(default=None, max_length=500)
    attempted_at: dt.datetime = created_field()


async def get_webhook(session: AsyncSession, webhook_id: uuid.UUID, *, for_update: bool = False) -> Webhook | None:
    return await repository.get(session, Webhook, webhook_id, for_update=for_update)


def webhooks_query(owner_id: uuid.UUID | None) -> Select[Any]:
    """The subscriptions of ``owner_id`` (None: every one)."""
    stmt = select(Webhook)
    if owner_id is not None:
        stmt = stmt.where(col(Webhook.owner_id) == owner_id)
    return stmt


def deliveries_query(webhook_id: uuid.UUID) -> Select[Any]:
    return select(WebhookDelivery).where(col(WebhookDelivery.webhook_id) == webhook_id)


async def delete_webhook(session: AsyncSession, webhook: Webhook) -> None:
    await session.delete(webhook)


async def due_webhooks(session: AsyncSession, limit: int = 1000) -> list[uuid.UUID]:
    """F2 — the active subscriptions of active accounts with committed events after their cursor
    whose next attempt is due: the ones a delivery job should run for."""
    w = Webhook.__table__.c  # type: ignore[attr-defined]
    e = Event.__table__.c  # type: ignore[attr-defined]
    pending = sa.exists().where(
        e.commit_seq.is_not(None), sa.tuple_(e.commit_seq, e.seq) > sa.tuple_(w.after_commit, w.after_seq)
    )
    owner_active = sa.exists().where(User.id == w.owner_id, col(User.is_active))
    stmt = (
        sa.select(w.id)
        .where(w.status == WebhookStatus.ACTIVE.value)
        .where(owner_active)
        .where(sa.or_(w.next_attempt_at.is_(None), w.next_attempt_at <= sa.func.now()))
        .where(pending)
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())


def add_attempt(session: AsyncSession, values: dict[str, Any]) -> None:
    session.add(WebhookDelivery(**values))


async def attempts_for(session: AsyncSession, webhook_id: uuid.UUID, event_cursor: str) -> int:
    """How many attempts this event has had at this subscription."""
    stmt = sa.select(sa.func.count()).where(
        col(WebhookDelivery.webhook_id) == webhook_id, col(WebhookDelivery.event_cursor) == event_cursor
    )
    return int((await session.execute(stmt)).scalar_one())
