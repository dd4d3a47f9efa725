"""The contract's conventions hold on the wire: the package's version, public operations that
need no token, ETags declared where answered, and conditional GETs (If-None-Match → 304)."""

from __future__ import annotations

import importlib.metadata
import json
import tomllib
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "openapi" / "openapi.json"
METHODS = {"get", "put", "post", "delete", "patch"}


def _contract() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(CONTRACT.read_bytes())
    return spec


def _operation(path: str, method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = _contract()["paths"][path][method]
    return operation


def test_info_version_is_the_package_version() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert importlib.metadata.version("dhtt") == declared
    assert _contract()["info"]["version"] == declared


async def test_public_operations_declare_no_security(client: httpx.AsyncClient) -> None:
    spec = _contract()
    public = {
        (path, method)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS and operation.get("security") == []
    }
    feeds = {
        ("/api/v1/calendar-feeds/{token}/plans/{plan_id}.ics", "get"),
        ("/api/v1/calendar-feeds/{token}/units/{unit_id}.ics", "get"),
    }  # calendar apps send no Bearer header: the revocable token in the URL is the credential
    assert public == {("/healthz", "get"), ("/readyz", "get"), ("/api/v1/auth/token", "post"), *feeds}
    # … and they answer without a token, where every other operation needs one
    assert (await client.get("/healthz")).status_code == 200
    assert (await client.get("/readyz")).status_code == 200
    r = await client.post("/api/v1/auth/token", data={"grant_type": "password", "username": "x", "password": "y"})
    assert r.status_code == 400, r.text  # a refused login, not a missing token
    assert (await client.get("/api/v1/units")).status_code == 401
    # every other operation names the OAuth2 scheme and the scope an integration client needs
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS and (path, method) not in public:
                scope = "read" if method == "get" else "write"
                assert operation["security"] == [{"OAuth2PasswordBearer": [scope]}], (method, path)
    flows = spec["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == "/api/v1/auth/token"
    assert set(flows["clientCredentials"]["scopes"]) == {"read", "write"}


def test_tags_are_described_and_files_are_binary() -> None:
    spec = _contract()
    used = {t for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) for t in op["tags"]}
    described = {tag["name"]: tag["description"] for tag in spec["tags"]}
    assert used <= described.keys()
    assert all(described.values())
    for path, media in (
        ("/api/v1/conferences/{conference_id}/delegates/template", "application/vnd.openxmlformats-officedocument"),
        ("/api/v1/conferences/{conference_id}/delegates/export", "text/csv"),
    ):
        content = _operation(path)["responses"]["200"]["content"]
        for name, body in content.items():
            assert body["schema"] == {"type": "string", "format": "binary"}, (path, name)
        assert any(name.startswith(media) for name in content)


async def test_response_headers_are_declared_where_answered(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> None:
    plan = demo["plan"]["id"]
    answer = await client.get(f"/api/v1/plans/{plan}", headers=headers["viewer"])
    assert "etag" in answer.headers
    assert "ETag" in _operation("/api/v1/plans/{plan_id}")["responses"]["200"]["headers"]
    created = _operation("/api/v1/units", "post")["responses"]["201"]["headers"]
    assert {"Location", "ETag"} <= created.keys()
    login = _operation("/api/v1/auth/token", "post")["responses"]["429"]["headers"]
    assert "Retry-After" in login
    assert "Retry-After" in _operation("/api/v1/units")["responses"]["503"]["headers"]
    # a read without an ETag declares none (compliance is computed afresh)
    assert "headers" not in _operation("/api/v1/conferences/{conference_id}/compliance")["responses"]["200"]


async def test_if_none_match_answers_304(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> None:
    viewer = headers["viewer"]
    conferences = (await client.get("/api/v1/conferences", headers=viewer)).json()["items"]
    conference = conferences[0]["id"]
    resources = [
        f"/api/v1/plans/{demo['plan']['id']}",
        f"/api/v1/units/{demo['units']['xã Hương Thủy']}",
        f"/api/v1/conferences/{conference}",  # a hot read (answers its own Response)
        f"/api/v1/conferences/{conference}/agenda",
    ]
    for url in resources:
        first = await client.get(url, headers=viewer)
        assert first.status_code == 200, first.text
        etag = first.headers["etag"]
        again = await client.get(url, headers=viewer | {"If-None-Match": etag})
        assert again.status_code == 304, (url, again.status_code)
        assert again.content == b""
        assert again.headers["etag"] == etag
        assert "content-length" not in again.headers or again.headers["content-length"] == "0"
        assert "x-request-id" in again.headers  # still through the request-context middleware
        # a list of tags, a weak form and * match too; another tag gets the full answer
        for given in (f'"other", {etag}', f"W/{etag}", "*"):
            assert (await client.get(url, headers=viewer | {"If-None-Match": given})).status_code == 304, given
        fresh = await client.get(url, headers=viewer | {"If-None-Match": '"not-the-current-one"'})
        assert fresh.status_code == 200
        assert fresh.content == first.content
        operation = next(op for path, op in _get_operations() if _matches(path, url))
        assert "304" in operation["responses"], url
        assert any(p["name"] == "If-None-Match" for p in operation["parameters"]), url
    # a problem is never turned into a 304, whatever the caller sends
    missing = "/api/v1/plans/00000000-0000-0000-0000-000000000000"
    assert (await client.get(missing, headers=viewer | {"If-None-Match": "*"})).status_code == 404
    # nor is an unauthenticated request
    assert (await client.get(resources[0], headers={"If-None-Match": "*"})).status_code == 401


def _get_operations() -> list[tuple[str, dict[str, Any]]]:
    return [(path, item["get"]) for path, item in _contract()["paths"].items() if "get" in item]


def _matches(template: str, url: str) -> bool:
    parts, given = template.split("/"), url.split("/")
    return len(parts) == len(given) and all(p == g or p.startswith("{") for p, g in zip(parts, given, strict=True))
