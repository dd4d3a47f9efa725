"""SIGKILL in the middle of a 10,000-row import: after a restart the list holds every row or
none — never a part — and the conference takes the same import again."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from dataclasses import dataclass

import asyncpg
import pytest

from tests.faults.harness import (
    IMPORT_ROWS,
    Background,
    PgCluster,
    RawRequest,
    Service,
    api_delegate_count,
    import_body,
    login,
    new_conference,
    run_async,
    wait_until,
)

pytestmark = pytest.mark.slow

# The moment to kill, as seen from PostgreSQL: the import's COPY into delegates has begun (rows
# are being written inside the request's open transaction) …
DURING_COPY = """
SELECT left(query, 40) FROM pg_stat_activity
WHERE application_name = 'dhtt' AND query ILIKE 'COPY%delegates%' AND state IN ('active', 'idle in transaction')
"""
# … or, as a fallback on a machine where the COPY is too quick to catch, the import's
# transaction holds the conference's lock (a transaction id), before its COMMIT.
DURING_WRITE = """
SELECT left(query, 40) FROM pg_stat_activity
WHERE application_name = 'dhtt' AND backend_xid IS NOT NULL AND state IN ('active', 'idle in transaction')
"""
TRIGGERS = [DURING_COPY, DURING_COPY, DURING_COPY, DURING_WRITE, DURING_WRITE]


@dataclass
class Attempt:
    conference: str
    trigger: str | None  # the service's query when it was killed; None when not killed
    status: int | None  # the import's HTTP status; None when the answer never came
    count: int  # rows on the list afterwards


async def _kill_when(dsn: str, pid: int, sql: str, finished: Background, timeout: float) -> str | None:
    """Poll pg_stat_activity; SIGKILL ``pid`` the moment ``sql`` finds a row."""
    conn = await asyncpg.connect(dsn, server_settings={"application_name": "dhtt-fault-probe"})
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not finished.done.is_set() and loop.time() < deadline:
            seen = await conn.fetchval(sql)
            if seen is not None:
                os.kill(pid, signal.SIGKILL)
                return str(seen)
        return None
    finally:
        await conn.close()


def _attempt(cluster: PgCluster, service: Service, auth: dict[str, str], n: int, trigger_sql: str) -> Attempt:
    with service.client() as c:
        conference = new_conference(c, auth, f"xã Mất Nguồn {n}")
    request = RawRequest(service.port, f"/api/v1/conferences/{conference}/delegates/import", auth, import_body(f"k{n}"))

    def send() -> tuple[int | None, bytes]:
        request.send(request.head + request.body)
        return request.read_response()

    client = Background(send)
    client.start()
    trigger = run_async(lambda: _kill_when(cluster.dsn, service.pid, trigger_sql, client, timeout=60))
    client.join(60)
    assert not client.is_alive(), "the import request neither answered nor died"
    status = None if client.error is not None else client.result[0]
    if trigger is not None:
        assert service.wait_exit(30) == -signal.SIGKILL
        # The killed service's sessions end (PostgreSQL rolls back what they left open) before
        # anyone counts: a COMMIT already on the wire would otherwise land after the count.
        wait_until(lambda: cluster.service_backends() == 0, 30, "the killed service's sessions to end")
    else:
        assert status == 200, client.result
        assert json.loads(client.result[1])["imported"] == IMPORT_ROWS
    return Attempt(conference, trigger, status, cluster.delegate_count(conference))


def test_sigkill_mid_import_leaves_all_rows_or_none(cluster: PgCluster, service: Service) -> None:
    with service.client() as c:
        auth = login(c)
    attempts: list[Attempt] = []
    for n, trigger_sql in enumerate(TRIGGERS):
        attempt = _attempt(cluster, service, auth, n, trigger_sql)
        attempts.append(attempt)
        assert attempt.count in (0, IMPORT_ROWS), attempts  # all or none, whatever happened
        if attempt.status == 200:
            assert attempt.count == IMPORT_ROWS, attempts  # an answered import is committed
        if attempt.trigger is not None:
            service.start()  # restart after the kill, on the same database
            if attempt.status != 200 and attempt.count == 0:
                break
    killed = [a for a in attempts if a.trigger is not None and a.status != 200 and a.count == 0]
    assert killed, f"no attempt killed the service mid-import: {attempts}"

    # After the restart the service is whole: ready, each list as the database says, and the
    # killed import can simply be sent again.
    assert service.alive()
    with service.client(timeout=60) as c:
        assert c.get("/readyz").status_code == 200
        for a in attempts:
            assert api_delegate_count(c, auth, a.conference) == a.count
        r = c.post(
            f"/api/v1/conferences/{killed[0].conference}/delegates/import",
            content=import_body(f"k{attempts.index(killed[0])}"),
            headers=auth | {"Content-Type": "application/json"},
        )
        assert r.status_code == 200, r.text[:500]
        assert r.json()["imported"] == IMPORT_ROWS
    assert cluster.delegate_count(killed[0].conference) == IMPORT_ROWS
