"""L1 — a plan's areas (its implementing plans) read in one call: the province's report."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from api.schemas import examples as ex


class AreaReport(BaseModel):
    """One implementing plan (a district's, or any issuer's one level down) with its figures."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "plan_code": "187/KH-UBND",
                    "issuer_unit_id": ex.UNIT_ID,
                    "issuer_name": "UBND huyện Hương Khê",
                    "conferences_scheduled": 22,
                    "conferences_held": 20,
                    "lists_finalized": 18,
                    "compliance_errors": 1,
                    "compliance_warnings": 3,
                    "unit_plans": {"on_time": 18, "late": 2, "missing": 1},
                    "nominations": {"draft": 3, "submitted": 5, "approved": 12, "rejected": 1, "returned": 2},
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The implementing plan")
    plan_code: str = Field(description="Its number, e.g. 187/KH-UBND")
    issuer_unit_id: uuid.UUID = Field(description="The unit that issued it (the area)")
    issuer_name: str = Field(description="The issuer's name as the plan writes it")
    conferences_scheduled: int = Field(description="Conferences of the plan (every level)")
    conferences_held: int = Field(description="Those held by today (Asia/Ho_Chi_Minh)")
    lists_finalized: int = Field(description="A8 — delegate lists finalized")
    compliance_errors: int = Field(description="Items of status error in the plan's conferences' compliance statements")
    compliance_warnings: int = Field(description="Items of status warning in those statements")
    unit_plans: dict[str, int] = Field(description="S1 — how many units are on_time, late and missing")
    nominations: dict[str, int] = Field(description="N5 — nominations not withdrawn, by state")
