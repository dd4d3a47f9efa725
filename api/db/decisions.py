"""D1 — the register of award decisions and the nominations each awards: a nomination is in at
most one decision per honour, guaranteed by a unique constraint."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.nominations import Nomination
from api.db.units import Unit
from api.domain.decisions import AWARDABLE
from api.domain.nominations import Honour

HONOURS = tuple(h.value for h in AWARDABLE)


class AwardDecision(SQLModel, table=True):
    """D1 — a decision (Quyết định khen thưởng) of an authority; public to signed-in readers."""

    __tablename__ = "award_decisions"
    __table_args__ = (
        sa.CheckConstraint(f"honour IN {HONOURS}", name="honour"),
        # D1 — the register's year is the decision's
        sa.CheckConstraint("year = EXTRACT(YEAR FROM decided_on)", name="year"),
        # one number per authority and year
        sa.UniqueConstraint("authority_unit_id", "year", "number"),
        # the items' honour follows the decision's (composite foreign key target)
        sa.UniqueConstraint("id", "honour"),
        sa.Index("ix_award_decisions_created_at_id", "created_at", "id"),
    )

    id: uuid.UUID = id_field()
    authority_unit_id: uuid.UUID = Field(foreign_key="units.id")
    number: str = Field(max_length=40)
    year: int
    decided_on: dt.date
    signer_name: str = Field(max_length=255)
    signer_title: str = Field(max_length=255)
    honour: str = Field(max_length=32)
    created_by: uuid.UUID | None = Field(default=None)
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class AwardDecisionItem(SQLModel, table=True):
    """D1 — one nomination a decision awards; at most one decision per honour per nomination."""

    __tablename__ = "award_decision_items"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["decision_id", "honour"],
            ["award_decisions.id", "award_decisions.honour"],
            name="fk_award_decision_items_decision_id_award_decisions",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("nomination_id", "honour"),
    )

    decision_id: uuid.UUID = Field(primary_key=True)
    nomination_id: uuid.UUID = Field(primary_key=True, foreign_key="nominations.id")
    honour: str = Field(max_length=32)
    position: int


class AwardRow(NamedTuple):
    """D1 — what the register shows of an awarded nomination: names, units, honours only."""

    decision_id: uuid.UUID
    nomination_id: uuid.UUID
    position: int
    nominee_kind: str
    nominee_name: str
    unit_id: uuid.UUID
    unit_name: str


async def get_decision(session: AsyncSession, decision_id: uuid.UUID) -> AwardDecision | None:
    return await repository.get(session, AwardDecision, decision_id)


async def lock_nominations(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, Nomination]:
    """D1 — the nominations to award, locked in id order (two decisions racing for the same
    nominations wait for each other instead of deadlocking)."""
    stmt = (
        select(Nomination)
        .where(col(Nomination.id).in_(ids))
        .order_by(col(Nomination.id))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {n.id: n for n in (await session.execute(stmt)).scalars()}


async def province_of(session: AsyncSession, district_id: uuid.UUID) -> uuid.UUID | None:
    """D1 — the province unit above a district, if registered."""
    parent = aliased(Unit)
    stmt = (
        sa.select(col(parent.id))
        .join(Unit, col(Unit.parent_id) == col(parent.id))
        .where(col(Unit.id) == district_id, col(parent.kind) == "province")
    )
    return (await session.execute(stmt)).scalar_one_or_none()


def decisions_query(authority_unit_id: uuid.UUID | None, year: int | None, honour: Honour | None) -> Select[Any]:
    """D1 — the register, filtered by authority, year and honour (paged by the caller)."""
    stmt = select(AwardDecision)
    if authority_unit_id is not None:
        stmt = stmt.where(col(AwardDecision.authority_unit_id) == authority_unit_id)
    if year is not None:
        stmt = stmt.where(col(AwardDecision.year) == year)
    if honour is not None:
        stmt = stmt.where(col(AwardDecision.honour) == honour.value)
    return stmt


async def awards_of(session: AsyncSession, decision_ids: list[uuid.UUID]) -> list[AwardRow]:
    """D1 — the decisions' awarded nominations, in each decision's order, with the nominating
    unit's name; never a national ID or a birth date."""
    if not decision_ids:
        return []
    stmt = (
        sa.select(
            col(AwardDecisionItem.decision_id),
            col(AwardDecisionItem.nomination_id),
            col(AwardDecisionItem.position),
            col(Nomination.nominee_kind),
            col(Nomination.nominee_name),
            col(Nomination.unit_id),
            col(Unit.name),
        )
        .join(Nomination, col(Nomination.id) == col(AwardDecisionItem.nomination_id))
        .join(Unit, col(Unit.id) == col(Nomination.unit_id))
        .where(col(AwardDecisionItem.decision_id).in_(decision_ids))
        .order_by(col(AwardDecisionItem.decision_id), col(AwardDecisionItem.position))
    )
    return [AwardRow(*r) for r in (await session.execute(stmt)).all()]


async def unit_names(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    stmt = sa.select(col(Unit.id), col(Unit.name)).where(col(Unit.id).in_(ids))
    return {i: n for i, n in (await session.execute(stmt)).all()}
