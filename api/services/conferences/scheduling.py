"""Scheduling (C1–C7): create, update, delete, list and read conferences; C6 under the plan's schedule lock."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as repo
from api.db import delegates as delegates_repo
from api.db import plans as plans_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.plans import Plan
from api.db.units import Unit, get_unit, units_by_ids
from api.domain.access import UNIT_ADMIN, Actor
from api.domain.conferences import (
    Form,
    Session,
    Slot,
    Tier,
    Window,
    agenda_spec,
    check_date_window,
    check_form,
    check_order,
    check_party_congress,
    default_agenda,
    reconcile_agenda,
    tier_of,
)
from api.domain.delegates import (
    check_unlocked,
)
from api.domain.errors import DomainError
from api.domain.plans import plan_involves
from api.domain.units import Level
from api.problems import Forbidden, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.conferences import (
    ConferenceCreate,
    ConferencePublic,
    ConferenceUpdate,
)
from api.services.common import (
    audit,
    changes_nothing,
    check_read_only,
    etag_of,
    flush,
    found,
    page,
    require_match,
    sync_order,
)
from api.services.conferences.access import may_organize
from api.services.conferences.agenda import FLAGS, _agenda_items, _agenda_json, _flags, _presentation_ids
from api.services.conferences.programme import after_change, snapshot_of
from api.services.conferences.shaping import _context, conference_out, public
from api.services.units import check_unit_for_plan


async def get_conference(session: AsyncSession, conference_id: uuid.UUID) -> ConferencePublic:
    conference, plan, unit = found(await repo.conference_facts(session, conference_id))
    return public(conference, plan, unit)


async def list_conferences(
    session: AsyncSession,
    *,
    plan_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    level: Level | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[ConferencePublic]:
    rows, nxt = await page(
        session,
        repo.conferences_query(plan_id=plan_id, unit_id=unit_id, level=level),
        [col(Conference.held_on), col(Conference.id)],
        lambda c: (c.held_on, c.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Conference.updated_at, Conference.id),
    )
    plans = await plans_repo.plans_by_ids(session, {c.plan_id for c in rows})
    units = {u.id: u for u in await units_by_ids(session, {c.unit_id for c in rows})}
    return Page(items=[public(c, plans[c.plan_id], units[c.unit_id]) for c in rows], next_cursor=nxt)


def _check_schedule_rules(
    actor: Actor, tier: Tier, held_on: dt.date, plan: Plan, unit: Unit, override_reason: str | None
) -> None:
    """C4 and C5, which an admin (of the plan's issuer, L2) may override with a written reason."""
    if override_reason is not None and actor.role is not UNIT_ADMIN:
        raise Forbidden("override")
    window = Window(plan.issued_on, plan.grassroots_conferences_due_on, plan.district_conference_due_on)
    try:
        check_date_window(tier, held_on, window)
    except DomainError:
        if override_reason is None:
            raise
    try:
        check_party_congress(held_on, unit.party_congress_date)
    except DomainError:
        if override_reason is None:
            raise


async def _check_order(session: AsyncSession, conference: Conference, plan: Plan) -> None:
    """C6 — checked under the plan's schedule lock, whichever side moves: the issuer's
    conference after those of every unit under it (L2, whatever their levels); and (L1) the
    parent plan's issuer's conference after every conference of the plans implementing it,
    under the parent plan's lock too (taken first: parent before child, one order for all)."""
    if plan.parent_plan_id is not None:
        await repo.lock_plan_schedule(session, plan.parent_plan_id)
    await repo.lock_plan_schedule(session, conference.plan_id)
    slot = Slot(conference.held_on, Session(conference.session))
    if tier_of(conference.unit_id, conference.district_id) is Tier.ISSUER:
        others = await repo.grassroots_slots(session, conference.plan_id, conference.district_id)
        others += await repo.implementing_slots(session, conference.plan_id)  # L1
        check_order(slot, [Slot(d, Session(s)) for d, s in others])
    else:
        district = await repo.district_conference(session, conference.plan_id, conference.district_id)
        if district is not None:
            check_order(Slot(district.held_on, Session(district.session)), [slot])
    if plan.parent_plan_id is not None:  # L1 — C6 across plans
        upper = await repo.issuer_conference_of(session, plan.parent_plan_id)
        if upper is not None:
            check_order(Slot(upper.held_on, Session(upper.session)), [slot])


async def _flush(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_conferences_plan_id_unit_id": DomainError("conference_already_exists", "C2", field="unit_id"),
            # the database's guard (trigger conferences_form_allowed): the plan's forms changed meanwhile
            "c1_conference_form_allowed": DomainError("conference_form_not_allowed", "C1", field="form"),
        },
    )


