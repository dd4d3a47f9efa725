"""E1–E3 — the plan's emulation movements, the units' registrations, and a summary report's
figures computed from what the service holds (§II.1; outline III.1, III.2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from api.domain.errors import DomainError
from api.domain.nominations import Honour, NomineeKind, Rank
from api.domain.submissions import CommendationLevel


class MovementKind(StrEnum):
    """E1 — a movement the plan promotes (phong trào thi đua) or a special drive (đợt thi đua đặc biệt)."""

    MOVEMENT = "movement"
    SPECIAL_DRIVE = "special_drive"


def check_movement(kind: MovementKind, launched_on: dt.date | None) -> None:
    """E1 — a special drive carries the date it was launched (phát động); a movement may."""
    if kind is MovementKind.SPECIAL_DRIVE and launched_on is None:
        raise DomainError("validation_error", "E1", field="launched_on", reason="missing")


# --- E2 -----------------------------------------------------------------------------------------

GROUPS = ("collectives", "individuals")


@dataclass(frozen=True)
class Tally:
    """E2 — one group's counts for one movement: the unit's total, how many registered (đăng ký
    thi đua) and how many were recognised (công nhận)."""

    total: int
    registered: int
    recognised: int


def check_tally(group: str, tally: Tally) -> None:
    """E2 — whole numbers ≥ 0; registered ≤ total; recognised ≤ registered (only those who
    registered can be recognised). The first broken bound names its field."""
    for name in ("total", "registered", "recognised"):
        if getattr(tally, name) < 0:
            raise DomainError("validation_error", "E2", field=f"{group}_{name}", reason="greater_than_equal")
    if tally.registered > tally.total:
        raise DomainError("validation_error", "E2", field=f"{group}_registered", reason="registered_above_total")
    if tally.recognised > tally.registered:
        raise DomainError("validation_error", "E2", field=f"{group}_recognised", reason="recognised_above_registered")


def rate(part: int, whole: int) -> str | None:
    """E2 — a percentage computed, never typed: ``100 × part / whole`` with one decimal, rounded
    half up (``2/3`` → ``"66.7"``); ``None`` when ``whole`` is 0 (no rate, not a division error)."""
    if whole <= 0:
        return None
    return str((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def registered_percent(tally: Tally) -> str | None:
    """E2 — outline III.1 "có bao nhiêu tập thể, cá nhân tham gia đăng ký thi đua, đạt tỉ lệ %":
    registered out of the unit's total."""
    return rate(tally.registered, tally.total)


def recognised_percent(tally: Tally) -> str | None:
    """E2 — "và kết quả công nhận": recognised out of those who registered (recognition follows
    registration)."""
    return rate(tally.recognised, tally.registered)


def add(tallies: Iterable[Tally]) -> Tally:
    """E2 — the district's sums per movement over its units."""
    items = list(tallies)
    return Tally(sum(t.total for t in items), sum(t.registered for t in items), sum(t.recognised for t in items))


# --- E3 -----------------------------------------------------------------------------------------

HONOUR_LEVEL_AND_FORM: dict[Honour, tuple[CommendationLevel | None, str | None]] = {
    # None: the level of the conference that honoured them; the form is the honour's label
    Honour.CONFERENCE_HONOURED: (None, "Biểu dương tại Hội nghị điển hình tiên tiến"),
    Honour.DISTRICT_CERTIFICATE: (CommendationLevel.DISTRICT, "Giấy khen của Chủ tịch UBND huyện"),
    Honour.PROVINCE_CERTIFICATE: (CommendationLevel.PROVINCE, "Bằng khen của Chủ tịch UBND tỉnh"),
    # None: the form the nomination names (honour_other), at the conference's level
    Honour.OTHER: (None, None),
}


@dataclass(frozen=True)
class Approved:
    """E3 — one awarded nomination (in an award decision, D1) as the report counts it."""

    honour: Honour
    honour_other: str | None
    nominee_kind: NomineeKind
    rank: Rank | None
    conference_level: CommendationLevel


