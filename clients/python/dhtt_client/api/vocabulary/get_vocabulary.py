from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocabulary import Vocabulary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/vocabulary",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | Vocabulary | None:
    if response.status_code == 200:
        response_200 = Vocabulary.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | Vocabulary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | Vocabulary]:
    """Labels (vi, en) of every enum value

     Every enum of the contract (delegate categories, honours, ranks, bases, states, kinds, unit kinds,
    levels, genders, economic sectors, conference forms and sessions, assembly modes, roles, scopes),
    the agenda's item keys (C8) and a few fixed key lists, each value with its Vietnamese label (the
    plan's wording, the same the spreadsheets use) and its English label. Send the ETag back as If-None-
    Match: 304 while the labels are unchanged.

    Args:
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Vocabulary]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | Vocabulary | None:
    """Labels (vi, en) of every enum value

     Every enum of the contract (delegate categories, honours, ranks, bases, states, kinds, unit kinds,
    levels, genders, economic sectors, conference forms and sessions, assembly modes, roles, scopes),
    the agenda's item keys (C8) and a few fixed key lists, each value with its Vietnamese label (the
    plan's wording, the same the spreadsheets use) and its English label. Send the ETag back as If-None-
    Match: 304 while the labels are unchanged.

    Args:
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Vocabulary
    """

    return sync_detailed(
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | Vocabulary]:
    """Labels (vi, en) of every enum value

     Every enum of the contract (delegate categories, honours, ranks, bases, states, kinds, unit kinds,
    levels, genders, economic sectors, conference forms and sessions, assembly modes, roles, scopes),
    the agenda's item keys (C8) and a few fixed key lists, each value with its Vietnamese label (the
    plan's wording, the same the spreadsheets use) and its English label. Send the ETag back as If-None-
    Match: 304 while the labels are unchanged.

    Args:
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Vocabulary]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | Vocabulary | None:
    """Labels (vi, en) of every enum value

     Every enum of the contract (delegate categories, honours, ranks, bases, states, kinds, unit kinds,
    levels, genders, economic sectors, conference forms and sessions, assembly modes, roles, scopes),
    the agenda's item keys (C8) and a few fixed key lists, each value with its Vietnamese label (the
    plan's wording, the same the spreadsheets use) and its English label. Send the ETag back as If-None-
    Match: 304 while the labels are unchanged.

    Args:
        if_none_match (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Vocabulary
    """

    return (
        await asyncio_detailed(
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
