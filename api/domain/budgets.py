"""B1–B3 — the budget estimate (dự trù kinh phí, §III.4): lines by category in whole đồng, the
funding source, totals computed; the ``rewards`` line computable from approved nominations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from api.domain.errors import DomainError
from api.domain.nominations import Honour, NomineeKind


class BudgetCategory(StrEnum):
    """B1 — the categories of an estimate's lines (§III.4)."""

    VENUE = "venue"  # hội trường, khánh tiết
    DOCUMENTS = "documents"  # tài liệu, in ấn
    REWARDS = "rewards"  # tiền thưởng
    PERFORMANCE = "performance"  # văn nghệ
    COMMUNICATION = "communication"  # tuyên truyền
    OTHER = "other"


MAX_AMOUNT = 2**63 - 1
"""B1 — the largest amount in đồng: PostgreSQL's bigint. A line, an estimate's total and a
reward amount stay within it, so every stored or exported number is exact."""

MAX_LINES = 200
"""B1 — the most lines one estimate holds."""


@dataclass(frozen=True)
class BudgetLine:
    """B1 — one line: category, description, whole đồng; ``computed`` (B2) when the service fills
    the amount from approved nominations."""

    category: BudgetCategory
    description: str
    amount: int
    computed: bool = False


def check_amount(amount: object, field: str) -> int:
    """B1 — an amount is a whole number of đồng, 0 ≤ amount ≤ MAX_AMOUNT (bool is no number)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise DomainError("validation_error", "B1", field=field, reason="whole_dong")
    if not 0 <= amount <= MAX_AMOUNT:
        raise DomainError("validation_error", "B1", field=field, reason="amount_range", maximum=MAX_AMOUNT)
    return amount


def check_lines(lines: Sequence[BudgetLine]) -> None:
    """B1, B2 — whole-đồng amounts; a computed line is the ``rewards`` line, and there is at most
    one computed line (the rewards are counted once)."""
    if len(lines) > MAX_LINES:
        raise DomainError("validation_error", "B1", field="lines", reason="too_many_lines", maximum=MAX_LINES)
    computed = 0
    for n, line in enumerate(lines):
        check_amount(line.amount, f"lines.{n}.amount")
        if line.computed:
            computed += 1
            if line.category is not BudgetCategory.REWARDS:
                raise DomainError("validation_error", "B2", field=f"lines.{n}.computed", reason="computed_only_rewards")
            if computed > 1:
                raise DomainError("validation_error", "B2", field=f"lines.{n}.computed", reason="one_computed_line")


@dataclass(frozen=True)
class Totals:
    """B1 — the estimate's sums: per category (every category, 0 when it has no line) and in all."""

    by_category: dict[BudgetCategory, int]
    total: int


def totals(lines: Iterable[tuple[BudgetCategory, int]]) -> Totals:
    """B1, B3 — sums by category and the grand total of (category, amount) pairs, exact integers."""
    by_category = dict.fromkeys(BudgetCategory, 0)
    for category, amount in lines:
        by_category[category] += amount
    return Totals(by_category=by_category, total=sum(by_category.values()))


def check_total(lines: Sequence[BudgetLine]) -> Totals:
    """B1 — an estimate's total stays within bigint too: a sum that would overflow is refused
    (422), never wrapped or stored inexactly."""
    result = totals((line.category, line.amount) for line in lines)
    if result.total > MAX_AMOUNT:
        raise DomainError("validation_error", "B1", field="lines", reason="total_too_large", maximum=MAX_AMOUNT)
    return result


RewardKey = tuple[Honour, NomineeKind]


def check_reward_amounts(entries: Sequence[tuple[Honour, NomineeKind, object]]) -> dict[RewardKey, int]:
    """B2 — the plan's reward per honour and nominee kind: whole đồng, each pair at most once.
    No pair has a default (the service assumes no legal amount)."""
    out: dict[RewardKey, int] = {}
    for n, (honour, kind, amount) in enumerate(entries):
        out_amount = check_amount(amount, f"reward_amounts.{n}.amount")
        if (honour, kind) in out:
            raise DomainError("validation_error", "B2", field=f"reward_amounts.{n}", reason="reward_pair_twice")
        out[(honour, kind)] = out_amount
    return out


def rewards_amount(approved: Mapping[RewardKey, int], amounts: Mapping[RewardKey, int]) -> int:
    """B2 — the computed ``rewards`` line: Σ approved nominations × the plan's amount for their
    honour and nominee kind. A pair with approved nominations and no amount cannot be computed:
    409 ``reward_amount_missing`` naming the honour and the kind (the first in enum order)."""
    total = 0
    for honour in Honour:
        for kind in NomineeKind:
            count = approved.get((honour, kind), 0)
            if count == 0:
                continue
            if (honour, kind) not in amounts:
                raise DomainError(
                    "reward_amount_missing", "B2", honour=honour.value, nominee_kind=kind.value, approved_count=count
                )
            total += count * amounts[(honour, kind)]
    if total > MAX_AMOUNT:
        raise DomainError("validation_error", "B1", field="lines", reason="total_too_large", maximum=MAX_AMOUNT)
    return total
