"""Nominations (N1–N5) as the contract shows them."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from api.domain.nominations import Basis, Honour, NomineeKind, Rank, State
from api.schemas import examples as ex
from api.schemas.common import Instant, LongText, Model, Name, NationalId, Update

Achievements = LongText


NOMINATION: JsonDict = {
    "conference_id": ex.CONFERENCE_ID,
    "nominee_kind": "individual",
    "nominee_name": "Nguyễn Thị Hoa",
    "national_id": ex.NATIONAL_ID,
    "birth_date": "1985-04-12",
    "rank": "worker",
    "works_directly": True,
    "delegate_id": ex.DELEGATE_ID,
    "honour": "district_certificate",
    "honour_other": None,
    "basis": "merit",
    "achievements": "05 năm liền đạt danh hiệu Lao động tiên tiến; mô hình trồng cam Khe Mây cho thu nhập cao",
}


class NominationCreate(Model):
    """A nomination of an exemplar for an honour (đề nghị khen thưởng, N1–N4)."""

    model_config = ConfigDict(json_schema_extra={"examples": [NOMINATION]})

    conference_id: uuid.UUID
    nominee_kind: NomineeKind
    nominee_name: Name = Field(description="The person's full name, or the collective's name")
    national_id: NationalId | None = Field(default=None, description="Q2 — individuals; identifies the nominee (N4)")
    birth_date: dt.date | None = None
    rank: Rank | None = Field(default=None, description="N1 — individuals: leader or worker (outline III.2)")
    works_directly: bool | None = Field(default=None, description="N1 — works directly in production")
    delegate_id: uuid.UUID | None = Field(default=None, description="The nominee on the conference's list, if there")
    honour: Honour = Field(description="N2")
    honour_other: Name | None = Field(default=None, description="N2 — names the honour when honour is other")
    basis: Basis = Field(description="N2 — merit, ad_hoc (đột xuất) or thematic (chuyên đề)")
    achievements: Achievements | None = Field(default=None, description="Thành tích")


class NominationUpdate(Update):
    """A change to a draft or returned nomination; NominationPublic can be sent back as it is."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"honour": "province_certificate"}]})

    nominee_name: Name | None = None
    national_id: NationalId | None = None
    birth_date: dt.date | None = None
    rank: Rank | None = None
    works_directly: bool | None = None
    delegate_id: uuid.UUID | None = None
    honour: Honour | None = None
    honour_other: Name | None = None
    basis: Basis | None = None
    achievements: Achievements | None = None


class DecisionBody(Model):
    """The council's reason (N3)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Bổ sung xác nhận thành tích của UBND xã"}]})

    reason: LongText | None = Field(default=None, description="Required to reject or return (N3)")


class NominationPublic(BaseModel):
    """A nomination (đề nghị khen thưởng) and where it stands (N1–N5)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.NOMINATION_ID,
                    **NOMINATION,
                    "unit_id": ex.UNIT_ID,
                    "state": "submitted",
                    "reason": None,
                    "created_by": ex.USER_ID,
                    "submitted_by": ex.USER_ID,
                    "submitted_at": "2025-02-20T02:00:00Z",
                    "decided_by": None,
                    "decided_at": None,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The nomination's id")
    conference_id: uuid.UUID = Field(description="The conference at which the exemplar is honoured")
    unit_id: uuid.UUID = Field(description="The nominating unit (the conference's)")
    nominee_kind: NomineeKind = Field(description="N1 — an individual (cá nhân) or a collective (tập thể)")
    nominee_name: str = Field(description="The person's full name, or the collective's name")
    national_id: str | None = Field(description="Q2 — individuals: CCCD, 12 digits; identifies the nominee (N4)")
    birth_date: dt.date | None = Field(description="Individuals: the date of birth (ngày sinh)")
    rank: Rank | None = Field(description="N1 — individuals: leader (lãnh đạo) or worker (người lao động)")
    works_directly: bool | None = Field(description="N1 — works directly in production or work (trực tiếp)")
    delegate_id: uuid.UUID | None = Field(description="The nominee on the conference's delegate list, if there")
    honour: Honour = Field(description="N2 — the honour proposed (hình thức khen thưởng)")
    honour_other: str | None = Field(description="N2 — names the honour when honour is other")
    basis: Basis = Field(description="N2 — merit, ad hoc (đột xuất) or thematic (chuyên đề)")
    achievements: str | None = Field(description="The achievements (thành tích)")
    state: State = Field(description="N3 — where the nomination stands")
    reason: str | None = Field(description="N3 — the council's reason for rejecting or returning it")
    created_by: uuid.UUID | None = Field(description="The account that wrote it")
    submitted_by: uuid.UUID | None = Field(description="The account that submitted it")
    submitted_at: Instant | None = Field(description="When it was submitted (ISO 8601, UTC)")
    decided_by: uuid.UUID | None = Field(description="X3 — the reviewer who decided (never its author)")
    decided_at: Instant | None = Field(description="When it was decided (ISO 8601, UTC)")
    created_at: Instant
    updated_at: Instant


class NominationStats(BaseModel):
    """N5 — counts of every nomination not withdrawn by state; breakdowns over approved ones (awarded
    since or not); the awards from decisions (D1) by honour."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "by_state": {"draft": 3, "submitted": 5, "approved": 7, "rejected": 1, "returned": 2, "awarded": 5},
                    "by_honour": {"district_certificate": 9, "province_certificate": 2, "conference_honoured": 1},
                    "by_basis": {"merit": 10, "ad_hoc": 1, "thematic": 1},
                    "by_rank": {"leader": 3, "worker": 7},
                    "awarded_by_honour": {"district_certificate": 4, "province_certificate": 1},
                    "leader_worker_ratio": "3:7",
                }
            ]
        }
    )

    by_state: dict[str, int] = Field(description="Nominations not withdrawn, by NominationState")
    by_honour: dict[str, int] = Field(description="Approved nominations (awarded since or not) by Honour")
    by_basis: dict[str, int] = Field(description="Approved nominations (awarded since or not) by Basis")
    by_rank: dict[str, int] = Field(description="Approved individual nominations (awarded since or not) by Rank")
    awarded_by_honour: dict[str, int] = Field(
        description="D1 — awards: nominations in an award decision (state awarded), by Honour"
    )
    leader_worker_ratio: str = Field(
        description="N5 — approved leaders to workers, as a reduced ratio a:b (outline III.2)"
    )


NominationCreate.described_by = NominationPublic
NominationUpdate.public_schema = NominationPublic
