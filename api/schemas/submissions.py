"""Submissions (S1–S6) as the contract shows them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from api.domain.submissions import CommendationLevel, Kind, State
from api.domain.submissions import UnitPlanStatus as PlanStatus
from api.schemas import examples as ex
from api.schemas.common import Instant, LongText, Model, Multiline, ShortText, Update

Body = Annotated[Multiline, StringConstraints(max_length=200_000)]
Section = Annotated[Multiline, StringConstraints(max_length=100_000)]


PLAN_TEXT = "KẾ HOẠCH tổ chức Hội nghị điển hình tiên tiến xã Hương Thủy lần thứ VIII (2025 - 2030)\n..."
SUBMISSION: JsonDict = {
    "id": ex.SUBMISSION_ID,
    "kind": "unit_plan",
    "plan_id": ex.PLAN_ID,
    "unit_id": ex.UNIT_ID,
    "conference_id": None,
    "presenter_delegate_id": None,
    "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến xã Hương Thủy",
    "state": "submitted",
    "current_version": 2,
    "received_at": "2024-11-05T03:00:00Z",
    "on_time": True,
    "last_received_at": "2024-11-08T02:30:00Z",
    "changed_after_due": False,
    "reason": None,
    "content": {"text": PLAN_TEXT, "sections": None, "figures": None, "snapshot": None},
    "missing_sections": None,
    "created_at": "2024-11-04T01:00:00Z",
    "updated_at": "2024-11-08T02:30:00Z",
}


class Commendation(Model):
    level: CommendationLevel = Field(description="Cấp khen thưởng")
    form: ShortText = Field(description="Hình thức, e.g. Bằng khen, Giấy khen, Chiến sĩ thi đua cơ sở")
    count: int = Field(description="How many", ge=0, le=1_000_000)


class FiguresIn(Update):
    """S2 — the report's figures; percentages and ratios are computed, never typed (GET's computed
    ones may be sent back unchanged)."""

    collectives_registered: int = Field(
        description="S2 — collectives that registered for the emulation (tập thể đăng ký thi đua)",
        default=0,
        ge=0,
        le=10_000_000,
    )
    collectives_total: int = Field(description="S2 — collectives in all", default=0, ge=0, le=10_000_000)
    individuals_registered: int = Field(
        description="S2 — individuals that registered (cá nhân đăng ký thi đua)", default=0, ge=0, le=10_000_000
    )
    individuals_total: int = Field(description="S2 — individuals in all", default=0, ge=0, le=10_000_000)
    commendations: list[Commendation] = Field(
        description="S2 — commendations received in the period, by level and form", default_factory=list, max_length=200
    )
    leaders_commended: int = Field(description="S2 — leaders commended (lãnh đạo)", default=0, ge=0, le=10_000_000)
    workers_commended: int = Field(
        description="S2 — workers commended (người lao động)", default=0, ge=0, le=10_000_000
    )


class Figures(FiguresIn):
    collectives_percent: str = Field(description="S2 — collectives registered, as a percentage (computed)")
    individuals_percent: str = Field(description="S2 — individuals registered, as a percentage (computed)")
    leader_worker_ratio: str = Field(description="S2 — leaders to workers commended (computed)")
    commendations_total: int = Field(description="S2 — commendations in all (computed)")


class ContentIn(Update):
    """A version's content, nested as GET answers it (``content``): the body of a unit plan or a
    presentation, or a summary report's sections and figures. ``snapshot`` is the service's."""

    text: Body | None = Field(default=None, description="Unit plans and presentations: the body")
    sections: dict[str, Section] | None = Field(
        default=None,
        description="Summary reports: sections by outline key (S2); a PATCH changes the sections it names",
    )
    figures: FiguresIn | None = Field(default=None, description="Summary reports (S2)")


DEPRECATED_FLAT = "Deprecated: send it inside content, as GET answers it"


class SubmissionCreate(Model):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "unit_plan",
                    "plan_id": ex.PLAN_ID,
                    "unit_id": ex.UNIT_ID,
                    "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến xã Hương Thủy",
                    "content": {"text": PLAN_TEXT},
                }
            ]
        }
    )

    kind: Kind
    plan_id: uuid.UUID
    unit_id: uuid.UUID | None = Field(default=None, description="Defaults to the caller's unit")
    conference_id: uuid.UUID | None = Field(
        default=None, description="Presentations and programmes (P1, pilot units only): the conference"
    )
    presenter_delegate_id: uuid.UUID | None = Field(default=None, description="Presentations: the exemplar (S3)")
    title: ShortText | None = Field(default=None, description="Defaults from the kind")
    content: ContentIn | None = Field(default=None, description="The content, nested as GET answers it")
    text: Body | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)
    sections: dict[str, Section] | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)
    figures: FiguresIn | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)


class SubmissionUpdate(Update):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"content": {"text": PLAN_TEXT + " (bổ sung thời gian tổ chức)"}}]}
    )

    """S5 — every change becomes a new version; earlier versions stay readable. A body that
    changes nothing (GET's answer sent back as it is) makes no version."""

    title: ShortText | None = None
    content: ContentIn | None = Field(default=None, description="The content, nested as GET answers it")
    text: Body | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)
    sections: dict[str, Section] | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)
    figures: FiguresIn | None = Field(default=None, description=DEPRECATED_FLAT, deprecated=True)


class SubmitBody(Model):
    model_config = ConfigDict(json_schema_extra={"examples": [{"received_at": "2024-11-05T10:00:00+07:00"}]})

    received_at: AwareDatetime | None = Field(
        default=None, description="S1 — district admin only: when a plan that came on paper was received"
    )


