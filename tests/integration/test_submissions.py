"""S1–S6 and X3 through HTTP on PostgreSQL."""

import hashlib

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from api.domain.submissions import REPORT_SECTIONS
from tests.support import DEMO_PASSWORD, District, login

SUB = "/api/v1/submissions"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def _people(district: District, unit: str, tag: str) -> tuple[dict[str, str], dict[str, str]]:
    for role, username in (("unit_officer", f"cb.{tag}"), ("council_reviewer", f"hd.{tag}")):
        r = await district.admin.post(
            "/api/v1/users",
            json={"username": username, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
        )
        assert r.status_code == 201, r.text
    return await login(district.http, f"cb.{tag}", DEMO_PASSWORD), await login(
        district.http, f"hd.{tag}", DEMO_PASSWORD
    )


async def test_S1_on_time_late_and_missing(district: District) -> None:
    a, b, c, d = [await district.unit(n) for n in ("xã Đúng Hạn", "xã Trễ Hạn", "xã Chưa Gửi", "xã Nháp")]
    admin = district.admin
    for unit, received in ((a, "2024-11-09T23:59:00+07:00"), (b, "2024-11-10T00:00:00+07:00")):
        s = (
            await district.http.post(
                SUB,
                json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit, "text": "Kế hoạch"},
                headers=admin,
            )
        ).json()
        r = await district.http.post(f"{SUB}/{s['id']}/submit", json={"received_at": received}, headers=admin)
        assert r.status_code == 200, r.text
    await district.http.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": d}, headers=admin)
    status = (await district.http.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status", headers=admin)).json()
    by_id = {i["unit_id"]: i["status"] for i in status["items"]}
    assert (by_id[a], by_id[b], by_id[c], by_id[d]) == ("on_time", "late", "missing", "missing")
    assert status["counts"] == {"on_time": 1, "late": 1, "missing": 2}


async def test_S1_received_at_is_the_first_submit_and_only_the_admin_backdates(district: District) -> None:
    unit = await district.unit("xã Gửi Muộn")
    officer, _ = await _people(district, unit, "guimuon")
    s = (
        await district.http.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "v1"}, headers=officer
        )
    ).json()
    r = await district.http.post(
        f"{SUB}/{s['id']}/submit", json={"received_at": "2024-11-01T08:00:00+07:00"}, headers=officer
    )
    assert r.status_code == 403
    r = await district.http.post(f"{SUB}/{s['id']}/submit", headers=officer)
    assert r.status_code == 200
    assert r.json()["on_time"] is False  # submitted today, long after 10/11/2024
    first = r.json()["received_at"]
    r = await district.http.patch(f"{SUB}/{s['id']}", json={"text": "v2"}, headers=officer)
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
    s = (await district.http.post(SUB, json=body, headers=officer)).json()
    figures = s["content"]["figures"]
    assert (figures["collectives_percent"], figures["individuals_percent"], figures["leader_worker_ratio"]) == (
        "66.7",
        "90.0",
        "1:3",
    )
    r = await district.http.post(f"{SUB}/{s['id']}/submit", headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "report_incomplete", "S2")
    assert "p1.II" in r.json()["detail"]
    rest = {k: "Nội dung" for k, (_, required) in REPORT_SECTIONS.items() if required}
    assert (await district.http.patch(f"{SUB}/{s['id']}", json={"sections": rest}, headers=officer)).status_code == 200
    assert (await district.http.post(f"{SUB}/{s['id']}/submit", headers=officer)).json()["state"] == "submitted"
    r = await district.http.post(f"{SUB}/{s['id']}/approve", headers=officer)
    assert r.status_code == 403  # X3 — officers do not decide
    assert (await district.http.post(f"{SUB}/{s['id']}/approve", headers=reviewer)).json()["state"] == "approved"
    outline = (await district.http.get(f"{SUB}/report-outline", headers=officer)).json()["items"]
    assert outline[0] == {"key": "p1.I", "heading": REPORT_SECTIONS["p1.I"][0], "required": True}


