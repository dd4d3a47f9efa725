"""The unit register and emulation blocks as the contract shows them (U1–U3)."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field
from pydantic.config import JsonDict

from api.domain.units import HEADCOUNT_MAX, Level, UnitKind
from api.schemas.common import Instant, LongText, Model, Name, Update

# U2 — documented here, checked by the rule (a schema bound would answer validation_error
# instead of the rule's own invalid_unit).
HEADCOUNT_RANGE: JsonDict = {"minimum": 0, "maximum": HEADCOUNT_MAX}


class UnitCreate(Model):
    name: Name = Field(examples=["xã Hương Thủy"])
    kind: UnitKind
    parent_id: uuid.UUID | None = Field(default=None, description="The district (or a grassroots unit) above")
    headcount: int | None = Field(
        default=None,
        json_schema_extra=HEADCOUNT_RANGE,
        description="U2 — cadres, civil servants, public employees, workers; required below district",
    )
    party_congress_date: dt.date | None = Field(default=None, description="C5 — the unit's Party congress date")
    is_pilot: bool = Field(default=False, description="A9 — followed closely by the district council (§II.5)")


class UnitUpdate(Update):
    name: Name | None = None
    kind: UnitKind | None = None
    parent_id: uuid.UUID | None = None
    headcount: int | None = Field(default=None, json_schema_extra=HEADCOUNT_RANGE, description="U2")
    party_congress_date: dt.date | None = None
    is_pilot: bool | None = None


class UnitPublic(BaseModel):
    id: uuid.UUID
    name: str
    kind: UnitKind
    level: Level
    parent_id: uuid.UUID | None
    district_id: uuid.UUID | None
    headcount: int | None
    party_congress_date: dt.date | None
    is_pilot: bool
    block_id: uuid.UUID | None
    created_at: Instant
    updated_at: Instant


class BlockCreate(Model):
    name: Name = Field(examples=["Cụm thi đua số 1"])
    district_id: uuid.UUID | None = Field(default=None, description="Defaults to the admin's own district")
    description: LongText | None = None
    member_ids: list[uuid.UUID] = Field(default_factory=list, max_length=5000)


class BlockUpdate(Update):
    name: Name | None = None
    description: LongText | None = None
    member_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=5000, description="Replaces the members (U3: one block per unit)"
    )


class BlockPublic(BaseModel):
    id: uuid.UUID
    name: str
    district_id: uuid.UUID
    description: str | None
    member_ids: list[uuid.UUID]
    created_at: Instant
    updated_at: Instant


UnitUpdate.public_schema = UnitPublic
BlockUpdate.public_schema = BlockPublic
