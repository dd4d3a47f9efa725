"""Hot reads straight on asyncpg: a Core statement compiled once, run on a plain connection.

SQLAlchemy's session, pool, ORM and result layers cost about 0.1 ms per statement and a few
microseconds per row (bench/RESULTS.md). The reads every request or every dashboard makes — the
caller, the big lists — skip them in a read session (GET, HEAD: no transaction to take part in):
the statement is still written with the table models (a renamed column fails at import, not in
production), compiled once for asyncpg and run on a connection of the worker's read pool
(``make_read_pool``), taken once per request and given back when its session closes. In a
writing session the same statement goes through SQLAlchemy, inside the request's transaction.
Failures on the raw path are raised as SQLAlchemy's, so they become the same problems (503 when
the database is gone, 422 for data PostgreSQL refuses).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import asyncpg
import orjson
import sqlalchemy as sa
import sqlalchemy.exc
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable, Select

from api.db.pagination import decode_cursor, encode_cursor

_DIALECT = asyncpg_dialect.dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy's dialect class has no annotations

Record = Mapping[Any, Any]  # asyncpg records and SQLAlchemy row mappings, read by column name
READS = "reads"  # the ``info`` key marking a read session (api.db.engine.make_read_sessionmaker)
POOL = "read_pool"  # the ``info`` key of a read session's asyncpg pool
_DRIVER = "asyncpg"  # the ``info`` key of a read session's asyncpg connection, once it has one


class RawQuery:
    """A statement with named bind parameters (``sa.bindparam("name")``), run with keyword
    arguments. Values bound in the statement itself (``col == "district"``) keep their value, but
    a constant is better written into the SQL (``sa.literal_column("'district'")``): with every
    parameter a real one, PostgreSQL settles on a generic plan instead of replanning each time.
    Rows are mappings by column name; a UUID comes back as text in a read session and as a
    ``uuid.UUID`` in a writing one, so code reading both compares ``str()`` of it."""

    __slots__ = ("_defaults", "_names", "sql", "statement")

    def __init__(self, stmt: Executable) -> None:
        self.statement = stmt
        compiled: Any = stmt.compile(dialect=_DIALECT)  # type: ignore[attr-defined]  # a SQLCompiler
        if compiled.positiontup is None:  # pragma: no cover - asyncpg's paramstyle is positional
            raise TypeError("a positional dialect was expected")
        self.sql = compiled.string
        self._names = tuple(compiled.positiontup)
        self._defaults = dict(compiled.params)

    def _args(self, params: Mapping[str, Any]) -> list[Any]:
        return [params[n] if n in params else self._defaults[n] for n in self._names]

    async def fetch(self, session: AsyncSession, **params: Any) -> list[Record]:
        if not session.info.get(READS):
            return list((await session.execute(self.statement, params)).mappings().all())
        rows: list[Record] = await _run(session, "fetch", self.sql, self._args(params))
        return rows

    async def fetch_dicts(self, session: AsyncSession, **params: Any) -> list[dict[str, Any]]:
        """The rows as new dicts (for the answer to shape further)."""
        rows = await self.fetch(session, **params)
        if not rows or not session.info.get(READS):
            return [dict(r) for r in rows]
        keys = list(rows[0].keys())
        return [dict(zip(keys, r, strict=True)) for r in rows]  # an asyncpg record iterates its values

    async def fetchrow(self, session: AsyncSession, **params: Any) -> Record | None:
        if not session.info.get(READS):
            return (await session.execute(self.statement, params)).mappings().first()
        row: Record | None = await _run(session, "fetchrow", self.sql, self._args(params))
        return row


async def _run(session: AsyncSession, method: str, sql: str, args: Iterable[Any]) -> Any:
    driver = session.info.get(_DRIVER)
    if driver is None:  # a connection of the read pool, once per session
        pool = session.info[POOL]
        try:
            driver = await pool.acquire()
        except Exception as exc:
            raise sqlalchemy.exc.DBAPIError("connect", None, exc, connection_invalidated=True) from exc
        session.info[_DRIVER] = driver
    try:
        return await getattr(driver, method)(sql, *args)
    except Exception as exc:
        gone = not isinstance(exc, asyncpg.PostgresError) or getattr(exc, "sqlstate", "").startswith("08")
        raise sqlalchemy.exc.DBAPIError(sql, None, exc, connection_invalidated=gone) from exc


async def release(session: AsyncSession) -> None:
    """Give the session's read connection back to its pool (a broken one is closed there)."""
    driver = session.info.pop(_DRIVER, None)
    if driver is not None:
        await session.info[POOL].release(driver)


async def _no_reset(connection: Any) -> None:
    """Read-only statements leave no session state behind (no SET, LISTEN, advisory lock or
    cursor), so a returned connection needs no reset round trip."""


