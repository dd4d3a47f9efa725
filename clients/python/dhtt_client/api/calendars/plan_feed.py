from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    token: str,
    plan_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar-feeds/{token}/plans/{plan_id}.ics".format(
            token=quote(str(token), safe=""),
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

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
) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """A plan's conferences as a calendar (iCalendar)

     Every conference of the plan, one event each with a UID that never changes
    (``conference-<id>@dhtt``); morning 07:30–11:30, afternoon 13:30–17:00, Asia/Ho_Chi_Minh.
    No Bearer header: the token in the URL is the credential; a revoked or unknown one: 404.

    Args:
        token (str): The feed token from POST /me/calendar-tokens
        plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        token=token,
        plan_id=plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """A plan's conferences as a calendar (iCalendar)

     Every conference of the plan, one event each with a UID that never changes
    (``conference-<id>@dhtt``); morning 07:30–11:30, afternoon 13:30–17:00, Asia/Ho_Chi_Minh.
    No Bearer header: the token in the URL is the credential; a revoked or unknown one: 404.

    Args:
        token (str): The feed token from POST /me/calendar-tokens
        plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        token=token,
        plan_id=plan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    token: str,
    plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """A plan's conferences as a calendar (iCalendar)

     Every conference of the plan, one event each with a UID that never changes
    (``conference-<id>@dhtt``); morning 07:30–11:30, afternoon 13:30–17:00, Asia/Ho_Chi_Minh.
    No Bearer header: the token in the URL is the credential; a revoked or unknown one: 404.

    Args:
        token (str): The feed token from POST /me/calendar-tokens
        plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        token=token,
        plan_id=plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    plan_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """A plan's conferences as a calendar (iCalendar)

     Every conference of the plan, one event each with a UID that never changes
    (``conference-<id>@dhtt``); morning 07:30–11:30, afternoon 13:30–17:00, Asia/Ho_Chi_Minh.
    No Bearer header: the token in the URL is the credential; a revoked or unknown one: 404.

    Args:
        token (str): The feed token from POST /me/calendar-tokens
        plan_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            token=token,
            plan_id=plan_id,
            client=client,
        )
    ).parsed
