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
        # ``session.execute(...)``, ``self.session.get(...)``, ``db.scalars(...)``: any receiver named *session*.
        if func.attr in _SESSION_METHODS and owner.split(".")[-1].endswith("session"):
            return f"{owner}.{func.attr}"
    return None


def _offenders() -> list[str]:
    found: list[str] = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for scope in ast.walk(tree):
            if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(scope):
                if isinstance(node, ast.Call) and (what := _is_query(node)):
                    found.append(f"{path.name}:{scope.name}:{what}")
        # Module-level statements (compiled once at import) count too.
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and (what := _is_query(sub)):
                    found.append(f"{path.name}:<module>:{what}")
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call) and (what := _is_query(sub)):
                        found.append(f"{path.name}:{node.name}:{what}")
    return sorted(set(found))


def test_services_hold_no_queries() -> None:
    """Services call api.db functions; they never build or run a statement themselves."""
    offenders = [o for o in _offenders() if o not in ALLOWED]
    assert not offenders, "queries outside api/db:\n" + "\n".join(offenders)


def test_allow_list_holds_only_real_offenders() -> None:
    """An entry that no longer matches (moved) must leave the allow-list, so it only shrinks."""
    stale = ALLOWED - set(_offenders())
    assert not stale, "moved, remove from ALLOWED:\n" + "\n".join(sorted(stale))
