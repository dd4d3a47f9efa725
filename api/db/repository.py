"""The one shared repository helper: a row by its id, optionally locked for the transaction."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, select

M = TypeVar("M", bound=SQLModel)


async def get(session: AsyncSession, model: type[M], row_id: uuid.UUID, *, for_update: bool = False) -> M | None:
    """``SELECT … WHERE id = :id`` (always a round trip); with ``for_update`` the row is locked
    until the transaction ends and the loaded object is refreshed from it (``populate_existing``)."""
    stmt = select(model).where(col(model.id) == row_id)  # type: ignore[attr-defined]  # every table here has an id
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def lookup(session: AsyncSession, model: type[M], key: Any) -> M | None:
    """The row by primary key, taken from the session's identity map when already loaded
    (no query then), otherwise one ``SELECT`` by key."""
    return await session.get(model, key)
