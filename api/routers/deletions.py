"""/deletions — tombstones for incremental sync: what was deleted, filtered by X2."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.domain.access import DeletedEntity
from api.problems import responses
from api.routers.deps import ActorDep, Cursor, Limit, OccurredAfter, SessionDep, json_response
from api.schemas.audit import Tombstone
from api.schemas.common import Page
from api.services import audit

router = APIRouter(prefix="/deletions", tags=["sync"])


@router.get(
    "",
    summary="List deleted records (incremental sync)",
    response_model=Page[Tombstone],
    responses=responses("unauthorized", "forbidden"),
)
async def list_deletions(
    session: SessionDep,
    actor: ActorDep,
    entity: DeletedEntity | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: OccurredAfter = None,
) -> Response:
    """Tombstones of deleted conferences, emulation blocks, delegates (designations included) and
    attachments, oldest first by (deleted_at, event), from the audit log. A syncing client lists
    each collection with ``updated_after`` and then drops what this list names since the same
    instant. Filtered by X2 exactly as the records were: conferences and blocks to every signed-in
    reader; delegates and attachments to whoever may read the record's unit (a designation also to
    the unit it came from)."""
    page = await audit.list_deletions(
        session, actor, entity=entity, updated_after=updated_after, cursor=cursor, limit=limit
    )
    return json_response(page)
