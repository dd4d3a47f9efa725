from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_plan_status_item import UnitPlanStatusItem
    from ..models.unit_plan_status_report_counts import UnitPlanStatusReportCounts


T = TypeVar("T", bound="UnitPlanStatusReport")


@_attrs_define
class UnitPlanStatusReport:
    """
    Attributes:
        counts (UnitPlanStatusReportCounts): How many units are on_time, late and missing
        due (datetime.date): Plans are on time when received before 00:00 (Asia/Ho_Chi_Minh) of this date
        items (list[UnitPlanStatusItem]): Every grassroots unit of the district
        plan_id (UUID): The plan
    """

    counts: UnitPlanStatusReportCounts
    due: datetime.date
    items: list[UnitPlanStatusItem]
    plan_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        due = self.due.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        plan_id = str(self.plan_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "due": due,
                "items": items,
                "plan_id": plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_plan_status_item import UnitPlanStatusItem  # noqa: PLC0415
        from ..models.unit_plan_status_report_counts import UnitPlanStatusReportCounts  # noqa: PLC0415

        d = dict(src_dict)
        counts = UnitPlanStatusReportCounts.from_dict(d.pop("counts"))

        due = datetime.date.fromisoformat(d.pop("due"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = UnitPlanStatusItem.from_dict(items_item_data)

            items.append(items_item)

        plan_id = UUID(d.pop("plan_id"))

        unit_plan_status_report = cls(
            counts=counts,
            due=due,
            items=items,
            plan_id=plan_id,
        )

        unit_plan_status_report.additional_properties = d
        return unit_plan_status_report

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
