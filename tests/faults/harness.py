"""Fault-test plumbing: a private embedded PostgreSQL that can be stopped and started again, the
service as a real ``dhtt serve`` process, and an HTTP client whose bytes the test times itself.

Nothing here touches the suite's shared database: every fault test gets its own data folder.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
import warnings
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx

from tests.support.processes import free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "Fault-pass-2024"
ADMIN_PASSWORD = "Fault-admin-pass-2024"
SECRET_KEY = "fault-test-secret-key-that-is-long-enough-0000"
DISTRICT_ADMIN = "admin.huongkhe"
IMPORT_ROWS = 10_000

T = TypeVar("T")


def run_async(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on a private event loop in a worker thread — never on the session's loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def run_in_thread(fn: Callable[[], T]) -> T:
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result()


# --- PostgreSQL -------------------------------------------------------------------------------


class PgCluster:
    """An embedded PostgreSQL (PyPI ``pgserver``) in its own data folder, over a Unix socket.

    ``stop``/``start`` use pg_ctl on the same data folder and socket directory, so the URL the
    service holds stays valid across an outage. As root, pgserver runs postgres as ``pgserver``.
    """

    def __init__(self, root: Path, template: Path | None = None) -> None:
        """A new cluster in ``root``/pgdata: initdb'd, or copied from a stopped ``template``."""
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        from pgserver.postgres_server import get_server

        self.pgdata = (root / "pgdata").resolve()
        if template is not None:
            # cp -a keeps the owner (the 'pgserver' user when root) and the 0700 mode.
            subprocess.run(["cp", "-a", str(template), str(self.pgdata)], check=True)
            (self.pgdata / ".handle_pids.json").unlink(missing_ok=True)
        # cleanup_mode=None: the fixture stops it (pgserver's atexit hook must not race us).
        server = get_server(self.pgdata, cleanup_mode=None)
        info = server.get_postmaster_info()
        assert info.socket_dir is not None
        self.socket_dir: Path = info.socket_dir
        self.system_user: str | None = server.system_user
        self.log = server.log
        self.dsn = f"postgresql://postgres@/postgres?host={self.socket_dir}"
        self.url = f"postgresql+asyncpg://postgres@/postgres?host={self.socket_dir}"

    def _pg_ctl(self, args: list[str], timeout: float = 60) -> None:
        from pgserver import _commands

        _commands.pg_ctl(args, pgdata=self.pgdata, user=self.system_user, timeout=timeout)  # type: ignore[attr-defined]

    def running(self) -> bool:
        from pgserver.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(self.pgdata)
        return info is not None and info.is_running()

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl(["-w", "-m", mode, "stop"])
        assert not self.running()

    def start(self) -> None:
        (self.pgdata / "standby.signal").unlink(missing_ok=True)
        self._pg_ctl(["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.log), "start"])
        assert self.running()

    def start_refusing_connections(self) -> None:
        """Up, on the same socket, but refusing every session with SQLSTATE 57P03 ("not accepting
        connections") — as PostgreSQL does while starting or recovering: a standby without hot
        standby. ``stop`` then ``start`` brings it back normally."""
        (self.pgdata / "standby.signal").touch()
        self._pg_ctl(
            ["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-o", "-c hot_standby=off", "-l", str(self.log)]
            + ["start"]
        )
        assert self.running()

    def close(self) -> None:
        if self.running():
            try:
                self._pg_ctl(["-w", "-m", "immediate", "stop"], timeout=30)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                from pgserver.utils import PostmasterInfo

                info = PostmasterInfo.read_from_pgdata(self.pgdata)
                if info is not None and info.process is not None:
                    info.process.kill()

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no postgres log)"

    # SQL from the test's side (a separate application_name, so it never counts as the service).

    def fetchval(self, sql: str, *args: Any) -> Any:
        async def go() -> Any:
            conn = await asyncpg.connect(self.dsn, server_settings={"application_name": "dhtt-fault-probe"})
            try:
                return await conn.fetchval(sql, *args)
            finally:
                await conn.close()

        return run_async(go)

    def service_backends(self) -> int:
        return int(self.fetchval("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dhtt'"))

    def delegate_count(self, conference_id: str) -> int:
        return int(self.fetchval("SELECT count(*) FROM delegates WHERE conference_id = $1", uuid.UUID(conference_id)))


# --- the service ------------------------------------------------------------------------------


class Service:
    """``python -m api.cli serve`` (what ``dhtt serve`` runs) as a child process on 127.0.0.1."""

    def __init__(self, database_url: str | None, workdir: Path, command: str = "serve") -> None:
        """``database_url`` None: no DHTT_DATABASE_URL, the service starts its embedded PostgreSQL
        in ``workdir``/data/pgdata. ``command``: ``serve``, or ``demo`` (migrate, seed, serve)."""
        self.command = command
        self.database_url = database_url
        self.workdir = workdir
        self.log_path = workdir / "service.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")}
        env |= {
            "DHTT_ENV": "test",
            "DHTT_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "DHTT_SECRET_KEY": SECRET_KEY,
            "DHTT_DATA_DIR": str(self.workdir / "data"),
            "DHTT_LOG_LEVEL": "INFO",
            # the fault tests import 10,000 rows, twice the default bound
            "DHTT_IMPORT_MAX_ROWS": "20000",
            "PYTHONUNBUFFERED": "1",
        }
        if self.database_url is not None:
            env["DHTT_DATABASE_URL"] = self.database_url
        return env

    def start(self, timeout: float = 60) -> None:
        assert not self.alive()
        self.port = free_port()
        env = self.environment()
        with self.log_path.open("ab") as log:
            log.write(f"\n=== start on port {self.port} ===\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "api.cli", self.command, "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

        def healthy() -> bool:
            if not self.alive():
                raise AssertionError(f"the service exited early:\n{self.log_tail()}")
            with httpx.Client(timeout=2, trust_env=False) as c:
                return c.get(self.base_url + "/healthz").status_code == 200

        try:
            wait_until(healthy, timeout, "the service's /healthz", interval=0.1)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- service log ---\n{self.log_tail()}") from None

    def client(self, timeout: float = 15) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=timeout, trust_env=False)

    def signal(self, signum: int) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    def kill(self) -> None:
        """SIGKILL, and reap it."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def wait_exit(self, timeout: float) -> int | None:
        assert self.process is not None
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def close(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait(timeout=30)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])


def make_workdir() -> Path:
    # Short path under /tmp: the Unix socket then lives in the data folder itself.
    return Path(tempfile.mkdtemp(prefix="dhtt-fault-"))


def remove_workdir(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


# --- talking to the service -------------------------------------------------------------------


def login(client: httpx.Client, username: str = DISTRICT_ADMIN, password: str = DEMO_PASSWORD) -> dict[str, str]:
    r = client.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def new_conference(client: httpx.Client, headers: dict[str, str], name: str) -> str:
    """A commune of the demo district (headcount 250 ≤ 300: a full assembly, no delegate cap)
    and its conference in the demo plan."""
    r = client.get("/api/v1/units", params={"kind": "district"}, headers=headers)
    assert r.status_code == 200, r.text
    district = r.json()["items"][0]["id"]
    r = client.get("/api/v1/plans", headers=headers)
    assert r.status_code == 200, r.text
    plan = next(p for p in r.json()["items"] if p["code"] == "187/KH-UBND")["id"]
    r = client.post(
        "/api/v1/units",
        json={"name": name, "kind": "commune", "headcount": 250, "parent_id": district},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    unit = r.json()["id"]
    r = client.post(
        "/api/v1/conferences",
        json={
            "unit_id": unit,
            "plan_id": plan,
            "form": "advanced_exemplars",
            "held_on": "2025-03-10",
            "session": "morning",
            "place": "Hương Khê",
        },
        headers=headers,
    )
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def import_body(tag: str, rows: int = IMPORT_ROWS) -> bytes:
    """``rows`` distinct delegates as a JSON array (the import's JSON form)."""
    categories = ["emulation_soldier", "exemplar", "direct_worker", "good_deed", "guest", "leader", "hero"]
    return json.dumps(
        [
            {
                "full_name": f"Nguyễn Văn {tag} {i:06d}",
                "gender": "male" if i % 2 else "female",
                "birth_date": f"19{60 + i % 40}-0{1 + i % 9}-1{i % 9}",
                "national_id": f"0{(i * 7919) % 10**11:011d}" if i % 3 else None,
                "ethnicity": "Kinh",
                "category": categories[i % len(categories)],
            }
            for i in range(rows)
        ]
    ).encode()


def api_delegate_count(client: httpx.Client, headers: dict[str, str], conference_id: str) -> int:
    """The list's length as the API pages it (limit=500)."""
    total, cursor = 0, None
    while True:
        params: dict[str, Any] = {"limit": 500} | ({"cursor": cursor} if cursor else {})
        r = client.get(f"/api/v1/conferences/{conference_id}/delegates", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        total += len(body["items"])
        cursor = body["next_cursor"]
        if not cursor:
            return total


class RawRequest:
    """One HTTP/1.1 request over a plain socket, so the test decides when each byte leaves and
    when the service dies; ``Connection: close`` makes the answer end at EOF."""

    def __init__(self, port: int, path: str, headers: dict[str, str], body: bytes, timeout: float = 60) -> None:
        lines = [
            f"POST {path} HTTP/1.1",
            f"Host: 127.0.0.1:{port}",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
            "Connection: close",
            *(f"{k}: {v}" for k, v in headers.items()),
        ]
        self.head = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self.body = body
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read_response(self) -> tuple[int | None, bytes]:
        """(status, body) — status None when the connection died without a complete answer."""
        chunks: list[bytes] = []
        try:
            while chunk := self.sock.recv(65536):
                chunks.append(chunk)
        except OSError:  # reset by a killed peer, or timed out
            return None, b"".join(chunks)
        finally:
            self.sock.close()
        raw = b"".join(chunks)
        head, sep, payload = raw.partition(b"\r\n\r\n")
        if not sep or not head.startswith(b"HTTP/1.1 "):
            return None, raw
        status = int(head.split(b" ", 2)[1])
        length = next(
            (
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            ),
            None,
        )
        if length is not None and len(payload) < length:
            return None, raw  # cut short
        return status, payload


class Background(threading.Thread):
    """Run ``fn`` in a thread; ``result``/``error`` afterwards, ``done`` set when it returns."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()
