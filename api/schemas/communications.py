"""M1–M2 — communication activities as the contract shows them."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from api.domain.communications import ActivityKind, Phase
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, ShortText, Update

ACTIVITY_ID = "f5a6b7c8-d9e0-4f1a-8b2c-3d4e5f6a7b8c"
ACTIVITY_ATTACHMENT_ID = "a6b7c8d9-e0f1-4a2b-9c3d-4e5f6a7b8c9d"
LINK = "https://trtnews.vn/phong-su-dien-hinh-tien-tien-xa-huong-thuy"

ACTIVITY: JsonDict = {
    "id": ACTIVITY_ID,
    "plan_id": ex.PLAN_ID,
    "unit_id": ex.UNIT_ID,
    "kind": "reportage",
    "title": "Phóng sự: Những bông hoa đẹp của xã Hương Thủy",
    "channel": "Đài Truyền thanh - Truyền hình huyện",
    "occurred_on": "2025-01-10",
    "link": LINK,
    "documentary_conference_id": ex.CONFERENCE_ID,
    "phase": "before",
    "conference_held_on": "2025-01-15",
    "attachment_count": 0,
    "has_evidence": True,
    "created_at": ex.CREATED_AT,
    "updated_at": ex.UPDATED_AT,
}

Link = ShortText  # checked further by the domain (M1: http or https)


class ActivityPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [ACTIVITY]})

    id: uuid.UUID = Field(description="The activity's id")
    plan_id: uuid.UUID = Field(description="The plan it serves")
    unit_id: uuid.UUID = Field(description="The unit that carried it out (X2: private to that unit)")
    kind: ActivityKind = Field(description="M1 — loại hoạt động tuyên truyền")
    title: str = Field(description="Tên tác phẩm, tin bài")
    channel: str = Field(description="Kênh, cơ quan đăng phát (e.g. the district radio, the unit's fanpage)")
    occurred_on: dt.date = Field(description="The day it was published or shown")
    link: str | None = Field(description="M1 — where it can be seen (http or https)")
    documentary_conference_id: uuid.UUID | None = Field(
        description="M2 — the conference of the same unit that shows this reportage as its documentary"
    )
    phase: Phase = Field(
        description="M1 — computed: before, on or after the unit's conference day in the plan; "
        "unscheduled while the unit has no conference"
    )
    conference_held_on: dt.date | None = Field(description="The unit's conference day the phase is computed from")
    attachment_count: int = Field(description="S6 — how many files are attached")
    has_evidence: bool = Field(
        description="M1 — a link or at least one attachment; false only between creating an activity "
        "without a link and uploading its first file"
    )
    created_at: Instant = Field(description="When it was recorded")
    updated_at: Instant = Field(description="When it last changed")


class ActivityCreate(Model):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "unit_id": ex.UNIT_ID,
                    "kind": "reportage",
                    "title": "Phóng sự: Những bông hoa đẹp của xã Hương Thủy",
                    "channel": "Đài Truyền thanh - Truyền hình huyện",
                    "occurred_on": "2025-01-10",
                    "link": LINK,
                }
            ]
        }
    )
    described_by = ActivityPublic

    plan_id: uuid.UUID
    unit_id: uuid.UUID | None = Field(default=None, description="Defaults to the caller's unit")
    kind: ActivityKind
    title: ShortText
    channel: ShortText
    occurred_on: dt.date
    link: Link | None = Field(
        default=None,
        description="M1 — http or https. Without a link, attach a file right after creating (POST …/attachments)",
    )
    documentary_conference_id: uuid.UUID | None = Field(
        default=None, description="M2 — a reportage: the conference of its unit that shows it"
    )


class ActivityUpdate(Update):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"title": "Phóng sự: Hương Thủy - những tấm gương bình dị"}]}
    )
    public_schema = ActivityPublic

    kind: ActivityKind | None = None
    title: ShortText | None = None
    channel: ShortText | None = None
    occurred_on: dt.date | None = None
    link: Link | None = Field(default=None, description="null removes it (refused when no file is attached, M1)")
    documentary_conference_id: uuid.UUID | None = Field(
        default=None, description="M2 — name this reportage as the conference's documentary; null unlinks it"
    )


class ActivityAttachmentPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ACTIVITY_ATTACHMENT_ID,
                    "activity_id": ACTIVITY_ID,
                    "filename": "phong-su-huong-thuy.mp4",
                    "content_type": "video/mp4",
                    "size_bytes": 10485760,
                    "sha256": "9f2c4a1b7e3d5f60812a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e",
                    "created_at": ex.CREATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The attachment's id")
    activity_id: uuid.UUID = Field(description="The activity it belongs to")
    filename: str = Field(description="The file's name, its extension matching its type")
    content_type: str = Field(description="S6 — the type judged from the bytes")
    size_bytes: int = Field(description="Size in bytes")
    sha256: str = Field(description="S6 — the SHA-256 checksum, hex")
    created_at: Instant = Field(description="When it was attached")


class CountRow(BaseModel):
    unit_id: uuid.UUID = Field(description="The unit")
    unit_name: str = Field(description="Its name")
    kind: ActivityKind = Field(description="The kind of activity")
    phase: Phase = Field(description="Before, on or after the unit's conference day (or unscheduled)")
    count: int = Field(description="How many activities")


class ActivityCounts(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "total": 3,
                    "by_kind": {"reportage": 1, "digital_post": 2},
                    "by_phase": {"before": 2, "on": 1},
                    "by_unit": [{"unit_id": ex.UNIT_ID, "unit_name": "Xã Hương Thủy", "count": 3}],
                    "rows": [
                        {
                            "unit_id": ex.UNIT_ID,
                            "unit_name": "Xã Hương Thủy",
                            "kind": "digital_post",
                            "phase": "before",
                            "count": 2,
                        }
                    ],
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The plan")
    total: int = Field(description="Every activity counted (X2: of the units the caller may see)")
    by_kind: dict[ActivityKind, int] = Field(description="Counts by kind (kinds with none left out)")
    by_phase: dict[Phase, int] = Field(description="Counts by phase (phases with none left out)")
    by_unit: list[UnitCount] = Field(description="Counts by unit, in Vietnamese name order")
    rows: list[CountRow] = Field(description="Counts by unit, kind and phase")


class UnitCount(BaseModel):
    unit_id: uuid.UUID = Field(description="The unit")
    unit_name: str = Field(description="Its name")
    count: int = Field(description="How many activities")


ActivityCounts.model_rebuild()
