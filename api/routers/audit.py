"""/audit-events — X4, district admin only."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from api.problems import responses
from api.routers.deps import ActorDep, Cursor, Limit, OccurredAfter, SessionDep, json_response
from api.schemas.audit import AuditEventPublic
from api.schemas.common import Page, QueryText
from api.services import audit

router = APIRouter(prefix="/audit-events", tags=["audit"])


@router.get(
    "",
    summary="List the audit log (nhật ký)",
    response_model=Page[AuditEventPublic],
    responses=responses("unauthorized", "forbidden"),
)
async def list_audit_events(
    session: SessionDep,
    actor: ActorDep,
    entity: QueryText | None = Query(default=None, max_length=64),
    entity_id: QueryText | None = Query(default=None, max_length=64),
    actor_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: OccurredAfter = None,
) -> Response:
    """X4 — every change the service made: who, when, what, the values before and after and the reason. Newest first;
    district admins see their district, others what they may read (X2)."""
    page = await audit.list_events(
        session,
        actor,
        entity=entity,
        entity_id=entity_id,
        actor_id=actor_id,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )
    return json_response(page)
