from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.merged_unit import MergedUnit


T = TypeVar("T", bound="UnitMerge")


@_attrs_define
class UnitMerge:
    """L3 — merge units (sáp nhập): the units close the day before ``effective_on``, naming the new unit as their
    successor; the new unit opens on ``effective_on``. One step, all or nothing.

        Attributes:
            effective_on (datetime.date): The new unit's first day; the merged units' last is the day before
            unit (MergedUnit): L3 — the unit a merge opens: under the merged units' parent, at their level.
            unit_ids (list[UUID]): The units merged (two or more)
    """

    effective_on: datetime.date
    unit: MergedUnit
    unit_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        effective_on = self.effective_on.isoformat()

        unit = self.unit.to_dict()

        unit_ids = []
        for unit_ids_item_data in self.unit_ids:
            unit_ids_item = str(unit_ids_item_data)
            unit_ids.append(unit_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_on": effective_on,
                "unit": unit,
                "unit_ids": unit_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.merged_unit import MergedUnit  # noqa: PLC0415

        d = dict(src_dict)
        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        unit = MergedUnit.from_dict(d.pop("unit"))

        unit_ids = []
        _unit_ids = d.pop("unit_ids")
        for unit_ids_item_data in _unit_ids:
            unit_ids_item = UUID(unit_ids_item_data)

            unit_ids.append(unit_ids_item)

        unit_merge = cls(
            effective_on=effective_on,
            unit=unit,
            unit_ids=unit_ids,
        )

        return unit_merge
