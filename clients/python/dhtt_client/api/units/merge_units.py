from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_merge import UnitMerge
from ...models.unit_public import UnitPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UnitMerge,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/units/merge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnitPublic | None:
    if response.status_code == 201:
        response_201 = UnitPublic.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | UnitPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UnitMerge,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnitPublic]:
    """Merge units (sáp nhập đơn vị)

     L3 — in one audited step, close the units (their last day: the day before `effective_on`,
    `successor_ids`:
    the new unit) and open the new unit on `effective_on` under their parent. The units must be open, of
    one parent
    and one level, valid before `effective_on`, with no open unit under them; otherwise 422
    `invalid_unit` (rule L3)
    naming the field. Their records keep pointing at them. The admin of their district only (the first
    admin for
    districts). Answers the new unit.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitMerge): L3 — merge units (sáp nhập): the units close the day before
            ``effective_on``, naming the new unit as their
            successor; the new unit opens on ``effective_on``. One step, all or nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitPublic]
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
    body: UnitMerge,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnitPublic | None:
    """Merge units (sáp nhập đơn vị)

     L3 — in one audited step, close the units (their last day: the day before `effective_on`,
    `successor_ids`:
    the new unit) and open the new unit on `effective_on` under their parent. The units must be open, of
    one parent
    and one level, valid before `effective_on`, with no open unit under them; otherwise 422
    `invalid_unit` (rule L3)
    naming the field. Their records keep pointing at them. The admin of their district only (the first
    admin for
    districts). Answers the new unit.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitMerge): L3 — merge units (sáp nhập): the units close the day before
            ``effective_on``, naming the new unit as their
            successor; the new unit opens on ``effective_on``. One step, all or nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitPublic
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UnitMerge,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnitPublic]:
    """Merge units (sáp nhập đơn vị)

     L3 — in one audited step, close the units (their last day: the day before `effective_on`,
    `successor_ids`:
    the new unit) and open the new unit on `effective_on` under their parent. The units must be open, of
    one parent
    and one level, valid before `effective_on`, with no open unit under them; otherwise 422
    `invalid_unit` (rule L3)
    naming the field. Their records keep pointing at them. The admin of their district only (the first
    admin for
    districts). Answers the new unit.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitMerge): L3 — merge units (sáp nhập): the units close the day before
            ``effective_on``, naming the new unit as their
            successor; the new unit opens on ``effective_on``. One step, all or nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitPublic]
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
    body: UnitMerge,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnitPublic | None:
    """Merge units (sáp nhập đơn vị)

     L3 — in one audited step, close the units (their last day: the day before `effective_on`,
    `successor_ids`:
    the new unit) and open the new unit on `effective_on` under their parent. The units must be open, of
    one parent
    and one level, valid before `effective_on`, with no open unit under them; otherwise 422
    `invalid_unit` (rule L3)
    naming the field. Their records keep pointing at them. The admin of their district only (the first
    admin for
    districts). Answers the new unit.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitMerge): L3 — merge units (sáp nhập): the units close the day before
            ``effective_on``, naming the new unit as their
            successor; the new unit opens on ``effective_on``. One step, all or nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
