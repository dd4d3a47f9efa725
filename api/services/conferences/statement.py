"""The compliance statement: each rule's status for one conference (C4–C6, A1–A10), reported, never enforced."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import communications as communications_repo
from api.db import conferences as repo
from api.db import delegates as delegates_repo
from api.domain.access import Actor
from api.domain.communications import documentary_status
from api.domain.conferences import (
    ComplianceStatus,
    Tier,
    Window,
    check_date_window,
    check_party_congress,
    tier_of,
)
from api.domain.delegates import DelegateList, allocations_fit, within_allocation
from api.domain.errors import DomainError
from api.domain.plans import exemplary_seats
from api.domain.submissions import State, percent, programme_status
from api.problems import NotFound
from api.schemas.conferences import (
    Compliance,
    ComplianceItem,
)
from api.services.conferences.access import sees_private
from api.services.conferences.programme import programme_state
from api.services.conferences.shaping import PlanCaps, assembly_of

T = TypeVar("T")


def _item(rule: str, status: str, key: str, facts: Callable[[], dict[str, Any]]) -> ComplianceItem:
    return ComplianceItem(rule=rule, status=ComplianceStatus(status), message=key, facts=facts())


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


async def _designations_up(
    session: AsyncSession, unit_id: uuid.UUID, parent_plan_id: uuid.UUID
) -> tuple[str, dict[str, Any]]:
    """A10, L1 — the issuer's designations to the parent plan's issuer's conference (the district
    to the province congress): within its allocation there, as a unit's to its district."""
    upper = await repo.issuer_conference_of(session, parent_plan_id)
    allocation = await repo.allocation_of(session, upper.id, unit_id) if upper is not None else None
    allocated = allocation.seats if allocation is not None else 0
    designated = await delegates_repo.designated_count(session, upper.id, unit_id) if upper is not None else 0
    status = "ok" if within_allocation(allocated, designated) else "error"
    facts = {
        "allocated": allocated,
        "designated": designated,
        "upper_conference_id": str(upper.id) if upper is not None else None,
    }
    return status, facts


class Extras(NamedTuple):
    """What a statement reads beside ``ComplianceFacts``: read per conference by ``compliance``,
    or for many conferences at once by grouped queries (the areas' report, L1)."""

    missing: list[tuple[uuid.UUID, str]]
    missing_count: int
    structure: dict[str, Any]
    programme: State | None
    allocated_total: int
    designations_up: tuple[str, dict[str, Any]] | None  # status and facts of A10 one level up (L1)
    documentary: uuid.UUID | None


async def compliance(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> Compliance:
    row = await repo.compliance_facts(session, conference_id)
    if row is None or not sees_private(actor, row.conference):
        raise NotFound  # X2
    conference, plan, unit = row.conference, row.plan, row.unit
    issuer = tier_of(conference.unit_id, conference.district_id) is Tier.ISSUER
    missing = await repo.units_without_conference(session, conference.plan_id, conference.district_id) if issuer else []
    extras = Extras(
        missing=missing,
        missing_count=len(missing),
        structure=await _structure(session, conference.id) if issuer else {},
        programme=await programme_state(session, conference.id) if unit.is_pilot else None,
        allocated_total=await repo.allocated_seats(session, conference.id) if issuer else 0,
        designations_up=(
            await _designations_up(session, conference.unit_id, plan.parent_plan_id)
            if issuer and plan.parent_plan_id is not None
            else None
        ),
        documentary=await communications_repo.documentary_of(session, conference.id),
    )
    return Compliance(conference_id=conference.id, items=items_of(row, plan, extras, _item))


class ConferenceFacts(Protocol):
    """What a statement reads of a conference (an entity, or a plain row over many)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def plan_id(self) -> uuid.UUID: ...
    @property
    def unit_id(self) -> uuid.UUID: ...
    @property
    def district_id(self) -> uuid.UUID: ...
    @property
    def held_on(self) -> dt.date: ...
    @property
    def finalized_at(self) -> dt.datetime | None: ...
    @property
    def has_documentary(self) -> bool: ...


class UnitFacts(Protocol):
    @property
    def headcount(self) -> int | None: ...
    @property
    def is_pilot(self) -> bool: ...
    @property
    def party_congress_date(self) -> dt.date | None: ...


class PlanFacts(PlanCaps, Protocol):
    """What a statement reads of the conference's plan (the entity, or a plain copy of it for a
    report over many conferences: ``PlanRules``)."""

    @property
    def issued_on(self) -> dt.date: ...
    @property
    def grassroots_conferences_due_on(self) -> dt.date: ...
    @property
    def district_conference_due_on(self) -> dt.date: ...
    @property
    def exemplary_share_percent(self) -> int: ...


class PlanRules(NamedTuple):
    """A plain copy of ``PlanFacts`` read once per plan: a report over many conferences reads
    them as tuple fields, not through the ORM's instrumented attributes."""

    issued_on: dt.date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date
    exemplary_share_percent: int
    full_assembly_headcount_cap: int
    delegate_assembly_cap: int
    district_conference_cap: int

    @classmethod
    def of(cls, plan: PlanFacts) -> PlanRules:
        return cls(*(getattr(plan, f) for f in cls._fields))


class Facts(Protocol):
    """``ComplianceFacts`` (one conference) or ``PlanFactsRow`` (many): the same fields but the plan."""

    @property
    def conference(self) -> ConferenceFacts: ...
    @property
    def unit(self) -> UnitFacts: ...
    @property
    def total(self) -> int: ...
    @property
    def exemplary(self) -> int: ...
    @property
    def invitees(self) -> int: ...
    @property
    def district_conference_id(self) -> uuid.UUID | None: ...
    @property
    def district_held_on(self) -> dt.date | None: ...
    @property
    def seats(self) -> int | None: ...
    @property
    def designated(self) -> int | None: ...


