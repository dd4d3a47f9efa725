from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The signed-in account.

    Attributes:
        district_id (None | UUID): The district of that unit
        full_name (str): The person's full name (họ và tên)
        id (UUID): The account's id
        role (Role): X1 — vai trò: what an account may do.
        scopes (list[str]): X1 — integration clients: read and/or write
        unit_id (None | UUID): X2 — the unit whose records it reads and writes
        unit_name (None | str): That unit's name
        username (str): The sign-in name
    """

    district_id: None | UUID
    full_name: str
    id: UUID
    role: Role
    scopes: list[str]
    unit_id: None | UUID
    unit_name: None | str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district_id: None | str
        if isinstance(self.district_id, UUID):
            district_id = str(self.district_id)
        else:
            district_id = self.district_id

        full_name = self.full_name

        id = str(self.id)

        role = self.role.value

        scopes = self.scopes

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district_id": district_id,
                "full_name": full_name,
                "id": id,
                "role": role,
                "scopes": scopes,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        role = Role(d.pop("role"))

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        username = d.pop("username")

        me = cls(
            district_id=district_id,
            full_name=full_name,
            id=id,
            role=role,
            scopes=scopes,
            unit_id=unit_id,
            unit_name=unit_name,
            username=username,
        )

        me.additional_properties = d
        return me

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
