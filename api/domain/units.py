"""U1–U3 — the unit register: kind decides level, the tree, headcounts, blocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from api.domain.errors import DomainError


class UnitKind(StrEnum):
    """U1 — loại đơn vị: what a unit is (its level follows from it)."""

    COMMUNE = "commune"
    TOWN = "town"
    SCHOOL = "school"
    ENTERPRISE = "enterprise"
    AGENCY = "agency"
    DISTRICT = "district"
    PROVINCE = "province"


class Level(StrEnum):
    """U1 — cấp: grassroots (cơ sở), district (huyện) or province (tỉnh)."""

    GRASSROOTS = "grassroots"
    DISTRICT = "district"
    PROVINCE = "province"


GRASSROOTS_KINDS = frozenset({UnitKind.COMMUNE, UnitKind.TOWN, UnitKind.SCHOOL, UnitKind.ENTERPRISE, UnitKind.AGENCY})


def level_of(kind: UnitKind) -> Level:
    """U1 — a unit's level follows from its kind."""
    if kind is UnitKind.DISTRICT:
        return Level.DISTRICT
    if kind is UnitKind.PROVINCE:
        return Level.PROVINCE
    return Level.GRASSROOTS


@dataclass(frozen=True)
class ParentFacts:
    """What the rules need to know of a prospective parent."""

    id: str
    kind: UnitKind
    district_id: str | None  # the district the parent is or lies under
    ancestor_ids: frozenset[str] = frozenset()


def place_in_tree(kind: UnitKind, parent: ParentFacts | None, *, unit_id: str | None = None) -> str | None:
    """U1, L2 — check where a unit may hang and return the id of its area (``district_id``):
    the issuing unit it is or lies under (None for a province).

    A province has no parent; a district has none or a province; a grassroots unit lies under
    a district or (two-level government, since 2025-07-01) directly under a province, directly
    or through another grassroots unit. A unit is never its own ancestor.
    """
    level = level_of(kind)
    if level is Level.PROVINCE:
        if parent is not None:
            raise DomainError("invalid_unit", "U1", field="parent_id", reason="province_has_parent")
        return None
    if level is Level.DISTRICT:
        if parent is not None and parent.kind is not UnitKind.PROVINCE:
            raise DomainError("invalid_unit", "U1", field="parent_id", reason="district_parent_not_province")
        return unit_id
    if parent is None:
        raise DomainError("invalid_unit", "U1", field="parent_id", reason="grassroots_needs_district")
    # L2 — since 2025-07-01 (two-level government) a commune-level unit may lie directly under
    # a province: its area is the province. Under a district, or another grassroots unit, the
    # area is the district's as before.
    area = parent.id if level_of(parent.kind) is Level.PROVINCE else parent.district_id
    if area is None:
        raise DomainError("invalid_unit", "U1", field="parent_id", reason="grassroots_needs_district")
    if unit_id is not None and (parent.id == unit_id or unit_id in parent.ancestor_ids):
        raise DomainError("invalid_unit", "U1", field="parent_id", reason="cycle")
    return area


HEADCOUNT_MAX = 10_000_000  # U2 — beyond any unit's staff, and within a database integer

# C5 — a Party congress date is plausible: not before the Party's founding (1930-02-03) and
# within ten years from today.
PARTY_CONGRESS_EARLIEST = dt.date(1930, 2, 3)
PARTY_CONGRESS_YEARS_AHEAD = 10


def check_headcount(kind: UnitKind, headcount: int | None) -> None:
    """U2 — a grassroots unit has a headcount, a whole number ≥ 0 (and a plausible one)."""
    if headcount is not None and headcount < 0:
        raise DomainError("invalid_unit", "U2", field="headcount", reason="negative")
    if headcount is not None and headcount > HEADCOUNT_MAX:
        raise DomainError("invalid_unit", "U2", field="headcount", reason="too_large", maximum=HEADCOUNT_MAX)
    if level_of(kind) is Level.GRASSROOTS and headcount is None:
        raise DomainError("invalid_unit", "U2", field="headcount", reason="required")


