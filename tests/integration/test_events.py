"""F1 — the event feed through HTTP on PostgreSQL: every audited change once, in commit order,
with its type and ETag, filtered by X2."""

from __future__ import annotations

import asyncio
import uuid

from fastapi import FastAPI

from api.services.common import audit
from tests.support import Caller, District

EVENTS = "/api/v1/events"
NOM = "/api/v1/nominations"


async def _head(reader: Caller) -> str:
    """The cursor after everything ``reader`` may see now."""
    cursor = "0.0"
    while True:
        r = await reader.get(EVENTS, params={"after": cursor, "limit": 500})
        assert r.status_code == 200, r.text
        body = r.json()
        if not body["items"]:
            return str(body["next_cursor"])
        cursor = body["next_cursor"]


async def _since(reader: Caller, after: str, limit: int = 500) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    while True:
        r = await reader.get(EVENTS, params={"after": after, "limit": limit})
        assert r.status_code == 200, r.text
        body = r.json()
        if not body["items"]:
            return items
        items += body["items"]
        after = body["next_cursor"]


def _nomination(conference_id: str) -> dict[str, object]:
    return {
        "conference_id": conference_id,
        "nominee_kind": "individual",
        "nominee_name": "Trần Văn Cường",
        "national_id": "042080000777",
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    }


def _key(cursor: object) -> tuple[int, int]:
    a, b = str(cursor).split(".")
    return int(a), int(b)


async def test_F1_a_change_appears_once_in_order_with_its_type_and_etag(district: District) -> None:
    unit = await district.unit("xã Sự Kiện")
    officer = await district.officer(unit)
    head = await _head(district.admin)
    conference = await district.conference(unit)
    created = await officer.post(NOM, json=_nomination(str(conference["id"])))
    assert created.status_code == 201, created.text
    nid = created.json()["id"]
    edited = await officer.patch(
        f"{NOM}/{nid}", json={"nominee_name": "Trần Văn Cương"}, headers={"If-Match": created.headers["ETag"]}
    )
    assert edited.status_code == 200, edited.text
    submitted = await officer.post(f"{NOM}/{nid}/submit")
    assert submitted.status_code == 200, submitted.text
    current = await officer.get(f"{NOM}/{nid}")  # the submit answer carries no ETag header: a GET's

    events = await _since(district.admin, head)
    ours = [e for e in events if e["entity_id"] == nid]
    assert [e["type"] for e in ours] == ["nomination.created", "nomination.updated", "nomination.submitted"]
    assert [e["etag"] for e in ours] == [r.headers["ETag"] for r in (created, edited, current)]
    assert all(e["unit_id"] == unit and e["district_id"] == district.id for e in ours)
    scheduled = [e for e in events if e["entity_id"] == conference["id"]]
    assert [e["type"] for e in scheduled] == ["conference.scheduled"]
    assert events.index(scheduled[0]) < events.index(ours[0])  # commit order
    keys = [_key(e["cursor"]) for e in events]
    assert keys == sorted(keys)  # in order
    assert len(set(keys)) == len(keys)  # each once


async def test_F1_another_units_private_events_are_not_shown_to_an_officer(district: District) -> None:
    a, b = await district.unit("xã Riêng A"), await district.unit("xã Riêng B")
    officer_a, officer_b = await district.officer(a), await district.officer(b)
    head = await _head(district.admin)
    conference = await district.conference(a)
    r = await officer_a.post(NOM, json=_nomination(str(conference["id"])))
    assert r.status_code == 201, r.text
    nid = r.json()["id"]
    seen_by_b = await _since(officer_b, head)
    assert not [e for e in seen_by_b if e["entity_id"] == nid]  # A's nomination is private (X2)
    assert [e["type"] for e in seen_by_b if e["entity_id"] == conference["id"]] == ["conference.scheduled"]
    seen_by_a = await _since(officer_a, head)
    assert [e["type"] for e in seen_by_a if e["entity_id"] == nid] == ["nomination.created"]
    assert all(e["unit_id"] in (a, None) or e["type"].split(".")[0] in _PUBLIC for e in seen_by_a)


_PUBLIC = {"unit", "emulation_block", "plan", "movement", "conference", "agenda", "allocations", "award_decision"}


