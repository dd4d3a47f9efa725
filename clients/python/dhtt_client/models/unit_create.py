from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.unit_kind import UnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreate")


@_attrs_define
class UnitCreate:
    """A unit to register (U1): a grassroots unit under its district.

    Attributes:
        kind (UnitKind): U1 — loại đơn vị: what a unit is (its level follows from it).
        name (str): The unit's name (tên đơn vị), e.g. xã Hương Thủy
        admin_code (None | str | Unset): L3 — the official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg), unique:
            digits only, 2 for a province, 3 for a district, 5 for a commune or town; none for schools, enterprises and
            agencies
        headcount (int | None | Unset): U2 — cadres, civil servants, public employees, workers; required below district
        is_pilot (bool | Unset): A9 — followed closely by the district council (§II.5) Default: False.
        parent_id (None | Unset | UUID): The district (or a grassroots unit) above
        party_congress_date (datetime.date | None | Unset): C5 — the unit's Party congress date
        valid_from (datetime.date | Unset): L3 — the unit's first day; by default the register's beginning of time
            (valid for every plan) Default: datetime.date.fromisoformat('1900-01-01').
    """

    kind: UnitKind
    name: str
    admin_code: None | str | Unset = UNSET
    headcount: int | None | Unset = UNSET
    is_pilot: bool | Unset = False
    parent_id: None | Unset | UUID = UNSET
    party_congress_date: datetime.date | None | Unset = UNSET
    valid_from: datetime.date | Unset = datetime.date.fromisoformat("1900-01-01")

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

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        party_congress_date: None | str | Unset
        if isinstance(self.party_congress_date, Unset):
            party_congress_date = UNSET
        elif isinstance(self.party_congress_date, datetime.date):
            party_congress_date = self.party_congress_date.isoformat()
        else:
            party_congress_date = self.party_congress_date

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

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
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if party_congress_date is not UNSET:
            field_dict["party_congress_date"] = party_congress_date
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from

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

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

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

        _valid_from = d.pop("valid_from", UNSET)
        valid_from: datetime.date | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.date.fromisoformat(_valid_from)

        unit_create = cls(
            kind=kind,
            name=name,
            admin_code=admin_code,
            headcount=headcount,
            is_pilot=is_pilot,
            parent_id=parent_id,
            party_congress_date=party_congress_date,
            valid_from=valid_from,
        )

        return unit_create
