"""Calendar feed tokens (one per subscription URL; only the SHA-256 of the token is kept) and
the conferences a feed lists."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel, col, select

from api.db.audit import AuditEvent
from api.db.base import created_field, id_field
from api.db.conferences import Conference
from api.db.plans import Plan
from api.db.units import Unit
from api.db.users import User


class CalendarToken(SQLModel, table=True):
    """A per-user calendar feed URL's secret, as its digest; revoking it closes the URL."""

    __tablename__ = "calendar_tokens"

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    token_hash: str = Field(max_length=64, unique=True)
    created_at: dt.datetime = created_field()
    revoked_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))


async def live_owner(session: AsyncSession, token_hash: str) -> User | None:
    """The active user a live (unrevoked) token belongs to, or None."""
    stmt = (
        select(User)
        .join(CalendarToken, col(CalendarToken.user_id) == col(User.id))
        .where(
            col(CalendarToken.token_hash) == token_hash,
            col(CalendarToken.revoked_at).is_(None),
            col(User.is_active).is_(True),
        )
    )
    return (await session.execute(stmt)).scalars().first()


async def revoke(session: AsyncSession, token_id: uuid.UUID, user_id: uuid.UUID, now: dt.datetime) -> bool:
    """Revoke the user's own live token; False when there is none of that id (another's, or gone)."""
    stmt = (
        sa.update(CalendarToken)
        .where(
            col(CalendarToken.id) == token_id,
            col(CalendarToken.user_id) == user_id,
            col(CalendarToken.revoked_at).is_(None),
        )
        .values(revoked_at=now)
        .returning(col(CalendarToken.id))
    )
    return (await session.execute(stmt)).first() is not None


class FeedRow(NamedTuple):
    conference: Conference
    plan: Plan
    unit: Unit
    changes: int  # the audited changes of the conference since it was made (X4)


async def feed_rows(
    session: AsyncSession, *, plan_id: uuid.UUID | None = None, unit_id: uuid.UUID | None = None
) -> list[FeedRow]:
    """The conferences of a plan or of a unit, with their plan and unit, by date."""
    changes = (
        sa.select(sa.func.count())
        .where(
            col(AuditEvent.entity) == "conference",
            col(AuditEvent.entity_id) == sa.cast(col(Conference.id), sa.String),
            col(AuditEvent.action) != "create",
        )
        .scalar_subquery()
    )
    stmt = (
        select(Conference, Plan, Unit, changes)
        .join(Plan, col(Plan.id) == col(Conference.plan_id))
        .join(Unit, col(Unit.id) == col(Conference.unit_id))
        .order_by(col(Conference.held_on), col(Conference.session), col(Conference.id))
    )
    if plan_id is not None:
        stmt = stmt.where(col(Conference.plan_id) == plan_id)
    if unit_id is not None:
        stmt = stmt.where(col(Conference.unit_id) == unit_id)
    return [FeedRow(*r) for r in (await session.execute(stmt)).all()]