def items_of(
    row: Facts, plan: PlanFacts, extras: Extras, make: Callable[[str, str, str, Callable[[], dict[str, Any]]], T]
) -> list[T]:
    """Each rule's item for one conference, from its facts (no reads), each built by ``make`` from
    the rule, its status, its message key and its facts — a function building them, called by
    ``make`` at once if it needs them (``_item`` for the statement; where only the statuses count, the
    facts are never built)."""
    conference, unit = row.conference, row.unit
    tier = tier_of(conference.unit_id, conference.district_id)  # L2 — the issuer's, or a member's
    issuer = tier is Tier.ISSUER
    a = assembly_of(plan, unit, tier)
    total, exemplary, pilot_invitees = row.total, row.exemplary, row.invitees
    scheduled = row.district_conference_id is not None  # the issuer's conference, for C6 and A10
    delegate_list = DelegateList(
        district=issuer,
        headcount=unit.headcount,
        full_assembly_headcount_cap=plan.full_assembly_headcount_cap,
        delegate_assembly_cap=plan.delegate_assembly_cap,
        district_conference_cap=plan.district_conference_cap,
        finalized=conference.finalized_at is not None,
        unit_is_pilot=unit.is_pilot,
        share_percent=plan.exemplary_share_percent,
        counted=total,
        exemplary=exemplary,
        invitees=pilot_invitees,
    )
    composition = delegate_list.composition
    items: list[T] = []
    window = Window(plan.issued_on, plan.grassroots_conferences_due_on, plan.district_conference_due_on)
    deadline = plan.district_conference_due_on if issuer else plan.grassroots_conferences_due_on
    try:
        check_date_window(tier, conference.held_on, window)
        c4 = ("ok", "date_in_window")
    except DomainError:
        c4 = ("warning", "date_overridden")
    items.append(
        make(
            "C4",
            *c4,
            lambda: dict(
                held_on=conference.held_on.isoformat(), opens=plan.issued_on.isoformat(), deadline=deadline.isoformat()
            ),
        )
    )
    congress = unit.party_congress_date
    try:
        check_party_congress(conference.held_on, congress)
        c5 = ("ok", "before_congress" if congress else "no_congress_date")
    except DomainError:
        c5 = ("warning", "congress_overridden")
    items.append(make("C5", *c5, lambda: dict(party_congress_date=congress.isoformat() if congress else None)))
    if issuer:
        missing = extras.missing_count
        items.append(
            make(
                "C6",
                "warning" if missing else "ok",
                "grassroots_missing" if missing else "order_ok",
                lambda: dict(
                    missing_count=missing, missing_units=[{"id": str(i), "name": n} for i, n in extras.missing[:100]]
                ),
            )
        )
    else:
        items.append(
            make(
                "C6",
                "ok",
                "order_ok" if scheduled else "district_not_scheduled",
                lambda: dict(district_held_on=row.district_held_on.isoformat() if row.district_held_on else None),
            )
        )
    cap_status = delegate_list.cap_status()
    items.append(
        make(
            delegate_list.cap_rule,
            cap_status,
            "cap" if cap_status == "ok" else "over_cap",
            lambda: dict(
                assembly_mode=a.mode.value,
                cap=a.cap,
                count=composition.total,
                room=None if a.cap is None else a.cap - composition.total,
                over=None if a.cap is None else max(composition.total - a.cap, 0),
            ),
        )
    )
    a4_status = delegate_list.composition_status()
    items.append(
        make(
            "A4",
            a4_status,
            "composition_ok" if composition.ok else "composition_short",
            lambda: dict(**composition.facts()),
        )
    )
    if issuer:
        items.append(make("A6", "ok", "structure", lambda: dict(**extras.structure)))
    items.append(
        make(
            "A8",
            "ok",
            "list_finalized" if conference.finalized_at else "list_draft",
            lambda: dict(finalized=conference.finalized_at is not None),
        )
    )
    items.append(
        make("A9", "ok", "pilot_invitees", lambda: dict(is_pilot=unit.is_pilot, pilot_invitees=pilot_invitees))
    )
    if unit.is_pilot:  # P1 applies to pilot units' conferences only; the others show no P1 item
        state = extras.programme
        p1 = programme_status(unit.is_pilot, state)
        items.append(
            make(
                "P1",
                p1 or "ok",
                "programme_approved" if p1 == "ok" else "programme_not_appraised",
                lambda: dict(programme_state=state.value if state else None),
            )
        )
    if issuer:
        total_allocated = extras.allocated_total
        capacity = exemplary_seats(plan.district_conference_cap, plan.exemplary_share_percent)
        status = "ok" if allocations_fit(total_allocated, capacity) else "error"
        items.append(make("A10", status, "allocations", lambda: dict(allocated=total_allocated, capacity=capacity)))
        if extras.designations_up is not None:  # L1 — and its own designations one level up
            up_status, up_facts = extras.designations_up
            items.append(make("A10", up_status, "designations", lambda: dict(**up_facts)))
    else:
        allocated = (row.seats or 0) if scheduled else 0
        designated = (row.designated or 0) if scheduled else 0
        status = "ok" if within_allocation(allocated, designated) else "error"
        items.append(make("A10", status, "designations", lambda: dict(allocated=allocated, designated=designated)))
    reportage = extras.documentary
    m2 = documentary_status(conference.has_documentary, reportage is not None)
    items.append(
        make(
            "M2",
            m2,
            "documentary_missing"
            if m2 == "warning"
            else ("documentary_named" if conference.has_documentary else "no_documentary"),
            lambda: dict(
                has_documentary=conference.has_documentary,
                documentary_activity_id=str(reportage) if reportage else None,
            ),
        )
    )
    return items
