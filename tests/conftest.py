"""Shared fixtures: one migrated PostgreSQL database with the plan-187 demo, an app, a client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.db.migrate import upgrade
from api.services.demo import seed_demo
from api.settings import Settings
from tests.support import ADMIN_PASSWORD, DEMO_PASSWORD, fresh_database, server_url

ROLES = {
    "admin": ("admin", ADMIN_PASSWORD),
    "district_admin": ("admin.huongkhe", DEMO_PASSWORD),
    "officer": ("canbo.huongthuy", DEMO_PASSWORD),
    "reviewer": ("hoidong.huongthuy", DEMO_PASSWORD),
    "viewer": ("sonoivu.hatinh", DEMO_PASSWORD),
    "client": ("tichhop.cong", DEMO_PASSWORD),
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
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, str]:
    r = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": password}
    )
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="session")
async def headers(client: httpx.AsyncClient) -> dict[str, dict[str, str]]:
    """Authorization headers for each demo role (logged in once per session)."""
    return {role: await login(client, u, p) for role, (u, p) in ROLES.items()}


@pytest.fixture(scope="session")
async def demo(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The demo's units and plan by name: {"units": {name: id}, "plan": {...}}."""
    units: dict[str, str] = {}
    cursor = None
    while True:
        params = {"limit": 500} | ({"cursor": cursor} if cursor else {})
        r = await client.get("/api/v1/units", params=params, headers=headers["viewer"])
        body = r.json()
        units |= {u["name"]: u["id"] for u in body["items"]}
        cursor = body["next_cursor"]
        if not cursor:
            break
    plans = (await client.get("/api/v1/plans", headers=headers["viewer"])).json()["items"]
    return {"units": units, "plan": next(p for p in plans if p["code"] == "187/KH-UBND")}


Factory = Callable[..., Awaitable[dict[str, object]]]


@pytest.fixture
def make_unit(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> Factory:
    """Create a grassroots unit under the demo district (as its admin)."""

    async def _make(
        name: str = "xã Thử Nghiệm", kind: str = "commune", headcount: int = 30, **extra: object
    ) -> dict[str, object]:
        body = {"name": name, "kind": kind, "headcount": headcount, "parent_id": demo["units"]["UBND huyện Hương Khê"]}
        r = await client.post("/api/v1/units", json=body | extra, headers=headers["district_admin"])
        assert r.status_code == 201, r.text
        return dict(r.json())

    return _make
