"""X4 — reading the audit log (district admins only; newest first)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import audit as repo
from api.domain.access import Actor, Role, is_superadmin
from api.problems import Forbidden
from api.schemas.audit import AuditEventPublic
from api.services.common import RowPage, row_page

_PAGE = repo.event_page_reader(tuple(AuditEventPublic.model_fields))


async def list_events(
    session: AsyncSession,
    actor: Actor,
    *,
    entity: str | None,
    entity_id: str | None,
    actor_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
) -> RowPage:
    """A page of the log as plain rows of ``AuditEventPublic``'s fields (the hot read)."""
    if actor.role is not Role.DISTRICT_ADMIN:
        raise Forbidden
    return await row_page(
        _PAGE,
        session,
        cursor=cursor,
        limit=limit,
        district_id=None if is_superadmin(actor) else uuid.UUID(str(actor.district_id)),
        entity=entity,
        entity_id=entity_id,
        actor_id=actor_id,
    )
