"""Shared table machinery: the metadata's naming convention, ids and timestamps."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Explicit names keep Alembic's autogenerate stable and let constraint names map to rule codes.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = SQLModel.metadata


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def id_field() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def created_field() -> Any:
    return Field(
        default_factory=utcnow,
        sa_column_kwargs={"server_default": sa.func.now()},
        sa_type=sa.DateTime(timezone=True),
        nullable=False,
    )


def updated_field() -> Any:
    return Field(
        default_factory=utcnow,
        sa_column_kwargs={"server_default": sa.func.now(), "onupdate": utcnow},
        sa_type=sa.DateTime(timezone=True),
        nullable=False,
    )
