"""S1–S6 and X3 through HTTP on PostgreSQL."""

import hashlib

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from api.domain.submissions import REPORT_SECTIONS
from tests.conftest import District, login
from tests.support import DEMO_PASSWORD

SUB = "/api/v1/submissions"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def _people(district: District, unit: str, tag: str) -> tuple[dict[str, str], dict[str, str]]:
    for role, username in (("unit_officer", f"cb.{tag}"), ("council_reviewer", f"hd.{tag}")):
        r = await district.client.post(
            "/api/v1/users",
            json={"username": username, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
            headers=district.admin,
        )
        assert r.status_code == 201, r.text
    return await login(district.client, f"cb.{tag}", DEMO_PASSWORD), await login(
        district.client, f"hd.{tag}", DEMO_PASSWORD
    )


async def test_S1_on_time_late_and_missing(district: District) -> None:
    a, b, c, d = [await district.unit(n) for n in ("xã Đúng Hạn", "xã Trễ Hạn", "xã Chưa Gửi", "xã Nháp")]
    admin = district.admin
    for unit, received in ((a, "2024-11-09T23:59:00+07:00"), (b, "2024-11-10T00:00:00+07:00")):
        s = (
            await district.client.post(
                SUB,
                json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit, "text": "Kế hoạch"},
                headers=admin,
            )
        ).json()
        r = await district.client.post(f"{SUB}/{s['id']}/submit", json={"received_at": received}, headers=admin)
        assert r.status_code == 200, r.text
    await district.client.post(
        SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": d}, headers=admin
    )
    status = (await district.client.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status", headers=admin)).json()
    by_id = {i["unit_id"]: i["status"] for i in status["items"]}
    assert (by_id[a], by_id[b], by_id[c], by_id[d]) == ("on_time", "late", "missing", "missing")
    assert status["counts"] == {"on_time": 1, "late": 1, "missing": 2}


async def test_S1_received_at_is_the_first_submit_and_only_the_admin_backdates(district: District) -> None:
    unit = await district.unit("xã Gửi Muộn")
    officer, _ = await _people(district, unit, "guimuon")
    s = (
        await district.client.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "v1"}, headers=officer
        )
    ).json()
    r = await district.client.post(
        f"{SUB}/{s['id']}/submit", json={"received_at": "2024-11-01T08:00:00+07:00"}, headers=officer
    )
    assert r.status_code == 403
    r = await district.client.post(f"{SUB}/{s['id']}/submit", headers=officer)
    assert r.status_code == 200
    assert r.json()["on_time"] is False  # submitted today, long after 10/11/2024
    first = r.json()["received_at"]
    r = await district.client.patch(f"{SUB}/{s['id']}", json={"text": "v2"}, headers=officer)
    assert (r.json()["current_version"], r.json()["received_at"]) == (2, first)


async def test_S2_report_incomplete_lists_missing_keys_and_figures_are_computed(district: District) -> None:
    unit = await district.unit("xã Báo Cáo")
    officer, reviewer = await _people(district, unit, "baocao")
    body = {
        "kind": "summary_report",
        "plan_id": district.plan_id,
        "sections": {"p1.I": "Tình hình chung"},
        "figures": {
            "collectives_registered": 2,
            "collectives_total": 3,
            "individuals_registered": 45,
            "individuals_total": 50,
            "leaders_commended": 4,
            "workers_commended": 12,
            "commendations": [{"level": "district", "form": "Giấy khen", "count": 16}],
        },
    }
    s = (await district.client.post(SUB, json=body, headers=officer)).json()
    figures = s["content"]["figures"]
    assert (figures["collectives_percent"], figures["individuals_percent"], figures["leader_worker_ratio"]) == (
        "66.7",
        "90.0",
        "1:3",
    )
    r = await district.client.post(f"{SUB}/{s['id']}/submit", headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "report_incomplete", "S2")
    assert "p1.II" in r.json()["detail"]
    rest = {k: "Nội dung" for k, (_, required) in REPORT_SECTIONS.items() if required}
    assert (
        await district.client.patch(f"{SUB}/{s['id']}", json={"sections": rest}, headers=officer)
    ).status_code == 200
    assert (await district.client.post(f"{SUB}/{s['id']}/submit", headers=officer)).json()["state"] == "submitted"
    r = await district.client.post(f"{SUB}/{s['id']}/approve", headers=officer)
    assert r.status_code == 403  # X3 — officers do not decide
    assert (await district.client.post(f"{SUB}/{s['id']}/approve", headers=reviewer)).json()["state"] == "approved"
    outline = (await district.client.get(f"{SUB}/report-outline", headers=officer)).json()
    assert outline[0] == {"key": "p1.I", "heading": REPORT_SECTIONS["p1.I"][0], "required": True}


