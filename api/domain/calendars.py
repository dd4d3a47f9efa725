"""Calendars (issue 16, item 3): the hours of a conference's half day, its stable identity in a
feed, and the feed token's digest — pure, standard library only."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from zoneinfo import ZoneInfo

from api.domain.conferences import Session

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")

# C3 — a conference takes a half day; the plan names no hours, so the office hours of a
# People's Committee stand in: morning 07:30–11:30, afternoon 13:30–17:00 (Asia/Ho_Chi_Minh).
SESSION_HOURS: dict[Session, tuple[dt.time, dt.time]] = {
    Session.MORNING: (dt.time(7, 30), dt.time(11, 30)),
    Session.AFTERNOON: (dt.time(13, 30), dt.time(17, 0)),
}


def session_span(held_on: dt.date, session: Session) -> tuple[dt.datetime, dt.datetime]:
    """The start and end of the half day, as local instants (Asia/Ho_Chi_Minh)."""
    start, end = SESSION_HOURS[session]
    return dt.datetime.combine(held_on, start, LOCAL), dt.datetime.combine(held_on, end, LOCAL)


def event_uid(conference_id: uuid.UUID) -> str:
    """RFC 5545 UID: the same for a conference for ever, so a moved conference updates in place."""
    return f"conference-{conference_id}@dhtt"


def event_sequence(created_at: dt.datetime, updated_at: dt.datetime, changes: int) -> int:
    """RFC 5545 SEQUENCE: never decreases, and grows with every change of the conference — its
    audited changes (X4: the log only grows) plus the whole seconds from its creation to its last
    update, which also count the changes that follow its unit or plan (a renamed unit's title)."""
    return max(0, int((updated_at - created_at).total_seconds())) + changes


def token_digest(token: str) -> str:
    """The only form a feed token is stored in (SHA-256, hex): a leaked table opens no feed."""
    return hashlib.sha256(token.encode()).hexdigest()
