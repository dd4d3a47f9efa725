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


async def login_client(client: httpx.AsyncClient, client_id: str, secret: str) -> dict[str, str]:
    """An integration client's token (clients have the client_credentials grant only)."""
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    r = await client.post("/api/v1/auth/token", data=form)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="session")
async def headers(client: httpx.AsyncClient) -> dict[str, dict[str, str]]:
    """Authorization headers for each demo role (logged in once per session)."""
    return {role: await (login_client if role == "client" else login)(client, u, p) for role, (u, p) in ROLES.items()}


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


PLAN_187 = {
    "title": "Kế hoạch thử nghiệm",
    "issued_on": "2024-10-11",
    "edition": 8,
    "period_start_year": 2025,
    "period_end_year": 2030,
    "review_period_start_year": 2020,
    "review_period_end_year": 2025,
    "unit_plan_due_on": "2024-11-10",
    "district_compilation_due_on": "2025-01-31",
    "grassroots_conferences_due_on": "2025-03-31",
    "district_conference_due_on": "2025-06-30",
    "full_assembly_headcount_cap": 300,
    "delegate_assembly_cap": 200,
    "district_conference_cap": 300,
    "exemplary_share_percent": 70,
}


class District:
    """A fresh district with its own plan, so conference tests do not share schedules."""

    def __init__(self, client: httpx.AsyncClient, admin: dict[str, str], district_id: str, plan_id: str) -> None:
        self.client, self.admin, self.id, self.plan_id = client, admin, district_id, plan_id

    async def unit(self, name: str, headcount: int = 50, kind: str = "commune", **extra: object) -> str:
        body = {"name": name, "kind": kind, "headcount": headcount, "parent_id": self.id} | extra
        r = await self.client.post("/api/v1/units", json=body, headers=self.admin)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    async def conference(self, unit_id: str, held_on: str = "2025-03-15", **extra: object) -> dict[str, object]:
        body = {
            "unit_id": unit_id,
            "plan_id": self.plan_id,
            "form": "advanced_exemplars",
            "held_on": held_on,
            "session": "morning",
            "place": "Hương Khê",
        } | extra
        r = await self.client.post("/api/v1/conferences", json=body, headers=self.admin)
        assert r.status_code == 201, r.text
        return dict(r.json())


@pytest.fixture
async def district(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], request: pytest.FixtureRequest
) -> District:
    root = headers["admin"]
    name = f"UBND huyện Thử {request.node.name[:40]}"
    r = await client.post("/api/v1/units", json={"name": name, "kind": "district"}, headers=root)
    assert r.status_code == 201, r.text
    district_id = r.json()["id"]
    r = await client.post(
        "/api/v1/plans", json=PLAN_187 | {"code": "187/KH-THU", "issuer_unit_id": district_id}, headers=root
    )
    assert r.status_code == 201, r.text
    return District(client, root, district_id, r.json()["id"])


def delegates_json(n: int, *, exemplary: int | None = None, prefix: str = "Đại biểu") -> list[dict[str, object]]:
    """``n`` distinct delegates, the first ``exemplary`` of them exemplary (default all)."""
    exemplary = n if exemplary is None else exemplary
    return [
        {
            "full_name": f"{prefix} {i:05d}",
            "birth_date": "1980-01-01",
            "category": "emulation_soldier" if i < exemplary else "guest",
            "gender": "female" if i % 2 else "male",
        }
        for i in range(n)
    ]
