"""Nominations (N1–N5) as the contract shows them."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from api.domain.nominations import Basis, Honour, NomineeKind, Rank, State
from api.schemas.common import Instant, LongText, Model, Name, NationalId, Update

Achievements = LongText


class NominationCreate(Model):
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
    reason: LongText | None = Field(default=None, description="Required to reject or return (N3)")


class NominationPublic(BaseModel):
    id: uuid.UUID
    conference_id: uuid.UUID
    unit_id: uuid.UUID
    nominee_kind: NomineeKind
    nominee_name: str
    national_id: str | None
    birth_date: dt.date | None
    rank: Rank | None
    works_directly: bool | None
    delegate_id: uuid.UUID | None
    honour: Honour
    honour_other: str | None
    basis: Basis
    achievements: str | None
    state: State
    reason: str | None
    created_by: uuid.UUID | None
    submitted_by: uuid.UUID | None
    submitted_at: Instant | None
    decided_by: uuid.UUID | None
    decided_at: Instant | None
    created_at: Instant
    updated_at: Instant


class NominationStats(BaseModel):
    """N5 — counts of every nomination not withdrawn by state; breakdowns over approved ones."""

    by_state: dict[str, int]
    by_honour: dict[str, int]
    by_basis: dict[str, int]
    by_rank: dict[str, int]
    leader_worker_ratio: str


NominationUpdate.public_schema = NominationPublic
