"""M1–M2 — communication activities and their attachments (S6: the bytes stored outside the
database, addressed by SHA-256, as submissions' attachments are)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.conferences import Conference
from api.db.scope import scope_condition
from api.domain.access import PrivateScope
from api.domain.communications import ActivityKind

KINDS = tuple(k.value for k in ActivityKind)
REPORTAGE = ActivityKind.REPORTAGE.value


class CommunicationActivity(SQLModel, table=True):
    """M1 — one activity of a unit for a plan. M2 — a reportage may be the documentary a
    conference of its unit shows (``documentary_conference_id``; one per conference)."""

    __tablename__ = "communication_activities"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind"),
        # M2 — only a reportage is shown as a conference's documentary
        sa.CheckConstraint(
            f"documentary_conference_id IS NULL OR kind = '{REPORTAGE}'", name="documentary_is_reportage"
        ),
        sa.Index("ix_communication_activities_created_at_id", "created_at", "id"),
        sa.Index("ix_communication_activities_updated_at_id", "updated_at", "id"),
        sa.Index("ix_communication_activities_plan_id_unit_id", "plan_id", "unit_id"),
        # M2 — a conference shows one documentary
        sa.Index("uq_communication_activities_documentary", "documentary_conference_id", unique=True),
    )

    id: uuid.UUID = id_field()
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    district_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    kind: str = Field(max_length=32)
    title: str = Field(max_length=500)
    channel: str = Field(max_length=500)
    occurred_on: dt.date
    link: str | None = Field(default=None, max_length=2000)
    documentary_conference_id: uuid.UUID | None = Field(
        default=None, sa_column=sa.Column(sa.Uuid, sa.ForeignKey("conferences.id", ondelete="SET NULL"))
    )
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class ActivityAttachment(SQLModel, table=True):
    """S6 for M1 — metadata here; the bytes in the attachment folder. Deleted with the activity."""

    __tablename__ = "communication_attachments"
    __table_args__ = (
        sa.Index("ix_communication_attachments_activity_id_created_at_id", "activity_id", "created_at", "id"),
    )

    id: uuid.UUID = id_field()
    activity_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("communication_activities.id", ondelete="CASCADE"), nullable=False)
    )
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=128)
    size_bytes: int = Field(sa_type=sa.BigInteger)
    sha256: str = Field(max_length=64, index=True)
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()


def _attachment_count() -> sa.ScalarSelect[Any]:
    return (
        sa.select(sa.func.count())
        .select_from(ActivityAttachment)
        .where(col(ActivityAttachment.activity_id) == col(CommunicationActivity.id))
        .correlate(CommunicationActivity)
        .scalar_subquery()
    )


def _held_on() -> sa.ScalarSelect[Any]:
    """The day of the unit's conference in the activity's plan (C2: at most one), or NULL."""
    return (
        sa.select(col(Conference.held_on))
        .where(
            col(Conference.plan_id) == col(CommunicationActivity.plan_id),
            col(Conference.unit_id) == col(CommunicationActivity.unit_id),
        )
        .correlate(CommunicationActivity)
        .scalar_subquery()
    )


def shaped() -> Select[Any]:
    """Activities with ``held_on`` (their unit's conference day) and ``attachments`` (how many)."""
    return sa.select(
        CommunicationActivity,
        _held_on().label("held_on"),
        _attachment_count().label("attachments"),
    )


async def get_activity(
    session: AsyncSession, activity_id: uuid.UUID, *, for_update: bool = False
) -> CommunicationActivity | None:
    return await repository.get(session, CommunicationActivity, activity_id, for_update=for_update)


async def shaped_activity(session: AsyncSession, activity_id: uuid.UUID) -> tuple[Any, ...] | None:
    """``(activity, held_on, attachments)`` of one activity, read afresh."""
    stmt = shaped().where(col(CommunicationActivity.id) == activity_id).execution_options(populate_existing=True)
    row = (await session.execute(stmt)).first()
    return None if row is None else tuple(row)


def activities_query(
    scope: PrivateScope,
    *,
    plan_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    kind: ActivityKind | None,
    documentary_conference_id: uuid.UUID | None,
) -> Select[Any]:
    """The activities in ``scope`` (X2), filtered (paged by the caller)."""
    stmt = shaped()
    condition = scope_condition(scope, CommunicationActivity.unit_id, CommunicationActivity.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    for column, value in (
        (CommunicationActivity.plan_id, plan_id),
        (CommunicationActivity.unit_id, unit_id),
        (CommunicationActivity.documentary_conference_id, documentary_conference_id),
    ):
        if value is not None:
            stmt = stmt.where(col(column) == value)
    if kind is not None:
        stmt = stmt.where(col(CommunicationActivity.kind) == kind.value)
    return stmt


async def count_groups(session: AsyncSession, plan_id: uuid.UUID, scope: PrivateScope) -> list[dict[str, Any]]:
    """M2 with X2 — the plan's activities in ``scope`` counted by unit, kind and day, with the
    unit's name and conference day (the phase is the domain's to compute from the two days)."""
    from api.db.units import Unit

    held_on = (
        sa.select(col(Conference.held_on))
        .where(col(Conference.plan_id) == plan_id, col(Conference.unit_id) == col(CommunicationActivity.unit_id))
        .correlate(CommunicationActivity)
        .scalar_subquery()
    )
    stmt: Any = (
        sa.select(
            col(CommunicationActivity.unit_id),
            col(Unit.name).label("unit_name"),
            col(Unit.name_folded),
            col(CommunicationActivity.kind),
            col(CommunicationActivity.occurred_on),
            held_on.label("held_on"),
            sa.func.count().label("count"),
        )
        .join(Unit, col(Unit.id) == col(CommunicationActivity.unit_id))
        .where(col(CommunicationActivity.plan_id) == plan_id)
        .group_by(
            col(CommunicationActivity.unit_id),
            col(Unit.name),
            col(Unit.name_folded),
            col(CommunicationActivity.kind),
            col(CommunicationActivity.occurred_on),
        )
        .order_by(col(Unit.name_folded), col(CommunicationActivity.unit_id))
    )
    condition = scope_condition(scope, CommunicationActivity.unit_id, CommunicationActivity.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    return [dict(r._mapping) for r in await session.execute(stmt)]


async def documentary_of(session: AsyncSession, conference_id: uuid.UUID) -> uuid.UUID | None:
    """M2 — the reportage a conference shows, if one is named."""
    stmt = sa.select(col(CommunicationActivity.id)).where(
        col(CommunicationActivity.documentary_conference_id) == conference_id
    )
    return (await session.execute(stmt)).scalar_one_or_none()


def attachments_query(activity_id: uuid.UUID) -> Select[Any]:
    return select(ActivityAttachment).where(col(ActivityAttachment.activity_id) == activity_id)


async def get_attachment(
    session: AsyncSession, activity_id: uuid.UUID, attachment_id: uuid.UUID
) -> ActivityAttachment | None:
    stmt = select(ActivityAttachment).where(
        col(ActivityAttachment.id) == attachment_id, col(ActivityAttachment.activity_id) == activity_id
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def attachment_count(session: AsyncSession, activity_id: uuid.UUID) -> int:
    stmt = sa.select(sa.func.count()).where(col(ActivityAttachment.activity_id) == activity_id)
    return int((await session.execute(stmt)).scalar_one())
