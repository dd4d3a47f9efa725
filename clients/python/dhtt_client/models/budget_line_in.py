from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.budget_category import BudgetCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetLineIn")


@_attrs_define
class BudgetLineIn:
    """B1 — one line of the estimate. A computed rewards line (B2) may leave out its amount.

    Attributes:
        category (BudgetCategory): B1 — the categories of an estimate's lines (§III.4).
        description (str): B1 — what the money is for (nội dung)
        amount (int | None | Unset): B1 — whole đồng (số tiền, đồng), 0 or more, at most 2^63 − 1 (bigint)
        computed (bool | Unset): B2 — true on the rewards line to have the service compute it: approved nominations of
            the conference × the plan's reward_amounts. The amount is filled when the estimate is saved and kept in that
            version; save again to recompute Default: False.
    """

    category: BudgetCategory
    description: str
    amount: int | None | Unset = UNSET
    computed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        description = self.description

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        computed = self.computed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "description": description,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if computed is not UNSET:
            field_dict["computed"] = computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = BudgetCategory(d.pop("category"))

        description = d.pop("description")

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        computed = d.pop("computed", UNSET)

        budget_line_in = cls(
            category=category,
            description=description,
            amount=amount,
            computed=computed,
        )

        return budget_line_in
