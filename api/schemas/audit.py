"""X4 — audit events as the contract shows them."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from api.domain.access import DeletedEntity
from api.schemas import examples as ex
from api.schemas.common import Instant


class AuditEventPublic(BaseModel):
    """X4 — one change the service made (nhật ký): who, when, what, before and after."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 4211,
                    "occurred_at": "2025-03-12T01:30:00Z",
                    "actor_id": ex.USER_ID,
                    "actor_username": "huongthuy.tdkt",
                    "action": "conference.finalize",
                    "entity": "conference",
                    "entity_id": ex.CONFERENCE_ID,
                    "before": {"finalized_at": None},
                    "after": {"finalized_at": "2025-03-12T01:30:00Z"},
                    "reason": None,
                    "request_id": "01JP4Q2M7Z8XK3V5N6B9C0D1E2",
                }
            ]
        }
    )

    id: int = Field(description="The event's number, increasing")
    occurred_at: Instant
    actor_id: uuid.UUID | None = Field(description="The account that made the change (null: the service itself)")
    actor_username: str | None = Field(description="That account's sign-in name at the time")
    action: str = Field(description="What was done, e.g. conference.finalize, nomination.approve")
    entity: str = Field(description="The kind of record changed, e.g. conference")
    entity_id: str = Field(description="The id of the record changed")
    before: dict[str, object] | None = Field(description="The changed fields before (null on creation)")
    after: dict[str, object] | None = Field(description="The changed fields after (null on deletion)")
    reason: str | None = Field(description="The reason given (overrides, reopening, decisions)")
    request_id: str | None = Field(description="The request's id (X-Request-ID), to find it in the logs")


class Tombstone(BaseModel):
    """A record deleted (incremental sync): drop it from the local copy."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "entity": "delegate",
                    "id": ex.DELEGATE_ID,
                    "deleted_at": "2025-03-10T08:05:00Z",
                    "unit_id": ex.UNIT_ID,
                    "district_id": ex.DISTRICT_ID,
                }
            ]
        }
    )

    entity: DeletedEntity = Field(
        description="What was deleted. A designation is a delegate on the district conference's list; "
        "deleting a conference also deletes its delegates (no tombstone each)."
    )
    id: uuid.UUID = Field(description="The deleted record's id")
    deleted_at: Instant
    unit_id: uuid.UUID | None = Field(description="The unit the record belonged to (null for a block)")
    district_id: uuid.UUID | None = Field(description="The district the record belonged to")
