from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    conference_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conferences/{conference_id}/documents/designations".format(
            conference_id=quote(str(conference_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | None:
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
) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """The delegates sent to the higher level (danh sách đại biểu đi dự cấp trên), DOCX

     D2, A10, §II.3 "Thông qua danh sách đại biểu" — a grassroots conference's delegates on the
    district conference's list. Private to the unit (X2); a district conference: 404.

    Args:
        conference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """The delegates sent to the higher level (danh sách đại biểu đi dự cấp trên), DOCX

     D2, A10, §II.3 "Thông qua danh sách đại biểu" — a grassroots conference's delegates on the
    district conference's list. Private to the unit (X2); a district conference: 404.

    Args:
        conference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """The delegates sent to the higher level (danh sách đại biểu đi dự cấp trên), DOCX

     D2, A10, §II.3 "Thông qua danh sách đại biểu" — a grassroots conference's delegates on the
    district conference's list. Private to the unit (X2); a district conference: 404.

    Args:
        conference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """The delegates sent to the higher level (danh sách đại biểu đi dự cấp trên), DOCX

     D2, A10, §II.3 "Thông qua danh sách đại biểu" — a grassroots conference's delegates on the
    district conference's list. Private to the unit (X2); a district conference: 404.

    Args:
        conference_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
        )
    ).parsed
