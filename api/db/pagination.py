"""Keyset pagination: ``(sort key…, id) > cursor`` in the index's order, stable under inserts."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import orjson
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement, Select

from api.db.engine import rows

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


class Keyset:
    """The keyset paginator of every list: ``order`` (ending in a unique column), ascending or
    ``descending``, ``tag`` marking the cursors of an order other than the list's default one
    (``SYNC``). ``paged(stmt, after=…)`` adds the cursor's condition (bound parameters), the order
    and the limit (a bound parameter) to a statement, so a statement of a given shape is the same
    construct on every request and SQLAlchemy compiles it once (its compiled cache); ``params``
    gives the values of those parameters, and ``cut`` the page and the next cursor."""

    def __init__(self, order: Sequence[ColumnElement[Any]], *, descending: bool = False, tag: str | None = None):
        self.order = list(order)
        self.descending = descending
        self.tag = tag
        self._after = [f"after_{n}" for n in range(len(self.order))]

    def paged(self, stmt: Select[Any], *, after: bool) -> Select[Any]:
        if after:
            left = sa.tuple_(*self.order)
            right = sa.tuple_(
                *[sa.bindparam(name, type_=c.type) for name, c in zip(self._after, self.order, strict=True)]
            )
            stmt = stmt.where(left < right if self.descending else left > right)
        ordering = [c.desc() if self.descending else c.asc() for c in self.order]
        return stmt.order_by(*ordering).limit(sa.bindparam("page_limit"))

    def params(self, cursor: str | None, limit: int) -> dict[str, Any]:
        """The values of ``paged``'s parameters (one row more than the page, to know whether
        another follows). Raises ``InvalidCursor`` for a cursor that is not one of ours."""
        params: dict[str, Any] = {"page_limit": limit + 1}
        if cursor:  # a value the cursor leaves null is bound as NULL (no row follows it)
            params.update(zip(self._after, decode_cursor(cursor, self.order, tag=self.tag), strict=True))
        return params

    def cut(self, rows: list[T], limit: int, key: Callable[[T], Sequence[Any]]) -> tuple[list[T], str | None]:
        if len(rows) <= limit:
            return rows, None
        rows = rows[:limit]
        return rows, encode_cursor(key(rows[-1]), tag=self.tag)

    async def page(
        self,
        session: AsyncSession,
        stmt: Select[Any],
        key: Callable[[Any], Sequence[Any]],
        *,
        cursor: str | None,
        limit: int,
        scalars: bool = True,
    ) -> tuple[list[Any], str | None]:
        """One page of ``stmt``: its entities (``scalars``) or its rows."""
        result = await session.execute(self.paged(stmt, after=bool(cursor)), self.params(cursor, limit))
        rows: list[Any] = list(result.scalars().all() if scalars else result.all())
        return self.cut(rows, limit, key)


class KeysetQuery:
    """A keyset-paged read of plain rows whose conditions depend on which optional filters are
    given: ``build(filters)`` gives the statement for the names of the filters present (a
    ``sa.bindparam`` named after each); the order columns must be among its columns. Each shape
    (which filters, whether a cursor) is built once and kept, the cursor, order and limit added by
    ``Keyset``. ``hidden`` columns are selected for the cursor but not returned; ``json_text``
    columns are JSON selected as text, handed over as ``orjson.Fragment`` for the answer to embed."""

    def __init__(
        self,
        build: Callable[[frozenset[str]], Select[Any]],
        order: Sequence[ColumnElement[Any]],
        *,
        descending: bool = False,
        hidden: Sequence[str] = (),
        json_text: Sequence[str] = (),
        tag: str | None = None,
    ) -> None:
        self._build = build
        self._keyset = Keyset(order, descending=descending, tag=tag)
        self._keys = [str(c.key) for c in order]
        self._hidden = tuple(hidden)
        self._json_text = tuple(json_text)
        self._statements: dict[tuple[frozenset[str], bool], Select[Any]] = {}

    def _statement(self, filters: frozenset[str], after: bool) -> Select[Any]:
        stmt = self._statements.get((filters, after))
        if stmt is None:
            stmt = self._statements[filters, after] = self._keyset.paged(self._build(filters), after=after)
        return stmt

    async def page(
        self, session: AsyncSession, *, cursor: str | None, limit: int, **params: Any
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Rows as dicts and the next cursor; ``None`` params are filters left out. Raises
        ``InvalidCursor`` for a cursor that is not one of ours."""
        given = {k: v for k, v in params.items() if v is not None}
        stmt = self._statement(frozenset(given), bool(cursor))
        result = await rows(session, stmt, {**given, **self._keyset.params(cursor, limit)})
        names = tuple(result.keys())
        items = [dict(zip(names, row, strict=True)) for row in result.all()]  # fetched at once, no RowMapping
        items, next_cursor = self._keyset.cut(items, limit, lambda item: [item[k] for k in self._keys])
        if self._hidden or self._json_text:
            for item in items:
                for name in self._hidden:
                    del item[name]
                for name in self._json_text:  # JSON text from PostgreSQL, embedded by orjson as it is
                    if item[name] is not None:
                        item[name] = orjson.Fragment(item[name])
        return items, next_cursor


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
