"""Fixtures of the fault tests: a private PostgreSQL per test and the service as a process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.harness import DEMO_PASSWORD, PgCluster, Service, make_workdir, remove_workdir
from tests.support.processes import prepare_database


@pytest.fixture(scope="session")
def template_pgdata() -> Iterator[Path]:
    """A stopped data folder, migrated and seeded with the demo once; each test copies it."""
    path = make_workdir()
    try:
        pg = PgCluster(path)
        try:
            prepare_database(pg.url, DEMO_PASSWORD)
            pg.stop("fast")
        finally:
            pg.close()
        yield pg.pgdata
    finally:
        remove_workdir(path)


@pytest.fixture
def workdir() -> Iterator[Path]:
    path = make_workdir()
    try:
        yield path
    finally:
        remove_workdir(path)


@pytest.fixture
def cluster(workdir: Path, template_pgdata: Path) -> Iterator[PgCluster]:
    """A migrated, demo-seeded PostgreSQL of this test alone — stopping it disturbs no one."""
    pg = PgCluster(workdir, template=template_pgdata)
    try:
        yield pg
    finally:
        pg.close()


@pytest.fixture
def service(cluster: PgCluster, workdir: Path) -> Iterator[Service]:
    """The service running against ``cluster``; killed at teardown whatever happened."""
    svc = Service(cluster.url, workdir)
    try:
        svc.start()
        yield svc
    finally:
        svc.close()
