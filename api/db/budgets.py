"""Budget estimates (B1–B3): one per conference, immutable versions (S5) holding their lines."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db.base import created_field, id_field, updated_field
from api.db.scope import scope_condition
from api.domain.access import PrivateScope
from api.domain.budgets import BudgetCategory
from api.domain.nominations import APPROVED_OR_AWARDED, Honour, NomineeKind

# B1 — the categories, from the domain's enum (never copied by hand).
CATEGORIES = tuple(c.value for c in BudgetCategory)


class BudgetEstimate(SQLModel, table=True):
    """B1 — a conference's estimate; its content lives in its versions."""

    __tablename__ = "budget_estimates"
    __table_args__ = (
        sa.UniqueConstraint("conference_id"),  # B1 — one estimate per conference
        sa.Index("ix_budget_estimates_plan_id_created_at_id", "plan_id", "created_at", "id"),
        sa.CheckConstraint("current_version >= 1", name="current_version"),
    )

    id: uuid.UUID = id_field()
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    conference_id: uuid.UUID = Field(foreign_key="conferences.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    district_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    current_version: int = Field(default=1)
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class BudgetEstimateVersion(SQLModel, table=True):
    """S5 — every save is a new version, received when it is written; never changed afterwards."""

    __tablename__ = "budget_estimate_versions"

    estimate_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("budget_estimates.id"), primary_key=True))
    number: int = Field(primary_key=True)
    funding_source: str = Field(max_length=500)
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    received_at: dt.datetime = Field(sa_type=sa.DateTime(timezone=True), nullable=False)


class BudgetLine(SQLModel, table=True):
    """B1 — a line of one version: whole đồng ≥ 0 in a bigint; B2 — a computed line is the
    rewards line."""

    __tablename__ = "budget_lines"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["estimate_id", "version"], ["budget_estimate_versions.estimate_id", "budget_estimate_versions.number"]
        ),
        sa.CheckConstraint(f"category IN {CATEGORIES}", name="category"),
        sa.CheckConstraint("amount >= 0", name="amount"),
        sa.CheckConstraint(f"NOT computed OR category = '{BudgetCategory.REWARDS.value}'", name="computed_rewards"),
    )

    estimate_id: uuid.UUID = Field(primary_key=True)
    version: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    category: str = Field(max_length=32)
    description: str = Field(max_length=500)
    amount: int = Field(sa_type=sa.BigInteger)
    computed: bool = Field(default=False)


# --- queries -----------------------------------------------------------------------------------


async def estimate_of_conference(
    session: AsyncSession, conference_id: uuid.UUID, *, for_update: bool = False
) -> BudgetEstimate | None:
    stmt = select(BudgetEstimate).where(col(BudgetEstimate.conference_id) == conference_id)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def version_of(session: AsyncSession, estimate_id: uuid.UUID, number: int) -> BudgetEstimateVersion | None:
    return await session.get(BudgetEstimateVersion, (estimate_id, number))


async def versions_by_keys(
    session: AsyncSession, keys: list[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], BudgetEstimateVersion]:
    """The versions of a page's rows, in one query."""
    if not keys:
        return {}
    stmt = select(BudgetEstimateVersion).where(
        sa.tuple_(col(BudgetEstimateVersion.estimate_id), col(BudgetEstimateVersion.number)).in_(keys)
    )
    return {(v.estimate_id, v.number): v for v in (await session.execute(stmt)).scalars()}


async def lines_by_keys(
    session: AsyncSession, keys: list[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], list[BudgetLine]]:
    """The lines of these versions in their order, in one query (a version without lines: [])."""
    out: dict[tuple[uuid.UUID, int], list[BudgetLine]] = {k: [] for k in keys}
    if not keys:
        return out
    stmt = (
        select(BudgetLine)
        .where(sa.tuple_(col(BudgetLine.estimate_id), col(BudgetLine.version)).in_(keys))
        .order_by(col(BudgetLine.estimate_id), col(BudgetLine.version), col(BudgetLine.position))
    )
    for line in (await session.execute(stmt)).scalars():
        out[(line.estimate_id, line.version)].append(line)
    return out


def estimates_query(private: PrivateScope, *, plan_id: uuid.UUID) -> Select[Any]:
    """B3 — the plan's estimates in ``private`` (X2), paged by the caller."""
    scope = scope_condition(private, BudgetEstimate.unit_id, BudgetEstimate.district_id)
    stmt = select(BudgetEstimate).where(col(BudgetEstimate.plan_id) == plan_id)
    return stmt if scope is None else stmt.where(scope)


def versions_query(estimate_id: uuid.UUID) -> Select[Any]:
    """S5 — the estimate's versions, paged by the caller."""
    return select(BudgetEstimateVersion).where(col(BudgetEstimateVersion.estimate_id) == estimate_id)


async def sums_by_unit_and_category(
    session: AsyncSession, private: PrivateScope, *, plan_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, int, str | None, int]]:
    """B3 — per estimate in ``private`` (X2): (unit id, unit name, version, category, sum of its
    current version's lines). PostgreSQL sums bigint into numeric, so no sum overflows."""
    from api.db.units import Unit

    stmt = (
        sa.select(
            col(BudgetEstimate.unit_id),
            col(Unit.name),
            col(BudgetEstimate.current_version),
            col(BudgetLine.category),
            sa.func.sum(col(BudgetLine.amount)),
        )
        .select_from(BudgetEstimate)
        .join(Unit, col(Unit.id) == col(BudgetEstimate.unit_id))
        .outerjoin(
            BudgetLine,
            sa.and_(
                col(BudgetLine.estimate_id) == col(BudgetEstimate.id),
                col(BudgetLine.version) == col(BudgetEstimate.current_version),
            ),
        )
        .where(col(BudgetEstimate.plan_id) == plan_id)
        .group_by(
            col(BudgetEstimate.unit_id),
            col(Unit.name),
            col(Unit.name_folded),
            col(BudgetEstimate.current_version),
            col(BudgetLine.category),
        )
        .order_by(col(Unit.name_folded), col(BudgetEstimate.unit_id))
    )
    scope = scope_condition(private, BudgetEstimate.unit_id, BudgetEstimate.district_id)
    if scope is not None:
        stmt = stmt.where(scope)
    rows = (await session.execute(stmt)).all()
    return [(r[0], r[1], r[2], r[3], int(r[4] or 0)) for r in rows]


async def approved_nominations(
    session: AsyncSession, conference_id: uuid.UUID
) -> dict[tuple[Honour, NomineeKind], int]:
    """B2 — the conference's approved nominations (awarded since or not, D1) counted by honour and
    nominee kind."""
    from api.db.nominations import Nomination

    stmt = (
        sa.select(col(Nomination.honour), col(Nomination.nominee_kind), sa.func.count())
        .where(
            col(Nomination.conference_id) == conference_id,
            col(Nomination.state).in_([s.value for s in APPROVED_OR_AWARDED]),
        )
        .group_by(col(Nomination.honour), col(Nomination.nominee_kind))
    )
    return {(Honour(h), NomineeKind(k)): int(n) for h, k, n in (await session.execute(stmt)).all()}
