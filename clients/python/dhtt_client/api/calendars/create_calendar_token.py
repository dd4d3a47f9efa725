from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_token_public import CalendarTokenPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/calendar-tokens",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarTokenPublic | Problem | None:
    if response.status_code == 201:
        response_201 = CalendarTokenPublic.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[CalendarTokenPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarTokenPublic | Problem]:
    """Create a calendar feed token (đăng ký lịch)

     A secret for the caller's calendar feed URLs, shown in this answer only (the service keeps
    its SHA-256). Paste ``plan_feed`` or ``unit_feed`` (the base URL before it, the id filled in)
    into a calendar app. No Idempotency-Key: a stored replay would keep the secret; an unused
    token is simply revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarTokenPublic | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CalendarTokenPublic | Problem | None:
    """Create a calendar feed token (đăng ký lịch)

     A secret for the caller's calendar feed URLs, shown in this answer only (the service keeps
    its SHA-256). Paste ``plan_feed`` or ``unit_feed`` (the base URL before it, the id filled in)
    into a calendar app. No Idempotency-Key: a stored replay would keep the secret; an unused
    token is simply revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarTokenPublic | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CalendarTokenPublic | Problem]:
    """Create a calendar feed token (đăng ký lịch)

     A secret for the caller's calendar feed URLs, shown in this answer only (the service keeps
    its SHA-256). Paste ``plan_feed`` or ``unit_feed`` (the base URL before it, the id filled in)
    into a calendar app. No Idempotency-Key: a stored replay would keep the secret; an unused
    token is simply revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarTokenPublic | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CalendarTokenPublic | Problem | None:
    """Create a calendar feed token (đăng ký lịch)

     A secret for the caller's calendar feed URLs, shown in this answer only (the service keeps
    its SHA-256). Paste ``plan_feed`` or ``unit_feed`` (the base URL before it, the id filled in)
    into a calendar app. No Idempotency-Key: a stored replay would keep the secret; an unused
    token is simply revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarTokenPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
