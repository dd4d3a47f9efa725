"""D1 — award decisions (Quyết định khen thưởng): who issues them, how they are numbered, and
which nominations they may award."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from api.domain.access import Actor, Role, Scope, administers
from api.domain.errors import DomainError
from api.domain.nominations import Honour, NominationState
from api.domain.units import UnitKind

# D1 — the honours given by a decision, each by its own authority (``authority_of``).
AWARDABLE = (Honour.CONFERENCE_HONOURED, Honour.DISTRICT_CERTIFICATE, Honour.PROVINCE_CERTIFICATE)

# D1 — a decision's number as Decree 30/2020 writes it: "123/QĐ-UBND", "45/QĐ-CT", "7/QĐ-UBND-TĐKT".
NUMBER_PATTERN = re.compile(r"^[1-9][0-9]{0,5}/QĐ(-[A-ZĐ0-9]{1,20}){1,3}$")
NUMBER_MAX = 40


@dataclass(frozen=True)
class Authority:
    """D1 — the unit that issues a decision, and the district it lies in (None for a province)."""

    unit_id: uuid.UUID
    district_id: uuid.UUID | None


def authority_of(
    honour: Honour, organizer_id: uuid.UUID, district_id: uuid.UUID, province_id: uuid.UUID | None
) -> Authority:
    """D1 — the organizing unit gives ``conference_honoured``; the district chairman (the district
    unit) gives Giấy khen; the province chairman (the province unit above the district) gives
    Bằng khen. Another honour is not given by a decision recorded here."""
    if honour is Honour.CONFERENCE_HONOURED:
        return Authority(organizer_id, district_id)
    if honour is Honour.DISTRICT_CERTIFICATE:
        return Authority(district_id, district_id)
    if honour is Honour.PROVINCE_CERTIFICATE:
        if province_id is None:
            raise DomainError("validation_error", "D1", field="honour", reason="no_province")
        return Authority(province_id, None)
    raise DomainError("validation_error", "D1", field="honour", reason="not_awardable")


def check_number(number: str) -> str:
    """D1 — the number as written (NFC, no spaces), e.g. ``123/QĐ-UBND``."""
    cleaned = unicodedata.normalize("NFC", number).strip().replace(" ", "")
    if len(cleaned) > NUMBER_MAX or not NUMBER_PATTERN.match(cleaned):
        raise DomainError("validation_error", "D1", field="number", reason="number_format")
    return cleaned


def check_decided_on(decided_on: dt.date, today: dt.date) -> None:
    """D1 — a decision records what was signed: never a day still to come."""
    if decided_on > today:
        raise DomainError("validation_error", "D1", field="decided_on", reason="in_future")


def check_awardable(state: NominationState) -> None:
    """D1, N3 — only an approved nomination is awarded, and only once."""
    if state is NominationState.AWARDED:
        raise DomainError("already_awarded", "D1", state=state.value)
    if state is not NominationState.APPROVED:
        raise DomainError("nomination_not_approved", "D1", state=state.value)


def check_honour_proposed(decision_honour: Honour, nomination_honour: Honour, index: int) -> None:
    """D1 — a decision awards only nominations that proposed its honour."""
    if decision_honour is not nomination_honour:
        raise DomainError("validation_error", "D1", field=f"nomination_ids.{index}", reason="honour_not_proposed")


def check_distinct(nomination_ids: Iterable[uuid.UUID]) -> None:
    """D1 — each nomination once in a decision."""
    seen: set[uuid.UUID] = set()
    for i, n in enumerate(nomination_ids):
        if n in seen:
            raise DomainError("validation_error", "D1", field=f"nomination_ids.{i}", reason="repeated")
        seen.add(n)


def may_record(actor: Actor, authority: Authority, nomination_districts: Iterable[uuid.UUID]) -> bool:
    """D1 — an admin of the authority's unit records its decision (the organizing unit's officer,
    the district's admin, an admin bound to the province, or a ``write``-scoped client bound to
    that unit); so does the district admin (or such a client of the district) who transcribes a
    decision received from above for the nominations of their district."""
    if actor.unit_id == authority.unit_id and actor.role in (Role.UNIT_OFFICER, Role.DISTRICT_ADMIN):
        return True
    if actor.unit_id == authority.unit_id and actor.role is Role.INTEGRATION_CLIENT and Scope.WRITE in actor.scopes:
        return True
    districts = set(nomination_districts)
    return bool(districts) and all(administers(actor, d) for d in districts)


_COMMITTEE_PREFIXES = ("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ")
_PLACE_PREFIXES = ("thành phố ", "thị xã ", "thị trấn ", "huyện ", "quận ", "tỉnh ", "xã ", "phường ")


def _strip(name: str, prefixes: tuple[str, ...]) -> str:
    lowered = name.lower()
    for prefix in prefixes:
        if lowered.startswith(prefix):
            return name[len(prefix) :].strip()
    return name.strip()


def place_of(unit_name: str) -> str:
    """D2, C7 — the place on a document's date line: the unit's name without its committee and
    kind ("UBND huyện Hương Khê" → "Hương Khê")."""
    return _strip(_strip(unit_name, _COMMITTEE_PREFIXES), _PLACE_PREFIXES)


def issuer_lines(unit_name: str, is_committee: bool) -> list[str]:
    """D2 — the issuer block in capitals: a People's Committee above its area's name
    ("ỦY BAN NHÂN DÂN" / "HUYỆN HƯƠNG KHÊ"), any other unit its own name."""
    if is_committee:
        return ["ỦY BAN NHÂN DÂN", _strip(unit_name, _COMMITTEE_PREFIXES).upper()]
    return [unit_name.strip().upper()]


# D2 — the units that issue as a People's Committee ("ỦY BAN NHÂN DÂN …", "TM. ỦY BAN NHÂN DÂN")
COMMITTEE_KINDS = frozenset({UnitKind.COMMUNE, UnitKind.TOWN, UnitKind.DISTRICT, UnitKind.PROVINCE})
