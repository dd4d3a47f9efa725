"""Issue 15's demo (L1–L3): plan 500/KH-UBND of the province is plan 187's parent, with its congress
and seats for Hương Khê; from 2025-07-01 Hương Khê's units are merged (the L3 merge) into communes
under the province, which issues a 2026–2030 plan over them (illustrative names). Through HTTP as
the demo's accounts, ``admin.hatinh`` the province's admin."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.callers import DEMO_PASSWORD, Caller, login

UNITS = "/api/v1/units"


async def _province_admin(client: httpx.AsyncClient) -> Caller:
    return Caller(client, await login(client, "admin.hatinh", DEMO_PASSWORD), "admin.hatinh", "district_admin")


async def _plan(caller: Caller, code: str, issuer: str) -> dict[str, Any]:
    r = await caller.get("/api/v1/plans", params={"issuer_unit_id": issuer, "limit": 500})
    (plan,) = [p for p in r.json()["items"] if p["code"] == code]
    return dict(plan)


async def test_demo_L1_plan_500_is_the_parent_of_plan_187_with_its_congress(
    client: httpx.AsyncClient, demo: dict[str, Any]
) -> None:
    admin = await _province_admin(client)
    province = demo["units"]["UBND tỉnh Hà Tĩnh"]
    plan_500 = await _plan(admin, "500/KH-UBND", province)
    assert plan_500["issued_on"] == "2024-10-23"
    assert "Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII" in plan_500["title"]
    assert demo["plan"]["parent_plan_id"] == plan_500["id"]
    r = await admin.get("/api/v1/conferences", params={"plan_id": plan_500["id"], "unit_id": province})
    (congress,) = r.json()["items"]
    assert (congress["level"], congress["held_on"][:7]) == ("province", "2025-09")
    r = await admin.get(f"/api/v1/conferences/{congress['id']}/allocations")
    assert r.status_code == 200, r.text
    body = r.json()
    items = body["items"] if isinstance(body, dict) else body
    assert {a["unit_id"] for a in items} == {demo["plan"]["issuer_unit_id"]}
    # L1 — the province reads Hương Khê's figures in one call; the district's admin the same row
    rows = (await admin.get(f"/api/v1/plans/{plan_500['id']}/areas")).json()["items"]
    assert [r["plan_code"] for r in rows] == ["187/KH-UBND"]
    assert rows[0]["conferences_scheduled"] >= 1


async def test_demo_L3_huong_khe_units_merged_into_communes_under_the_province(
    client: httpx.AsyncClient, demo: dict[str, Any]
) -> None:
    admin = await _province_admin(client)
    province = demo["units"]["UBND tỉnh Hà Tĩnh"]
    r = await admin.get(UNITS, params={"parent_id": province, "as_of": "2025-07-01", "limit": 500})
    communes = {u["name"]: u for u in r.json()["items"] if u["name"].startswith("xã Minh họa")}
    assert len(communes) == 7
    for commune in communes.values():
        assert (commune["valid_from"], commune["district_id"]) == ("2025-07-01", province)
    pilot = (await admin.get(f"{UNITS}/{demo['units']['xã Hương Thủy']}")).json()
    assert pilot["valid_to"] == "2025-06-30"
    assert pilot["successor_ids"] == [communes["xã Minh họa D"]["id"]]
    events = (await admin.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": pilot["id"]})).json()
    assert any("merge" in (e["reason"] or "") for e in events["items"])
    # the 2026–2030 plan of the province over those communes (illustrative)
    plan = await _plan(admin, "01/KH-UBND", province)
    assert "(minh họa)" in plan["title"]
    assert plan["parent_plan_id"] is None
