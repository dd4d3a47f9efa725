"""Conferences, agendas, delegates, compliance, allocations and designations (C1–C8, A1–A10)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue
from pydantic.config import JsonDict

from api.domain.conferences import AgendaItemKind, AssemblyMode, ComplianceStatus, Form, Session
from api.domain.delegates import Category, EconomicSector, Gender, ListState
from api.domain.units import Level
from api.schemas import examples as ex
from api.schemas.common import (
    Instant,
    LocalTime,
    LongText,
    Model,
    Name,
    NationalId,
    Phone,
    ShortName,
    ShortText,
    Update,
)

Override = LongText

CONFERENCE: JsonDict = {
    "unit_id": ex.UNIT_ID,
    "plan_id": ex.PLAN_ID,
    "form": "advanced_exemplars",
    "held_on": "2025-03-15",
    "session": "morning",
    "place": "Hương Thủy",
    "is_congress": False,
    "has_documentary": True,
    "has_exchange": True,
    "edition": 8,
}
DELEGATE: JsonDict = {
    "full_name": "Nguyễn Thị Hoa",
    "gender": "female",
    "birth_date": "1985-04-12",
    "ethnicity": "Kinh",
    "national_id": ex.NATIONAL_ID,
    "phone": ex.PHONE,
    "position": "Tổ trưởng tổ sản xuất",
    "workplace": "Hợp tác xã nông nghiệp Hương Thủy",
    "economic_sector": "collective",
    "category": "direct_worker",
    "province_commendations": 0,
    "pilot_invitee": False,
    "note": "Mô hình trồng cam Khe Mây",
}
AGENDA_ITEMS: list[JsonValue] = [
    {"key": "welcome", "title": "Đón tiếp đại biểu và ổn định tổ chức", "kind": "mandatory", "start_time": "07:30"},
    {"key": "children_greeting", "title": "Thiếu nhi chào mừng Hội nghị", "kind": "extra", "start_time": "07:50"},
    {
        "key": "documentary",
        "title": "Phóng sự về phong trào thi đua yêu nước",
        "kind": "conditional",
        "start_time": None,
    },
]


class ConferenceCreate(Model):
    model_config = ConfigDict(json_schema_extra={"examples": [CONFERENCE]})

    unit_id: uuid.UUID
    plan_id: uuid.UUID
    form: Form = Field(
        description="C1 — one of the forms its plan allows at its level (the plan's issuer_forms for the issuer's own "
        "conference, member_forms for the units under it; plan 187: the district only advanced_exemplars or "
        "skilled_creative_workers)"
    )
    held_on: dt.date = Field(description="C3, C4 — the date (Asia/Ho_Chi_Minh)")
    session: Session = Field(description="C3 — half a day")
    place: Name = Field(description="C7 — the place named in the title", examples=["Hương Thủy"])
    is_congress: bool = Field(default=False, description="Đại hội: adds the flag salute (C8)")
    has_documentary: bool = Field(default=False, description="C8 — a documentary on the movement")
    has_exchange: bool = Field(default=False, description="C8 — an exchange with exemplars")
    edition: int | None = Field(
        default=None, ge=1, le=1000, description="C7 — the unit's own count; default the plan's"
    )
    override_reason: Override | None = Field(
        default=None, description="C4, C5 — district admin only: force a date outside the rules, with a reason"
    )


class ConferenceUpdate(Update):
    model_config = ConfigDict(json_schema_extra={"examples": [{"held_on": "2025-03-20", "session": "afternoon"}]})

    form: Form | None = None
    held_on: dt.date | None = None
    session: Session | None = None
    place: Name | None = None
    is_congress: bool | None = None
    has_documentary: bool | None = None
    has_exchange: bool | None = None
    edition: int | None = Field(default=None, ge=1, le=1000)
    override_reason: Override | None = Field(
        default=None, description="C4, C5 — district admin only: force a date outside the rules, with a reason"
    )


class ConferencePublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.CONFERENCE_ID,
                    **CONFERENCE,
                    "unit_name": "xã Hương Thủy",
                    "district_id": ex.DISTRICT_ID,
                    "level": "grassroots",
                    "assembly_mode": "full_assembly",
                    "delegate_cap": None,
                    "title": [
                        "Hội nghị điển hình tiên tiến xã Hương Thủy",
                        "Lần thứ VIII (2025 - 2030)",
                        "Hương Thủy, ngày 15 tháng 3 năm 2025",
                    ],
                    "list_state": "draft",
                    "finalized_at": None,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The conference's id")
    plan_id: uuid.UUID = Field(description="The plan it is held under")
    unit_id: uuid.UUID = Field(description="The organizing unit")
    unit_name: str = Field(description="The organizing unit's name")
    district_id: uuid.UUID = Field(
        description="L2 — the plan's issuer: the organizing unit's district in plan 187, the province in a "
        "province's plan; the conference whose unit is this one is the plan's upper (issuing) level"
    )
    level: Level = Field(description="U1 — the level of the organizing unit (cấp)")
    form: Form = Field(description="C1 — the form of the conference (hình thức hội nghị)")
    held_on: dt.date = Field(description="C3, C4 — the day it is held (Asia/Ho_Chi_Minh)")
    session: Session = Field(description="C3 — the half-day (buổi)")
    place: str = Field(description="C7 — the place named in the title (địa danh)")
    is_congress: bool = Field(description="C8 — a congress (đại hội): adds the flag salute")
    has_documentary: bool = Field(description="C8 — a documentary on the movement (phóng sự) is shown")
    has_exchange: bool = Field(description="C8 — an exchange with the exemplars (giao lưu) is held")
    edition: int = Field(description="C7 — the unit's own edition (lần thứ); defaults to the plan's")
    assembly_mode: AssemblyMode = Field(description="A1, A2 — from the unit's headcount and the plan")
    delegate_cap: int | None = Field(description="A1, A2 — null for a full assembly (the whole staff attends)")
    title: list[str] = Field(description="C7 — the three lines of the title")
    list_state: ListState = Field(description="A8")
    finalized_at: Instant | None = Field(
        description="A8 — when the delegate list was finalized (chốt); null while a draft"
    )
    created_at: Instant
    updated_at: Instant


class AgendaItemIn(Update):
    """An agenda item as GET answers it; ``title`` and ``kind`` are the service's and may be sent
    back unchanged."""

    key: str = Field(
        max_length=64,
        description="A plan item key, or an extra the plan names for the conference's level (issuer_agenda_extras / "
        "member_agenda_extras; plan 187: children_greeting, art_performance, award_presentation)",
    )
    start_time: LocalTime | None = Field(default=None, description="The local time the item starts (HH:MM), if set")
    presentation_ids: list[uuid.UUID] | None = Field(
        default=None, max_length=50, description="S3 — on the presentations item: approved presentations, in order"
    )


class AgendaUpdate(Update):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {"key": i["key"], "start_time": i["start_time"]} for i in AGENDA_ITEMS if isinstance(i, dict)
                    ]
                }
            ]
        }
    )

    """The whole agenda, in order; GET's answer can be sent back as it is."""

    items: list[AgendaItemIn] = Field(description="C8 — every item, in order", max_length=100)


