"""A conference as the API shows it: its plan and unit, its assembly (A1, A2) and its title (C7)."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import conferences as repo
from api.db.conferences import Conference
from api.db.plans import Plan
from api.db.units import Unit
from api.domain.conferences import (
    Assembly,
    Form,
    Session,
    Tier,
    assembly_for,
    tier_of,
    title_lines,
)
from api.domain.delegates import (
    ListState,
)
from api.domain.units import Level
from api.schemas.conferences import (
    ConferencePublic,
)


async def _context(session: AsyncSession, conference: Conference) -> tuple[Plan, Unit]:
    """The conference's plan and unit, in one query."""
    return await repo.plan_and_unit(session, conference.plan_id, conference.unit_id)


class HasHeadcount(Protocol):
    @property
    def headcount(self) -> int | None: ...


class PlanCaps(Protocol):
    """What an assembly reads of its plan (A1, A2): the plan entity, or a plain copy of it."""

    @property
    def full_assembly_headcount_cap(self) -> int: ...
    @property
    def delegate_assembly_cap(self) -> int: ...
    @property
    def district_conference_cap(self) -> int: ...


def assembly_of(plan: PlanCaps, unit: HasHeadcount, tier: Tier) -> Assembly:
    """A1, A2 — the assembly the plan gives the unit's conference at its tier (L2)."""
    return assembly_for(
        tier,
        unit.headcount,
        full_assembly_headcount_cap=plan.full_assembly_headcount_cap,
        delegate_assembly_cap=plan.delegate_assembly_cap,
        district_conference_cap=plan.district_conference_cap,
    )


def public(conference: Conference, plan: Plan, unit: Unit) -> ConferencePublic:
    a = assembly_of(plan, unit, tier_of(conference.unit_id, conference.district_id))
    return ConferencePublic(
        id=conference.id,
        plan_id=conference.plan_id,
        unit_id=conference.unit_id,
        unit_name=unit.name,
        district_id=conference.district_id,
        level=Level(conference.level),
        form=Form(conference.form),
        held_on=conference.held_on,
        session=Session(conference.session),
        place=conference.place,
        is_congress=conference.is_congress,
        has_documentary=conference.has_documentary,
        has_exchange=conference.has_exchange,
        edition=conference.edition,
        assembly_mode=a.mode,
        delegate_cap=a.cap,
        title=title_lines(
            unit.name,
            conference.edition,
            plan.period_start_year,
            plan.period_end_year,
            conference.place,
            conference.held_on,
        ),
        list_state=ListState.FINALIZED if conference.finalized_at else ListState.DRAFT,
        finalized_at=conference.finalized_at,
        created_at=conference.created_at,
        updated_at=conference.updated_at,
    )


async def conference_out(session: AsyncSession, conference: Conference) -> ConferencePublic:
    plan, unit = await _context(session, conference)
    return public(conference, plan, unit)
