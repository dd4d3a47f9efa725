from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.award_decision_create import AwardDecisionCreate
from ...models.award_decision_public import AwardDecisionPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AwardDecisionCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/award-decisions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AwardDecisionPublic | Problem | None:
    if response.status_code == 201:
        response_201 = AwardDecisionPublic.from_dict(response.json())

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
) -> Response[AwardDecisionPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AwardDecisionCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AwardDecisionPublic | Problem]:
    """Record an award decision (vào sổ quyết định khen thưởng)

     D1 — a decision of the honour's authority (the organizing unit for conference_honoured, the district
    for
    Giấy khen, the province for Bằng khen), recorded by an admin of that unit or by the district admin
    transcribing it; every nomination named must be approved and have proposed the decision's honour,
    and
    becomes awarded. A nomination is awarded at most once per honour (409 already_awarded).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (AwardDecisionCreate): An award decision to record in the register (D1): the approved
            nominations it awards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AwardDecisionPublic | Problem]
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
    body: AwardDecisionCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> AwardDecisionPublic | Problem | None:
    """Record an award decision (vào sổ quyết định khen thưởng)

     D1 — a decision of the honour's authority (the organizing unit for conference_honoured, the district
    for
    Giấy khen, the province for Bằng khen), recorded by an admin of that unit or by the district admin
    transcribing it; every nomination named must be approved and have proposed the decision's honour,
    and
    becomes awarded. A nomination is awarded at most once per honour (409 already_awarded).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (AwardDecisionCreate): An award decision to record in the register (D1): the approved
            nominations it awards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AwardDecisionPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AwardDecisionCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AwardDecisionPublic | Problem]:
    """Record an award decision (vào sổ quyết định khen thưởng)

     D1 — a decision of the honour's authority (the organizing unit for conference_honoured, the district
    for
    Giấy khen, the province for Bằng khen), recorded by an admin of that unit or by the district admin
    transcribing it; every nomination named must be approved and have proposed the decision's honour,
    and
    becomes awarded. A nomination is awarded at most once per honour (409 already_awarded).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (AwardDecisionCreate): An award decision to record in the register (D1): the approved
            nominations it awards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AwardDecisionPublic | Problem]
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
    body: AwardDecisionCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> AwardDecisionPublic | Problem | None:
    """Record an award decision (vào sổ quyết định khen thưởng)

     D1 — a decision of the honour's authority (the organizing unit for conference_honoured, the district
    for
    Giấy khen, the province for Bằng khen), recorded by an admin of that unit or by the district admin
    transcribing it; every nomination named must be approved and have proposed the decision's honour,
    and
    becomes awarded. A nomination is awarded at most once per honour (409 already_awarded).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (AwardDecisionCreate): An award decision to record in the register (D1): the approved
            nominations it awards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AwardDecisionPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
