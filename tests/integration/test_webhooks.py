"""F2 — webhooks through HTTP on PostgreSQL, delivered by the real worker (procrastinate) to a
receiver on 127.0.0.1: signed per Standard Webhooks, in order, retried, paused and resumed,
filtered by X2; refused targets (SSRF)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from standardwebhooks import Webhook as Verifier
from standardwebhooks.webhooks import WebhookVerificationError

from api.app import create_app
from api.settings import Settings
from api.worker import DeliveryWorker
from tests.support import DEMO_PASSWORD, Caller, District
from tests.support.callers import cheap_password_hashing, login_client
from tests.support.receiver import Receiver

HOOKS = "/api/v1/webhooks"
NOM = "/api/v1/nominations"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


@pytest.fixture
def hook_settings(app: FastAPI, settings: Settings) -> Iterator[Settings]:
    """Settings that reach the local receiver and retry and pause within seconds."""
    fast = settings.model_copy(
        update={
            "webhook_allow_private": True,
            "webhook_retry_base_seconds": 0.2,
            "webhook_retry_max_seconds": 0.5,
            "webhook_pause_after_seconds": 1.5,
            "webhook_poll_seconds": 0.2,
            "webhook_timeout_seconds": 5.0,
        }
    )
    app.state.settings = fast
    yield fast
    app.state.settings = settings


@pytest.fixture
async def start_worker(hook_settings: Settings) -> AsyncIterator[Callable[[], None]]:
    """Start the delivery worker (as ``dhtt worker`` runs it) when the test says; stopped after."""
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []

    def start() -> None:
        assert hook_settings.database_url
        tasks.append(asyncio.create_task(DeliveryWorker(hook_settings, hook_settings.database_url).run(stop)))

    yield start
    stop.set()
    await asyncio.gather(*tasks)


@pytest.fixture
async def worker(start_worker: Callable[[], None]) -> None:
    start_worker()


async def _until(check: Callable[[], Any], seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("timed out")


def _nomination(
    conference_id: str, name: str = "Trần Văn Cường", national_id: str = "042080000777"
) -> dict[str, object]:
    return {
        "conference_id": conference_id,
        "nominee_kind": "individual",
        "nominee_name": name,
        "national_id": national_id,
        "rank": "worker",
        "works_directly": True,
        "honour": "district_certificate",
        "basis": "merit",
    }


async def _client_of(district: District, unit_id: str | None, scopes: list[str]) -> Caller:
    """An integration client (client_credentials) bound to ``unit_id`` (None: the district)."""
    username = f"tichhop.{uuid.uuid4().hex[:10]}"
    body: dict[str, object] = {
        "username": username,
        "full_name": f"Tích hợp {username}",
        "role": "integration_client",
        "password": DEMO_PASSWORD,
        "scopes": scopes,
        "unit_id": unit_id or district.id,
    }
    with cheap_password_hashing():
        r = await district.admin.post("/api/v1/users", json=body)
    assert r.status_code == 201, r.text
    return Caller(
        district.http, await login_client(district.http, username, DEMO_PASSWORD), username, "integration_client"
    )


async def _subscribe(caller: Caller, url: str, types: list[str]) -> dict[str, Any]:
    r = await caller.post(HOOKS, json={"url": url, "event_types": types})
    assert r.status_code == 201, r.text
    return dict(r.json())


# --- subscriptions ------------------------------------------------------------------------------


async def test_F2_subscriptions_are_managed_by_their_owner_only(
    district: District, hook_settings: Settings, officer_client: Caller
) -> None:
    owner = await _client_of(district, None, ["read"])
    other = await _client_of(district, None, ["read"])
    r = await owner.post(HOOKS, json={"url": "http://127.0.0.1:9/hooks", "event_types": ["nomination.created"]})
    assert r.status_code == 201, r.text
    created, created_etag = r.json(), r.headers["ETag"]
    assert created["secret"].startswith("whsec_")
    assert created["status"] == "active"
    wid = created["id"]
    got = await owner.get(f"{HOOKS}/{wid}")
    assert got.headers["ETag"] == created_etag  # the creation's ETag is the record's, not the secret's
    assert got.status_code == 200
    assert "secret" not in got.json()
    assert [w["id"] for w in (await owner.get(HOOKS)).json()["items"]] == [wid]
    assert (await other.get(f"{HOOKS}/{wid}")).status_code == 404
    assert (await other.get(HOOKS)).json()["items"] == []
    assert (await officer_client.get(HOOKS)).status_code == 403
    changed = await owner.patch(
        f"{HOOKS}/{wid}", json={"event_types": ["nomination.approved"]}, headers={"If-Match": got.headers["ETag"]}
    )
    assert changed.status_code == 200
    assert changed.json()["event_types"] == ["nomination.approved"]
    stale = await owner.delete(f"{HOOKS}/{wid}", headers={"If-Match": got.headers["ETag"]})
    assert stale.status_code == 412
    audit = await district.superadmin.get("/api/v1/audit-events", params={"entity": "webhook", "entity_id": wid})
    assert [e["action"] for e in audit.json()["items"]] == ["update", "create"]  # X4
    assert (await owner.delete(f"{HOOKS}/{wid}")).status_code == 204
    assert (await owner.get(f"{HOOKS}/{wid}")).status_code == 404
    # a subscription's deletion is its owner's: no tombstone in the sync feed, to anyone
    for reader in (owner, other, district.superadmin):
        since = {"limit": 500, "updated_after": created["created_at"]}
        deletions = (await reader.get("/api/v1/deletions", params=since)).json()["items"]
        assert wid not in [d["id"] for d in deletions]


async def test_F2_bad_secret_and_unknown_event_type_refused(district: District, hook_settings: Settings) -> None:
    owner = await _client_of(district, None, ["read"])
    r = await owner.post(HOOKS, json={"url": "http://127.0.0.1:9/", "event_types": ["x.y"]})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"].startswith("event_types")
    r = await owner.post(HOOKS, json={"url": "http://127.0.0.1:9/", "event_types": ["unit.created"], "secret": "abc"})
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "secret"
    assert r.json()["rule"] == "F2"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://[::1]/x"])
async def test_F2_threat_ssrf_loopback_refused(district_admin_client: Caller, url: str) -> None:
    r = await district_admin_client.post(HOOKS, json={"url": url, "event_types": ["unit.created"]})
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["code"] == "validation_error"
    assert body["rule"] == "F2"
    assert body["errors"][0]["field"] == "url"


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5/",
        "http://172.16.3.4/",
        "https://192.168.1.10/",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://[fd00::1]/",
        "http://[::ffff:10.0.0.1]/",
    ],
)
async def test_F2_threat_ssrf_private_ranges_refused(district_admin_client: Caller, url: str) -> None:
    r = await district_admin_client.post(HOOKS, json={"url": url, "event_types": ["unit.created"]})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == "url"
    assert r.json()["rule"] == "F2"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "example.org"])
async def test_F2_threat_ssrf_non_http_schemes_refused(district_admin_client: Caller, url: str) -> None:
    r = await district_admin_client.post(HOOKS, json={"url": url, "event_types": ["unit.created"]})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == "url"
    assert r.json()["rule"] == "F2"


# --- delivery -----------------------------------------------------------------------------------


async def test_F2_deliveries_are_signed_and_in_order_per_entity(
    district: District, receiver: Receiver, worker: None
) -> None:
    unit = await district.unit("xã Webhook Thứ Tự")
    officer = await district.officer(unit)
    conference = await district.conference(unit)
    hook = await _subscribe(
        district.admin, receiver.url, ["nomination.created", "nomination.updated", "nomination.submitted"]
    )
    created = await officer.post(NOM, json=_nomination(str(conference["id"])))
    assert created.status_code == 201, created.text
    nid = created.json()["id"]
    edited = await officer.patch(f"{NOM}/{nid}", json={"nominee_name": "Trần Văn Cương"})
    assert edited.status_code == 200, edited.text
    assert (await officer.post(f"{NOM}/{nid}/submit")).status_code == 200
    await _until(lambda: len(receiver.received) >= 3)
    payloads = receiver.payloads(hook["secret"])  # raises unless every signature verifies
    ours = [p for p in payloads if p["data"]["entity_id"] == nid]
    assert [p["type"] for p in ours] == ["nomination.created", "nomination.updated", "nomination.submitted"]
    headers = receiver.received[0][0]
    assert headers["webhook-id"] == f"evt_{payloads[0]['data']['cursor']}"
    assert {"webhook-timestamp", "webhook-signature"} <= set(headers)
    tampered = dict(headers) | {"webhook-signature": "v1,AAAA"}
    with pytest.raises(WebhookVerificationError):
        Verifier(hook["secret"]).verify(receiver.received[0][1], tampered)


async def test_F2_retry_after_receiver_failure_and_attempt_log(
    district: District, receiver: Receiver, worker: None
) -> None:
    receiver.statuses = [500, 307]  # a redirect is not followed: a failure
    hook = await _subscribe(district.admin, receiver.url, ["unit.created"])
    unit = await district.unit("xã Webhook Thử Lại")
    await _until(lambda: any(p["data"]["entity_id"] == unit for p in receiver.payloads(hook["secret"])))
    log = (await district.admin.get(f"{HOOKS}/{hook['id']}/deliveries")).json()["items"]
    attempts = [(d["attempt"], d["succeeded"], d["status_code"]) for d in reversed(log)]
    assert attempts == [(1, False, 500), (2, False, 307), (3, True, 204)]
    assert all(d["duration_ms"] >= 0 and d["event_type"] == "unit.created" for d in log)
    assert log[-1]["error"] == "HTTP 500"
    assert log[0]["error"] is None
    page = await district.admin.get(f"{HOOKS}/{hook['id']}/deliveries", params={"limit": 1})
    assert page.json()["next_cursor"] is not None  # keyset-paged


async def test_F2_paused_after_failing_for_the_span_and_resume_redelivers(
    district: District, receiver: Receiver, worker: None
) -> None:
    receiver.always = 500
    hook = await _subscribe(district.admin, receiver.url, ["unit.created"])
    unit = await district.unit("xã Webhook Tạm Dừng")
    url = f"{HOOKS}/{hook['id']}"
    state: dict[str, Any] = {}

    async def poll() -> None:
        for _ in range(200):
            state.update((await district.admin.get(url)).json())
            if state["status"] == "paused":
                return
            await asyncio.sleep(0.1)

    await poll()
    assert state["status"] == "paused"
    assert state["reason"] == "failing"
    assert state["paused_at"]
    audit = await district.superadmin.get("/api/v1/audit-events", params={"entity": "webhook", "entity_id": hook["id"]})
    assert "pause" in [e["action"] for e in audit.json()["items"]]  # X4
    receiver.always = None
    resumed = await district.admin.post(f"{url}/resume")
    assert resumed.status_code == 200
    assert resumed.json()["status"] == "active"
    await _until(lambda: any(p["data"]["entity_id"] == unit for p in receiver.payloads(hook["secret"])))


async def test_F2_X2_a_subscriber_never_receives_an_event_about_a_record_it_could_not_read(
    district: District, receiver: Receiver, worker: None
) -> None:
    a, b = await district.unit("xã Webhook Riêng A"), await district.unit("xã Webhook Riêng B")
    client_a = await _client_of(district, a, ["read"])
    hook = await _subscribe(client_a, receiver.url, ["nomination.created"])
    conf_a, conf_b = await district.conference(a), await district.conference(b)
    rb = await (await district.officer(b)).post(NOM, json=_nomination(str(conf_b["id"]), "Lê Văn B", "042080000881"))
    ra = await (await district.officer(a)).post(NOM, json=_nomination(str(conf_a["id"]), "Lê Văn A", "042080000882"))
    assert rb.status_code == ra.status_code == 201
    await _until(lambda: any(p["data"]["entity_id"] == ra.json()["id"] for p in receiver.payloads(hook["secret"])))
    ids = [p["data"]["entity_id"] for p in receiver.payloads(hook["secret"])]
    assert rb.json()["id"] not in ids  # B's nomination is private to B (X2)


async def test_F2_a_change_committed_while_no_worker_runs_is_delivered_when_one_starts(
    district: District, receiver: Receiver, start_worker: Callable[[], None]
) -> None:
    hook = await _subscribe(district.admin, receiver.url, ["unit.created"])
    unit = await district.unit("xã Webhook Hộp Thư")  # committed; no worker runs
    await asyncio.sleep(0.5)
    assert receiver.received == []
    start_worker()
    await _until(lambda: any(p["data"]["entity_id"] == unit for p in receiver.payloads(hook["secret"])))
    assert [p["data"]["entity_id"] for p in receiver.payloads(hook["secret"])].count(unit) == 1


def test_F2_dhtt_worker_runs_and_stops_gracefully(database_url: str, tmp_path: Path) -> None:
    """``dhtt worker``: the delivery worker apart from the API; SIGTERM stops it cleanly (exit 0)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DHTT_")} | {
        "DHTT_ENV": "test",
        "DHTT_DATABASE_URL": database_url,
        "DHTT_DATA_DIR": str(tmp_path),
        "DHTT_LOG_LEVEL": "WARNING",
    }
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "webhook worker running" in process.stdout.readline()
        time.sleep(1.0)  # a dispatch round or two
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err


