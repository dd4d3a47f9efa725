from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_public import UnitPublic
from ...models.unit_update import UnitUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: str,
    *,
    body: UnitUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/units/{unit_id}".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnitPublic | None:
    if response.status_code == 200:
        response_200 = UnitPublic.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | UnitPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | UnitPublic]:
    """Change a unit

     Only the fields sent change. Send If-Match to refuse a lost update. A headcount that would change
    the
    assembly (mode or cap, A1) of a finalized delegate list is refused until the list is reopened (A8).

    Args:
        unit_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (UnitUpdate): A change to a unit: only the fields sent change; UnitPublic can be sent
            back as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitPublic]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitUpdate,
    if_match: None | str | Unset = UNSET,
) -> Problem | UnitPublic | None:
    """Change a unit

     Only the fields sent change. Send If-Match to refuse a lost update. A headcount that would change
    the
    assembly (mode or cap, A1) of a finalized delegate list is refused until the list is reopened (A8).

    Args:
        unit_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (UnitUpdate): A change to a unit: only the fields sent change; UnitPublic can be sent
            back as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitPublic
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | UnitPublic]:
    """Change a unit

     Only the fields sent change. Send If-Match to refuse a lost update. A headcount that would change
    the
    assembly (mode or cap, A1) of a finalized delegate list is refused until the list is reopened (A8).

    Args:
        unit_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (UnitUpdate): A change to a unit: only the fields sent change; UnitPublic can be sent
            back as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitPublic]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitUpdate,
    if_match: None | str | Unset = UNSET,
) -> Problem | UnitPublic | None:
    """Change a unit

     Only the fields sent change. Send If-Match to refuse a lost update. A headcount that would change
    the
    assembly (mode or cap, A1) of a finalized delegate list is refused until the list is reopened (A8).

    Args:
        unit_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (UnitUpdate): A change to a unit: only the fields sent change; UnitPublic can be sent
            back as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitPublic
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