class AgendaItemPublic(BaseModel):
    key: str = Field(description="C8 — the item: a plan item key or an extra (AgendaKey in the vocabulary)")
    title: str = Field(description="C8 — the plan's wording of the item (read-only)")
    kind: AgendaItemKind = Field(description="C8 — read-only")
    start_time: LocalTime | None = Field(description="The local time the item starts (HH:MM), if set")
    presentation_ids: list[uuid.UUID] = Field(
        default_factory=list, description="S3 — approved presentations (the presentations item only)"
    )


class AgendaPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"conference_id": ex.CONFERENCE_ID, "items": AGENDA_ITEMS}]}
    )

    conference_id: uuid.UUID = Field(description="The conference's id")
    items: list[AgendaItemPublic] = Field(description="C8 — the items in order")


AgendaItemIn.public_schema = AgendaItemPublic
AgendaUpdate.public_schema = AgendaPublic


class DelegateFields(Model):
    full_name: Name
    gender: Gender | None = None
    birth_date: dt.date | None = None
    ethnicity: ShortName | None = Field(default=None, examples=["Kinh"])
    national_id: NationalId | None = Field(default=None, description="Q2 — CCCD, 12 digits")
    phone: Phone | None = Field(default=None, description="Q2 — a Vietnamese number")
    position: Name | None = None
    workplace: Name | None = None
    economic_sector: EconomicSector | None = None
    category: Category = Field(description="A5")
    province_commendations: int = Field(
        default=0, ge=0, le=100, description="A6 — times commended by the province chairman"
    )
    pilot_invitee: bool = Field(default=False, description="A9 — only at a pilot unit's conference")
    note: ShortText | None = None


class DelegateCreate(DelegateFields):
    model_config = ConfigDict(json_schema_extra={"examples": [DELEGATE]})

    pass


class DelegateUpdate(Update):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"phone": "0987654321", "position": "Chủ nhiệm Hợp tác xã"}]}
    )

    full_name: Name | None = None
    gender: Gender | None = None
    birth_date: dt.date | None = None
    ethnicity: ShortName | None = None
    national_id: NationalId | None = None
    phone: Phone | None = None
    position: Name | None = None
    workplace: Name | None = None
    economic_sector: EconomicSector | None = None
    category: Category | None = None
    province_commendations: int | None = Field(default=None, ge=0, le=100)
    pilot_invitee: bool | None = None
    note: ShortText | None = None


class DelegatePublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.DELEGATE_ID,
                    "conference_id": ex.CONFERENCE_ID,
                    **DELEGATE,
                    "origin_delegate_id": None,
                    "origin_unit_id": None,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The delegate's id")
    conference_id: uuid.UUID = Field(description="The conference whose list it is on")
    full_name: str = Field(description="Full name (họ và tên)")
    gender: Gender | None = Field(description="Gender (giới tính)")
    birth_date: dt.date | None = Field(description="Date of birth (ngày sinh)")
    ethnicity: str | None = Field(description="Ethnicity (dân tộc), e.g. Kinh")
    national_id: str | None = Field(description="Q2 — CCCD, 12 digits; A7 — one person once per list")
    phone: str | None = Field(description="Q2 — a Vietnamese phone number (số điện thoại)")
    position: str | None = Field(description="Position (chức vụ)")
    workplace: str | None = Field(description="Workplace (đơn vị công tác)")
    economic_sector: EconomicSector | None = Field(description="A6 — economic sector (thành phần kinh tế)")
    category: Category = Field(
        description="A5 — the delegate category (thành phần đại biểu); guests and leaders are not exemplary (A4)"
    )
    province_commendations: int = Field(
        description="A6 — times commended by the province chairman (Bằng khen của Chủ tịch UBND tỉnh)"
    )
    pilot_invitee: bool = Field(description="A9 — invited to a pilot unit's conference; not counted in the caps")
    note: str | None = Field(description="Note (ghi chú)")
    origin_delegate_id: uuid.UUID | None = Field(
        description="A10 — the grassroots delegate this one was designated from"
    )
    origin_unit_id: uuid.UUID | None = Field(description="A10 — the grassroots unit that designated this delegate")
    created_at: Instant
    updated_at: Instant


class ImportResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"imported": 42, "unknown_columns": ["Ghi chú thêm"]}]})

    imported: int = Field(description="How many delegates were added (all rows or none)")
    unknown_columns: list[str] = Field(description="Columns of the sheet the service did not read")


class ComplianceItem(BaseModel):
    rule: str = Field(description="The rule ID checked, e.g. A4")
    status: ComplianceStatus = Field(description="The outcome (kết quả kiểm tra)")
    message: str = Field(description="What the check found, in the caller's language")
    facts: dict[str, Any] = Field(description="The numbers and dates the check used, as data")


class Compliance(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "conference_id": ex.CONFERENCE_ID,
                    "items": [
                        {
                            "rule": "A4",
                            "status": "ok",
                            "message": "70% of the delegates are exemplary (at least 70%).",
                            "facts": {"total": 100, "exemplary": 70, "share_percent": 70},
                        }
                    ],
                }
            ]
        }
    )

    conference_id: uuid.UUID = Field(description="The conference's id")
    items: list[ComplianceItem] = Field(description="One item per rule checked")


class AllocationItem(Model):
    unit_id: uuid.UUID = Field(description="A grassroots unit of the district")
    seats: int = Field(description="A10 — its exemplary seats at the district conference", ge=0, le=1000)


class AllocationsUpdate(Model):
    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [{"unit_id": ex.UNIT_ID, "seats": 12}]}]})

    items: list[AllocationItem] = Field(
        description="A10 — every unit allocated; replaces the allocation", max_length=5000
    )


class AllocationPublic(BaseModel):
    unit_id: uuid.UUID = Field(description="The grassroots unit")
    unit_name: str = Field(description="The unit's name")
    seats: int = Field(description="A10 — its seats")
    designated: int = Field(description="A10 — how many it has designated so far")


class Allocations(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "conference_id": ex.DISTRICT_CONFERENCE_ID,
                    "capacity": 210,
                    "allocated": 12,
                    "items": [{"unit_id": ex.UNIT_ID, "unit_name": "xã Hương Thủy", "seats": 12, "designated": 5}],
                }
            ]
        }
    )

    conference_id: uuid.UUID = Field(description="The district conference's id")
    capacity: int = Field(description="A10 — the district conference's exemplary seats")
    allocated: int = Field(description="A10 — the seats allocated in all")
    items: list[AllocationPublic] = Field(description="One item per unit allocated")


class DesignationCreate(Model):
    model_config = ConfigDict(json_schema_extra={"examples": [{"delegate_id": ex.DELEGATE_ID}]})

    delegate_id: uuid.UUID = Field(description="An exemplary delegate of this (grassroots) conference")


class DesignationPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.DESIGNATED_ID,
                    "delegate_id": ex.DELEGATE_ID,
                    "district_conference_id": ex.DISTRICT_CONFERENCE_ID,
                    "full_name": "Nguyễn Thị Hoa",
                    "category": "direct_worker",
                    "created_at": ex.CREATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The delegate on the district conference's list")
    delegate_id: uuid.UUID = Field(description="The grassroots delegate it came from")
    district_conference_id: uuid.UUID = Field(description="The district conference")
    full_name: str = Field(description="The delegate's full name")
    category: Category = Field(description="A5 — the delegate category")
    created_at: Instant


ConferenceCreate.described_by = ConferencePublic
DelegateCreate.described_by = DelegatePublic
ConferenceUpdate.public_schema = ConferencePublic
DelegateUpdate.public_schema = DelegatePublic
