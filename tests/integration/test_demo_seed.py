"""Issue 14's demo records: the plan-187 demo holds an example of each new record kind for xã
Hương Thủy (the pilot) and thị trấn Hương Khê, as far as C2 allows — the seed holds no conference
of xã Hương Thủy (the README walk-through schedules it, and its programme's appraisal, P1), so the
budget estimate (B1, per conference) is the town's alone. Read through HTTP as the demo's accounts."""

from __future__ import annotations

from typing import Any

from tests.support import Caller

PILOT, TOWN = "xã Hương Thủy", "thị trấn Hương Khê"


async def _all(caller: Caller, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    query: dict[str, Any] = {"limit": 200} | params
    while True:
        r = await caller.http.get(path, params=query, headers=caller.headers)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        if not r.json()["next_cursor"]:
            return items
        query["cursor"] = r.json()["next_cursor"]


async def _town_conference(admin: Caller, demo: dict[str, Any]) -> dict[str, Any]:
    plan, town = demo["plan"]["id"], demo["units"][TOWN]
    (conference,) = await _all(admin, "/api/v1/conferences", plan_id=plan, unit_id=town)
    return conference


async def test_demo_P1_pilot_is_xa_huong_thuy(district_admin_client: Caller, demo: dict[str, Any]) -> None:
    """The pilot is xã Hương Thủy. The seed holds no conference of it (C2: the README walk-through
    schedules it and sends its programme, on a fresh demo — tests/demo/test_readme_walkthrough.py);
    here other tests share the database and may have scheduled one."""
    units = {u["name"]: u for u in await _all(district_admin_client, "/api/v1/units", q="huong thuy")}
    assert units[PILOT]["is_pilot"] is True


async def test_demo_B1_B3_town_budget_estimate_in_the_plan_summary(
    district_admin_client: Caller, demo: dict[str, Any]
) -> None:
    conference = await _town_conference(district_admin_client, demo)
    r = await district_admin_client.http.get(
        f"/api/v1/conferences/{conference['id']}/budget-estimate", headers=district_admin_client.headers
    )
    assert r.status_code == 200, r.text
    estimate = r.json()
    assert estimate["funding_source"] == "Ngân sách thị trấn năm 2025"
    assert {line["category"] for line in estimate["lines"]} >= {"venue", "documents", "rewards"}
    plan = demo["plan"]["id"]
    listed = await _all(district_admin_client, f"/api/v1/plans/{plan}/budget-estimates")
    assert demo["units"][TOWN] in {e["unit_id"] for e in listed}


async def test_demo_M1_M2_activities_of_both_units_and_the_town_documentary(
    district_admin_client: Caller, demo: dict[str, Any]
) -> None:
    plan = demo["plan"]["id"]
    for name in (PILOT, TOWN):
        activities = await _all(
            district_admin_client, "/api/v1/communication-activities", plan_id=plan, unit_id=demo["units"][name]
        )
        assert {a["kind"] for a in activities} >= {"reportage", "article", "digital_post"}, name
        assert all(a["link"] and a["has_evidence"] for a in activities), name
    conference = await _town_conference(district_admin_client, demo)
    town = await _all(
        district_admin_client, "/api/v1/communication-activities", plan_id=plan, unit_id=demo["units"][TOWN]
    )
    assert {a["phase"] for a in town} >= {"before", "on", "after"}  # around 20/3/2025
    (shown,) = [a for a in town if a["documentary_conference_id"] == conference["id"]]
    assert shown["kind"] == "reportage"
    assert shown["phase"] == "before"
    r = await district_admin_client.http.get(
        f"/api/v1/conferences/{conference['id']}/compliance", headers=district_admin_client.headers
    )
    (m2,) = [item for item in r.json()["items"] if item["rule"] == "M2"]
    assert m2["status"] == "ok"
    counts = (
        await district_admin_client.http.get(
            f"/api/v1/plans/{plan}/communication-counts", headers=district_admin_client.headers
        )
    ).json()
    assert {u["unit_name"] for u in counts["by_unit"]} >= {PILOT, TOWN}


async def test_demo_E1_E2_movements_and_registrations_of_both_units(
    district_admin_client: Caller, demo: dict[str, Any]
) -> None:
    plan = demo["plan"]["id"]
    movements = await _all(district_admin_client, "/api/v1/movements", plan_id=plan)
    names = {m["name"] for m in movements}
    assert "Hà Tĩnh vì người nghèo - Không để ai bị bỏ lại phía sau" in names
    assert {m["kind"] for m in movements} == {"movement", "special_drive"}
    for name in (PILOT, TOWN):
        registrations = await _all(
            district_admin_client, "/api/v1/movement-registrations", plan_id=plan, unit_id=demo["units"][name]
        )
        assert len(registrations) >= 2, name


async def test_demo_E3_town_summary_report_figures_compared_with_what_the_service_holds(
    district_admin_client: Caller, demo: dict[str, Any]
) -> None:
    plan, town = demo["plan"]["id"], demo["units"][TOWN]
    (report,) = await _all(
        district_admin_client, "/api/v1/submissions", kind="summary_report", plan_id=plan, unit_id=town
    )
    r = await district_admin_client.http.get(
        f"/api/v1/submissions/{report['id']}/computed-figures", headers=district_admin_client.headers
    )
    assert r.status_code == 200, r.text
    figures = r.json()
    assert figures["collectives_total"] > 0  # from the town's E2 registrations
    warned = {item["facts"]["figure"] for item in figures["items"] if item["rule"] == "E3"}
    assert "collectives_registered" in warned  # the draft's typed 14 is not what the service holds
