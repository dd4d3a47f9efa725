"""Accounts, refresh tokens and login throttling counters (X1): the tables and their queries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.engine import rows
from api.db.units import Unit
from api.domain.login import ThrottleState

ROLES = ("district_admin", "unit_officer", "council_reviewer", "province_viewer", "integration_client")


class User(SQLModel, table=True):
    __tablename__ = "users"
    __table_args__ = (
        sa.CheckConstraint(f"role IN {ROLES}", name="role"),
        sa.CheckConstraint(
            "role NOT IN ('unit_officer', 'council_reviewer') OR unit_id IS NOT NULL",
            name="unit_bound_roles",
        ),
        sa.Index("ix_users_username_id", "username", "id"),
    )

    id: uuid.UUID = id_field()
    username: str = Field(max_length=64, unique=True)
    full_name: str = Field(max_length=255)
    role: str = Field(max_length=32)
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="units.id", index=True)
    password_hash: str = Field(max_length=255)
    is_active: bool = Field(default=True, sa_column_kwargs={"server_default": sa.true()})
    scopes: list[str] = Field(
        default_factory=list,
        sa_column=sa.Column(ARRAY(sa.String(16)), nullable=False, server_default="{}"),
    )
    # Raised by every change that ends the account's tokens (X1); access tokens carry it.
    token_version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class RefreshToken(SQLModel, table=True):
    __tablename__ = "refresh_tokens"

    id: uuid.UUID = id_field()
    user_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    family_id: uuid.UUID = Field(index=True)
    token_hash: str = Field(max_length=64, unique=True)
    expires_at: dt.datetime = Field(sa_type=sa.DateTime(timezone=True))
    used_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    revoked_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    created_at: dt.datetime = created_field()


class LoginThrottle(SQLModel, table=True):
    """Login attempts counted per key (api.domain.login): account from an address, account,
    address. Rows idle for the window (and no longer trusted) are pruned."""

    __tablename__ = "login_throttle"

    key: str = Field(max_length=200, primary_key=True)
    failures: int = Field(default=0)
    last_at: dt.datetime = Field(sa_type=sa.DateTime(timezone=True), index=True)
    blocked_until: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    trusted_until: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))


async def get_user(session: AsyncSession, user_id: uuid.UUID, *, for_update: bool = False) -> User | None:
    return await repository.get(session, User, user_id, for_update=for_update)


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    stmt = select(User).where(col(User.username) == username.lower())
    return (await session.execute(stmt)).scalar_one_or_none()


async def user_with_unit(session: AsyncSession, user_id: uuid.UUID) -> tuple[User, Unit | None] | None:
    """The caller and their unit in one query (every authenticated request runs it)."""
    stmt = select(User, Unit).outerjoin(Unit, col(Unit.id) == col(User.unit_id)).where(col(User.id) == user_id)
    row = (await session.execute(stmt)).first()
    return (row[0], row[1]) if row else None


class ActorFacts(NamedTuple):
    """What every authenticated request needs of its caller: the account, its unit, its token
    version and whether the token's refresh family is revoked."""

    id: uuid.UUID
    username: str
    role: str
    is_active: bool
    scopes: list[str] | None
    token_version: int
    unit_id: uuid.UUID | None
    unit_kind: str | None
    district_id: uuid.UUID | None
    family_revoked: bool
    unit_level: str | None
    area_ids: list[uuid.UUID] | None  # L2 — the issuing units right below the bound unit


_Below = aliased(Unit)
_ACTOR_FACTS: Select[*tuple[Any, ...]] = (
    sa.select(
        col(User.id),
        col(User.username),
        col(User.role),
        col(User.is_active),
        col(User.scopes),
        col(User.token_version),
        col(Unit.id).label("unit_id"),
        col(Unit.kind).label("unit_kind"),
        col(Unit.district_id),
        # The refresh-token family the access token came with was revoked (reuse, X1).
        sa.exists()
        .where(
            col(RefreshToken.family_id) == sa.bindparam("family_id", type_=sa.Uuid),
            col(RefreshToken.revoked_at).is_not(None),
        )
        .label("family_revoked"),
        col(Unit.level).label("unit_level"),
        # L2 — an admin bound to a province also administers the districts under it (read for a
        # province only: a district's or a grassroots unit's callers skip the subquery).
        sa.case(
            (
                col(Unit.level) == sa.literal_column("'province'"),
                sa.func.array(
                    sa.select(col(_Below.id))
                    .where(
                        col(_Below.parent_id) == col(Unit.id), col(_Below.level) != sa.literal_column("'grassroots'")
                    )
                    .scalar_subquery()
                ),
            )
        ).label("area_ids"),
    )
    .select_from(User)
    .outerjoin(Unit, col(Unit.id) == col(User.unit_id))
    .where(col(User.id) == sa.bindparam("user_id"))
)


