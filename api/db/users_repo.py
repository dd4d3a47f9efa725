"""Queries over accounts, refresh tokens and failed logins."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import col, select

from api.db.fast import RawQuery, Record
from api.db.units import Unit
from api.db.users import LoginFailure, RefreshToken, User


async def get_user(session: AsyncSession, user_id: uuid.UUID, *, for_update: bool = False) -> User | None:
    stmt = select(User).where(col(User.id) == user_id)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    stmt = select(User).where(col(User.username) == username.lower())
    return (await session.execute(stmt)).scalar_one_or_none()


async def user_with_unit(session: AsyncSession, user_id: uuid.UUID) -> tuple[User, Unit | None] | None:
    """The caller and their unit in one query (every authenticated request runs it)."""
    stmt = select(User, Unit).outerjoin(Unit, col(Unit.id) == col(User.unit_id)).where(col(User.id) == user_id)
    row = (await session.execute(stmt)).first()
    return (row[0], row[1]) if row else None


_ACTOR_FACTS = RawQuery(
    sa.select(
        col(User.id),
        col(User.username),
        col(User.role),
        col(User.is_active),
        col(User.scopes),
        col(Unit.id).label("unit_id"),
        col(Unit.kind).label("unit_kind"),
        col(Unit.district_id),
    )
    .select_from(User)
    .outerjoin(Unit, col(Unit.id) == col(User.unit_id))
    .where(col(User.id) == sa.bindparam("user_id"))
)


async def actor_facts(session: AsyncSession, user_id: uuid.UUID) -> Record | None:
    """What every authenticated request needs of its caller, as plain columns in one query."""
    return await _ACTOR_FACTS.fetchrow(session, user_id=user_id)


async def any_unbound_admin(session: AsyncSession) -> bool:
    """Is there an admin bound to no unit (the one who administers every district)?"""
    stmt = select(sa.exists().where(col(User.role) == "district_admin", col(User.unit_id).is_(None)))
    return bool((await session.execute(stmt)).scalar())


def users_query(district_id: uuid.UUID | None) -> Select[Any]:
    stmt = select(User)
    if district_id is not None:
        stmt = stmt.join(Unit, col(Unit.id) == col(User.unit_id)).where(col(Unit.district_id) == district_id)
    return stmt


async def recent_failures(session: AsyncSession, username: str, since: dt.datetime) -> list[dt.datetime]:
    stmt = (
        select(col(LoginFailure.occurred_at))
        .where(col(LoginFailure.username) == username, col(LoginFailure.occurred_at) >= since)
        .order_by(col(LoginFailure.occurred_at))
    )
    return list((await session.execute(stmt)).scalars().all())


async def clear_failures(session: AsyncSession, username: str) -> None:
    await session.execute(sa.delete(LoginFailure).where(col(LoginFailure.username) == username))


async def refresh_token_by_hash(session: AsyncSession, token_hash: str) -> RefreshToken | None:
    stmt = (
        select(RefreshToken)
        .where(col(RefreshToken.token_hash) == token_hash)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def revoke_refresh_tokens(
    session: AsyncSession, now: dt.datetime, *, user_id: uuid.UUID | None = None, family_id: uuid.UUID | None = None
) -> None:
    stmt = sa.update(RefreshToken).where(col(RefreshToken.revoked_at).is_(None)).values(revoked_at=now)
    if user_id is not None:
        stmt = stmt.where(col(RefreshToken.user_id) == user_id)
    if family_id is not None:
        stmt = stmt.where(col(RefreshToken.family_id) == family_id)
    await session.execute(stmt)
