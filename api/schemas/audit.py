"""X4 — audit events as the contract shows them."""

from __future__ import annotations

import uuid

from pydantic import BaseModel

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
