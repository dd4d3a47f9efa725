from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_split import UnitSplit
from ...models.unit_split_result import UnitSplitResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: str,
    *,
    body: UnitSplit,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/units/{unit_id}/split".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnitSplitResult | None:
    if response.status_code == 201:
        response_201 = UnitSplitResult.from_dict(response.json())

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
) -> Response[Problem | UnitSplitResult]:
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
    body: UnitSplit,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnitSplitResult]:
    """Split a unit (chia tách đơn vị)

     L3 — in one audited step, close the unit (its last day: the day before `effective_on`,
    `successor_ids`: every
    new unit) and open the new units on `effective_on` under its parent, at its level. The unit must be
    open, valid
    before `effective_on`, with no open unit under it, and become two or more units; otherwise 422
    `invalid_unit`
    (rule L3) naming the field. Its records keep pointing at it. The admin of its district only (the
    first admin for
    districts). Answers the closed unit and the new ones; `Location` is the closed unit.

    Args:
        unit_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitSplit): L3 — split a unit (chia tách): it closes the day before
            ``effective_on``, naming every new unit as its
            successor; the new units open on ``effective_on`` under its parent. One step, all or
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitSplitResult]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitSplit,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnitSplitResult | None:
    """Split a unit (chia tách đơn vị)

     L3 — in one audited step, close the unit (its last day: the day before `effective_on`,
    `successor_ids`: every
    new unit) and open the new units on `effective_on` under its parent, at its level. The unit must be
    open, valid
    before `effective_on`, with no open unit under it, and become two or more units; otherwise 422
    `invalid_unit`
    (rule L3) naming the field. Its records keep pointing at it. The admin of its district only (the
    first admin for
    districts). Answers the closed unit and the new ones; `Location` is the closed unit.

    Args:
        unit_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitSplit): L3 — split a unit (chia tách): it closes the day before
            ``effective_on``, naming every new unit as its
            successor; the new units open on ``effective_on`` under its parent. One step, all or
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitSplitResult
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitSplit,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnitSplitResult]:
    """Split a unit (chia tách đơn vị)

     L3 — in one audited step, close the unit (its last day: the day before `effective_on`,
    `successor_ids`: every
    new unit) and open the new units on `effective_on` under its parent, at its level. The unit must be
    open, valid
    before `effective_on`, with no open unit under it, and become two or more units; otherwise 422
    `invalid_unit`
    (rule L3) naming the field. Its records keep pointing at it. The admin of its district only (the
    first admin for
    districts). Answers the closed unit and the new ones; `Location` is the closed unit.

    Args:
        unit_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitSplit): L3 — split a unit (chia tách): it closes the day before
            ``effective_on``, naming every new unit as its
            successor; the new units open on ``effective_on`` under its parent. One step, all or
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitSplitResult]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    body: UnitSplit,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnitSplitResult | None:
    """Split a unit (chia tách đơn vị)

     L3 — in one audited step, close the unit (its last day: the day before `effective_on`,
    `successor_ids`: every
    new unit) and open the new units on `effective_on` under its parent, at its level. The unit must be
    open, valid
    before `effective_on`, with no open unit under it, and become two or more units; otherwise 422
    `invalid_unit`
    (rule L3) naming the field. Its records keep pointing at it. The admin of its district only (the
    first admin for
    districts). Answers the closed unit and the new ones; `Location` is the closed unit.

    Args:
        unit_id (str):
        idempotency_key (None | str | Unset): Retry-safe creation: same key and body, same answer
        body (UnitSplit): L3 — split a unit (chia tách): it closes the day before
            ``effective_on``, naming every new unit as its
            successor; the new units open on ``effective_on`` under its parent. One step, all or
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitSplitResult
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
