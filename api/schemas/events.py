"""F1 — the event feed as the contract shows it."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from api.domain.events import EventType
from api.schemas import examples as ex
from api.schemas.common import Instant

_EXAMPLE: dict[str, JsonValue] = {
    "cursor": "1042.5310",
    "type": "delegate_list.finalized",
    "entity": "conference",
    "entity_id": ex.CONFERENCE_ID,
    "unit_id": ex.UNIT_ID,
    "district_id": ex.DISTRICT_ID,
    "occurred_at": "2025-03-12T01:30:00Z",
    "etag": '"9f2c4e1a7b3d5f60818a2b3c4d5e6f70"',
}


class EventPublic(BaseModel):
    """F1 — one change, as integrations learn of it: what happened to which record. The record
    itself is read at its own address (with the ETag to tell whether the copy is current)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    cursor: str = Field(description="This event's place in the feed: pass as ?after= to read what follows it")
    type: EventType = Field(description="What happened, e.g. conference.scheduled, nomination.approved")
    entity: str = Field(description="The kind of record changed, e.g. conference (as in the audit log)")
    entity_id: str = Field(description="The id of the record changed")
    unit_id: uuid.UUID | None = Field(
        description="The unit the record belongs to (null: none, e.g. a district-wide list)"
    )
    district_id: uuid.UUID | None = Field(description="The district it lies in (null: province-wide)")
    occurred_at: Instant
    etag: str | None = Field(
        description=(
            "The record's ETag after the change — the one the write answered (compare with a GET's): null on a"
            " deletion, an attachment added or removed, a designation, an import"
        )
    )


class EventPage(BaseModel):
    """F1 — a page of the feed, in commit order."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [_EXAMPLE], "next_cursor": "1042.5310"}]})

    items: list[EventPublic] = Field(description="The events after ?after=, oldest first (at most `limit`)")
    next_cursor: str = Field(
        description=(
            "Pass as ?after= for what follows: the last item's cursor, or the cursor sent when nothing"
            " newer has committed yet (poll with it). Never null"
        )
    )
