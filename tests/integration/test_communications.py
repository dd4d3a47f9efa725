"""M1–M2 — communication activities through HTTP on PostgreSQL."""

import io

import obstore
import openpyxl
import pytest
from fastapi import FastAPI
from obstore.store import MemoryStore

from api.storage import ObjectStorage, key_for
from tests.support import DEMO_PASSWORD, District, login

ACT = "/api/v1/communication-activities"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LINK = "https://trtnews.vn/phong-su"


async def _officer(district: District, unit: str, tag: str) -> dict[str, str]:
    r = await district.http.post(
        "/api/v1/users",
        json={
            "username": f"cb.{tag}",
            "full_name": "Thử",
            "role": "unit_officer",
            "unit_id": unit,
            "password": DEMO_PASSWORD,
        },
        headers=district.admin,
    )
    assert r.status_code == 201, r.text
    return await login(district.http, f"cb.{tag}", DEMO_PASSWORD)


def _body(district: District, **extra: object) -> dict[str, object]:
    return {
        "plan_id": district.plan_id,
        "kind": "digital_post",
        "title": "Tin bài về hội nghị",
        "channel": "Trang thông tin điện tử xã",
        "occurred_on": "2025-03-15",
        "link": LINK,
    } | extra


async def test_M1_phase_on_the_day_the_day_before_and_after(district: District) -> None:
    unit = await district.unit("xã Phóng Sự")
    officer = await _officer(district, unit, "phase")
    r = await district.http.post(ACT, json=_body(district, occurred_on="2025-03-14"), headers=officer)
    assert r.status_code == 201, r.text
    assert r.json()["phase"] == "unscheduled"
    assert r.json()["conference_held_on"] is None
    await district.conference(unit, held_on="2025-03-15")
    phases = {}
    for day in ("2025-03-14", "2025-03-15", "2025-03-16"):
        r = await district.http.post(ACT, json=_body(district, occurred_on=day), headers=officer)
        assert r.status_code == 201, r.text
        assert r.headers["ETag"]
        assert r.headers["Location"].endswith(r.json()["id"])
        phases[day] = r.json()["phase"]
    assert phases == {"2025-03-14": "before", "2025-03-15": "on", "2025-03-16": "after"}
    listed = (await district.http.get(ACT, params={"plan_id": district.plan_id}, headers=officer)).json()
    assert [i["phase"] for i in listed["items"]] == ["before", "before", "on", "after"]  # the first one follows the day


@pytest.mark.parametrize(
    "link",
    [
        "ftp://x.vn/a",
        "javascript:alert(1)",
        "https://",
        "http://user:pw@x.vn/",
        "https://x.vn/a b",
        "x.vn/a",
        "https://x.vn:99999/",
        "https://" + "a" * 2000 + ".vn",
    ],
)
async def test_M1_bad_link_refused(district: District, link: str) -> None:
    unit = await district.unit("xã Đường Dẫn")
    r = await district.http.post(ACT, json=_body(district, unit_id=unit, link=link), headers=district.admin)
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == "link"
    listed = (await district.http.get(ACT, params={"unit_id": unit}, headers=district.admin)).json()
    assert listed["items"] == []


async def test_M1_link_or_attachment_and_the_S6_checks(district: District) -> None:
    unit = await district.unit("xã Tệp")
    officer = await _officer(district, unit, "tep")
    a = (await district.http.post(ACT, json=_body(district, link=None), headers=officer)).json()
    assert a["has_evidence"] is False
    assert a["attachment_count"] == 0
    bad = await district.http.post(
        f"{ACT}/{a['id']}/attachments",
        files={"file": ("x.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")},
        headers=officer,
    )
    assert bad.status_code == 415
    up = await district.http.post(
        f"{ACT}/{a['id']}/attachments", files={"file": ("phong-su.docx", PDF, "application/pdf")}, headers=officer
    )
    assert up.status_code == 201, up.text
    att = up.json()
    assert att["content_type"] == "application/pdf"
    assert att["filename"] == "phong-su.pdf"
    got = await district.http.get(f"{ACT}/{a['id']}", headers=officer)
    assert got.json()["has_evidence"] is True
    assert got.json()["attachment_count"] == 1
    down = await district.http.get(f"{ACT}/{a['id']}/attachments/{att['id']}", headers=officer)
    assert down.status_code == 200
    assert down.content == PDF
    # the last evidence cannot go
    r = await district.http.delete(f"{ACT}/{a['id']}/attachments/{att['id']}", headers=officer)
    assert r.status_code == 422
    assert r.json()["rule"] == "M1"
    r = await district.http.patch(f"{ACT}/{a['id']}", json={"link": LINK}, headers=officer)
    assert r.status_code == 200
    r = await district.http.delete(f"{ACT}/{a['id']}/attachments/{att['id']}", headers=officer)
    assert r.status_code == 204
    r = await district.http.patch(f"{ACT}/{a['id']}", json={"link": None}, headers=officer)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "link"
    tombs = (await district.http.get("/api/v1/deletions", params={"entity": "attachment"}, headers=officer)).json()
    assert att["id"] in [t["id"] for t in tombs["items"]]


