"""F2 — delivering a subscription's events: read the feed (F1) after the subscription's cursor as
its owner may read it (X2, the feed's own scoping), POST each event of its types, signed per
Standard Webhooks, and advance the cursor only once the receiver answered 2xx. A committed change
is never lost: it is in the feed (the outbox) until every subscription's cursor has passed it; a
crash between the POST and the cursor's commit sends it again (at least once, same webhook-id).
One subscription's events go in feed order, one at a time (in order per entity); a failure stops
the subscription until its next attempt (exponential backoff), and one failing for the whole span
(24 hours) is paused."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import orjson
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from standardwebhooks import Webhook as Signer

from api.db import events as events_repo
from api.db import users as users_repo
from api.db import webhooks as repo
from api.db.base import utcnow
from api.db.webhooks import Webhook
from api.domain.access import can_read, private_scope
from api.domain.webhooks import FAILING, WebhookStatus, pause_due, refused_addresses, retry_delay
from api.services.auth import actor_of
from api.services.common import audit
from api.services.events import event_public
from api.services.webhooks import ENTITY, default_port, resolve, webhook_public
from api.settings import Settings

log = logging.getLogger("dhtt.webhooks")
BATCH = 100
USER_AGENT = "dhtt-webhooks/1"


@dataclass(frozen=True)
class Outcome:
    succeeded: bool
    status_code: int | None
    error: str | None
    duration_ms: int


def message(row: Any) -> tuple[str, bytes]:
    """F2 — an event as a delivery: its webhook-id (``evt_`` and its feed cursor: the same on every
    attempt, so a receiver drops repeats) and its body, Standard Webhooks' ``type``, ``timestamp``
    and ``data`` (the event as the feed shows it)."""
    event = event_public(row)
    body = {
        "type": event.type.value,
        "timestamp": event.occurred_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "data": event.model_dump(mode="json"),
    }
    return f"evt_{event.cursor}", orjson.dumps(body)


def signed_headers(secret: str, msg_id: str, body: bytes, now: dt.datetime) -> dict[str, str]:
    """F2 — Standard Webhooks' headers: webhook-id, webhook-timestamp, and webhook-signature
    (HMAC-SHA256 over id, timestamp and body, by the ``standardwebhooks`` library)."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Signer(secret).sign(msg_id, now, body),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


async def post(http: httpx.AsyncClient, settings: Settings, url: str, headers: dict[str, str], body: bytes) -> Outcome:
    """One attempt: resolve the host, refuse it if any address is not allowed (SSRF, F2), and
    connect to the address checked (not a second lookup), keeping the host name for the Host
    header and TLS (SNI and the certificate's check). Redirects are not followed."""
    started = time.monotonic()

    def done(ok: bool, status: int | None, error: str | None) -> Outcome:
        return Outcome(ok, status, error, int((time.monotonic() - started) * 1000))

    host, port = default_port(url)
    addresses = await resolve(host, port)
    refused = refused_addresses(addresses, allow_private=settings.webhook_allow_private)
    if refused is not None:
        return done(False, None, refused)
    address = ipaddress.ip_address(addresses[0])
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    target = urlunsplit((parts.scheme, f"{literal}:{port}", parts.path or "/", parts.query, ""))
    default = 443 if parts.scheme.lower() == "https" else 80
    host_header = host if port == default else f"{host}:{port}"
    try:
        # streamed, and closed unread: only the status matters, and a receiver's body, however
        # large, is never loaded
        async with http.stream(
            "POST",
            target,
            content=body,
            headers=headers | {"host": host_header},
            extensions={"sni_hostname": host},
        ) as r:
            status = r.status_code
    except httpx.TimeoutException:
        return done(False, None, "timeout")
    except httpx.HTTPError as exc:
        return done(False, None, f"{type(exc).__name__}: {exc}"[:500])
    if 200 <= status < 300:
        return done(True, status, None)
    return done(False, status, f"HTTP {status}")