async def actor_facts(session: AsyncSession, user_id: uuid.UUID, family_id: uuid.UUID | None) -> ActorFacts | None:
    """The caller's ``ActorFacts``, in one query."""
    row = (await rows(session, _ACTOR_FACTS, {"user_id": user_id, "family_id": family_id})).first()
    return None if row is None else ActorFacts(*row)


# The advisory lock that serialises creating the first admin (an arbitrary, fixed 64-bit key).
FIRST_ADMIN_LOCK_KEY = 0x4448_5454_0001


async def lock_first_admin(session: AsyncSession) -> None:
    """Wait until no other transaction is ensuring the first admin, then hold that right until
    this transaction ends: replicas starting together create one admin, and none fails."""
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(FIRST_ADMIN_LOCK_KEY)))


async def any_unbound_admin(session: AsyncSession) -> bool:
    """Is there an admin bound to no unit (the one who administers every district)?"""
    stmt = select(sa.exists().where(col(User.role) == "district_admin", col(User.unit_id).is_(None)))
    return bool((await session.execute(stmt)).scalar())


def users_query(areas: frozenset[uuid.UUID] | None) -> Select[Any]:
    """Every account (``areas`` None), or those bound to a unit of these areas or to one of
    them (L2: a province's admin, the accounts of the province and of its districts)."""
    stmt = select(User)
    if areas is not None:
        ids = sorted(areas)
        stmt = stmt.join(Unit, col(Unit.id) == col(User.unit_id)).where(
            sa.or_(col(Unit.district_id).in_(ids), col(Unit.id).in_(ids))
        )
    return stmt


def _state(row: Any) -> ThrottleState:
    return ThrottleState(
        failures=row.failures, last_at=row.last_at, blocked_until=row.blocked_until, trusted_until=row.trusted_until
    )


async def lock_login_counters(session: AsyncSession, keys: list[str], now: dt.datetime) -> dict[str, ThrottleState]:
    """The counters of ``keys``, created when missing, each locked until the transaction ends.

    One statement: ON CONFLICT DO UPDATE takes the row lock of an existing counter (a parallel
    attempt waits here, then reads what this one wrote); keys are taken in one order, so two
    attempts never wait on each other crosswise."""
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    insert = pg_insert(table).values([{"key": k, "failures": 0, "last_at": now} for k in sorted(keys)])
    stmt = insert.on_conflict_do_update(index_elements=[table.c.key], set_={"key": insert.excluded.key}).returning(
        table.c.key, table.c.failures, table.c.last_at, table.c.blocked_until, table.c.trusted_until
    )
    rows = (await session.execute(stmt)).all()
    return {row.key: _state(row) for row in rows}


async def save_login_counters(session: AsyncSession, states: dict[str, ThrottleState]) -> None:
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    stmt = (
        sa.update(table)
        .where(table.c.key == sa.bindparam("b_key"))
        .values(
            failures=sa.bindparam("b_failures"),
            last_at=sa.bindparam("b_last_at"),
            blocked_until=sa.bindparam("b_blocked_until"),
            trusted_until=sa.bindparam("b_trusted_until"),
        )
    )
    await session.execute(
        stmt,
        [
            {
                "b_key": key,
                "b_failures": s.failures,
                "b_last_at": s.last_at,
                "b_blocked_until": s.blocked_until,
                "b_trusted_until": s.trusted_until,
            }
            for key, s in sorted(states.items())
        ],
    )


async def prune_login_counters(session: AsyncSession, idle_since: dt.datetime, now: dt.datetime) -> None:
    """Forget counters idle since ``idle_since`` and no longer trusted (a batch, skipping any
    that a login holds)."""
    stale = (
        select(col(LoginThrottle.key))
        .where(
            col(LoginThrottle.last_at) < idle_since,
            sa.or_(col(LoginThrottle.trusted_until).is_(None), col(LoginThrottle.trusted_until) < now),
        )
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    await session.execute(sa.delete(LoginThrottle).where(col(LoginThrottle.key).in_(stale.scalar_subquery())))


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
