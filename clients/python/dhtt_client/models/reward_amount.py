from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.honour import Honour
from ..models.nominee_kind import NomineeKind

T = TypeVar("T", bound="RewardAmount")


@_attrs_define
class RewardAmount:
    """B2 — the reward (tiền thưởng) the plan sets for one honour and nominee kind, in whole đồng.

    Attributes:
        amount (int): B2 — whole đồng per approved nomination
        honour (Honour): N2 — the honours the plan names.
        nominee_kind (NomineeKind): N1 — đối tượng đề nghị: an individual (cá nhân) or a collective (tập thể).
    """

    amount: int
    honour: Honour
    nominee_kind: NomineeKind

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        honour = self.honour.value

        nominee_kind = self.nominee_kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "honour": honour,
                "nominee_kind": nominee_kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        honour = Honour(d.pop("honour"))

        nominee_kind = NomineeKind(d.pop("nominee_kind"))

        reward_amount = cls(
            amount=amount,
            honour=honour,
            nominee_kind=nominee_kind,
        )

        return reward_amount
