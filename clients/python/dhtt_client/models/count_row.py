from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_kind import ActivityKind
from ..models.phase import Phase

T = TypeVar("T", bound="CountRow")


@_attrs_define
class CountRow:
    """
    Attributes:
        count (int): How many activities
        kind (ActivityKind): M1 — loại hoạt động tuyên truyền (§II.6, §III.3).
        phase (Phase): M1 — when an activity took place relative to its unit's conference day. ``unscheduled``:
            the unit has no conference in the plan yet (so no day to compare with).
        unit_id (UUID): The unit
        unit_name (str): Its name
    """

    count: int
    kind: ActivityKind
    phase: Phase
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        kind = self.kind.value

        phase = self.phase.value

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "kind": kind,
                "phase": phase,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        kind = ActivityKind(d.pop("kind"))

        phase = Phase(d.pop("phase"))

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        count_row = cls(
            count=count,
            kind=kind,
            phase=phase,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        count_row.additional_properties = d
        return count_row

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
