"""The delegate list's state (A4, A8): finalize checks the cap and the composition; reopen unlocks."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import delegates as delegates_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.plans import Plan
from api.domain.access import Actor
from api.domain.conferences import (
    AssemblyMode,
)
from api.domain.delegates import (
    Composition,
    cap_rule,
    check_cap,
    check_composition,
)
from api.domain.errors import DomainError
from api.domain.submissions import check_programme_appraised
from api.domain.units import Level
from api.problems import Problem
from api.schemas.conferences import (
    ConferencePublic,
)
from api.services.common import (
    audit,
)
from api.services.conferences.access import organized_conference
from api.services.conferences.programme import programme_state
from api.services.conferences.shaping import _context, assembly_of, public


async def composition_of(session: AsyncSession, conference: Conference, plan: Plan) -> Composition:
    total, exemplary = await delegates_repo.counted(session, conference.id)
    return Composition(total=total, exemplary=exemplary, share_percent=plan.exemplary_share_percent)


async def finalize(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> ConferencePublic:
    conference = await organized_conference(session, actor, conference_id)
    plan, unit = await _context(session, conference)
    before = public(conference, plan, unit)
    if conference.finalized_at is not None:
        raise DomainError("delegate_list_locked", "A8", reason="already_finalized")
    check_programme_appraised(unit.is_pilot, await programme_state(session, conference.id, hold=True))  # P1
    level = Level(conference.level)
    a = assembly_of(plan, unit, level)
    composition = await composition_of(session, conference, plan)
    check_cap(a.cap, composition.total, rule=cap_rule(level is Level.DISTRICT))  # A1, A2
    if a.mode is AssemblyMode.DELEGATE_ASSEMBLY:
        check_composition(composition)
    conference.finalized_at = utcnow()
    await session.flush()
    out = public(conference, plan, unit)
    audit(
        session,
        actor,
        "finalize",
        "conference",
        conference.id,
        before=before,
        after=out,
        district_id=conference.district_id,
    )
    return out


async def reopen(session: AsyncSession, actor: Actor, conference_id: uuid.UUID, reason: str | None) -> ConferencePublic:
    conference = await organized_conference(session, actor, conference_id)
    plan, unit = await _context(session, conference)
    before = public(conference, plan, unit)
    if conference.finalized_at is None:
        raise Problem("conflict", reason="not_finalized")
    conference.finalized_at = None
    await session.flush()
    out = public(conference, plan, unit)
    audit(
        session,
        actor,
        "reopen",
        "conference",
        conference.id,
        before=before,
        after=out,
        reason=reason,
        district_id=conference.district_id,
    )
    return out