async def test_S3_presentations_vetted_before_the_agenda(district: District) -> None:
    unit = await district.unit("xã Tham Luận")
    officer, reviewer = await _people(district, unit, "thamluan")
    conf = str((await district.conference(unit))["id"])
    d = (
        await district.client.post(
            f"/api/v1/conferences/{conf}/delegates",
            json={"full_name": "Hồ Văn Mạnh", "category": "direct_worker"},
            headers=officer,
        )
    ).json()
    p = (
        await district.client.post(
            SUB,
            json={
                "kind": "presentation",
                "plan_id": district.plan_id,
                "conference_id": conf,
                "presenter_delegate_id": d["id"],
                "title": "Mô hình trồng cam",
                "text": "Nội dung",
            },
            headers=officer,
        )
    ).json()
    agenda = (await district.client.get(f"/api/v1/conferences/{conf}/agenda", headers=officer)).json()
    items = [
        {"key": i["key"]} | ({"presentation_ids": [p["id"]]} if i["key"] == "presentations" else {})
        for i in agenda["items"]
    ]
    r = await district.client.put(f"/api/v1/conferences/{conf}/agenda", json={"items": items}, headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "presentation_not_approved", "S3")
    await district.client.post(f"{SUB}/{p['id']}/submit", headers=officer)
    r = await district.client.post(f"{SUB}/{p['id']}/request-changes", json={"reason": "Rút gọn"}, headers=reviewer)
    assert r.json()["state"] == "changes_requested"
    await district.client.post(f"{SUB}/{p['id']}/submit", headers=officer)
    assert (await district.client.post(f"{SUB}/{p['id']}/approve", headers=reviewer)).json()["state"] == "approved"
    r = await district.client.put(f"/api/v1/conferences/{conf}/agenda", json={"items": items}, headers=officer)
    assert r.status_code == 200, r.text
    assert next(i for i in r.json()["items"] if i["key"] == "presentations")["presentation_ids"] == [p["id"]]
    r = await district.client.patch(f"{SUB}/{p['id']}", json={"text": "Sửa sau khi duyệt"}, headers=officer)
    assert r.json()["state"] == "submitted"
    agenda = (await district.client.get(f"/api/v1/conferences/{conf}/agenda", headers=officer)).json()
    assert next(i for i in agenda["items"] if i["key"] == "presentations")["presentation_ids"] == []


async def test_S4_district_compilation_is_a_snapshot_that_never_changes(district: District) -> None:
    unit = await district.unit("xã Tổng Hợp")
    await district.conference(unit, "2025-03-02")
    r = await district.client.post(
        SUB, json={"kind": "district_compilation", "plan_id": district.plan_id}, headers=district.admin
    )
    assert r.status_code == 201, r.text
    snap = r.json()["content"]["snapshot"]
    assert snap["unit_plan_status"]["counts"]["missing"] >= 1
    assert snap["schedule"][0]["unit_name"] == "xã Tổng Hợp"
    assert r.json()["state"] == "final"
    r2 = await district.client.patch(f"{SUB}/{r.json()['id']}", json={"title": "Đổi"}, headers=district.admin)
    assert (r2.status_code, r2.json()["code"]) == (409, "transition_not_allowed")


