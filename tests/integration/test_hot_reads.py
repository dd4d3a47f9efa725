"""The hot reads (bench/README.md): the lean route path and the plain-row queries answer exactly
what FastAPI's own handler answers — bodies, statuses, ETags and problems alike — and the
remembered tokens still expire (that they die with their account: test_auth.py)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.routers import audit, conferences, delegates, fast, nominations, plans, units
from api.settings import Settings
from tests.support import DEMO_PASSWORD

TOKEN = "/api/v1/auth/token"
HOT_ENDPOINTS = [
    delegates.list_delegates,
    units.list_units,
    audit.list_audit_events,
    plans.unit_plan_status,
    nominations.nomination_stats,
    conferences.get_conference,
    conferences.get_compliance,
]


def test_the_hot_reads_take_the_lean_path() -> None:
    for endpoint in HOT_ENDPOINTS:
        assert getattr(endpoint, fast.HOT, False), endpoint.__name__


async def _urls(client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, Any]) -> list[str]:
    r = await client.get("/api/v1/conferences", params={"limit": 500}, headers=headers["district_admin"])
    ids = [c["id"] for c in r.json()["items"]]
    assert ids, "the demo has conferences"
    page = (await client.get(f"/api/v1/conferences/{ids[0]}/delegates?limit=1", headers=headers["admin"])).json()
    urls = ["/api/v1/units?limit=3", "/api/v1/units?q=huong%20thuy", "/api/v1/units?q=xa&kind=commune&limit=2"]
    units = (await client.get("/api/v1/units?limit=2", headers=headers["admin"])).json()
    urls += [f"/api/v1/units?limit=2&cursor={units['next_cursor']}", "/api/v1/units?q=%20%21"]
    urls += ["/api/v1/audit-events?limit=5", "/api/v1/audit-events?entity=conference&limit=2"]
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
    # problems: bad parameters, unknown records
    urls += [
        "/api/v1/units?limit=0",
        "/api/v1/units?limit=abc",
        "/api/v1/units?kind=planet",
        "/api/v1/units?cursor=not-a-cursor",
        f"/api/v1/conferences/{ids[0]}/delegates?category=nope",
        f"/api/v1/conferences/{ids[0]}/delegates?limit=501",
        "/api/v1/conferences/00000000-0000-0000-0000-000000000000/compliance",
        "/api/v1/conferences/not-an-id",
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/unit-plan-status",
        "/api/v1/nominations/stats?conference_id=nope",
        "/api/v1/audit-events?actor_id=nope",
    ]
    return urls


async def _answers(client: httpx.AsyncClient, urls: list[str], headers: dict[str, dict[str, str]]) -> list[Any]:
    out = []
    for url in urls:
        for role in ("district_admin", "officer", "viewer", None):
            r = await client.get(url, headers=headers[role] if role else {})
            body = r.json()
            if isinstance(body, dict):
                body.pop("request_id", None)
            out.append((url, role, r.status_code, r.headers.get("content-type"), r.headers.get("etag"), body))
    return out


async def test_hot_reads_answer_exactly_as_fastapi_would(
    client: httpx.AsyncClient,
    headers: dict[str, dict[str, str]],
    demo: dict[str, Any],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = await _urls(client, headers, demo)
    lean = await _answers(client, urls, headers)
    monkeypatch.setattr(fast, "HOT", "__standard_handler__")  # routes built from now on: FastAPI's own
    standard_app: FastAPI = create_app(settings, database_url=settings.database_url)
    async with standard_app.router.lifespan_context(standard_app):
        transport = httpx.ASGITransport(app=standard_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
            standard = await _answers(other, urls, headers)
    assert {a[2] for a in lean} >= {200, 401, 404, 422}
    for mine, theirs in zip(lean, standard, strict=True):
        assert mine == theirs, mine[:3]


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


def test_X2_scope_filters_agree_with_can_see_private() -> None:
    """The lists and dashboards decide X2 once, as filters (``private_scope_params``); for every
    kind of caller they must keep exactly the units ``can_see_private`` lets through."""
    import itertools
    import uuid

    from api.domain.access import Actor, Role, Scope, can_see_private
    from api.services.common import private_scope_params

    d1, d2 = str(uuid.uuid4()), str(uuid.uuid4())
    u1, u2, u3 = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    units = [(u1, d1), (u2, d1), (u3, d2)]
    callers = [Actor(id="x", username="x", role=Role.PROVINCE_VIEWER)]
    callers += [Actor(id="x", username="x", role=Role.DISTRICT_ADMIN)]  # the first admin, bound to none
    callers += [
        Actor(id="x", username="x", role=Role.DISTRICT_ADMIN, unit_id=d1, district_id=d1, unit_is_district=True)
    ]
    for role in (Role.UNIT_OFFICER, Role.COUNCIL_REVIEWER):
        callers.append(Actor(id="x", username="x", role=role, unit_id=u1, district_id=d1))
    read = frozenset({Scope.READ})
    for unit_id, district_id, is_district in ((None, None, False), (d1, d1, True), (u1, d1, False)):
        callers.append(
            Actor(
                id="x",
                username="x",
                role=Role.INTEGRATION_CLIENT,
                unit_id=unit_id,
                district_id=district_id,
                unit_is_district=is_district,
                scopes=read,
            )
        )
    for actor, (unit, district) in itertools.product(callers, units):
        scope = private_scope_params(actor)
        kept = scope is not None and all(
            str(value) == {"unit_id": unit, "district_id": district}[name] for name, value in scope.items()
        )
        assert kept == can_see_private(actor, unit, district), (actor, unit, district)
