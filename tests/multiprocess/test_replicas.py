"""Replicas: several ``dhtt serve`` processes on one PostgreSQL and one store of files answer as
one service — files, the event feed (F1), revocation, metrics — and start safely together.

The processes are real (``tests.support.processes``); the two replicas are shared by the module.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from prometheus_client.parser import text_string_to_metric_families

from api.db.engine import make_engine, make_sessionmaker
from api.db.tables import metadata
from api.services.users import ensure_first_admin
from tests.support import ADMIN_PASSWORD, DEMO_PASSWORD, fresh_database
from tests.support.processes import START_TIMEOUT, Processes, Service, service_environment, wait_until
from tests.support.receiver import Receiver

pytestmark = pytest.mark.slow

API = "/api/v1"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + uuid.uuid4().bytes
DISTRICT_ADMIN = "admin.huongkhe"
OFFICER = "canbo.huongthuy"


@pytest.fixture(scope="module")
def clients(replicas: tuple[Service, Service]) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    a, b = replicas
    with a.client() as ca, b.client() as cb:
        yield ca, cb


def _login(client: httpx.Client, username: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
    r = client.post(f"{API}/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def _plan_187(client: httpx.Client, headers: dict[str, str]) -> dict[str, Any]:
    r = client.get(f"{API}/plans", params={"limit": 500}, headers=headers)
    assert r.status_code == 200, r.text
    return dict(next(p for p in r.json()["items"] if p["code"] == "187/KH-UBND"))


def _feed_tail(client: httpx.Client, headers: dict[str, str]) -> str:
    """The cursor after the newest event the feed holds now."""
    cursor: str | None = None
    while True:
        r = client.get(f"{API}/events", params={"limit": 500} | ({"after": cursor} if cursor else {}), headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        if not body["items"]:
            return str(body["next_cursor"])
        cursor = body["next_cursor"]


def _requests_served(metrics_text: str, route: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(metrics_text)
        for sample in family.samples
        if sample.name == "dhtt_http_requests_total" and sample.labels.get("route") == route
    )


def _gauge(metrics_text: str, name: str) -> float | None:
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == name:
                return sample.value
    return None


# --- files and the feed ---------------------------------------------------------------------------


def test_replicas_attachment_uploaded_through_one_downloaded_through_other(
    clients: tuple[httpx.Client, httpx.Client],
) -> None:
    a, b = clients
    officer_a, officer_b = _login(a, OFFICER), _login(b, OFFICER)
    plan = _plan_187(a, officer_a)  # xã Hương Thủy has sent its unit plan: its summary report, a draft
    r = a.post(f"{API}/submissions", json={"kind": "summary_report", "plan_id": plan["id"]}, headers=officer_a)
    assert r.status_code == 201, r.text
    url = f"{API}/submissions/{r.json()['id']}/attachments"
    r = a.post(url, files={"file": ("ke-hoach.pdf", PDF, "application/pdf")}, headers=officer_a)
    assert r.status_code == 201, r.text
    meta = r.json()
    assert meta["sha256"] == hashlib.sha256(PDF).hexdigest()

    got = b.get(f"{url}/{meta['id']}", headers=officer_b)
    assert got.status_code == 200, got.text
    assert got.content == PDF
    assert got.headers["X-Checksum-SHA256"] == meta["sha256"] == hashlib.sha256(got.content).hexdigest()
    listed = b.get(url, headers=officer_b)
    assert listed.status_code == 200, listed.text
    assert meta["id"] in [item["id"] for item in listed.json()["items"]]


def test_F1_change_through_one_process_appears_once_in_order_in_the_other(
    clients: tuple[httpx.Client, httpx.Client],
) -> None:
    a, b = clients
    admin_a, admin_b = _login(a, DISTRICT_ADMIN), _login(b, DISTRICT_ADMIN)
    tail = _feed_tail(b, admin_b)
    r = a.get(f"{API}/units", params={"kind": "district", "limit": 500}, headers=admin_a)
    district = next(u["id"] for u in r.json()["items"] if u["name"] == "UBND huyện Hương Khê")
    r = a.post(
        f"{API}/units",
        json={"name": "xã Hai Tiến Trình", "kind": "commune", "headcount": 40, "parent_id": district},
        headers=admin_a,
    )
    assert r.status_code == 201, r.text
    unit = r.json()
    for headcount in (41, 42):
        r = a.patch(f"{API}/units/{unit['id']}", json={"headcount": headcount}, headers=admin_a)
        assert r.status_code == 200, r.text
    etag = r.headers["ETag"]

    r = b.get(f"{API}/events", params={"after": tail, "limit": 500}, headers=admin_b)
    assert r.status_code == 200, r.text
    events = r.json()["items"]
    cursors = [e["cursor"] for e in events]
    assert len(set(cursors)) == len(cursors)  # each once
    ours = [e for e in events if e["entity_id"] == unit["id"]]
    assert [e["type"] for e in ours] == ["unit.created", "unit.updated", "unit.updated"]
    assert ours[-1]["etag"] == etag  # the last change, as the write through A answered it
    # read again from the same place through B: the same events, in the same order, nothing new
    again = b.get(f"{API}/events", params={"after": tail, "limit": 500}, headers=admin_b).json()["items"]
    assert [e["cursor"] for e in again][: len(cursors)] == cursors


# --- no per-process state that changes answers ------------------------------------------------------


def test_replicas_revocation_holds_across_processes(clients: tuple[httpx.Client, httpx.Client]) -> None:
    """A token that one process has verified (and remembers) is refused by it at once when the
    account's password is changed or the account is deactivated through the other."""
    a, b = clients
    admin_a = _login(a, DISTRICT_ADMIN)
    r = a.get(f"{API}/units", params={"limit": 500}, headers=admin_a)
    unit = next(u["id"] for u in r.json()["items"] if u["name"] == "xã Hương Thủy")
    password = "Replica-pass-2024"
    r = a.post(
        f"{API}/users",
        json={
            "username": "replica.officer",
            "full_name": "Nguyễn Văn Bản Sao",
            "role": "unit_officer",
            "unit_id": unit,
            "password": password,
        },
        headers=admin_a,
    )
    assert r.status_code == 201, r.text
    user = r.json()["id"]

    token = _login(a, "replica.officer", password)
    for _ in range(2):  # B verifies the token and remembers it
        assert b.get(f"{API}/me", headers=token).status_code == 200
    r = a.patch(f"{API}/users/{user}", json={"password": "Replica-new-pass-2025"}, headers=admin_a)
    assert r.status_code == 200, r.text
    assert b.get(f"{API}/me", headers=token).status_code == 401
    assert a.get(f"{API}/me", headers=token).status_code == 401

    token = _login(b, "replica.officer", "Replica-new-pass-2025")
    assert b.get(f"{API}/me", headers=token).status_code == 200
    r = a.patch(f"{API}/users/{user}", json={"is_active": False}, headers=admin_a)
    assert r.status_code == 200, r.text
    assert b.get(f"{API}/me", headers=token).status_code == 401


