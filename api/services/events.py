"""F1 — reading the event feed: every signed-in reader, filtered by X2."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import events as repo
from api.domain.access import Actor, private_scope
from api.problems import invalid_field
from api.schemas.events import EventPage, EventPublic

_CURSOR = re.compile(r"(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})")
START = "0.0"
_MAX = 2**63 - 1


def _position(after: str | None) -> tuple[int, int]:
    """The cursor ``<commit number>.<seq>``; anything else is 422 naming ``after``."""
    match = _CURSOR.fullmatch(after or START)
    if match is None:
        raise invalid_field("after", "cursor", rule="F1")
    commit, seq = int(match[1]), int(match[2])
    if commit > _MAX or seq > _MAX:
        raise invalid_field("after", "cursor", rule="F1")
    return commit, seq


def event_public(r: Any) -> EventPublic:
    """F1 — one row of ``feed_page`` as the feed (and a webhook delivery, F2) shows it."""
    return EventPublic(
        cursor=f"{r.commit_seq}.{r.seq}",
        type=r.type,
        entity=r.entity,
        entity_id=r.entity_id,
        unit_id=r.unit_id,
        district_id=r.district_id,
        occurred_at=r.occurred_at,
        etag=r.etag,
    )


async def feed(session: AsyncSession, actor: Actor, *, after: str | None, limit: int) -> EventPage:
    """F1 — the committed events after ``after`` in commit order: the public records' to every
    signed-in reader, the others' to whoever may read the record's unit (X2)."""
    position = _position(after)
    rows = await repo.feed_page(session, private_scope(actor), position, limit)
    items = [event_public(r) for r in rows]
    return EventPage(items=items, next_cursor=items[-1].cursor if items else f"{position[0]}.{position[1]}")
