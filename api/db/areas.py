"""L1 — reads over every implementing plan of a plan (the areas' report): two statements over all
the page's plans (one row per conference, one per plan), never one query per plan or per conference."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import col, select

from api.db import conferences as conferences_repo
from api.db.communications import CommunicationActivity
from api.db.conferences import Allocation, Conference, PlanFactsRow
from api.db.delegates import Delegate
from api.db.engine import rows
from api.db.nominations import Nomination
from api.db.plans import Plan
from api.db.scope import scope_condition
from api.db.submissions import Submission
from api.db.units import Unit
from api.domain.access import PrivateScope
from api.domain.nominations import State as NominationState
from api.domain.submissions import Kind, State

_IDS = "plan_ids"


def _ids() -> Any:
    return sa.func.any(sa.bindparam(_IDS, type_=ARRAY(sa.Uuid)))


def implementing_plans_query(parent_plan_id: uuid.UUID, scope: PrivateScope) -> Select[Any]:
    """The plans implementing ``parent_plan_id`` whose issuer lies in ``scope`` (X2: a district's
    admin, its own district's plan; a province's admin or viewer, every one), paged by the caller."""
    stmt = select(Plan).where(col(Plan.parent_plan_id) == parent_plan_id)
    condition = scope_condition(scope, Plan.issuer_unit_id, Plan.issuer_unit_id)
    return stmt if condition is None else stmt.where(condition)


class ConferenceFigures(NamedTuple):
    """One conference of the page's plans: its compliance facts and, from the same statement, what
    the statement reads beside them (``Extras``): its programme's state (P1), the seats it allocates
    (A10), the reportage it shows (M2)."""

    facts: PlanFactsRow
    programme: str | None
    allocated_total: int
    documentary: uuid.UUID | None


def _conferences_query() -> Select[Any]:
    programme = (
        sa.select(col(Submission.state))
        .where(col(Submission.conference_id) == col(Conference.id), col(Submission.kind) == Kind.PROGRAMME.value)
        .scalar_subquery()  # P1 — one programme per conference (a unique index)
    )
    allocated = (
        sa.select(sa.func.coalesce(sa.func.sum(col(Allocation.seats)), 0))
        .where(col(Allocation.conference_id) == col(Conference.id))
        .scalar_subquery()
    )
    documentary = (
        sa.select(col(CommunicationActivity.id))
        .where(col(CommunicationActivity.documentary_conference_id) == col(Conference.id))
        .scalar_subquery()  # M2 — one reportage per conference (a unique index)
    )
    return conferences_repo.plan_facts_query().add_columns(programme, allocated, documentary)


_CONFERENCES = _conferences_query()


async def conference_figures(session: AsyncSession, plan_ids: list[uuid.UUID]) -> list[ConferenceFigures]:
    """L1 — every conference of the plans: its facts and extras in one statement, plain columns."""
    result = await rows(session, _CONFERENCES, {_IDS: plan_ids})
    return [ConferenceFigures(conferences_repo.plan_facts_of(r), r[-3], int(r[-2]), r[-1]) for r in result.all()]


class PlanFigures(NamedTuple):
    """One plan of the page: the units under its issuer (C6, S1), those without a conference of the
    plan (C6), the first receipts of their unit plans that are not drafts (S1: a draft counts as
    missing), its issuer's seats and designations one level up (A10, L1) and its nominations not
    withdrawn by state (N5)."""

    plan_id: uuid.UUID
    parent_plan_id: uuid.UUID | None
    units: int
    missing: int
    received: list[dt.datetime]
    upper_conference_id: uuid.UUID | None
    allocated_up: int
    designated_up: int
    nominations: dict[str, int]


_STATES = [s.value for s in NominationState if s is not NominationState.WITHDRAWN]  # N5 — the states counted


def _plans_query() -> Select[Any]:
    def under_issuer() -> Any:  # L2 — the units under the plan's issuer
        return sa.and_(col(Unit.district_id) == col(Plan.issuer_unit_id), col(Unit.id) != col(Plan.issuer_unit_id))

    units = sa.select(sa.func.count()).select_from(Unit).where(under_issuer()).scalar_subquery()
    missing = (
        sa.select(sa.func.count())
        .select_from(Unit)
        .where(under_issuer())
        .where(~sa.exists().where(col(Conference.unit_id) == col(Unit.id), col(Conference.plan_id) == col(Plan.id)))
        .scalar_subquery()
    )
    received = (
        sa.select(sa.func.array_agg(col(Submission.received_at)))
        .select_from(Unit)
        .join(Submission, col(Submission.unit_id) == col(Unit.id))
        .where(
            under_issuer(),
            col(Submission.plan_id) == col(Plan.id),
            col(Submission.kind) == Kind.UNIT_PLAN.value,
            col(Submission.state) != State.DRAFT.value,
            col(Submission.received_at).is_not(None),
        )
        .scalar_subquery()
    )
    up = Conference.__table__.alias("up")  # type: ignore[attr-defined]
    designated = (
        sa.select(sa.func.count())
        .where(col(Delegate.conference_id) == up.c.id, col(Delegate.origin_unit_id) == col(Plan.issuer_unit_id))
        .scalar_subquery()
    )
    nominations = (
        sa.select(*(sa.func.count().filter(col(Nomination.state) == s).label(s) for s in _STATES))
        .join(Conference, col(Conference.id) == col(Nomination.conference_id))
        .where(col(Conference.plan_id) == col(Plan.id))
        .lateral("nominations")
    )
    return (
        sa.select(
            col(Plan.id),
            col(Plan.parent_plan_id),
            units,
            missing,
            received,
            up.c.id,
            sa.func.coalesce(col(Allocation.seats), 0),
            designated,
            *nominations.c,
        )
        .select_from(Plan)
        .outerjoin(up, sa.and_(up.c.plan_id == col(Plan.parent_plan_id), up.c.unit_id == up.c.district_id))
        .outerjoin(
            Allocation,
            sa.and_(col(Allocation.conference_id) == up.c.id, col(Allocation.unit_id) == col(Plan.issuer_unit_id)),
        )
        .outerjoin(nominations, sa.true())
        .where(col(Plan.id) == _ids())
    )


_PLANS = _plans_query()


async def plan_figures(session: AsyncSession, plan_ids: list[uuid.UUID]) -> dict[uuid.UUID, PlanFigures]:
    """L1 — the page's plans' own figures (C6, S1, A10 one level up, N5): one statement."""
    result = await rows(session, _PLANS, {_IDS: plan_ids})
    return {
        r[0]: PlanFigures(
            r[0],
            r[1],
            int(r[2]),
            int(r[3]),
            r[4] or [],
            r[5],
            int(r[6]),
            int(r[7]),
            dict(zip(_STATES, r[8:], strict=True)),
        )
        for r in result.all()
    }
