"""Issue 12 — one list shape and incremental sync: ``updated_after`` on every list, tombstones."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.support import DEMO_PASSWORD, District, delegates_json, login

API = "/api/v1"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def _all(client: httpx.AsyncClient, path: str, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page by page (small pages, so the cursor is exercised)."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = params | {"limit": 2} | ({"cursor": cursor} if cursor else {})
        r = await client.get(path, params=query, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) == {"items", "next_cursor"}
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items


def _mark(items: list[dict[str, Any]], column: str = "updated_at") -> str:
    return max(i[column] for i in items)


async def _user(district: District, unit: str, role: str, username: str) -> dict[str, str]:
    body = {"username": username, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD}
    r = await district.admin.post(f"{API}/users", json=body)
    assert r.status_code == 201, r.text
    return await login(district.http, username, DEMO_PASSWORD)


def _ordered(items: list[dict[str, Any]], column: str = "updated_at") -> bool:
    keys = [(i[column], i["id"]) for i in items]
    return keys == sorted(keys)


async def test_sync_updated_after_units_and_blocks(district: District) -> None:
    a, b, c = [await district.unit(n) for n in ("xã Đồng Bộ Một", "xã Đồng Bộ Hai", "xã Đồng Bộ Ba")]
    mine = await _all(district.http, f"{API}/units", district.admin, district_id=district.id)
    mark = _mark(mine)
    r = await district.admin.patch(f"{API}/units/{b}", json={"headcount": 77})
    assert r.status_code == 200, r.text
    changed = await _all(district.http, f"{API}/units", district.admin, updated_after=mark)
    assert [u["id"] for u in changed] == [b]
    # a block moves its members: the block and the units it touched are all found
    r = await district.admin.post(
        f"{API}/emulation-blocks", json={"name": "Cụm đồng bộ", "district_id": district.id, "member_ids": [a, c]}
    )
    assert r.status_code == 201, r.text
    units = await _all(district.http, f"{API}/units", district.admin, updated_after=mark)
    assert {u["id"] for u in units} == {a, b, c}
    assert _ordered(units)
    blocks = await _all(district.http, f"{API}/emulation-blocks", district.admin, updated_after=mark)
    assert [x["id"] for x in blocks] == [r.json()["id"]]


async def test_sync_updated_after_conferences_and_plans(district: District) -> None:
    unit = await district.unit("xã Hội Nghị Đồng Bộ")
    conference = await district.conference(unit)
    plans = await _all(district.http, f"{API}/plans", district.admin, issuer_unit_id=district.id)
    mark = _mark([conference, *plans])
    assert await _all(district.http, f"{API}/conferences", district.admin, updated_after=mark) == []
    r = await district.admin.patch(f"{API}/conferences/{conference['id']}", json={"place": "Hội trường mới"})
    assert r.status_code == 200, r.text
    got = await _all(district.http, f"{API}/conferences", district.admin, updated_after=mark)
    assert [x["id"] for x in got] == [conference["id"]]
    r = await district.admin.patch(f"{API}/plans/{district.plan_id}", json={"title": "Đã sửa"})
    assert r.status_code == 200, r.text
    assert [p["id"] for p in await _all(district.http, f"{API}/plans", district.admin, updated_after=mark)] == [
        district.plan_id
    ]


async def test_sync_updated_after_delegates_and_designations(district: District) -> None:
    g = await district.unit("xã Đại Biểu Đồng Bộ")
    c1 = str((await district.conference(g))["id"])
    top = str((await district.conference(district.id, held_on="2025-05-20"))["id"])
    r = await district.admin.post(f"{API}/conferences/{c1}/delegates/import", json=delegates_json(5))
    assert r.status_code == 200, r.text
    listed = await _all(district.http, f"{API}/conferences/{c1}/delegates", district.admin)
    names = [d["full_name"] for d in listed]
    assert names == sorted(names)  # the default order is unchanged (folded name)
    mark = _mark(listed)
    target = listed[3]["id"]
    r = await district.admin.patch(f"{API}/conferences/{c1}/delegates/{target}", json={"note": "đã sửa"})
    assert r.status_code == 200, r.text
    got = await _all(district.http, f"{API}/conferences/{c1}/delegates", district.admin, updated_after=mark)
    assert [d["id"] for d in got] == [target]
    # designations: a page, and incremental too
    r = await district.admin.put(f"{API}/conferences/{top}/allocations", json={"items": [{"unit_id": g, "seats": 3}]})
    assert r.status_code == 200, r.text
    for d in listed[:2]:
        r = await district.admin.post(f"{API}/conferences/{c1}/designations", json={"delegate_id": d["id"]})
        assert r.status_code == 201, r.text
    designations = await _all(district.http, f"{API}/conferences/{c1}/designations", district.admin)
    assert len(designations) == 2
    after = await _all(
        district.http, f"{API}/conferences/{c1}/designations", district.admin, updated_after="2999-01-01T00:00:00Z"
    )
    assert after == []


async def test_sync_updated_after_nominations_submissions_versions_attachments(district: District) -> None:
    unit = await district.unit("xã Hồ Sơ Đồng Bộ")
    conference = await district.conference(unit)
    officer = await _user(district, unit, "unit_officer", f"cb.sync.{unit[:8]}")
    body = {
        "conference_id": conference["id"],
        "nominee_kind": "collective",
        "nominee_name": "Tổ sản xuất",
        "honour": "conference_honoured",
        "basis": "merit",
    }
    r = await district.http.post(f"{API}/nominations", json=body, headers=officer)
    assert r.status_code == 201, r.text
    nomination = r.json()
    r = await district.http.post(
        f"{API}/submissions",
        json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Bản một"},
        headers=officer,
    )
    assert r.status_code == 201, r.text
    submission = r.json()
    mark = _mark([nomination, submission])
    assert await _all(district.http, f"{API}/nominations", officer, updated_after=mark) == []
    assert (
        await district.http.post(f"{API}/nominations/{nomination['id']}/submit", headers=officer)
    ).status_code == 200
    assert [n["id"] for n in await _all(district.http, f"{API}/nominations", officer, updated_after=mark)] == [
        nomination["id"]
    ]
    sid = submission["id"]
    url = f"{API}/submissions/{sid}/attachments"
    r = await district.http.post(url, files={"file": ("a.pdf", PDF, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    attached = r.json()["id"]
    assert (await district.http.post(f"{API}/submissions/{sid}/submit", headers=officer)).status_code == 200
    assert (
        await district.http.patch(f"{API}/submissions/{sid}", json={"text": "Bản hai"}, headers=officer)
    ).status_code == 200
    assert [s["id"] for s in await _all(district.http, f"{API}/submissions", officer, updated_after=mark)] == [sid]
    versions = await _all(district.http, f"{API}/submissions/{sid}/versions", officer)
    assert [v["number"] for v in versions] == [1, 2]
    later = await _all(
        district.http, f"{API}/submissions/{sid}/versions", officer, updated_after=versions[0]["created_at"]
    )
    assert [v["number"] for v in later] == [2]
    attachments = await _all(district.http, url, officer)
    assert [a["id"] for a in attachments] == [attached]
    assert await _all(district.http, url, officer, updated_after=attachments[0]["created_at"]) == []


async def test_sync_audit_events_oldest_first_after_the_instant(district: District) -> None:
    events = (await district.admin.get(f"{API}/audit-events", params={"limit": 1})).json()
    newest = events["items"][0]
    await district.unit("xã Nhật Ký Đồng Bộ")
    later = await _all(district.http, f"{API}/audit-events", district.admin, updated_after=newest["occurred_at"])
    assert later
    assert all(e["occurred_at"] > newest["occurred_at"] for e in later)
    assert [(e["occurred_at"], e["id"]) for e in later] == sorted((e["occurred_at"], e["id"]) for e in later)


async def test_sync_updated_after_needs_an_offset_and_its_own_cursor(district: District) -> None:
    for path in ("/units", "/plans", "/conferences", "/deletions"):
        r = await district.admin.get(API + path, params={"updated_after": "2025-01-01T00:00:00"})
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), path
    plain = (await district.admin.get(f"{API}/units", params={"limit": 1})).json()
    synced = (
        await district.admin.get(f"{API}/units", params={"limit": 1, "updated_after": "2000-01-01T00:00:00+07:00"})
    ).json()
    assert plain["next_cursor"]
    assert synced["next_cursor"]
    mixed = [
        {"cursor": plain["next_cursor"], "updated_after": "2000-01-01T00:00:00+07:00"},
        {"cursor": synced["next_cursor"]},
    ]
    for params in mixed:
        r = await district.admin.get(f"{API}/units", params=params)
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), params


async def test_sync_deletions_are_discoverable(district: District) -> None:
    start = (await district.admin.get(f"{API}/audit-events", params={"limit": 1})).json()
    mark = start["items"][0]["occurred_at"]
    g = await district.unit("xã Xoá Đồng Bộ")
    spare = await district.unit("xã Xoá Hội Nghị")
    c1 = str((await district.conference(g))["id"])
    gone_conference = str((await district.conference(spare, held_on="2025-03-16"))["id"])
    top = str((await district.conference(district.id, held_on="2025-05-20"))["id"])
    await district.admin.post(f"{API}/conferences/{c1}/delegates/import", json=delegates_json(3))
    delegates = await _all(district.http, f"{API}/conferences/{c1}/delegates", district.admin)
    await district.admin.put(f"{API}/conferences/{top}/allocations", json={"items": [{"unit_id": g, "seats": 2}]})
    designation = (
        await district.admin.post(f"{API}/conferences/{c1}/designations", json={"delegate_id": delegates[0]["id"]})
    ).json()
    block = (
        await district.admin.post(f"{API}/emulation-blocks", json={"name": "Cụm xoá", "district_id": district.id})
    ).json()
    sid = (
        await district.admin.post(
            f"{API}/submissions", json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": g}
        )
    ).json()["id"]
    attachment = (
        await district.admin.post(
            f"{API}/submissions/{sid}/attachments", files={"file": ("a.pdf", PDF, "application/pdf")}
        )
    ).json()
    deletes = [
        f"/conferences/{c1}/designations/{designation['id']}",
        f"/conferences/{c1}/delegates/{delegates[1]['id']}",
        f"/conferences/{gone_conference}",
        f"/emulation-blocks/{block['id']}",
        f"/submissions/{sid}/attachments/{attachment['id']}",
    ]
    for path in deletes:
        r = await district.admin.delete(API + path)
        assert r.status_code == 204, (path, r.text)
    tombstones = await _all(district.http, f"{API}/deletions", district.admin, updated_after=mark)
    assert [(t["entity"], t["id"]) for t in tombstones] == [
        ("delegate", designation["id"]),
        ("delegate", delegates[1]["id"]),
        ("conference", gone_conference),
        ("emulation_block", block["id"]),
        ("attachment", attachment["id"]),
    ]
    units = {t["id"]: t["unit_id"] for t in tombstones}
    assert units[delegates[1]["id"]] == g
    assert units[attachment["id"]] == g
    assert units[gone_conference] == spare
    assert units[designation["id"]] == district.id  # on the district conference's list
    assert all(t["district_id"] == district.id for t in tombstones)
    only = await _all(district.http, f"{API}/deletions", district.admin, updated_after=mark, entity="attachment")
    assert [t["id"] for t in only] == [attachment["id"]]
    # the deleted records are gone from their lists, found here instead
    listed = await _all(district.http, f"{API}/conferences/{c1}/delegates", district.admin)
    assert delegates[1]["id"] not in {d["id"] for d in listed}


async def test_sync_tombstones_respect_X2(district: District) -> None:
    start = (await district.admin.get(f"{API}/audit-events", params={"limit": 1})).json()
    mark = start["items"][0]["occurred_at"]
    mine, other = await district.unit("xã Của Tôi"), await district.unit("xã Người Khác")
    officer = await _user(district, mine, "unit_officer", f"cb.x2.{mine[:8]}")
    ids: dict[str, str] = {}
    for unit in (mine, other):
        conference = str(
            (await district.conference(unit, held_on="2025-03-17" if unit == mine else "2025-03-18"))["id"]
        )
        await district.admin.post(f"{API}/conferences/{conference}/delegates/import", json=delegates_json(1))
        delegate = (await _all(district.http, f"{API}/conferences/{conference}/delegates", district.admin))[0]
        r = await district.admin.delete(f"{API}/conferences/{conference}/delegates/{delegate['id']}")
        assert r.status_code == 204
        ids[unit] = delegate["id"]
    spare = await district.unit("xã Hội Nghị Công Khai")
    public = str((await district.conference(spare, held_on="2025-03-19"))["id"])
    assert (await district.admin.delete(f"{API}/conferences/{public}")).status_code == 204
    seen = {t["id"] for t in await _all(district.http, f"{API}/deletions", officer, updated_after=mark)}
    assert ids[mine] in seen
    assert public in seen
    assert ids[other] not in seen  # another unit's private record: not even its tombstone
    admin_seen = {t["id"] for t in await _all(district.http, f"{API}/deletions", district.admin, updated_after=mark)}
    assert {ids[mine], ids[other], public} <= admin_seen


LISTS = (
    "/units",
    "/plans",
    "/conferences",
    "/nominations",
    "/submissions",
    "/emulation-blocks",
    "/users",
    "/audit-events",
    "/deletions",
    "/submissions/report-outline",
)


@pytest.mark.parametrize("path", LISTS)
async def test_limit_over_500_is_422_on_every_list(app: FastAPI, district: District, path: str) -> None:
    r = await district.admin.get(API + path, params={"limit": 501})
    assert (r.status_code, r.json()["code"]) == (422, "validation_error")
    assert r.json()["errors"][0]["field"].endswith("limit")


async def test_limit_over_500_is_422_on_every_nested_list(district: District) -> None:
    g = await district.unit("xã Giới Hạn")
    conference = str((await district.conference(g))["id"])
    sid = (
        await district.admin.post(
            f"{API}/submissions", json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": g}
        )
    ).json()["id"]
    for path in (
        f"/conferences/{conference}/delegates",
        f"/conferences/{conference}/designations",
        f"/submissions/{sid}/versions",
        f"/submissions/{sid}/attachments",
    ):
        r = await district.admin.get(API + path, params={"limit": 501})
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), path
        r = await district.admin.get(API + path, params={"limit": 500})
        assert (r.status_code, set(r.json())) == (200, {"items", "next_cursor"}), path


async def test_report_outline_is_a_page(district: District) -> None:
    whole = (await district.admin.get(f"{API}/submissions/report-outline")).json()
    assert whole["next_cursor"] is None
    assert whole["items"]
    paged = await _all(district.http, f"{API}/submissions/report-outline", district.admin)
    assert paged == whole["items"]
    r = await district.admin.get(f"{API}/submissions/report-outline", params={"cursor": "xyz"})
    assert (r.status_code, r.json()["code"]) == (422, "validation_error")


async def test_sync_conference_follows_its_unit_and_plan(district: District) -> None:
    """A conference's title, assembly mode and cap follow its unit and its plan: when they change,
    the conference is listed again by ``updated_after`` with its new answer."""
    unit = await district.unit("xã Theo Đơn Vị", headcount=50)
    conference = await district.conference(unit)
    mark = _mark([conference])
    r = await district.admin.patch(f"{API}/units/{unit}", json={"headcount": 5000, "name": "xã Theo Đơn Vị Mới"})
    assert r.status_code == 200, r.text
    got = await _all(district.http, f"{API}/conferences", district.admin, updated_after=mark)
    assert [(c["id"], c["assembly_mode"]) for c in got] == [(conference["id"], "delegate_assembly")]
    assert "xã Theo Đơn Vị Mới" in got[0]["title"][0]
    mark = _mark(got)
    r = await district.admin.patch(f"{API}/plans/{district.plan_id}", json={"delegate_assembly_cap": 180})
    assert r.status_code == 200, r.text
    got = await _all(district.http, f"{API}/conferences", district.admin, updated_after=mark)
    assert conference["id"] in [c["id"] for c in got]
    assert next(c for c in got if c["id"] == conference["id"])["delegate_cap"] == 180
