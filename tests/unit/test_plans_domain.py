"""SPEC §3 — a plan's parameters are coherent; the derived numbers the rules read."""

import dataclasses
import datetime as dt

import pytest

from api.domain.errors import DomainError
from api.domain.plans import PlanParameters, exemplary_seats, roman, validate_plan

PLAN_187 = PlanParameters(
    issued_on=dt.date(2024, 10, 11),
    edition=8,
    period_start_year=2025,
    period_end_year=2030,
    review_period_start_year=2020,
    review_period_end_year=2025,
    unit_plan_due_on=dt.date(2024, 11, 10),
    district_compilation_due_on=dt.date(2025, 1, 31),
    grassroots_conferences_due_on=dt.date(2025, 3, 31),
    district_conference_due_on=dt.date(2025, 6, 30),
    full_assembly_headcount_cap=300,
    delegate_assembly_cap=200,
    district_conference_cap=300,
    exemplary_share_percent=70,
)


def test_plan_187_is_valid() -> None:
    validate_plan(PLAN_187)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"period_end_year": 2025}, "period_end_year"),
        ({"review_period_end_year": 2026}, "review_period_end_year"),
        ({"grassroots_conferences_due_on": dt.date(2024, 10, 10)}, "grassroots_conferences_due_on"),
        ({"district_conference_due_on": dt.date(2031, 1, 1)}, "district_conference_due_on"),
        ({"district_conference_due_on": dt.date(2025, 3, 30)}, "district_conference_due_on"),
        ({"delegate_assembly_cap": 0}, "delegate_assembly_cap"),
        ({"exemplary_share_percent": 101}, "exemplary_share_percent"),
        ({"exemplary_share_percent": -1}, "exemplary_share_percent"),
    ],
)
def test_plan_parameters_are_checked(change: dict[str, object], field: str) -> None:
    with pytest.raises(DomainError) as err:
        validate_plan(dataclasses.replace(PLAN_187, **change))  # type: ignore[arg-type]
    assert err.value.field == field


def test_A10_district_exemplary_seats_are_the_share_of_the_cap() -> None:
    assert exemplary_seats(300, 70) == 210
    assert exemplary_seats(299, 70) == 209


@pytest.mark.parametrize(
    ("n", "text"), [(1, "I"), (4, "IV"), (8, "VIII"), (9, "IX"), (14, "XIV"), (40, "XL"), (1994, "MCMXCIV")]
)
def test_C7_edition_in_roman_numerals(n: int, text: str) -> None:
    assert roman(n) == text
