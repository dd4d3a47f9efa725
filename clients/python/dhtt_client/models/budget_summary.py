from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_summary_totals_by_category import BudgetSummaryTotalsByCategory
    from ..models.unit_budget import UnitBudget


T = TypeVar("T", bound="BudgetSummary")


@_attrs_define
class BudgetSummary:
    """B3 — the plan's estimates summed by category (tổng hợp dự trù kinh phí), over the estimates
    the caller may see (X2: an officer sees their own unit's only).

        Attributes:
            estimates (int): B3 — how many estimates are summed
            plan_id (UUID): The plan
            total (int): B3 — the sum over every unit and category, in đồng
            totals_by_category (BudgetSummaryTotalsByCategory): B1 — the sum of the lines of each category (every category,
                0 when it has no line), in đồng, over every unit
            units (list[UnitBudget]): B3 — each unit's sums, in the units' Vietnamese name order
    """

    estimates: int
    plan_id: UUID
    total: int
    totals_by_category: BudgetSummaryTotalsByCategory
    units: list[UnitBudget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimates = self.estimates

        plan_id = str(self.plan_id)

        total = self.total

        totals_by_category = self.totals_by_category.to_dict()

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimates": estimates,
                "plan_id": plan_id,
                "total": total,
                "totals_by_category": totals_by_category,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_summary_totals_by_category import (
            BudgetSummaryTotalsByCategory,  # noqa: PLC0415
        )
        from ..models.unit_budget import UnitBudget  # noqa: PLC0415

        d = dict(src_dict)
        estimates = d.pop("estimates")

        plan_id = UUID(d.pop("plan_id"))

        total = d.pop("total")

        totals_by_category = BudgetSummaryTotalsByCategory.from_dict(
            d.pop("totals_by_category")
        )

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitBudget.from_dict(units_item_data)

            units.append(units_item)

        budget_summary = cls(
            estimates=estimates,
            plan_id=plan_id,
            total=total,
            totals_by_category=totals_by_category,
            units=units,
        )

        budget_summary.additional_properties = d
        return budget_summary

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
