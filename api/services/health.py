"""Readiness: the database answers and its schema is at the migrations' head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from api.db import migrate

ROOT = Path(__file__).resolve().parents[2]


def head_revision() -> str | None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config(str(ROOT / "alembic.ini"))
    return ScriptDirectory.from_config(config).get_current_head()


async def database_revision(engine: AsyncEngine) -> str | None:
    return await migrate.database_revision(engine)
