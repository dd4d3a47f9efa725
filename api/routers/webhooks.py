"""/webhooks — F2: integration clients' (and admins') webhook subscriptions and their attempt log."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.problems import responses
from api.routers.deps import (
    ActorDep,
    CreatedAfter,
    Cursor,
    IdempotencyKey,
    IfMatch,
    Limit,
    SessionDep,
    SettingsDep,
    UpdatedAfter,
    create_idempotently,
    with_etag,
)
from api.schemas.common import Page
from api.schemas.webhooks import WebhookCreate, WebhookCreated, WebhookDeliveryPublic, WebhookPublic, WebhookUpdate
from api.services import webhooks
from api.services.common import parse_id

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
_ERR = ("unauthorized", "forbidden", "not_found")


@router.get(
    "",
    summary="List your webhook subscriptions",
    response_model=Page[WebhookPublic],
    responses=responses("unauthorized", "forbidden"),
)
async def list_webhooks(
    session: SessionDep, actor: ActorDep, limit: Limit = 50, cursor: Cursor = None, updated_after: UpdatedAfter = None
) -> Page[WebhookPublic]:
    """F2 — an integration client's (or admin's) own subscriptions, oldest first; the first admin sees all."""
    return await webhooks.list_webhooks(session, actor, cursor=cursor, limit=limit, updated_after=updated_after)


@router.post(
    "",
    summary="Subscribe a webhook",
    status_code=201,
    response_model=WebhookCreated,
    responses=responses("unauthorized", "forbidden", "conflict"),
)
async def create_webhook(
    request: Request,
    body: WebhookCreate,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """F2 — the events of these types that you may read (X2), from now on, POSTed to `url` in feed
    order and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
    The answer shows the secret, once. The URL must be http(s) and resolve to public addresses
    only (422 naming `url`, rule F2) unless the deployment allows private ones."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: webhooks.create_webhook(session, settings, actor, body),
        lambda w: f"/api/v1/webhooks/{w.id}",
        webhooks.etag_without_secret,
    )


@router.get(
    "/{webhook_id}", summary="Read a webhook subscription", response_model=WebhookPublic, responses=responses(*_ERR)
)
async def get_webhook(webhook_id: str, session: SessionDep, actor: ActorDep, response: Response) -> WebhookPublic:
    """F2 — one of your subscriptions (another's: 404); its status, where delivery stands, failures."""
    return with_etag(await webhooks.get_webhook(session, actor, parse_id(webhook_id)), response)


@router.patch(
    "/{webhook_id}",
    summary="Change a webhook subscription",
    response_model=WebhookPublic,
    responses=responses(*_ERR, "precondition_failed"),
)
async def update_webhook(
    webhook_id: str,
    body: WebhookUpdate,
    session: SessionDep,
    settings: SettingsDep,
    actor: ActorDep,
    response: Response,
    if_match: IfMatch = None,
) -> WebhookPublic:
    """F2 — its URL or event types; only the fields sent change. Send If-Match to refuse a lost update."""
    out = await webhooks.update_webhook(session, settings, actor, parse_id(webhook_id), body, if_match)
    return with_etag(out, response)


@router.delete(
    "/{webhook_id}",
    summary="Delete a webhook subscription",
    status_code=204,
    responses=responses(*_ERR, "precondition_failed"),
)
async def delete_webhook(webhook_id: str, session: SessionDep, actor: ActorDep, if_match: IfMatch = None) -> Response:
    """F2 — nothing more is delivered to it; its attempt log goes with it."""
    await webhooks.delete_webhook(session, actor, parse_id(webhook_id), if_match)
    return Response(status_code=204)


@router.post(
    "/{webhook_id}/resume",
    summary="Resume a paused webhook subscription",
    response_model=WebhookPublic,
    responses=responses(*_ERR),
)
async def resume_webhook(webhook_id: str, session: SessionDep, actor: ActorDep, response: Response) -> WebhookPublic:
    """F2 — active again: delivery restarts from the first event not yet delivered (nothing is
    skipped). An active subscription stays as it is."""
    return with_etag(await webhooks.resume_webhook(session, actor, parse_id(webhook_id)), response)


@router.get(
    "/{webhook_id}/deliveries",
    summary="List a webhook subscription's delivery attempts",
    response_model=Page[WebhookDeliveryPublic],
    responses=responses(*_ERR),
)
async def list_webhook_deliveries(
    webhook_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: CreatedAfter = None,
) -> Page[WebhookDeliveryPublic]:
    """F2 — every attempt, newest first: the event, the attempt's number, the receiver's status,
    how long it took, what went wrong."""
    return await webhooks.list_deliveries(
        session, actor, parse_id(webhook_id), cursor=cursor, limit=limit, updated_after=updated_after
    )