async def _locked(session: AsyncSession, webhook_id: uuid.UUID) -> Webhook | None:
    w = await repo.get_webhook(session, webhook_id, for_update=True)
    if w is None or w.status != WebhookStatus.ACTIVE.value:
        return None
    if w.next_attempt_at is not None and w.next_attempt_at > utcnow():
        return None  # backing off
    return w


async def deliver(
    sessions: async_sessionmaker[AsyncSession], settings: Settings, http: httpx.AsyncClient, webhook_id: uuid.UUID
) -> int:
    """F2 — deliver what is due to one subscription, in feed order; returns how many events were
    delivered. Each event's outcome commits before the next is sent."""
    delivered = 0
    while True:
        async with sessions() as session:
            w = await _locked(session, webhook_id)
            if w is None:
                return delivered
            owner = await users_repo.actor_facts(session, w.owner_id, None)
            if owner is None or not owner.is_active:
                return delivered  # nothing is sent for an account that cannot read any more
            actor = actor_of(owner, frozenset(owner.scopes or ()))
            if not can_read(actor):
                return delivered  # a client that lost its read scope reads no feed (X1)
            scope = private_scope(actor)
            head = await events_repo.feed_head(session)  # read before the page: see deliver's docstring
            rows = await events_repo.feed_page(session, scope, (w.after_commit, w.after_seq), BATCH)
            wanted = set(w.event_types)
            row = next((r for r in rows if r.type in wanted), None)
            skipped = [r for r in rows if row is None or (r.commit_seq, r.seq) < (row.commit_seq, row.seq)]
            if skipped:  # not of its types: passed over
                w.after_commit, w.after_seq = skipped[-1].commit_seq, skipped[-1].seq
            if row is None:
                if not rows and head > (w.after_commit, w.after_seq):
                    # nothing after the cursor that the owner may read, up to the head read
                    # before the page: every event up to it had committed, and none was theirs
                    w.after_commit, w.after_seq = head
                await session.commit()
                if not rows:
                    return delivered
                continue
            await _attempt(session, settings, http, w, row)
            succeeded = w.failures == 0
            await session.commit()
            if not succeeded:
                return delivered
            delivered += 1


async def _attempt(session: AsyncSession, settings: Settings, http: httpx.AsyncClient, w: Webhook, row: Any) -> None:
    """One attempt at one event, logged; the subscription's cursor, backoff or pause follow."""
    cursor = f"{row.commit_seq}.{row.seq}"
    msg_id, body = message(row)
    now = utcnow()
    outcome = await post(http, settings, w.url, signed_headers(w.secret, msg_id, body, now), body)
    attempt = await repo.attempts_for(session, w.id, cursor) + 1
    repo.add_attempt(
        session,
        {
            "webhook_id": w.id,
            "event_cursor": cursor,
            "event_type": row.type,
            "attempt": attempt,
            "succeeded": outcome.succeeded,
            "status_code": outcome.status_code,
            "duration_ms": outcome.duration_ms,
            "error": outcome.error,
        },
    )
    if outcome.succeeded:
        w.after_commit, w.after_seq = row.commit_seq, row.seq
        w.failures, w.failing_since, w.next_attempt_at = 0, None, None
        return
    w.failures += 1
    w.failing_since = w.failing_since or now
    if pause_due(w.failing_since, now, pause_after_seconds=settings.webhook_pause_after_seconds):
        before = webhook_public(w)
        w.status, w.paused_at, w.reason, w.next_attempt_at = WebhookStatus.PAUSED.value, now, FAILING, None
        w.updated_at = now
        await session.flush()
        audit(session, None, "pause", ENTITY, w.id, before=before, after=webhook_public(w), reason=FAILING)
        log.warning("webhook %s paused: failing since %s", w.id, w.failing_since.isoformat())
        return
    delay = retry_delay(
        w.failures, base_seconds=settings.webhook_retry_base_seconds, max_seconds=settings.webhook_retry_max_seconds
    )
    w.next_attempt_at = now + dt.timedelta(seconds=delay)
