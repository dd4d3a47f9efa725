from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.unit_public import UnitPublic


T = TypeVar("T", bound="UnitSplitResult")


@_attrs_define
class UnitSplitResult:
    """L3 — a split's outcome: the closed unit (its ``successor_ids`` name the new ones) and the new units.

    Attributes:
        successors (list[UnitPublic]):
        unit (UnitPublic): A unit of the register (đơn vị): the province, a district, or a grassroots unit (U1).
    """

    successors: list[UnitPublic]
    unit: UnitPublic

    def to_dict(self) -> dict[str, Any]:
        successors = []
        for successors_item_data in self.successors:
            successors_item = successors_item_data.to_dict()
            successors.append(successors_item)

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "successors": successors,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_public import UnitPublic  # noqa: PLC0415

        d = dict(src_dict)
        successors = []
        _successors = d.pop("successors")
        for successors_item_data in _successors:
            successors_item = UnitPublic.from_dict(successors_item_data)

            successors.append(successors_item)

        unit = UnitPublic.from_dict(d.pop("unit"))

        unit_split_result = cls(
            successors=successors,
            unit=unit,
        )

        return unit_split_result