async def test_S3_presentations_vetted_before_the_agenda(district: District) -> None:
    unit = await district.unit("xã Tham Luận")
    officer, reviewer = await _people(district, unit, "thamluan")
    conf = str((await district.conference(unit))["id"])
    d = (
        await district.http.post(
            f"/api/v1/conferences/{conf}/delegates",
            json={"full_name": "Hồ Văn Mạnh", "category": "direct_worker"},
            headers=officer,
        )
    ).json()
    p = (
        await district.http.post(
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
    agenda = (await district.http.get(f"/api/v1/conferences/{conf}/agenda", headers=officer)).json()
    items = [
        {"key": i["key"]} | ({"presentation_ids": [p["id"]]} if i["key"] == "presentations" else {})
        for i in agenda["items"]
    ]
    r = await district.http.put(f"/api/v1/conferences/{conf}/agenda", json={"items": items}, headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "presentation_not_approved", "S3")
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    r = await district.http.post(f"{SUB}/{p['id']}/request-changes", json={"reason": "Rút gọn"}, headers=reviewer)
    assert r.json()["state"] == "changes_requested"
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    assert (await district.http.post(f"{SUB}/{p['id']}/approve", headers=reviewer)).json()["state"] == "approved"
    r = await district.http.put(f"/api/v1/conferences/{conf}/agenda", json={"items": items}, headers=officer)
    assert r.status_code == 200, r.text
    assert next(i for i in r.json()["items"] if i["key"] == "presentations")["presentation_ids"] == [p["id"]]
    r = await district.http.patch(f"{SUB}/{p['id']}", json={"text": "Sửa sau khi duyệt"}, headers=officer)
    assert r.json()["state"] == "submitted"
    agenda = (await district.http.get(f"/api/v1/conferences/{conf}/agenda", headers=officer)).json()
    assert next(i for i in agenda["items"] if i["key"] == "presentations")["presentation_ids"] == []


async def test_S4_district_compilation_is_a_snapshot_that_never_changes(district: District) -> None:
    unit = await district.unit("xã Tổng Hợp")
    await district.conference(unit, "2025-03-02")
    r = await district.admin.post(SUB, json={"kind": "district_compilation", "plan_id": district.plan_id})
    assert r.status_code == 201, r.text
    snap = r.json()["content"]["snapshot"]
    assert snap["unit_plan_status"]["counts"]["missing"] >= 1
    assert snap["schedule"][0]["unit_name"] == "xã Tổng Hợp"
    assert r.json()["state"] == "final"
    r2 = await district.admin.patch(f"{SUB}/{r.json()['id']}", json={"title": "Đổi"})
    assert (r2.status_code, r2.json()["code"]) == (409, "transition_not_allowed")


async def test_S5_versions_are_kept_byte_identical_and_never_edited(app: FastAPI, district: District) -> None:
    unit = await district.unit("xã Phiên Bản")
    officer, _ = await _people(district, unit, "phienban")
    s = (
        await district.http.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Bản đầu"}, headers=officer
        )
    ).json()
    v1 = await district.http.get(f"{SUB}/{s['id']}/versions/1", headers=officer)
    await district.http.post(f"{SUB}/{s['id']}/submit", headers=officer)
    await district.http.patch(f"{SUB}/{s['id']}", json={"text": "Bản hai"}, headers=officer)
    again = await district.http.get(f"{SUB}/{s['id']}/versions/1", headers=officer)
    assert again.content == v1.content
    assert [
        v["number"] for v in (await district.http.get(f"{SUB}/{s['id']}/versions", headers=officer)).json()["items"]
    ] == [
        1,
        2,
    ]
    for method in ("DELETE", "PATCH", "PUT"):
        r = await district.http.request(method, f"{SUB}/{s['id']}/versions/1", json={}, headers=officer)
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
    s = (await district.http.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id}, headers=officer)).json()
    url = f"{SUB}/{s['id']}/attachments"
    r = await district.http.post(url, files={"file": ("Kế hoạch.pdf", PDF, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    meta = r.json()
    assert meta["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert meta["content_type"] == "application/pdf"
    got = await district.http.get(f"{url}/{meta['id']}", headers=officer)
    assert got.content == PDF
    assert got.headers["X-Checksum-SHA256"] == meta["sha256"]
    assert "filename*=UTF-8''K%E1%BA%BF" in got.headers["Content-Disposition"]

    # a renamed executable is refused by its content
    def stored() -> set[str]:
        return {p.name for p in app.state.settings.attachments_path.rglob("*") if p.is_file()}

    before = stored()
    assert meta["sha256"] in before
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    r = await district.http.post(url, files={"file": ("bao-cao.pdf", exe, "application/pdf")}, headers=officer)
    assert (r.status_code, r.json()["code"]) == (415, "unsupported_media_type")
    assert stored() == before  # the refused upload left no file behind (other tests' files stay as they were)
    # an upload over the limit is refused from its Content-Length, before the body is read
    limit = app.state.settings.attachment_max_bytes
    r = await district.http.post(
        url,
        content=b"x" * 10,
        headers=officer | {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": str(limit + 1)},
    )
    assert (r.status_code, r.json()["code"]) == (413, "payload_too_large")
    assert [a["id"] for a in (await district.http.get(url, headers=officer)).json()["items"]] == [meta["id"]]
    assert (await district.http.delete(f"{url}/{meta['id']}", headers=officer)).status_code == 204
    assert (await district.http.get(url, headers=officer)).json()["items"] == []


async def test_X2_submissions_are_private(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    unit = await district.unit("xã Bảo Mật")
    s = (
        await client.post(
            SUB,
            json={"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit},
            headers=district.admin.headers,
        )
    ).json()
    for path in ("", "/versions", "/versions/1", "/attachments"):
        assert (await client.get(f"{SUB}/{s['id']}{path}", headers=headers["officer"])).status_code == 404, path
    assert (await client.get(f"{SUB}/{s['id']}", headers=headers["viewer"])).status_code == 200


async def test_S6_corrupt_or_missing_stored_file_answers_a_problem_never_bytes(
    district: District, app: FastAPI
) -> None:
    """S6 — the checksum is verified on read: a stored file changed at rest answers 503
    ``attachment_corrupt`` and one gone answers 503 ``attachment_missing``; no byte of it is sent."""
    unit = await district.unit("xã Hỏng Tệp")
    officer, _ = await _people(district, unit, "hongtep")
    s = (await district.http.post(SUB, json={"kind": "unit_plan", "plan_id": district.plan_id}, headers=officer)).json()
    url = f"{SUB}/{s['id']}/attachments"
    content = PDF + b"% only this test stores these bytes\n"
    r = await district.http.post(url, files={"file": ("hong.pdf", content, "application/pdf")}, headers=officer)
    assert r.status_code == 201, r.text
    meta = r.json()
    stored = app.state.settings.attachments_path / meta["sha256"][:2] / meta["sha256"]
    assert stored.read_bytes() == content  # the local store keeps the folder layout
    stored.write_bytes(content.replace(b"PDF-1.4", b"PDF-1.7"))  # changed at rest
    got = await district.http.get(f"{url}/{meta['id']}", headers=officer)
    assert got.status_code == 503, got.text
    assert got.headers["content-type"].startswith("application/problem+json")
    assert got.json()["code"] == "service_unavailable"
    assert b"%PDF" not in got.content
    corrupt_detail = got.json()["detail"]
    stored.unlink()  # gone
    got = await district.http.get(f"{url}/{meta['id']}", headers=officer)
    assert got.status_code == 503, got.text
    assert got.json()["code"] == "service_unavailable"
    assert got.json()["detail"] != corrupt_detail  # each says which
    stored.write_bytes(content)  # restored: served again
    got = await district.http.get(f"{url}/{meta['id']}", headers=officer)
    assert (got.status_code, got.content) == (200, content)


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


async def _presentation(district: District, unit: str, author: dict[str, str]) -> str:
    conf = str((await district.conference(unit))["id"])
    r = await district.http.post(
        SUB,
        json={
            "kind": "presentation",
            "plan_id": district.plan_id,
            "unit_id": unit,
            "conference_id": conf,
            "text": "Nội dung",
        },
        headers=author,
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def test_X3_author_cannot_decide_presentation_after_officer_submits(district: District) -> None:
    """The review's scenario for a submission: the district admin writes a presentation, the
    unit's officer submits it; the admin may not decide it, the unit's council may."""
    unit = await district.unit("xã Tác Giả Tham Luận")
    officer, reviewer = await _people(district, unit, "tacgiatl")
    pid = await _presentation(district, unit, district.admin)
    assert (await district.http.post(f"{SUB}/{pid}/submit", headers=officer)).status_code == 200
    for action in ("approve", "request-changes"):
        r = await district.admin.post(f"{SUB}/{pid}/{action}", json={"reason": "x"})
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (403, "self_review_forbidden", "X3"), action
    r = await district.http.post(f"{SUB}/{pid}/approve", headers=reviewer)
    assert (r.status_code, r.json()["state"]) == (200, "approved")


async def test_X3_editor_cannot_decide_presentation(district: District) -> None:
    """Whoever changed any version — an edit or an attachment — may not decide it."""
    unit = await district.unit("xã Sửa Tham Luận")
    officer, reviewer = await _people(district, unit, "suatl")
    pid = await _presentation(district, unit, officer)
    r = await district.admin.patch(f"{SUB}/{pid}", json={"text": "Huyện sửa"})
    assert r.status_code == 200, r.text
    assert (await district.http.post(f"{SUB}/{pid}/submit", headers=officer)).status_code == 200
    r = await district.admin.post(f"{SUB}/{pid}/approve")
    assert (r.status_code, r.json()["code"]) == (403, "self_review_forbidden")
    assert (await district.http.post(f"{SUB}/{pid}/approve", headers=reviewer)).status_code == 200
    # a summary report: the admin only attached a file, and still may not decide it
    rest = {k: "Nội dung" for k, (_, required) in REPORT_SECTIONS.items() if required}
    report = (
        await district.http.post(
            SUB, json={"kind": "summary_report", "plan_id": district.plan_id, "sections": rest}, headers=officer
        )
    ).json()
    assert "id" in report, report
    r = await district.admin.post(
        f"{SUB}/{report['id']}/attachments", files={"file": ("a.pdf", PDF, "application/pdf")}
    )
    assert r.status_code == 201, r.text
    await district.http.post(f"{SUB}/{report['id']}/submit", headers=officer)
    r = await district.admin.post(f"{SUB}/{report['id']}/approve")
    assert (r.status_code, r.json()["code"]) == (403, "self_review_forbidden")


async def test_X3_database_refuses_a_participants_decision_on_a_submission(app: FastAPI, district: District) -> None:
    unit = await district.unit("xã Ràng Buộc")
    officer, _ = await _people(district, unit, "rangbuoc")
    pid = await _presentation(district, unit, officer)
    await district.http.post(f"{SUB}/{pid}/submit", headers=officer)
    author = (await district.http.get(f"{SUB}/{pid}/versions/1", headers=officer)).json()["created_by"]
    async with app.state.engine.connect() as conn:
        with pytest.raises(sa.exc.IntegrityError, match="x3_self_review"):
            await conn.execute(
                sa.text("UPDATE submissions SET state = 'approved', decided_by = :u WHERE id = :i"),
                {"u": author, "i": pid},
            )
        await conn.rollback()


async def _on_time_plan(district: District, name: str, tag: str) -> tuple[str, str, dict[str, str]]:
    """A unit plan the district admin registered as received on paper before the due date."""
    unit = await district.unit(name)
    officer, _ = await _people(district, unit, tag)
    s = (
        await district.http.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Bản đầu"}, headers=officer
        )
    ).json()
    r = await district.admin.post(f"{SUB}/{s['id']}/submit", json={"received_at": "2024-11-05T09:00:00+07:00"})
    assert (r.status_code, r.json()["on_time"], r.json()["changed_after_due"]) == (200, True, False), r.text
    return unit, str(s["id"]), officer


def _status_of(status: dict[str, object], unit: str) -> dict[str, object]:
    items = status["items"]
    assert isinstance(items, list)
    return dict(next(i for i in items if i["unit_id"] == unit))


async def test_S5_edit_after_submit_makes_version_or_409(district: District) -> None:
    """S1, S5 — an edit of a submitted unit plan is a resubmission: a new version received now;
    the first version stays readable, and on_time keeps the first submit's judgement."""
    unit, sid, officer = await _on_time_plan(district, "xã Sửa Sau Hạn", "suasauhan")
    r = await district.http.patch(f"{SUB}/{sid}", json={"text": "Bản sửa"}, headers=officer)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["current_version"], body["state"], body["on_time"]) == (2, "submitted", True)
    assert body["received_at"].startswith("2024-11-05T02:00:00")  # the first receipt, in UTC
    assert body["last_received_at"] > body["received_at"]
    assert body["changed_after_due"] is True
    versions = (await district.http.get(f"{SUB}/{sid}/versions", headers=officer)).json()["items"]
    assert [(v["number"], v["content"]["text"]) for v in versions] == [(1, "Bản đầu"), (2, "Bản sửa")]
    status = (await district.http.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status", headers=officer)).json()
    item = _status_of(status, unit)
    assert (item["status"], item["changed_after_due"], item["last_received_at"]) == (
        "on_time",
        True,
        body["last_received_at"],
    )


async def test_S1_attachment_after_due_date_shows_changed(district: District) -> None:
    """An attachment added to a submitted plan after the due date is a new version, received now:
    the status shows the plan changed after its due date, and it is still on time."""
    unit, sid, officer = await _on_time_plan(district, "xã Đính Kèm Muộn", "dinhkemmuon")
    r = await district.http.post(
        f"{SUB}/{sid}/attachments", files={"file": ("phu-luc.pdf", PDF, "application/pdf")}, headers=officer
    )
    assert (r.status_code, r.json()["version"]) == (201, 2), r.text
    s = (await district.http.get(f"{SUB}/{sid}", headers=officer)).json()
    assert (s["current_version"], s["on_time"], s["changed_after_due"]) == (2, True, True)
    status = (await district.http.get(f"/api/v1/plans/{district.plan_id}/unit-plan-status", headers=officer)).json()
    item = _status_of(status, unit)
    assert (item["status"], item["changed_after_due"]) == ("on_time", True)
    assert status["counts"]["on_time"] == 1


async def test_S5_attachment_belongs_to_version(district: District) -> None:
    """Attachments added to the draft belong to the version being prepared; once received, that
    version's set is frozen: removing an attachment later makes a new version, the old one
    still holds it and it stays downloadable."""
    unit = await district.unit("xã Bộ Tệp")
    officer, _ = await _people(district, unit, "boteo")
    sid = (
        await district.http.post(
            SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "text": "Kế hoạch"}, headers=officer
        )
    ).json()["id"]
    url = f"{SUB}/{sid}/attachments"
    first = (await district.http.post(url, files={"file": ("a.pdf", PDF, "application/pdf")}, headers=officer)).json()
    second = (
        await district.http.post(url, files={"file": ("b.pdf", PDF + b" ", "application/pdf")}, headers=officer)
    ).json()
    assert (first["version"], second["version"]) == (1, 1)  # a draft version is still being prepared
    assert (await district.http.post(f"{SUB}/{sid}/submit", headers=officer)).status_code == 200
    assert (await district.http.delete(f"{url}/{first['id']}", headers=officer)).status_code == 204
    versions = (await district.http.get(f"{SUB}/{sid}/versions", headers=officer)).json()["items"]
    assert [(v["number"], sorted(v["attachment_ids"])) for v in versions] == [
        (1, sorted([first["id"], second["id"]])),
        (2, [second["id"]]),
    ]
    assert [a["id"] for a in (await district.http.get(url, headers=officer)).json()["items"]] == [second["id"]]
    assert (await district.http.get(f"{url}/{first['id']}", headers=officer)).content == PDF
    third = (await district.http.post(url, files={"file": ("c.pdf", PDF, "application/pdf")}, headers=officer)).json()
    assert third["version"] == 3  # version 2 was received when it was made
    v2 = (await district.http.get(f"{SUB}/{sid}/versions/2", headers=officer)).json()
    assert v2["attachment_ids"] == [second["id"]]


async def test_S3_attachment_to_an_approved_presentation_sends_it_back(district: District) -> None:
    """S3, S5 — an approved presentation changes only by a new version, which the council vets again."""
    unit = await district.unit("xã Duyệt Lại")
    officer, reviewer = await _people(district, unit, "duyetlai")
    pid = await _presentation(district, unit, officer)
    await district.http.post(f"{SUB}/{pid}/submit", headers=officer)
    assert (await district.http.post(f"{SUB}/{pid}/approve", headers=reviewer)).json()["state"] == "approved"
    r = await district.http.post(
        f"{SUB}/{pid}/attachments", files={"file": ("anh.pdf", PDF, "application/pdf")}, headers=officer
    )
    assert (r.status_code, r.json()["version"]) == (201, 2)
    s = (await district.http.get(f"{SUB}/{pid}", headers=officer)).json()
    assert (s["state"], s["current_version"]) == ("submitted", 2)
    assert (await district.http.get(f"{SUB}/{pid}/versions/1", headers=officer)).json()["attachment_ids"] == []


async def test_S5_resubmission_after_changes_requested_is_a_new_version(district: District) -> None:
    unit = await district.unit("xã Gửi Lại")
    officer, reviewer = await _people(district, unit, "guilai")
    pid = await _presentation(district, unit, officer)
    await district.http.post(f"{SUB}/{pid}/submit", headers=officer)
    await district.http.post(f"{SUB}/{pid}/request-changes", json={"reason": "Xem lại"}, headers=reviewer)
    r = await district.http.post(f"{SUB}/{pid}/submit", headers=officer)  # the same text, sent again
    assert (r.status_code, r.json()["current_version"]) == (200, 2)
    assert r.json()["last_received_at"] > r.json()["received_at"]


async def test_X3_migration_backfills_participants_from_columns_and_audit(app: FastAPI, district: District) -> None:
    """The migration's backfill, run on rows the service wrote: who took part is found again
    from created_by/submitted_by, the versions, the attachments and the audit log."""
    import importlib.util
    from pathlib import Path

    path = next((Path(__file__).parents[2] / "migrations" / "versions").glob("*_b11a0a11b002.py"))
    spec = importlib.util.spec_from_file_location("m_b11a0a11b002", path)
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    unit = await district.unit("xã Truy Lại")
    officer, _ = await _people(district, unit, "truylai")
    pid = await _presentation(district, unit, district.admin)
    await district.http.patch(f"{SUB}/{pid}", json={"text": "Sửa"}, headers=officer)
    await district.http.post(f"{SUB}/{pid}/submit", headers=officer)
    query = "SELECT user_id::text, role FROM review_participants WHERE entity_id = :i ORDER BY 1, 2"
    async with app.state.engine.connect() as conn:
        recorded = (await conn.execute(sa.text(query), {"i": pid})).all()
        await conn.execute(sa.text("DELETE FROM review_participants WHERE entity_id = :i"), {"i": pid})
        await conn.execute(sa.text(migration.BACKFILL))
        assert (await conn.execute(sa.text(query), {"i": pid})).all() == recorded
        await conn.rollback()
    assert sorted(role for _, role in recorded) == ["author", "editor", "submitter"]


async def test_problem_facts_are_members_report_incomplete(district: District) -> None:
    """S2 — the blank required sections come as ``missing``, a list of outline keys in order."""
    unit = await district.unit("xã Thiếu Mục")
    officer, _ = await _people(district, unit, "thieumuc")
    body = {"kind": "summary_report", "plan_id": district.plan_id, "sections": {"p1.I": "Tình hình chung"}}
    s = (await district.http.post(SUB, json=body, headers=officer)).json()
    r = await district.http.post(f"{SUB}/{s['id']}/submit", headers=officer | {"Accept-Language": "en"})
    assert (r.status_code, r.json()["code"]) == (409, "report_incomplete")
    required = [k for k, (_, needed) in REPORT_SECTIONS.items() if needed and k != "p1.I"]
    assert r.json()["missing"] == required
    assert r.json()["detail"] == f"The report lacks required sections: {', '.join(required)}."
