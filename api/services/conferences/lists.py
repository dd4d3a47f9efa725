"""The delegate list's state (A4, A8): finalize checks the cap and the composition; reopen unlocks."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db.base import utcnow
from api.domain.access import Actor
from api.problems import Problem
from api.schemas.conferences import ConferencePublic
from api.services.common import audit
from api.services.conferences.access import organized_conference, organized_list
from api.services.conferences.programme import programme_state
from api.services.conferences.shaping import _context, public


async def finalize(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> ConferencePublic:
    conference, delegate_list = await organized_list(session, actor, conference_id)
    plan, unit = await _context(session, conference)
    before = public(conference, plan, unit)
    programme = await programme_state(session, conference.id, hold=True) if unit.is_pilot else None
    delegate_list.check_finalize(programme)  # A8, P1, A1/A2, A4
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
