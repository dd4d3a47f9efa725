"""Each rule in one place: X2's scope decided by the domain and turned into SQL once, for every
private list and aggregate; the SQL lists of A4 and A9 generated from the domain."""

import uuid

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from api.db.scope import scope_condition
from api.domain.access import Actor, Role, Scope, can_see_private, private_scope
from tests.support import DEMO_PASSWORD, District, login

API = "/api/v1"


async def _officer(district: District, unit: str, username: str) -> dict[str, str]:
    body = {
        "username": username,
        "full_name": "Thử",
        "role": "unit_officer",
        "unit_id": unit,
        "password": DEMO_PASSWORD,
    }
    r = await district.http.post(f"{API}/users", json=body, headers=district.admin)
    assert r.status_code == 201, r.text
    return await login(district.http, username, DEMO_PASSWORD)


def _nomination(conference: str, national_id: str) -> dict[str, object]:
    return {
        "conference_id": conference,
        "nominee_kind": "individual",
        "nominee_name": f"Người {national_id[-3:]}",
        "national_id": national_id,
        "rank": "leader",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    }


async def test_X2_an_officer_sees_none_of_another_units_rows_in_any_aggregate(district: District) -> None:
    """Units A and B of one district, each with nominations and a unit plan: A's officer counts,
    lists and sees the status of A's only — in the statistics, the lists and the dashboard."""
    a, b = await district.unit("xã Phạm Vi A"), await district.unit("xã Phạm Vi B")
    conf_a = str((await district.conference(a, held_on="2025-03-10"))["id"])
    conf_b = str((await district.conference(b, held_on="2025-03-11"))["id"])
    officer = await _officer(district, a, f"cb.x2agg.{a[:8]}")
    admin = district.admin
    assert (
        await district.http.post(f"{API}/nominations", json=_nomination(conf_a, "042080001001"), headers=officer)
    ).status_code == 201
    for n in ("042080001002", "042080001003"):
        r = await district.http.post(f"{API}/nominations", json=_nomination(conf_b, n), headers=admin)
        assert r.status_code == 201, r.text
    for unit in (a, b):
        body = {"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit, "text": "Kế hoạch"}
        s = (await district.http.post(f"{API}/submissions", json=body, headers=admin)).json()
        r = await district.http.post(f"{API}/submissions/{s['id']}/submit", json={}, headers=admin)
        assert r.status_code == 200, r.text

    stats = (await district.http.get(f"{API}/nominations/stats", headers=officer)).json()
    assert stats["by_state"]["draft"] == 1  # A's one, none of B's two
    r = await district.http.get(f"{API}/nominations/stats", params={"conference_id": conf_b}, headers=officer)
    assert r.status_code == 404
    admin_stats = (await district.http.get(f"{API}/nominations/stats", headers=admin)).json()
    assert admin_stats["by_state"]["draft"] >= 3

    listed = (await district.http.get(f"{API}/nominations", headers=officer)).json()["items"]
    assert {n["conference_id"] for n in listed} == {conf_a}

    submissions = (await district.http.get(f"{API}/submissions", headers=officer)).json()["items"]
    assert {s["unit_id"] for s in submissions} == {a}

    status = (await district.http.get(f"{API}/plans/{district.plan_id}/unit-plan-status", headers=officer)).json()
    assert [i["unit_id"] for i in status["items"]] == [a]
    assert sum(status["counts"].values()) == 1
    whole = (await district.http.get(f"{API}/plans/{district.plan_id}/unit-plan-status", headers=admin)).json()
    assert {a, b} <= {i["unit_id"] for i in whole["items"]}


async def test_X2_another_districts_admin_sees_none_of_its_aggregates(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], district: District
) -> None:
    """The admin of another district: the plan's unit-plan status lists no unit of this one."""
    unit = await district.unit("xã Huyện Này")
    body = {"kind": "unit_plan", "plan_id": district.plan_id, "unit_id": unit, "text": "Kế hoạch"}
    assert (await client.post(f"{API}/submissions", json=body, headers=district.admin)).status_code == 201
    root = headers["superadmin"]
    other = (
        await client.post(f"{API}/units", json={"name": "UBND huyện Khác X2", "kind": "district"}, headers=root)
    ).json()["id"]
    body = {
        "username": "qh.khac.x2",
        "full_name": "Quản trị",
        "role": "district_admin",
        "unit_id": other,
        "password": DEMO_PASSWORD,
    }
    assert (await client.post(f"{API}/users", json=body, headers=root)).status_code == 201
    stranger = await login(client, "qh.khac.x2", DEMO_PASSWORD)
    status = (await client.get(f"{API}/plans/{district.plan_id}/unit-plan-status", headers=stranger)).json()
    assert status["items"] == []
    assert sum(status["counts"].values()) == 0
    assert (await client.get(f"{API}/submissions", headers=stranger)).json()["items"] == []


async def test_X2_the_sql_scope_keeps_exactly_what_the_domain_admits(app: FastAPI) -> None:
    """``scope_condition`` over (unit, district) columns keeps the rows ``can_see_private``
    admits, for every kind of caller (run on PostgreSQL over a VALUES list)."""
    d1, d2 = str(uuid.uuid4()), str(uuid.uuid4())
    u1, u2, u3 = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    rows = [(u1, d1), (u2, d1), (u3, d2), (d1, d1)]
    read = frozenset({Scope.READ})
    callers = [
        Actor(id="x", username="x", role=Role.PROVINCE_VIEWER),
        Actor(id="x", username="x", role=Role.DISTRICT_ADMIN),
        Actor(id="x", username="x", role=Role.DISTRICT_ADMIN, unit_id=d1, district_id=d1, unit_is_district=True),
        Actor(id="x", username="x", role=Role.UNIT_OFFICER, unit_id=u1, district_id=d1),
        Actor(id="x", username="x", role=Role.COUNCIL_REVIEWER, unit_id=u1, district_id=d1),
        Actor(id="x", username="x", role=Role.INTEGRATION_CLIENT, scopes=read),
        Actor(
            id="x",
            username="x",
            role=Role.INTEGRATION_CLIENT,
            unit_id=d1,
            district_id=d1,
            unit_is_district=True,
            scopes=read,
        ),
        Actor(id="x", username="x", role=Role.INTEGRATION_CLIENT, unit_id=u1, district_id=d1, scopes=read),
        Actor(id="x", username="x", role=Role.INTEGRATION_CLIENT, unit_id=u1, district_id=d1),  # no read scope
    ]
    table = sa.values(sa.column("unit_id", sa.Uuid), sa.column("district_id", sa.Uuid), name="t").data(
        [(uuid.UUID(u), uuid.UUID(d)) for u, d in rows]
    )
    async with app.state.sessionmaker() as session:
        for actor in callers:
            stmt = sa.select(table.c.unit_id)
            condition = scope_condition(private_scope(actor), table.c.unit_id, table.c.district_id)
            if condition is not None:
                stmt = stmt.where(condition)
            kept = {str(u) for u in (await session.execute(stmt)).scalars()}
            expected = {u for u, d in rows if can_see_private(actor, u, d)}
            assert kept == expected, actor