# --- metrics ----------------------------------------------------------------------------------------


def test_replicas_metrics_aggregate_across_workers(
    replicas: tuple[Service, Service], clients: tuple[httpx.Client, httpx.Client]
) -> None:
    """Two processes sharing a metrics folder: one /metrics answer, from either, counts what both
    served, and the pool gauges add up both processes' pools."""
    a, b = clients
    before = _requests_served(a.get("/metrics").text, "/healthz")
    for _ in range(3):
        assert a.get("/healthz").status_code == 200
    for _ in range(5):
        assert b.get("/healthz").status_code == 200
    for client in (a, b):
        assert _requests_served(client.get("/metrics").text, "/healthz") - before == 8
    # each process refreshes its pool gauges; the sum is both pools' configured size (10 each)
    wait_until(lambda: _gauge(a.get("/metrics").text, "dhtt_db_pool_size") == 20, 30, "both pools in the sum")


def test_replicas_serve_with_workers_aggregates_metrics_in_a_folder_of_its_own(
    processes: Processes, replica_env: dict[str, dict[str, str]]
) -> None:
    """``dhtt serve --workers 2`` without a metrics folder makes one itself: whichever worker
    answers /metrics counts the requests both served, and both workers' pools."""
    env = {k: v for k, v in replica_env["replica-a"].items() if k != "DHTT_METRICS_DIR"}
    (service,) = processes.start_services({"two-workers": env}, workers=2)
    try:
        served = 0
        for _ in range(20):  # a new connection each: the kernel hands them to either worker
            with service.client() as c:
                assert c.get("/healthz", headers={"Connection": "close"}).status_code == 200
            served += 1
        with service.client() as c:
            wait_until(lambda: _gauge(c.get("/metrics").text, "dhtt_db_pool_size") == 20, 30, "both workers' pools")
            for _ in range(4):  # whichever worker answers
                assert _requests_served(c.get("/metrics", headers={"Connection": "close"}).text, "/healthz") == served
    finally:
        assert service.stop() in (0, 128 + 15), service.log_tail()


# --- start-up work, several processes at once ----------------------------------------------------


def test_replicas_first_admin_created_once_when_started_together(
    pg_server: str, processes: Processes, replicas_workdir: Path
) -> None:
    """Replicas starting together on a new database: ``dhtt migrate`` run by three processes at
    once migrates once (the others wait, then find the database at head), and the first admin is
    created once by four start-ups at once, none of them failing."""
    url = fresh_database(pg_server, "dhtt_startup")
    env = service_environment(url, replicas_workdir / "data-migrate")
    migrations = [processes.start_process(["migrate"], env, name=f"migrate-{i}") for i in range(3)]
    for child in migrations:
        assert child.process.wait(timeout=START_TIMEOUT) == 0, child.log_tail()
        assert "database at head" in child.log_tail()

    async def start_together(n: int) -> tuple[list[bool], int]:
        engine = make_engine(url, pool_size=n)
        try:
            factory = make_sessionmaker(engine)

            async def start_up() -> bool:
                async with factory() as session:
                    created = await ensure_first_admin(session, "admin", ADMIN_PASSWORD)
                    await session.commit()
                    return created

            created = await asyncio.gather(*(start_up() for _ in range(n)))
            users = metadata.tables["users"]
            async with engine.connect() as conn:
                admins = await conn.scalar(
                    sa.select(sa.func.count()).where(users.c.role == "district_admin", users.c.unit_id.is_(None))
                )
            return list(created), int(admins or 0)
        finally:
            await engine.dispose()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        created, admins = pool.submit(lambda: asyncio.run(start_together(4))).result()
    assert sorted(created) == [False, False, False, True]
    assert admins == 1


