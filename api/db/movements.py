"""Emulation movements (E1) and the units' registrations (E2); the facts a summary report's
computed figures are made of (E3)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db.base import created_field, id_field, updated_field
from api.db.conferences import Conference
from api.db.decisions import AwardDecisionItem
from api.db.nominations import Nomination
from api.db.scope import scope_condition
from api.domain.access import PrivateScope
from api.domain.movements import GROUPS, MovementKind

KINDS = tuple(k.value for k in MovementKind)


class Movement(SQLModel, table=True):
    """E1 — a movement (phong trào thi đua) or a special drive (đợt thi đua đặc biệt) of a plan."""

    __tablename__ = "movements"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind"),
        # E1 — a special drive carries its launch date
        sa.CheckConstraint("kind <> 'special_drive' OR launched_on IS NOT NULL", name="drive_launched"),
        sa.UniqueConstraint("plan_id", "name"),
        sa.Index("ix_movements_plan_id_position_id", "plan_id", "position", "id"),
    )

    id: uuid.UUID = id_field()
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    kind: str = Field(max_length=16)
    name: str = Field(max_length=1000)
    note: str | None = Field(default=None, max_length=1000)
    launched_on: dt.date | None = None
    position: int = Field(default=0)
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


def _tally_checks() -> tuple[sa.CheckConstraint, ...]:
    """E2 in the database too: counts ≥ 0, registered ≤ total, recognised ≤ registered."""
    checks: list[sa.CheckConstraint] = []
    for g in GROUPS:
        checks.append(sa.CheckConstraint(f"{g}_recognised >= 0", name=f"{g}_counts"))
        checks.append(sa.CheckConstraint(f"{g}_registered <= {g}_total", name=f"{g}_registered"))
        checks.append(sa.CheckConstraint(f"{g}_recognised <= {g}_registered", name=f"{g}_recognised"))
    return tuple(checks)


class MovementRegistration(SQLModel, table=True):
    """E2 — one unit's registrations for one movement; private to the unit (X2)."""

    __tablename__ = "movement_registrations"
    __table_args__ = (
        *_tally_checks(),
        sa.UniqueConstraint("movement_id", "unit_id"),
        sa.Index("ix_movement_registrations_created_at_id", "created_at", "id"),
        sa.Index("ix_movement_registrations_plan_id_unit_id", "plan_id", "unit_id"),
    )

    id: uuid.UUID = id_field()
    movement_id: uuid.UUID = Field(foreign_key="movements.id")
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id")
    district_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    collectives_total: int = 0
    collectives_registered: int = 0
    collectives_recognised: int = 0
    individuals_total: int = 0
    individuals_registered: int = 0
    individuals_recognised: int = 0
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


# --- E1 -----------------------------------------------------------------------------------------


async def get_movement(session: AsyncSession, movement_id: uuid.UUID, *, for_update: bool = False) -> Movement | None:
    return await session.get(Movement, movement_id, with_for_update=for_update)


def movements_query(plan_id: uuid.UUID | None, kind: MovementKind | None) -> Select[Any]:
    stmt = select(Movement)
    if plan_id is not None:
        stmt = stmt.where(col(Movement.plan_id) == plan_id)
    if kind is not None:
        stmt = stmt.where(col(Movement.kind) == kind.value)
    return stmt


async def plan_movements(session: AsyncSession, plan_id: uuid.UUID) -> list[Movement]:
    stmt = select(Movement).where(col(Movement.plan_id) == plan_id).order_by(col(Movement.position), col(Movement.id))
    return list((await session.execute(stmt)).scalars())


async def next_position(session: AsyncSession, plan_id: uuid.UUID) -> int:
    stmt = sa.select(sa.func.coalesce(sa.func.max(col(Movement.position)), -1) + 1).where(
        col(Movement.plan_id) == plan_id
    )
    return int((await session.execute(stmt)).scalar_one())


# --- E2 -----------------------------------------------------------------------------------------


async def get_registration(
    session: AsyncSession, registration_id: uuid.UUID, *, for_update: bool = False
) -> MovementRegistration | None:
    return await session.get(MovementRegistration, registration_id, with_for_update=for_update)


def registrations_query(
    scope: PrivateScope, *, plan_id: uuid.UUID | None, movement_id: uuid.UUID | None, unit_id: uuid.UUID | None
) -> Select[Any]:
    """The registrations in ``scope`` (X2), filtered (paged by the caller)."""
    stmt = select(MovementRegistration)
    condition = scope_condition(scope, MovementRegistration.unit_id, MovementRegistration.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    for column, value in (
        (MovementRegistration.plan_id, plan_id),
        (MovementRegistration.movement_id, movement_id),
        (MovementRegistration.unit_id, unit_id),
    ):
        if value is not None:
            stmt = stmt.where(col(column) == value)
    return stmt


SUMMED = tuple(f"{g}_{n}" for g in GROUPS for n in ("total", "registered", "recognised"))


async def sums_by_movement(
    session: AsyncSession, plan_id: uuid.UUID, scope: PrivateScope
) -> dict[uuid.UUID, dict[str, int]]:
    """E2 — per movement of the plan, the sums of the registrations in ``scope`` (X2) and how many
    units recorded them."""
    r = MovementRegistration.__table__.c  # type: ignore[attr-defined]
    stmt = sa.select(
        r.movement_id, sa.func.count().label("units"), *[sa.func.sum(r[name]).label(name) for name in SUMMED]
    ).where(r.plan_id == plan_id)
    condition = scope_condition(scope, r.unit_id, r.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    rows = (await session.execute(stmt.group_by(r.movement_id))).mappings()
    return {row["movement_id"]: {k: int(row[k]) for k in ("units", *SUMMED)} for row in rows}


async def unit_registrations(
    session: AsyncSession, plan_id: uuid.UUID, unit_id: uuid.UUID
) -> list[MovementRegistration]:
    stmt = select(MovementRegistration).where(
        col(MovementRegistration.plan_id) == plan_id, col(MovementRegistration.unit_id) == unit_id
    )
    return list((await session.execute(stmt)).scalars())


# --- E3 -----------------------------------------------------------------------------------------


async def awarded_nominations(
    session: AsyncSession, plan_id: uuid.UUID, unit_id: uuid.UUID
) -> list[tuple[Nomination, str]]:
    """E3, D1 — the unit's nominations in the plan's conferences that an award decision awards,
    with each conference's level."""
    stmt = (
        sa.select(Nomination, col(Conference.level))
        .join(Conference, col(Conference.id) == col(Nomination.conference_id))
        .join(AwardDecisionItem, col(AwardDecisionItem.nomination_id) == col(Nomination.id))
        .where(col(Conference.plan_id) == plan_id, col(Nomination.unit_id) == unit_id)
    )
    return [(n, level) for n, level in (await session.execute(stmt)).all()]
