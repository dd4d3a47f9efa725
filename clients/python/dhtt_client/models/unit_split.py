from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.merged_unit import MergedUnit


T = TypeVar("T", bound="UnitSplit")


@_attrs_define
class UnitSplit:
    """L3 — split a unit (chia tách): it closes the day before ``effective_on``, naming every new unit as its
    successor; the new units open on ``effective_on`` under its parent. One step, all or nothing.

        Attributes:
            effective_on (datetime.date): The new units' first day; the split unit's last is the day before
            units (list[MergedUnit]): The units it becomes (two or more)
    """

    effective_on: datetime.date
    units: list[MergedUnit]

    def to_dict(self) -> dict[str, Any]:
        effective_on = self.effective_on.isoformat()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_on": effective_on,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merged_unit import MergedUnit  # noqa: PLC0415

        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = MergedUnit.from_dict(units_item_data)

            units.append(units_item)

        unit_split = cls(
            effective_on=effective_on,
            units=units,
        )

        return unit_split
