"""The plan and its parameters (SPEC §3)."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from api.schemas.common import Model, Name, ShortText


class PlanFields(Model):
    code: ShortText = Field(max_length=64, examples=["187/KH-UBND"])
    title: ShortText
    issued_on: dt.date
    issuer_unit_id: uuid.UUID = Field(description="The issuing district unit")
    issuer_name: Name | None = Field(default=None, description="Defaults to the issuing unit's name")
    edition: int = Field(ge=1, le=1000, description="Lần thứ … (8 → VIII)")
    period_start: int = Field(ge=1945, le=2200)
    period_end: int = Field(ge=1945, le=2200)
    review_start: int = Field(ge=1945, le=2200)
    review_end: int = Field(ge=1945, le=2200)
    unit_plan_due: dt.date = Field(description="S1 — units send their plan before this date")
    compilation_due: dt.date = Field(description="S4 — the district compiles by this date")
    grassroots_deadline: dt.date = Field(description="C4 — grassroots conferences held by")
    district_deadline: dt.date = Field(description="C4 — district conference held by")
    full_assembly_limit: int = Field(ge=1, le=1_000_000, description="A1 — headcount up to which all attend")
    delegate_assembly_cap: int = Field(ge=1, le=1_000_000, description="A1 — delegates in a delegate assembly")
    district_conference_cap: int = Field(ge=1, le=1_000_000, description="A2")
    exemplary_share_percent: int = Field(ge=0, le=100, description="A4 — at least this share exemplary")
    pilot_supervisor: ShortText | None = Field(default=None, description="§II.5")


class PlanCreate(PlanFields):
    pass


class PlanUpdate(Model):
    code: ShortText | None = Field(default=None, max_length=64)
    title: ShortText | None = None
    issued_on: dt.date | None = None
    issuer_name: Name | None = None
    edition: int | None = Field(default=None, ge=1, le=1000)
    period_start: int | None = Field(default=None, ge=1945, le=2200)
    period_end: int | None = Field(default=None, ge=1945, le=2200)
    review_start: int | None = Field(default=None, ge=1945, le=2200)
    review_end: int | None = Field(default=None, ge=1945, le=2200)
    unit_plan_due: dt.date | None = None
    compilation_due: dt.date | None = None
    grassroots_deadline: dt.date | None = None
    district_deadline: dt.date | None = None
    full_assembly_limit: int | None = Field(default=None, ge=1, le=1_000_000)
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
    period_start: int
    period_end: int
    review_start: int
    review_end: int
    unit_plan_due: dt.date
    compilation_due: dt.date
    grassroots_deadline: dt.date
    district_deadline: dt.date
    full_assembly_limit: int
    delegate_assembly_cap: int
    district_conference_cap: int
    exemplary_share_percent: int
    district_exemplary_seats: int = Field(description="A10 — exemplary seats at the district conference")
    pilot_supervisor: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
