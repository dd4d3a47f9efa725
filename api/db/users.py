"""Accounts, refresh tokens and login throttling counters (X1)."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

from api.db.base import created_field, id_field, updated_field

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
