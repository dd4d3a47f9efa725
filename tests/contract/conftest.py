"""Contract-test plumbing: a real HTTP server (uvicorn) inside the pytest process.

The fuzzer talks HTTP to an app built from the same ``settings``/``database_url`` fixtures as the
in-process ``client``, so it shares the session's migrated PostgreSQL and the seeded demo.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import asyncpg
import pytest
import uvicorn

from api.app import create_app
from api.settings import Settings

FUZZ_MODULE = "test_fuzz.py"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the fuzz tests last in the session.

    The fuzzer creates plans, units, blocks and accounts in the shared test database (in the demo
    district); running it after every other test keeps those rows out of their counts and lists.
    """
    fuzz = [item for item in items if item.path.name == FUZZ_MODULE and item.path.parent.name == "contract"]
    if fuzz:
        others = [item for item in items if item not in fuzz]
        items[:] = others + fuzz


def _free_socket() -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every keep-alive request stalls ~40 ms (Nagle against delayed ACKs).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


async def _relax_commits(database_url: str) -> None:
    """``synchronous_commit = off`` for the test database's new sessions: a commit no longer waits
    for its WAL flush (nothing else changes: a crash of the throwaway cluster loses the last
    transactions, which no test survives anyway). Halves the cost of the fuzzer's many writes."""
    conn = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        name = await conn.fetchval("SELECT current_database()")
        await conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def live_server(settings: Settings, database_url: str, headers: dict[str, dict[str, str]]) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1:<free port> in a background thread; yields its base URL.

    Depends on ``headers`` so the session ``app`` fixture has seeded the demo (and every demo role
    has logged in) before anything reaches this server. The app gets its own engine from its own
    lifespan, running in the server thread's event loop.
    """
    asyncio.run(_relax_commits(database_url))
    app = create_app(settings, database_url=database_url)
    sock = _free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="on", log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="dhtt-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the live uvicorn server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
