from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AllocationItem")


@_attrs_define
class AllocationItem:
    """
    Attributes:
        seats (int): A10 — its exemplary seats at the district conference
        unit_id (UUID): A grassroots unit of the district
    """

    seats: int
    unit_id: UUID

    def to_dict(self) -> dict[str, Any]:
        seats = self.seats

        unit_id = str(self.unit_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seats": seats,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seats = d.pop("seats")

        unit_id = UUID(d.pop("unit_id"))

        allocation_item = cls(
            seats=seats,
            unit_id=unit_id,
        )

        return allocation_item
