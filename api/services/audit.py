"""X4 — reading the audit log (district admins only; newest first)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from api.db.audit import AuditEvent
from api.domain.access import Actor, Role, is_superadmin
from api.problems import Forbidden
from api.schemas.audit import AuditEventPublic
from api.schemas.common import Page
from api.services.common import page


async def list_events(
    session: AsyncSession,
    actor: Actor,
    *,
    entity: str | None,
    entity_id: str | None,
    actor_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
) -> Page[AuditEventPublic]:
    if actor.role is not Role.DISTRICT_ADMIN:
        raise Forbidden
    stmt = select(AuditEvent)
    if not is_superadmin(actor):
        stmt = stmt.where(col(AuditEvent.district_id) == uuid.UUID(str(actor.district_id)))
    if entity is not None:
        stmt = stmt.where(col(AuditEvent.entity) == entity)
    if entity_id is not None:
        stmt = stmt.where(col(AuditEvent.entity_id) == entity_id)
    if actor_id is not None:
        stmt = stmt.where(col(AuditEvent.actor_id) == actor_id)
    rows, nxt = await page(
        session, stmt, [col(AuditEvent.id)], lambda e: (e.id,), cursor=cursor, limit=limit, descending=True
    )
    return Page(items=[AuditEventPublic.model_validate(e, from_attributes=True) for e in rows], next_cursor=nxt)
