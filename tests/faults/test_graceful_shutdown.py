"""SIGTERM while a request is in flight: the service stops taking new connections, finishes
the request (committed, 200), then exits by itself."""

from __future__ import annotations

import json
import signal
import socket

import pytest

from tests.faults.harness import (
    IMPORT_ROWS,
    PgCluster,
    RawRequest,
    Service,
    import_body,
    login,
    new_conference,
    wait_until,
)

pytestmark = pytest.mark.slow

EXIT_BOUND = 30.0


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def test_sigterm_finishes_the_in_flight_import(cluster: PgCluster, service: Service) -> None:
    with service.client() as c:
        auth = login(c)
        conference = new_conference(c, auth, "xã Tắt Máy")
    body = import_body("term")
    request = RawRequest(service.port, f"/api/v1/conferences/{conference}/delegates/import", auth, body)

    # Headers and half the body: the handler is running — the caller authenticated, the import's
    # pre-body check made and its transaction ended (no connection waits on the body) — and it
    # waits for the rest of the body.
    sent_at = cluster.fetchval("SELECT now()")
    request.send(request.head + body[: len(body) // 2])
    wait_until(
        lambda: cluster.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dhtt' AND state = 'idle'"
            " AND query = 'COMMIT;' AND state_change > $1",
            sent_at,
        ),
        30,
        "the import's pre-body check to commit",
    )

    service.signal(signal.SIGTERM)
    wait_until(lambda: "Shutting down" in service.log_text(), 30, "uvicorn to begin its shutdown")
    assert service.alive(), service.log_tail()
    # No new connections while draining.
    wait_until(lambda: _refused(service.port), 10, "the listening socket to close")

    request.send(body[len(body) // 2 :])
    status, payload = request.read_response()
    assert status == 200, f"{status} {payload[:500]!r}\n--- service log ---\n{service.log_tail()}"
    assert json.loads(payload)["imported"] == IMPORT_ROWS

    code = service.wait_exit(EXIT_BOUND)
    assert code is not None, f"still running {EXIT_BOUND:.0f} s after SIGTERM\n{service.log_tail()}"
    # uvicorn re-raises the captured SIGTERM once it has shut down cleanly; ``dhtt serve`` turns it
    # into a normal exit with the shell's code for the signal (so its atexit hooks run).
    assert code == 128 + signal.SIGTERM, f"exit code {code}\n{service.log_tail()}"
    log = service.log_text()
    assert "Finished server process" in log, service.log_tail()
    assert "graceful shutdown exceeded" not in log, service.log_tail()  # no task cut short by the graceful timeout
    assert cluster.delegate_count(conference) == IMPORT_ROWS