async def test_F1_a_transaction_committing_late_is_not_skipped(app: FastAPI, viewer_client: Caller) -> None:
    """Two writers: the first inserts its event first (smaller seq) but commits second. A reader
    that has read the second writer's event still gets the first one afterwards."""
    head = await _head(viewer_client)
    first_id, second_id = str(uuid.uuid4()), str(uuid.uuid4())
    factory = app.state.sessionmaker
    async with factory() as first, factory() as second:
        audit(first, None, "update", "plan", first_id, reason="first")
        await first.flush()  # its event row (and seq) exist now, uncommitted
        audit(second, None, "update", "plan", second_id, reason="second")
        await second.flush()
        await second.commit()
        early = await _since(viewer_client, head)
        assert [e["entity_id"] for e in early if e["entity_id"] in (first_id, second_id)] == [second_id]
        cursor = early[-1]["cursor"]
        await first.commit()
    late = await _since(viewer_client, str(cursor))
    assert [e["entity_id"] for e in late if e["entity_id"] in (first_id, second_id)] == [first_id]
    assert _key(late[0]["cursor"]) > _key(cursor)
    everything = await _since(viewer_client, head)
    assert [e["entity_id"] for e in everything if e["entity_id"] in (first_id, second_id)] == [second_id, first_id]


async def test_F1_paging_with_the_cursor(district: District) -> None:
    head = await _head(district.admin)
    for name in ("xã Trang Một", "xã Trang Hai", "xã Trang Ba"):
        await district.conference(await district.unit(name))
    whole = await _since(district.admin, head)
    assert len(whole) >= 3
    one_by_one = await _since(district.admin, head, limit=1)
    assert one_by_one == whole
    r = await district.admin.get(EVENTS, params={"after": whole[-1]["cursor"]})
    assert r.json() == {"items": [], "next_cursor": whole[-1]["cursor"]}  # poll with it
    for bad in ("x", "1", "-1.0", "1.2.3", "99999999999999999999.0"):
        r = await district.admin.get(EVENTS, params={"after": bad})
        assert r.status_code == 422, bad
        assert r.json()["errors"][0]["field"] == "after"


async def test_F1_a_rolled_back_write_leaves_no_event(app: FastAPI, district: District) -> None:
    unit = await district.unit("xã Hoàn Tác", headcount=450, kind="enterprise")
    conference = await district.conference(unit)
    officer = district.organizer_of(str(conference["id"]))
    head = await _head(district.admin)
    url = f"/api/v1/conferences/{conference['id']}/delegates"
    person = {"full_name": "Nguyễn Văn An", "birth_date": "1980-05-01", "category": "exemplar"}
    added = await officer.post(url, json=person)  # the delegate, its audit record and its event: one statement
    assert added.status_code == 201
    refused = await officer.post(url, json=person)  # its event was added, then the insert failed
    assert refused.status_code == 409
    rolled_back = str(uuid.uuid4())
    async with app.state.sessionmaker() as session:
        audit(session, None, "update", "plan", rolled_back, reason="never")
        await session.flush()
        await session.rollback()
    events = await _since(district.admin, head)
    assert [e["type"] for e in events if e["type"].startswith("delegate.")] == ["delegate.added"]
    (event,) = [e for e in events if e["type"] == "delegate.added"]
    assert (event["entity_id"], event["etag"]) == (added.json()["id"], added.headers["ETag"])
    assert not [e for e in events if e["entity_id"] == rolled_back]


async def test_F1_concurrent_writers_each_appear_once(district: District) -> None:
    """Writers committing at the same time (the commit lock serialises their numbering only)."""
    head = await _head(district.admin)
    names = [f"xã Đồng Thời {n}" for n in range(8)]
    ids = await asyncio.gather(*(district.unit(name) for name in names))
    events = [e for e in await _since(district.admin, head) if e["type"] == "unit.created"]
    assert sorted(str(e["entity_id"]) for e in events) == sorted(ids)
    keys = [_key(e["cursor"]) for e in events]
    assert keys == sorted(keys)
    assert len({k[0] for k in keys}) == len(keys)  # one commit number per transaction
