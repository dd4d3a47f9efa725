"""A3–A10 — delegate rules without a database, with the plan's boundaries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.domain.delegates import (
    Category,
    Composition,
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
