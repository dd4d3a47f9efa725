from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registration_create import RegistrationCreate
from ...models.registration_public import RegistrationPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/movement-registrations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationPublic | None:
    if response.status_code == 201:
        response_201 = RegistrationPublic.from_dict(response.json())

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
) -> Response[Problem | RegistrationPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPublic]:
    """Record a unit's registrations for a movement

     E2 — collectives and individuals registered out of the unit's totals, and recognised; one record per
    unit
    per movement. Percentages are computed.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationPublic | None:
    """Record a unit's registrations for a movement

     E2 — collectives and individuals registered out of the unit's totals, and recognised; one record per
    unit
    per movement. Percentages are computed.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPublic]:
    """Record a unit's registrations for a movement

     E2 — collectives and individuals registered out of the unit's totals, and recognised; one record per
    unit
    per movement. Percentages are computed.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegistrationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationPublic | None:
    """Record a unit's registrations for a movement

     E2 — collectives and individuals registered out of the unit's totals, and recognised; one record per
    unit
    per movement. Percentages are computed.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (RegistrationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
