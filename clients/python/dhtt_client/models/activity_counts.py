from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activity_counts_by_kind import ActivityCountsByKind
    from ..models.activity_counts_by_phase import ActivityCountsByPhase
    from ..models.count_row import CountRow
    from ..models.unit_count import UnitCount


T = TypeVar("T", bound="ActivityCounts")


@_attrs_define
class ActivityCounts:
    """
    Attributes:
        by_kind (ActivityCountsByKind): Counts by kind (kinds with none left out)
        by_phase (ActivityCountsByPhase): Counts by phase (phases with none left out)
        by_unit (list[UnitCount]): Counts by unit, in Vietnamese name order
        plan_id (UUID): The plan
        rows (list[CountRow]): Counts by unit, kind and phase
        total (int): Every activity counted (X2: of the units the caller may see)
    """

    by_kind: ActivityCountsByKind
    by_phase: ActivityCountsByPhase
    by_unit: list[UnitCount]
    plan_id: UUID
    rows: list[CountRow]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_kind = self.by_kind.to_dict()

        by_phase = self.by_phase.to_dict()

        by_unit = []
        for by_unit_item_data in self.by_unit:
            by_unit_item = by_unit_item_data.to_dict()
            by_unit.append(by_unit_item)

        plan_id = str(self.plan_id)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_kind": by_kind,
                "by_phase": by_phase,
                "by_unit": by_unit,
                "plan_id": plan_id,
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_counts_by_kind import ActivityCountsByKind  # noqa: PLC0415
        from ..models.activity_counts_by_phase import ActivityCountsByPhase  # noqa: PLC0415
        from ..models.count_row import CountRow  # noqa: PLC0415
        from ..models.unit_count import UnitCount  # noqa: PLC0415

        d = dict(src_dict)
        by_kind = ActivityCountsByKind.from_dict(d.pop("by_kind"))

        by_phase = ActivityCountsByPhase.from_dict(d.pop("by_phase"))

        by_unit = []
        _by_unit = d.pop("by_unit")
        for by_unit_item_data in _by_unit:
            by_unit_item = UnitCount.from_dict(by_unit_item_data)

            by_unit.append(by_unit_item)

        plan_id = UUID(d.pop("plan_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CountRow.from_dict(rows_item_data)

            rows.append(rows_item)

        total = d.pop("total")

        activity_counts = cls(
            by_kind=by_kind,
            by_phase=by_phase,
            by_unit=by_unit,
            plan_id=plan_id,
            rows=rows,
            total=total,
        )

        activity_counts.additional_properties = d
        return activity_counts

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
