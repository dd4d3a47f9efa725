"""L1, X2 — the province reads every district's figures in one call per plan tree, through HTTP:
paged, each row equal to the per-district endpoints, a district's admin its own row only."""

from __future__ import annotations

import uuid
from typing import Any

from tests.integration.test_levels import PLAN_500, Province
from tests.support import District
from tests.support.callers import Caller
from tests.support.world import PLAN_187, new_account

CONF = "/api/v1/conferences"


async def _district(province: Province, superadmin: Caller, name: str, code: str) -> District:
    r = await superadmin.post("/api/v1/units", json={"name": name, "kind": "district", "parent_id": province.id})
    assert r.status_code == 201, r.text
    district_id = str(r.json()["id"])
    _, admin = await new_account(province.admin, "district_admin", district_id, "huyen")
    body = PLAN_187 | {"code": code, "issuer_unit_id": district_id, "parent_plan_id": province.plan_id}
    r = await admin.post("/api/v1/plans", json=body)
    assert r.status_code == 201, r.text
    return District(superadmin, admin, district_id, str(r.json()["id"]))


async def _compliance_counts(caller: Caller, conference_ids: list[str]) -> tuple[int, int]:
    errors = warnings = 0
    for cid in conference_ids:
        r = await caller.get(f"{CONF}/{cid}/compliance")
        assert r.status_code == 200, r.text
        statuses = [i["status"] for i in r.json()["items"]]
        errors += statuses.count("error")
        warnings += statuses.count("warning")
    return errors, warnings


async def test_L1_province_reads_every_district_in_one_call_paged_and_scoped(superadmin_client: Caller) -> None:
    tag = uuid.uuid4().hex[:6]
    province = await Province.create_province(superadmin_client, f"tỉnh Hà Tĩnh R {tag}", PLAN_500, f"500/{tag}")
    a = await _district(province, superadmin_client, f"huyện Hương Khê R {tag}", "187/A")
    b = await _district(province, superadmin_client, f"huyện Vũ Quang R {tag}", "188/B")
    conferences: dict[str, list[str]] = {a.plan_id: [], b.plan_id: []}
    # district A: two communes, one conference with a nomination, one unit plan sent, its own conference
    a1 = await a.unit(f"xã Hương Thủy R {tag}")
    await a.unit(f"xã Gia Phố R {tag}")
    c1 = await a.conference(a1, "2025-03-10")
    conferences[a.plan_id].append(str(c1["id"]))
    officer = await a.officer(a1)
    r = await officer.post(
        "/api/v1/nominations",
        json={
            "conference_id": c1["id"],
            "nominee_kind": "collective",
            "nominee_name": "Hội Nông dân xã",
            "honour": "conference_honoured",
            "basis": "merit",
        },
    )
    assert r.status_code == 201, r.text
    r = await officer.post(
        "/api/v1/submissions", json={"kind": "unit_plan", "plan_id": a.plan_id, "unit_id": a1, "text": "KH"}
    )
    assert r.status_code == 201, r.text
    r = await officer.post(f"/api/v1/submissions/{r.json()['id']}/submit")
    assert r.status_code == 200, r.text
    conferences[a.plan_id].append(str((await a.conference(a.id, "2025-05-20"))["id"]))
    # district B: one commune, no conference (C6 warning on its own conference), nothing sent
    await b.unit(f"xã Hương Quang R {tag}")
    conferences[b.plan_id].append(str((await b.conference(b.id, "2025-05-21"))["id"]))

    # the province's admin: both districts, one call per page (limit 1 → two pages)
    path = f"/api/v1/plans/{province.plan_id}/areas"
    first = await province.admin.get(path, params={"limit": 1})
    assert first.status_code == 200, first.text
    assert len(first.json()["items"]) == 1
    assert first.json()["next_cursor"]
    second = await province.admin.get(path, params={"limit": 1, "cursor": first.json()["next_cursor"]})
    rows: dict[str, dict[str, Any]] = {r["plan_id"]: r for r in first.json()["items"] + second.json()["items"]}
    assert set(rows) == {a.plan_id, b.plan_id}

    # each row equals what the per-district endpoints say
    for d in (a, b):
        row = rows[d.plan_id]
        assert row["issuer_unit_id"] == d.id
        status = (await d.admin.get(f"/api/v1/plans/{d.plan_id}/unit-plan-status")).json()
        assert row["unit_plans"] == status["counts"]
        stats = (await d.admin.get("/api/v1/nominations/stats")).json()
        assert row["nominations"] == stats["by_state"]
        errors, warnings = await _compliance_counts(d.admin, conferences[d.plan_id])
        assert (row["compliance_errors"], row["compliance_warnings"]) == (errors, warnings)
        assert row["conferences_scheduled"] == len(conferences[d.plan_id])
    assert rows[a.plan_id]["unit_plans"] == {"on_time": 0, "late": 1, "missing": 1}
    assert rows[a.plan_id]["nominations"]["draft"] == 1
    assert rows[b.plan_id]["compliance_warnings"] >= 1  # C6: its commune held no conference
    assert (rows[a.plan_id]["conferences_held"], rows[a.plan_id]["lists_finalized"]) == (2, 0)

    # X2 — a district's admin reads its own district's row only; a commune's officer none
    own = (await a.admin.get(path)).json()
    assert [r["plan_id"] for r in own["items"]] == [a.plan_id]
    assert own["items"][0] == rows[a.plan_id]
    assert (await officer.get(path)).json()["items"] == []
    # a province viewer reads every district's
    _, viewer = await new_account(superadmin_client, "province_viewer", None, "xem")
    seen = {r["plan_id"] for r in (await viewer.get(path, params={"limit": 500})).json()["items"]}
    assert seen == {a.plan_id, b.plan_id}
    # an unknown plan: 404
    assert (await province.admin.get(f"/api/v1/plans/{uuid.uuid4()}/areas")).status_code == 404


