"""D1 — award decisions (Quyết định khen thưởng) as the contract shows them: names, units and
honours, never a national ID or a birth date."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from api.domain.nominations import Honour, NomineeKind
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, Name

DECISION: JsonDict = {
    "number": "123/QĐ-UBND",
    "decided_on": "2025-03-10",
    "signer_name": "Nguyễn Văn An",
    "signer_title": "Chủ tịch UBND huyện",
    "honour": "district_certificate",
    "nomination_ids": [ex.NOMINATION_ID],
}


class AwardDecisionCreate(Model):
    """An award decision to record in the register (D1): the approved nominations it awards."""

    model_config = ConfigDict(json_schema_extra={"examples": [DECISION]})

    number: str = Field(max_length=40, description="D1 — the decision's number, e.g. 123/QĐ-UBND")
    decided_on: dt.date = Field(description="D1 — the day it was signed (not in the future)")
    signer_name: Name = Field(description="D1 — who signed it")
    signer_title: Name = Field(description="D1 — the signer's title, e.g. Chủ tịch UBND huyện")
    honour: Honour = Field(description="D1 — the honour it gives (not other)")
    nomination_ids: list[uuid.UUID] = Field(
        min_length=1, max_length=500, description="D1 — approved nominations that proposed this honour, in order"
    )


class Award(BaseModel):
    """One nomination a decision awards, as the public register shows it."""

    nomination_id: uuid.UUID = Field(description="The awarded nomination")
    nominee_kind: NomineeKind = Field(description="An individual (cá nhân) or a collective (tập thể)")
    nominee_name: str = Field(description="The person's full name, or the collective's name")
    unit_id: uuid.UUID = Field(description="The nominating unit")
    unit_name: str = Field(description="The nominating unit's name")


class AwardDecisionPublic(BaseModel):
    """An award decision (Quyết định khen thưởng) in the register (D1)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.AWARD_DECISION_ID,
                    "authority_unit_id": ex.DISTRICT_ID,
                    "authority_unit_name": "Huyện Hương Khê",
                    **{k: v for k, v in DECISION.items() if k != "nomination_ids"},
                    "year": 2025,
                    "awards": [
                        {
                            "nomination_id": ex.NOMINATION_ID,
                            "nominee_kind": "individual",
                            "nominee_name": "Nguyễn Thị Hoa",
                            "unit_id": ex.UNIT_ID,
                            "unit_name": "Xã Hương Thủy",
                        }
                    ],
                    "created_by": ex.USER_ID,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The decision's id")
    authority_unit_id: uuid.UUID = Field(description="D1 — the issuing authority's unit")
    authority_unit_name: str = Field(description="D1 — the issuing authority's unit name")
    number: str = Field(description="D1 — the decision's number, e.g. 123/QĐ-UBND")
    year: int = Field(description="D1 — the year it was signed (the register lists by authority and year)")
    decided_on: dt.date = Field(description="D1 — the day it was signed")
    signer_name: str = Field(description="D1 — who signed it")
    signer_title: str = Field(description="D1 — the signer's title")
    honour: Honour = Field(description="D1 — the honour it gives")
    awards: list[Award] = Field(description="D1 — the awarded nominations, in the decision's order")
    created_by: uuid.UUID | None = Field(description="The account that recorded it")
    created_at: Instant
    updated_at: Instant


AwardDecisionCreate.described_by = AwardDecisionPublic
