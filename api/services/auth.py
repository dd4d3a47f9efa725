"""X1 — tokens: password and client-credentials grants, rotated refresh tokens, throttling.

Passwords are hashed and checked in worker threads (``Work.PASSWORDS``): argon2 on the event
loop would stall every other request of the worker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import time
import uuid
from collections import OrderedDict
from typing import Any

import jwt
from pwdlib import PasswordHash
from sqlalchemy.ext.asyncio import AsyncSession

from api.concurrency import Work, offload
from api.db import users as repo
from api.db.base import utcnow
from api.db.users import ActorFacts, RefreshToken, User
from api.domain.access import Actor, Role, granted_scopes
from api.domain.login import (
    Limit,
    ThrottleKind,
    after_attempt,
    after_success,
    applies,
    client_network,
    throttle_key,
    token_current,
    wait_seconds,
)
from api.domain.units import Level
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


async def hash_password_offloaded(password: str) -> str:
    """``hash_password`` in a worker thread (every request that hashes uses this)."""
    return await offload(Work.PASSWORDS, hash_password, password)


async def verify_password_offloaded(password: str, password_hash: str) -> bool:
    """``verify_password`` in a worker thread (every request that checks uses this)."""
    return await offload(Work.PASSWORDS, verify_password, password, password_hash)


def _invalid_grant(reason: str | None = None) -> Problem:
    return Problem("invalid_grant", reason=reason, error="invalid_grant")


def _access_token(
    settings: Settings, user: User, scopes: frozenset[str], family_id: uuid.UUID | None = None
) -> tuple[str, int]:
    """``ver``: the account's token version (a revoking change raises it); ``fam``: the refresh
    family issued alongside (its revocation ends this token too)."""
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
        "ver": user.token_version,
    }
    if family_id is not None:
        claims["fam"] = family_id.hex
    token = jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm=ALGORITHM)
    return token, lifetime


# Tokens this process has verified, by (secret, token): checking the signature and parsing the
# base64 cost more than the rest of a light request, and a client sends the same token for its
# lifetime. Expiry is checked on every use; the account (its token version, its activity) and the
# token's refresh family are read on every use, so a revoking change works at once.
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
        family = claims.get("fam")
        family_id = uuid.UUID(str(family)) if family is not None else None
        version = int(claims.get("ver", 0))
    except (jwt.PyJWTError, ValueError, KeyError, TypeError):
        raise Unauthorized from None
    if claims.get("typ") != "access":
        raise Unauthorized
    row = await repo.actor_facts(session, user_id, family_id)
    if row is None or not row.is_active:
        raise Unauthorized
    if not token_current(version, row.token_version, row.family_revoked):
        raise Unauthorized
    token_scopes = frozenset(str(claims.get("scope", "")).split())
    # A client's token carries the scopes it was granted, never more than it holds now.
    return actor_of(row, token_scopes & frozenset(row.scopes or ()))


def actor_of(row: ActorFacts, scopes: frozenset[str]) -> Actor:
    """The ``Actor`` of an account's facts, with these scopes (a request's: its token's; a webhook
    delivery's, F2: those its owner holds now)."""
    return Actor(
        id=row.id,
        username=row.username,
        role=Role(row.role),
        unit_id=row.unit_id,
        district_id=row.district_id,
        # L2 — bound to a unit that issues plans (a district or a province), and the areas below it
        unit_is_district=row.unit_level is not None and Level(row.unit_level) is not Level.GRASSROOTS,
        area_ids=frozenset(row.area_ids or ()),
        scopes=scopes,
    )


def _limits(settings: Settings) -> dict[ThrottleKind, Limit]:
    base = settings.login_backoff_seconds
    return {
        ThrottleKind.ACCOUNT_ADDRESS: Limit(settings.login_max_failures, base, settings.login_max_delay_seconds),
        ThrottleKind.ACCOUNT: Limit(
            settings.login_account_max_failures, base, settings.login_account_max_delay_seconds
        ),
        ThrottleKind.ADDRESS: Limit(
            settings.login_address_max_failures, base, settings.login_address_max_delay_seconds
        ),
    }


class _Attempt:
    """An attempt's counters: which keys, and which of them counted it."""

    def __init__(self, username: str, address: str) -> None:
        self.keys = {kind: throttle_key(kind, username, address) for kind in ThrottleKind}
        self.counted: set[ThrottleKind] = set()


