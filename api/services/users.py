"""Accounts, managed by the district admin (X1): role, unit, active."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import users as repo
from api.db.base import utcnow
from api.db.units import get_unit
from api.db.users import User
from api.domain.access import Actor, Role, administers, check_role_binding, is_superadmin, password_acceptable
from api.domain.login import revokes_tokens
from api.domain.units import Level
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.auth import Me
from api.schemas.common import Page
from api.schemas.users import UserCreate, UserPublic, UserUpdate
from api.services.auth import hash_password_offloaded
from api.services.common import audit, changes_nothing, check_read_only, etag_of, flush, page, require_match, sync_order


def public(user: User) -> UserPublic:
    return UserPublic.model_validate(user, from_attributes=True)


async def me(session: AsyncSession, actor: Actor) -> Me:
    found = await repo.user_with_unit(session, actor.id)
    if found is None:
        raise NotFound
    user, unit = found
    return Me(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        unit_id=user.unit_id,
        unit_name=unit.name if unit else None,
        district_id=unit.district_id if unit else None,
        scopes=sorted(actor.scopes),
    )


def _require_admin(actor: Actor) -> None:
    if actor.role is not Role.DISTRICT_ADMIN:
        raise Forbidden


async def _binding_district(
    session: AsyncSession, actor: Actor, role: Role, unit_id: uuid.UUID | None
) -> uuid.UUID | None:
    """Check the role's unit binding (X1) and that the caller administers that unit."""
    unit = await get_unit(session, unit_id) if unit_id else None
    if unit_id is not None and unit is None:
        raise invalid_field("unit_id", "unknown_unit", rule="X1")
    reason = check_role_binding(role, unit_id, unit is not None and Level(unit.level) is not Level.GRASSROOTS)
    if reason:
        raise invalid_field("unit_id", reason, rule="X1")
    district = (unit.district_id or unit.id) if unit else None  # L2 — its area (a province: itself)
    if district is None and not is_superadmin(actor):
        raise Forbidden  # unbound accounts (viewers, the first admin's peers) are the first admin's
    if district is not None and not administers(actor, district):
        raise Forbidden
    return district


def _check_password(password: str, username: str) -> None:
    if not password_acceptable(password, username):
        raise invalid_field("password", "password_policy")


async def _flush(session: AsyncSession) -> None:
    taken = Problem("conflict", reason="username_taken")
    await flush(session, {"uq_users_username": taken, "ix_users_username": taken})


async def create_user(session: AsyncSession, actor: Actor, body: UserCreate) -> UserPublic:
    _require_admin(actor)
    district = await _binding_district(session, actor, body.role, body.unit_id)
    _check_password(body.password, body.username)
    if body.scopes and body.role is not Role.INTEGRATION_CLIENT:
        raise invalid_field("scopes", "unknown_scope")
    if await repo.get_user_by_username(session, body.username):
        raise Problem("conflict", reason="username_taken")
    user = User(
        username=body.username,
        full_name=body.full_name,
        role=body.role.value,
        unit_id=body.unit_id,
        password_hash=await hash_password_offloaded(body.password),
        scopes=[s.value for s in body.scopes],
    )
    session.add(user)
    await _flush(session)
    await session.refresh(user)
    out = public(user)
    audit(session, actor, "create", "user", user.id, after=out, district_id=district)
    return out


async def _visible_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID, *, for_update: bool = False) -> User:
    """An account the caller administers, or their own; any other answers 404 (X2)."""
    found = await repo.user_with_unit(session, user_id)
    if found is None:
        raise NotFound
    if actor.role is not Role.DISTRICT_ADMIN:
        if user_id != actor.id or for_update:
            raise NotFound if user_id != actor.id else Forbidden
        return found[0]
    user, unit = found
    district = (unit.district_id or unit.id) if unit else None  # L2 — its area (a province: itself)
    if not (is_superadmin(actor) or (district is not None and administers(actor, district))):
        raise NotFound
    if for_update:
        locked = await repo.get_user(session, user_id, for_update=True)
        assert locked is not None
        return locked
    return user


async def get_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> UserPublic:
    return public(await _visible_user(session, actor, user_id))


async def list_users(
    session: AsyncSession, actor: Actor, *, cursor: str | None, limit: int, updated_after: dt.datetime | None = None
) -> Page[UserPublic]:
    _require_admin(actor)
    stmt = repo.users_query(None if is_superadmin(actor) else actor.areas)
    rows, nxt = await page(
        session,
        stmt,
        [col(User.username), col(User.id)],
        lambda u: (u.username, u.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, User.updated_at, User.id),
    )
    return Page(items=[public(u) for u in rows], next_cursor=nxt)


async def update_user(
    session: AsyncSession, actor: Actor, user_id: uuid.UUID, body: UserUpdate, if_match: str | None
) -> UserPublic:
    user = await _visible_user(session, actor, user_id, for_update=True)
    before = public(user)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    if changes_nothing(body, before):
        return before
    changes = body.model_dump(exclude_unset=True)
    for name in ("full_name", "role", "is_active", "password", "scopes"):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank")
    role = Role(changes.get("role") or user.role)
    unit_id = changes.get("unit_id", user.unit_id)
    district = await _binding_district(session, actor, role, unit_id)
    if user.id == actor.id and (changes.get("is_active") is False or role is not Role.DISTRICT_ADMIN):
        raise Forbidden  # an admin cannot lock themselves out
    scopes = changes.get("scopes", user.scopes)
    if scopes and role is not Role.INTEGRATION_CLIENT:
        raise invalid_field("scopes", "unknown_scope")
    changed: set[str] = set()
    if "password" in changes:
        _check_password(changes["password"], user.username)
        user.password_hash = await hash_password_offloaded(changes["password"])
        changed.add("password")
    if changes.get("is_active") is False and user.is_active:
        changed.add("deactivated")
    if role.value != user.role:
        changed.add("role")
    if unit_id != user.unit_id:
        changed.add("unit_id")
    if "full_name" in changes:
        user.full_name = changes["full_name"]
    if "is_active" in changes:
        user.is_active = changes["is_active"]
    user.role = role.value
    user.unit_id = unit_id
    user.scopes = [str(s) for s in scopes]
    user.updated_at = utcnow()
    if revokes_tokens(changed):
        # Every access token issued before is refused on its next request (X1) ...
        user.token_version += 1
    if changed & {"password", "deactivated"}:
        # ... and a new password or deactivation also ends every session of the account.
        await repo.revoke_refresh_tokens(session, utcnow(), user_id=user.id)
    await _flush(session)
    out = public(user)
    audit(session, actor, "update", "user", user.id, before=before, after=out, district_id=district)
    return out


async def ensure_first_admin(session: AsyncSession, username: str, password: str) -> bool:
    """Create the first district admin (bound to no unit) when there is none yet.

    District admins bound to a district (the demo's, for one) do not count: only this
    account creates district units, so it must exist. Several processes starting at once queue
    on a lock held to the caller's commit: the first creates it, the others find it.
    """
    await repo.lock_first_admin(session)
    if await repo.any_unbound_admin(session) or await repo.get_user_by_username(session, username):
        return False
    user = User(
        username=username.lower(),
        full_name="Quản trị hệ thống",
        role=Role.DISTRICT_ADMIN.value,
        password_hash=await hash_password_offloaded(password),
    )
    session.add(user)
    await session.flush()
    audit(session, None, "create", "user", user.id, after=public(user), reason="first admin from settings")
    return True
