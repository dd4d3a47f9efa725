"""Keyset pagination: ``(sort key…, id) > cursor`` in the index's order, stable under inserts."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement, Select

T = TypeVar("T")


class InvalidCursor(ValueError):
    pass


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


SYNC = "u"
"""The tag of a cursor in update order (``updated_after``): a cursor of one order is refused by
the other (``u.`` cannot start a plain cursor: ``.`` is not in the URL-safe base64 alphabet)."""


def encode_cursor(values: Sequence[Any], *, tag: str | None = None) -> str:
    raw = json.dumps([_plain(v) for v in values], separators=(",", ":")).encode()
    text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return f"{tag}.{text}" if tag else text


def _typed(value: Any, column: ColumnElement[Any]) -> Any:
    python_type: type | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    if value is None:
        return None
    if python_type is uuid.UUID:
        return uuid.UUID(str(value))
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(str(value))
    if python_type is dt.date:
        return dt.date.fromisoformat(str(value))
    if python_type is int:
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**63) <= value < 2**63:
            raise InvalidCursor
        return value
    if python_type is str and (not isinstance(value, str) or any(_unstorable(ch) for ch in value)):
        raise InvalidCursor
    return value


def _unstorable(ch: str) -> bool:
    return ch == "\x00" or "\ud800" <= ch <= "\udfff"


def decode_cursor(cursor: str, columns: Sequence[ColumnElement[Any]], *, tag: str | None = None) -> list[Any]:
    if tag:
        prefix = f"{tag}."
        if not cursor.startswith(prefix):
            raise InvalidCursor
        cursor = cursor[len(prefix) :]
    elif "." in cursor:
        raise InvalidCursor
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != len(columns):
            raise InvalidCursor
        return [_typed(v, c) for v, c in zip(values, columns, strict=True)]
    except (ValueError, binascii.Error, UnicodeDecodeError, TypeError) as exc:
        raise InvalidCursor from exc


async def keyset_page(
    session: AsyncSession,
    stmt: Select[Any],
    order: Sequence[Any],
    key: Callable[[Any], Sequence[Any]],
    *,
    cursor: str | None,
    limit: int,
    descending: bool = False,
    scalars: bool = True,
    tag: str | None = None,
) -> tuple[list[Any], str | None]:
    """One page of ``stmt`` ordered by ``order`` (ending in a unique column); ``tag`` marks the
    cursors of an order other than the list's default one (``SYNC``)."""
    if cursor:
        values = decode_cursor(cursor, order, tag=tag)
        left = sa.tuple_(*order)
        right = sa.tuple_(*[sa.literal(v, c.type) for v, c in zip(values, order, strict=True)])
        stmt = stmt.where(left < right if descending else left > right)
    stmt = stmt.order_by(*[c.desc() if descending else c.asc() for c in order]).limit(limit + 1)
    result = await session.execute(stmt)
    rows: list[Any] = list(result.scalars().all() if scalars else result.all())
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(key(rows[-1]), tag=tag)
    return rows, next_cursor


def sequence_page(items: Sequence[T], *, cursor: str | None, limit: int) -> tuple[list[T], str | None]:
    """One page of a fixed sequence held in memory (no table behind it), with the same cursors:
    the position of the last item given."""
    start = 0
    if cursor:
        (last,) = decode_cursor(cursor, [sa.column("position", sa.Integer)])
        if not 0 <= last < len(items):
            raise InvalidCursor
        start = last + 1
    page = list(items[start : start + limit])
    more = start + limit < len(items)
    return page, encode_cursor([start + len(page) - 1]) if more else None
