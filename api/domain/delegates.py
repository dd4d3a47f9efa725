"""A1–A10 — delegates: categories, caps, composition, duplicates, delegation upward."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.domain.conferences import Assembly, AssemblyMode, Tier, assembly_for
from api.domain.errors import DomainError
from api.domain.submissions import State as ProgrammeState
from api.domain.submissions import check_programme_appraised


class DelegateCategory(StrEnum):
    """A5 — the seven exemplary categories, then guests and leaders."""

    HERO = "hero"
    EMULATION_SOLDIER = "emulation_soldier"
    EXEMPLAR = "exemplar"
    HCM_EXEMPLAR = "hcm_exemplar"
    DIRECT_WORKER = "direct_worker"
    GOOD_DEED = "good_deed"
    PROVINCE_COMMENDED = "province_commended"
    GUEST = "guest"
    LEADER = "leader"


Category = DelegateCategory  # the short name inside the code; the contract says DelegateCategory


EXEMPLARY = frozenset(
    {
        Category.HERO,
        Category.EMULATION_SOLDIER,
        Category.EXEMPLAR,
        Category.HCM_EXEMPLAR,
        Category.DIRECT_WORKER,
        Category.GOOD_DEED,
        Category.PROVINCE_COMMENDED,
    }
)


# A6 — an ethnic minority delegate is one whose ethnicity is recorded and is other than Kinh
# (compared in lower case).
MAJORITY_ETHNICITY = "kinh"


class Gender(StrEnum):
    """Giới tính."""

    MALE = "male"
    FEMALE = "female"


class EconomicSector(StrEnum):
    """A6 — thành phần kinh tế, for the district structure report."""

    STATE = "state"
    COLLECTIVE = "collective"
    PRIVATE = "private"
    FOREIGN_INVESTED = "foreign_invested"
    OTHER = "other"


class ListState(StrEnum):
    """A8 — the delegate list is being drafted, or finalized (chốt danh sách đại biểu): then
    frozen until the district admin reopens it."""

    DRAFT = "draft"
    FINALIZED = "finalized"


class ExportFormat(StrEnum):
    """The file a delegate list is exported as: an Excel workbook or CSV (UTF-8)."""

    XLSX = "xlsx"
    CSV = "csv"


# --- A3, A4, A7, A9, A10 ------------------------------------------------------------------------


def check_cap(cap: int | None, counted: int, adding: int = 0, *, rule: str = "A3") -> None:
    """A1–A3 — the one check of a list's cap: at every write (single adds, bulk imports,
    designations upward: ``adding`` > 0, rule A3) and of the list as it stands (compliance and
    finalize: ``adding`` = 0, rule A1 or A2) — a list filled as a full assembly is over its cap
    once the unit's headcount makes it a delegate assembly."""
    if cap is not None and counted + adding > cap:
        over: dict[str, Any] = {"reason": "over_cap", "over": counted - cap} if adding == 0 else {}
        raise DomainError(
            "delegate_cap_exceeded", rule, cap=cap, count=counted, adding=adding, room=max(cap - counted, 0), **over
        )


def cap_rule(district: bool) -> str:
    """A1 for a grassroots conference's cap, A2 for the district conference's."""
    return "A2" if district else "A1"