async def test_F2_serve_delivers_with_its_in_process_worker(
    district: District, receiver: Receiver, hook_settings: Settings
) -> None:
    """With the default ``DHTT_INPROCESS_WORKER=true`` the service's own start-up runs a worker:
    one ``dhtt serve`` delivers webhooks."""
    served = create_app(
        hook_settings.model_copy(update={"inprocess_worker": True}), database_url=hook_settings.database_url
    )
    async with served.router.lifespan_context(served):
        hook = await _subscribe(district.admin, receiver.url, ["unit.created"])
        unit = await district.unit("xã Webhook Một Lệnh")
        await _until(lambda: any(p["data"]["entity_id"] == unit for p in receiver.payloads(hook["secret"])))


async def test_F2_threat_ssrf_checked_again_at_delivery(
    district: District, receiver: Receiver, hook_settings: Settings
) -> None:
    """A target accepted once (e.g. a name that now resolves to a private address) is checked at
    every delivery: nothing is sent, and the attempt is logged as refused."""
    hook = await _subscribe(district.admin, receiver.url, ["unit.created"])
    await district.unit("xã Webhook Chặn")
    strict = hook_settings.model_copy(update={"webhook_allow_private": False})
    assert strict.database_url
    stop = asyncio.Event()
    task = asyncio.create_task(DeliveryWorker(strict, strict.database_url).run(stop))
    log: list[dict[str, Any]] = []

    async def attempted() -> None:
        for _ in range(100):
            log[:] = (await district.admin.get(f"{HOOKS}/{hook['id']}/deliveries")).json()["items"]
            if log:
                return
            await asyncio.sleep(0.1)

    try:
        await attempted()
    finally:
        stop.set()
        await task
    assert log, "no attempt was made"
    assert log[-1]["succeeded"] is False
    assert log[-1]["error"] == "webhook_address_refused"
    assert log[-1]["status_code"] is None
    assert receiver.received == []
