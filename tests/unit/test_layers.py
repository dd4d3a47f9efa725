"""Layering that import-linter cannot express: the services hold no queries (every statement lives in api/db)."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "api" / "services"

# Building or running a statement: a bare call of one of these names ...
_STATEMENT_BUILDERS = {"select", "insert", "update", "delete", "pg_insert", "text"}
# ... or a call through sqlalchemy (``sa.select``), or a session method that runs SQL.
_SQLALCHEMY_ALIASES = {"sa", "sqlalchemy", "sqlmodel"}
_SESSION_METHODS = {"execute", "get", "scalar", "scalars", "stream", "stream_scalars"}

# Calls not yet moved into api/db, each "file:function:call" (reason: not yet moved). It only shrinks;
# empty: every statement of the services lives in api/db.
ALLOWED: set[str] = set()


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return "?"


def _is_query(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id in _STATEMENT_BUILDERS:
        return func.id
    if isinstance(func, ast.Attribute):
        owner = _name(func.value)
        if owner in _SQLALCHEMY_ALIASES and func.attr in _STATEMENT_BUILDERS:
            return f"{owner}.{func.attr}"
        # ``session.execute(...)``, ``self.session.get(...)``, ``conn.execute(...)``: a session or a connection.
        if func.attr in _SESSION_METHODS and owner.split(".")[-1].endswith(("session", "conn", "connection")):
            return f"{owner}.{func.attr}"
    return None


class _Finder(ast.NodeVisitor):
    """Each statement-building or -running call, named by the function (or class) around it."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.scopes: list[str] = ["<module>"]
        self.found: list[str] = []

    def _scoped(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.scopes.append(node.name)
        self.generic_visit(node)
        self.scopes.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def visit_Call(self, node: ast.Call) -> None:
        if what := _is_query(node):
            self.found.append(f"{self.filename}:{self.scopes[-1]}:{what}")
        self.generic_visit(node)


def _queries_in(filename: str, source: str) -> list[str]:
    finder = _Finder(filename)
    finder.visit(ast.parse(source, filename=filename))
    return finder.found


def _offenders() -> list[str]:
    found: list[str] = []
    for path in sorted(SERVICES.rglob("*.py")):  # the subpackages too (services/conferences/, ...)
        found += _queries_in(path.relative_to(SERVICES).as_posix(), path.read_text(encoding="utf-8"))
    return sorted(set(found))


def test_services_hold_no_queries() -> None:
    """Services call api.db functions; they never build or run a statement themselves."""
    offenders = [o for o in _offenders() if o not in ALLOWED]
    assert not offenders, "queries outside api/db:\n" + "\n".join(offenders)


def test_allow_list_holds_only_real_offenders() -> None:
    """An entry that no longer matches (moved) must leave the allow-list, so it only shrinks."""
    stale = ALLOWED - set(_offenders())
    assert not stale, "moved, remove from ALLOWED:\n" + "\n".join(sorted(stale))


def test_the_finder_sees_each_kind_of_query_and_spares_the_unit_of_work() -> None:
    """The guard itself: every forbidden form is reported, session.add/flush/refresh and api.db calls are not."""
    source = """
import sqlalchemy as sa
from sqlmodel import select
from sqlalchemy.dialects.postgresql import insert

LISTED = select(Thing)

async def reads(session, repo):
    await session.execute(sa.select(Thing))
    await session.get(Thing, 1)
    await session.scalar(sa.update(Thing))
    await session.scalars(sa.delete(Thing))
    await self.session.stream(insert(Thing))
    await session.execute(sa.text("SELECT 1"))
    await conn.scalar(other)

async def writes(session, repo):
    session.add(Thing())
    await session.flush()
    await session.refresh(thing)
    await session.delete(thing)
    await session.commit()
    await repo.get_thing(session, 1)
    await repo.select_things(session)
"""
    assert sorted(_queries_in("sample.py", source)) == sorted(
        [
            "sample.py:<module>:select",
            "sample.py:reads:session.execute",
            "sample.py:reads:sa.select",
            "sample.py:reads:session.get",
            "sample.py:reads:session.scalar",
            "sample.py:reads:sa.update",
            "sample.py:reads:session.scalars",
            "sample.py:reads:sa.delete",
            "sample.py:reads:self.session.stream",
            "sample.py:reads:insert",
            "sample.py:reads:session.execute",
            "sample.py:reads:sa.text",
            "sample.py:reads:conn.scalar",
        ]
    )
