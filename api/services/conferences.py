"""Conferences: scheduling (C1–C7), agenda (C8), list state (A4, A8), compliance, allocations (A10)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as repo
from api.db import delegates as delegates_repo
from api.db import plans as plans_repo
from api.db.base import utcnow
from api.db.conferences import Allocation, Conference
from api.db.plans import Plan
from api.db.submissions import approved_presentation_ids
from api.db.units import Unit, get_unit, units_by_ids
from api.domain.access import Actor, Role, Scope, administers, can_see_private
from api.domain.conferences import (
    AgendaItem,
    AgendaItemKind,
    Assembly,
    AssemblyMode,
    ComplianceStatus,
    Form,
    Session,
    Slot,
    Window,
    agenda_spec,
    assembly_for,
    build_agenda,
    check_date_window,
    check_form,
    check_order,
    check_party_congress,
    default_agenda,
    reconcile_agenda,
    title_lines,
)
from api.domain.delegates import (
    Composition,
    ListState,
    cap_rule,
    check_allocations,
    check_cap,
    check_composition,
    check_unlocked,
)
from api.domain.errors import DomainError
from api.domain.plans import exemplary_seats
from api.domain.submissions import check_presentations, percent
from api.domain.units import Level
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.common import Page, from_local_time, to_local_time
from api.schemas.conferences import (
    AgendaItemPublic,
    AgendaPublic,
    AgendaUpdate,
    AllocationPublic,
    Allocations,
    AllocationsUpdate,
    Compliance,
    ComplianceItem,
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

FLAGS = ("is_congress", "has_documentary", "has_exchange")


# --- who may do what --------------------------------------------------------------------------


def may_organize(actor: Actor, unit_id: uuid.UUID, district_id: uuid.UUID) -> bool:
    """The organizer of a conference: the unit's officers, the district's admin, or a client with
    the ``write`` scope bound to the unit or its district."""
    if actor.role is Role.UNIT_OFFICER:
        return actor.unit_id == str(unit_id)
    if actor.role is Role.INTEGRATION_CLIENT and Scope.WRITE in actor.scopes and actor.unit_id == str(unit_id):
        return True
    return administers(actor, str(district_id))


def sees_private(actor: Actor, conference: Conference) -> bool:
    """X2 — delegates, compliance and designations are private to the organizing unit."""
    return can_see_private(actor, str(conference.unit_id), str(conference.district_id))


async def private_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, *, for_update: bool = False
) -> Conference:
    """The conference, when the caller may see its private records; otherwise 404 (X2)."""
    conference = await repo.get_conference(session, conference_id, for_update=for_update)
    if conference is None or not sees_private(actor, conference):
        raise NotFound
    return conference


async def check_private(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> None:
    """X2 for a read of the conference's private records: 404 unless the caller may see them."""
    owner = await repo.conference_owner(session, conference_id)
    if owner is None or not can_see_private(actor, str(owner["unit_id"]), str(owner["district_id"])):
        raise NotFound


async def organized_conference(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, *, for_update: bool = True
) -> Conference:
    """The conference locked for a write by its organizer (others: 404 if private to them, else 403)."""
    conference = await private_conference(session, actor, conference_id, for_update=for_update)
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    return conference


# --- shaping ----------------------------------------------------------------------------------


async def _context(session: AsyncSession, conference: Conference) -> tuple[Plan, Unit]:
    """The conference's plan and unit, in one query."""
    return await repo.plan_and_unit(session, conference.plan_id, conference.unit_id)


def assembly_of(plan: Plan, unit: Unit, level: Level) -> Assembly:
    return assembly_for(
        level,
        unit.headcount,
        full_assembly_headcount_cap=plan.full_assembly_headcount_cap,
        delegate_assembly_cap=plan.delegate_assembly_cap,
        district_conference_cap=plan.district_conference_cap,
    )


