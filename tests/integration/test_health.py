"""/healthz and /readyz."""

import httpx


async def test_healthz_answers_ok(client: httpx.AsyncClient) -> None:
    r = await client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


async def test_readyz_is_200_when_migrated(client: httpx.AsyncClient) -> None:
    r = await client.get("/readyz")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "ready"


async def test_every_demo_role_logs_in_and_me_shows_it(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    expected = {
        "superadmin": "district_admin",
        "district_admin": "district_admin",
        "officer": "unit_officer",
        "reviewer": "council_reviewer",
        "viewer": "province_viewer",
        "client": "integration_client",
    }
    for role, wanted in expected.items():
        r = await client.get("/api/v1/me", headers=headers[role])
        assert r.status_code == 200, r.text
        assert r.json()["role"] == wanted
