"""The unit register and emulation blocks as the contract shows them (U1–U3)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from api.domain.units import HEADCOUNT_MAX, REGISTER_START, Level, UnitKind
from api.schemas import examples as ex
from api.schemas.common import Instant, LongText, Model, Name, Text, Update

# U2 — documented here, checked by the rule (a schema bound would answer validation_error
# instead of the rule's own invalid_unit).
HEADCOUNT_RANGE: JsonDict = {"minimum": 0, "maximum": HEADCOUNT_MAX}
AdminCode = Annotated[Text, StringConstraints(max_length=8)]  # L3 — digits, checked by the rule
ADMIN_CODE = (
    "L3 — the official code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg), unique: digits only, 2 for a province, "
    "3 for a district, 5 for a commune or town; none for schools, enterprises and agencies"
)


class UnitCreate(Model):
    """A unit to register (U1): a grassroots unit under its district."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "xã Hương Thủy",
                    "kind": "commune",
                    "parent_id": ex.DISTRICT_ID,
                    "headcount": 120,
                    "is_pilot": True,
                }
            ]
        }
    )

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
    admin_code: AdminCode | None = Field(default=None, description=ADMIN_CODE)
    valid_from: dt.date = Field(
        default=REGISTER_START,
        description="L3 — the unit's first day; by default the register's beginning of time (valid for every plan)",
    )


class UnitUpdate(Update):
    """A change to a unit: only the fields sent change; UnitPublic can be sent back as it is."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"headcount": 135}]})

    name: Name | None = None
    kind: UnitKind | None = None
    parent_id: uuid.UUID | None = None
    headcount: int | None = Field(default=None, json_schema_extra=HEADCOUNT_RANGE, description="U2")
    party_congress_date: dt.date | None = None
    is_pilot: bool | None = None
    admin_code: AdminCode | None = Field(default=None, description=ADMIN_CODE)


UNIT_EXAMPLE: JsonDict = {
    "id": ex.UNIT_ID,
    "name": "xã Hương Thủy",
    "kind": "commune",
    "level": "grassroots",
    "parent_id": ex.DISTRICT_ID,
    "district_id": ex.DISTRICT_ID,
    "headcount": 120,
    "party_congress_date": "2025-05-20",
    "is_pilot": True,
    "block_id": ex.BLOCK_ID,
    "valid_from": "1900-01-01",
    "valid_to": "2025-06-30",
    "successor_ids": [ex.SUCCESSOR_UNIT_ID],
    "admin_code": "18211",
    "created_at": ex.CREATED_AT,
    "updated_at": ex.UPDATED_AT,
}


class UnitPublic(BaseModel):
    """A unit of the register (đơn vị): the province, a district, or a grassroots unit (U1)."""

    model_config = ConfigDict(json_schema_extra={"examples": [UNIT_EXAMPLE]})

    id: uuid.UUID = Field(description="The unit's id")
    name: str = Field(description="The unit's name (tên đơn vị), e.g. xã Hương Thủy")
    kind: UnitKind = Field(description="U1 — what the unit is (loại đơn vị)")
    level: Level = Field(description="U1 — the level that follows from the kind (cấp)")
    parent_id: uuid.UUID | None = Field(
        description="The unit above: the district, a province (a commune under the two-level government since "
        "2025-07-01, L2) or a grassroots unit"
    )
    district_id: uuid.UUID | None = Field(
        description="The unit's area: the district it is or lies under, or the province for a unit directly "
        "under it (L2); null for the province"
    )
    headcount: int | None = Field(
        description="U2 — cadres, civil servants, public employees, workers (số cán bộ, công chức, viên chức, "
        "người lao động); decides the assembly mode (A1)"
    )
    party_congress_date: dt.date | None = Field(
        description="C5 — the unit's Party congress (đại hội Đảng); the conference is held before it"
    )
    is_pilot: bool = Field(description="A9 — the pilot unit (đơn vị chỉ đạo điểm, §II.5)")
    block_id: uuid.UUID | None = Field(description="U3 — the emulation block it belongs to (cụm, khối thi đua)")
    valid_from: dt.date = Field(
        description="L3 — the first day the unit exists (1900-01-01: since before the register)"
    )
    valid_to: dt.date | None = Field(description="L3 — the last day the unit exists; null while it does")
    successor_ids: list[uuid.UUID] = Field(
        description="L3 — the units it became when it was merged or split (empty while open)"
    )
    admin_code: str | None = Field(description=ADMIN_CODE)
    created_at: Instant
    updated_at: Instant


class MergedUnit(Model):
    """L3 — the unit a merge opens: under the merged units' parent, at their level."""

    name: Name = Field(examples=["xã Hương Khê"], description="The new unit's name")
    kind: UnitKind
    headcount: int | None = Field(default=None, json_schema_extra=HEADCOUNT_RANGE, description="U2")
    party_congress_date: dt.date | None = Field(default=None, description="C5")
    is_pilot: bool = Field(default=False, description="A9")
    admin_code: AdminCode | None = Field(default=None, description=ADMIN_CODE)


