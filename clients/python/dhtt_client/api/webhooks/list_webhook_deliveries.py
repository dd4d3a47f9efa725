import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_webhook_delivery_public import PageWebhookDeliveryPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    webhook_id: str,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/{webhook_id}/deliveries".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageWebhookDeliveryPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageWebhookDeliveryPublic.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageWebhookDeliveryPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageWebhookDeliveryPublic | Problem]:
    """List a webhook subscription's delivery attempts

     F2 — every attempt, newest first: the event, the attempt's number, the receiver's status,
    how long it took, what went wrong.

    Args:
        webhook_id (str):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): These items are never changed once
            written (append-only): they have no updated_at and their created_at stands for it.
            Incremental sync: only the items created strictly after this instant (ISO 8601 with an
            offset, e.g. 2026-05-01T08:00:00+07:00), ordered by (created_at, id) with a cursor
            encoding both — pass next_cursor with the same updated_after to page on; a cursor of the
            default order is refused there (422). Without it the list keeps its default order. The
            time is taken when the writing transaction runs, so a sync resumes from the newest
            created_at seen minus a few seconds (re-applying an item is harmless). Deletions: GET
            /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageWebhookDeliveryPublic | Problem]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageWebhookDeliveryPublic | Problem | None:
    """List a webhook subscription's delivery attempts

     F2 — every attempt, newest first: the event, the attempt's number, the receiver's status,
    how long it took, what went wrong.

    Args:
        webhook_id (str):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): These items are never changed once
            written (append-only): they have no updated_at and their created_at stands for it.
            Incremental sync: only the items created strictly after this instant (ISO 8601 with an
            offset, e.g. 2026-05-01T08:00:00+07:00), ordered by (created_at, id) with a cursor
            encoding both — pass next_cursor with the same updated_after to page on; a cursor of the
            default order is refused there (422). Without it the list keeps its default order. The
            time is taken when the writing transaction runs, so a sync resumes from the newest
            created_at seen minus a few seconds (re-applying an item is harmless). Deletions: GET
            /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageWebhookDeliveryPublic | Problem
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageWebhookDeliveryPublic | Problem]:
    """List a webhook subscription's delivery attempts

     F2 — every attempt, newest first: the event, the attempt's number, the receiver's status,
    how long it took, what went wrong.

    Args:
        webhook_id (str):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): These items are never changed once
            written (append-only): they have no updated_at and their created_at stands for it.
            Incremental sync: only the items created strictly after this instant (ISO 8601 with an
            offset, e.g. 2026-05-01T08:00:00+07:00), ordered by (created_at, id) with a cursor
            encoding both — pass next_cursor with the same updated_after to page on; a cursor of the
            default order is refused there (422). Without it the list keeps its default order. The
            time is taken when the writing transaction runs, so a sync resumes from the newest
            created_at seen minus a few seconds (re-applying an item is harmless). Deletions: GET
            /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageWebhookDeliveryPublic | Problem]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageWebhookDeliveryPublic | Problem | None:
    """List a webhook subscription's delivery attempts

     F2 — every attempt, newest first: the event, the attempt's number, the receiver's status,
    how long it took, what went wrong.

    Args:
        webhook_id (str):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): These items are never changed once
            written (append-only): they have no updated_at and their created_at stands for it.
            Incremental sync: only the items created strictly after this instant (ISO 8601 with an
            offset, e.g. 2026-05-01T08:00:00+07:00), ordered by (created_at, id) with a cursor
            encoding both — pass next_cursor with the same updated_after to page on; a cursor of the
            default order is refused there (422). Without it the list keeps its default order. The
            time is taken when the writing transaction runs, so a sync resumes from the newest
            created_at seen minus a few seconds (re-applying an item is harmless). Deletions: GET
            /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageWebhookDeliveryPublic | Problem
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            limit=limit,
            cursor=cursor,
            updated_after=updated_after,
        )
    ).parsed
