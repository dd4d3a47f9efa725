"""X4 — audit events as the contract shows them."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel


class AuditEventPublic(BaseModel):
    id: int
    occurred_at: dt.datetime
    actor_id: uuid.UUID | None
    actor_username: str | None
    action: str
    entity: str
    entity_id: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    reason: str | None
    request_id: str | None
