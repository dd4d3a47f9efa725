"""What every D2 document takes from its unit: the issuer, the place line, the signer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from api.db.units import Unit
from api.domain.calendars import LOCAL
from api.domain.decisions import COMMITTEE_KINDS, place_of
from api.domain.units import UnitKind


@dataclass(frozen=True)
class Issuer:
    name: str
    place: str
    authority: str
    title: str
    suffix: str  # the issuer's abbreviation after the document kind's, e.g. "UBND"


def issuer_of(unit: Unit) -> Issuer:
    if UnitKind(unit.kind) in COMMITTEE_KINDS:  # other units issue under their own name, signed by their head
        name = unit.name if unit.name.lower().startswith("ubnd ") else f"UBND {unit.name}"
        return Issuer(name, place_of(unit.name), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "UBND")
    return Issuer(unit.name, place_of(unit.name), "", "THỦ TRƯỞNG ĐƠN VỊ", "")


def number(kind: str, issuer: Issuer) -> str:
    """The number line left blank for the officer (``Số:      /GM-UBND``): the number is given
    when the document is registered and signed, not when it is drafted."""
    return f"      /{kind}-{issuer.suffix}" if issuer.suffix else f"      /{kind}"


def local_day(instant: dt.datetime | None) -> dt.date:
    return (instant or dt.datetime.now(LOCAL)).astimezone(LOCAL).date()


def filename(stem: str, record_id: uuid.UUID) -> str:
    return f"{stem}-{str(record_id)[:8]}.docx"
