"""The async engine and the request's session, which owns the transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from sqlalchemy import CursorResult, Executable
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from api.settings import Settings


def resolve_database_url(settings: Settings) -> str:
    """DHTT_DATABASE_URL, or the embedded server's URL (started on demand)."""
    if settings.database_url:
        url = settings.database_url
        if url.startswith("postgresql://"):
            url = "postgresql+asyncpg://" + url.removeprefix("postgresql://")
        return url
    from api.db.embedded import embedded_url

    return embedded_url(settings.data_dir / "pgdata")


def make_engine(url: str, *, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        # No pre-ping: it costs three round trips per request; a connection the database dropped
        # fails its first statement, is invalidated, and that request answers 503 (tests/faults).
        pool_pre_ping=False,
        pool_recycle=1800,
        pool_timeout=10,
        connect_args={
            "server_settings": {"timezone": "UTC", "application_name": "dhtt"},
            # asyncpg prepares each statement once per connection and keeps it (SQLAlchemy's
            # compiled cache hands it the same SQL string each time): no parse and plan per request
            "prepared_statement_cache_size": 500,
        },
        # statements compiled once per shape, kept for the worker's life
        query_cache_size=1200,
        # JSONB read back (audit before/after, agendas, versions) parsed by orjson
        json_deserializer=orjson.loads,
    )


def make_sessionmaker(engine: AsyncEngine, *, info: dict[str, Any] | None = None) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False, info=info)


def make_read_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions of reads (GET, HEAD), on the same pool: no BEGIN/COMMIT around their statements
    — two round trips fewer per request. Each statement sees a consistent snapshot of its own; a
    read that needs one snapshot for several facts asks for them in one statement."""
    return make_sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"))


async def rows(
    session: AsyncSession, stmt: Executable, params: Mapping[str, Any] | None = None
) -> CursorResult[*tuple[Any, ...]]:
    """Run a statement of plain columns (no entity to load) on the session's connection, in its
    transaction: SQLAlchemy Core's execution, past the ORM's (its compile state, loading and
    identity map serve entities only; about 0.1 ms a statement). A statement that selects entities
    goes through ``session.execute``."""
    connection = await session.connection()
    return await connection.execute(stmt, params)
