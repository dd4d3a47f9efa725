"""U1–U3 — the unit register's rules, without a database."""

import pytest

from api.domain.errors import DomainError
from api.domain.units import (
    Level,
    ParentFacts,
    UnitKind,
    check_block_membership,
    check_headcount,
    level_of,
    place_in_tree,
)

DISTRICT = ParentFacts(id="d1", kind=UnitKind.DISTRICT, district_id="d1")
PROVINCE = ParentFacts(id="p1", kind=UnitKind.PROVINCE, district_id=None)
COMMUNE = ParentFacts(id="c1", kind=UnitKind.COMMUNE, district_id="d1", ancestor_ids=frozenset({"d1", "p1"}))


@pytest.mark.parametrize(
    ("kind", "level"),
    [
        (UnitKind.COMMUNE, Level.GRASSROOTS),
        (UnitKind.TOWN, Level.GRASSROOTS),
        (UnitKind.SCHOOL, Level.GRASSROOTS),
        (UnitKind.ENTERPRISE, Level.GRASSROOTS),
        (UnitKind.AGENCY, Level.GRASSROOTS),
        (UnitKind.DISTRICT, Level.DISTRICT),
        (UnitKind.PROVINCE, Level.PROVINCE),
    ],
)
def test_U1_level_follows_from_kind(kind: UnitKind, level: Level) -> None:
    assert level_of(kind) is level


def test_U1_grassroots_unit_lies_under_a_district() -> None:
    assert place_in_tree(UnitKind.COMMUNE, DISTRICT) == "d1"
    assert place_in_tree(UnitKind.SCHOOL, COMMUNE) == "d1"


@pytest.mark.parametrize("parent", [None])
def test_U1_grassroots_unit_without_district_ancestor_is_invalid(parent: ParentFacts | None) -> None:
    with pytest.raises(DomainError) as err:
        place_in_tree(UnitKind.COMMUNE, parent)
    assert (err.value.code, err.value.rule, err.value.field) == ("invalid_unit", "U1", "parent_id")


def test_L2_commune_lies_directly_under_a_province_its_area() -> None:
    """Two-level government (since 2025-07-01): a commune under the province, no district."""
    assert place_in_tree(UnitKind.COMMUNE, PROVINCE) == PROVINCE.id


def test_U1_district_has_no_parent_or_a_province() -> None:
    assert place_in_tree(UnitKind.DISTRICT, None, unit_id="new") == "new"
    assert place_in_tree(UnitKind.DISTRICT, PROVINCE, unit_id="new") == "new"
    with pytest.raises(DomainError):
        place_in_tree(UnitKind.DISTRICT, DISTRICT, unit_id="new")


def test_U1_province_has_no_parent() -> None:
    assert place_in_tree(UnitKind.PROVINCE, None) is None
    with pytest.raises(DomainError):
        place_in_tree(UnitKind.PROVINCE, PROVINCE)


def test_U1_a_unit_is_never_its_own_ancestor() -> None:
    with pytest.raises(DomainError) as err:
        place_in_tree(UnitKind.COMMUNE, COMMUNE, unit_id="c1")
    assert err.value.facts["reason"] == "cycle"
    child = ParentFacts(id="s1", kind=UnitKind.SCHOOL, district_id="d1", ancestor_ids=frozenset({"c1", "d1"}))
    with pytest.raises(DomainError):
        place_in_tree(UnitKind.COMMUNE, child, unit_id="c1")


def test_U2_grassroots_headcount_is_required_and_not_negative() -> None:
    check_headcount(UnitKind.COMMUNE, 0)
    check_headcount(UnitKind.COMMUNE, 300)
    with pytest.raises(DomainError) as missing:
        check_headcount(UnitKind.COMMUNE, None)
    assert (missing.value.code, missing.value.rule) == ("invalid_unit", "U2")
    with pytest.raises(DomainError):
        check_headcount(UnitKind.SCHOOL, -1)


def test_U2_district_headcount_is_optional() -> None:
    check_headcount(UnitKind.DISTRICT, None)


def test_U3_a_unit_joins_at_most_one_block() -> None:
    check_block_membership("u1", None, "b1")
    check_block_membership("u1", "b1", "b1")
    with pytest.raises(DomainError) as err:
        check_block_membership("u1", "b2", "b1")
    assert (err.value.code, err.value.rule) == ("unit_in_other_block", "U3")


def test_unit_search_ranks_own_name_first() -> None:
    from api.domain.text import fold
    from api.domain.units import ELSEWHERE, EXACT, NAME_PREFIX, search_rank

    assert search_rank(fold("xã Gia Phố"), "gia pho") == EXACT
    assert search_rank(fold("Trường THCS Gia Phố"), "gia pho") == EXACT
    assert search_rank(fold("Gia Phố"), "gia pho") == EXACT
    assert search_rank(fold("xã Gia Phố"), "xa gia pho") == EXACT
    assert search_rank(fold("Công ty TNHH Gia Phong"), "gia pho") == NAME_PREFIX
    assert search_rank(fold("xã Gia Phố Mới"), "gia pho") == NAME_PREFIX
    assert search_rank(fold("Phòng Nông nghiệp xã Gia Phố"), "gia pho") == ELSEWHERE
    assert search_rank(fold("Hội Nông dân - Gia Phố"), "gia pho") == ELSEWHERE
    assert search_rank(fold("Trường Tiểu học và THCS Gia Phố"), "gia pho") == EXACT