async def test_L1_areas_counts_equal_each_statement_with_programmes_seats_and_reportage(
    superadmin_client: Caller,
) -> None:
    """L1 — the report's compliance counts are the sum of every conference's own statement where
    the statement reads beyond the list: a pilot's programme (P1, none and submitted), seats the
    district allocates (A10), its seats and designations at the province congress (A10 one level
    up), a documentary without its reportage (M2) and communes without a conference (C6)."""
    tag = uuid.uuid4().hex[:6]
    province = await Province.create_province(superadmin_client, f"tỉnh Hà Tĩnh S {tag}", PLAN_500, f"500/S{tag}")
    a = await _district(province, superadmin_client, f"huyện Hương Khê S {tag}", "187/S")
    pilot = await a.unit(f"xã Hương Thủy S {tag}", is_pilot=True)
    other_pilot = await a.unit(f"xã Phúc Đồng S {tag}", is_pilot=True)
    plain = await a.unit(f"xã Gia Phố S {tag}")
    await a.unit(f"xã Hương Long S {tag}")  # no conference: C6 on the district's
    ids = [
        str((await a.conference(pilot, "2025-03-10"))["id"]),
        str((await a.conference(other_pilot, "2025-03-11"))["id"]),
        str((await a.conference(plain, "2025-03-12", has_documentary=True))["id"]),
    ]
    officer = await a.officer(pilot)
    r = await officer.post(
        "/api/v1/submissions",
        json={"kind": "programme", "plan_id": a.plan_id, "conference_id": ids[0], "content": {"text": "Chương trình"}},
    )
    assert r.status_code == 201, r.text
    district_conf = str((await a.conference(a.id, "2025-05-20"))["id"])
    ids.append(district_conf)
    r = await a.admin.put(f"{CONF}/{district_conf}/allocations", json={"items": [{"unit_id": plain, "seats": 2}]})
    assert r.status_code == 200, r.text
    congress = await province.conference(province.id, "2025-09-20")
    seats = {"items": [{"unit_id": a.id, "seats": 1}]}
    r = await province.admin.put(f"{CONF}/{congress['id']}/allocations", json=seats)
    assert r.status_code == 200, r.text

    path = f"/api/v1/plans/{province.plan_id}/areas"
    (row,) = (await province.admin.get(path)).json()["items"]
    errors, warnings = await _compliance_counts(a.admin, ids)
    assert (row["compliance_errors"], row["compliance_warnings"]) == (errors, warnings)
    assert errors >= 2  # P1 of both pilots
    assert warnings >= 2  # M2 and C6
    statement = (await a.admin.get(f"{CONF}/{district_conf}/compliance")).json()["items"]
    a10 = sorted((sorted(i["facts"]), i["status"]) for i in statement if i["rule"] == "A10")
    assert a10 == [
        (["allocated", "capacity"], "ok"),  # its seats to its communes
        (["allocated", "designated", "upper_conference_id"], "ok"),  # its own at the province congress
    ]
    assert (row["conferences_scheduled"], row["unit_plans"]["missing"]) == (4, 4)
