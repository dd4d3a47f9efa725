"""C1–C8 and A1–A2 — when and how a unit holds its conference, its title and its agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from api.domain.errors import DomainError
from api.domain.plans import PLAN_187_EXTRAS, roman
from api.domain.plans import ConferenceForm as ConferenceForm  # C1's forms, named by the plan (L2)

Form = ConferenceForm  # the short name inside the code; the contract says ConferenceForm


class ConferenceSession(StrEnum):
    """C3 — buổi: morning or afternoon."""

    MORNING = "morning"
    AFTERNOON = "afternoon"


Session = ConferenceSession  # the short name inside the code; the contract says ConferenceSession


class AssemblyMode(StrEnum):
    """A1, A2 — hình thức tổ chức: the whole staff (toàn thể) or delegates (đại biểu)."""

    FULL_ASSEMBLY = "full_assembly"
    DELEGATE_ASSEMBLY = "delegate_assembly"


class AgendaItemKind(StrEnum):
    """C8 — why an item is on the agenda: the plan requires it, a conference flag adds it, or the
    organizer added an extra the plan suggests."""

    MANDATORY = "mandatory"
    CONDITIONAL = "conditional"
    EXTRA = "extra"


class ComplianceStatus(StrEnum):
    """The outcome of one rule's check of a conference (kết quả kiểm tra)."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


class ConferenceTier(StrEnum):
    """L2 — a conference's place in its plan, from the unit tree: the issuing unit's own
    conference (the plan's upper level: plan 187's district conference, a province's congress)
    or the conference of a unit under the issuer (plan 187's grassroots conferences, a
    province → commune plan's communes)."""

    ISSUER = "issuer"
    MEMBER = "member"


Tier = ConferenceTier  # the short name inside the code


def tier_of(unit_id: object, issuer_unit_id: object) -> Tier:
    """L2 — the issuer's conference is the one its own unit holds; every other is a member's."""
    return Tier.ISSUER if unit_id == issuer_unit_id else Tier.MEMBER


def check_form(tier: Tier, form: Form, *, issuer_forms: Collection[str], member_forms: Collection[str]) -> None:
    """C1 — the forms a conference may use come from its plan, by its tier (L2): plan 187's
    §II.2.1 lets a unit under the issuer choose any of the three, §II.2.2 the issuing level (the
    district; the province in a province → commune plan) only two."""
    allowed = issuer_forms if tier is Tier.ISSUER else member_forms
    if form.value not in allowed:
        raise DomainError(
            "conference_form_not_allowed", "C1", field="form", form=form.value, allowed=", ".join(allowed)
        )


@dataclass(frozen=True)
class Assembly:
    mode: AssemblyMode
    cap: int | None  # None: a full assembly, the whole staff attends


def assembly_for(
    tier: Tier,
    headcount: int | None,
    *,
    full_assembly_headcount_cap: int,
    delegate_assembly_cap: int,
    district_conference_cap: int,
) -> Assembly:
    """A1 — §II.2.1: up to the limit (300, inclusive: the plan is silent on exactly 300) a full
    assembly without cap; above it a delegate assembly of at most 200. A2 — §II.2.2: the
    issuing level's conference (plan 187's district conference) has at most 300 delegates.
    L2 — by the conference's tier in its plan, every cap from the plan."""
    if tier is Tier.ISSUER:
        return Assembly(AssemblyMode.DELEGATE_ASSEMBLY, district_conference_cap)
    if (headcount or 0) > full_assembly_headcount_cap:
        return Assembly(AssemblyMode.DELEGATE_ASSEMBLY, delegate_assembly_cap)
    return Assembly(AssemblyMode.FULL_ASSEMBLY, None)


@dataclass(frozen=True)
class Window:
    opens: dt.date  # the plan's issue date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date


def check_date_window(tier: Tier, held_on: dt.date, window: Window) -> None:
    """C4 — §II.2.1, §II.2.2: not before the plan is issued, by the tier's deadline (L2: the
    issuer's conference by the plan's upper deadline, the others by the lower one)."""
    deadline = window.district_conference_due_on if tier is Tier.ISSUER else window.grassroots_conferences_due_on
    if held_on < window.opens or held_on > deadline:
        raise DomainError(
            "conference_date_out_of_window",
            "C4",
            field="held_on",
            opens=window.opens.isoformat(),
            deadline=deadline.isoformat(),
        )


