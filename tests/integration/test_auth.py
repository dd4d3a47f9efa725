"""X1 — tokens: grants, throttling, refresh rotation, revocation, forged tokens."""

import asyncio
import base64
import json
import secrets
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import jwt
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.services import auth as auth_service
from api.settings import Settings
from tests.support import DEMO_PASSWORD, login

TOKEN = "/api/v1/auth/token"


async def _account(
    client: httpx.AsyncClient, admin: dict[str, str], unit_id: str, username: str, password: str = "Strong-pass-1"
) -> str:
    r = await client.post(
        "/api/v1/users",
        json={
            "username": username,
            "full_name": "Cán bộ thử",
            "role": "unit_officer",
            "unit_id": unit_id,
            "password": password,
        },
        headers=admin,
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def test_X1_bad_password_is_400_invalid_grant(client: httpx.AsyncClient) -> None:
    r = await client.post(
        TOKEN, data={"grant_type": "password", "username": "canbo.huongthuy", "password": "wrong-password-1"}
    )
    assert r.status_code == 400
    body = r.json()
    assert body["code"] == "invalid_grant"
    assert body["error"] == "invalid_grant"
    assert r.headers["content-type"].startswith("application/problem+json")


async def test_X1_repeated_failed_logins_are_throttled_with_retry_after(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "throttle.me")
    for _ in range(5):
        r = await client.post(
            TOKEN, data={"grant_type": "password", "username": "throttle.me", "password": "nope-nope-1"}
        )
        assert r.status_code == 400
    r = await client.post(
        TOKEN, data={"grant_type": "password", "username": "throttle.me", "password": "Strong-pass-1"}
    )
    assert r.status_code == 429
    assert r.json()["code"] == "rate_limited"
    assert int(r.headers["Retry-After"]) > 0


async def test_X1_client_credentials_grant_with_scopes(client: httpx.AsyncClient) -> None:
    r = await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": "tichhop.cong",
            "client_secret": DEMO_PASSWORD,
            "scope": "read",
        },
    )
    assert r.status_code == 200, r.text
    assert r.json()["scope"] == "read"
    auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
    me = (await client.get("/api/v1/me", headers=auth)).json()
    assert me["scopes"] == ["read"]
    # read-only: a write is forbidden
    r = await client.post("/api/v1/units", json={"name": "x", "kind": "commune", "headcount": 1}, headers=auth)
    assert r.status_code == 403


async def test_X1_client_cannot_ask_for_a_scope_it_does_not_hold(client: httpx.AsyncClient) -> None:
    r = await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": "tichhop.cong",
            "client_secret": DEMO_PASSWORD,
            "scope": "admin",
        },
    )
    assert r.status_code == 400


async def test_X1_people_cannot_use_client_credentials(client: httpx.AsyncClient) -> None:
    r = await client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": "sonoivu.hatinh", "client_secret": DEMO_PASSWORD}
    )
    assert r.status_code == 400


