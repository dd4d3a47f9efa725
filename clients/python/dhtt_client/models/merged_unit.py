from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.unit_kind import UnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MergedUnit")


@_attrs_define
class MergedUnit:
    """L3 — the unit a merge opens: under the merged units' parent, at their level.

    Attributes:
        kind (UnitKind): U1 — loại đơn vị: what a unit is (its level follows from it).
        name (str): The new unit's name
        admin_code (None | str | Unset): L3 — the official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg), unique:
            digits only, 2 for a province, 3 for a district, 5 for a commune or town; none for schools, enterprises and
            agencies
        headcount (int | None | Unset): U2
        is_pilot (bool | Unset): A9 Default: False.
        party_congress_date (datetime.date | None | Unset): C5
    """

    kind: UnitKind
    name: str
    admin_code: None | str | Unset = UNSET
    headcount: int | None | Unset = UNSET
    is_pilot: bool | Unset = False
    party_congress_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        admin_code: None | str | Unset
        if isinstance(self.admin_code, Unset):
            admin_code = UNSET
        else:
            admin_code = self.admin_code

        headcount: int | None | Unset
        if isinstance(self.headcount, Unset):
            headcount = UNSET
        else:
            headcount = self.headcount

        is_pilot = self.is_pilot

        party_congress_date: None | str | Unset
        if isinstance(self.party_congress_date, Unset):
            party_congress_date = UNSET
        elif isinstance(self.party_congress_date, datetime.date):
            party_congress_date = self.party_congress_date.isoformat()
        else:
            party_congress_date = self.party_congress_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if admin_code is not UNSET:
            field_dict["admin_code"] = admin_code
        if headcount is not UNSET:
            field_dict["headcount"] = headcount
        if is_pilot is not UNSET:
            field_dict["is_pilot"] = is_pilot
        if party_congress_date is not UNSET:
            field_dict["party_congress_date"] = party_congress_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = UnitKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_admin_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin_code = _parse_admin_code(d.pop("admin_code", UNSET))

        def _parse_headcount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        headcount = _parse_headcount(d.pop("headcount", UNSET))

        is_pilot = d.pop("is_pilot", UNSET)

        def _parse_party_congress_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_congress_date_type_0 = datetime.date.fromisoformat(data)

                return party_congress_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        party_congress_date = _parse_party_congress_date(
            d.pop("party_congress_date", UNSET)
        )

        merged_unit = cls(
            kind=kind,
            name=name,
            admin_code=admin_code,
            headcount=headcount,
            is_pilot=is_pilot,
            party_congress_date=party_congress_date,
        )

        return merged_unit
