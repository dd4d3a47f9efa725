from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_line_in import BudgetLineIn


T = TypeVar("T", bound="BudgetEstimatePut")


@_attrs_define
class BudgetEstimatePut:
    """B1 — the whole estimate: every save is a new version (S5). GET's answer can be sent back as
    it is (its computed fields must then be unchanged).

        Attributes:
            funding_source (str): B1 — where the money comes from (nguồn kinh phí)
            lines (list[BudgetLineIn]): B1 — every line; replaces the lines
            conference_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            current_version (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
                otherwise
            plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            received_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            total (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            totals_by_category (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
    """

    funding_source: str
    lines: list[BudgetLineIn]
    conference_id: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    current_version: Any | Unset = UNSET
    id: Any | Unset = UNSET
    plan_id: Any | Unset = UNSET
    received_at: Any | Unset = UNSET
    total: Any | Unset = UNSET
    totals_by_category: Any | Unset = UNSET
    unit_id: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        funding_source = self.funding_source

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        conference_id = self.conference_id

        created_at = self.created_at

        current_version = self.current_version

        id = self.id

        plan_id = self.plan_id

        received_at = self.received_at

        total = self.total

        totals_by_category = self.totals_by_category

        unit_id = self.unit_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "funding_source": funding_source,
                "lines": lines,
            }
        )
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if id is not UNSET:
            field_dict["id"] = id
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if total is not UNSET:
            field_dict["total"] = total
        if totals_by_category is not UNSET:
            field_dict["totals_by_category"] = totals_by_category
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_line_in import BudgetLineIn  # noqa: PLC0415

        d = dict(src_dict)
        funding_source = d.pop("funding_source")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

        conference_id = d.pop("conference_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        current_version = d.pop("current_version", UNSET)

        id = d.pop("id", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        received_at = d.pop("received_at", UNSET)

        total = d.pop("total", UNSET)

        totals_by_category = d.pop("totals_by_category", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        budget_estimate_put = cls(
            funding_source=funding_source,
            lines=lines,
            conference_id=conference_id,
            created_at=created_at,
            current_version=current_version,
            id=id,
            plan_id=plan_id,
            received_at=received_at,
            total=total,
            totals_by_category=totals_by_category,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        return budget_estimate_put
