"""X4 — every write is audited with who, when, what, before and after; the log is append-only."""

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from tests.support import Factory


async def test_X4_update_is_audited_with_before_and_after(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Kiểm Toán", headcount=10)
    r = await client.patch(f"/api/v1/units/{unit['id']}", json={"headcount": 11}, headers=admin)
    assert r.status_code == 200
    events = (
        await client.get("/api/v1/audit-events", params={"entity": "unit", "entity_id": unit["id"]}, headers=admin)
    ).json()
    actions = [e["action"] for e in events["items"]]
    assert actions == ["update", "create"]  # newest first
    update = events["items"][0]
    assert update["actor_username"] == "admin.huongkhe"
    assert (update["before"]["headcount"], update["after"]["headcount"]) == (10, 11)
    assert update["occurred_at"]
    assert update["request_id"]


async def test_X4_failed_write_leaves_no_audit_and_no_change(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], make_unit: Factory
) -> None:
    admin = headers["district_admin"]
    unit = await make_unit(name="xã Không Đổi", headcount=10)
    r = await client.patch(f"/api/v1/units/{unit['id']}", json={"headcount": None}, headers=admin)
    assert r.status_code == 422
    events = (await client.get("/api/v1/audit-events", params={"entity_id": unit["id"]}, headers=admin)).json()["items"]
    assert [e["action"] for e in events] == ["create"]


async def test_X4_audit_log_is_for_district_admins(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    for role in ("officer", "reviewer", "viewer", "client"):
        assert (await client.get("/api/v1/audit-events", headers=headers[role])).status_code == 403


async def test_X4_database_refuses_to_change_or_delete_audit_events(app: FastAPI) -> None:
    async with app.state.engine.connect() as conn:
        for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
            with pytest.raises(sa.exc.DBAPIError):
                await conn.execute(sa.text(statement))
            await conn.rollback()
