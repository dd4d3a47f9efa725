"""Emulation movements (E1), registrations (E2) and a summary report's computed figures (E3)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from api.domain.conferences import ComplianceStatus
from api.domain.movements import MovementKind
from api.domain.submissions import CommendationLevel
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, Text, Update

MovementName = Annotated[Text, StringConstraints(max_length=1000)]

MOVEMENT_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
REGISTRATION_ID = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"

MOVEMENT: JsonDict = {
    "id": MOVEMENT_ID,
    "plan_id": ex.PLAN_ID,
    "kind": "movement",
    "name": "Cả huyện chung sức xây dựng huyện Hương Khê đạt chuẩn Nông thôn mới, Thị trấn đạt chuẩn Đô thị văn minh",
    "note": None,
    "launched_on": None,
    "position": 1,
    "created_at": ex.CREATED_AT,
    "updated_at": ex.UPDATED_AT,
}

Count = Annotated[int, Field(ge=0, le=10_000_000)]


class MovementCreate(Model):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "kind": "special_drive",
                    "name": "Đợt thi đua đặc biệt chào mừng Hội nghị điển hình tiên tiến",
                    "launched_on": "2024-10-11",
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The plan that promotes it")
    kind: MovementKind = Field(
        description="E1 — a movement (phong trào thi đua) or a special drive (đợt thi đua đặc biệt)"
    )
    name: MovementName = Field(description="E1 — the name, as the plan words it")
    note: MovementName | None = Field(
        default=None, description="What the plan says beside the name (its period, its area), as worded"
    )
    launched_on: dt.date | None = Field(
        default=None, description="E1 — the launch date (ngày phát động); required for a special drive"
    )


class MovementUpdate(Update):
    model_config = ConfigDict(json_schema_extra={"examples": [{"launched_on": "2024-10-15"}]})

    kind: MovementKind | None = Field(default=None, description="E1 — movement or special drive")
    name: MovementName | None = Field(default=None, description="E1 — the name, as the plan words it")
    note: MovementName | None = Field(default=None, description="What the plan says beside the name")
    launched_on: dt.date | None = Field(default=None, description="E1 — the launch date; required for a special drive")


class MovementPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [MOVEMENT]})

    id: uuid.UUID = Field(description="The movement's id")
    plan_id: uuid.UUID = Field(description="The plan that promotes it")
    kind: MovementKind = Field(description="E1 — movement or special drive")
    name: str = Field(description="E1 — the name, as the plan words it")
    note: str | None = Field(description="What the plan says beside the name (its period, its area)")
    launched_on: dt.date | None = Field(description="E1 — the launch date (ngày phát động)")
    position: int = Field(description="Its place in the plan's list, from 0")
    created_at: Instant
    updated_at: Instant


REGISTRATION: JsonDict = {
    "id": REGISTRATION_ID,
    "movement_id": MOVEMENT_ID,
    "plan_id": ex.PLAN_ID,
    "unit_id": ex.UNIT_ID,
    "collectives_total": 12,
    "collectives_registered": 12,
    "collectives_recognised": 9,
    "individuals_total": 240,
    "individuals_registered": 215,
    "individuals_recognised": 160,
    "collectives_registered_percent": "100.0",
    "collectives_recognised_percent": "75.0",
    "individuals_registered_percent": "89.6",
    "individuals_recognised_percent": "74.4",
    "created_at": ex.CREATED_AT,
    "updated_at": ex.UPDATED_AT,
}

_PCT = (
    "E2 — computed: one decimal, rounded half up; null when the base is 0. "
    "Registered: out of the total; recognised: out of those registered"
)


class Counts(Model):
    collectives_total: Count = Field(default=0, description="E2 — the unit's collectives (tập thể) in all")
    collectives_registered: Count = Field(default=0, description="E2 — collectives registered (đăng ký thi đua)")
    collectives_recognised: Count = Field(default=0, description="E2 — collectives recognised (được công nhận)")
    individuals_total: Count = Field(default=0, description="E2 — the unit's individuals (cá nhân) in all")
    individuals_registered: Count = Field(default=0, description="E2 — individuals registered")
    individuals_recognised: Count = Field(default=0, description="E2 — individuals recognised")


class RegistrationCreate(Counts):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "movement_id": MOVEMENT_ID,
                    "unit_id": ex.UNIT_ID,
                    "collectives_total": 12,
                    "collectives_registered": 12,
                    "collectives_recognised": 9,
                    "individuals_total": 240,
                    "individuals_registered": 215,
                    "individuals_recognised": 160,
                }
            ]
        }
    )

    movement_id: uuid.UUID = Field(description="The movement registered for")
    unit_id: uuid.UUID | None = Field(default=None, description="Defaults to the caller's unit")


class RegistrationUpdate(Update):
    model_config = ConfigDict(json_schema_extra={"examples": [{"collectives_recognised": 10}]})

    collectives_total: Count | None = Field(default=None, description="E2 — collectives in all")
    collectives_registered: Count | None = Field(default=None, description="E2 — collectives registered")
    collectives_recognised: Count | None = Field(default=None, description="E2 — collectives recognised")
    individuals_total: Count | None = Field(default=None, description="E2 — individuals in all")
    individuals_registered: Count | None = Field(default=None, description="E2 — individuals registered")
    individuals_recognised: Count | None = Field(default=None, description="E2 — individuals recognised")


class Rates(BaseModel):
    collectives_registered_percent: str | None = Field(description=_PCT)
    collectives_recognised_percent: str | None = Field(description=_PCT)
    individuals_registered_percent: str | None = Field(description=_PCT)
    individuals_recognised_percent: str | None = Field(description=_PCT)


class RegistrationPublic(Rates):
    model_config = ConfigDict(json_schema_extra={"examples": [REGISTRATION]})

    id: uuid.UUID = Field(description="The registration's id")
    movement_id: uuid.UUID = Field(description="The movement")
    plan_id: uuid.UUID = Field(description="The movement's plan")
    unit_id: uuid.UUID = Field(description="The unit whose counts these are")
    collectives_total: int = Field(description="E2 — collectives in all")
    collectives_registered: int = Field(description="E2 — collectives registered")
    collectives_recognised: int = Field(description="E2 — collectives recognised")
    individuals_total: int = Field(description="E2 — individuals in all")
    individuals_registered: int = Field(description="E2 — individuals registered")
    individuals_recognised: int = Field(description="E2 — individuals recognised")
    created_at: Instant
    updated_at: Instant


class MovementTotal(Rates):
    movement_id: uuid.UUID = Field(description="The movement")
    name: str = Field(description="Its name")
    kind: MovementKind = Field(description="Movement or special drive")
    units: int = Field(description="How many units recorded registrations")
    collectives_total: int = Field(description="E2 — sum over the units")
    collectives_registered: int = Field(description="E2 — sum over the units")
    collectives_recognised: int = Field(description="E2 — sum over the units")
    individuals_total: int = Field(description="E2 — sum over the units")
    individuals_registered: int = Field(description="E2 — sum over the units")
    individuals_recognised: int = Field(description="E2 — sum over the units")


class MovementTotals(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "items": [
                        {
                            "movement_id": MOVEMENT_ID,
                            "name": MOVEMENT["name"],
                            "kind": "movement",
                            "units": 21,
                            **{
                                k: v
                                for k, v in REGISTRATION.items()
                                if "_" in k and k.split("_")[0] in ("collectives", "individuals")
                            },
                        }
                    ],
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The plan")
    items: list[MovementTotal] = Field(
        description="E2 — every movement of the plan, in the plan's order, "
        "summed over the units the caller may see (X2)"
    )


class ComputedCommendation(BaseModel):
    level: CommendationLevel = Field(description="Cấp khen thưởng")
    form: str = Field(description="Hình thức, from the nomination's honour")
    count: int = Field(description="Approved nominations for it")


class FigureCheck(BaseModel):
    rule: str = Field(description="The rule checked: E3")
    status: ComplianceStatus = Field(description="warning when the typed figure differs; never error")
    message: str = Field(description="What differs, in the caller's language")
    facts: dict[str, Any] = Field(description="figure, typed and computed, as data")


class ComputedFigures(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "submission_id": ex.SUBMISSION_ID,
                    "collectives_registered": 12,
                    "collectives_total": 12,
                    "collectives_percent": "100.0",
                    "individuals_registered": 215,
                    "individuals_total": 240,
                    "individuals_percent": "89.6",
                    "commendations": [{"level": "district", "form": "Giấy khen của Chủ tịch UBND huyện", "count": 3}],
                    "commendations_total": 3,
                    "leaders_commended": 1,
                    "workers_commended": 2,
                    "leader_worker_ratio": "1:2",
                    "sources": ["movement_registrations", "award_decisions"],
                    "items": [
                        {
                            "rule": "E3",
                            "status": "warning",
                            "message": "The typed figure workers_commended is 1; the service computes 2.",
                            "facts": {"figure": "workers_commended", "typed": 1, "computed": 2},
                        }
                    ],
                }
            ]
        }
    )

    submission_id: uuid.UUID = Field(description="The summary report")
    collectives_registered: int = Field(description="E3 — from E2: the largest count over the plan's movements")
    collectives_total: int = Field(description="E3 — from E2: the largest total over the plan's movements")
    collectives_percent: str | None = Field(description="E3 — registered out of total; null when the total is 0")
    individuals_registered: int = Field(description="E3 — from E2: the largest count over the plan's movements")
    individuals_total: int = Field(description="E3 — from E2: the largest total over the plan's movements")
    individuals_percent: str | None = Field(description="E3 — registered out of total; null when the total is 0")
    commendations: list[ComputedCommendation] = Field(
        description="E3 — the unit's nominations awarded by a decision (D1) in the plan's conferences, by level "
        "and form"
    )
    commendations_total: int = Field(description="E3 — awarded nominations in all")
    leaders_commended: int = Field(description="E3 — awarded individuals ranked leader")
    workers_commended: int = Field(description="E3 — awarded individuals ranked worker")
    leader_worker_ratio: str = Field(description="E3 — leaders to workers, reduced")
    sources: list[str] = Field(
        description="What the figures were computed from: movement registrations (E2) and award decisions (D1)"
    )
    items: list[FigureCheck] = Field(
        description="E3 — one warning per typed figure that differs from the computed one "
        "(none when no figures are typed)"
    )


MovementCreate.described_by = MovementPublic
MovementUpdate.public_schema = MovementPublic
RegistrationCreate.described_by = RegistrationPublic
RegistrationUpdate.public_schema = RegistrationPublic
