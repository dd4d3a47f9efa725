"""F2 — webhook subscriptions and their delivery attempts, as the contract shows them."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.config import JsonDict

from api.domain.events import EventType
from api.domain.webhooks import WebhookStatus
from api.schemas import examples as ex
from api.schemas.common import Instant, Model, Update

WEBHOOK_ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
TargetUrl = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Secret = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
EventTypes = Annotated[list[EventType], Field(min_length=1, max_length=len(EventType))]

WEBHOOK: JsonDict = {
    "id": WEBHOOK_ID,
    "owner_id": ex.USER_ID,
    "url": "https://congthongtin.hatinh.gov.vn/hooks/dhtt",
    "event_types": ["nomination.approved", "conference.scheduled"],
    "status": "active",
    "paused_at": None,
    "reason": None,
    "delivered_through": "1042.5310",
    "failures": 0,
    "failing_since": None,
    "next_attempt_at": None,
    "created_at": ex.CREATED_AT,
    "updated_at": ex.UPDATED_AT,
}


class WebhookPublic(BaseModel):
    """F2 — a subscription: the events of these types that its owner may read (X2), delivered
    to ``url`` in feed order, signed with its secret (shown only when it is created)."""

    model_config = ConfigDict(json_schema_extra={"examples": [WEBHOOK]})

    id: uuid.UUID = Field(description="The subscription's id")
    owner_id: uuid.UUID = Field(description="The account that subscribed: deliveries carry what it may read (X2)")
    url: str = Field(description="F2 — where deliveries are POSTed: http(s), not a private address (SSRF)")
    event_types: list[EventType] = Field(description="F2 — the feed's event types delivered (F1)")
    status: WebhookStatus = Field(description="F2 — active, or paused (after failing for 24 hours; resume it)")
    paused_at: Instant | None = Field(description="When it was paused (null: active)")
    reason: str | None = Field(description="Why it was paused: `failing` when deliveries failed for the whole span")
    delivered_through: str = Field(
        description="The feed cursor (F1) of the last event delivered or passed over: delivery resumes after it"
    )
    failures: int = Field(description="Failed attempts in a row (0 after a success)")
    failing_since: Instant | None = Field(description="The first failure since the last success (null: none)")
    next_attempt_at: Instant | None = Field(description="When the next retry is due (null: as soon as events come)")
    created_at: Instant
    updated_at: Instant


class WebhookCreated(WebhookPublic):
    """F2 — the new subscription with its secret: the only answer that shows it."""

    model_config = ConfigDict(json_schema_extra={"examples": [WEBHOOK | {"secret": "whsec_" + "A" * 43 + "="}]})

    secret: str = Field(
        description=(
            "F2 — the signing secret (Standard Webhooks: whsec_ + base64): shown only now; verify each delivery's"
            " webhook-signature with it"
        )
    )


class WebhookCreate(Model):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://congthongtin.hatinh.gov.vn/hooks/dhtt",
                    "event_types": ["nomination.approved", "conference.scheduled"],
                }
            ]
        }
    )
    described_by = WebhookPublic

    url: TargetUrl = Field(description="F2 — where to POST deliveries: http(s) to a public address (SSRF)")
    event_types: EventTypes = Field(description="F2 — which of the feed's event types to deliver (F1)")
    secret: Secret | None = Field(
        default=None,
        description="F2 — the signing secret, whsec_ + base64 of 24–64 random bytes; omitted: the service draws one",
    )


class WebhookUpdate(Update):
    public_schema = WebhookPublic
    model_config = ConfigDict(json_schema_extra={"examples": [{"event_types": ["nomination.approved"]}]})

    url: TargetUrl | None = Field(default=None, description="F2 — where to POST deliveries")
    event_types: EventTypes | None = Field(default=None, description="F2 — which event types to deliver")


class WebhookDeliveryPublic(BaseModel):
    """F2 — one attempt to deliver one event (append-only)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 88,
                    "event_cursor": "1042.5310",
                    "event_type": "nomination.approved",
                    "attempt": 2,
                    "succeeded": False,
                    "status_code": 503,
                    "duration_ms": 120,
                    "error": "HTTP 503",
                    "attempted_at": ex.CREATED_AT,
                }
            ]
        }
    )

    id: int = Field(description="The attempt's number in the log")
    event_cursor: str = Field(description="The event's feed cursor (F1); also its webhook-id, evt_<cursor>")
    event_type: EventType = Field(description="The event's type")
    attempt: int = Field(description="1 for the first attempt at this event, then 2, 3, …")
    succeeded: bool = Field(description="The receiver answered 2xx")
    status_code: int | None = Field(description="The receiver's HTTP status (null: no answer)")
    duration_ms: int = Field(description="How long the attempt took, in milliseconds")
    error: str | None = Field(description="What went wrong (null on success)")
    attempted_at: Instant


def cursor_of(after_commit: int, after_seq: int) -> str:
    return f"{after_commit}.{after_seq}"