def public(conference: Conference, plan: Plan, unit: Unit) -> ConferencePublic:
    a = assembly_of(plan, unit, Level(conference.level))
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


def _joined(row: Mapping[str, Any]) -> Any:
    """A row of ``conference_facts`` read as the conference, its plan and its unit at once (their
    columns in it do not clash), for the functions that take those three."""
    return SimpleNamespace(**row)


async def get_conference(session: AsyncSession, conference_id: uuid.UUID) -> ConferencePublic:
    joined = _joined(found(await repo.conference_facts(session, conference_id)))
    return public(joined, joined, joined)


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


# --- scheduling -------------------------------------------------------------------------------


def _check_schedule_rules(
    actor: Actor, level: Level, held_on: dt.date, plan: Plan, unit: Unit, override_reason: str | None
) -> None:
    """C4 and C5, which a district admin may override with a written reason."""
    if override_reason is not None and actor.role is not Role.DISTRICT_ADMIN:
        raise Forbidden("override")
    window = Window(plan.issued_on, plan.grassroots_conferences_due_on, plan.district_conference_due_on)
    try:
        check_date_window(level, held_on, window)
    except DomainError:
        if override_reason is None:
            raise
    try:
        check_party_congress(held_on, unit.party_congress_date)
    except DomainError:
        if override_reason is None:
            raise


async def _check_order(session: AsyncSession, conference: Conference) -> None:
    """C6 — checked under the plan's schedule lock, whichever side moves."""
    await repo.lock_plan_schedule(session, conference.plan_id)
    slot = Slot(conference.held_on, Session(conference.session))
    if conference.level == Level.DISTRICT:
        others = await repo.grassroots_slots(session, conference.plan_id, conference.district_id)
        check_order(slot, [Slot(d, Session(s)) for d, s in others])
    else:
        district = await repo.district_conference(session, conference.plan_id, conference.district_id)
        if district is not None:
            check_order(Slot(district.held_on, Session(district.session)), [slot])


def _agenda_json(items: list[AgendaItem], presentations: list[str] | None = None) -> list[dict[str, Any]]:
    return [
        {
            "key": i.key,
            "title": i.title,
            "kind": i.kind,
            "start_time": i.start_time.isoformat() if i.start_time else None,
            **({"presentation_ids": presentations or []} if i.key == "presentations" else {}),
        }
        for i in items
    ]


def _presentation_ids(conference: Conference) -> list[str]:
    return next((list(i.get("presentation_ids") or []) for i in conference.agenda if i["key"] == "presentations"), [])


def _agenda_items(conference: Conference) -> list[AgendaItem]:
    return [
        AgendaItem(
            i["key"],
            i["title"],
            AgendaItemKind(i["kind"]),
            dt.time.fromisoformat(i["start_time"]) if i["start_time"] else None,
        )
        for i in conference.agenda
    ]


def _flags(conference: Conference) -> dict[str, bool]:
    return {f: bool(getattr(conference, f)) for f in FLAGS}


async def _flush(session: AsyncSession) -> None:
    await flush(
        session, {"uq_conferences_plan_id_unit_id": DomainError("conference_already_exists", "C2", field="unit_id")}
    )


