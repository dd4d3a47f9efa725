"""Budget estimates (dự trù kinh phí, B1–B3): lines by category in whole đồng, versions, sums."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict, JsonValue

from api.domain.budgets import MAX_AMOUNT, MAX_LINES, BudgetCategory
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, ShortText, Update

AMOUNT = "B1 — whole đồng (số tiền, đồng), 0 or more, at most 2^63 − 1 (bigint)"
COMPUTED = (
    "B2 — true on the rewards line to have the service compute it: approved nominations of the conference × "
    "the plan's reward_amounts. The amount is filled when the estimate is saved and kept in that version; "
    "save again to recompute"
)
BY_CATEGORY = "B1 — the sum of the lines of each category (every category, 0 when it has no line), in đồng"

LINES_EXAMPLE: list[JsonValue] = [
    {"category": "venue", "description": "Thuê hội trường, khánh tiết", "amount": 3_000_000, "computed": False},
    {"category": "documents", "description": "In tài liệu hội nghị", "amount": 1_500_000, "computed": False},
    {"category": "rewards", "description": "Tiền thưởng kèm Giấy khen", "amount": 4_000_000, "computed": True},
]
TOTALS_EXAMPLE: JsonDict = {
    "venue": 3_000_000,
    "documents": 1_500_000,
    "rewards": 4_000_000,
    "performance": 0,
    "communication": 0,
    "other": 0,
}


class BudgetLineIn(Model):
    """B1 — one line of the estimate. A computed rewards line (B2) may leave out its amount."""

    category: BudgetCategory = Field(description="B1 — the line's category (khoản mục)")
    description: ShortText = Field(description="B1 — what the money is for (nội dung)")
    amount: int | None = Field(default=None, description=AMOUNT, ge=0, le=MAX_AMOUNT, strict=True)
    computed: bool = Field(default=False, description=COMPUTED)


class BudgetLinePublic(BaseModel):
    """B1 — one line as saved (a computed line carries the amount computed at the save)."""

    category: BudgetCategory = Field(description="B1 — the line's category (khoản mục)")
    description: str = Field(description="B1 — what the money is for (nội dung)")
    amount: int = Field(description=AMOUNT)
    computed: bool = Field(description=COMPUTED)


class BudgetEstimatePublic(BaseModel):
    """B1 — a conference's budget estimate (dự trù kinh phí): its current version's lines, the
    funding source and the totals computed from the lines."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.BUDGET_ESTIMATE_ID,
                    "conference_id": ex.CONFERENCE_ID,
                    "plan_id": ex.PLAN_ID,
                    "unit_id": ex.UNIT_ID,
                    "funding_source": "Ngân sách xã năm 2025",
                    "lines": LINES_EXAMPLE,
                    "totals_by_category": TOTALS_EXAMPLE,
                    "total": 8_500_000,
                    "current_version": 2,
                    "received_at": ex.UPDATED_AT,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The estimate's id")
    conference_id: uuid.UUID = Field(description="The conference it budgets (one estimate per conference)")
    plan_id: uuid.UUID = Field(description="The conference's plan")
    unit_id: uuid.UUID = Field(description="The organizing unit")
    funding_source: str = Field(description="B1 — where the money comes from (nguồn kinh phí)")
    lines: list[BudgetLinePublic] = Field(description="B1 — the lines, in the order given")
    totals_by_category: dict[BudgetCategory, int] = Field(description=BY_CATEGORY)
    total: int = Field(description="B1 — the sum of every line (tổng cộng), in đồng")
    current_version: int = Field(description="S5 — the number of the version shown")
    received_at: Instant = Field(description="S5 — when the version shown was received (saved)")
    created_at: Instant
    updated_at: Instant


class BudgetEstimatePut(Update):
    """B1 — the whole estimate: every save is a new version (S5). GET's answer can be sent back as
    it is (its computed fields must then be unchanged)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "funding_source": "Ngân sách xã năm 2025",
                    "lines": [
                        {"category": "venue", "description": "Thuê hội trường, khánh tiết", "amount": 3_000_000},
                        {"category": "rewards", "description": "Tiền thưởng kèm Giấy khen", "computed": True},
                    ],
                }
            ]
        }
    )

    funding_source: ShortText = Field(description="B1 — where the money comes from (nguồn kinh phí)")
    lines: list[BudgetLineIn] = Field(description="B1 — every line; replaces the lines", max_length=MAX_LINES)


BudgetEstimatePut.public_schema = BudgetEstimatePublic


class BudgetVersionPublic(BaseModel):
    """S5 — one saved version of an estimate, never changed afterwards."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "number": 1,
                    "funding_source": "Ngân sách xã năm 2025",
                    "lines": LINES_EXAMPLE,
                    "totals_by_category": TOTALS_EXAMPLE,
                    "total": 8_500_000,
                    "created_by": ex.USER_ID,
                    "created_at": ex.CREATED_AT,
                    "received_at": ex.CREATED_AT,
                }
            ]
        }
    )

    number: int = Field(description="S5 — 1 for the first save, then one more per save")
    funding_source: str = Field(description="B1 — where the money comes from (nguồn kinh phí)")
    lines: list[BudgetLinePublic] = Field(description="B1 — the lines as saved")
    totals_by_category: dict[BudgetCategory, int] = Field(description=BY_CATEGORY)
    total: int = Field(description="B1 — the sum of every line, in đồng")
    created_by: uuid.UUID | None = Field(description="Who saved it")
    created_at: Instant
    received_at: Instant = Field(description="S5 — when it was received")


class UnitBudget(BaseModel):
    """B3 — one unit's estimate in the plan's summary."""

    unit_id: uuid.UUID = Field(description="The organizing unit")
    unit_name: str = Field(description="The unit's name")
    current_version: int = Field(description="S5 — the version summed")
    totals_by_category: dict[BudgetCategory, int] = Field(description=BY_CATEGORY)
    total: int = Field(description="B1 — the unit's total, in đồng")


class BudgetSummary(BaseModel):
    """B3 — the plan's estimates summed by category (tổng hợp dự trù kinh phí), over the estimates
    the caller may see (X2: an officer sees their own unit's only)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "estimates": 1,
                    "totals_by_category": TOTALS_EXAMPLE,
                    "total": 8_500_000,
                    "units": [
                        {
                            "unit_id": ex.UNIT_ID,
                            "unit_name": "xã Hương Thủy",
                            "current_version": 2,
                            "totals_by_category": TOTALS_EXAMPLE,
                            "total": 8_500_000,
                        }
                    ],
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The plan")
    estimates: int = Field(description="B3 — how many estimates are summed")
    totals_by_category: dict[BudgetCategory, int] = Field(description=BY_CATEGORY + ", over every unit")
    total: int = Field(description="B3 — the sum over every unit and category, in đồng")
    units: list[UnitBudget] = Field(description="B3 — each unit's sums, in the units' Vietnamese name order")
