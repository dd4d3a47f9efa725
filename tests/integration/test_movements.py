"""E1–E3 through HTTP on PostgreSQL: the plan's movements, the units' registrations, and a
summary report's computed figures."""

import re
from pathlib import Path

import httpx
import pytest

from tests.support import DEMO_PASSWORD, District, login

MOV = "/api/v1/movements"
REG = "/api/v1/movement-registrations"
SUB = "/api/v1/submissions"
NOM = "/api/v1/nominations"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # the plan's text, beside the project


async def _officer(district: District, unit: str, tag: str, role: str = "unit_officer") -> dict[str, str]:
    r = await district.http.post(
        "/api/v1/users",
        json={"username": tag, "full_name": "Thử", "role": role, "unit_id": unit, "password": DEMO_PASSWORD},
        headers=district.admin,
    )
    assert r.status_code == 201, r.text
    return await login(district.http, tag, DEMO_PASSWORD)


async def _movement(district: District, name: str = "Hà Tĩnh vì người nghèo - Không để ai bị bỏ lại phía sau") -> str:
    r = await district.http.post(
        MOV, json={"plan_id": district.plan_id, "kind": "movement", "name": name}, headers=district.admin
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _counts(ct: int, cr: int, cc: int, it: int = 0, ir: int = 0, ic: int = 0) -> dict[str, int]:
    return {
        "collectives_total": ct,
        "collectives_registered": cr,
        "collectives_recognised": cc,
        "individuals_total": it,
        "individuals_registered": ir,
        "individuals_recognised": ic,
    }


def _refused(r: httpx.Response, field: str, rule: str) -> None:
    assert r.status_code == 422, r.text
    body = r.json()
    assert (body["code"], body["rule"], body["errors"][0]["field"]) == ("validation_error", rule, field), body


# --- E1 -----------------------------------------------------------------------------------------


async def test_E1_movements_managed_by_the_issuer_read_by_every_signed_in_user(district: District) -> None:
    unit = await district.unit("xã Phong Trào")
    officer = await _officer(district, unit, "cb.e1")
    body = {"plan_id": district.plan_id, "kind": "movement", "name": "Phong trào thực hiện chuyển đổi số"}
    assert (await district.http.post(MOV, json=body, headers=officer)).status_code == 403
    r = await district.http.post(MOV, json=body, headers=district.admin | {"Idempotency-Key": "e1-once"})
    assert r.status_code == 201, r.text
    again = await district.http.post(MOV, json=body, headers=district.admin | {"Idempotency-Key": "e1-once"})
    assert again.json()["id"] == r.json()["id"]
    dup = await district.http.post(MOV, json=body, headers=district.admin)
    assert (dup.status_code, dup.json()["code"]) == (409, "conflict")
    # a special drive carries its launch date
    drive = {"plan_id": district.plan_id, "kind": "special_drive", "name": "Đợt thi đua đặc biệt"}
    _refused(await district.http.post(MOV, json=drive, headers=district.admin), "launched_on", "E1")
    r2 = await district.http.post(MOV, json=drive | {"launched_on": "2024-10-11"}, headers=district.admin)
    assert r2.status_code == 201, r2.text
    # the officer reads them, in the plan's order; cannot change them
    listed = (await district.http.get(MOV, params={"plan_id": district.plan_id}, headers=officer)).json()
    assert [m["name"] for m in listed["items"]] == [body["name"], drive["name"]]
    url = f"{MOV}/{r2.json()['id']}"
    got = await district.http.get(url, headers=officer)
    assert got.status_code == 200
    assert got.headers["ETag"]
    assert (await district.http.patch(url, json={"note": "x"}, headers=officer)).status_code == 403
    # removing the date of a drive is refused; a stale If-Match is 412
    _refused(await district.http.patch(url, json={"launched_on": None}, headers=district.admin), "launched_on", "E1")
    stale = await district.http.patch(url, json={"note": "y"}, headers=district.admin | {"If-Match": '"stale"'})
    assert stale.status_code == 412
    ok = await district.http.patch(
        url, json={"launched_on": "2024-10-15"}, headers=district.admin | {"If-Match": got.headers["ETag"]}
    )
    assert (ok.status_code, ok.json()["launched_on"]) == (200, "2024-10-15")


async def test_E1_demo_seeds_the_movements_plan_187_names_verbatim(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    if not SEED.is_dir():
        pytest.skip("the plan's text (../shared/seeds) is not beside the project")
    text = "".join(p.read_text() for p in sorted(SEED.glob("*.txt")))
    section = text[text.index("**1. Những nội dung tập trung thực hiện") : text.index("**2. Hình thức, thành phần")]
    named = re.findall(r"“([^”]+)”", section)
    r = await client.get(MOV, params={"plan_id": demo["plan"]["id"], "limit": 100}, headers=headers["viewer"])
    items = r.json()["items"]
    movements = [m["name"] for m in items if m["kind"] == "movement"]
    assert movements == named  # every name §II.1 quotes, in its order, letter for letter
    drives = [m for m in items if m["kind"] == "special_drive"]
    assert len(drives) == 1
    assert drives[0]["launched_on"] == demo["plan"]["issued_on"]
    assert drives[0]["name"] in " ".join(section.split())


# --- E2 -----------------------------------------------------------------------------------------


async def test_E2_registered_up_to_total_recognised_up_to_registered(district: District) -> None:
    unit = await district.unit("xã Đăng Ký")
    officer = await _officer(district, unit, "cb.e2")
    movement = await _movement(district)
    base = {"movement_id": movement}
    # registered > total, recognised > registered: refused, naming the field and E2
    _refused(
        await district.http.post(REG, json=base | _counts(10, 11, 0), headers=officer), "collectives_registered", "E2"
    )
    _refused(
        await district.http.post(REG, json=base | _counts(10, 10, 0, 5, 4, 5), headers=officer),
        "individuals_recognised",
        "E2",
    )
    r = await district.http.post(REG, json=base | _counts(-1, 0, 0), headers=officer)
    assert (r.status_code, r.json()["errors"][0]["field"]) == (422, "collectives_total")
    assert (await district.http.get(REG, headers=officer)).json()["items"] == []  # nothing was written
    # registered = total, recognised = registered: accepted; total 0: no rate, not an error
    r = await district.http.post(REG, json=base | _counts(3, 3, 2), headers=officer)
    assert r.status_code == 201, r.text
    got = r.json()
    assert got["unit_id"] == unit
    assert (got["collectives_registered_percent"], got["collectives_recognised_percent"]) == ("100.0", "66.7")
    assert (got["individuals_registered_percent"], got["individuals_recognised_percent"]) == (None, None)
    url = f"{REG}/{got['id']}"
    etag = (await district.http.get(url, headers=officer)).headers["ETag"]
    # an update is checked on the result: lowering the total under those registered is refused
    _refused(
        await district.http.patch(url, json={"collectives_total": 2}, headers=officer), "collectives_registered", "E2"
    )
    r = await district.http.patch(
        url, json={"individuals_total": 3, "individuals_registered": 2}, headers=officer | {"If-Match": etag}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["individuals_registered_percent"], r.json()["individuals_recognised_percent"]) == ("66.7", "0.0")
    # one record per unit per movement
    again = await district.http.post(REG, json=base | _counts(3, 3, 2), headers=officer)
    assert (again.status_code, again.json()["code"]) == (409, "conflict")


async def test_E2_X2_registrations_private_to_the_unit_the_district_sums_them(district: District) -> None:
    a, b = await district.unit("xã Một"), await district.unit("xã Hai")
    officer_a, officer_b = await _officer(district, a, "cb.e2a"), await _officer(district, b, "cb.e2b")
    movement = await _movement(district)
    other = await _movement(district, "Phong trào thực hiện chuyển đổi số")
    ra = (
        await district.http.post(
            REG, json={"movement_id": movement} | _counts(10, 8, 4, 100, 90, 45), headers=officer_a
        )
    ).json()
    await district.http.post(REG, json={"movement_id": movement} | _counts(6, 6, 6, 50, 10, 5), headers=officer_b)
    # X2 — another unit's record is not there at all, and not in its list; nor can it write for another unit
    assert (await district.http.get(f"{REG}/{ra['id']}", headers=officer_b)).status_code == 404
    assert (
        await district.http.patch(f"{REG}/{ra['id']}", json={"collectives_total": 11}, headers=officer_b)
    ).status_code == 404
    assert [r["unit_id"] for r in (await district.http.get(REG, headers=officer_b)).json()["items"]] == [b]
    forged = await district.http.post(
        REG, json={"movement_id": other, "unit_id": a} | _counts(1, 1, 1), headers=officer_b
    )
    assert forged.status_code == 403
    # the district reads every unit's, paged
    page1 = (
        await district.http.get(REG, params={"plan_id": district.plan_id, "limit": 1}, headers=district.admin)
    ).json()
    page2 = (
        await district.http.get(
            REG,
            params={"plan_id": district.plan_id, "limit": 1, "cursor": page1["next_cursor"]},
            headers=district.admin,
        )
    ).json()
    assert {page1["items"][0]["unit_id"], page2["items"][0]["unit_id"]} == {a, b}
    # and the sums per movement; an officer's sums hold only its unit
    totals = (
        await district.http.get(f"/api/v1/plans/{district.plan_id}/movement-totals", headers=district.admin)
    ).json()
    first, second = totals["items"]
    assert (first["movement_id"], first["units"], first["collectives_total"], first["collectives_registered"]) == (
        movement,
        2,
        16,
        14,
    )
    assert (first["individuals_registered"], first["individuals_registered_percent"]) == (100, "66.7")
    assert (second["movement_id"], second["units"], second["collectives_registered_percent"]) == (other, 0, None)
    mine = (await district.http.get(f"/api/v1/plans/{district.plan_id}/movement-totals", headers=officer_b)).json()
    assert (mine["items"][0]["units"], mine["items"][0]["collectives_total"]) == (1, 6)


# --- E3 -----------------------------------------------------------------------------------------


async def _approve(
    district: District, conf: str, officer: dict[str, str], reviewer: dict[str, str], **body: object
) -> str:
    nomination = {"conference_id": conf, "nominee_kind": "individual", "basis": "merit"} | body
    r = await district.http.post(NOM, json=nomination, headers=officer)
    assert r.status_code == 201, r.text
    url = f"{NOM}/{r.json()['id']}"
    assert (await district.http.post(f"{url}/submit", headers=officer)).status_code == 200
    r = await district.http.post(f"{url}/approve", headers=reviewer)
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


async def _award(district: District, honour: str, nomination_id: str, by: dict[str, str], number: str) -> None:
    """D1 — the honour's decision, recorded in the register (an honour is given by a decision)."""
    body = {
        "number": number,
        "decided_on": "2025-04-02",
        "signer_name": "Nguyễn Văn Ký",
        "signer_title": "Chủ tịch",
        "honour": honour,
        "nomination_ids": [nomination_id],
    }
    r = await district.http.post("/api/v1/award-decisions", json=body, headers=by)
    assert r.status_code == 201, r.text


async def test_E3_report_figures_computed_and_a_typed_figure_that_differs_is_a_warning(district: District) -> None:
    unit = await district.unit("xã Tổng Kết")
    officer = await _officer(district, unit, "cb.e3")
    reviewer = await _officer(district, unit, "hd.e3", role="council_reviewer")
    conf = str((await district.conference(unit))["id"])
    m1, m2 = await _movement(district), await _movement(district, "Phong trào thực hiện chuyển đổi số")
    await district.http.post(REG, json={"movement_id": m1} | _counts(12, 10, 8, 200, 150, 100), headers=officer)
    await district.http.post(REG, json={"movement_id": m2} | _counts(12, 12, 5, 200, 120, 60), headers=officer)
    # a province above the district: the authority of the Bằng khen (D1)
    r = await district.superadmin.post("/api/v1/units", json={"name": "Tỉnh Tổng Kết", "kind": "province"})
    province_etag = (await district.superadmin.get(f"/api/v1/units/{district.id}")).headers["ETag"]
    assert r.status_code == 201, r.text
    r = await district.superadmin.patch(
        f"/api/v1/units/{district.id}", json={"parent_id": r.json()["id"]}, headers={"If-Match": province_etag}
    )
    assert r.status_code == 200, r.text
    giay_khen = await _approve(
        district,
        conf,
        officer,
        reviewer,
        nominee_name="Trần Văn An",
        national_id="042080000101",
        rank="leader",
        honour="district_certificate",
    )
    bang_khen = await _approve(
        district,
        conf,
        officer,
        reviewer,
        nominee_name="Lê Thị Bé",
        national_id="042080000102",
        rank="worker",
        works_directly=True,
        honour="province_certificate",
    )
    honoured = await _approve(
        district,
        conf,
        officer,
        reviewer,
        nominee_name="Hội Nông dân xã",
        nominee_kind="collective",
        honour="conference_honoured",
        basis="thematic",
    )
    # approved, not awarded: no commendation yet (E3 counts awards from decisions, D1)
    await _approve(
        district,
        conf,
        officer,
        reviewer,
        nominee_name="Phạm Văn Chờ",
        national_id="042080000103",
        rank="worker",
        honour="district_certificate",
    )
    admin = district.admin.headers
    await _award(district, "district_certificate", giay_khen, admin, "31/QĐ-UBND")
    await _award(district, "province_certificate", bang_khen, admin, "32/QĐ-UBND")
    await _award(district, "conference_honoured", honoured, officer, "5/QĐ-UBND")
    typed = {
        "collectives_registered": 12,
        "collectives_total": 12,
        "individuals_registered": 150,
        "individuals_total": 200,
        "commendations": [
            {"level": "district", "form": "Giấy khen", "count": 1},
            {"level": "province", "form": "Bằng khen", "count": 1},
            {"level": "grassroots", "form": "Biểu dương", "count": 1},
        ],
        "leaders_commended": 1,
        "workers_commended": 1,
    }
    r = await district.http.post(
        SUB,
        json={"kind": "summary_report", "plan_id": district.plan_id, "content": {"figures": typed}},
        headers=officer,
    )
    assert r.status_code == 201, r.text
    report = r.json()
    url = f"{SUB}/{report['id']}/computed-figures"
    got = (await district.http.get(url, headers=officer)).json()
    assert (got["collectives_registered"], got["collectives_total"], got["collectives_percent"]) == (12, 12, "100.0")
    assert (got["individuals_registered"], got["individuals_total"], got["individuals_percent"]) == (150, 200, "75.0")
    assert {(c["level"], c["count"]) for c in got["commendations"]} == {
        ("district", 1),
        ("province", 1),
        ("grassroots", 1),
    }
    assert (got["leaders_commended"], got["workers_commended"], got["leader_worker_ratio"]) == (1, 1, "1:1")
    assert got["items"] == []  # every typed figure equals the computed one: no warning
    # a typed figure that differs: a warning naming it, the typed and the computed value
    etag = (await district.http.get(f"{SUB}/{report['id']}", headers=officer)).headers["ETag"]
    changed = {"content": {"figures": typed | {"workers_commended": 4}}}
    r = await district.http.patch(f"{SUB}/{report['id']}", json=changed, headers=officer | {"If-Match": etag})
    assert r.status_code == 200, r.text
    warned = (await district.http.get(url, headers=officer | {"Accept-Language": "en"})).json()["items"]
    assert [(w["rule"], w["status"], w["facts"]) for w in warned] == [
        ("E3", "warning", {"figure": "workers_commended", "typed": 4, "computed": 1})
    ]
    assert warned[0]["message"] == (
        "A typed figure differs from what the service computes: workers_commended typed as 4, computed as 1."
    )
    vi = (await district.http.get(url, headers=officer | {"Accept-Language": "vi"})).json()["items"][0]["message"]
    assert vi == "Số liệu nhập vào khác số liệu hệ thống tính được: workers_commended nhập 4, hệ thống tính được 1."
    # X2 — another unit's officer finds no report there; another kind has no figures
    stranger = await _officer(district, await district.unit("xã Khác"), "cb.e3x")
    assert (await district.http.get(url, headers=stranger)).status_code == 404
    plan = await district.http.post(
        SUB, json={"kind": "unit_plan", "plan_id": district.plan_id, "content": {"text": "Kế hoạch"}}, headers=officer
    )
    assert (await district.http.get(f"{SUB}/{plan.json()['id']}/computed-figures", headers=officer)).status_code == 404
    assert (await district.http.get(url, headers=district.admin)).status_code == 200