async def _reserve(session: AsyncSession, settings: Settings, attempt: _Attempt) -> None:
    """Count the attempt before its password is checked, or refuse it (429 with Retry-After).

    The counters are locked while they are read and written, and the count is committed before
    the check: parallel attempts queue on the lock, so no more than the limit are ever checked."""
    locked = await repo.lock_login_counters(session, list(attempt.keys.values()), utcnow())
    now = utcnow()  # read once the counters are ours: an attempt that held them before wrote an earlier time
    states = {kind: locked[key] for kind, key in attempt.keys.items()}
    wait = wait_seconds(states, now)
    if wait:
        raise Problem("rate_limited", headers={"Retry-After": str(wait)}, retry_after=wait)  # rolled back
    limits = _limits(settings)
    window = dt.timedelta(seconds=settings.login_window_seconds)
    pair = states[ThrottleKind.ACCOUNT_ADDRESS]
    attempt.counted = {kind for kind in ThrottleKind if applies(kind, pair, now)}
    await repo.save_login_counters(
        session, {attempt.keys[k]: after_attempt(states[k], limits[k], now, window) for k in attempt.counted}
    )
    await session.commit()  # counted, whatever happens next


async def _forgive(session: AsyncSession, settings: Settings, attempt: _Attempt) -> None:
    locked = await repo.lock_login_counters(session, list(attempt.keys.values()), utcnow())
    now = utcnow()
    limits = _limits(settings)
    trust = dt.timedelta(days=settings.login_trust_days)
    await repo.save_login_counters(
        session,
        {
            key: after_success(kind, locked[key], limits[kind], now, trust, counted=kind in attempt.counted)
            for kind, key in attempt.keys.items()
        },
    )


async def _check_credentials(
    session: AsyncSession, settings: Settings, username: str, secret: str, address: str
) -> User:
    """The account whose password this is. Unknown and known names cost the same: the same
    queries and one argon2 check (against a dummy hash when the name is unknown)."""
    username = username.strip().lower()[:64]
    if any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in username + secret):
        raise _invalid_grant()
    attempt = _Attempt(username, client_network(address))
    await _reserve(session, settings, attempt)
    user = await repo.get_user_by_username(session, username)
    ok = await verify_password_offloaded(secret, user.password_hash if user else _DUMMY_HASH)
    if user is None or not ok or not user.is_active:
        now = utcnow()
        # The attempt stays counted; counters idle for the window are forgotten (the router commits).
        await repo.prune_login_counters(session, now - dt.timedelta(seconds=settings.login_window_seconds), now)
        raise _invalid_grant()
    await _forgive(session, settings, attempt)
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
    session: AsyncSession, settings: Settings, username: str, password: str, scope: str | None, address: str
) -> TokenResponse:
    user = await _check_credentials(session, settings, username, password, address)
    if user.role == Role.INTEGRATION_CLIENT:
        raise _invalid_grant("unsupported_grant_type")  # clients use client_credentials only
    scopes = granted_scopes(Role(user.role), frozenset(user.scopes or ()), _scopes(scope))
    if scopes is None:
        raise _invalid_grant("invalid_scope")
    family_id = uuid.uuid4()
    token, lifetime = _access_token(settings, user, scopes, family_id)
    refresh = await _new_refresh_token(session, settings, user, family_id)
    return TokenResponse(
        access_token=token, expires_in=lifetime, refresh_token=refresh, scope=" ".join(sorted(scopes)) or None
    )


async def client_credentials_grant(
    session: AsyncSession, settings: Settings, client_id: str, client_secret: str, scope: str | None, address: str
) -> TokenResponse:
    user = await _check_credentials(session, settings, client_id, client_secret, address)
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
    stored = await repo.refresh_token_by_hash(session, hashlib.sha256(refresh_token.encode()).hexdigest())
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise _invalid_grant()
    if stored.used_at is not None:
        # Reuse of a spent token: the family is compromised (the router commits this).
        await repo.revoke_refresh_tokens(session, now, family_id=stored.family_id)
        raise _invalid_grant()
    user = await repo.get_user(session, stored.user_id)
    if user is None or not user.is_active:
        raise _invalid_grant()
    stored.used_at = now
    token, lifetime = _access_token(settings, user, frozenset(), stored.family_id)
    new_refresh = await _new_refresh_token(session, settings, user, stored.family_id)
    return TokenResponse(access_token=token, expires_in=lifetime, refresh_token=new_refresh)