async def create_conference(session: AsyncSession, actor: Actor, body: ConferenceCreate) -> ConferencePublic:
    unit = await get_unit(session, body.unit_id)
    if unit is None:
        raise invalid_field("unit_id", "unknown_unit")
    plan = await plans_repo.plan_of(session, body.plan_id)
    if plan is None:
        raise invalid_field("plan_id", "unknown_plan")
    if unit.level not in (Level.GRASSROOTS, Level.DISTRICT) or unit.district_id is None:
        raise DomainError("conference_form_not_allowed", "C1", field="unit_id", reason="province")
    if plan.issuer_unit_id != unit.district_id:
        raise invalid_field("plan_id", "plan_of_other_district")
    if not may_organize(actor, unit.id, unit.district_id):
        raise Forbidden
    level = Level(unit.level)
    check_form(level, body.form)
    _check_schedule_rules(actor, level, body.held_on, plan, unit, body.override_reason)
    flags = {f: bool(getattr(body, f)) for f in FLAGS}
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    conference = Conference(
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=unit.district_id,
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
    await _check_order(session, conference)
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
    level = Level(conference.level)
    if "form" in changes:
        check_form(level, changes["form"])
    if "held_on" in changes or body.override_reason is not None:
        _check_schedule_rules(
            actor, level, changes.get("held_on", conference.held_on), plan, unit, body.override_reason
        )
    old_flags = _flags(conference)
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
        await _check_order(session, conference)
    conference.updated_at = utcnow()
    await _flush(session)
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


# --- agenda (C8) ------------------------------------------------------------------------------


def agenda_public(conference: Conference, approved: set[uuid.UUID]) -> AgendaPublic:
    """S3 — the presentations item lists the approved presentations only (an approved one that
    was edited goes back to review and drops out until approved again)."""
    shown = [uuid.UUID(p) for p in _presentation_ids(conference) if uuid.UUID(p) in approved]
    return AgendaPublic(
        conference_id=conference.id,
        items=[
            AgendaItemPublic(
                key=i.key,
                title=i.title,
                kind=i.kind,
                start_time=from_local_time(i.start_time),
                presentation_ids=shown if i.key == "presentations" else [],
            )
            for i in _agenda_items(conference)
        ],
    )


async def get_agenda(session: AsyncSession, conference_id: uuid.UUID) -> AgendaPublic:
    conference = found(await repo.get_conference(session, conference_id))
    return agenda_public(conference, await approved_presentation_ids(session, conference.id))


async def put_agenda(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: AgendaUpdate, if_match: str | None
) -> AgendaPublic:
    conference = found(await repo.get_conference(session, conference_id, for_update=True))
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    approved = await approved_presentation_ids(session, conference.id)
    before = agenda_public(conference, approved)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    items = build_agenda(spec, _flags(conference), [(i.key, to_local_time(i.start_time)) for i in body.items])
    for n, (sent, built) in enumerate(zip(body.items, items, strict=True)):
        check_read_only(sent, {"title": built.title, "kind": built.kind}, f"items.{n}.")
    wanted = [str(p) for i in body.items if i.key == "presentations" for p in (i.presentation_ids or [])]
    if any(i.presentation_ids for i in body.items if i.key != "presentations"):
        raise invalid_field("items", "presentations_item_only", rule="C8")
    check_presentations(wanted, {str(a) for a in approved})
    conference.agenda = _agenda_json(items, wanted)
    conference.updated_at = utcnow()
    await session.flush()
    out = agenda_public(conference, approved)
    audit(
        session, actor, "update", "agenda", conference.id, before=before, after=out, district_id=conference.district_id
    )
    return out


# --- list state (A4, A8) ----------------------------------------------------------------------


async def composition_of(session: AsyncSession, conference: Conference, plan: Plan) -> Composition:
    total, exemplary = await delegates_repo.counted(session, conference.id)
    return Composition(total=total, exemplary=exemplary, share_percent=plan.exemplary_share_percent)


async def finalize(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> ConferencePublic:
    conference = await organized_conference(session, actor, conference_id)
    plan, unit = await _context(session, conference)
    before = public(conference, plan, unit)
    if conference.finalized_at is not None:
        raise DomainError("delegate_list_locked", "A8", reason="already_finalized")
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


# --- compliance -------------------------------------------------------------------------------


def _item(rule: str, status: str, key: str, **facts: Any) -> ComplianceItem:
    return ComplianceItem(rule=rule, status=ComplianceStatus(status), message=key, facts=facts)


async def _structure(session: AsyncSession, conference_id: uuid.UUID) -> dict[str, Any]:
    """A6 — §II.2.2: shares reported, never enforced."""
    total, direct, women, minorities, twice = await delegates_repo.structure_counts(session, conference_id)
    sectors = {str(s or "unspecified"): int(n) for s, n in await delegates_repo.sector_counts(session, conference_id)}
    return {
        "total": total,
        "direct_workers": direct,
        "direct_workers_percent": percent(direct, total),
        "women": women,
        "women_percent": percent(women, total),
        "ethnic_minorities": minorities,
        "ethnic_minorities_percent": percent(minorities, total),
        "commended_twice_or_more": twice,
        "commended_twice_or_more_percent": percent(twice, total),
        "sectors": {k: {"count": v, "percent": percent(v, total)} for k, v in sectors.items()},
    }


async def compliance(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> Compliance:
    row = await repo.compliance_facts(session, conference_id)
    if row is None or not can_see_private(actor, str(row["unit_id"]), str(row["district_id"])):
        raise NotFound  # X2
    conference = plan = unit = _joined(row)
    level = Level(conference.level)
    a = assembly_of(plan, unit, level)
    total, exemplary, pilot_invitees = row["total"], row["exemplary"], row["invitees"]
    scheduled = row["district_conference_id"] is not None  # the district conference, for C6 and A10
    composition = Composition(total=total, exemplary=exemplary, share_percent=plan.exemplary_share_percent)
    items: list[ComplianceItem] = []
    window = Window(plan.issued_on, plan.grassroots_conferences_due_on, plan.district_conference_due_on)
    deadline = plan.district_conference_due_on if level is Level.DISTRICT else plan.grassroots_conferences_due_on
    try:
        check_date_window(level, conference.held_on, window)
        items.append(
            _item(
                "C4",
                "ok",
                "date_in_window",
                held_on=conference.held_on.isoformat(),
                opens=plan.issued_on.isoformat(),
                deadline=deadline.isoformat(),
            )
        )
    except DomainError:
        items.append(
            _item(
                "C4",
                "warning",
                "date_overridden",
                held_on=conference.held_on.isoformat(),
                opens=plan.issued_on.isoformat(),
                deadline=deadline.isoformat(),
            )
        )
    congress = unit.party_congress_date
    try:
        check_party_congress(conference.held_on, congress)
        items.append(
            _item(
                "C5",
                "ok",
                "before_congress" if congress else "no_congress_date",
                party_congress_date=congress.isoformat() if congress else None,
            )
        )
    except DomainError:
        items.append(
            _item(
                "C5", "warning", "congress_overridden", party_congress_date=congress.isoformat() if congress else None
            )
        )
    if level is Level.DISTRICT:
        missing = await repo.units_without_conference(session, conference.plan_id, conference.district_id)
        items.append(
            _item(
                "C6",
                "warning" if missing else "ok",
                "grassroots_missing" if missing else "order_ok",
                missing_count=len(missing),
                missing_units=[{"id": str(i), "name": n} for i, n in missing[:100]],
            )
        )
    else:
        items.append(
            _item(
                "C6",
                "ok",
                "order_ok" if scheduled else "district_not_scheduled",
                district_held_on=row["district_held_on"].isoformat() if scheduled else None,
            )
        )
    try:
        check_cap(a.cap, composition.total, rule=cap_rule(level is Level.DISTRICT))
        cap_status = "ok"
    except DomainError:
        cap_status = "error"
    items.append(
        _item(
            cap_rule(level is Level.DISTRICT),
            cap_status,
            "cap" if cap_status == "ok" else "over_cap",
            assembly_mode=a.mode.value,
            cap=a.cap,
            count=composition.total,
            room=None if a.cap is None else a.cap - composition.total,
            over=None if a.cap is None else max(composition.total - a.cap, 0),
        )
    )
    if composition.ok:
        a4_status = "ok"
    elif a.mode is AssemblyMode.DELEGATE_ASSEMBLY:
        a4_status = "error"
    else:
        a4_status = "warning"
    items.append(
        _item("A4", a4_status, "composition_ok" if composition.ok else "composition_short", **composition.facts())
    )
    if level is Level.DISTRICT:
        items.append(_item("A6", "ok", "structure", **await _structure(session, conference.id)))
    items.append(
        _item(
            "A8",
            "ok",
            "list_finalized" if conference.finalized_at else "list_draft",
            finalized=conference.finalized_at is not None,
        )
    )
    items.append(_item("A9", "ok", "pilot_invitees", is_pilot=unit.is_pilot, pilot_invitees=pilot_invitees))
    if level is Level.DISTRICT:
        total_allocated = await repo.allocated_seats(session, conference.id)
        items.append(
            _item(
                "A10",
                "ok",
                "allocations",
                allocated=total_allocated,
                capacity=exemplary_seats(plan.district_conference_cap, plan.exemplary_share_percent),
            )
        )
    else:
        allocated = (row["seats"] or 0) if scheduled else 0
        designated = row["designated"] if scheduled else 0
        items.append(_item("A10", "ok", "designations", allocated=allocated, designated=designated))
    return Compliance(conference_id=conference.id, items=items)


# --- allocations (A10) ------------------------------------------------------------------------


async def _district_conference(
    session: AsyncSession, conference_id: uuid.UUID, *, for_update: bool = False
) -> Conference:
    conference = found(await repo.get_conference(session, conference_id, for_update=for_update))
    if conference.level != Level.DISTRICT:
        raise NotFound  # allocations live on the district conference only
    return conference


async def _allocations_out(session: AsyncSession, conference: Conference, plan: Plan) -> Allocations:
    rows = await repo.allocations_of(session, conference.id)
    units = {u.id: u for u in await units_by_ids(session, {r.unit_id for r in rows})}
    designated = await delegates_repo.designated_by_unit(session, conference.id)
    items = sorted(
        (
            AllocationPublic(
                unit_id=r.unit_id,
                unit_name=units[r.unit_id].name,
                seats=r.seats,
                designated=designated.get(r.unit_id, 0),
            )
            for r in rows
        ),
        key=lambda i: units[i.unit_id].name_folded,
    )
    return Allocations(
        conference_id=conference.id,
        capacity=exemplary_seats(plan.district_conference_cap, plan.exemplary_share_percent),
        allocated=sum(i.seats for i in items),
        items=items,
    )


async def get_allocations(session: AsyncSession, conference_id: uuid.UUID) -> Allocations:
    conference = await _district_conference(session, conference_id)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    return await _allocations_out(session, conference, plan)


async def put_allocations(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: AllocationsUpdate, if_match: str | None
) -> Allocations:
    conference = await _district_conference(session, conference_id, for_update=True)
    if not administers(actor, str(conference.district_id)):
        raise Forbidden
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    before = await _allocations_out(session, conference, plan)
    require_match(if_match, etag_of(before))
    wanted = {i.unit_id: i.seats for i in body.items}
    if len(wanted) != len(body.items):
        raise invalid_field("items", "duplicate_unit", rule="A10")
    units = {u.id: u for u in await units_by_ids(session, set(wanted))}
    for n, unit_id in enumerate(wanted):
        unit = units.get(unit_id)
        if unit is None or unit.level != "grassroots" or unit.district_id != conference.district_id:
            raise invalid_field(f"items.{n}.unit_id", "unknown_unit", rule="A10")
    check_allocations({str(k): v for k, v in wanted.items()}, before.capacity)
    await repo.delete_allocations(session, conference.id)
    session.add_all([Allocation(conference_id=conference.id, unit_id=u, seats=s) for u, s in wanted.items()])
    await session.flush()
    out = await _allocations_out(session, conference, plan)
    audit(
        session,
        actor,
        "update",
        "allocations",
        conference.id,
        before=before,
        after=out,
        district_id=conference.district_id,
    )
    return out