async def test_M1_another_units_officer_gets_404(district: District) -> None:
    mine, other = await district.unit("xã Của Tôi"), await district.unit("xã Khác")
    me, them = await _officer(district, mine, "cuatoi"), await _officer(district, other, "khac")
    a = (await district.http.post(ACT, json=_body(district), headers=me)).json()
    for method, path in (
        ("GET", f"{ACT}/{a['id']}"),
        ("PATCH", f"{ACT}/{a['id']}"),
        ("DELETE", f"{ACT}/{a['id']}"),
        ("GET", f"{ACT}/{a['id']}/attachments"),
    ):
        r = await district.http.request(method, path, json={} if method == "PATCH" else None, headers=them)
        assert r.status_code == 404, (method, path)
    r = await district.http.post(
        f"{ACT}/{a['id']}/attachments", files={"file": ("a.pdf", PDF, "application/pdf")}, headers=them
    )
    assert r.status_code == 404
    r = await district.http.post(ACT, json=_body(district, unit_id=mine), headers=them)
    assert r.status_code == 403
    assert (await district.http.get(ACT, headers=them)).json()["items"] == []
    counts = (await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts", headers=them)).json()
    assert counts["total"] == 0


async def test_M1_etag_if_match_idempotency_audit_and_tombstone(district: District) -> None:
    unit = await district.unit("xã Quy Ước")
    officer = await _officer(district, unit, "quyuoc")
    key = {"Idempotency-Key": "m1-create-1"}
    first = await district.http.post(ACT, json=_body(district), headers=officer | key)
    again = await district.http.post(ACT, json=_body(district), headers=officer | key)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    aid = first.json()["id"]
    got = await district.http.get(f"{ACT}/{aid}", headers=officer)
    stale = await district.http.patch(f"{ACT}/{aid}", json={"title": "Mới"}, headers=officer | {"If-Match": '"x"'})
    assert stale.status_code == 412
    ok = await district.http.patch(
        f"{ACT}/{aid}", json=got.json() | {"title": "Mới"}, headers=officer | {"If-Match": got.headers["ETag"]}
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["title"] == "Mới"
    events = (await district.http.get("/api/v1/audit-events", params={"entity_id": aid}, headers=district.admin)).json()
    assert {e["action"] for e in events["items"]} == {"create", "update"}
    r = await district.http.delete(f"{ACT}/{aid}", headers=officer | {"If-Match": got.headers["ETag"]})
    assert r.status_code == 412
    r = await district.http.delete(f"{ACT}/{aid}", headers=officer)
    assert r.status_code == 204
    assert (await district.http.get(f"{ACT}/{aid}", headers=officer)).status_code == 404
    tombs = (
        await district.http.get("/api/v1/deletions", params={"entity": "communication_activity"}, headers=officer)
    ).json()
    assert aid in [t["id"] for t in tombs["items"]]


async def test_M2_counts_equal_records_by_kind_unit_and_phase_and_the_xlsx(district: District) -> None:
    a, b = await district.unit("xã An"), await district.unit("xã Bình")
    await district.conference(a, held_on="2025-03-15")
    made = [
        (a, "reportage", "2025-03-10"),
        (a, "digital_post", "2025-03-15"),
        (a, "digital_post", "2025-03-15"),
        (a, "banner", "2025-03-20"),
        (b, "yearbook", "2025-03-01"),
    ]
    for unit, kind, day in made:
        r = await district.http.post(
            ACT, json=_body(district, unit_id=unit, kind=kind, occurred_on=day), headers=district.admin
        )
        assert r.status_code == 201, r.text
    c = (
        await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts", headers=district.admin)
    ).json()
    assert c["total"] == len(made) == sum(r["count"] for r in c["rows"])
    assert c["by_kind"] == {"reportage": 1, "yearbook": 1, "banner": 1, "digital_post": 2}
    assert c["by_phase"] == {"before": 1, "on": 2, "after": 1, "unscheduled": 1}
    assert [(u["unit_name"], u["count"]) for u in c["by_unit"]] == [("xã An", 4), ("xã Bình", 1)]
    officer = await _officer(district, b, "binh")
    mine = (await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts", headers=officer)).json()
    assert mine["total"] == 1
    assert [u["unit_id"] for u in mine["by_unit"]] == [b]
    r = await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts/export", headers=district.admin)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    sheet = wb["Tổng hợp"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[1][0] == "THỐNG KÊ HOẠT ĐỘNG TUYÊN TRUYỀN HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"
    header = rows[5]
    assert header[:3] == ["STT", "Đơn vị", "Phóng sự"]
    assert header[-1] == "Tổng cộng"
    assert "Tin bài trên nền tảng số" in header
    assert "Trong ngày hội nghị" in header
    body = {row[1]: row for row in rows[6:]}
    assert body["xã An"][header.index("Tổng cộng")] == 4
    assert body["xã An"][header.index("Trong ngày hội nghị")] == 2
    assert body["Tổng cộng"][header.index("Tổng cộng")] == len(made)
    detail = list(wb["Chi tiết"].iter_rows(values_only=True))
    assert sum(row[4] for row in detail[1:]) == len(made)
    r = await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts/export", headers=officer)
    sheet = openpyxl.load_workbook(io.BytesIO(r.content))["Tổng hợp"]
    assert [row[1] for row in sheet.iter_rows(min_row=7, values_only=True)] == ["xã Bình", "Tổng cộng"]


async def test_M2_documentary_must_be_a_reportage_of_the_same_unit(district: District) -> None:
    a, b = await district.unit("xã Phim"), await district.unit("xã Khác Phim")
    conf = await district.conference(a, held_on="2025-03-15", has_documentary=True)
    plain = await district.conference(b, held_on="2025-03-16")
    compliance = await district.http.get(f"/api/v1/conferences/{conf['id']}/compliance", headers=district.admin)
    m2 = next(i for i in compliance.json()["items"] if i["rule"] == "M2")
    assert m2["status"] == "warning"  # has_documentary and no reportage named yet
    not_reportage = _body(district, unit_id=a, kind="video", documentary_conference_id=conf["id"])
    r = await district.http.post(ACT, json=not_reportage, headers=district.admin)
    assert r.status_code == 422
    assert r.json()["rule"] == "M2"
    other_unit = _body(district, unit_id=b, kind="reportage", documentary_conference_id=conf["id"])
    r = await district.http.post(ACT, json=other_unit, headers=district.admin)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "documentary_conference_id"
    no_film = _body(district, unit_id=b, kind="reportage", documentary_conference_id=plain["id"])
    r = await district.http.post(ACT, json=no_film, headers=district.admin)
    assert r.status_code == 422
    good = _body(district, unit_id=a, kind="reportage", documentary_conference_id=conf["id"])
    r = await district.http.post(ACT, json=good, headers=district.admin)
    assert r.status_code == 201, r.text
    rid = r.json()["id"]
    r = await district.http.post(ACT, json=good, headers=district.admin)
    assert r.status_code == 409  # one documentary per conference
    r = await district.http.patch(f"{ACT}/{rid}", json={"kind": "video"}, headers=district.admin)
    assert r.status_code == 422  # a documentary stays a reportage
    compliance = await district.http.get(f"/api/v1/conferences/{conf['id']}/compliance", headers=district.admin)
    m2 = next(i for i in compliance.json()["items"] if i["rule"] == "M2")
    assert m2["status"] == "ok"
    assert m2["facts"]["documentary_activity_id"] == rid
    plain_c = await district.http.get(f"/api/v1/conferences/{plain['id']}/compliance", headers=district.admin)
    assert next(i for i in plain_c.json()["items"] if i["rule"] == "M2")["status"] == "ok"


async def test_M1_list_in_update_order_pages_past_the_first_activity(district: District) -> None:
    """``updated_after`` with more activities than the page: the next cursor is made from the
    activity of each row (the list reads rows with computed columns), and following it ends."""
    unit = await district.unit("xã Trang Sau")
    made = []
    for day in ("2025-03-01", "2025-03-02", "2025-03-03"):
        r = await district.http.post(ACT, json=_body(district, unit_id=unit, occurred_on=day), headers=district.admin)
        assert r.status_code == 201, r.text
        made.append(r.json()["id"])
    seen: list[str] = []
    params: dict[str, object] = {"plan_id": district.plan_id, "updated_after": "2000-01-01T00:00:00Z", "limit": 1}
    for _ in range(5):
        r = await district.http.get(ACT, params=params, headers=district.admin)
        assert r.status_code == 200, r.text
        seen += [a["id"] for a in r.json()["items"]]
        if not r.json()["next_cursor"]:
            break
        params["cursor"] = r.json()["next_cursor"]
    assert seen == made


async def test_S6_activity_attachment_through_another_store_and_checked_on_read(
    district: District, app: FastAPI
) -> None:
    """The services see only the storage interface: with an in-memory store in place of the
    folder an activity's file goes in and comes out the same, and bytes changed in the store
    answer 503 ``service_unavailable``, never the changed bytes (S6)."""
    saved = app.state.storage
    app.state.storage = memory = ObjectStorage(MemoryStore())
    try:
        unit = await district.unit("xã Kho Khác")
        officer = await _officer(district, unit, "khokhac")
        a = (await district.http.post(ACT, json=_body(district, link=None), headers=officer)).json()
        url = f"{ACT}/{a['id']}/attachments"
        up = await district.http.post(url, files={"file": ("a.pdf", PDF, "application/pdf")}, headers=officer)
        assert up.status_code == 201, up.text
        sha = up.json()["sha256"]
        assert await memory.exists(key_for(sha))
        down = await district.http.get(f"{url}/{up.json()['id']}", headers=officer)
        assert (down.status_code, down.content) == (200, PDF)
        obstore.put(memory.store, key_for(sha), PDF.replace(b"1.4", b"1.7"))  # changed in the store
        down = await district.http.get(f"{url}/{up.json()['id']}", headers=officer)
        assert down.status_code == 503, down.text
        assert down.json()["code"] == "service_unavailable"
        assert b"%PDF" not in down.content
    finally:
        app.state.storage = saved
