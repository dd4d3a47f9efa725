"""N1–N5 and X3 through HTTP on PostgreSQL."""

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from tests.support import DEMO_PASSWORD, Caller, District, login

NOM = "/api/v1/nominations"


async def _setup(district: District, name: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """A unit's conference (scheduled by its officer), its officer's and a council reviewer's headers."""
    unit = await district.unit(name)
    conf = str((await district.conference(unit))["id"])
    return conf, (await district.officer(unit)).headers, (await district.reviewer(unit)).headers


def _individual(conf: str, **extra: object) -> dict[str, object]:
    return {
        "conference_id": conf,
        "nominee_kind": "individual",
        "nominee_name": "Trần Văn Cường",
        "national_id": "042080000777",
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    } | extra


async def test_N1_individual_needs_a_rank_collective_has_none(district: District) -> None:
    conf, officer, _ = await _setup(district, "xã Hạng")
    r = await district.http.post(NOM, json=_individual(conf, rank=None), headers=officer)
    assert r.status_code == 422
    assert (r.json()["rule"], r.json()["errors"][0]["field"]) == ("N1", "rank")
    r = await district.http.post(
        NOM,
        json={
            "conference_id": conf,
            "nominee_kind": "collective",
            "nominee_name": "Hội Phụ nữ xã",
            "honour": "conference_honoured",
            "basis": "thematic",
        },
        headers=officer,
    )
    assert r.status_code == 201, r.text


async def test_N2_other_honour_is_named(district: District) -> None:
    conf, officer, _ = await _setup(district, "xã Danh Hiệu")
    r = await district.http.post(NOM, json=_individual(conf, honour="other"), headers=officer)
    assert r.status_code == 422
    assert r.json()["rule"] == "N2"
    r = await district.http.post(
        NOM, json=_individual(conf, honour="other", honour_other="Kỷ niệm chương"), headers=officer
    )
    assert r.status_code == 201


async def test_N3_state_machine_with_reasons(district: District) -> None:
    conf, officer, reviewer = await _setup(district, "xã Trạng Thái")
    n = (await district.http.post(NOM, json=_individual(conf), headers=officer)).json()
    url = f"{NOM}/{n['id']}"
    assert (await district.http.post(f"{url}/approve", headers=reviewer)).status_code == 409  # still a draft
    assert (await district.http.post(f"{url}/submit", headers=officer)).json()["state"] == "submitted"
    r = await district.http.post(f"{url}/reject", json={"reason": ""}, headers=reviewer)
    assert r.status_code == 422  # reject without reason is a validation problem
    assert r.json()["errors"][0]["field"] == "reason"
    r = await district.http.post(f"{url}/return", json={"reason": "Bổ sung thành tích"}, headers=reviewer)
    assert (r.status_code, r.json()["state"], r.json()["reason"]) == (200, "returned", "Bổ sung thành tích")
    r = await district.http.patch(url, json={"achievements": "Thêm thành tích năm 2024"}, headers=officer)
    assert r.status_code == 200
    assert (await district.http.post(f"{url}/submit", headers=officer)).json()["state"] == "submitted"
    r = await district.http.post(f"{url}/approve", headers=reviewer)
    assert (r.status_code, r.json()["state"]) == (200, "approved")
    r = await district.http.post(f"{url}/withdraw", headers=officer)
    assert (r.status_code, r.json()["code"]) == (409, "transition_not_allowed")


async def test_X3_the_submitter_cannot_decide_and_other_units_reviewers_get_404(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    conf, _, reviewer = await _setup(district, "xã Tự Duyệt")
    admin = district.admin.headers  # the district admin, who may decide, but not on what they submitted
    n = (await client.post(NOM, json=_individual(conf), headers=admin)).json()
    assert (await client.post(f"{NOM}/{n['id']}/submit", headers=admin)).status_code == 200
    r = await client.post(f"{NOM}/{n['id']}/approve", headers=admin)
    assert (r.status_code, r.json()["code"]) == (403, "self_review_forbidden")
    r = await client.post(f"{NOM}/{n['id']}/approve", headers=headers["reviewer"])  # Hương Thủy's council
    assert r.status_code == 404
    assert (await client.post(f"{NOM}/{n['id']}/approve", headers=reviewer)).status_code == 200


async def test_N4_one_live_nomination_per_nominee_withdrawn_frees_the_slot(district: District) -> None:
    conf, officer, _ = await _setup(district, "xã Một Đề Nghị")
    first = await district.http.post(NOM, json=_individual(conf), headers=officer)
    assert first.status_code == 201
    second = await district.http.post(NOM, json=_individual(conf, nominee_name="Trần V. Cường"), headers=officer)
    assert (second.status_code, second.json()["code"]) == (409, "duplicate_nomination")
    by_name = _individual(conf, national_id=None, birth_date="1980-01-01", nominee_name="Lê Thị Dung")
    assert (await district.http.post(NOM, json=by_name, headers=officer)).status_code == 201
    again = await district.http.post(NOM, json=by_name | {"nominee_name": "le thi dung"}, headers=officer)
    assert again.status_code == 409
    assert (await district.http.post(f"{NOM}/{first.json()['id']}/withdraw", headers=officer)).status_code == 200
    assert (await district.http.post(NOM, json=_individual(conf), headers=officer)).status_code == 201


async def test_N5_stats_by_state_honour_basis_and_rank(district: District) -> None:
    conf, officer, reviewer = await _setup(district, "xã Thống Kê")
    people = [
        ("042080000101", "leader", "province_certificate", "merit"),
        ("042080000102", "worker", "district_certificate", "ad_hoc"),
        ("042080000103", "worker", "district_certificate", "thematic"),
        ("042080000104", "worker", "conference_honoured", "merit"),
    ]
    ids = []
    for nid, rank, honour, basis in people:
        r = await district.http.post(
            NOM,
            json=_individual(conf, national_id=nid, rank=rank, honour=honour, basis=basis, nominee_name=nid),
            headers=officer,
        )
        ids.append(r.json()["id"])
    for i in ids[:3]:
        await district.http.post(f"{NOM}/{i}/submit", headers=officer)
        await district.http.post(f"{NOM}/{i}/approve", headers=reviewer)
    await district.http.post(f"{NOM}/{ids[3]}/withdraw", headers=officer)
    stats = (await district.http.get(f"{NOM}/stats", params={"conference_id": conf}, headers=reviewer)).json()
    assert stats["by_state"]["approved"] == 3
    assert "withdrawn" not in stats["by_state"]
    assert stats["by_honour"]["district_certificate"] == 2
    assert stats["by_basis"] == {"merit": 1, "ad_hoc": 1, "thematic": 1}
    assert stats["by_rank"] == {"leader": 1, "worker": 2}
    assert stats["leader_worker_ratio"] == "1:2"


async def test_X2_nominations_are_private_to_the_unit(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    conf, officer, _ = await _setup(district, "xã Kín")
    n = (await client.post(NOM, json=_individual(conf), headers=officer)).json()
    assert (await client.get(f"{NOM}/{n['id']}", headers=headers["officer"])).status_code == 404
    listed = (await client.get(NOM, params={"limit": 500}, headers=headers["officer"])).json()["items"]
    assert n["id"] not in [x["id"] for x in listed]
    assert (await client.get(f"{NOM}/{n['id']}", headers=headers["viewer"])).status_code == 200


async def test_X3_a_reviewer_who_submitted_a_nomination_cannot_decide_it(district: District) -> None:
    conf, _, reviewer = await _setup(district, "xã Hội Đồng")
    unit = (await district.http.get(f"/api/v1/conferences/{conf}", headers=reviewer)).json()["unit_id"]
    r = await district.admin.post(
        "/api/v1/users",
        json={
            "username": "hd2.hoidong",
            "full_name": "Ủy viên",
            "role": "council_reviewer",
            "unit_id": unit,
            "password": DEMO_PASSWORD,
        },
    )
    assert r.status_code == 201
    other_reviewer = await login(district.http, "hd2.hoidong", DEMO_PASSWORD)
    n = (await district.http.post(NOM, json=_individual(conf), headers=reviewer)).json()
    assert (await district.http.post(f"{NOM}/{n['id']}/submit", headers=reviewer)).status_code == 200
    r = await district.http.post(f"{NOM}/{n['id']}/approve", headers=reviewer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (403, "self_review_forbidden", "X3")
    r = await district.http.post(f"{NOM}/{n['id']}/reject", json={"reason": "Chưa đủ tiêu chuẩn"}, headers=reviewer)
    assert r.status_code == 403
    assert (await district.http.post(f"{NOM}/{n['id']}/approve", headers=other_reviewer)).json()["state"] == "approved"


async def test_N4_soft_hyphen_same_nominee(district: District) -> None:
    """Q1 — a soft hyphen or zero-width space inside a name does not make a new nominee."""
    conf, officer, _ = await _setup(district, "xã Gạch Nối Mềm")
    person = _individual(conf, national_id=None, birth_date="1975-06-01", nominee_name="Phạm Thị Hoa")
    assert (await district.http.post(NOM, json=person, headers=officer)).status_code == 201
    for name in ("Phạm Thị Ho\u00ada", "Phạm\u200b Thị Hoa", "Phạm Thị\u2060 Hoa"):
        r = await district.http.post(NOM, json=person | {"nominee_name": name}, headers=officer)
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "duplicate_nomination", "N4")
    collective = {
        "conference_id": conf,
        "nominee_kind": "collective",
        "nominee_name": "Tổ Sản Xuất",
        "honour": "conference_honoured",
        "basis": "merit",
    }
    assert (await district.http.post(NOM, json=collective, headers=officer)).status_code == 201
    r = await district.http.post(NOM, json=collective | {"nominee_name": "Tổ Sản\u00ad Xuất"}, headers=officer)
    assert r.status_code == 409


async def test_N4_birth_date_out_of_range_names_the_field(district: District) -> None:
    conf, officer, _ = await _setup(district, "xã Ngày Sinh Lạ")
    for bad in ("1899-12-31", "2999-01-01"):
        r = await district.http.post(NOM, json=_individual(conf, birth_date=bad), headers=officer)
        assert r.status_code == 422, r.text
        assert r.json()["errors"][0]["field"] == "birth_date"


async def test_N5_stats_ignore_other_district(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], superadmin_client: Caller, district: District
) -> None:
    """X2 — the statistics of a district admin and of an officer never move when a nomination
    is recorded in another district; the superadmin's, which cover both, do."""
    conf, officer, _ = await _setup(district, "xã Thống Kê Riêng")
    assert (await district.http.post(NOM, json=_individual(conf), headers=officer)).status_code == 201
    district_admin = district.admin.headers
    root = headers["superadmin"]

    async def snapshot() -> list[dict[str, object]]:
        return [(await client.get(f"{NOM}/stats", headers=h)).json() for h in (district_admin, officer, root)]

    before = await snapshot()
    assert before[0]["by_state"]["draft"] >= 1
    assert before[1]["by_state"]["draft"] == 1
    # a second district, with its own plan, conference and nomination
    other = await District.create(superadmin_client, "UBND huyện Khác N5")
    other_unit = await other.unit("xã Huyện Khác")
    other_conf = str((await other.conference(other_unit))["id"])
    r = await (await other.officer(other_unit)).post(NOM, json=_individual(other_conf, national_id="042080000888"))
    assert r.status_code == 201, r.text
    after = await snapshot()
    assert after[:2] == before[:2]
    assert after[2]["by_state"]["draft"] == before[2]["by_state"]["draft"] + 1


async def _second_reviewer(district: District, conf: str, reviewer: dict[str, str], username: str) -> dict[str, str]:
    unit = (await district.http.get(f"/api/v1/conferences/{conf}", headers=reviewer)).json()["unit_id"]
    r = await district.admin.post(
        "/api/v1/users",
        json={
            "username": username,
            "full_name": "Ủy viên",
            "role": "council_reviewer",
            "unit_id": unit,
            "password": DEMO_PASSWORD,
        },
    )
    assert r.status_code == 201, r.text
    return await login(district.http, username, DEMO_PASSWORD)


async def test_X3_author_cannot_decide_after_officer_resubmits(district: District) -> None:
    """The review's scenario: a reviewer writes a nomination, an officer submits it; the author
    still may not decide it. Another reviewer of the organizing unit may."""
    conf, officer, reviewer = await _setup(district, "xã Tác Giả")
    other = await _second_reviewer(district, conf, reviewer, "hd2.tacgia")
    n = (await district.http.post(NOM, json=_individual(conf), headers=reviewer)).json()
    url = f"{NOM}/{n['id']}"
    assert (await district.http.post(f"{url}/submit", headers=officer)).json()["submitted_by"] != n["created_by"]
    for action, body in (("approve", None), ("reject", {"reason": "Không"}), ("return", {"reason": "Sửa"})):
        r = await district.http.post(f"{url}/{action}", json=body, headers=reviewer)
        assert (r.status_code, r.json()["code"], r.json()["rule"]) == (403, "self_review_forbidden", "X3"), action
    # returned by another reviewer, resubmitted by the officer: the author is still out
    assert (await district.http.post(f"{url}/return", json={"reason": "Bổ sung"}, headers=other)).status_code == 200
    assert (await district.http.post(f"{url}/submit", headers=officer)).status_code == 200
    r = await district.http.post(f"{url}/approve", headers=reviewer)
    assert (r.status_code, r.json()["code"]) == (403, "self_review_forbidden")
    r = await district.http.post(f"{url}/approve", headers=other)
    assert (r.status_code, r.json()["state"]) == (200, "approved")


async def test_X3_editor_cannot_decide_nomination_nor_the_admin_who_edited(district: District) -> None:
    conf, officer, reviewer = await _setup(district, "xã Người Sửa")
    other = await _second_reviewer(district, conf, reviewer, "hd2.nguoisua")
    n = (await district.http.post(NOM, json=_individual(conf), headers=officer)).json()
    url = f"{NOM}/{n['id']}"
    r = await district.http.patch(url, json={"achievements": "Bổ sung của hội đồng"}, headers=reviewer)
    assert r.status_code == 200, r.text
    r = await district.admin.patch(url, json={"achievements": "Bổ sung của huyện"})
    assert r.status_code == 200, r.text
    assert (await district.http.post(f"{url}/submit", headers=officer)).status_code == 200
    for editor in (reviewer, district.admin.headers):  # the district admin is not exempt
        r = await district.http.post(f"{url}/return", json={"reason": "Sửa"}, headers=editor)
        assert (r.status_code, r.json()["code"]) == (403, "self_review_forbidden")
    assert (await district.http.post(f"{url}/approve", headers=other)).json()["state"] == "approved"


async def test_S5_nomination_edit_after_submit_is_refused(district: District) -> None:
    """N3, S5 — nothing changes silently under the council: a submitted nomination is returned
    before it is edited."""
    conf, officer, _ = await _setup(district, "xã Đã Gửi")
    n = (await district.http.post(NOM, json=_individual(conf), headers=officer)).json()
    url = f"{NOM}/{n['id']}"
    await district.http.post(f"{url}/submit", headers=officer)
    r = await district.http.patch(url, json={"achievements": "Sửa lặng lẽ"}, headers=officer)
    assert (r.status_code, r.json()["code"], r.json()["rule"]) == (409, "transition_not_allowed", "N3")
    assert (await district.http.get(url, headers=officer)).json()["achievements"] is None


async def test_X3_database_refuses_a_participants_decision(app: FastAPI, district: District) -> None:
    """X3 held by PostgreSQL too: a decision written past the service by one who took part is refused."""
    conf, officer, reviewer = await _setup(district, "xã Cơ Sở Dữ Liệu")
    n = (await district.http.post(NOM, json=_individual(conf), headers=reviewer)).json()
    await district.http.post(f"{NOM}/{n['id']}/submit", headers=officer)
    async with app.state.engine.connect() as conn:
        with pytest.raises(sa.exc.IntegrityError, match="x3_self_review"):
            await conn.execute(
                sa.text("UPDATE nominations SET state = 'approved', decided_by = :u WHERE id = :i"),
                {"u": n["created_by"], "i": n["id"]},
            )
        await conn.rollback()
        # a column a decision does not touch is still writable
        await conn.execute(sa.text("UPDATE nominations SET updated_at = now() WHERE id = :i"), {"i": n["id"]})
        await conn.rollback()
