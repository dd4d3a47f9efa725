"""P1 — a pilot unit's conference programme appraised by the district, through HTTP on PostgreSQL."""

from typing import Any

import httpx

from tests.support import DEMO_PASSWORD, District, login

SUB = "/api/v1/submissions"
CONF = "/api/v1/conferences"


async def _officer(district: District, unit: str, tag: str, role: str = "unit_officer") -> dict[str, str]:
    r = await district.http.post(
        "/api/v1/users",
        json={"username": tag, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
        headers=district.admin,
    )
    assert r.status_code == 201, r.text
    return await login(district.http, tag, DEMO_PASSWORD)


async def _pilot(district: District, name: str, tag: str) -> tuple[str, str, dict[str, str]]:
    """A pilot unit, its conference and its officer."""
    unit = await district.unit(name, is_pilot=True)
    conference = str((await district.conference(unit))["id"])
    return unit, conference, await _officer(district, unit, tag)


async def _programme(district: District, conference: str, who: dict[str, str], text: str = "Chương trình") -> Any:
    r = await district.http.post(
        SUB,
        json={"kind": "programme", "plan_id": district.plan_id, "conference_id": conference, "content": {"text": text}},
        headers=who,
    )
    assert r.status_code == 201, r.text
    return r.json()


async def _p1(client: httpx.AsyncClient, conference: str, who: dict[str, str]) -> list[dict[str, Any]]:
    items = (await client.get(f"{CONF}/{conference}/compliance", headers=who)).json()["items"]
    return [i for i in items if i["rule"] == "P1"]


async def test_P1_pilot_unit_submits_its_programme_with_a_snapshot(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Gửi", "cb.diemgui")
    p = await _programme(district, conference, officer, "Dự kiến chương trình")
    snap = p["content"]["snapshot"]
    assert (snap["held_on"], snap["session"], snap["place"]) == ("2025-03-15", "morning", "Hương Khê")
    assert snap["agenda"][0]["key"] == "welcome"
    assert (p["kind"], p["state"], p["conference_id"], p["content"]["text"]) == (
        "programme",
        "draft",
        conference,
        "Dự kiến chương trình",
    )
    r = await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    assert (r.status_code, r.json()["state"], r.json()["received_at"] is not None) == (200, "submitted", True)
    # one programme per conference
    r = await district.http.post(
        SUB, json={"kind": "programme", "plan_id": district.plan_id, "conference_id": conference}, headers=officer
    )
    assert (r.status_code, r.json()["code"]) == (409, "conflict")


async def test_P1_non_pilot_conference_takes_no_programme(district: District) -> None:
    unit = await district.unit("xã Không Điểm")
    conference = str((await district.conference(unit))["id"])
    officer = await _officer(district, unit, "cb.khongdiem")
    r = await district.http.post(
        SUB,
        json={"kind": "programme", "plan_id": district.plan_id, "conference_id": conference},
        headers=officer | {"Accept-Language": "en"},
    )
    body = r.json()
    assert (r.status_code, body["code"], body["rule"]) == (422, "validation_error", "P1")
    assert body["errors"][0]["field"] == "conference_id"
    assert "pilot" in body["errors"][0]["message"]
    r = await district.http.post(
        SUB, json={"kind": "programme", "plan_id": district.plan_id}, headers=officer
    )  # a programme names its conference
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "conference_id")
    # compliance: P1 does not apply to a non-pilot conference, so it shows no P1 item
    assert await _p1(district.http, conference, officer) == []
    listed = (await district.http.get(SUB, params={"kind": "programme"}, headers=officer)).json()["items"]
    assert listed == []


async def test_P1_compliance_error_and_finalize_409_until_approved(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Chốt", "cb.diemchot")
    en = officer | {"Accept-Language": "en"}
    p1 = await _p1(district.http, conference, en)
    assert (p1[0]["status"], p1[0]["facts"]["programme_state"]) == ("error", None)
    r = await district.http.post(f"{CONF}/{conference}/finalize", headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "programme_not_appraised", "P1")
    assert "chương trình" in r.json()["detail"]
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    p1 = await _p1(district.http, conference, en)
    assert (p1[0]["status"], p1[0]["facts"]["programme_state"]) == ("error", "submitted")
    assert "not approved" in p1[0]["message"]
    r = await district.http.post(f"{CONF}/{conference}/finalize", headers=en)
    assert (r.status_code, r.json()["code"]) == (409, "programme_not_appraised")
    assert "(now: submitted)" in r.json()["detail"]
    r = await district.http.post(f"{SUB}/{p['id']}/approve", headers=district.admin)
    assert (r.status_code, r.json()["state"]) == (200, "approved")
    p1 = await _p1(district.http, conference, en)
    assert (p1[0]["status"], p1[0]["message"]) == ("ok", "The district has approved the conference programme.")
    r = await district.http.post(f"{CONF}/{conference}/finalize", headers=officer)
    assert r.status_code == 200, r.text


async def test_P1_changes_requested_needs_a_reason(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Sửa", "cb.diemsua")
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    for body in ({}, {"reason": ""}, {"reason": "   "}):
        r = await district.http.post(f"{SUB}/{p['id']}/request-changes", json=body, headers=district.admin)
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), body
        assert r.json()["errors"][0]["field"] == "reason"
    r = await district.http.post(
        f"{SUB}/{p['id']}/request-changes", json={"reason": "Bổ sung phần giao lưu"}, headers=district.admin
    )
    assert (r.status_code, r.json()["state"], r.json()["reason"]) == (200, "changes_requested", "Bổ sung phần giao lưu")
    assert (await _p1(district.http, conference, officer))[0]["status"] == "error"
    r = await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    assert r.json()["state"] == "submitted"


async def test_P1_only_the_district_appraises(district: District) -> None:
    unit, conference, officer = await _pilot(district, "xã Điểm Hội Đồng", "cb.diemhd")
    reviewer = await _officer(district, unit, "hd.diemhd", "council_reviewer")
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    for who in (officer, reviewer):  # the unit's own officer or council does not appraise it
        r = await district.http.post(f"{SUB}/{p['id']}/approve", headers=who)
        assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    assert (await district.http.get(f"{SUB}/{p['id']}", headers=reviewer)).json()["state"] == "submitted"


async def _audit(district: District, submission: str) -> list[dict[str, Any]]:
    r = await district.http.get(
        "/api/v1/audit-events", params={"entity": "submission", "entity_id": submission}, headers=district.admin
    )
    return list(r.json()["items"])


async def test_P1_conference_change_after_approval_sends_the_programme_back(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Đổi", "cb.diemdoi")
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)

    async def approve() -> int:
        r = await district.http.post(f"{SUB}/{p['id']}/approve", headers=district.admin)
        assert (r.status_code, r.json()["state"]) == (200, "approved"), r.text
        return int(r.json()["current_version"])

    version = await approve()
    changes: list[tuple[str, Any]] = [
        ("held_on", "2025-03-20"),
        ("place", "Hội trường UBND xã"),
        ("session", "afternoon"),
    ]
    for field, value in changes:
        r = await district.http.patch(f"{CONF}/{conference}", json={field: value}, headers=officer)
        assert r.status_code == 200, r.text
        s = (await district.http.get(f"{SUB}/{p['id']}", headers=officer)).json()
        assert (s["state"], s["current_version"]) == ("submitted", version + 1), field
        assert s["content"]["snapshot"][field] == value
        old = (await district.http.get(f"{SUB}/{p['id']}/versions/{version}", headers=officer)).json()
        assert old["content"]["snapshot"][field] != value  # S5 — the approved version stays as it was
        events = await _audit(district, p["id"])
        back = [e for e in events if e["reason"] == "conference_changed"]
        assert back, events
        assert (back[-1]["before"]["state"], back[-1]["after"]["state"]) in {("approved", "submitted")}
        assert (await _p1(district.http, conference, officer))[0]["status"] == "error"
        version = await approve()  # the officer changed the conference, and the district still decides
    # the agenda: a time set on an item
    agenda = (await district.http.get(f"{CONF}/{conference}/agenda", headers=officer)).json()
    items = [{"key": i["key"]} | ({"start_time": "07:30"} if n == 0 else {}) for n, i in enumerate(agenda["items"])]
    r = await district.http.put(f"{CONF}/{conference}/agenda", json={"items": items}, headers=officer)
    assert r.status_code == 200, r.text
    s = (await district.http.get(f"{SUB}/{p['id']}", headers=officer)).json()
    assert (s["state"], s["current_version"]) == ("submitted", version + 1)
    assert s["content"]["snapshot"]["agenda"][0]["start_time"] is not None
    # a change that leaves date, place and agenda as they were does not touch the programme
    version = await approve()
    r = await district.http.patch(f"{CONF}/{conference}", json={"form": "skilled_creative_workers"}, headers=officer)
    assert r.status_code == 200, r.text
    s = (await district.http.get(f"{SUB}/{p['id']}", headers=officer)).json()
    assert (s["state"], s["current_version"]) == ("approved", version)


async def test_P1_snapshot_taken_at_submit_time(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Chụp", "cb.diemchup")
    p = await _programme(district, conference, officer)
    r = await district.http.patch(f"{CONF}/{conference}", json={"place": "Nhà văn hóa xã"}, headers=officer)
    assert r.status_code == 200, r.text
    draft = (await district.http.get(f"{SUB}/{p['id']}", headers=officer)).json()
    assert (draft["state"], draft["current_version"]) == ("draft", 1)  # a draft is not touched
    s = (await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)).json()
    assert (s["current_version"], s["content"]["snapshot"]["place"]) == (2, "Nhà văn hóa xã")


async def test_P1_X2_officer_of_another_unit_gets_404(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Riêng", "cb.diemrieng")
    other_unit = await district.unit("xã Bên Cạnh", is_pilot=True)
    other = await _officer(district, other_unit, "cb.bencanh")
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    for path in ("", "/versions", "/versions/1"):
        assert (await district.http.get(f"{SUB}/{p['id']}{path}", headers=other)).status_code == 404, path
    for action in ("submit", "approve"):
        r = await district.http.post(f"{SUB}/{p['id']}/{action}", headers=other)
        assert (r.status_code, r.json()["code"]) == (404, "not_found"), action
    r = await district.http.patch(f"{SUB}/{p['id']}", json={"content": {"text": "x"}}, headers=other)
    assert r.status_code == 404
    assert (await district.http.get(f"{CONF}/{conference}/compliance", headers=other)).status_code == 404
    # nor can another unit's officer file a programme for this conference
    r = await district.http.post(
        SUB, json={"kind": "programme", "plan_id": district.plan_id, "conference_id": conference}, headers=other
    )
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "conference_id")
    listed = (await district.http.get(SUB, params={"kind": "programme"}, headers=other)).json()["items"]
    assert listed == []


async def test_P1_X3_the_submitter_cannot_approve(district: District) -> None:
    """The district admin who filed and submitted the programme on the unit's behalf may not appraise it."""
    unit = await district.unit("xã Điểm Tự Duyệt", is_pilot=True)
    conference = str((await district.conference(unit))["id"])
    r = await district.http.post(
        SUB,
        json={"kind": "programme", "plan_id": district.plan_id, "unit_id": unit, "conference_id": conference},
        headers=district.admin,
    )
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    assert (await district.http.post(f"{SUB}/{pid}/submit", headers=district.admin)).status_code == 200
    for action in ("approve", "request-changes"):
        r = await district.http.post(f"{SUB}/{pid}/{action}", json={"reason": "x"}, headers=district.admin)
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (403, "self_review_forbidden", "X3"), action
    assert (await district.http.get(f"{SUB}/{pid}", headers=district.admin)).json()["state"] == "submitted"


async def test_P1_editing_an_approved_programme_sends_it_back(district: District) -> None:
    _, conference, officer = await _pilot(district, "xã Điểm Sửa Lại", "cb.diemsualai")
    p = await _programme(district, conference, officer)
    await district.http.post(f"{SUB}/{p['id']}/submit", headers=officer)
    assert (await district.http.post(f"{SUB}/{p['id']}/approve", headers=district.admin)).status_code == 200
    r = await district.http.patch(f"{SUB}/{p['id']}", json={"content": {"text": "Thêm tiết mục"}}, headers=officer)
    assert (r.status_code, r.json()["state"], r.json()["current_version"]) == (200, "submitted", 2)
    r = await district.http.post(f"{CONF}/{conference}/finalize", headers=officer)
    assert (r.status_code, r.json()["code"]) == (409, "programme_not_appraised")
