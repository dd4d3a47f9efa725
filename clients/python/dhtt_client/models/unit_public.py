from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level
from ..models.unit_kind import UnitKind

T = TypeVar("T", bound="UnitPublic")


@_attrs_define
class UnitPublic:
    """A unit of the register (đơn vị): the province, a district, or a grassroots unit (U1).

    Attributes:
        admin_code (None | str): L3 — the official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg), unique: digits
            only, 2 for a province, 3 for a district, 5 for a commune or town; none for schools, enterprises and agencies
        block_id (None | UUID): U3 — the emulation block it belongs to (cụm, khối thi đua)
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        district_id (None | UUID): The unit's area: the district it is or lies under, or the province for a unit
            directly under it (L2); null for the province
        headcount (int | None): U2 — cadres, civil servants, public employees, workers (số cán bộ, công chức, viên chức,
            người lao động); decides the assembly mode (A1)
        id (UUID): The unit's id
        is_pilot (bool): A9 — the pilot unit (đơn vị chỉ đạo điểm, §II.5)
        kind (UnitKind): U1 — loại đơn vị: what a unit is (its level follows from it).
        level (Level): U1 — cấp: grassroots (cơ sở), district (huyện) or province (tỉnh).
        name (str): The unit's name (tên đơn vị), e.g. xã Hương Thủy
        parent_id (None | UUID): The unit above: the district, a province (a commune under the two-level government
            since 2025-07-01, L2) or a grassroots unit
        party_congress_date (datetime.date | None): C5 — the unit's Party congress (đại hội Đảng); the conference is
            held before it
        successor_ids (list[UUID]): L3 — the units it became when it was merged or split (empty while open)
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        valid_from (datetime.date): L3 — the first day the unit exists (1900-01-01: since before the register)
        valid_to (datetime.date | None): L3 — the last day the unit exists; null while it does
    """

    admin_code: None | str
    block_id: None | UUID
    created_at: datetime.datetime
    district_id: None | UUID
    headcount: int | None
    id: UUID
    is_pilot: bool
    kind: UnitKind
    level: Level
    name: str
    parent_id: None | UUID
    party_congress_date: datetime.date | None
    successor_ids: list[UUID]
    updated_at: datetime.datetime
    valid_from: datetime.date
    valid_to: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_code: None | str
        admin_code = self.admin_code

        block_id: None | str
        if isinstance(self.block_id, UUID):
            block_id = str(self.block_id)
        else:
            block_id = self.block_id

        created_at = self.created_at.isoformat()

        district_id: None | str
        if isinstance(self.district_id, UUID):
            district_id = str(self.district_id)
        else:
            district_id = self.district_id

        headcount: int | None
        headcount = self.headcount

        id = str(self.id)

        is_pilot = self.is_pilot

        kind = self.kind.value

        level = self.level.value

        name = self.name

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        party_congress_date: None | str
        if isinstance(self.party_congress_date, datetime.date):
            party_congress_date = self.party_congress_date.isoformat()
        else:
            party_congress_date = self.party_congress_date

        successor_ids = []
        for successor_ids_item_data in self.successor_ids:
            successor_ids_item = str(successor_ids_item_data)
            successor_ids.append(successor_ids_item)

        updated_at = self.updated_at.isoformat()

        valid_from = self.valid_from.isoformat()

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_code": admin_code,
                "block_id": block_id,
                "created_at": created_at,
                "district_id": district_id,
                "headcount": headcount,
                "id": id,
                "is_pilot": is_pilot,
                "kind": kind,
                "level": level,
                "name": name,
                "parent_id": parent_id,
                "party_congress_date": party_congress_date,
                "successor_ids": successor_ids,
                "updated_at": updated_at,
                "valid_from": valid_from,
                "valid_to": valid_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_admin_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admin_code = _parse_admin_code(d.pop("admin_code"))

        def _parse_block_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                block_id_type_0 = UUID(data)

                return block_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        block_id = _parse_block_id(d.pop("block_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_district_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_id_type_0 = UUID(data)

                return district_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        district_id = _parse_district_id(d.pop("district_id"))

        def _parse_headcount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        headcount = _parse_headcount(d.pop("headcount"))

        id = UUID(d.pop("id"))

        is_pilot = d.pop("is_pilot")

        kind = UnitKind(d.pop("kind"))

        level = Level(d.pop("level"))

        name = d.pop("name")

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_party_congress_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_congress_date_type_0 = datetime.date.fromisoformat(data)

                return party_congress_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        party_congress_date = _parse_party_congress_date(d.pop("party_congress_date"))

        successor_ids = []
        _successor_ids = d.pop("successor_ids")
        for successor_ids_item_data in _successor_ids:
            successor_ids_item = UUID(successor_ids_item_data)

            successor_ids.append(successor_ids_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)

                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))

        unit_public = cls(
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

        unit_public.additional_properties = d
        return unit_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
