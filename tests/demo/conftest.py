"""A real ``dhtt demo`` process on a fresh embedded PostgreSQL, shared by the tests of this folder.

It is what a new user runs: no DHTT_DATABASE_URL, an empty data folder; the process migrates,
seeds the plan-187 demo, prints the demo passwords once and serves. The passwords are read from
what it printed, as the README tells a user to.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import Service, make_workdir, remove_workdir, wait_until

_PASSWORD_LINE = re.compile(r"^  (?P<username>[a-z0-9._-]+)\s+(?P<password>\S+)$")


@dataclass(frozen=True)
class DemoServer:
    base_url: str
    passwords: dict[str, str]  # username → the password printed at seeding


def printed_passwords(output: str) -> dict[str, str]:
    """The lines under "Demo accounts — …" as ``dhtt demo`` prints them."""
    lines = output.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("Demo accounts")), None)
    if start is None:
        return {}
    found: dict[str, str] = {}
    for line in lines[start + 1 :]:
        match = _PASSWORD_LINE.match(line)
        if match is None:
            break
        found[match["username"]] = match["password"]
    return found


def kill_leftover(pgdata: Path) -> None:
    """Stop a postmaster still running on ``pgdata`` (immediate shutdown), if any."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().splitlines()[0])
        os.kill(pid, signal.SIGQUIT)
    except (OSError, ValueError, IndexError):
        pass


@pytest.fixture(scope="session")
def demo_server() -> Iterator[DemoServer]:
    workdir = make_workdir()
    service = Service(None, workdir, command="demo")
    try:
        service.start(timeout=180)  # initdb, migrations and the seed come first
        passwords = wait_until(lambda: printed_passwords(service.log_text()), 10, "the printed demo passwords")
        yield DemoServer(service.base_url, passwords)
    finally:
        if service.alive():
            service.signal(signal.SIGTERM)  # dhtt stops its embedded PostgreSQL on the way out
            service.wait_exit(30)
        service.close()
        kill_leftover(workdir / "data" / "pgdata")
        remove_workdir(workdir)
