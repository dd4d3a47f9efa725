from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nomination_stats import NominationStats
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    conference_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_conference_id: None | str | Unset
    if isinstance(conference_id, Unset):
        json_conference_id = UNSET
    elif isinstance(conference_id, UUID):
        json_conference_id = str(conference_id)
    else:
        json_conference_id = conference_id
    params["conference_id"] = json_conference_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/nominations/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NominationStats | Problem | None:
    if response.status_code == 200:
        response_200 = NominationStats.from_dict(response.json())

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
) -> Response[NominationStats | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    conference_id: None | Unset | UUID = UNSET,
) -> Response[NominationStats | Problem]:
    """Count nominations (thống kê)

     N5 — nominations not withdrawn by state, and the approved ones by honour, basis and rank, with the
    leader-to-
    worker ratio.

    Args:
        conference_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NominationStats | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    conference_id: None | Unset | UUID = UNSET,
) -> NominationStats | Problem | None:
    """Count nominations (thống kê)

     N5 — nominations not withdrawn by state, and the approved ones by honour, basis and rank, with the
    leader-to-
    worker ratio.

    Args:
        conference_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NominationStats | Problem
    """

    return sync_detailed(
        client=client,
        conference_id=conference_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    conference_id: None | Unset | UUID = UNSET,
) -> Response[NominationStats | Problem]:
    """Count nominations (thống kê)

     N5 — nominations not withdrawn by state, and the approved ones by honour, basis and rank, with the
    leader-to-
    worker ratio.

    Args:
        conference_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NominationStats | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    conference_id: None | Unset | UUID = UNSET,
) -> NominationStats | Problem | None:
    """Count nominations (thống kê)

     N5 — nominations not withdrawn by state, and the approved ones by honour, basis and rank, with the
    leader-to-
    worker ratio.

    Args:
        conference_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NominationStats | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            conference_id=conference_id,
        )
    ).parsed
