"""Shared fixtures: one migrated PostgreSQL database with the plan-187 demo, an app, a client,
and the people who call it. Helpers live in ``tests.support``.

The callers are the real ones: a unit's records are written by that unit's officer
(``officer_client``, ``District.officer``), the district's by its district admin
(``district_admin_client``, ``District.admin``); decisions by a council reviewer; reads across
the province by the province viewer. ``superadmin_client`` — the first admin, bound to no unit —
is for what only they do (creating districts, accounts anywhere)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.db.migrate import upgrade
from api.services.demo import seed_demo
from api.settings import Settings
from tests.support import (
    ADMIN_PASSWORD,
    DEMO_PASSWORD,
    Caller,
    District,
    Factory,
    fresh_database,
    login,
    login_client,
    server_url,
)

# The demo's accounts by role (the superadmin is the first admin from settings).
ROLES = {
    "superadmin": ("admin", ADMIN_PASSWORD),
    "district_admin": ("admin.huongkhe", DEMO_PASSWORD),
    "officer": ("canbo.huongthuy", DEMO_PASSWORD),
    "reviewer": ("hoidong.huongthuy", DEMO_PASSWORD),
    "viewer": ("sonoivu.hatinh", DEMO_PASSWORD),
    "client": ("tichhop.cong", DEMO_PASSWORD),
}
ROLE_NAMES = {
    "superadmin": "district_admin",
    "district_admin": "district_admin",
    "officer": "unit_officer",
    "reviewer": "council_reviewer",
    "viewer": "province_viewer",
    "client": "integration_client",
}


@pytest.fixture(scope="session")
def pg_server() -> str:
    return server_url()


@pytest.fixture(scope="session")
def database_url(pg_server: str) -> str:
    url = fresh_database(pg_server, "dhtt_test")
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data: Path = tmp_path_factory.mktemp("data")
    return Settings(
        env="test",
        database_url=database_url,
        data_dir=data,
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,  # type: ignore[arg-type]
        secret_key="test-secret-key-that-is-long-enough-000",  # type: ignore[arg-type]
        inprocess_worker=False,  # F2 — the webhook tests run their own worker
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings, database_url=settings.database_url)
    async with application.router.lifespan_context(application):
        async with application.state.sessionmaker() as session:
            await seed_demo(session, lambda _: DEMO_PASSWORD)
            await session.commit()
        yield application


@pytest.fixture(scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The anonymous client; the signed-in ones below share it."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture(scope="session")
async def headers(client: httpx.AsyncClient) -> dict[str, dict[str, str]]:
    """Authorization headers for each demo role (logged in once per session)."""
    return {role: await (login_client if role == "client" else login)(client, u, p) for role, (u, p) in ROLES.items()}


@pytest.fixture(scope="session")
def callers(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> dict[str, Caller]:
    return {role: Caller(client, headers[role], ROLES[role][0], ROLE_NAMES[role]) for role in ROLES}


@pytest.fixture(scope="session")
def officer_client(callers: dict[str, Caller]) -> Caller:
    """The unit officer of the demo's xã Hương Thủy (``canbo.huongthuy``)."""
    return callers["officer"]


@pytest.fixture(scope="session")
def reviewer_client(callers: dict[str, Caller]) -> Caller:
    """A council reviewer of the demo's xã Hương Thủy (``hoidong.huongthuy``)."""
    return callers["reviewer"]


@pytest.fixture(scope="session")
def district_admin_client(callers: dict[str, Caller]) -> Caller:
    """The district admin of the demo's Hương Khê district (``admin.huongkhe``)."""
    return callers["district_admin"]


@pytest.fixture(scope="session")
def viewer_client(callers: dict[str, Caller]) -> Caller:
    """The province viewer (``sonoivu.hatinh``): reads everything, writes nothing."""
    return callers["viewer"]


@pytest.fixture(scope="session")
def superadmin_client(callers: dict[str, Caller]) -> Caller:
    """The first admin, bound to no unit: only for what only they do."""
    return callers["superadmin"]


@pytest.fixture(scope="session")
async def demo(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The demo's units and plan by name: {"units": {name: id}, "plan": {...}} — the province and
    the demo district's units only, since tests make units of the same names in districts of their own."""
    plans = (await client.get("/api/v1/plans", params={"limit": 500}, headers=headers["viewer"])).json()["items"]
    plan = next(p for p in plans if p["code"] == "187/KH-UBND")
    district = plan["issuer_unit_id"]
    units: dict[str, str] = {}
    cursor = None
    while True:
        params = {"limit": 500} | ({"cursor": cursor} if cursor else {})
        r = await client.get("/api/v1/units", params=params, headers=headers["viewer"])
        body = r.json()
        ours = [u for u in body["items"] if u["district_id"] in (district, None) or u["id"] == district]
        units |= {u["name"]: u["id"] for u in ours}
        cursor = body["next_cursor"]
        if not cursor:
            break
    return {"units": units, "plan": plan}


@pytest.fixture
def make_unit(district_admin_client: Caller, demo: dict[str, dict[str, str]]) -> Factory:
    """Create a grassroots unit under the demo district (as its district admin)."""

    async def _make(
        name: str = "xã Thử Nghiệm", kind: str = "commune", headcount: int = 30, **extra: object
    ) -> dict[str, object]:
        body = {"name": name, "kind": kind, "headcount": headcount, "parent_id": demo["units"]["UBND huyện Hương Khê"]}
        r = await district_admin_client.post("/api/v1/units", json=body | extra)
        assert r.status_code == 201, r.text
        return dict(r.json())

    return _make


@pytest.fixture
async def district(superadmin_client: Caller, request: pytest.FixtureRequest) -> District:
    """A fresh district of its own (see ``District``): its admin, its plan; officers on demand."""
    return await District.create(superadmin_client, f"UBND huyện Thử {request.node.name[:40]}")