class UnitMerge(Model):
    """L3 — merge units (sáp nhập): the units close the day before ``effective_on``, naming the new unit as their
    successor; the new unit opens on ``effective_on``. One step, all or nothing."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "unit_ids": [ex.UNIT_ID, ex.OTHER_UNIT_ID],
                    "effective_on": "2025-07-01",
                    "unit": {"name": "xã Hương Khê", "kind": "commune", "headcount": 240},
                }
            ]
        }
    )

    unit_ids: list[uuid.UUID] = Field(min_length=1, max_length=100, description="The units merged (two or more)")
    effective_on: dt.date = Field(description="The new unit's first day; the merged units' last is the day before")
    unit: MergedUnit


class UnitSplit(Model):
    """L3 — split a unit (chia tách): it closes the day before ``effective_on``, naming every new unit as its
    successor; the new units open on ``effective_on`` under its parent. One step, all or nothing."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "effective_on": "2025-07-01",
                    "units": [
                        {"name": "xã Hương Khê", "kind": "commune", "headcount": 240},
                        {"name": "xã Hương Phố", "kind": "commune", "headcount": 180},
                    ],
                }
            ]
        }
    )

    effective_on: dt.date = Field(description="The new units' first day; the split unit's last is the day before")
    units: list[MergedUnit] = Field(min_length=1, max_length=50, description="The units it becomes (two or more)")


class UnitSplitResult(Model):
    """L3 — a split's outcome: the closed unit (its ``successor_ids`` name the new ones) and the new units."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "unit": UNIT_EXAMPLE,
                    "successors": [
                        UNIT_EXAMPLE
                        | {
                            "id": ex.SUCCESSOR_UNIT_ID,
                            "name": "xã Hương Khê",
                            "block_id": None,
                            "valid_from": "2025-07-01",
                            "valid_to": None,
                            "successor_ids": [],
                            "admin_code": None,
                        }
                    ],
                }
            ]
        }
    )

    unit: UnitPublic
    successors: list[UnitPublic]


class BlockCreate(Model):
    """A new emulation block (U3)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "Cụm thi đua số 1", "member_ids": [ex.UNIT_ID]}]}
    )

    name: Name = Field(examples=["Cụm thi đua số 1"])
    district_id: uuid.UUID | None = Field(default=None, description="Defaults to the admin's own district")
    description: LongText | None = None
    member_ids: list[uuid.UUID] = Field(default_factory=list, max_length=5000)


class BlockUpdate(Update):
    """A change to a block: only the fields sent change; BlockPublic can be sent back as it is."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"member_ids": [ex.UNIT_ID]}]})

    name: Name | None = None
    description: LongText | None = None
    member_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=5000, description="Replaces the members (U3: one block per unit)"
    )


class BlockPublic(BaseModel):
    """An emulation block or cluster (cụm, khối thi đua) of one district's units (U3)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.BLOCK_ID,
                    "name": "Cụm thi đua số 1",
                    "district_id": ex.DISTRICT_ID,
                    "description": "Các xã vùng thượng huyện",
                    "member_ids": [ex.UNIT_ID],
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The block's id")
    name: str = Field(description="The block's name")
    district_id: uuid.UUID = Field(description="The district whose units it groups")
    description: str | None = Field(description="What the block is for")
    member_ids: list[uuid.UUID] = Field(description="U3 — its member units; a unit belongs to one block at most")
    created_at: Instant
    updated_at: Instant


UnitCreate.described_by = UnitPublic
BlockCreate.described_by = BlockPublic
UnitUpdate.public_schema = UnitPublic
BlockUpdate.public_schema = BlockPublic
