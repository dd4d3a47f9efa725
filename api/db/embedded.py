"""The embedded PostgreSQL (PyPI ``pgserver``) used when DHTT_DATABASE_URL is unset."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

log = logging.getLogger("dhtt.embedded")

_servers: dict[Path, Any] = {}


def embedded_url(pgdata: Path, database: str = "postgres") -> str:
    """Start (or reuse) the server in ``pgdata`` and return an asyncpg URL over its socket.

    The server is stopped when the last process using it exits (pgserver's own bookkeeping).
    """
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import pgserver.postgres_server

    pgdata = pgdata.expanduser().resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = _servers.get(pgdata)
    if server is None:
        log.info("starting embedded PostgreSQL in %s", pgdata)
        server = pgserver.postgres_server.get_server(pgdata, cleanup_mode="stop")
        _servers[pgdata] = server
    uri = urlparse(server.get_uri())
    host = parse_qs(uri.query).get("host", [""])[0]
    user = uri.username or "postgres"
    return f"postgresql+asyncpg://{user}@/{database}?host={host}"


def ensure_database(pgdata: Path, database: str) -> str:
    """Create ``database`` in the embedded server if missing; return its URL."""
    import pgserver.postgres_server

    base = embedded_url(pgdata)
    server = _servers[pgdata.expanduser().resolve()]
    assert isinstance(server, pgserver.postgres_server.PostgresServer)
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
    return base.replace("/postgres?", f"/{database}?")


def stop_embedded() -> None:
    """Stop the embedded servers this process started (when no other process still uses them).

    pgserver stops them from an ``atexit`` hook, but a process that dies of a signal runs no
    ``atexit`` hook: ``dhtt serve`` calls this when it stops, whatever stopped it."""
    while _servers:
        _, server = _servers.popitem()
        log.info("stopping embedded PostgreSQL in %s", server.pgdata)
        server.cleanup()