def check_party_congress_date(value: dt.date | None, today: dt.date) -> None:
    """C5 — the Party congress date a unit records lies in a plausible range."""
    if value is None:
        return
    latest = today.replace(year=today.year + PARTY_CONGRESS_YEARS_AHEAD, day=min(today.day, 28))
    if not (PARTY_CONGRESS_EARLIEST <= value <= latest):
        raise DomainError(
            "validation_error",
            "C5",
            field="party_congress_date",
            reason="date_out_of_range",
            earliest=PARTY_CONGRESS_EARLIEST.isoformat(),
            latest=latest.isoformat(),
        )


def check_block_membership(unit_id: str, current_block_id: str | None, block_id: str) -> None:
    """U3 — a unit belongs to at most one emulation block: leave the other one first."""
    if current_block_id is not None and current_block_id != block_id:
        raise DomainError(
            "unit_in_other_block",
            "U3",
            field="member_ids",
            unit_id=unit_id,
            block_id=current_block_id,
        )


def check_block_member_district(unit_id: str, unit_district_id: str | None, block_district_id: str) -> None:
    """U3 — a block groups units of its own district."""
    if unit_district_id != block_district_id:
        raise DomainError(
            "validation_error",
            "U3",
            field="member_ids",
            reason="member_outside_district",
            unit_id=unit_id,
        )


# --- L3 date-effective units ---------------------------------------------------------------------

# L3 — the first day of a unit registered without ``valid_from`` (and of every unit registered
# before units were dated): the register's beginning of time, so such a unit is valid for every plan.
REGISTER_START = dt.date(1900, 1, 1)

# L3 — an official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg: the list of administrative
# units): digits only, 2 for a province, 5 for a commune-level unit (xã, phường, thị trấn); a district
# keeps the 3 digits of the list it was coded in before 2025. Schools, enterprises and agencies are not
# administrative units and carry none.
ADMIN_CODE_DIGITS: dict[UnitKind, int] = {
    UnitKind.PROVINCE: 2,
    UnitKind.DISTRICT: 3,
    UnitKind.COMMUNE: 5,
    UnitKind.TOWN: 5,
}


@dataclass(frozen=True)
class Validity:
    """L3 — the days a unit exists: from ``valid_from`` through ``valid_to`` (its last day; None: still open)."""

    valid_from: dt.date
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def check_admin_code(kind: UnitKind, code: str | None, *, field: str = "admin_code") -> None:
    """L3 — an official code, when given, is the digits its kind takes (``ADMIN_CODE_DIGITS``)."""
    if code is None:
        return
    digits = ADMIN_CODE_DIGITS.get(kind)
    if digits is None:
        raise DomainError("invalid_unit", "L3", field=field, reason="admin_code_not_administrative")
    if len(code) != digits or not (code.isascii() and code.isdigit()):
        raise DomainError("invalid_unit", "L3", field=field, reason="admin_code_format", digits=digits)


def check_valid_for_plan(
    validity: Validity, issued_on: dt.date, last_deadline: dt.date, *, field: str = "unit_id"
) -> None:
    """L3 — a plan involves only units valid from its issue date through its last deadline
    (``valid_to`` is the unit's last day: a unit closing on the last deadline still serves)."""
    if validity.valid_from > issued_on:
        raise DomainError(
            "invalid_unit",
            "L3",
            field=field,
            reason="unit_not_valid_for_plan",
            valid_from=validity.valid_from.isoformat(),
            issued_on=issued_on.isoformat(),
        )
    if validity.valid_to is not None and validity.valid_to < last_deadline:
        raise DomainError(
            "invalid_unit",
            "L3",
            field=field,
            reason="unit_closed_during_plan",
            valid_to=validity.valid_to.isoformat(),
            last_deadline=last_deadline.isoformat(),
        )


@dataclass(frozen=True)
class MergedFacts:
    """What L3 needs to know of a unit to be merged."""

    id: str
    kind: UnitKind
    parent_id: str | None
    validity: Validity
    has_open_children: bool = False


def merge_closing_day(effective_on: dt.date) -> dt.date:
    """L3 — the merged units' last day: the day before the new unit's first."""
    return effective_on - dt.timedelta(days=1)


