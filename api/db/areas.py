"""L1 — reads over every implementing plan of a plan (the areas' report): one grouped query per
figure family over all the page's plans, never one query per plan or per conference."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import col, select

from api.db.communications import CommunicationActivity
from api.db.conferences import Allocation, Conference
from api.db.delegates import Delegate
from api.db.nominations import Nomination
from api.db.plans import Plan
from api.db.scope import scope_condition
from api.db.submissions import Submission
from api.db.units import Unit
from api.domain.access import PrivateScope
from api.domain.nominations import State as NominationState
from api.domain.submissions import Kind

_IDS = "plan_ids"


def _ids() -> Any:
    return sa.func.any(sa.bindparam(_IDS, type_=ARRAY(sa.Uuid)))


def implementing_plans_query(parent_plan_id: uuid.UUID, scope: PrivateScope) -> Select[Any]:
    """The plans implementing ``parent_plan_id`` whose issuer lies in ``scope`` (X2: a district's
    admin, its own district's plan; a province's admin or viewer, every one), paged by the caller."""
    stmt = select(Plan).where(col(Plan.parent_plan_id) == parent_plan_id)
    condition = scope_condition(scope, Plan.issuer_unit_id, Plan.issuer_unit_id)
    return stmt if condition is None else stmt.where(condition)


async def missing_counts(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """C6 — per plan, the units under its issuer with no conference under the plan."""
    stmt = (
        sa.select(col(Plan.id), sa.func.count(col(Unit.id)))
        .join(
            Unit, sa.and_(col(Unit.district_id) == col(Plan.issuer_unit_id), col(Unit.id) != col(Plan.issuer_unit_id))
        )
        .where(col(Plan.id) == _ids())
        .where(~sa.exists().where(col(Conference.unit_id) == col(Unit.id), col(Conference.plan_id) == col(Plan.id)))
        .group_by(col(Plan.id))
    )
    return {p: int(n) for p, n in (await session.execute(stmt, {_IDS: plan_ids})).all()}


async def programme_states(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """P1 — per conference of the plans, its programme's state (conferences without one absent)."""
    stmt = (
        sa.select(col(Submission.conference_id), col(Submission.state))
        .join(Conference, col(Conference.id) == col(Submission.conference_id))
        .where(col(Conference.plan_id) == _ids(), col(Submission.kind) == Kind.PROGRAMME.value)
    )
    return {c: s for c, s in (await session.execute(stmt, {_IDS: plan_ids})).all() if c is not None}


async def allocated_totals(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """A10 — per conference of the plans, the seats it allocates in all."""
    stmt = (
        sa.select(col(Allocation.conference_id), sa.func.sum(col(Allocation.seats)))
        .join(Conference, col(Conference.id) == col(Allocation.conference_id))
        .where(col(Conference.plan_id) == _ids())
        .group_by(col(Allocation.conference_id))
    )
    return {c: int(n) for c, n in (await session.execute(stmt, {_IDS: plan_ids})).all()}


class UpRow(NamedTuple):
    plan_id: uuid.UUID
    upper_conference_id: uuid.UUID | None
    allocated: int
    designated: int


async def designations_up(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, UpRow]:
    """A10, L1 — per plan with a parent, its issuer's seats and designations on the parent plan's
    issuer's conference (None when that one is not scheduled)."""
    up = Conference.__table__.alias("up")  # type: ignore[attr-defined]
    designated = (
        sa.select(sa.func.count())
        .where(col(Delegate.conference_id) == up.c.id, col(Delegate.origin_unit_id) == col(Plan.issuer_unit_id))
        .scalar_subquery()
    )
    stmt = (
        sa.select(col(Plan.id), up.c.id, sa.func.coalesce(col(Allocation.seats), 0), designated)
        .select_from(Plan)
        .outerjoin(up, sa.and_(up.c.plan_id == col(Plan.parent_plan_id), up.c.unit_id == up.c.district_id))
        .outerjoin(
            Allocation,
            sa.and_(col(Allocation.conference_id) == up.c.id, col(Allocation.unit_id) == col(Plan.issuer_unit_id)),
        )
        .where(col(Plan.id) == _ids(), col(Plan.parent_plan_id).is_not(None))
    )
    result = await session.execute(stmt, {_IDS: plan_ids})
    return {r[0]: UpRow(r[0], r[1], int(r[2]), int(r[3] or 0)) for r in result.all()}


async def documentaries(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """M2 — per conference of the plans, the reportage it shows, if named."""
    stmt = (
        sa.select(col(CommunicationActivity.documentary_conference_id), col(CommunicationActivity.id))
        .join(Conference, col(Conference.id) == col(CommunicationActivity.documentary_conference_id))
        .where(col(Conference.plan_id) == _ids())
    )
    return {c: a for c, a in (await session.execute(stmt, {_IDS: plan_ids})).all() if c is not None}


class UnitPlanRow(NamedTuple):
    plan_id: uuid.UUID
    due: dt.date
    received_at: dt.datetime | None
    last_received_at: dt.datetime | None
    state: str | None


async def unit_plans(session: AsyncSession, plan_ids: list[uuid.UUID]) -> list[UnitPlanRow]:
    """S1 — per plan, a row per unit under its issuer with the unit's plan submission, if any."""
    stmt = (
        sa.select(
            col(Plan.id),
            col(Plan.unit_plan_due_on),
            col(Submission.received_at),
            col(Submission.last_received_at),
            col(Submission.state),
        )
        .join(
            Unit, sa.and_(col(Unit.district_id) == col(Plan.issuer_unit_id), col(Unit.id) != col(Plan.issuer_unit_id))
        )
        .outerjoin(
            Submission,
            sa.and_(
                col(Submission.unit_id) == col(Unit.id),
                col(Submission.plan_id) == col(Plan.id),
                col(Submission.kind) == Kind.UNIT_PLAN.value,
            ),
        )
        .where(col(Plan.id) == _ids())
    )
    return [UnitPlanRow(*r) for r in (await session.execute(stmt, {_IDS: plan_ids})).all()]


async def nomination_counts(session: AsyncSession, plan_ids: list[uuid.UUID]) -> list[tuple[uuid.UUID, str, int]]:
    """N5 — per plan, its nominations not withdrawn counted by state."""
    stmt = (
        sa.select(col(Conference.plan_id), col(Nomination.state), sa.func.count())
        .join(Conference, col(Conference.id) == col(Nomination.conference_id))
        .where(col(Conference.plan_id) == _ids(), col(Nomination.state) != NominationState.WITHDRAWN.value)
        .group_by(col(Conference.plan_id), col(Nomination.state))
    )
    return [(p, s, int(n)) for p, s, n in (await session.execute(stmt, {_IDS: plan_ids})).all()]