async def test_X1_refresh_token_rotates_and_reuse_revokes_the_family(client: httpx.AsyncClient) -> None:
    r = await client.post(
        TOKEN, data={"grant_type": "password", "username": "sonoivu.hatinh", "password": DEMO_PASSWORD}
    )
    first = r.json()["refresh_token"]
    r = await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": first})
    assert r.status_code == 200, r.text
    second = r.json()["refresh_token"]
    assert second != first
    # reuse of the spent token → refused, and the whole family is revoked
    assert (await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": first})).status_code == 400
    assert (await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": second})).status_code == 400


async def test_X1_deactivation_revokes_access_and_refresh_tokens(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Đô"], "leaving.soon")
    r = await client.post(
        TOKEN, data={"grant_type": "password", "username": "leaving.soon", "password": "Strong-pass-1"}
    )
    access, refresh = r.json()["access_token"], r.json()["refresh_token"]
    auth = {"Authorization": f"Bearer {access}"}
    assert (await client.get("/api/v1/me", headers=auth)).status_code == 200
    assert (await client.get("/api/v1/units?limit=1", headers=auth)).status_code == 200  # a hot read: token remembered
    r = await client.patch(f"/api/v1/users/{user_id}", json={"is_active": False}, headers=headers["district_admin"])
    assert r.status_code == 200, r.text
    assert (await client.get("/api/v1/me", headers=auth)).status_code == 401
    assert (await client.get("/api/v1/units?limit=1", headers=auth)).status_code == 401
    assert (await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": refresh})).status_code == 400


async def test_X1_forged_expired_and_alg_none_tokens_are_401(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]]
) -> None:
    me = (await client.get("/api/v1/me", headers=headers["officer"])).json()
    now = int(time.time())
    claims = {"sub": me["id"], "typ": "access", "role": "district_admin", "iat": now, "exp": now + 600}
    forged = jwt.encode(claims, "not-the-secret-key-but-long-enough-0000", algorithm="HS256")
    header = base64.urlsafe_b64encode(json.dumps({"alg": "none", "typ": "JWT"}).encode()).rstrip(b"=").decode()
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    none_token = f"{header}.{payload}."
    expired = jwt.encode(claims | {"exp": now - 10}, "test-secret-key-that-is-long-enough-000", algorithm="HS256")
    for token in (forged, none_token, expired, "garbage"):
        r = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, token
        assert r.json()["code"] == "unauthorized"


async def test_X1_anonymous_requests_are_401(client: httpx.AsyncClient) -> None:
    for path in (
        "/api/v1/me",
        "/api/v1/units",
        "/api/v1/plans",
        "/api/v1/users",
        "/api/v1/emulation-blocks",
        "/api/v1/audit-events",
    ):
        r = await client.get(path)
        assert r.status_code == 401, path
        assert r.headers["WWW-Authenticate"] == "Bearer"


async def test_X1_login_is_case_insensitive_on_username(client: httpx.AsyncClient) -> None:
    await login(client, "SoNoiVu.HaTinh", DEMO_PASSWORD)


# ---- tokens die when they should (X1) ------------------------------------------------------

HOT = "/api/v1/units?limit=1"  # a hot read: the remembered-token path


async def _signed_in(client: httpx.AsyncClient, username: str, password: str = "Strong-pass-1") -> dict[str, str]:
    auth = await login(client, username, password)
    for path in ("/api/v1/me", HOT, HOT):  # the second hot read takes the remembered token
        assert (await client.get(path, headers=auth)).status_code == 200, path
    return auth


async def _refused(client: httpx.AsyncClient, auth: dict[str, str]) -> None:
    for path in (HOT, "/api/v1/me"):
        r = await client.get(path, headers=auth)
        assert r.status_code == 401, path
        assert r.json()["code"] == "unauthorized"


async def test_X1_token_revoked_after_password_change(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "x1.new.password")
    auth = await _signed_in(client, "x1.new.password")
    r = await client.patch(
        f"/api/v1/users/{user_id}", json={"password": "Another-pass-2"}, headers=headers["district_admin"]
    )
    assert r.status_code == 200, r.text
    await _refused(client, auth)
    await _signed_in(client, "x1.new.password", "Another-pass-2")  # the new password works


async def test_X1_token_revoked_after_deactivate_and_reactivate(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "x1.away.back")
    auth = await _signed_in(client, "x1.away.back")
    admin = headers["district_admin"]
    assert (await client.patch(f"/api/v1/users/{user_id}", json={"is_active": False}, headers=admin)).status_code == 200
    assert (await client.patch(f"/api/v1/users/{user_id}", json={"is_active": True}, headers=admin)).status_code == 200
    await _refused(client, auth)
    await _signed_in(client, "x1.away.back")


async def test_X1_token_revoked_after_role_change(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "x1.new.role")
    auth = await _signed_in(client, "x1.new.role")
    admin = headers["district_admin"]
    r = await client.patch(f"/api/v1/users/{user_id}", json={"full_name": "Tên mới"}, headers=admin)
    assert r.status_code == 200, r.text
    assert (await client.get(HOT, headers=auth)).status_code == 200  # a new name revokes nothing
    r = await client.patch(f"/api/v1/users/{user_id}", json={"role": "council_reviewer"}, headers=admin)
    assert r.status_code == 200, r.text
    await _refused(client, auth)


async def test_X1_token_revoked_after_unit_change(
    client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "x1.new.unit")
    auth = await _signed_in(client, "x1.new.unit")
    r = await client.patch(
        f"/api/v1/users/{user_id}", json={"unit_id": demo["units"]["xã Hương Đô"]}, headers=headers["district_admin"]
    )
    assert r.status_code == 200, r.text
    await _refused(client, auth)


async def test_X1_refresh_reuse_revokes_the_familys_access_tokens(client: httpx.AsyncClient) -> None:
    form = {"grant_type": "password", "username": "sonoivu.hatinh", "password": DEMO_PASSWORD}
    stolen = (await client.post(TOKEN, data=form)).json()
    other = (await client.post(TOKEN, data=form)).json()  # another sign-in: another family
    r = await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": stolen["refresh_token"]})
    assert r.status_code == 200, r.text
    rotated = r.json()
    family = [{"Authorization": f"Bearer {t['access_token']}"} for t in (stolen, rotated)]
    for auth in family:
        assert (await client.get(HOT, headers=auth)).status_code == 200
    r = await client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": stolen["refresh_token"]})
    assert r.status_code == 400  # reuse of a spent refresh token
    for auth in family:
        await _refused(client, auth)
    assert (await client.get(HOT, headers={"Authorization": f"Bearer {other['access_token']}"})).status_code == 200


async def test_X1_integration_client_cannot_use_password_grant(client: httpx.AsyncClient) -> None:
    r = await client.post(TOKEN, data={"grant_type": "password", "username": "tichhop.cong", "password": DEMO_PASSWORD})
    assert r.status_code == 400
    assert r.json()["code"] == "invalid_grant"
    assert r.json()["error"] == "invalid_grant"


# ---- logins that neither stall nor lock out (X1) ---------------------------------------------


@asynccontextmanager
async def _from(app: FastAPI, address: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client whose requests come from ``address`` (request.client.host)."""
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def _password(username: str, password: str) -> dict[str, str]:
    return {"grant_type": "password", "username": username, "password": password}


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every argon2 check (the hash checked against), with the thread it ran on."""
    seen: list[str] = []
    original = auth_service.verify_password

    def counting(password: str, password_hash: str) -> bool:
        seen.append(threading.current_thread().name)
        return original(password, password_hash)

    monkeypatch.setattr(auth_service, "verify_password", counting)
    return seen


async def test_threat_login_storm_on_one_account_checks_at_most_the_limit(
    app: FastAPI,
    client: httpx.AsyncClient,
    headers: dict[str, dict[str, str]],
    demo: dict[str, dict[str, str]],
    checks: list[str],
    settings: Settings,
) -> None:
    await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "storm.target")
    checks.clear()
    async with _from(app, "10.20.0.1") as c:
        answers = await asyncio.gather(
            *(c.post(TOKEN, data=_password("storm.target", "wrong-pass-1")) for _ in range(40))
        )
    statuses = sorted(r.status_code for r in answers)
    assert len(checks) <= settings.login_max_failures, len(checks)
    assert statuses == [400] * len(checks) + [429] * (40 - len(checks))
    for r in answers:
        if r.status_code == 429:
            assert r.json()["code"] == "rate_limited"
            assert 0 < int(r.headers["Retry-After"]) <= settings.login_backoff_seconds


async def test_threat_stranger_cannot_lock_the_owner_out(
    app: FastAPI, client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    """A stranger hammering a known account from one address slows only that address."""
    await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "owner.one")
    async with _from(app, "10.21.0.66") as stranger:
        for _ in range(12):
            r = await stranger.post(TOKEN, data=_password("owner.one", "guess-pass-1"))
            assert r.status_code in (400, 429)
        assert r.status_code == 429
    async with _from(app, "10.21.0.7") as owner:
        r = await owner.post(TOKEN, data=_password("owner.one", "Strong-pass-1"))
        assert r.status_code == 200, r.text


@pytest.fixture
async def strict_app(settings: Settings) -> AsyncIterator[FastAPI]:
    """The service with a low limit for an account from anywhere (a spread-out storm is quick)."""
    tight = settings.model_copy(update={"login_account_max_failures": 10, "login_account_max_delay_seconds": 2})
    application = create_app(tight, database_url=settings.database_url)
    async with application.router.lifespan_context(application):
        yield application


async def test_threat_spread_out_storm_keeps_the_owner_out_for_a_bounded_delay_only(
    strict_app: FastAPI, client: httpx.AsyncClient, headers: dict[str, dict[str, str]], demo: dict[str, dict[str, str]]
) -> None:
    """Guessing from many addresses trips the account-wide limit: the owner at their usual
    address is not slowed at all, from a new address waits at most the small cap."""
    await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "owner.two")
    async with _from(strict_app, "10.22.0.7") as usual:
        assert (await usual.post(TOKEN, data=_password("owner.two", "Strong-pass-1"))).status_code == 200

    async def stranger(i: int) -> list[int]:
        async with _from(strict_app, f"10.22.1.{i}") as c:
            return [(await c.post(TOKEN, data=_password("owner.two", f"guess-{n}-x"))).status_code for n in range(5)]

    answers = [s for found in await asyncio.gather(*(stranger(i) for i in range(4))) for s in found]
    assert 429 in answers  # the account-wide limit (10) tripped
    async with _from(strict_app, "10.22.0.7") as usual:
        assert (await usual.post(TOKEN, data=_password("owner.two", "Strong-pass-1"))).status_code == 200
    async with _from(strict_app, "10.22.0.8") as elsewhere:
        r = await elsewhere.post(TOKEN, data=_password("owner.two", "Strong-pass-1"))
        if r.status_code == 429:
            wait = int(r.headers["Retry-After"])
            assert 0 < wait <= 2
            await asyncio.sleep(wait)
            r = await elsewhere.post(TOKEN, data=_password("owner.two", "Strong-pass-1"))
        assert r.status_code == 200, r.text


async def test_threat_login_storm_of_unknown_names_keeps_the_loop_responsive(app: FastAPI, checks: list[str]) -> None:
    """20 parallel logins with made-up names: each costs one argon2 check (as a known name
    does), in a worker thread, while the event loop keeps serving."""
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        loop = asyncio.get_running_loop()
        while not done.is_set():
            started = loop.time()
            await asyncio.sleep(0.01)
            lags.append(loop.time() - started - 0.01)

    async def storm() -> list[httpx.Response]:
        async with _from(app, "10.23.0.1") as c:
            try:
                return await asyncio.gather(
                    *(c.post(TOKEN, data=_password(f"nobody.{secrets.token_hex(6)}", "whatever-1")) for _ in range(20))
                )
            finally:
                done.set()

    checks.clear()
    answers, _ = await asyncio.gather(storm(), ticker())
    assert [r.status_code for r in answers] == [400] * 20
    assert len(checks) == 20  # the dummy check, once per attempt
    assert threading.main_thread().name not in checks
    assert lags
    assert max(lags) < 0.5, max(lags)


async def test_threat_argon2_never_runs_on_the_event_loop(
    client: httpx.AsyncClient,
    headers: dict[str, dict[str, str]],
    demo: dict[str, dict[str, str]],
    checks: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hashed: list[str] = []
    original = auth_service.hash_password

    def recording(password: str) -> str:
        hashed.append(threading.current_thread().name)
        return original(password)

    monkeypatch.setattr(auth_service, "hash_password", recording)
    checks.clear()
    user_id = await _account(client, headers["district_admin"], demo["units"]["xã Hương Bình"], "threads.only")
    r = await client.patch(
        f"/api/v1/users/{user_id}", json={"password": "Another-pass-2"}, headers=headers["district_admin"]
    )
    assert r.status_code == 200
    await login(client, "threads.only", "Another-pass-2")
    r = await client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": "tichhop.cong", "client_secret": DEMO_PASSWORD}
    )
    assert r.status_code == 200
    assert len(hashed) == 2
    assert len(checks) == 2
    assert threading.main_thread().name not in hashed + checks


async def test_threat_old_login_counters_are_forgotten(app: FastAPI, settings: Settings) -> None:
    """Counters idle for the window are pruned by the next failure."""
    import datetime as dt

    import sqlalchemy as sa

    old = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=settings.login_window_seconds + 60)
    async with app.state.sessionmaker() as session:
        await session.execute(
            sa.text("INSERT INTO login_throttle (key, failures, last_at) VALUES ('u:long.ago', 3, :old)"),
            {"old": old},
        )
        await session.commit()
    async with _from(app, "10.24.0.1") as c:
        assert (await c.post(TOKEN, data=_password("someone.new", "wrong-pass-1"))).status_code == 400
    async with app.state.sessionmaker() as session:
        left = await session.execute(sa.text("SELECT count(*) FROM login_throttle WHERE key = 'u:long.ago'"))
        assert left.scalar() == 0