@dataclass(frozen=True)
class Computed:
    """E3 — a summary report's figures as the service holds them."""

    collectives: Tally
    individuals: Tally
    commendations: dict[tuple[CommendationLevel, str], int]
    leaders_commended: int
    workers_commended: int


def unit_tally(tallies: Iterable[Tally]) -> Tally:
    """E3 — one unit's figure over the plan's movements. The service holds counts, not names, so
    a collective registered in two movements cannot be told from two collectives: the unit's
    total is the largest total recorded, and registered and recognised are the largest counts
    recorded for one movement (at least that many took part; never counted twice)."""
    items = list(tallies)
    if not items:
        return Tally(0, 0, 0)
    return Tally(max(t.total for t in items), max(t.registered for t in items), max(t.recognised for t in items))


def compute_figures(
    collectives: Iterable[Tally], individuals: Iterable[Tally], approved: Iterable[Approved]
) -> Computed:
    """E3 — registrations from E2; commendations by level and form, leaders and workers from the
    unit's nominations awarded by a decision (D1: an honour is given by a decision; an approved
    nomination not yet awarded is not a commendation). An individual's rank decides leader or
    worker; collectives count in neither."""
    commendations: dict[tuple[CommendationLevel, str], int] = {}
    leaders = workers = 0
    for n in approved:
        level, form = HONOUR_LEVEL_AND_FORM[n.honour]
        key = (level or n.conference_level, form or n.honour_other or n.honour.value)
        commendations[key] = commendations.get(key, 0) + 1
        if n.nominee_kind is NomineeKind.INDIVIDUAL:
            if n.rank is Rank.LEADER:
                leaders += 1
            elif n.rank is Rank.WORKER:
                workers += 1
    return Computed(unit_tally(collectives), unit_tally(individuals), commendations, leaders, workers)


def flat_figures(c: Computed) -> dict[str, int]:
    """E3 — the figures compared with the typed ones, by the name the report's figures use
    (commendations compared per level: a typed form is free text)."""
    out = {
        "collectives_registered": c.collectives.registered,
        "collectives_total": c.collectives.total,
        "individuals_registered": c.individuals.registered,
        "individuals_total": c.individuals.total,
        "leaders_commended": c.leaders_commended,
        "workers_commended": c.workers_commended,
        "commendations_total": sum(c.commendations.values()),
    }
    for level in CommendationLevel:
        out[f"commendations.{level.value}"] = sum(n for (lv, _), n in c.commendations.items() if lv is level)
    return out


def typed_flat(figures: Mapping[str, object]) -> dict[str, int]:
    """E3 — the typed figures (S2, as stored) by the same names as ``flat_figures``."""
    out = {
        name: int(str(figures.get(name) or 0))
        for name in (
            "collectives_registered",
            "collectives_total",
            "individuals_registered",
            "individuals_total",
            "leaders_commended",
            "workers_commended",
        )
    }
    raw = figures.get("commendations")
    items = [c for c in raw if isinstance(c, Mapping)] if isinstance(raw, list) else []
    out["commendations_total"] = sum(int(str(c.get("count") or 0)) for c in items)
    for level in CommendationLevel:
        out[f"commendations.{level.value}"] = sum(
            int(str(c.get("count") or 0)) for c in items if c.get("level") == level.value
        )
    return out


@dataclass(frozen=True)
class Difference:
    figure: str
    typed: int
    computed: int


def figure_differences(typed: Mapping[str, int] | None, computed: Mapping[str, int]) -> list[Difference]:
    """E3 — every typed figure that differs from the computed one: a warning, never an error (the
    report may know of commendations the service does not hold). Nothing typed, nothing to warn."""
    if typed is None:
        return []
    return [Difference(name, typed[name], value) for name, value in computed.items() if typed.get(name) != value]
