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
    """A change to a unit: only the fields sent change; UnitPublic can be sent back as it is.

    Attributes:
        admin_code (None | str | Unset): L3 — the official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg), unique:
            digits only, 2 for a province, 3 for a district, 5 for a commune or town; none for schools, enterprises and
            agencies
        block_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        district_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        headcount (int | None | Unset): U2
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        is_pilot (bool | None | Unset): A9 — the pilot unit (đơn vị chỉ đạo điểm, §II.5)
        kind (None | UnitKind | Unset): U1 — what the unit is (loại đơn vị)
        level (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        name (None | str | Unset): The unit's name (tên đơn vị), e.g. xã Hương Thủy
        parent_id (None | Unset | UUID): The unit above: the district, a province (a commune under the two-level
            government since 2025-07-01, L2) or a grassroots unit
        party_congress_date (datetime.date | None | Unset): C5 — the unit's Party congress (đại hội Đảng); the
            conference is held before it
        successor_ids (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        valid_from (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        valid_to (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    admin_code: None | str | Unset = UNSET
    block_id: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    district_id: Any | Unset = UNSET
    headcount: int | None | Unset = UNSET
    id: Any | Unset = UNSET
    is_pilot: bool | None | Unset = UNSET
    kind: None | UnitKind | Unset = UNSET
    level: Any | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    party_congress_date: datetime.date | None | Unset = UNSET
    successor_ids: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET
    valid_from: Any | Unset = UNSET
    valid_to: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        admin_code: None | str | Unset
        if isinstance(self.admin_code, Unset):
            admin_code = UNSET
        else:
            admin_code = self.admin_code

        block_id = self.block_id

        created_at = self.created_at

        district_id = self.district_id

        headcount: int | None | Unset
        if isinstance(self.headcount, Unset):
            headcount = UNSET
        else:
            headcount = self.headcount

        id = self.id

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

        level = self.level

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

        successor_ids = self.successor_ids

        updated_at = self.updated_at

        valid_from = self.valid_from

        valid_to = self.valid_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if admin_code is not UNSET:
            field_dict["admin_code"] = admin_code
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if headcount is not UNSET:
            field_dict["headcount"] = headcount
        if id is not UNSET:
            field_dict["id"] = id
        if is_pilot is not UNSET:
            field_dict["is_pilot"] = is_pilot
        if kind is not UNSET:
            field_dict["kind"] = kind
        if level is not UNSET:
            field_dict["level"] = level
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if party_congress_date is not UNSET:
            field_dict["party_congress_date"] = party_congress_date
        if successor_ids is not UNSET:
            field_dict["successor_ids"] = successor_ids
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_admin_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin_code = _parse_admin_code(d.pop("admin_code", UNSET))

        block_id = d.pop("block_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        district_id = d.pop("district_id", UNSET)

        def _parse_headcount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        headcount = _parse_headcount(d.pop("headcount", UNSET))

        id = d.pop("id", UNSET)

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

        level = d.pop("level", UNSET)

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

        successor_ids = d.pop("successor_ids", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        valid_from = d.pop("valid_from", UNSET)

        valid_to = d.pop("valid_to", UNSET)

        unit_update = cls(
            admin_code=admin_code,
            block_id=block_id,
            created_at=created_at,
            district_id=district_id,
            headcount=headcount,
            id=id,
            is_pilot=is_pilot,
            kind=kind,
            level=level,
            name=name,
            parent_id=parent_id,
            party_congress_date=party_congress_date,
            successor_ids=successor_ids,
            updated_at=updated_at,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        return unit_update
