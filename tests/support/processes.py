"""The service as real processes: several ``dhtt serve`` (and, the same way, any other ``dhtt``
command such as a worker) on one PostgreSQL and one store of files, each on a free port.

``start_process(argv, env)`` starts ``dhtt <argv…>`` (``python -m api.cli``, what the console
script runs) with its output in a log file; ``start_service`` adds a port and waits for
``/readyz``; ``Processes`` starts several and stops them all cleanly at the end (SIGTERM, then
SIGKILL after a grace period). Timeouts are generous: the suite runs on small, busy machines.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 120.0  # seconds for a process to answer /readyz (imports, migrations check)
STOP_TIMEOUT = 30.0  # seconds between SIGTERM and SIGKILL

T = TypeVar("T")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check: Callable[[], T | None], timeout: float, what: str, interval: float = 0.1) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while True:
        try:
            value = check()
            if value:
                return value
        except Exception as exc:  # keep polling; report the last error on timeout
            last_error = exc
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last error: {last_error!r})")
        time.sleep(interval)


def prepare_database(url: str, demo_password: str) -> None:
    """Migrate ``url`` to head and seed the plan-187 demo with ``demo_password`` for every demo
    account, in a worker thread with a short-lived engine (never on a test's event loop)."""
    from api.db.engine import make_engine, make_sessionmaker
    from api.db.migrate import upgrade
    from api.services.demo import seed_demo

    async def seed() -> None:
        engine = make_engine(url, pool_size=1)
        try:
            async with make_sessionmaker(engine)() as session:
                await seed_demo(session, lambda _: demo_password)
                await session.commit()
        finally:
            await engine.dispose()

    def prepare() -> None:
        upgrade(url)
        asyncio.run(seed())

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(prepare).result()


def service_environment(database_url: str, data_dir: Path, **settings: str) -> dict[str, str]:
    """The environment of a service process: this one's without any DHTT_ setting, then the
    database, the data folder and ``settings`` (names without the DHTT_ prefix, e.g.
    ``STORAGE_URL="file:///…"``)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env |= {
        "DHTT_ENV": "test",
        "DHTT_DATABASE_URL": database_url,
        "DHTT_DATA_DIR": str(data_dir),
        "DHTT_LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
    }
    env |= {f"DHTT_{name.upper()}": value for name, value in settings.items()}
    return env


class ChildProcess:
    """One ``dhtt`` command running as a child process, in a process group of its own (so that
    uvicorn's worker processes are stopped with it)."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log_path: Path) -> None:
        self.name = name
        self.argv = argv
        self.log_path = log_path
        with log_path.open("ab") as log:
            log.write(f"\n=== dhtt {' '.join(argv)} ===\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "api.cli", *argv],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = STOP_TIMEOUT) -> int:
        """SIGTERM (uvicorn drains and exits), then SIGKILL to the group if it lingers. The exit code."""
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                pass
        if self.alive():
            os.killpg(self.pid, signal.SIGKILL)  # its own group: this child and its workers only
        code = self.process.wait(timeout=timeout)
        with contextlib.suppress(ProcessLookupError):  # workers left behind by a killed parent
            os.killpg(self.pid, signal.SIGKILL)
        return code


class Service(ChildProcess):
    """``dhtt serve`` on 127.0.0.1 and a free port."""

    def __init__(self, name: str, env: dict[str, str], log_path: Path, workers: int = 1) -> None:
        self.port = free_port()
        argv = ["serve", "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(workers)]
        super().__init__(name, argv, env, log_path)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, timeout: float = 30) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=timeout, trust_env=False)

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        def ready() -> bool:
            if not self.alive():
                raise AssertionError(f"{self.name} exited early:\n{self.log_tail()}")
            with httpx.Client(timeout=5, trust_env=False) as c:
                return c.get(self.base_url + "/readyz").status_code == 200

        try:
            wait_until(ready, timeout, f"{self.name}'s /readyz", interval=0.2)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- {self.name} log ---\n{self.log_tail()}") from None


class Processes:
    """The processes of one test (or module): started here, all stopped by ``close``."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.started: list[ChildProcess] = []

    def start_process(self, argv: list[str], env: dict[str, str], name: str | None = None) -> ChildProcess:
        """``dhtt <argv…>`` (e.g. ``["worker"]``), logging to ``<workdir>/<name>.log``."""
        name = name or argv[0]
        child = ChildProcess(name, argv, env, self.workdir / f"{name}.log")
        self.started.append(child)
        return child

    def start_services(self, envs: dict[str, dict[str, str]], workers: int = 1) -> list[Service]:
        """A ``dhtt serve`` per name, started together (as replicas start), each waited for."""
        services = [Service(name, env, self.workdir / f"{name}.log", workers) for name, env in envs.items()]
        self.started.extend(services)
        for service in services:
            service.wait_ready()
        return services

    def close(self) -> None:
        for child in reversed(self.started):
            child.stop()
        self.started.clear()
