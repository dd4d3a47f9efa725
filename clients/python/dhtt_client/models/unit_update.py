from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.unit_kind import UnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitUpdate")


@_attrs_define
class UnitUpdate:
    """
    Attributes:
        headcount (int | None | Unset): U2
        is_pilot (bool | None | Unset):
        kind (None | UnitKind | Unset):
        name (None | str | Unset):
        parent_id (None | Unset | UUID):
        party_congress_date (datetime.date | None | Unset):
    """

    headcount: int | None | Unset = UNSET
    is_pilot: bool | None | Unset = UNSET
    kind: None | UnitKind | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    party_congress_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        headcount: int | None | Unset
        if isinstance(self.headcount, Unset):
            headcount = UNSET
        else:
            headcount = self.headcount

        is_pilot: bool | None | Unset
        if isinstance(self.is_pilot, Unset):
            is_pilot = UNSET
        else:
            is_pilot = self.is_pilot

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, UnitKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if headcount is not UNSET:
            field_dict["headcount"] = headcount
        if is_pilot is not UNSET:
            field_dict["is_pilot"] = is_pilot
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if party_congress_date is not UNSET:
            field_dict["party_congress_date"] = party_congress_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_headcount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        headcount = _parse_headcount(d.pop("headcount", UNSET))

        def _parse_is_pilot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pilot = _parse_is_pilot(d.pop("is_pilot", UNSET))

        def _parse_kind(data: object) -> None | UnitKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = UnitKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        unit_update = cls(
            headcount=headcount,
            is_pilot=is_pilot,
            kind=kind,
            name=name,
            parent_id=parent_id,
            party_congress_date=party_congress_date,
        )

        return unit_update
