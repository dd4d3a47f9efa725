from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_estimate_public_totals_by_category import (
        BudgetEstimatePublicTotalsByCategory,
    )
    from ..models.budget_line_public import BudgetLinePublic


T = TypeVar("T", bound="BudgetEstimatePublic")


@_attrs_define
class BudgetEstimatePublic:
    """B1 — a conference's budget estimate (dự trù kinh phí): its current version's lines, the
    funding source and the totals computed from the lines.

        Attributes:
            conference_id (UUID): The conference it budgets (one estimate per conference)
            created_at (datetime.datetime): ISO 8601, UTC, ending in Z
            current_version (int): S5 — the number of the version shown
            funding_source (str): B1 — where the money comes from (nguồn kinh phí)
            id (UUID): The estimate's id
            lines (list[BudgetLinePublic]): B1 — the lines, in the order given
            plan_id (UUID): The conference's plan
            received_at (datetime.datetime): S5 — when the version shown was received (saved)
            total (int): B1 — the sum of every line (tổng cộng), in đồng
            totals_by_category (BudgetEstimatePublicTotalsByCategory): B1 — the sum of the lines of each category (every
                category, 0 when it has no line), in đồng
            unit_id (UUID): The organizing unit
            updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    conference_id: UUID
    created_at: datetime.datetime
    current_version: int
    funding_source: str
    id: UUID
    lines: list[BudgetLinePublic]
    plan_id: UUID
    received_at: datetime.datetime
    total: int
    totals_by_category: BudgetEstimatePublicTotalsByCategory
    unit_id: UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_id = str(self.conference_id)

        created_at = self.created_at.isoformat()

        current_version = self.current_version

        funding_source = self.funding_source

        id = str(self.id)

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        plan_id = str(self.plan_id)

        received_at = self.received_at.isoformat()

        total = self.total

        totals_by_category = self.totals_by_category.to_dict()

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_id": conference_id,
                "created_at": created_at,
                "current_version": current_version,
                "funding_source": funding_source,
                "id": id,
                "lines": lines,
                "plan_id": plan_id,
                "received_at": received_at,
                "total": total,
                "totals_by_category": totals_by_category,
                "unit_id": unit_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_estimate_public_totals_by_category import (
            BudgetEstimatePublicTotalsByCategory,  # noqa: PLC0415
        )
        from ..models.budget_line_public import BudgetLinePublic  # noqa: PLC0415

        d = dict(src_dict)
        conference_id = UUID(d.pop("conference_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current_version = d.pop("current_version")

        funding_source = d.pop("funding_source")

        id = UUID(d.pop("id"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLinePublic.from_dict(lines_item_data)

            lines.append(lines_item)

        plan_id = UUID(d.pop("plan_id"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        total = d.pop("total")

        totals_by_category = BudgetEstimatePublicTotalsByCategory.from_dict(
            d.pop("totals_by_category")
        )

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        budget_estimate_public = cls(
            conference_id=conference_id,
            created_at=created_at,
            current_version=current_version,
            funding_source=funding_source,
            id=id,
            lines=lines,
            plan_id=plan_id,
            received_at=received_at,
            total=total,
            totals_by_category=totals_by_category,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        budget_estimate_public.additional_properties = d
        return budget_estimate_public

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
