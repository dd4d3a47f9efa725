"""Nominations (N1–N5): one live nomination per nominee per conference, guaranteed by an index."""

from __future__ import annotations

import datetime as dt
import uuid
from functools import cache
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.engine import rows
from api.db.scope import scope_condition, scope_params
from api.domain.access import PrivateScope, Reach
from api.domain.nominations import LIVE, NomineeKind, State

# N3, N4 — the states and the live ones, from the domain's enum (never copied by hand).
STATES = tuple(s.value for s in State)
LIVE_SQL = "state IN (" + ", ".join(f"'{s.value}'" for s in State if s in LIVE) + ")"


class Nomination(SQLModel, table=True):
    __tablename__ = "nominations"
    __table_args__ = (
        sa.CheckConstraint(f"state IN {STATES}", name="state"),
        sa.CheckConstraint("nominee_kind IN ('individual', 'collective')", name="nominee_kind"),
        sa.CheckConstraint("rank IS NULL OR rank IN ('leader', 'worker')", name="rank"),
        # N1 — an individual carries a rank
        sa.CheckConstraint("nominee_kind <> 'individual' OR rank IS NOT NULL", name="individual_rank"),
        sa.CheckConstraint(
            "honour IN ('conference_honoured', 'district_certificate', 'province_certificate', 'other')",
            name="honour",
        ),
        sa.CheckConstraint("basis IN ('merit', 'ad_hoc', 'thematic')", name="basis"),
        # N3 — reject and return carry a reason
        sa.CheckConstraint("state NOT IN ('rejected', 'returned') OR reason IS NOT NULL", name="reason"),
        # N4 — one live nomination per nominee per conference
        sa.Index(
            "uq_nominations_conference_id_nominee_key",
            "conference_id",
            "nominee_key",
            unique=True,
            postgresql_where=sa.text(LIVE_SQL),
        ),
        sa.Index("ix_nominations_conference_id_created_at_id", "conference_id", "created_at", "id"),
        # N5 — stats for a district read this index only
        sa.Index(
            "ix_nominations_district_id_state_honour_basis_rank", "district_id", "state", "honour", "basis", "rank"
        ),
        # N5, L1 — a plan's nominations by state (the areas' report) read this index only
        sa.Index("ix_nominations_conference_id_state", "conference_id", "state"),
    )

    id: uuid.UUID = id_field()
    conference_id: uuid.UUID = Field(foreign_key="conferences.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    district_id: uuid.UUID = Field(foreign_key="units.id")
    nominee_kind: str = Field(max_length=16)
    nominee_name: str = Field(max_length=255)
    nominee_key: str = Field(max_length=300)
    national_id: str | None = Field(default=None, max_length=12)
    birth_date: dt.date | None = None
    rank: str | None = Field(default=None, max_length=16)
    works_directly: bool | None = None
    delegate_id: uuid.UUID | None = Field(
        default=None, sa_column=sa.Column(sa.Uuid, sa.ForeignKey("delegates.id", ondelete="SET NULL"))
    )
    honour: str = Field(max_length=32)
    honour_other: str | None = Field(default=None, max_length=255)
    basis: str = Field(max_length=16)
    achievements: str | None = Field(default=None, max_length=10000)
    state: str = Field(default="draft", max_length=16)
    reason: str | None = Field(default=None, max_length=2000)
    created_by: uuid.UUID | None = Field(default=None)
    submitted_by: uuid.UUID | None = Field(default=None)
    submitted_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    decided_by: uuid.UUID | None = Field(default=None)
    decided_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class StatsRow(NamedTuple):
    """N5 — how many live nominations have this state, honour, basis and rank."""

    state: str
    honour: str
    basis: str
    rank: str | None
    nominations: int


@cache  # one statement per reach and set of filters, built once (SQLAlchemy compiles it once)
def _stats_query(reach: Reach, filters: frozenset[str]) -> Select[str, str, str, str | None, int]:
    stmt = sa.select(
        col(Nomination.state), col(Nomination.honour), col(Nomination.basis), col(Nomination.rank), sa.func.count()
    ).where(col(Nomination.state) != sa.literal_column(f"'{State.WITHDRAWN.value}'"))
    scope = scope_condition(PrivateScope(reach), Nomination.unit_id, Nomination.district_id)
    if scope is not None:
        stmt = stmt.where(scope)
    if "conference_id" in filters:
        stmt = stmt.where(col(Nomination.conference_id) == sa.bindparam("conference_id"))
    return stmt.group_by(col(Nomination.state), col(Nomination.honour), col(Nomination.basis), col(Nomination.rank))


async def stats_rows(
    session: AsyncSession, scope: PrivateScope, *, conference_id: uuid.UUID | None = None
) -> list[StatsRow]:
    """N5 — the live nominations in ``scope`` (X2) counted by (state, honour, basis, rank), in one
    grouped scan."""
    params: dict[str, Any] = {**scope_params(scope)}
    if conference_id is not None:
        params["conference_id"] = conference_id
    stmt = _stats_query(scope.reach, frozenset(params) - {"scope_id", "scope_ids"})
    return [StatsRow(*row) for row in (await rows(session, stmt, params)).all()]


async def get_nomination(
    session: AsyncSession, nomination_id: uuid.UUID, *, for_update: bool = False
) -> Nomination | None:
    return await repository.get(session, Nomination, nomination_id, for_update=for_update)


async def other_live_individuals(session: AsyncSession, n: Nomination) -> list[Nomination]:
    """N4 — the conference's other live nominations of individuals (the caller compares persons)."""
    stmt = select(Nomination).where(
        col(Nomination.conference_id) == n.conference_id,
        col(Nomination.id) != n.id,
        col(Nomination.nominee_kind) == NomineeKind.INDIVIDUAL.value,
        col(Nomination.state).in_([s.value for s in LIVE]),
    )
    return list((await session.execute(stmt)).scalars())


def nominations_query(scope: PrivateScope, conference_id: uuid.UUID | None, state: State | None) -> Select[Any]:
    """The nominations in ``scope`` (X2), of one conference, in one state (paged by the caller)."""
    stmt = select(Nomination)
    condition = scope_condition(scope, Nomination.unit_id, Nomination.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    if conference_id is not None:
        stmt = stmt.where(col(Nomination.conference_id) == conference_id)
    if state is not None:
        stmt = stmt.where(col(Nomination.state) == state.value)
    return stmt