async def make_read_pool(dsn: str, *, size: int) -> Any:
    """The worker's pool for raw reads: opened lazily (no connection until the first read), the
    server settings of the engine, JSON parsed by orjson, UUIDs read as text."""

    async def init(connection: Any) -> None:
        for kind in ("json", "jsonb"):
            await connection.set_type_codec(
                kind, encoder=lambda v: orjson.dumps(v).decode(), decoder=orjson.loads, schema="pg_catalog"
            )
        # UUIDs as their text: what the answers carry anyway (orjson takes asyncpg's own UUID
        # type only through a Python callback, hundreds of times for a page)
        await connection.set_type_codec("uuid", encoder=str, decoder=str, schema="pg_catalog", format="text")

    return await asyncpg.create_pool(
        dsn.replace("postgresql+asyncpg://", "postgresql://", 1),
        min_size=0,
        max_size=size,
        init=init,
        reset=_no_reset,
        server_settings={"timezone": "UTC", "application_name": "dhtt"},
    )


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE … ESCAPE '\\'``, the text's own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ShapedQuery:
    """A read whose conditions depend on which optional filters are given: ``build(filters)``
    gives the statement for the names of the filters present (a ``sa.bindparam`` named after
    each), compiled once per shape. ``None`` params are filters left out."""

    def __init__(self, build: Callable[[frozenset[str]], Executable]) -> None:
        self._build = build
        self._queries: dict[frozenset[str], RawQuery] = {}

    def _query(self, params: dict[str, Any]) -> tuple[RawQuery, dict[str, Any]]:
        given = {k: v for k, v in params.items() if v is not None}
        shape = frozenset(given)
        query = self._queries.get(shape)
        if query is None:
            query = self._queries[shape] = RawQuery(self._build(shape))
        return query, given

    async def fetch(self, session: AsyncSession, **params: Any) -> list[Record]:
        query, given = self._query(params)
        return await query.fetch(session, **given)

    async def fetch_dicts(self, session: AsyncSession, **params: Any) -> list[dict[str, Any]]:
        query, given = self._query(params)
        return await query.fetch_dicts(session, **given)


class KeysetRead:
    """A keyset-paged read on the raw path, compiled once per shape (which optional filters are
    given, whether a cursor is): ``build(filters)`` gives the statement for the names of the
    filters present, with a ``sa.bindparam`` named after each; the order columns must be among
    its columns. The cursor, the order and the limit are added here. ``hidden`` columns are
    selected for the cursor but not returned; ``json_text`` columns are JSON selected as text,
    handed over as ``orjson.Fragment`` for the answer to embed. ``tag`` marks the cursors of an
    order other than the list's default one (``pagination.SYNC``)."""

    def __init__(
        self,
        build: Callable[[frozenset[str]], Select[Any]],
        order: Sequence[sa.ColumnElement[Any]],
        *,
        descending: bool = False,
        hidden: Sequence[str] = (),
        json_text: Sequence[str] = (),
        tag: str | None = None,
    ) -> None:
        self._build = build
        self._order = list(order)
        self._keys = [str(c.key) for c in order]
        self._descending = descending
        self._hidden = tuple(hidden)
        self._json_text = tuple(json_text)
        self._tag = tag
        self._after = [f"after_{n}" for n in range(len(self._order))]
        self._shaped = ShapedQuery(self._paged)

    def _paged(self, shape: frozenset[str]) -> Executable:
        """The statement of a shape: the filters given, then the cursor's condition if there is
        one, the order and the limit."""
        stmt = self._build(shape - {"page_limit", "page_after", *self._after})
        if "page_after" in shape:
            left = sa.tuple_(*self._order)
            right = sa.tuple_(
                *[sa.bindparam(name, type_=c.type) for name, c in zip(self._after, self._order, strict=True)]
            )
            stmt = stmt.where(left < right if self._descending else left > right)
        ordering = [c.desc() if self._descending else c.asc() for c in self._order]
        return stmt.order_by(*ordering).limit(sa.bindparam("page_limit"))

    async def page(
        self, session: AsyncSession, *, cursor: str | None, limit: int, **params: Any
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Rows as dicts and the next cursor; ``None`` params are filters left out. Raises
        ``InvalidCursor`` for a cursor that is not one of ours."""
        if cursor:  # a value the cursor leaves null is bound as NULL (no row follows it)
            params.update(
                zip(self._after, decode_cursor(cursor, self._order, tag=self._tag), strict=True), page_after=True
            )
        items = await self._shaped.fetch_dicts(session, page_limit=limit + 1, **params)
        next_cursor = None
        if len(items) > limit:
            items = items[:limit]
            next_cursor = encode_cursor([items[-1][k] for k in self._keys], tag=self._tag)
        for item in items:
            for name in self._hidden:
                del item[name]
            for name in self._json_text:  # JSON text from PostgreSQL, embedded by orjson as it is
                if item[name] is not None:
                    item[name] = orjson.Fragment(item[name])
        return items, next_cursor
