"""The plan's parameters (SPEC §3): every number, deadline and level comes from the Plan."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from api.domain.errors import DomainError


class ConferenceForm(StrEnum):
    """C1 — hình thức hội nghị (§II.2): the three forms; a plan allows some of them at each level (L2)."""

    ADVANCED_EXEMPLARS = "advanced_exemplars"
    GOOD_PEOPLE_GOOD_DEEDS = "good_people_good_deeds"
    SKILLED_CREATIVE_WORKERS = "skilled_creative_workers"


# C1, L2 — plan 187's forms per level, the defaults of every plan: §II.2.2 the issuing level
# (the district conference) two of them, §II.2.1 the units under it any of the three.
PLAN_187_ISSUER_FORMS: tuple[ConferenceForm, ...] = (
    ConferenceForm.ADVANCED_EXEMPLARS,
    ConferenceForm.SKILLED_CREATIVE_WORKERS,
)
PLAN_187_MEMBER_FORMS: tuple[ConferenceForm, ...] = tuple(ConferenceForm)

# C8, L2 — the extras plan 187 names for a conference's programme (§II.3: "đại biểu thiếu nhi
# chào mừng, biểu diễn văn nghệ, trao tặng các hình thức khen thưởng"), at both levels: (key, title).
PLAN_187_EXTRAS: tuple[tuple[str, str], ...] = (
    ("children_greeting", "Đại biểu thiếu nhi chào mừng"),
    ("art_performance", "Biểu diễn văn nghệ"),
    ("award_presentation", "Trao tặng các hình thức khen thưởng"),
)

# the fields holding them, as the plan's parameters name them
FORM_FIELDS = ("issuer_forms", "member_forms")
EXTRA_FIELDS = ("issuer_agenda_extras", "member_agenda_extras")
EXTRA_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class PlanParameters:
    issued_on: dt.date
    edition: int
    period_start_year: int
    period_end_year: int
    review_period_start_year: int
    review_period_end_year: int
    unit_plan_due_on: dt.date
    district_compilation_due_on: dt.date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date
    full_assembly_headcount_cap: int
    delegate_assembly_cap: int
    district_conference_cap: int
    exemplary_share_percent: int
    issuer_forms: Sequence[str] = PLAN_187_ISSUER_FORMS
    member_forms: Sequence[str] = PLAN_187_MEMBER_FORMS
    issuer_agenda_extras: Sequence[tuple[str, str]] = PLAN_187_EXTRAS
    member_agenda_extras: Sequence[tuple[str, str]] = PLAN_187_EXTRAS


# SPEC §3 — the plan's deadlines; the last of them ends the span of days its units must exist (L3).
DEADLINES = (
    "unit_plan_due_on",
    "district_compilation_due_on",
    "grassroots_conferences_due_on",
    "district_conference_due_on",
)


def last_deadline(plan: object) -> dt.date:
    """L3 — the plan's last deadline (``DEADLINES`` read from a plan or its parameters)."""
    dates: list[dt.date] = [getattr(plan, name) for name in DEADLINES]
    return max(dates)


def _fail(field: str, reason: str, **facts: object) -> DomainError:
    return DomainError("validation_error", None, field=field, reason=reason, **facts)


def validate_plan(p: PlanParameters) -> None:
    """SPEC §3 — a plan is coherent: periods ordered, deadlines inside the campaign, caps positive.

    The campaign runs from the issue date to the end of the period's last year; the
    review period ends no later than the new period starts (2020–2025 → 2025–2030).
    """
    if p.edition < 1:
        raise _fail("edition", "positive")
    if p.period_start_year >= p.period_end_year:
        raise _fail("period_end_year", "period_order")
    if p.review_period_start_year >= p.review_period_end_year:
        raise _fail("review_period_end_year", "period_order")
    if p.review_period_end_year > p.period_start_year:
        raise _fail("review_period_end_year", "review_after_period")
    campaign_end = dt.date(p.period_end_year, 12, 31)
    for name in DEADLINES:
        value: dt.date = getattr(p, name)
        if not (p.issued_on <= value <= campaign_end):
            raise _fail(name, "deadline_outside_campaign")
    if p.grassroots_conferences_due_on > p.district_conference_due_on:
        raise _fail("district_conference_due_on", "district_before_grassroots")
    for name in ("full_assembly_headcount_cap", "delegate_assembly_cap", "district_conference_cap"):
        if getattr(p, name) < 1:
            raise _fail(name, "positive")
    if not (0 <= p.exemplary_share_percent <= 100):
        raise _fail("exemplary_share_percent", "share_range")
    for name in FORM_FIELDS:
        check_forms(name, getattr(p, name))
    for name in EXTRA_FIELDS:
        check_extras(name, getattr(p, name))


def check_forms(field: str, forms: Sequence[str]) -> None:
    """C1, L2 — the forms a plan allows at one level: at least one, each one of §II.2's three, once."""
    if not forms:
        raise _fail(field, "empty_list")
    known = {f.value for f in ConferenceForm}
    for n, form in enumerate(forms):
        if form not in known:
            raise _fail(f"{field}.{n}", "unknown_form", form=str(form))
        if form in forms[:n]:
            raise _fail(f"{field}.{n}", "duplicate", form=str(form))


def check_extras(field: str, extras: Sequence[tuple[str, str]]) -> None:
    """C8, L2 — the extras a plan names for one level's agenda: each a key (lower-case letters,
    digits, underscores) once, with the plan's wording. None at all is allowed: no extras."""
    keys: list[str] = []
    for n, (key, title) in enumerate(extras):
        if not EXTRA_KEY.fullmatch(key):
            raise _fail(f"{field}.{n}.key", "extra_key_format", key=key)
        if key in keys:
            raise _fail(f"{field}.{n}.key", "duplicate", key=key)
        if not title.strip():
            raise _fail(f"{field}.{n}.title", "blank")
        keys.append(key)


def plan_involves(issuer_unit_id: object, unit_id: object, unit_area_id: object) -> bool:
    """L2 — the units a plan organizes come from the unit tree: its issuer and the units in the
    issuer's area (``unit_area_id``: the unit's ``district_id``), whatever their levels — plan
    187's district and its grassroots units, a province and its communes after 2025."""
    return unit_id == issuer_unit_id or unit_area_id == issuer_unit_id


def receives_seats(
    issuer_unit_id: object, unit_id: object, unit_area_id: object, implementing_issuer_ids: frozenset[object]
) -> bool:
    """A10, L1 — seats at a plan's issuer's conference go one level up: to the units in the
    issuer's area that hold their conference in the plan, and to the issuers of the plans
    implementing it (the districts at the province congress) — never to the issuer itself."""
    if unit_id == issuer_unit_id:
        return False
    return unit_area_id == issuer_unit_id or unit_id in implementing_issuer_ids


def check_parent_plan(parent_issuer_id: object, issuer_ancestor_ids: frozenset[object]) -> None:
    """L1 — a plan implements a plan of a unit above its issuer (a district's plan, its province's)."""
    if parent_issuer_id not in issuer_ancestor_ids:
        raise DomainError("validation_error", "L1", field="parent_plan_id", reason="parent_issuer_not_above")


def roman(number: int) -> str:
    """The edition in Roman numerals (C7 uses it in titles): 8 → VIII."""
    if number < 1:
        raise ValueError("Roman numerals start at 1")
    pairs = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = []
    for value, letters in pairs:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def exemplary_seats(district_conference_cap: int, exemplary_share_percent: int) -> int:
    """A10 — exemplary seats at the district conference: the share of its cap (70 % of 300 = 210)."""
    return district_conference_cap * exemplary_share_percent // 100
