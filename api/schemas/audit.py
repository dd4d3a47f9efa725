"""X4 — audit events as the contract shows them."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from api.domain.access import DeletedEntity
from api.schemas.common import Instant


class AuditEventPublic(BaseModel):
    id: int
    occurred_at: Instant
    actor_id: uuid.UUID | None
    actor_username: str | None
    action: str
    entity: str
    entity_id: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    reason: str | None
    request_id: str | None


class Tombstone(BaseModel):
    """A record deleted (incremental sync): drop it from the local copy."""

    entity: DeletedEntity = Field(
        description="What was deleted. A designation is a delegate on the district conference's list; "
        "deleting a conference also deletes its delegates (no tombstone each)."
    )
    id: uuid.UUID = Field(description="The deleted record's id")
    deleted_at: Instant
    unit_id: uuid.UUID | None = Field(description="The unit the record belonged to (null for a block)")
    district_id: uuid.UUID | None