async def test_S5_versions_are_kept_byte_identical_and_never_edited(app: FastAPI, district: District) -> None:
    unit = await district.unit("xã Phiên Bản")
    officer, _ = await _people(district, unit, "phienban")
    s = (
        await district.client.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Bản đầu"}, headers=officer
        )
    ).json()
    v1 = await district.client.get(f"{SUB}/{s['id']}/versions/1", headers=officer)
    await district.client.post(f"{SUB}/{s['id']}/submit", headers=officer)
    await district.client.patch(f"{SUB}/{s['id']}", json={"text": "Bản hai"}, headers=officer)
    again = await district.client.get(f"{SUB}/{s['id']}/versions/1", headers=officer)
    assert again.content == v1.content
    assert [v["number"] for v in (await district.client.get(f"{SUB}/{s['id']}/versions", headers=officer)).json()] == [
        1,
        2,
    ]
    for method in ("DELETE", "PATCH", "PUT"):
        r = await district.client.request(method, f"{SUB}/{s['id']}/versions/1", json={}, headers=officer)
        assert r.status_code == 405
    async with app.state.engine.connect() as conn:
        for stmt in ("UPDATE submission_versions SET title = 'x'", "DELETE FROM submission_versions"):
            try:
                await conn.execute(sa.text(stmt))
                raise AssertionError("the database let a version change")
            except sa.exc.DBAPIError:
                await conn.rollback()


async def test_S6_upload_checksum_round_trip_and_refusals(district: District, app: FastAPI) -> None:
    unit = await district.unit("xã Đính Kèm")
    officer, _ = await _people(district, unit, "dinhkem")
    s = (
        await district.client.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id}, headers=officer)
    ).json()
    url = f"{SUB}/{s['id']}/attachments"
    r = await district.client.post(url, files={"file": ("Kế hoạch.pdf", PDF, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    meta = r.json()
    assert meta["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert meta["content_type"] == "application/pdf"
    got = await district.client.get(f"{url}/{meta['id']}", headers=officer)
    assert got.content == PDF
    assert got.headers["X-Checksum-SHA256"] == meta["sha256"]
    assert "filename*=UTF-8''K%E1%BA%BF" in got.headers["Content-Disposition"]
    # a renamed executable is refused by its content
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    r = await district.client.post(url, files={"file": ("bao-cao.pdf", exe, "application/pdf")}, headers=officer)
    assert (r.status_code, r.json()["code"]) == (415, "unsupported_media_type")
    stored = [p.name for p in app.state.settings.attachments_path.rglob("*") if p.is_file()]
    assert stored == [meta["sha256"]]  # the refused upload left no file behind
    # an upload over the limit is refused from its Content-Length, before the body is read
    limit = app.state.settings.attachment_max_bytes
    r = await district.client.post(
        url,
        content=b"x" * 10,
        headers=officer | {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": str(limit + 1)},
    )
    assert (r.status_code, r.json()["code"]) == (413, "payload_too_large")
    assert [a["id"] for a in (await district.client.get(url, headers=officer)).json()] == [meta["id"]]
    assert (await district.client.delete(f"{url}/{meta['id']}", headers=officer)).status_code == 204
    assert (await district.client.get(url, headers=officer)).json() == []


async def test_X2_submissions_are_private(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    unit = await district.unit("xã Bảo Mật")
    s = (
        await client.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit}, headers=district.admin
        )
    ).json()
    for path in ("", "/versions", "/versions/1", "/attachments"):
        assert (await client.get(f"{SUB}/{s['id']}{path}", headers=headers["officer"])).status_code == 404, path
    assert (await client.get(f"{SUB}/{s['id']}", headers=headers["viewer"])).status_code == 200


async def test_S1_demo_seed_has_plans_on_time_late_and_missing(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    status = (
        await client.get(f"/api/v1/plans/{demo['plan']['id']}/unit-plan-status", headers=headers["viewer"])
    ).json()
    by_name = {i["unit_name"]: i["status"] for i in status["items"]}
    assert by_name["thị trấn Hương Khê"] == "on_time"
    assert by_name["xã Gia Phố"] == "late"
    assert by_name["xã Phú Gia"] == "missing"
    # an officer sees only their own unit's row
    own = (await client.get(f"/api/v1/plans/{demo['plan']['id']}/unit-plan-status", headers=headers["officer"])).json()
    assert [i["unit_name"] for i in own["items"]] == ["xã Hương Thủy"]
