"""P1 — the conference's side of a pilot unit's programme: the snapshot the district appraises, the
programme's state for compliance and finalize, and a new version when the conference changes."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import submissions as submissions_repo
from api.db.conferences import Conference
from api.domain.access import Actor
from api.domain.submissions import State, programme_snapshot


def snapshot_of(conference: Conference) -> dict[str, object]:
    """P1 — the conference's date, session, place and agenda as they stand."""
    return programme_snapshot(conference.held_on, conference.session, conference.place, list(conference.agenda))


async def programme_state(session: AsyncSession, conference_id: uuid.UUID, *, hold: bool = False) -> State | None:
    """P1 — where the conference's programme stands (None: the unit has made none); ``hold``
    keeps it so (a share lock) until the caller's transaction ends."""
    s = await submissions_repo.programme_of(session, conference_id, for_share=hold)
    return None if s is None else State(s.state)


async def after_change(session: AsyncSession, actor: Actor, conference: Conference, before: dict[str, object]) -> None:
    """P1 — a change of the conference's date, place or agenda (its snapshot differs from
    ``before``) reaches the programme: see ``api.services.submissions.conference_changed``."""
    if snapshot_of(conference) == before:
        return
    # api.services.submissions imports this package (who organizes a conference), so it is
    # imported when it is needed rather than at the top.
    from api.services.submissions import conference_changed

    await conference_changed(session, actor, conference)
