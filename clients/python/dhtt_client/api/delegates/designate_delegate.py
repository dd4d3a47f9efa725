from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.designation_create import DesignationCreate
from ...models.designation_public import DesignationPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conference_id: str,
    *,
    body: DesignationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/conferences/{conference_id}/designations".format(
            conference_id=quote(str(conference_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignationPublic | Problem | None:
    if response.status_code == 201:
        response_201 = DesignationPublic.from_dict(response.json())

        return response_201

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
) -> Response[DesignationPublic | Problem]:
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
    body: DesignationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[DesignationPublic | Problem]:
    """Designate a delegate to the district conference (cử đại biểu)

     A10 — an exemplary delegate of this grassroots conference joins the district conference's list,
    within the
    unit's allocated seats.

    Args:
        conference_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (DesignationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignationPublic | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> DesignationPublic | Problem | None:
    """Designate a delegate to the district conference (cử đại biểu)

     A10 — an exemplary delegate of this grassroots conference joins the district conference's list,
    within the
    unit's allocated seats.

    Args:
        conference_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (DesignationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignationPublic | Problem
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[DesignationPublic | Problem]:
    """Designate a delegate to the district conference (cử đại biểu)

     A10 — an exemplary delegate of this grassroots conference joins the district conference's list,
    within the
    unit's allocated seats.

    Args:
        conference_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (DesignationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignationPublic | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> DesignationPublic | Problem | None:
    """Designate a delegate to the district conference (cử đại biểu)

     A10 — an exemplary delegate of this grassroots conference joins the district conference's list,
    within the
    unit's allocated seats.

    Args:
        conference_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (DesignationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignationPublic | Problem
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
