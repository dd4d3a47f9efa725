"""C1–C8, A1–A2 — conference rules without a database, with the plan's boundaries."""

import datetime as dt

import pytest

from api.domain.conferences import (
    EXTRAS,
    AssemblyMode,
    Form,
    Session,
    Slot,
    Tier,
    Window,
    agenda_spec,
    assembly_for,
    build_agenda,
    check_date_window,
    check_form,
    check_order,
    check_party_congress,
    decree30_date,
    default_agenda,
    reconcile_agenda,
    title_lines,
)
from api.domain.errors import DomainError
from api.domain.plans import PLAN_187_ISSUER_FORMS, PLAN_187_MEMBER_FORMS

PLAN = {"full_assembly_headcount_cap": 300, "delegate_assembly_cap": 200, "district_conference_cap": 300}
WINDOW = Window(dt.date(2024, 10, 11), dt.date(2025, 3, 31), dt.date(2025, 6, 30))
SPEC = agenda_spec((2020, 2025), (2025, 2030))
FORMS = {"issuer_forms": PLAN_187_ISSUER_FORMS, "member_forms": PLAN_187_MEMBER_FORMS}  # plan 187's


@pytest.mark.parametrize("form", list(Form))
def test_C1_grassroots_may_use_any_form(form: Form) -> None:
    check_form(Tier.MEMBER, form, **FORMS)


def test_C1_district_only_advanced_exemplars_or_skilled_creative_workers() -> None:
    check_form(Tier.ISSUER, Form.ADVANCED_EXEMPLARS, **FORMS)
    check_form(Tier.ISSUER, Form.SKILLED_CREATIVE_WORKERS, **FORMS)
    with pytest.raises(DomainError) as err:
        check_form(Tier.ISSUER, Form.GOOD_PEOPLE_GOOD_DEEDS, **FORMS)
    assert (err.value.code, err.value.rule) == ("conference_form_not_allowed", "C1")


def test_C1_forms_per_tier_come_from_the_plan() -> None:
    """L2 — a plan allowing good_people_good_deeds at its issuer's conference, and only it below."""
    forms = {"issuer_forms": ["good_people_good_deeds"], "member_forms": ["advanced_exemplars"]}
    check_form(Tier.ISSUER, Form.GOOD_PEOPLE_GOOD_DEEDS, **forms)
    with pytest.raises(DomainError):
        check_form(Tier.ISSUER, Form.ADVANCED_EXEMPLARS, **forms)
    with pytest.raises(DomainError):
        check_form(Tier.MEMBER, Form.GOOD_PEOPLE_GOOD_DEEDS, **forms)


@pytest.mark.parametrize(
    ("headcount", "mode", "cap"),
    [
        (299, AssemblyMode.FULL_ASSEMBLY, None),
        (300, AssemblyMode.FULL_ASSEMBLY, None),
        (301, AssemblyMode.DELEGATE_ASSEMBLY, 200),
        (0, AssemblyMode.FULL_ASSEMBLY, None),
    ],
)
def test_A1_mode_by_headcount_299_300_301(headcount: int, mode: AssemblyMode, cap: int | None) -> None:
    a = assembly_for(Tier.MEMBER, headcount, **PLAN)
    assert (a.mode, a.cap) == (mode, cap)


def test_A1_thresholds_come_from_the_plan() -> None:
    a = assembly_for(
        Tier.MEMBER, 151, full_assembly_headcount_cap=150, delegate_assembly_cap=120, district_conference_cap=250
    )
    assert (a.mode, a.cap) == (AssemblyMode.DELEGATE_ASSEMBLY, 120)


def test_A2_district_conference_cap_300() -> None:
    a = assembly_for(Tier.ISSUER, 5000, **PLAN)
    assert (a.mode, a.cap) == (AssemblyMode.DELEGATE_ASSEMBLY, 300)


def test_C4_31_march_is_in_and_1_april_is_out_for_grassroots() -> None:
    check_date_window(Tier.MEMBER, dt.date(2025, 3, 31), WINDOW)
    with pytest.raises(DomainError) as err:
        check_date_window(Tier.MEMBER, dt.date(2025, 4, 1), WINDOW)
    assert (err.value.code, err.value.rule) == ("conference_date_out_of_window", "C4")


def test_C4_district_deadline_and_issue_date() -> None:
    check_date_window(Tier.ISSUER, dt.date(2025, 6, 30), WINDOW)
    with pytest.raises(DomainError):
        check_date_window(Tier.ISSUER, dt.date(2025, 7, 1), WINDOW)
    check_date_window(Tier.MEMBER, dt.date(2024, 10, 11), WINDOW)
    with pytest.raises(DomainError):
        check_date_window(Tier.MEMBER, dt.date(2024, 10, 10), WINDOW)


def test_C5_the_day_of_the_party_congress_is_too_late() -> None:
    congress = dt.date(2025, 3, 20)
    check_party_congress(dt.date(2025, 3, 19), congress)
    with pytest.raises(DomainError) as err:
        check_party_congress(congress, congress)
    assert (err.value.code, err.value.rule) == ("conference_after_party_congress", "C5")
    check_party_congress(dt.date(2025, 3, 30), None)


