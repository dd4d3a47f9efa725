"""Plans: every §3 parameter stored and validated; public to read, the issuer's admin writes."""

import httpx

from tests.support import PLAN_187

PLANS = "/api/v1/plans"


def _body(issuer: str, code: str = "01/KH-THU") -> dict[str, object]:
    return PLAN_187 | {"code": code, "issuer_unit_id": issuer, "title": "Kế hoạch thử"}


async def test_demo_plan_carries_every_parameter_of_plan_187(
    client: httpx.AsyncClient, demo: dict[str, dict[str, str]]
) -> None:
    plan = demo["plan"]
    assert plan["issued_on"] == "2024-10-11"
    assert plan["issuer_name"] == "UBND huyện Hương Khê"
    assert (plan["edition"], plan["edition_roman"]) == (8, "VIII")
    assert (
        plan["period_start_year"],
        plan["period_end_year"],
        plan["review_period_start_year"],
        plan["review_period_end_year"],
    ) == (
        2025,
        2030,
        2020,
        2025,
    )
    assert plan["unit_plan_due_on"] == "2024-11-10"
    assert plan["district_compilation_due_on"] == "2025-01-31"
    assert plan["grassroots_conferences_due_on"] == "2025-03-31"
    assert plan["district_conference_due_on"] == "2025-06-30"
    assert (plan["full_assembly_headcount_cap"], plan["delegate_assembly_cap"], plan["district_conference_cap"]) == (
        300,
        200,
        300,
    )
    assert plan["exemplary_share_percent"] == 70
    assert plan["district_exemplary_seats"] == 210
    assert "Nguyễn Văn Hiệp" in str(plan["pilot_supervisor"])


async def test_plan_create_and_patch_by_the_district_admin(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    admin = headers["district_admin"]
    r = await client.post(PLANS, json=_body(demo["units"]["UBND huyện Hương Khê"]), headers=admin)
    assert r.status_code == 201, r.text
    plan = r.json()
    assert r.headers["Location"] == f"/api/v1/plans/{plan['id']}"
    r = await client.patch(f"{PLANS}/{plan['id']}", json={"delegate_assembly_cap": 150}, headers=admin)
    assert r.status_code == 200
    assert r.json()["delegate_assembly_cap"] == 150
    dup = await client.post(PLANS, json=_body(demo["units"]["UBND huyện Hương Khê"]), headers=admin)
    assert dup.status_code == 409


async def test_plan_parameters_are_validated_and_nothing_is_stored(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    admin = headers["district_admin"]
    issuer = demo["units"]["UBND huyện Hương Khê"]
    cases = [
        ({"grassroots_conferences_due_on": "2024-01-01"}, "grassroots_conferences_due_on"),
        ({"district_conference_due_on": "2025-03-01"}, "district_conference_due_on"),
        ({"exemplary_share_percent": 101}, "exemplary_share_percent"),
        ({"delegate_assembly_cap": 0}, "delegate_assembly_cap"),
        ({"period_end_year": 2024}, "period_end_year"),
    ]
    for change, field in cases:
        r = await client.post(PLANS, json=_body(issuer, "BAD/1") | change, headers=admin)
        assert r.status_code == 422, change
        assert r.json()["errors"][0]["field"] == field
    listed = (await client.get(PLANS, params={"limit": 500}, headers=admin)).json()["items"]
    assert all(p["code"] != "BAD/1" for p in listed)


async def test_plan_writes_are_the_issuers_admins(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    plan_id = demo["plan"]["id"]
    for role in ("officer", "reviewer", "viewer"):
        assert (await client.get(f"{PLANS}/{plan_id}", headers=headers[role])).status_code == 200
        r = await client.patch(f"{PLANS}/{plan_id}", json={"title": "Đổi"}, headers=headers[role])
        assert r.status_code == 403, role


async def test_plan_issuer_must_be_a_district(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.post(PLANS, json=_body(demo["units"]["xã Hương Thủy"], "X/2"), headers=headers["district_admin"])
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "issuer_unit_id"