def check_party_congress(held_on: dt.date, party_congress_date: dt.date | None) -> None:
    """C5 — held strictly before the unit's Party congress, where its date is recorded."""
    if party_congress_date is not None and held_on >= party_congress_date:
        raise DomainError(
            "conference_after_party_congress",
            "C5",
            field="held_on",
            party_congress_date=party_congress_date.isoformat(),
        )


@dataclass(frozen=True, order=True)
class Slot:
    """A half day (C3): morning before afternoon."""

    held_on: dt.date
    session: Session

    def key(self) -> tuple[dt.date, int]:
        return (self.held_on, 0 if self.session is Session.MORNING else 1)


def check_order(district: Slot | None, grassroots: Iterable[Slot]) -> None:
    """C6 — §II.2: the issuer's conference (plan 187's district conference) is held strictly
    after every conference of the units under it (L2: whatever the levels)."""
    if district is None:
        return
    latest = max((g.key() for g in grassroots), default=None)
    if latest is not None and latest >= district.key():
        raise DomainError(
            "conference_order_violated",
            "C6",
            field="held_on",
            district_held_on=district.held_on.isoformat(),
            latest_grassroots=latest[0].isoformat(),
        )


def decree30_date(day: dt.date) -> str:
    """C7 — Decree 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a leading zero."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def title_lines(
    unit_name: str, edition: int, period_start_year: int, period_end_year: int, place: str, held_on: dt.date
) -> list[str]:
    """C7 — §II.4.3: the three lines of the conference title, whatever the form."""
    return [
        f"Hội nghị điển hình tiên tiến {unit_name}",
        f"Lần thứ {roman(edition)} ({period_start_year} - {period_end_year})",
        f"{place}, {decree30_date(held_on)}",
    ]


# --- C8 agenda ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaSpec:
    key: str
    title: str
    flag: str | None = None  # the conference flag that makes a conditional item appear

    @property
    def kind(self) -> AgendaItemKind:
        return AgendaItemKind.MANDATORY if self.flag is None else AgendaItemKind.CONDITIONAL


def agenda_spec(review: tuple[int, int], period: tuple[int, int]) -> list[AgendaSpec]:
    """C8 — §II.3, in the plan's order."""
    return [
        AgendaSpec("welcome", "Đón tiếp đại biểu và ổn định tổ chức"),
        AgendaSpec("documentary", "Phóng sự về phong trào thi đua yêu nước", "has_documentary"),
        AgendaSpec("flag_salute", "Chào cờ", "is_congress"),
        AgendaSpec("opening", "Tuyên bố lý do, giới thiệu đại biểu và khai mạc"),
        AgendaSpec(
            "summary_report",
            f"Báo cáo tổng kết phong trào thi đua và công tác khen thưởng 05 năm qua ({review[0]} - {review[1]}),"
            f" phương hướng, nhiệm vụ công tác thi đua, khen thưởng 05 năm tới ({period[0]} - {period[1]})",
        ),
        AgendaSpec("presentations", "Báo cáo tham luận của các điển hình tiên tiến"),
        AgendaSpec("exchange", "Tổ chức các hoạt động giao lưu với các điển hình tiên tiến", "has_exchange"),
        AgendaSpec("guidance_speech", "Phát biểu chỉ đạo của cấp trên"),
        AgendaSpec("honouring", "Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến"),
        AgendaSpec("launch_movement", f"Phát động phong trào thi đua giai đoạn {period[0]} - {period[1]}"),
        AgendaSpec("response_speeches", "Phát biểu hưởng ứng phong trào thi đua"),
        AgendaSpec("delegate_approval", "Thông qua danh sách đại biểu đi dự Hội nghị (Đại hội) cấp trên"),
        AgendaSpec("closing", "Tổng kết và bế mạc"),
    ]


EXTRAS = dict(PLAN_187_EXTRAS)  # C8 — plan 187's extras (§II.3), every plan's default; a plan names its own