async def test_threat_metrics_stay_bounded_under_made_up_methods_and_paths(client: httpx.AsyncClient) -> None:
    async def made_up(n: int) -> None:
        for i in range(n):
            method = "X" + secrets.token_hex(4).upper()
            path = ["/", "/api/v1/", "/api/v1/units/"][i % 3] + secrets.token_hex(6)
            await client.request(method, path)
            await client.get(path)

    await made_up(3)  # every shared label exists from here on
    await client.get("/api/v1/units")  # a known route keeps its own label
    before = len((await client.get("/metrics")).content)
    await made_up(200)
    text = (await client.get("/metrics")).text
    assert len(text) - before < 2_000, (before, len(text))
    assert 'method="OTHER",route="unmatched"' in text
    assert 'method="GET",route="/api/v1/units"' in text
    assert 'method="X' not in text


async def test_event_loop_lag_is_exported_and_its_watch_stops_at_shutdown(settings: Settings) -> None:
    application = create_app(settings, database_url=settings.database_url)

    def watches() -> set[asyncio.Task[object]]:
        return {t for t in asyncio.all_tasks() if "watch_loop_lag" in repr(t.get_coro())}

    others = watches()  # the session's app has its own
    async with application.router.lifespan_context(application):
        mine = watches() - others
        assert len(mine) == 1
        await asyncio.sleep(0.3)
        async with _from(application, "127.0.0.1") as c:
            text = (await c.get("/metrics")).text
        assert "dhtt_event_loop_lag_seconds_count" in text
        assert "dhtt_event_loop_lag_seconds_bucket" in text
    assert all(t.done() for t in mine)
    assert watches() == others
