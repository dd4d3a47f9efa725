"""X1 — tokens: password and client-credentials grants, rotated refresh tokens, throttling."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import secrets
import time
import uuid
from collections import OrderedDict
from typing import Any

import jwt
from pwdlib import PasswordHash
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import users_repo
from api.db.base import utcnow
from api.db.users import LoginFailure, RefreshToken, User
from api.domain.access import Actor, Role, granted_scopes
from api.problems import Problem, Unauthorized
from api.schemas.auth import TokenResponse
from api.settings import Settings

ALGORITHM = "HS256"
_hasher = PasswordHash.recommended()
# Verified against when the username is unknown, so timing does not tell which names exist.
_DUMMY_HASH = _hasher.hash("dummy-password-0")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    try:
        return _hasher.verify(password, password_hash)
    except Exception:  # a malformed stored hash never matches
        return False


def _invalid_grant(reason: str | None = None) -> Problem:
    return Problem("invalid_grant", reason=reason, error="invalid_grant")


def _access_token(settings: Settings, user: User, scopes: frozenset[str]) -> tuple[str, int]:
    now = utcnow()
    lifetime = settings.access_token_minutes * 60
    claims: dict[str, Any] = {
        "sub": str(user.id),
        "role": user.role,
        "scope": " ".join(sorted(scopes)),
        "iat": int(now.timestamp()),
        "exp": int(now.timestamp()) + lifetime,
        "jti": uuid.uuid4().hex,
        "typ": "access",
    }
    token = jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm=ALGORITHM)
    return token, lifetime


# Tokens this process has verified, by (secret, token): checking the signature and parsing the
# base64 cost more than the rest of a light request, and a client sends the same token for its
# lifetime. Expiry is checked on every use; the account is read on every use (deactivation works
# at once).
_VERIFIED: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
_VERIFIED_MAX = 4096


def _verified_claims(secret: str, token: str) -> dict[str, Any]:
    key = (secret, token)
    claims = _VERIFIED.get(key)
    if claims is None:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "typ"]})
        _VERIFIED[key] = claims
        if len(_VERIFIED) > _VERIFIED_MAX:
            _VERIFIED.popitem(last=False)
    elif int(claims["exp"]) <= time.time():  # as jwt.decode judges it
        del _VERIFIED[key]
        raise jwt.ExpiredSignatureError("Signature has expired")
    return claims


async def authenticate(session: AsyncSession, settings: Settings, token: str) -> Actor:
    """The caller of a request: a valid signed, unexpired access token of an active account."""
    try:
        claims = _verified_claims(settings.secret_key.get_secret_value(), token)
        user_id = uuid.UUID(str(claims["sub"]))
    except (jwt.PyJWTError, ValueError, KeyError):
        raise Unauthorized from None
    if claims.get("typ") != "access":
        raise Unauthorized
    row = await users_repo.actor_facts(session, user_id)
    if row is None or not row["is_active"]:
        raise Unauthorized
    token_scopes = frozenset(str(claims.get("scope", "")).split())
    return Actor(
        id=str(row["id"]),
        username=row["username"],
        role=Role(row["role"]),
        unit_id=str(row["unit_id"]) if row["unit_id"] else None,
        district_id=str(row["district_id"]) if row["district_id"] else None,
        unit_is_district=row["unit_kind"] == "district",
        # A client's token carries the scopes it was granted, never more than it holds now.
        scopes=token_scopes & frozenset(row["scopes"] or ()),
    )


async def _throttle(session: AsyncSession, settings: Settings, username: str) -> None:
    now = utcnow()
    since = now - dt.timedelta(seconds=settings.login_window_seconds)
    failures = await users_repo.recent_failures(session, username, since)
    if len(failures) >= settings.login_max_failures:
        oldest = failures[-settings.login_max_failures]
        retry = math.ceil((oldest + dt.timedelta(seconds=settings.login_window_seconds) - now).total_seconds())
        retry = max(retry, 1)
        raise Problem("rate_limited", headers={"Retry-After": str(retry)}, retry_after=retry)


async def _check_credentials(session: AsyncSession, settings: Settings, username: str, secret: str) -> User:
    username = username.strip().lower()[:64]
    if any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in username + secret):
        raise _invalid_grant()
    await _throttle(session, settings, username)
    user = await users_repo.get_user_by_username(session, username)
    ok = verify_password(secret, user.password_hash if user else _DUMMY_HASH)
    if user is None or not ok or not user.is_active:
        session.add(LoginFailure(username=username))
        raise _invalid_grant()
    await users_repo.clear_failures(session, username)
    return user


async def _new_refresh_token(
    session: AsyncSession, settings: Settings, user: User, family_id: uuid.UUID | None = None
) -> str:
    raw = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=hashlib.sha256(raw.encode()).hexdigest(),
            expires_at=utcnow() + dt.timedelta(days=settings.refresh_token_days),
        )
    )
    return raw


def _scopes(value: str | None) -> frozenset[str] | None:
    return frozenset(value.split()) if value else None


async def password_grant(
    session: AsyncSession, settings: Settings, username: str, password: str, scope: str | None
) -> TokenResponse:
    user = await _check_credentials(session, settings, username, password)
    scopes = granted_scopes(Role(user.role), frozenset(user.scopes or ()), _scopes(scope))
    if scopes is None:
        raise _invalid_grant("invalid_scope")
    token, lifetime = _access_token(settings, user, scopes)
    refresh = await _new_refresh_token(session, settings, user)
    return TokenResponse(
        access_token=token, expires_in=lifetime, refresh_token=refresh, scope=" ".join(sorted(scopes)) or None
    )


async def client_credentials_grant(
    session: AsyncSession, settings: Settings, client_id: str, client_secret: str, scope: str | None
) -> TokenResponse:
    user = await _check_credentials(session, settings, client_id, client_secret)
    if user.role != Role.INTEGRATION_CLIENT:
        raise _invalid_grant("unsupported_grant_type")
    scopes = granted_scopes(Role.INTEGRATION_CLIENT, frozenset(user.scopes or ()), _scopes(scope))
    if scopes is None:
        raise _invalid_grant("invalid_scope")
    token, lifetime = _access_token(settings, user, scopes)
    return TokenResponse(access_token=token, expires_in=lifetime, scope=" ".join(sorted(scopes)) or None)


async def refresh_grant(session: AsyncSession, settings: Settings, refresh_token: str) -> TokenResponse:
    """Rotate: the old token is spent; reusing a spent one revokes its whole family."""
    now = utcnow()
    stored = await users_repo.refresh_token_by_hash(session, hashlib.sha256(refresh_token.encode()).hexdigest())
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise _invalid_grant()
    if stored.used_at is not None:
        # Reuse of a spent token: the family is compromised (the router commits this).
        await users_repo.revoke_refresh_tokens(session, now, family_id=stored.family_id)
        raise _invalid_grant()
    user = await users_repo.get_user(session, stored.user_id)
    if user is None or not user.is_active:
        raise _invalid_grant()
    stored.used_at = now
    token, lifetime = _access_token(settings, user, frozenset())
    new_refresh = await _new_refresh_token(session, settings, user, stored.family_id)
    return TokenResponse(access_token=token, expires_in=lifetime, refresh_token=new_refresh)