def _check_closable(unit: MergedFacts, effective_on: dt.date, field: str) -> None:
    """L3 — a unit a merge or a split closes: open, valid before the effective date (so it keeps
    at least one day), with no unit still open under it."""
    if unit.validity.valid_to is not None:
        raise DomainError(
            "invalid_unit",
            "L3",
            field=field,
            reason="unit_already_closed",
            unit_id=unit.id,
            valid_to=unit.validity.valid_to.isoformat(),
        )
    if effective_on <= unit.validity.valid_from:
        raise DomainError(
            "invalid_unit",
            "L3",
            field="effective_on",
            reason="merge_before_valid_from",
            unit_id=unit.id,
            valid_from=unit.validity.valid_from.isoformat(),
        )
    if unit.has_open_children:
        raise DomainError("invalid_unit", "L3", field=field, reason="merge_has_open_children", unit_id=unit.id)


def check_merge(units: list[MergedFacts], successor_kind: UnitKind, effective_on: dt.date) -> None:
    """L3 — a merge closes two or more open units of one parent, all of the new unit's level,
    each closable on the effective date; the new unit opens on the effective date under the
    same parent."""
    if len({u.id for u in units}) < 2:
        raise DomainError("invalid_unit", "L3", field="unit_ids", reason="merge_needs_two_units")
    for unit in units:
        _check_closable(unit, effective_on, "unit_ids")
        if level_of(unit.kind) is not level_of(successor_kind):
            raise DomainError("invalid_unit", "L3", field="kind", reason="merge_level_mismatch", unit_id=unit.id)
    if len({u.parent_id for u in units}) > 1:
        raise DomainError("invalid_unit", "L3", field="unit_ids", reason="merge_different_parents")


def check_split(unit: MergedFacts, successor_kinds: list[UnitKind], effective_on: dt.date) -> None:
    """L3 — a split (chia tách) closes one open unit, closable on the effective date, and opens two
    or more units of its level under its parent on that date; the closed unit names them all as
    its successors."""
    if len(successor_kinds) < 2:
        raise DomainError("invalid_unit", "L3", field="units", reason="split_needs_two_units")
    _check_closable(unit, effective_on, "unit_id")
    for index, kind in enumerate(successor_kinds):
        if level_of(kind) is not level_of(unit.kind):
            raise DomainError("invalid_unit", "L3", field=f"units[{index}].kind", reason="merge_level_mismatch")


# --- Q1 search: the unit whose own name matches comes first ----------------------------------------

# The words a unit's name starts with to say what kind of unit it is (folded, Q1), longest first:
# "xã Gia Phố" is named Gia Phố, "Trường THCS Gia Phố" too.
KIND_WORDS: tuple[str, ...] = tuple(
    sorted(
        (
            "xa",
            "phuong",
            "thi tran",
            "thi xa",
            "thanh pho",
            "huyen",
            "quan",
            "tinh",
            "truong",
            "truong mam non",
            "truong tieu hoc",
            "truong thcs",
            "truong thpt",
            "truong trung hoc co so",
            "truong trung hoc pho thong",
            "truong tieu hoc va thcs",
            "truong ptdtbt",
            "truong pt dtnt",
            "cong ty",
            "cong ty tnhh",
            "cong ty co phan",
            "cong ty cp",
            "hop tac xa",
            "htx",
            "ubnd",
            "ubnd xa",
            "ubnd huyen",
            "uy ban nhan dan",
            "co quan",
        ),
        key=lambda words: (-len(words), words),
    )
)
EXACT, NAME_PREFIX, ELSEWHERE = 0, 1, 2  # search ranks, best first


def search_names(query_words: str) -> tuple[str, ...]:
    """The folded names that are the query's words as a unit's own name: the words themselves,
    and after each kind word ("gia pho", "xa gia pho", "truong thcs gia pho", …)."""
    return (query_words, *(f"{kind} {query_words}" for kind in KIND_WORDS))


def search_rank(name_folded: str, query_words: str) -> int:
    """Q1 — how well a unit's folded name answers a search (every query word already matched
    as a word prefix): ``EXACT`` when the name, or its own name after the kind words, is the
    query's words; ``NAME_PREFIX`` when one of them starts with them; ``ELSEWHERE`` when the
    words only occur further in ("Phòng Nông nghiệp xã Gia Phố" for "gia pho").
    ``api.db.units`` computes the same in SQL from ``search_names``, so pages are cut in this
    order."""
    names = search_names(query_words)
    if name_folded in names:
        return EXACT
    if name_folded.startswith(names):
        return NAME_PREFIX
    return ELSEWHERE
