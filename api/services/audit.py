"""X4 — reading the audit log (district admins only; newest first)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import audit as repo
from api.db.scope import scope_params
from api.domain.access import Actor, DeletedEntity, Reach, Role, is_superadmin, private_scope
from api.problems import Forbidden
from api.schemas.audit import AuditEventPublic
from api.services.common import RowPage, row_page

_PAGE = repo.event_page_reader(tuple(AuditEventPublic.model_fields))
_SYNC_PAGE = repo.event_page_reader(tuple(AuditEventPublic.model_fields), sync=True)


async def list_events(
    session: AsyncSession,
    actor: Actor,
    *,
    entity: str | None,
    entity_id: str | None,
    actor_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> RowPage:
    """A page of the log as plain rows of ``AuditEventPublic``'s fields (the hot read)."""
    if actor.role is not Role.DISTRICT_ADMIN:
        raise Forbidden
    return await row_page(
        _PAGE if updated_after is None else _SYNC_PAGE,
        session,
        updated_after=updated_after,
        cursor=cursor,
        limit=limit,
        **_areas_filter(actor),
        entity=entity,
        entity_id=entity_id,
        actor_id=actor_id,
    )


def _areas_filter(actor: Actor) -> dict[str, Any]:
    """X2, L2 — the log of the areas the admin administers: every one for the first admin, one
    district's (``district_id``) or a province's and its districts' (``district_ids``)."""
    if is_superadmin(actor):
        return {}
    areas = sorted(actor.areas)
    if len(areas) == 1:
        return {"district_id": areas[0]}
    return {"district_ids": areas or [actor.id]}  # no area: an id no event carries


_TOMBSTONES = {reach: repo.tombstone_page_reader(reach) for reach in Reach}


async def list_deletions(
    session: AsyncSession,
    actor: Actor,
    *,
    entity: DeletedEntity | None,
    updated_after: dt.datetime | None,
    cursor: str | None,
    limit: int,
) -> RowPage:
    """Tombstones, from the deletions the audit log recorded, filtered by X2 exactly as the
    records were: public ones to all, private ones to whoever may see the record's unit."""
    scope = private_scope(actor)
    return await row_page(
        _TOMBSTONES[scope.reach],
        session,
        cursor=cursor,
        limit=limit,
        entity=entity.value if entity is not None else None,
        updated_after=updated_after,
        **scope_params(scope),
    )
