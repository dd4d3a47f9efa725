"""The database goes away while the service runs: /readyz and every API call answer a 503
problem (never a 500, never a hang), and the service recovers by itself when it returns."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.faults.harness import PgCluster, Service, login, wait_until

pytestmark = pytest.mark.slow

BOUND = 15.0  # seconds any answer may take while the database is away (the client's timeout too)
RECOVERY = 30.0  # seconds the service may take to notice the database is back


def _call(client: httpx.Client, method: str, path: str, **kw: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    try:
        r = client.request(method, path, **kw)
    except httpx.TransportError as exc:
        raise AssertionError(f"{method} {path}: no answer ({exc!r}) instead of a 503 problem") from exc
    return r, time.monotonic() - started


def assert_503_problem(r: httpx.Response, elapsed: float) -> None:
    what = f"{r.request.method} {r.request.url.path}"
    assert r.status_code == 503, f"{what}: {r.status_code} {r.text[:300]}"
    assert r.headers["content-type"].startswith("application/problem+json"), f"{what}: {r.headers}"
    body = r.json()
    assert body["code"] == "service_unavailable", body
    assert body["status"] == 503, body
    assert elapsed < BOUND, f"{what} took {elapsed:.1f} s"


def _outage_calls(service: Service, auth: dict[str, str], district_id: str) -> None:
    """/readyz, reads, a write and a login while the database is away — each on a new connection."""
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/readyz", {}),
        ("GET", "/api/v1/units", {"headers": auth}),
        ("GET", "/api/v1/units", {"headers": auth, "params": {"kind": "district"}}),
        ("POST", "/api/v1/units", {"headers": auth, "json": _commune("xã Mất Điện", district_id)}),
        (
            "POST",
            "/api/v1/auth/token",
            {"data": {"grant_type": "password", "username": "admin.huongkhe", "password": "x"}},
        ),
    ]
    for method, path, kw in calls:
        with service.client(timeout=BOUND) as c:
            assert_503_problem(*_call(c, method, path, **kw))
    assert service.alive(), service.log_tail()


def _commune(name: str, district_id: str) -> dict[str, Any]:
    return {"name": name, "kind": "commune", "headcount": 40, "parent_id": district_id}


def _assert_recovers(service: Service, auth: dict[str, str], units_before: list[Any], district_id: str) -> None:
    """Without restarting the service: /readyz 200 and the same data, then a write succeeds."""

    def ready() -> bool:
        with service.client(timeout=BOUND) as c:
            if c.get("/readyz").status_code != 200:
                return False
            r = c.get("/api/v1/units", params={"limit": 500}, headers=auth)
            return r.status_code == 200

    wait_until(ready, RECOVERY, "/readyz and GET /api/v1/units to answer 200 again", interval=0.2)
    with service.client(timeout=BOUND) as c:
        r = c.get("/api/v1/units", params={"limit": 500}, headers=auth)
        assert r.status_code == 200, r.text
        assert r.json()["items"] == units_before
        r = c.post("/api/v1/auth/token", data={"grant_type": "password", "username": "x", "password": "y"})
        assert r.status_code == 400, r.text  # a wrong password again, not an outage
        r = c.post("/api/v1/units", json=_commune("xã Sau Sự Cố", district_id), headers=auth)
        assert r.status_code == 201, r.text
    assert service.alive()


def _units(service: Service, auth: dict[str, str]) -> tuple[list[Any], str]:
    """The units before the outage, and the demo district's id."""
    with service.client() as c:
        assert c.get("/readyz").status_code == 200
        r = c.get("/api/v1/units", params={"limit": 500}, headers=auth)
        assert r.status_code == 200, r.text
        items = list(r.json()["items"])
        return items, next(u["id"] for u in items if u["kind"] == "district")


def test_database_stopped_gives_503_then_recovers(cluster: PgCluster, service: Service) -> None:
    with service.client() as c:
        auth = login(c)
    before, district = _units(service, auth)

    cluster.stop("fast")  # pg_ctl stop -m fast: sessions terminated, the socket gone
    _outage_calls(service, auth, district)

    cluster.start()
    _assert_recovers(service, auth, before, district)


def test_database_not_yet_accepting_connections_gives_503(cluster: PgCluster, service: Service) -> None:
    """The database is back but still starting (SQLSTATE 57P03 'not accepting connections', as
    during startup, crash recovery or a smart shutdown): still a 503 problem, not a 500."""
    with service.client() as c:
        auth = login(c)
    before, district = _units(service, auth)

    cluster.stop("fast")
    cluster.start_refusing_connections()
    _outage_calls(service, auth, district)

    cluster.stop("fast")
    cluster.start()
    _assert_recovers(service, auth, before, district)


def test_outage_503_keeps_the_connection_and_the_usual_headers(cluster: PgCluster, service: Service) -> None:
    """A 503 during an outage is an ordinary answer: it carries the request id and security
    headers every answer carries, and a client's keep-alive connection survives it."""
    symptoms: list[str] = []
    with service.client(timeout=BOUND) as c:
        auth = login(c)
        assert c.get("/api/v1/units", headers=auth).status_code == 200
        cluster.stop("fast")
        for attempt in range(3):
            started = time.monotonic()
            try:
                r = c.get("/api/v1/units", headers=auth)
            except httpx.TransportError as exc:
                symptoms.append(f"call {attempt + 1} on the same connection: no answer ({exc!r})")
                continue
            assert_503_problem(r, time.monotonic() - started)
            if "x-request-id" not in r.headers or r.headers.get("x-content-type-options") != "nosniff":
                symptoms.append(f"call {attempt + 1}: 503 without X-Request-ID/security headers {dict(r.headers)}")
    cluster.start()
    assert not symptoms, "\n".join(symptoms)
