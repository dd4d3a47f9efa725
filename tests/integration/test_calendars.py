"""Calendars: RFC 5545 feeds of a plan's and a unit's conferences, read through a revocable
per-user token in the URL — no Bearer header — with a stable UID per conference."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from icalendar import Calendar

from tests.support import Caller
from tests.support.world import District

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


async def _token(caller: Caller) -> dict[str, Any]:
    r = await caller.post("/api/v1/me/calendar-tokens")
    assert r.status_code == 201, r.text
    return dict(r.json())


async def _feed(client: httpx.AsyncClient, path: str) -> Calendar:
    r = await client.get(path)  # no Authorization header
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/calendar")
    return Calendar.from_ical(r.content)


def _events(cal: Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


async def test_calendar_plan_feed_parses_without_bearer(district: District, client: httpx.AsyncClient) -> None:
    unit = await district.unit("xã Lịch")
    c = await district.conference(unit, "2025-03-05", session="afternoon", place="Hội trường xã Lịch")
    officer = await district.officer(unit)
    t = await _token(officer)
    assert "Authorization" not in client.headers
    cal = await _feed(client, t["plan_feed"].format(plan_id=district.plan_id))
    event = _events(cal)[f"conference-{c['id']}@dhtt"]
    assert event.decoded("DTSTART") == dt.datetime(2025, 3, 5, 13, 30, tzinfo=LOCAL)
    assert event.decoded("DTEND") == dt.datetime(2025, 3, 5, 17, 0, tzinfo=LOCAL)
    assert str(event["SUMMARY"]) == f"{c['title'][0]} - {c['title'][1]}"
    assert str(event["LOCATION"]) == "Hội trường xã Lịch"
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    unit_cal = await _feed(client, t["unit_feed"].format(unit_id=unit))
    assert list(_events(unit_cal)) == [f"conference-{c['id']}@dhtt"]
    r = await client.get(t["plan_feed"].format(plan_id="00000000-0000-0000-0000-000000000000"))
    assert r.status_code == 404


async def test_calendar_moved_conference_keeps_its_uid(district: District, client: httpx.AsyncClient) -> None:
    unit = await district.unit("xã Dời Lịch")
    c = await district.conference(unit, "2025-03-05")
    officer = await district.officer(unit)
    path = (await _token(officer))["unit_feed"].format(unit_id=unit)
    before = _events(await _feed(client, path))[f"conference-{c['id']}@dhtt"]
    assert before.decoded("DTSTART") == dt.datetime(2025, 3, 5, 7, 30, tzinfo=LOCAL)
    r = await officer.patch(f"/api/v1/conferences/{c['id']}", json={"held_on": "2025-03-12", "session": "afternoon"})
    assert r.status_code == 200, r.text
    after_cal = await _feed(client, path)
    assert len(list(after_cal.walk("VEVENT"))) == 1
    after = _events(after_cal)[f"conference-{c['id']}@dhtt"]  # the same UID: the event moves
    assert after.decoded("DTSTART") == dt.datetime(2025, 3, 12, 13, 30, tzinfo=LOCAL)
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")  # iCalendar keeps whole seconds


async def test_calendar_revoked_token_404s(district: District, client: httpx.AsyncClient) -> None:
    unit = await district.unit("xã Thu Hồi")
    await district.conference(unit)
    officer = await district.officer(unit)
    t = await _token(officer)
    path = t["unit_feed"].format(unit_id=unit)
    assert (await client.get(path)).status_code == 200
    other = await district.officer(await district.unit("xã Người Khác"))
    assert (await other.delete(f"/api/v1/me/calendar-tokens/{t['id']}")).status_code == 404  # not theirs
    assert (await officer.delete(f"/api/v1/me/calendar-tokens/{t['id']}")).status_code == 204
    r = await client.get(path)
    assert r.status_code == 404
    assert r.json()["code"] == "not_found"
    assert (await officer.delete(f"/api/v1/me/calendar-tokens/{t['id']}")).status_code == 404
    assert (await client.get(path.replace(t["token"], t["token"][:-1] + "x"))).status_code == 404


async def test_calendar_token_needs_a_signed_in_user(client: httpx.AsyncClient) -> None:
    assert (await client.post("/api/v1/me/calendar-tokens")).status_code == 401


async def test_threat_calendar_token_kept_only_as_its_digest_and_out_of_logs(
    district: District, client: httpx.AsyncClient, app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The table holds the SHA-256 only; the audit event and the request log never the token."""
    import sqlalchemy as sa

    from api.domain.calendars import token_digest

    unit = await district.unit("xã Bí Mật")
    officer = await district.officer(unit)
    t = await _token(officer)
    with caplog.at_level(logging.INFO):
        assert (await client.get(t["unit_feed"].format(unit_id=unit))).status_code == 200
    ours = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]  # the test's client
    logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in ours)
    assert t["token"] not in logged
    assert "/api/v1/calendar-feeds/***/units/" in logged
    async with app.state.sessionmaker() as session:
        stored = (
            await session.execute(sa.text("SELECT token_hash FROM calendar_tokens WHERE id = :i"), {"i": t["id"]})
        ).scalar_one()
        audit = (
            await session.execute(sa.text("SELECT * FROM audit_events WHERE entity_id = :i"), {"i": t["id"]})
        ).all()
    assert stored == token_digest(t["token"])
    assert audit
    assert t["token"] not in str(audit)
