"""The plan and its parameters (SPEC §3)."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from api.schemas.common import Code, Instant, Model, Name, ShortText, Update


class PlanFields(Model):
    code: Code = Field(examples=["187/KH-UBND"])
    title: ShortText
    issued_on: dt.date
    issuer_unit_id: uuid.UUID = Field(description="The issuing district unit")
    issuer_name: Name | None = Field(default=None, description="Defaults to the issuing unit's name")
    edition: int = Field(ge=1, le=1000, description="Lần thứ … (8 → VIII)")
    period_start_year: int = Field(ge=1945, le=2200, description="First year of the coming period (giai đoạn)")
    period_end_year: int = Field(ge=1945, le=2200, description="Last year of the coming period (giai đoạn)")
    review_period_start_year: int = Field(
        ge=1945, le=2200, description="First year of the period under review (05 năm qua)"
    )
    review_period_end_year: int = Field(
        ge=1945, le=2200, description="Last year of the period under review (05 năm qua)"
    )
    unit_plan_due_on: dt.date = Field(description="S1 — units send their plan before 00:00 of this date")
    district_compilation_due_on: dt.date = Field(description="S4 — the district compiles by this date")
    grassroots_conferences_due_on: dt.date = Field(description="C4 — grassroots conferences are held by this date")
    district_conference_due_on: dt.date = Field(description="C4 — the district conference is held by this date")
    full_assembly_headcount_cap: int = Field(
        ge=1, le=1_000_000, description="A1 — the largest headcount whose whole staff attends (full assembly)"
    )
    delegate_assembly_cap: int = Field(ge=1, le=1_000_000, description="A1 — the most delegates in a delegate assembly")
    district_conference_cap: int = Field(ge=1, le=1_000_000, description="A2 — the most delegates at the district")
    exemplary_share_percent: int = Field(
        ge=0, le=100, description="A4 — at least this percentage of the delegates are exemplary"
    )
    pilot_supervisor: ShortText | None = Field(default=None, description="§II.5")


class PlanCreate(PlanFields):
    pass


class PlanUpdate(Update):
    code: Code | None = None
    title: ShortText | None = None
    issued_on: dt.date | None = None
    issuer_name: Name | None = None
    edition: int | None = Field(default=None, ge=1, le=1000)
    period_start_year: int | None = Field(default=None, ge=1945, le=2200)
    period_end_year: int | None = Field(default=None, ge=1945, le=2200)
    review_period_start_year: int | None = Field(default=None, ge=1945, le=2200)
    review_period_end_year: int | None = Field(default=None, ge=1945, le=2200)
    unit_plan_due_on: dt.date | None = None
    district_compilation_due_on: dt.date | None = None
    grassroots_conferences_due_on: dt.date | None = None
    district_conference_due_on: dt.date | None = None
    full_assembly_headcount_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    delegate_assembly_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    district_conference_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    exemplary_share_percent: int | None = Field(default=None, ge=0, le=100)
    pilot_supervisor: ShortText | None = None


class PlanPublic(BaseModel):
    id: uuid.UUID
    code: str
    title: str
    issued_on: dt.date
    issuer_unit_id: uuid.UUID
    issuer_name: str
    edition: int
    edition_roman: str
    period_start_year: int
    period_end_year: int
    review_period_start_year: int
    review_period_end_year: int
    unit_plan_due_on: dt.date
    district_compilation_due_on: dt.date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date
    full_assembly_headcount_cap: int
    delegate_assembly_cap: int
    district_conference_cap: int
    exemplary_share_percent: int
    district_exemplary_seats: int = Field(description="A10 — exemplary seats at the district conference")
    pilot_supervisor: str | None
    created_at: Instant
    updated_at: Instant


PlanUpdate.public_schema = PlanPublic
