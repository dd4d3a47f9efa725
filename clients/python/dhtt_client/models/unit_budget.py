from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_budget_totals_by_category import UnitBudgetTotalsByCategory


T = TypeVar("T", bound="UnitBudget")


@_attrs_define
class UnitBudget:
    """B3 — one unit's estimate in the plan's summary.

    Attributes:
        current_version (int): S5 — the version summed
        total (int): B1 — the unit's total, in đồng
        totals_by_category (UnitBudgetTotalsByCategory): B1 — the sum of the lines of each category (every category, 0
            when it has no line), in đồng
        unit_id (UUID): The organizing unit
        unit_name (str): The unit's name
    """

    current_version: int
    total: int
    totals_by_category: UnitBudgetTotalsByCategory
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_version = self.current_version

        total = self.total

        totals_by_category = self.totals_by_category.to_dict()

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_version": current_version,
                "total": total,
                "totals_by_category": totals_by_category,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_budget_totals_by_category import UnitBudgetTotalsByCategory  # noqa: PLC0415

        d = dict(src_dict)
        current_version = d.pop("current_version")

        total = d.pop("total")

        totals_by_category = UnitBudgetTotalsByCategory.from_dict(
            d.pop("totals_by_category")
        )

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        unit_budget = cls(
            current_version=current_version,
            total=total,
            totals_by_category=totals_by_category,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        unit_budget.additional_properties = d
        return unit_budget

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
