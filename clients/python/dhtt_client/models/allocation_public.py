from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocationPublic")


@_attrs_define
class AllocationPublic:
    """
    Attributes:
        designated (int): A10 — how many it has designated so far
        seats (int): A10 — its seats
        unit_id (UUID): The grassroots unit
        unit_name (str): The unit's name
    """

    designated: int
    seats: int
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        designated = self.designated

        seats = self.seats

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "designated": designated,
                "seats": seats,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        designated = d.pop("designated")

        seats = d.pop("seats")

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        allocation_public = cls(
            designated=designated,
            seats=seats,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        allocation_public.additional_properties = d
        return allocation_public

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