def extras_for(
    tier: Tier, *, issuer_extras: Iterable[tuple[str, str]], member_extras: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """C8, L2 — the extras the plan names for the conference's tier: key → the plan's wording."""
    return dict(issuer_extras if tier is Tier.ISSUER else member_extras)


def check_extras_are_extras(field: str, extras: Iterable[tuple[str, str]]) -> None:
    """C8 — an extra the plan names is none of §II.3's required or conditional items."""
    items = {s.key for s in agenda_spec((2020, 2025), (2025, 2030))}
    for n, (key, _title) in enumerate(extras):
        if key in items:
            raise DomainError("validation_error", "C8", field=f"{field}.{n}.key", reason="extra_is_plan_item", key=key)


@dataclass(frozen=True)
class AgendaItem:
    key: str
    title: str
    kind: AgendaItemKind
    start_time: dt.time | None = None


def required_keys(spec: Sequence[AgendaSpec], flags: dict[str, bool]) -> list[str]:
    """The items that must appear, in order: mandatory ones and those whose flag is set."""
    return [s.key for s in spec if s.flag is None or flags.get(s.flag, False)]


def default_agenda(spec: Sequence[AgendaSpec], flags: dict[str, bool]) -> list[AgendaItem]:
    keys = set(required_keys(spec, flags))
    return [AgendaItem(s.key, s.title, s.kind) for s in spec if s.key in keys]


def build_agenda(
    spec: Sequence[AgendaSpec],
    flags: dict[str, bool],
    wanted: Sequence[tuple[str, dt.time | None]],
    extras: Mapping[str, str],
) -> list[AgendaItem]:
    """C8 — check an organizer's agenda: every required item, in the plan's order; conditional
    items only when their flag is set; extras the plan names for the conference's level
    (``extras``: key → wording, L2), anywhere between the first and the last required item;
    times, where given, never going backwards."""
    by_key = {s.key: s for s in spec}
    required = required_keys(spec, flags)
    items: list[AgendaItem] = []
    for index, (key, start) in enumerate(wanted):
        if key in extras and key not in by_key:
            items.append(AgendaItem(key, extras[key], AgendaItemKind.EXTRA, start))
        elif key in by_key:
            s = by_key[key]
            if key not in required:
                raise DomainError("agenda_invalid", "C8", field=f"items.{index}.key", reason="flag_not_set", key=key)
            items.append(AgendaItem(key, s.title, s.kind, start))
        else:
            raise DomainError("agenda_invalid", "C8", field=f"items.{index}.key", reason="unknown_item", key=key)
    present = [i.key for i in items if i.kind != AgendaItemKind.EXTRA]
    if present != required:
        missing = [k for k in required if k not in present]
        raise DomainError(
            "agenda_invalid",
            "C8",
            field="items",
            reason="missing" if missing else "order",
            missing=missing,
            expected=required,
        )
    if AgendaItemKind.EXTRA in (items[0].kind, items[-1].kind):
        raise DomainError("agenda_invalid", "C8", field="items", reason="extra_outside")
    times = [i.start_time for i in items if i.start_time is not None]
    if times != sorted(times):
        raise DomainError("agenda_invalid", "C8", field="items", reason="time_order")
    return items


def reconcile_agenda(
    spec: Sequence[AgendaSpec], flags: dict[str, bool], current: Sequence[AgendaItem]
) -> list[AgendaItem]:
    """When a flag changes, add or drop its item at its place; extras and times stay."""
    required = required_keys(spec, flags)
    kept = [i for i in current if i.kind == AgendaItemKind.EXTRA or i.key in required]
    have = {i.key for i in kept}
    out: list[AgendaItem] = []
    spec_index = {s.key: n for n, s in enumerate(spec)}
    for item in kept:
        if item.kind != AgendaItemKind.EXTRA:
            for s in spec[: spec_index[item.key]]:
                if s.key in required and s.key not in have:
                    out.append(AgendaItem(s.key, s.title, AgendaItemKind.CONDITIONAL))
                    have.add(s.key)
        out.append(item)
    return out
