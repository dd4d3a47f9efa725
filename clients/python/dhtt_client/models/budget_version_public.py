from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_line_public import BudgetLinePublic
    from ..models.budget_version_public_totals_by_category import (
        BudgetVersionPublicTotalsByCategory,
    )


T = TypeVar("T", bound="BudgetVersionPublic")


@_attrs_define
class BudgetVersionPublic:
    """S5 — one saved version of an estimate, never changed afterwards.

    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        created_by (None | UUID): Who saved it
        funding_source (str): B1 — where the money comes from (nguồn kinh phí)
        lines (list[BudgetLinePublic]): B1 — the lines as saved
        number (int): S5 — 1 for the first save, then one more per save
        received_at (datetime.datetime): S5 — when it was received
        total (int): B1 — the sum of every line, in đồng
        totals_by_category (BudgetVersionPublicTotalsByCategory): B1 — the sum of the lines of each category (every
            category, 0 when it has no line), in đồng
    """

    created_at: datetime.datetime
    created_by: None | UUID
    funding_source: str
    lines: list[BudgetLinePublic]
    number: int
    received_at: datetime.datetime
    total: int
    totals_by_category: BudgetVersionPublicTotalsByCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        funding_source = self.funding_source

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        number = self.number

        received_at = self.received_at.isoformat()

        total = self.total

        totals_by_category = self.totals_by_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "funding_source": funding_source,
                "lines": lines,
                "number": number,
                "received_at": received_at,
                "total": total,
                "totals_by_category": totals_by_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_line_public import BudgetLinePublic  # noqa: PLC0415
        from ..models.budget_version_public_totals_by_category import (
            BudgetVersionPublicTotalsByCategory,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        funding_source = d.pop("funding_source")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BudgetLinePublic.from_dict(lines_item_data)

            lines.append(lines_item)

        number = d.pop("number")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        total = d.pop("total")

        totals_by_category = BudgetVersionPublicTotalsByCategory.from_dict(
            d.pop("totals_by_category")
        )

        budget_version_public = cls(
            created_at=created_at,
            created_by=created_by,
            funding_source=funding_source,
            lines=lines,
            number=number,
            received_at=received_at,
            total=total,
            totals_by_category=totals_by_category,
        )

        budget_version_public.additional_properties = d
        return budget_version_public

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
