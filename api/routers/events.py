"""/events — F1, the event feed for integrations: every signed-in reader, filtered by X2."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.problems import responses
from api.routers.deps import ActorDep, Limit, SessionDep
from api.schemas.events import EventPage
from api.services import events

router = APIRouter(prefix="/events", tags=["events"])

After = Annotated[
    str | None,
    Query(
        max_length=100,
        description="A cursor from this feed (an item's `cursor` or a page's `next_cursor`); omitted: from the start",
    ),
]


@router.get(
    "",
    summary="Read the event feed (what changed, in commit order)",
    response_model=EventPage,
    responses=responses("unauthorized", "forbidden"),
)
async def list_events(session: SessionDep, actor: ActorDep, after: After = None, limit: Limit = 50) -> EventPage:
    """F1 — every audited change as an event, in the order the changes committed: its type, the
    record, its unit and district, when, and the record's new ETag. A reader never misses one that
    commits late: each event's place is fixed when its transaction commits. Filtered by X2: the
    public records' events (plans, units, blocks, movements, conferences and their agenda, lists
    and allocations, award decisions) to every signed-in reader, the others' only to whoever may
    read the record. Poll with `next_cursor`."""
    return await events.feed(session, actor, after=after, limit=limit)
