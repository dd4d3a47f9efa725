"""Fixtures of the multi-process tests: a database and a folder of files of their own, and the
service as two real ``dhtt serve`` processes on them (replicas), started together."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ADMIN_PASSWORD, DEMO_PASSWORD, fresh_database
from tests.support.processes import Processes, Service, prepare_database, service_environment

SECRET_KEY = "replicas-test-secret-key-that-is-long-enough-0000"


@pytest.fixture(scope="module")
def replicas_database(pg_server: str) -> str:
    """A fresh database on the suite's PostgreSQL, migrated and seeded with the demo."""
    url = fresh_database(pg_server, "dhtt_replicas")
    prepare_database(url, DEMO_PASSWORD)
    return url


@pytest.fixture(scope="module")
def replicas_workdir() -> Iterator[Path]:
    # Short path under /tmp: logs, each process's data folder, the shared files and metrics.
    path = Path(tempfile.mkdtemp(prefix="dhtt-replicas-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def processes(replicas_workdir: Path) -> Iterator[Processes]:
    """Every process the module starts; all stopped (SIGTERM, then SIGKILL) at its end."""
    procs = Processes(replicas_workdir)
    try:
        yield procs
    finally:
        procs.close()


@pytest.fixture(scope="module")
def replica_env(replicas_database: str, replicas_workdir: Path) -> dict[str, dict[str, str]]:
    """The environment of each replica: one database, one store of files (a local folder both
    see, as an S3 bucket would be), one metrics folder; a data folder each; no delivery worker
    inside (production runs ``dhtt worker`` apart)."""
    files = replicas_workdir / "files"
    metrics = replicas_workdir / "metrics"
    files.mkdir()
    metrics.mkdir()
    return {
        name: service_environment(
            replicas_database,
            replicas_workdir / f"data-{name}",
            secret_key=SECRET_KEY,
            admin_password=ADMIN_PASSWORD,
            storage_url=files.as_uri(),
            metrics_dir=str(metrics),
            # deliveries are the worker process's (F2); the receiver of the tests is on 127.0.0.1
            inprocess_worker="false",
            webhook_allow_private="true",
        )
        for name in ("replica-a", "replica-b")
    }


@pytest.fixture(scope="module")
def replicas(processes: Processes, replica_env: dict[str, dict[str, str]]) -> tuple[Service, Service]:
    """Two ``dhtt serve`` processes on the same database and files, started at the same moment."""
    a, b = processes.start_services(replica_env)
    return a, b
