"""Stopping ``dhtt serve`` stops the embedded PostgreSQL it started (DHTT_DATABASE_URL unset):
SIGTERM or SIGINT leaves no postmaster behind on the data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.faults.harness import ROOT, Service, wait_until

pytestmark = pytest.mark.slow

STOP_BOUND = 10.0


def postmaster_pid(pgdata: Path) -> int | None:
    """The pid of a live postmaster on ``pgdata``, or None (no pid file, or its process gone)."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    state = next((line for line in status.splitlines() if line.startswith("State:")), "")
    return None if "Z" in state.split(":", 1)[1] else pid  # a zombie has stopped


def kill_leftover(pgdata: Path) -> None:
    pid = postmaster_pid(pgdata)
    if pid is not None:
        os.kill(pid, signal.SIGQUIT)  # immediate shutdown: do not leave it to the machine


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_threat_stopping_serve_stops_embedded_postgres(workdir: Path, signum: signal.Signals) -> None:
    service = Service(None, workdir)
    pgdata = workdir / "data" / "pgdata"
    try:
        migrate = subprocess.run(
            [sys.executable, "-m", "api.cli", "migrate"],
            cwd=ROOT,
            env=service.environment(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert migrate.returncode == 0, migrate.stderr[-2000:]
        assert postmaster_pid(pgdata) is None, "dhtt migrate left its embedded PostgreSQL running"

        service.start()
        with httpx.Client(base_url=service.base_url, timeout=5, trust_env=False) as c:
            wait_until(lambda: c.get("/readyz").status_code == 200, 30, "/readyz")
        postmaster = postmaster_pid(pgdata)
        assert postmaster is not None, "no embedded PostgreSQL while serving"

        service.signal(signum)
        code = service.wait_exit(30)
        assert code is not None, f"still running 30 s after {signum.name}\n{service.log_tail()}"
        assert code == 128 + signum, f"exit code {code}\n{service.log_tail()}"
        wait_until(
            lambda: postmaster_pid(pgdata) is None, STOP_BOUND, f"the embedded PostgreSQL to stop after {signum.name}"
        )
        assert "Traceback" not in service.log_text(), service.log_tail()
    finally:
        service.close()
        kill_leftover(pgdata)
