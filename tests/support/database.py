"""Test plumbing: a real PostgreSQL (embedded unless DHTT_DATABASE_URL is set), migrated."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import asyncpg


def server_url() -> str:
    """An asyncpg URL of a PostgreSQL server the tests may create databases on."""
    given = os.environ.get("DHTT_DATABASE_URL")
    if given:
        return given.replace("postgresql://", "postgresql+asyncpg://", 1)
    from api.db.embedded import embedded_url

    root = Path(os.environ.get("DHTT_TEST_DATA_DIR") or tempfile.mkdtemp(prefix="dhtt-test-"))
    return embedded_url(root / "pgdata")


def with_database(url: str, name: str) -> str:
    parsed = urlparse(url)
    return urlunparse(parsed._replace(path="/" + name))


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def _recreate(url: str, name: str) -> None:
    conn = await asyncpg.connect(_plain(with_database(url, "postgres")))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


def fresh_database(url: str, prefix: str) -> str:
    """Create an empty database on the server and return its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_recreate(url, name))
    return with_database(url, name)