class ReasonBody(Model):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Bổ sung thời gian, địa điểm tổ chức Hội nghị"}]}
    )

    reason: LongText = Field(description="What to change (yêu cầu chỉnh sửa)")


class Content(BaseModel):
    text: str | None = Field(default=None, description="Unit plans and presentations: the body")
    sections: dict[str, str] | None = Field(
        default=None, description="Summary reports: the sections by outline key (S2)"
    )
    figures: Figures | None = Field(default=None, description="Summary reports: the figures (S2)")
    snapshot: dict[str, object] | None = Field(
        default=None,
        description="District compilations (S4); programmes (P1): the conference's held_on, session, place and "
        "agenda, taken by the service when the version was made",
    )


class VersionPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "number": 2,
                    "title": SUBMISSION["title"],
                    "content": SUBMISSION["content"],
                    "created_by": ex.USER_ID,
                    "created_at": "2024-11-08T02:30:00Z",
                    "attachment_ids": [ex.ATTACHMENT_ID],
                }
            ]
        }
    )

    number: int = Field(description="S5 — the version number, from 1")
    title: str = Field(description="The title of this version")
    content: Content = Field(description="The content of this version")
    created_by: uuid.UUID | None = Field(description="The account that wrote it")
    created_at: Instant
    attachment_ids: list[uuid.UUID] = Field(description="S5 — the attachments this version holds")


class SubmissionPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [SUBMISSION]})

    id: uuid.UUID = Field(description="The submission's id")
    kind: Kind = Field(description="S1–S4 — what it is (loại hồ sơ)")
    plan_id: uuid.UUID = Field(description="The plan it answers")
    unit_id: uuid.UUID = Field(description="The sending unit")
    conference_id: uuid.UUID | None = Field(description="Presentations and programmes (P1): the conference")
    presenter_delegate_id: uuid.UUID | None = Field(description="S3 — presentations: the exemplar who presents")
    title: str = Field(description="The title (trích yếu)")
    state: State = Field(description="Where it stands (trạng thái hồ sơ)")
    current_version: int = Field(description="S5 — the latest version number")
    received_at: Instant | None = Field(description="S1 — the instant of the first submit")
    on_time: bool | None = Field(
        description="S1 — unit plans: received before 00:00 of the due date (judged on the first submit)"
    )
    last_received_at: Instant | None = Field(description="S1, S5 — when the latest received version arrived")
    changed_after_due: bool | None = Field(
        description="S1 — unit plans: a later version was received after the due date"
    )
    reason: str | None = Field(description="The district's reason when it asked for changes")
    content: Content = Field(description="The current version")
    missing_sections: list[str] | None = Field(description="S2 — required sections still empty")
    created_at: Instant
    updated_at: Instant


class SectionHeading(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"key": "p1.III.1", "heading": "Phong trào thi đua", "required": True}]}
    )

    key: str = Field(description="The section key (S2)")
    heading: str = Field(description="The heading, as the plan words it")
    required: bool = Field(description="S2 — the report is incomplete while this section is empty")


class AttachmentPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.ATTACHMENT_ID,
                    "submission_id": ex.SUBMISSION_ID,
                    "version": 2,
                    "removed_in_version": None,
                    "filename": "ke-hoach-xa-huong-thuy.pdf",
                    "content_type": "application/pdf",
                    "size_bytes": 245760,
                    "sha256": "9f2c4a1b7e3d5f60812a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e",
                    "created_at": "2024-11-08T02:30:00Z",
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The attachment's id")
    submission_id: uuid.UUID = Field(description="The submission it belongs to")
    version: int = Field(description="S5 — the version it was added to")
    removed_in_version: int | None = Field(description="S5 — the version that no longer holds it")
    filename: str = Field(description="The file name as uploaded")
    content_type: str = Field(description="S6 — the media type, checked from the bytes")
    size_bytes: int = Field(description="The size in bytes")
    sha256: str = Field(description="The SHA-256 of the bytes, hex")
    created_at: Instant


class UnitPlanStatusItem(BaseModel):
    unit_id: uuid.UUID = Field(description="The grassroots unit")
    unit_name: str = Field(description="The unit's name")
    status: PlanStatus = Field(description="S1 — on time, late or missing")
    received_at: Instant | None = Field(description="The first submit; decides on_time or late")
    last_received_at: Instant | None = Field(description="S5 — when the latest version was received")
    changed_after_due: bool = Field(description="S1 — a later version was received after the due date")
    submission_id: uuid.UUID | None = Field(description="The unit's plan, if started")


class UnitPlanStatusReport(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": ex.PLAN_ID,
                    "due": "2024-11-10",
                    "counts": {"on_time": 18, "late": 2, "missing": 1},
                    "items": [
                        {
                            "unit_id": ex.UNIT_ID,
                            "unit_name": "xã Hương Thủy",
                            "status": "on_time",
                            "received_at": "2024-11-05T03:00:00Z",
                            "last_received_at": "2024-11-08T02:30:00Z",
                            "changed_after_due": False,
                            "submission_id": ex.SUBMISSION_ID,
                        }
                    ],
                }
            ]
        }
    )

    plan_id: uuid.UUID = Field(description="The plan")
    due: dt.date = Field(description="Plans are on time when received before 00:00 (Asia/Ho_Chi_Minh) of this date")
    counts: dict[str, int] = Field(description="How many units are on_time, late and missing")
    items: list[UnitPlanStatusItem] = Field(description="Every grassroots unit of the district")


FiguresIn.public_schema = Figures
ContentIn.public_schema = Content
SubmissionCreate.described_by = SubmissionPublic
SubmissionUpdate.public_schema = SubmissionPublic
