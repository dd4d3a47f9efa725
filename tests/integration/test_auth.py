"""X1 — tokens: grants, throttling, refresh rotation, revocation, forged tokens."""

import base64
import json
import time

import httpx
import jwt

from tests.conftest import login
from tests.support import DEMO_PASSWORD

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
