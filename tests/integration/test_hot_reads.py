"""The hot reads (bench/README.md) are ordinary FastAPI routes that answer a ``Response`` of
their own, serialised once by orjson (``json_response``) or by the model (``model_response``).
Their bodies, statuses, ETags and problems must read exactly as FastAPI's ``response_model``
would have written them — for every role — and the remembered tokens still expire (that they
die with their account: test_auth.py)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from pydantic import TypeAdapter

from api.problems import PROBLEM_JSON
from api.routers import audit, conferences, delegates, deletions, nominations, plans, units
from api.services.common import etag_of_body
from tests.support import DEMO_PASSWORD

TOKEN = "/api/v1/auth/token"
ROLES = ("district_admin", "officer", "viewer", None)
ROUTERS = (audit, conferences, delegates, deletions, nominations, plans, units)
# The audit log's before/after are embedded as PostgreSQL prints its JSON (with spaces), not
# parsed and written again: the same JSON, other whitespace.
EMBEDS_STORED_JSON = {"list_audit_events"}
HOT_OPERATIONS = {
    "list_delegates",
    "list_units",
    "list_audit_events",
    "list_deletions",
    "unit_plan_status",
    "nomination_stats",
    "get_conference",
    "get_compliance",
}


async def _urls(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> tuple[list[str], str]:
    r = await client.get("/api/v1/conferences", params={"limit": 500}, headers=headers["district_admin"])
    ids = [c["id"] for c in r.json()["items"]]
    assert ids, "the demo has conferences"
    page = (await client.get(f"/api/v1/conferences/{ids[0]}/delegates?limit=1", headers=headers["superadmin"])).json()
    urls = ["/api/v1/units?limit=3", "/api/v1/units?q=huong%20thuy", "/api/v1/units?q=xa&kind=commune&limit=2"]
    units = (await client.get("/api/v1/units?limit=2", headers=headers["superadmin"])).json()
    urls += [f"/api/v1/units?limit=2&cursor={units['next_cursor']}", "/api/v1/units?q=%20%21"]
    urls += ["/api/v1/audit-events?limit=5", "/api/v1/audit-events?entity=conference&limit=2"]
    urls += ["/api/v1/deletions?limit=5", "/api/v1/deletions?entity=conference"]
    urls += [f"/api/v1/plans/{demo['plan']['id']}/unit-plan-status", "/api/v1/nominations/stats"]
    for cid in ids[:3]:
        urls += [
            f"/api/v1/conferences/{cid}",
            f"/api/v1/conferences/{cid}/compliance",
            f"/api/v1/conferences/{cid}/delegates?limit=2",
            f"/api/v1/conferences/{cid}/delegates?q=nguyen&category=exemplar",
            f"/api/v1/nominations/stats?conference_id={cid}",
        ]
    if page["next_cursor"]:
        urls.append(f"/api/v1/conferences/{ids[0]}/delegates?limit=1&cursor={page['next_cursor']}")
    return urls, ids[0]


# problems: bad parameters (422, naming the parameter) and unknown records (404)
PROBLEMS = {
    "/api/v1/units?limit=0": (422, "limit"),
    "/api/v1/units?limit=abc": (422, "limit"),
    "/api/v1/units?kind=planet": (422, "kind"),
    "/api/v1/units?cursor=not-a-cursor": (422, "cursor"),
    "/api/v1/conferences/{cid}/delegates?category=nope": (422, "category"),
    "/api/v1/conferences/{cid}/delegates?limit=501": (422, "limit"),
    "/api/v1/conferences/00000000-0000-0000-0000-000000000000/compliance": (404, None),
    "/api/v1/conferences/not-an-id": (404, None),
    "/api/v1/plans/00000000-0000-0000-0000-000000000000/unit-plan-status": (404, None),
    "/api/v1/nominations/stats?conference_id=nope": (422, "conference_id"),
    "/api/v1/audit-events?actor_id=nope": (422, "actor_id"),
    "/api/v1/deletions?entity=planet": (422, "entity"),
}


def _routes() -> list[APIRoute]:
    return [r for module in ROUTERS for r in module.router.routes if isinstance(r, APIRoute)]


def _route(url: str) -> APIRoute:
    path = httpx.URL(url).path.removeprefix("/api/v1")
    return next(r for r in _routes() if "GET" in r.methods and r.path_regex.match(path))  # matched in order


def test_the_hot_reads_are_ordinary_routes() -> None:
    """One path: FastAPI's own ``APIRoute`` for every operation, no route class of the project's."""
    assert {module.router.route_class for module in ROUTERS} == {APIRoute}
    routes = _routes()
    assert {r.name for r in routes} >= HOT_OPERATIONS
    assert {type(r) for r in routes} == {APIRoute}


async def test_hot_reads_answer_as_their_response_model_would(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]
) -> None:
    urls, cid = await _urls(client, headers, demo)
    problems = {url.format(cid=cid): expected for url, expected in PROBLEMS.items()}
    seen: set[int] = set()
    for url in [*urls, *problems]:
        route = _route(url)
        assert route.name in HOT_OPERATIONS, url
        adapter: TypeAdapter[Any] = TypeAdapter(route.response_model)
        for role in ROLES:
            r = await client.get(url, headers=headers[role] if role else {})
            seen.add(r.status_code)
            where = (url, role, r.status_code)
            if role is None:  # no token: 401 before any parameter is looked at
                assert r.status_code == 401, where
                assert r.headers["content-type"] == PROBLEM_JSON, where
                assert r.json()["code"] == "unauthorized", where
                continue
            if url in problems:
                status, field = problems[url]
                assert r.status_code == status, where
                assert r.headers["content-type"] == PROBLEM_JSON, where
                problem = r.json()
                assert problem["status"] == status, where
                assert problem["code"], where
                if field is not None:
                    assert field in {e["field"] for e in problem["errors"]}, where
                continue
            if r.status_code in (403, 404):  # a role the operation refuses, or a record it hides (X2, X4)
                assert r.headers["content-type"] == PROBLEM_JSON, where
                assert r.json()["code"] == {403: "forbidden", 404: "not_found"}[r.status_code], where
                continue
            assert r.status_code == 200, where
            assert r.headers["content-type"] == "application/json", where
            # the bytes FastAPI writes from the response_model: validated and dumped again, the same
            dumped = adapter.dump_json(adapter.validate_json(r.content))
            if route.name in EMBEDS_STORED_JSON:  # the same JSON; PostgreSQL spaces the embedded documents
                assert json.loads(dumped) == json.loads(r.content), where
            else:
                assert dumped == r.content, where
            if route.name == "get_conference":  # a single resource: its ETag, and 304 on a match
                assert r.headers["etag"] == etag_of_body(r.content), where
                again = await client.get(url, headers=headers[role] | {"If-None-Match": r.headers["etag"]})
                assert again.status_code == 304, where
                assert again.content == b"", where
            else:
                assert "etag" not in r.headers, where
    assert seen >= {200, 401, 404, 422}


async def test_X1_a_remembered_token_still_expires(client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    r = await client.post(
        TOKEN, data={"grant_type": "password", "username": "sonoivu.hatinh", "password": DEMO_PASSWORD}
    )
    token, lifetime = r.json()["access_token"], r.json()["expires_in"]
    auth = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/units?limit=1", headers=auth)).status_code == 200
    assert (await client.get("/api/v1/units?limit=1", headers=auth)).status_code == 200  # remembered
    later = time.time() + lifetime + 1
    monkeypatch.setattr("api.services.auth.time.time", lambda: later)  # the remembered token's clock
    r = await client.get("/api/v1/units?limit=1", headers=auth)
    assert r.status_code == 401
    assert r.json()["code"] == "unauthorized"
