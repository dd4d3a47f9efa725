"""Calendars: RFC 5545 feeds of a plan's or a unit's conferences, read through a per-user token
in the URL (calendar apps send no Bearer header). Conferences are public to signed-in users
(X2), so a live token of an active user sees every conference of the plan or unit."""

from __future__ import annotations

import secrets
import uuid

from icalendar import Calendar, Event
from sqlalchemy.ext.asyncio import AsyncSession

from api.concurrency import Work, offload
from api.db import calendars as repo
from api.db import plans as plans_repo
from api.db import units as units_repo
from api.db.base import utcnow
from api.db.calendars import CalendarToken, FeedRow
from api.domain.access import Actor
from api.domain.calendars import event_sequence, event_uid, session_span, token_digest
from api.domain.conferences import Session, title_lines
from api.problems import NotFound
from api.schemas.calendars import CalendarTokenPublic
from api.services.common import audit

FEEDS = "/api/v1/calendar-feeds"


async def create_token(session: AsyncSession, actor: Actor) -> CalendarTokenPublic:
    """A new feed token for the caller: 256 random bits, kept only as their SHA-256; the token
    itself is in this answer alone (so POST takes no Idempotency-Key: a replay would keep it)."""
    token = secrets.token_urlsafe(32)
    row = CalendarToken(user_id=actor.id, token_hash=token_digest(token))
    session.add(row)
    await session.flush()
    audit(session, actor, "create", "calendar_token", row.id)  # never the token
    return CalendarTokenPublic(
        id=row.id,
        token=token,
        plan_feed=f"{FEEDS}/{token}/plans/{{plan_id}}.ics",
        unit_feed=f"{FEEDS}/{token}/units/{{unit_id}}.ics",
        created_at=row.created_at,
    )


async def revoke_token(session: AsyncSession, actor: Actor, token_id: uuid.UUID) -> None:
    """Revoke one of the caller's own tokens; its URLs answer 404 from now on. Another's: 404."""
    if not await repo.revoke(session, token_id, actor.id, utcnow()):
        raise NotFound
    audit(session, actor, "revoke", "calendar_token", token_id)


async def _owner(session: AsyncSession, token: str) -> None:
    """404 unless the token is live and its owner active — a revoked URL is as unknown as a wrong one."""
    if len(token) > 200 or await repo.live_owner(session, token_digest(token)) is None:
        raise NotFound


async def plan_feed(session: AsyncSession, token: str, plan_id: uuid.UUID) -> bytes:
    await _owner(session, token)
    plan = await plans_repo.get_plan(session, plan_id)
    if plan is None:
        raise NotFound
    rows = await repo.feed_rows(session, plan_id=plan_id)
    return await offload(Work.FILES, render_feed, f"Hội nghị điển hình tiên tiến — {plan.code}", rows)


async def unit_feed(session: AsyncSession, token: str, unit_id: uuid.UUID) -> bytes:
    await _owner(session, token)
    unit = await units_repo.get_unit(session, unit_id)
    if unit is None:
        raise NotFound
    rows = await repo.feed_rows(session, unit_id=unit_id)
    return await offload(Work.FILES, render_feed, f"Hội nghị điển hình tiên tiến — {unit.name}", rows)


def render_feed(name: str, rows: list[FeedRow]) -> bytes:
    """The RFC 5545 calendar: one VEVENT per conference with a UID that never changes, the half
    day's hours in Asia/Ho_Chi_Minh (with its VTIMEZONE), and SEQUENCE/LAST-MODIFIED that grow
    when the conference changes, so calendar apps move the event instead of adding one."""
    cal = Calendar()
    cal.add("prodid", "-//dhtt//Hoi nghi dien hinh tien tien//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for c, plan, unit, changes in rows:
        title = title_lines(unit.name, c.edition, plan.period_start_year, plan.period_end_year, c.place, c.held_on)
        start, end = session_span(c.held_on, Session(c.session))
        event = Event()
        event.add("uid", event_uid(c.id))
        event.add("dtstamp", c.updated_at)
        event.add("last-modified", c.updated_at)
        event.add("created", c.created_at)
        event.add("sequence", event_sequence(c.created_at, c.updated_at, changes))
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", f"{title[0]} - {title[1]}")
        event.add("location", c.place)
        event.add("description", "\n".join(title))
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