# --- webhooks: two replicas and one worker process (F2) ---------------------------------------------


def test_F2_two_replicas_and_a_worker_deliver_once_in_order_and_a_killed_worker_loses_nothing(
    clients: tuple[httpx.Client, httpx.Client],
    processes: Processes,
    replica_env: dict[str, dict[str, str]],
) -> None:
    """A change made through replica A appears once, in order, in replica B's feed and at a
    receiver the worker process delivers to; the worker is killed (SIGKILL) in the middle of a
    delivery, and a new one delivers everything after it: nothing lost, every event recorded as
    delivered exactly once in the attempt log, in the feed's order."""
    a, b = clients
    admin_a, admin_b = _login(a, DISTRICT_ADMIN), _login(b, DISTRICT_ADMIN)
    receiver = Receiver()
    try:
        r = a.post(
            f"{API}/webhooks",
            json={"url": receiver.url, "event_types": ["unit.created", "unit.updated"]},
            headers=admin_a,
        )
        assert r.status_code == 201, r.text
        hook, secret = r.json()["id"], r.json()["secret"]
        tail = _feed_tail(b, admin_b)

        worker_env = replica_env["replica-a"] | {
            "DHTT_WEBHOOK_POLL_SECONDS": "0.3",
            "DHTT_WEBHOOK_RETRY_BASE_SECONDS": "0.3",
            "DHTT_WEBHOOK_RETRY_MAX_SECONDS": "1",
        }
        receiver.hold.set()  # the first delivery is caught in the middle
        worker = processes.start_process(["worker"], worker_env, name="worker-1")

        r = a.get(f"{API}/units", params={"kind": "district", "limit": 500}, headers=admin_a)
        district = next(u["id"] for u in r.json()["items"] if u["name"] == "UBND huyện Hương Khê")
        r = a.post(
            f"{API}/units",
            json={"name": "xã Giao Nhận Webhook", "kind": "commune", "headcount": 30, "parent_id": district},
            headers=admin_a,
        )
        assert r.status_code == 201, r.text
        unit = r.json()["id"]
        for headcount in (31, 32):
            r = a.patch(f"{API}/units/{unit}", json={"headcount": headcount}, headers=admin_a)
            assert r.status_code == 200, r.text

        # the feed, read through B: the three changes once each, in order
        feed = b.get(f"{API}/events", params={"after": tail, "limit": 500}, headers=admin_b).json()["items"]
        ours = [e for e in feed if e["entity_id"] == unit]
        assert [e["type"] for e in ours] == ["unit.created", "unit.updated", "unit.updated"]

        # the worker is killed while the receiver holds the first delivery
        wait_until(lambda: receiver.arrived, START_TIMEOUT, "the first delivery to arrive")
        os.killpg(worker.pid, signal.SIGKILL)
        worker.process.wait(timeout=30)
        receiver.release.set()
        attempts = b.get(f"{API}/webhooks/{hook}/deliveries", params={"limit": 500}, headers=admin_b).json()
        assert not [d for d in attempts["items"] if d["succeeded"]]  # the killed attempt logged nothing

        processes.start_process(["worker"], worker_env, name="worker-2")

        def delivered() -> list[dict[str, Any]] | None:
            payloads = receiver.payloads(secret)  # every signature verified
            ids = [p["data"]["cursor"] for p in payloads]
            firsts = [p for i, p in enumerate(payloads) if p["data"]["cursor"] not in ids[:i]]
            return firsts if len(firsts) >= len(ours) else None

        # a killed worker's job is ended once procrastinate sees it stalled (no heartbeat for 30 s)
        firsts = wait_until(delivered, 120 + START_TIMEOUT, "every event at the receiver", interval=0.5)
        assert [p["data"]["cursor"] for p in firsts] == [e["cursor"] for e in ours]
        assert [p["type"] for p in firsts] == ["unit.created", "unit.updated", "unit.updated"]

        log = b.get(f"{API}/webhooks/{hook}/deliveries", params={"limit": 500}, headers=admin_b).json()["items"]
        succeeded = [d["event_cursor"] for d in log if d["succeeded"]]
        assert sorted(succeeded) == sorted(e["cursor"] for e in ours)  # once each
        assert b.get(f"{API}/webhooks/{hook}", headers=admin_b).json()["delivered_through"] == ours[-1]["cursor"]
    finally:
        receiver.release.set()
        receiver.server.shutdown()
