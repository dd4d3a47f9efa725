"""F2 — managing webhook subscriptions: integration clients (and admins) their own; the attempt log."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import secrets
import socket
import uuid
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import events as events_repo
from api.db import webhooks as repo
from api.db.base import utcnow
from api.db.webhooks import Webhook, WebhookDelivery
from api.domain.access import Actor, is_superadmin
from api.domain.webhooks import (
    SECRET_MAX_BYTES,
    WebhookStatus,
    check_event_types,
    check_secret,
    check_url,
    may_subscribe,
    new_secret,
    refused_addresses,
)
from api.problems import Forbidden, NotFound, invalid_field
from api.schemas.common import Page
from api.schemas.webhooks import (
    WebhookCreate,
    WebhookCreated,
    WebhookDeliveryPublic,
    WebhookPublic,
    WebhookUpdate,
    cursor_of,
)
from api.services.common import audit, check_read_only, etag_of, page, require_match, sync_order
from api.settings import Settings

ENTITY = "webhook"


def webhook_public(w: Webhook) -> WebhookPublic:
    return WebhookPublic(
        id=w.id,
        owner_id=w.owner_id,
        url=w.url,
        event_types=w.event_types,
        status=WebhookStatus(w.status),
        paused_at=w.paused_at,
        reason=w.reason,
        delivered_through=cursor_of(w.after_commit, w.after_seq),
        failures=w.failures,
        failing_since=w.failing_since,
        next_attempt_at=w.next_attempt_at,
        created_at=w.created_at,
        updated_at=w.updated_at,
    )


def etag_without_secret(created: WebhookCreated) -> str:
    """The ETag of a new subscription as a GET answers it (without the secret)."""
    return etag_of(WebhookPublic(**created.model_dump(exclude={"secret"})))


async def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (an address literal: itself); none when it does not."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def default_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or (443 if parts.scheme.lower() == "https" else 80)


async def check_target(url: str, settings: Settings) -> None:
    """F2 — a target URL: http(s), and (SSRF) a host whose every address is allowed; else 422
    naming ``url`` with rule F2."""
    reason = check_url(url)
    if reason is None:
        host, port = default_port(url)
        reason = refused_addresses(await resolve(host, port), allow_private=settings.webhook_allow_private)
    if reason is not None:
        raise invalid_field("url", reason, rule="F2")


def _check_types(types: list[str]) -> list[str]:
    unique = list(dict.fromkeys(types))
    reason = check_event_types(unique)
    if reason is not None:
        raise invalid_field("event_types", reason, rule="F2")
    return unique


async def _visible(session: AsyncSession, actor: Actor, webhook_id: uuid.UUID, *, for_update: bool = False) -> Webhook:
    """F2 — a subscription is seen by its owner (and the first admin); anyone else: 404."""
    if not may_subscribe(actor.role):
        raise Forbidden
    w = await repo.get_webhook(session, webhook_id, for_update=for_update)
    if w is None or (w.owner_id != actor.id and not is_superadmin(actor)):
        raise NotFound
    return w


async def list_webhooks(
    session: AsyncSession, actor: Actor, *, cursor: str | None, limit: int, updated_after: dt.datetime | None = None
) -> Page[WebhookPublic]:
    if not may_subscribe(actor.role):
        raise Forbidden
    owner = None if is_superadmin(actor) else actor.id
    rows, nxt = await page(
        session,
        repo.webhooks_query(owner),
        [col(Webhook.created_at), col(Webhook.id)],
        lambda w: (w.created_at, w.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Webhook.updated_at, Webhook.id),
    )
    return Page(items=[webhook_public(w) for w in rows], next_cursor=nxt)


async def get_webhook(session: AsyncSession, actor: Actor, webhook_id: uuid.UUID) -> WebhookPublic:
    return webhook_public(await _visible(session, actor, webhook_id))


async def create_webhook(
    session: AsyncSession, settings: Settings, actor: Actor, body: WebhookCreate
) -> WebhookCreated:
    """F2 — a subscription of the caller's own, delivered what commits from now on."""
    if not may_subscribe(actor.role):
        raise Forbidden
    types = _check_types([t.value for t in body.event_types])
    if body.secret is not None and check_secret(body.secret) is not None:
        raise invalid_field("secret", "webhook_secret", rule="F2")
    await check_target(body.url, settings)
    secret = body.secret or new_secret(secrets.token_bytes(min(32, SECRET_MAX_BYTES)))
    after_commit, after_seq = await events_repo.feed_head(session)
    w = Webhook(
        owner_id=actor.id,
        url=body.url,
        event_types=types,
        secret=secret,
        after_commit=after_commit,
        after_seq=after_seq,
    )
    session.add(w)
    await session.flush()
    await session.refresh(w)
    out = webhook_public(w)
    audit(session, actor, "create", ENTITY, w.id, after=out, district_id=actor.district_id)
    return WebhookCreated(**out.model_dump(), secret=secret)


async def update_webhook(
    session: AsyncSession,
    settings: Settings,
    actor: Actor,
    webhook_id: uuid.UUID,
    body: WebhookUpdate,
    if_match: str | None,
) -> WebhookPublic:
    w = await _visible(session, actor, webhook_id, for_update=True)
    before = webhook_public(w)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    changes = body.model_dump(exclude_unset=True)
    for name in ("url", "event_types"):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank", rule="F2")
    if body.event_types is not None:
        w.event_types = _check_types([t.value for t in body.event_types])
    if body.url is not None and body.url != w.url:
        await check_target(body.url, settings)
        w.url = body.url
    await session.flush()
    await session.refresh(w)
    out = webhook_public(w)
    audit(session, actor, "update", ENTITY, w.id, before=before, after=out, district_id=actor.district_id)
    return out


async def delete_webhook(session: AsyncSession, actor: Actor, webhook_id: uuid.UUID, if_match: str | None) -> None:
    w = await _visible(session, actor, webhook_id, for_update=True)
    before = webhook_public(w)
    require_match(if_match, etag_of(before))
    await repo.delete_webhook(session, w)
    await session.flush()
    audit(session, actor, "delete", ENTITY, webhook_id, before=before, district_id=actor.district_id)


async def resume_webhook(session: AsyncSession, actor: Actor, webhook_id: uuid.UUID) -> WebhookPublic:
    """F2 — a paused subscription is active again and is delivered from where it stopped (the
    first event not yet delivered); an active one stays as it is."""
    w = await _visible(session, actor, webhook_id, for_update=True)
    before = webhook_public(w)
    if w.status == WebhookStatus.PAUSED.value:
        w.status = WebhookStatus.ACTIVE.value
        w.paused_at = None
        w.reason = None
        w.failures = 0
        w.failing_since = None
        w.next_attempt_at = None
        w.updated_at = utcnow()
        await session.flush()
        await session.refresh(w)
        out = webhook_public(w)
        audit(session, actor, "resume", ENTITY, w.id, before=before, after=out, district_id=actor.district_id)
        return out
    return before


async def list_deliveries(
    session: AsyncSession,
    actor: Actor,
    webhook_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[WebhookDeliveryPublic]:
    """F2 — the subscription's attempt log, newest first."""
    w = await _visible(session, actor, webhook_id)
    rows, nxt = await page(
        session,
        repo.deliveries_query(w.id),
        [col(WebhookDelivery.id)],
        lambda d: (d.id,),
        cursor=cursor,
        limit=limit,
        descending=True,
        sync=sync_order(updated_after, WebhookDelivery.attempted_at, WebhookDelivery.id),
    )
    return Page(items=[WebhookDeliveryPublic.model_validate(d, from_attributes=True) for d in rows], next_cursor=nxt)
