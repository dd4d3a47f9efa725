"""A3–A10 — delegate rules without a database, with the plan's boundaries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.domain.delegates import (
    Category,
    Composition,
    DelegateList,
    Person,
    check_allocations,
    check_cap,
    check_composition,
    check_designation,
    check_pilot_invitee,
    check_unlocked,
    counts_toward_cap,
    find_duplicates,
    same_person,
)
from api.domain.errors import DomainError


def test_A3_the_200th_delegate_fits_and_the_201st_does_not() -> None:
    check_cap(200, 199, 1)
    with pytest.raises(DomainError) as err:
        check_cap(200, 200, 1)
    assert (err.value.code, err.value.rule) == ("delegate_cap_exceeded", "A3")
    check_cap(None, 10_000, 10_000)  # a full assembly has no cap


def test_A3_a_bulk_import_that_would_pass_the_cap_is_refused_whole() -> None:
    with pytest.raises(DomainError) as err:
        check_cap(200, 150, 51)
    assert err.value.facts["room"] == 50


def test_A4_139_of_200_fails_and_140_of_200_passes() -> None:
    check_composition(Composition(total=200, exemplary=140, share_percent=70))
    with pytest.raises(DomainError) as err:
        check_composition(Composition(total=200, exemplary=139, share_percent=70))
    assert (err.value.code, err.value.rule) == ("composition_ratio_violated", "A4")
    assert err.value.facts["add_exemplary"] == 4
    assert err.value.facts["remove_others"] == 2


@given(st.integers(0, 400), st.integers(0, 400), st.integers(0, 99))
def test_A4_suggested_fixes_are_minimal_and_sufficient(total: int, exemplary: int, share: int) -> None:
    exemplary = min(exemplary, total)
    c = Composition(total, exemplary, share)
    if c.ok:
        assert c.add_exemplary == 0
        assert c.remove_others == 0
        return
    add, remove = c.add_exemplary, c.remove_others
    assert add is not None
    assert Composition(total + add, exemplary + add, share).ok
    assert not Composition(total + add - 1, exemplary + add - 1, share).ok
    assert remove <= c.others
    assert Composition(total - remove, exemplary, share).ok
    assert remove == 0 or not Composition(total - remove + 1, exemplary, share).ok


def test_A5_seven_exemplary_categories_and_two_others() -> None:
    from api.domain.delegates import EXEMPLARY

    assert len(EXEMPLARY) == 7
    assert Category.GUEST not in EXEMPLARY
    assert Category.LEADER not in EXEMPLARY


def test_A7_same_person_by_national_id_or_name_and_birth_date() -> None:
    a = Person("042095000123", "nguyen van a", "1980-01-01")
    assert same_person(a, Person("042095000123", "nguyen van b", None))
    assert not same_person(a, Person("042095000124", "nguyen van a", "1980-01-01"))
    assert same_person(Person(None, "tran thi b", "1990-02-02"), Person(None, "tran thi b", "1990-02-02"))
    assert not same_person(Person(None, "tran thi b", None), Person(None, "tran thi b", None))
    dups = find_duplicates(
        [a, Person(None, "le c", "2000-01-01"), Person("042095000123", "x", None), Person(None, "le c", "2000-01-01")]
    )
    assert dups == [(0, 2), (1, 3)]


def test_A8_a_finalized_list_is_locked() -> None:
    check_unlocked(False)
    with pytest.raises(DomainError) as err:
        check_unlocked(True)
    assert (err.value.code, err.value.rule) == ("delegate_list_locked", "A8")


def test_A9_pilot_invitees_only_at_pilot_units_and_not_counted() -> None:
    check_pilot_invitee(True, True)
    check_pilot_invitee(False, False)
    with pytest.raises(DomainError) as err:
        check_pilot_invitee(True, False)
    assert (err.value.code, err.value.rule) == ("pilot_invitee_not_allowed", "A9")
    assert not counts_toward_cap(True)
    assert counts_toward_cap(False)


def test_A10_allocations_fit_the_exemplary_seats() -> None:
    check_allocations({"u1": 200, "u2": 10}, 210)
    with pytest.raises(DomainError) as err:
        check_allocations({"u1": 200, "u2": 11}, 210)
    assert (err.value.code, err.value.rule) == ("allocation_exceeds_capacity", "A10")


def test_A10_designations_up_to_the_allocation_of_exemplary_delegates() -> None:
    check_designation(3, 2, Category.EMULATION_SOLDIER)
    with pytest.raises(DomainError) as err:
        check_designation(3, 3, Category.EMULATION_SOLDIER)
    assert (err.value.code, err.value.rule) == ("allocation_exceeded", "A10")
    with pytest.raises(DomainError):
        check_designation(3, 0, Category.GUEST)


# --- the delegate list as one aggregate (A3, A4, A8, A9, A1/A2) ---------------------------------


def _list(**kw: object) -> DelegateList:
    facts: dict[str, object] = {
        "district": False,
        "headcount": 450,  # a delegate assembly of at most 200
        "full_assembly_headcount_cap": 300,
        "delegate_assembly_cap": 200,
        "district_conference_cap": 300,
        "finalized": False,
        "unit_is_pilot": False,
        "share_percent": 70,
        "counted": 0,
        "exemplary": 0,
        "invitees": 0,
    }
    facts.update(kw)
    return DelegateList(**facts)  # type: ignore[arg-type]


def test_A3_the_list_takes_its_200th_delegate_not_its_201st() -> None:
    _list(counted=199).check_add(1)
    with pytest.raises(DomainError) as err:
        _list(counted=200).check_add(1)
    assert (err.value.code, err.value.rule, err.value.facts["room"]) == ("delegate_cap_exceeded", "A3", 0)
    with pytest.raises(DomainError):
        _list(counted=150).check_add(51)  # an import past the cap, whole
    _list(headcount=120, counted=5000).check_add(5000)  # a full assembly has no cap
    _list(district=True, counted=299).check_add(1)  # A2: the district conference's 300
    with pytest.raises(DomainError):
        _list(district=True, counted=300).check_add(1)


def test_A9_invitees_take_no_seat_and_need_a_pilot_unit() -> None:
    _list(counted=200, unit_is_pilot=True).check_add(0, invitees=5)  # a full list still takes invitees
    with pytest.raises(DomainError) as err:
        _list(counted=10).check_add(0, invitees=1)
    assert (err.value.code, err.value.rule) == ("pilot_invitee_not_allowed", "A9")
    # invitees count neither in the total nor among the exemplary (A4)
    assert _list(counted=10, exemplary=7, invitees=30).composition.ok


def test_A8_a_finalized_list_takes_no_add_and_no_second_finalize() -> None:
    locked = _list(finalized=True, counted=10, exemplary=10)
    for write in (locked.check_writable, locked.check_add, locked.check_finalize):
        with pytest.raises(DomainError) as err:
            write()
        assert (err.value.code, err.value.rule) == ("delegate_list_locked", "A8")


def test_A8_a_headcount_change_that_changes_a_finalized_list_s_assembly_is_refused() -> None:
    locked = _list(finalized=True, headcount=120)
    locked.check_headcount_change(250)  # still a full assembly: the same rules
    with pytest.raises(DomainError) as err:
        locked.check_headcount_change(450)  # a delegate assembly of 200
    assert (err.value.code, err.value.rule) == ("delegate_list_locked", "A8")
    _list(headcount=120).check_headcount_change(450)  # a draft list is judged as it stands


def test_A4_finalize_judges_the_share_in_a_delegate_assembly_only() -> None:
    _list(counted=200, exemplary=140).check_finalize()
    with pytest.raises(DomainError) as err:
        _list(counted=200, exemplary=139).check_finalize()
    assert (err.value.code, err.value.rule) == ("composition_ratio_violated", "A4")
    _list(headcount=120, counted=200, exemplary=10).check_finalize()  # a full assembly: a warning only
    assert _list(headcount=120, counted=200, exemplary=10).composition_status() == "warning"
    assert _list(counted=200, exemplary=10).composition_status() == "error"


def test_A1_finalize_refuses_a_list_over_its_cap() -> None:
    with pytest.raises(DomainError) as err:
        _list(counted=250, exemplary=250).check_finalize()
    assert (err.value.code, err.value.rule, err.value.facts["over"]) == ("delegate_cap_exceeded", "A1", 50)
    assert _list(counted=250).cap_status() == "error"
    assert _list(counted=200).cap_status() == "ok"
