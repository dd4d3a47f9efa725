from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_category import BudgetCategory

T = TypeVar("T", bound="BudgetLinePublic")


@_attrs_define
class BudgetLinePublic:
    """B1 — one line as saved (a computed line carries the amount computed at the save).

    Attributes:
        amount (int): B1 — whole đồng (số tiền, đồng), 0 or more, at most 2^63 − 1 (bigint)
        category (BudgetCategory): B1 — the categories of an estimate's lines (§III.4).
        computed (bool): B2 — true on the rewards line to have the service compute it: approved nominations of the
            conference × the plan's reward_amounts. The amount is filled when the estimate is saved and kept in that
            version; save again to recompute
        description (str): B1 — what the money is for (nội dung)
    """

    amount: int
    category: BudgetCategory
    computed: bool
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        category = self.category.value

        computed = self.computed

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "category": category,
                "computed": computed,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        category = BudgetCategory(d.pop("category"))

        computed = d.pop("computed")

        description = d.pop("description")

        budget_line_public = cls(
            amount=amount,
            category=category,
            computed=computed,
            description=description,
        )

        budget_line_public.additional_properties = d
        return budget_line_public

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