def _check_form(tier: Tier, form: Form, plan: Plan) -> None:
    """C1 — the form against the forms the plan allows at the conference's tier (L2)."""
    check_form(tier, form, issuer_forms=plan.issuer_forms, member_forms=plan.member_forms)


async def create_conference(session: AsyncSession, actor: Actor, body: ConferenceCreate) -> ConferencePublic:
    unit = await get_unit(session, body.unit_id)
    if unit is None:
        raise invalid_field("unit_id", "unknown_unit")
    plan = await plans_repo.plan_of(session, body.plan_id)
    if plan is None:
        raise invalid_field("plan_id", "unknown_plan")
    # L2 — a plan's conferences are its issuer's own and those of the units in the issuer's area
    # (plan 187: the district and its grassroots units; a province → commune plan: the province
    # and its communes), whatever their levels.
    if not plan_involves(plan.issuer_unit_id, unit.id, unit.district_id):
        raise invalid_field("plan_id", "plan_of_other_district")
    if not may_organize(actor, unit.id, plan.issuer_unit_id):
        raise Forbidden
    check_unit_for_plan(unit, plan)
    level = Level(unit.level)
    tier = tier_of(unit.id, plan.issuer_unit_id)
    await repo.lock_plan_forms(session, plan.id)
    _check_form(tier, body.form, plan)
    _check_schedule_rules(actor, tier, body.held_on, plan, unit, body.override_reason)
    flags = {f: bool(getattr(body, f)) for f in FLAGS}
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    conference = Conference(
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=plan.issuer_unit_id,  # L2 — the plan's issuer (plan 187: the unit's district)
        level=level.value,
        form=body.form.value,
        held_on=body.held_on,
        session=body.session.value,
        place=body.place,
        edition=body.edition or plan.edition,
        agenda=_agenda_json(default_agenda(spec, flags)),
        is_congress=body.is_congress,
        has_documentary=body.has_documentary,
        has_exchange=body.has_exchange,
    )
    session.add(conference)
    await _check_order(session, conference, plan)
    await _flush(session)
    await session.refresh(conference)
    out = public(conference, plan, unit)
    audit(
        session,
        actor,
        "create",
        "conference",
        conference.id,
        after=out,
        reason=body.override_reason,
        district_id=conference.district_id,
    )
    return out


async def update_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: ConferenceUpdate, if_match: str | None
) -> ConferencePublic:
    if "form" in body.model_fields_set:  # C1 — the plan's forms first, then the conference: a plan's update's order
        await repo.lock_plan_forms(session, found(await repo.get_conference(session, conference_id)).plan_id)
    conference = found(await repo.get_conference(session, conference_id, for_update=True))
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    plan, unit = await _context(session, conference)
    before = public(conference, plan, unit)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    if changes_nothing(body, before):
        return before
    changes = body.model_dump(exclude_unset=True, exclude={"override_reason"})
    for name, value in changes.items():
        if value is None:
            raise invalid_field(name, "blank")
    tier = tier_of(conference.unit_id, conference.district_id)
    if "form" in changes:
        _check_form(tier, changes["form"], plan)
    if "held_on" in changes or body.override_reason is not None:
        _check_schedule_rules(actor, tier, changes.get("held_on", conference.held_on), plan, unit, body.override_reason)
    old_flags = _flags(conference)
    old_snapshot = snapshot_of(conference)
    for name, value in changes.items():
        setattr(conference, name, value.value if hasattr(value, "value") else value)
    if _flags(conference) != old_flags:
        spec = agenda_spec(
            (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
        )
        conference.agenda = _agenda_json(
            reconcile_agenda(spec, _flags(conference), _agenda_items(conference)), _presentation_ids(conference)
        )
    if "held_on" in changes or "session" in changes:
        await _check_order(session, conference, plan)
    conference.updated_at = utcnow()
    await _flush(session)
    await after_change(session, actor, conference, old_snapshot)  # P1
    out = public(conference, plan, unit)
    audit(
        session,
        actor,
        "update",
        "conference",
        conference.id,
        before=before,
        after=out,
        reason=body.override_reason,
        district_id=conference.district_id,
    )
    return out


async def delete_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, if_match: str | None
) -> None:
    conference = found(await repo.get_conference(session, conference_id, for_update=True))
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    before = await conference_out(session, conference)
    require_match(if_match, etag_of(before))
    check_unlocked(conference.finalized_at is not None)
    if await delegates_repo.has_designated_copies(session, conference.id):
        raise Problem("conflict", reason="conference_has_designations")
    if await repo.has_records(session, conference.id):
        raise Problem("conflict", reason="conference_has_records")
    await session.delete(conference)
    await session.flush()
    audit(session, actor, "delete", "conference", conference.id, before=before, district_id=conference.district_id)