@dataclass(frozen=True)
class Composition:
    total: int
    exemplary: int
    share_percent: int

    @property
    def others(self) -> int:
        return self.total - self.exemplary

    @property
    def ok(self) -> bool:
        """A4 — exactly in integers: 100 × exemplary ≥ share × total (10 × ex ≥ 7 × total at 70 %)."""
        return 100 * self.exemplary >= self.share_percent * self.total

    @property
    def add_exemplary(self) -> int | None:
        """How many exemplary delegates to add; None when no number would do (a 100 % share)."""
        if self.ok:
            return 0
        if self.share_percent >= 100:
            return None
        need = self.share_percent * self.total - 100 * self.exemplary
        return -(-need // (100 - self.share_percent))

    @property
    def remove_others(self) -> int:
        """How many guests or leaders to remove."""
        if self.ok:
            return 0
        if self.share_percent == 0:
            return 0
        keep = (100 * self.exemplary) // self.share_percent
        return max(self.total - keep, 0)

    def facts(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "exemplary": self.exemplary,
            "others": self.others,
            "share_percent": self.share_percent,
            "add_exemplary": self.add_exemplary,
            "remove_others": self.remove_others,
        }


def check_composition(composition: Composition) -> None:
    """A4 — §II.2.1, §II.2.2: checked when a delegate assembly's list is finalized."""
    if not composition.ok:
        raise DomainError("composition_ratio_violated", "A4", **composition.facts())


def check_unlocked(finalized: bool) -> None:
    """A8 — a finalized list is locked until the organizer reopens it."""
    if finalized:
        raise DomainError("delegate_list_locked", "A8")


@dataclass(frozen=True)
class DelegateList:
    """A1–A4, A8, A9 — one conference's delegate list as every write to it sees it, loaded under
    the conference's row lock: its assembly (mode and cap, from the unit's headcount and the plan),
    whether it is finalized, whether the unit is a pilot, and its counts (``counted`` toward the
    cap and A4 — A9 invitees excluded —, ``exemplary`` among them, ``invitees``). Add, import,
    edit, designation upward (the receiving list), headcount change and finalize decide here."""

    district: bool
    headcount: int | None
    full_assembly_headcount_cap: int
    delegate_assembly_cap: int
    district_conference_cap: int
    finalized: bool
    unit_is_pilot: bool
    share_percent: int
    counted: int
    exemplary: int
    invitees: int

    def assembly_at(self, headcount: int | None) -> Assembly:
        """A1, A2 — the assembly (mode and cap) the plan gives the unit at ``headcount``."""
        return assembly_for(
            Tier.ISSUER if self.district else Tier.MEMBER,
            headcount,
            full_assembly_headcount_cap=self.full_assembly_headcount_cap,
            delegate_assembly_cap=self.delegate_assembly_cap,
            district_conference_cap=self.district_conference_cap,
        )

    @property
    def assembly(self) -> Assembly:
        return self.assembly_at(self.headcount)

    @property
    def cap_rule(self) -> str:
        """A1 for a grassroots conference's cap, A2 for the district conference's."""
        return cap_rule(self.district)

    @property
    def composition(self) -> Composition:
        """A4, A9 — invitees count neither in the total nor among the exemplary."""
        return Composition(total=self.counted, exemplary=self.exemplary, share_percent=self.share_percent)

    def check_writable(self) -> None:
        """A8 — a finalized list takes no write until the organizer reopens it."""
        check_unlocked(self.finalized)

    def check_add(self, delegates: int = 1, invitees: int = 0) -> None:
        """A8, A9, A3 — adding ``delegates`` counted toward the cap and ``invitees`` (A9, only at a
        pilot unit's conference, never counted): one add, a whole import or one designation."""
        self.check_writable()
        check_pilot_invitee(invitees > 0, self.unit_is_pilot)
        check_cap(self.assembly.cap, self.counted, delegates)

    def check_finalize(self, programme: ProgrammeState | None = None) -> None:
        """A8, P1, A1/A2, A4 — finalize: not twice; at a pilot unit, once its programme
        (``programme``: its state, None when there is none) is approved; within the cap as the list
        stands, and in a delegate assembly at least the exemplary share (a full assembly: a
        warning only)."""
        if self.finalized:
            raise DomainError("delegate_list_locked", "A8", reason="already_finalized")
        check_programme_appraised(self.unit_is_pilot, programme)
        check_cap(self.assembly.cap, self.counted, rule=self.cap_rule)
        if self.assembly.mode is AssemblyMode.DELEGATE_ASSEMBLY:
            check_composition(self.composition)

    def check_headcount_change(self, headcount: int | None) -> None:
        """A8 — a headcount change that changes a finalized list's assembly (mode or cap) would
        change the rules the list was locked under: the list is reopened first. A draft list takes
        any change; it is then judged as it stands (compliance, finalize)."""
        if self.finalized and self.assembly_at(headcount) != self.assembly:
            raise DomainError("delegate_list_locked", "A8", field="headcount")

    def cap_status(self) -> str:
        """A1/A2 as reported while drafting: ``ok`` or ``error`` (over the cap as the list stands)."""
        try:
            check_cap(self.assembly.cap, self.counted, rule=self.cap_rule)
        except DomainError:
            return "error"
        return "ok"

    def composition_status(self) -> str:
        """A4 as reported while drafting: an ``error`` in a delegate assembly, a ``warning`` in a full one."""
        if self.composition.ok:
            return "ok"
        return "error" if self.assembly.mode is AssemblyMode.DELEGATE_ASSEMBLY else "warning"


def check_pilot_invitee(pilot_invitee: bool, unit_is_pilot: bool) -> None:
    """A9 — §II.5: invitees of the district blocks' leaders only at a pilot unit's conference."""
    if pilot_invitee and not unit_is_pilot:
        raise DomainError("pilot_invitee_not_allowed", "A9", field="pilot_invitee")


@dataclass(frozen=True)
class Person:
    """What A7 compares: national ID, or folded name with birth date."""

    national_id: str | None
    name_folded: str
    birth_date: str | None  # ISO date


def same_person(a: Person, b: Person) -> bool:
    """A7 — the same national ID; without one, the same folded name and birth date."""
    if a.national_id and b.national_id:
        return a.national_id == b.national_id
    return a.birth_date is not None and a.name_folded == b.name_folded and a.birth_date == b.birth_date


def find_duplicates(people: list[Person]) -> list[tuple[int, int]]:
    """A7 — pairs (earlier index, later index) of the same person within one list."""
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    pairs: list[tuple[int, int]] = []
    for n, p in enumerate(people):
        first = None
        if p.national_id:
            first = seen_ids.get(p.national_id)
        if first is None and p.birth_date is not None:
            first = seen_names.get((p.name_folded, p.birth_date))
            if first is not None and p.national_id and people[first].national_id:
                first = None  # two different IDs: two people who share a name and birthday
        if first is not None:
            pairs.append((first, n))
            continue
        if p.national_id:
            seen_ids[p.national_id] = n
        if p.birth_date is not None:
            seen_names.setdefault((p.name_folded, p.birth_date), n)
    return pairs


BIRTH_DATE_EARLIEST = dt.date(1900, 1, 1)


def check_birth_date(value: dt.date | None, today: dt.date, *, field: str = "birth_date") -> None:
    """A7, N4 — a birth date identifies a person: it lies after 1900-01-01 and not in the future."""
    if value is not None and not (BIRTH_DATE_EARLIEST < value <= today):
        raise DomainError(
            "validation_error",
            None,
            field=field,
            reason="birth_date_out_of_range",
            earliest=BIRTH_DATE_EARLIEST.isoformat(),
            latest=today.isoformat(),
        )


def counts_toward_cap(pilot_invitee: bool) -> bool:
    """A9 — pilot invitees count neither toward the cap nor toward A4."""
    return not pilot_invitee


def allocations_fit(allocated: int, exemplary_seats: int) -> bool:
    """A10 — the seats allocated together fit the district conference's exemplary seats (210)."""
    return allocated <= exemplary_seats


def within_allocation(allocated: int, designated: int) -> bool:
    """A10 — a grassroots conference designates at most the seats allocated to its unit."""
    return designated <= allocated


def check_allocations(allocations: dict[str, int], exemplary_seats: int) -> None:
    """A10 — the allocations together fit the district conference's exemplary seats (210)."""
    total = sum(allocations.values())
    if not allocations_fit(total, exemplary_seats):
        raise DomainError("allocation_exceeds_capacity", "A10", field="items", total=total, capacity=exemplary_seats)


def check_designated_category(category: Category, *, field: str = "delegate_id") -> None:
    """A10 — only exemplary delegates are designated upward (and a designated one stays exemplary)."""
    if category not in EXEMPLARY:
        raise DomainError("validation_error", "A10", field=field, reason="not_exemplary")


def check_designation(allocated: int, designated: int, category: Category) -> None:
    """A10 — a grassroots conference designates at most its allocation, of exemplary delegates."""
    check_designated_category(category)
    if not within_allocation(allocated, designated + 1):
        raise DomainError("allocation_exceeded", "A10", allocated=allocated, designated=designated)