def test_C6_district_strictly_after_every_grassroots_conference() -> None:
    district = Slot(dt.date(2025, 5, 20), Session.MORNING)
    check_order(district, [Slot(dt.date(2025, 3, 1), Session.AFTERNOON), Slot(dt.date(2025, 5, 19), Session.AFTERNOON)])
    with pytest.raises(DomainError) as err:
        check_order(district, [Slot(dt.date(2025, 5, 20), Session.MORNING)])
    assert (err.value.code, err.value.rule) == ("conference_order_violated", "C6")
    with pytest.raises(DomainError):
        check_order(district, [Slot(dt.date(2025, 5, 21), Session.MORNING)])
    # same day: a morning grassroots conference before an afternoon district one is in order
    check_order(Slot(dt.date(2025, 5, 20), Session.AFTERNOON), [Slot(dt.date(2025, 5, 20), Session.MORNING)])
    check_order(None, [Slot(dt.date(2025, 5, 21), Session.MORNING)])


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2025, 1, 5), "ngày 05 tháng 01 năm 2025"),
        (dt.date(2025, 3, 15), "ngày 15 tháng 3 năm 2025"),
        (dt.date(2025, 2, 9), "ngày 09 tháng 02 năm 2025"),
        (dt.date(2025, 12, 25), "ngày 25 tháng 12 năm 2025"),
    ],
)
def test_C7_decree_30_dates_day_5_and_15_january_and_march(day: dt.date, text: str) -> None:
    assert decree30_date(day) == text


def test_C7_title_has_three_lines_with_roman_edition() -> None:
    assert title_lines("xã Hương Thủy", 8, 2025, 2030, "Hương Thủy", dt.date(2025, 3, 15)) == [
        "Hội nghị điển hình tiên tiến xã Hương Thủy",
        "Lần thứ VIII (2025 - 2030)",
        "Hương Thủy, ngày 15 tháng 3 năm 2025",
    ]


def _keys(items: list) -> list[str]:  # type: ignore[type-arg]
    return [i.key for i in items]


def test_C8_default_agenda_follows_the_flags() -> None:
    plain = _keys(default_agenda(SPEC, {}))
    assert plain[0] == "welcome"
    assert plain[-1] == "closing"
    assert "documentary" not in plain
    assert "flag_salute" not in plain
    assert "exchange" not in plain
    full = _keys(default_agenda(SPEC, {"has_documentary": True, "is_congress": True, "has_exchange": True}))
    assert full[:4] == ["welcome", "documentary", "flag_salute", "opening"]
    assert full.index("exchange") == full.index("presentations") + 1
    assert len(full) == 13


def test_C8_mandatory_items_cannot_be_dropped_or_reordered() -> None:
    keys = _keys(default_agenda(SPEC, {}))
    with pytest.raises(DomainError) as dropped:
        build_agenda(SPEC, {}, [(k, None) for k in keys if k != "honouring"], EXTRAS)
    assert (dropped.value.code, dropped.value.rule) == ("agenda_invalid", "C8")
    swapped = keys.copy()
    swapped[1], swapped[2] = swapped[2], swapped[1]
    with pytest.raises(DomainError):
        build_agenda(SPEC, {}, [(k, None) for k in swapped], EXTRAS)


def test_C8_extras_between_first_and_last_mandatory_item_with_times() -> None:
    keys = _keys(default_agenda(SPEC, {}))
    wanted = [(keys[0], dt.time(7, 30)), ("children_greeting", dt.time(7, 45))] + [(k, None) for k in keys[1:]]
    items = build_agenda(SPEC, {}, wanted, EXTRAS)
    assert items[1].kind == "extra"
    with pytest.raises(DomainError):
        build_agenda(SPEC, {}, [("art_performance", None)] + [(k, None) for k in keys], EXTRAS)
    with pytest.raises(DomainError):
        build_agenda(
            SPEC, {}, [(keys[0], dt.time(9, 0)), (keys[1], dt.time(8, 0))] + [(k, None) for k in keys[2:]], EXTRAS
        )


def test_C8_conditional_items_only_with_their_flag() -> None:
    keys = _keys(default_agenda(SPEC, {}))
    with pytest.raises(DomainError) as err:
        build_agenda(SPEC, {}, [(keys[0], None), ("flag_salute", None)] + [(k, None) for k in keys[1:]], EXTRAS)
    assert err.value.facts["reason"] == "flag_not_set"
    with pytest.raises(DomainError):
        build_agenda(SPEC, {}, [(k, None) for k in keys] + [("unknown", None)], EXTRAS)


def test_C8_flag_change_adds_or_drops_the_item_in_place() -> None:
    keys = _keys(default_agenda(SPEC, {}))
    current = build_agenda(
        SPEC, {}, [(keys[0], None), ("art_performance", None)] + [(k, None) for k in keys[1:]], EXTRAS
    )
    with_flag = reconcile_agenda(SPEC, {"is_congress": True}, current)
    assert _keys(with_flag)[:4] == ["welcome", "art_performance", "flag_salute", "opening"]
    assert _keys(reconcile_agenda(SPEC, {}, with_flag)) == _keys(current)
