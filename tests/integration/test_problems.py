"""RFC 9457 problems for every error: FastAPI's own, ours, and unexpected ones; vi and en."""

import httpx
import pytest
from fastapi import FastAPI

PROBLEM = "application/problem+json"


async def test_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/khong-co")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith(PROBLEM)
    assert set(r.json()) >= {"type", "title", "status", "detail", "code"}


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    r = await client.delete("/api/v1/units", headers=headers["viewer"])
    assert r.status_code == 405
    assert r.headers["content-type"].startswith(PROBLEM)


async def test_validation_problem_lists_fields_and_never_echoes_input(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    secret = "<script>SECRET-INPUT-1234</script>"
    r = await client.post(
        "/api/v1/units",
        json={"name": secret * 100, "kind": secret, "headcount": "abc"},
        headers=headers["district_admin"],
    )
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "validation_error"
    assert {e["field"] for e in body["errors"]} >= {"name", "kind", "headcount"}
    assert "SECRET-INPUT" not in r.text


async def test_problem_language_follows_accept_language(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    vi = await client.get("/api/v1/units/00000000-0000-0000-0000-000000000001", headers=headers["viewer"])
    en = await client.get(
        "/api/v1/units/00000000-0000-0000-0000-000000000001",
        headers=headers["viewer"] | {"Accept-Language": "en-US,en;q=0.9"},
    )
    assert vi.json()["title"] == "Không tìm thấy"
    assert en.json()["title"] == "Not found"


async def test_invalid_json_is_a_422_problem(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    r = await client.post(
        "/api/v1/units", content=b'{"name": ', headers=headers["district_admin"] | {"Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.headers["content-type"].startswith(PROBLEM)


async def test_nul_bytes_in_text_are_refused(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    r = await client.post(
        "/api/v1/units",
        json={
            "name": "xã\u0000Lỗi",
            "kind": "commune",
            "headcount": 1,
            "parent_id": demo["units"]["UBND huyện Hương Khê"],
        },
        headers=headers["district_admin"],
    )
    assert r.status_code == 422
    assert r.json()["rule"] == "Q1"


async def test_oversized_body_is_413_problem(client: httpx.AsyncClient, headers: dict[str, dict[str, str]]) -> None:
    r = await client.post(
        "/api/v1/units",
        content=b"{" + b" " * (2 * 1024 * 1024) + b"}",
        headers=headers["district_admin"] | {"Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert r.json()["code"] == "payload_too_large"


@pytest.fixture
def failing_app(app: FastAPI) -> FastAPI:
    if not any(getattr(r, "path", None) == "/__boom" for r in app.routes):

        @app.get("/__boom", include_in_schema=False)
        async def boom() -> None:
            raise RuntimeError("internal detail that must not leak")

    return app


async def test_unexpected_error_is_a_500_problem_without_internals(failing_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=failing_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        r = await c.get("/__boom", headers={"X-Request-ID": "trace-me-42"})
    assert r.status_code == 500
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.json()["code"] == "internal_error"
    assert "internal detail" not in r.text
    assert r.json()["request_id"] == "trace-me-42"


async def test_request_id_and_security_headers(client: httpx.AsyncClient) -> None:
    r = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert r.headers["X-Request-ID"] == "abc-123"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"
