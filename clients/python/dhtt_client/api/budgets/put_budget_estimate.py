from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_estimate_public import BudgetEstimatePublic
from ...models.budget_estimate_put import BudgetEstimatePut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conference_id: str,
    *,
    body: BudgetEstimatePut,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/conferences/{conference_id}/budget-estimate".format(
            conference_id=quote(str(conference_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetEstimatePublic | Problem | None:
    if response.status_code == 200:
        response_200 = BudgetEstimatePublic.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = BudgetEstimatePublic.from_dict(response.json())

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
) -> Response[BudgetEstimatePublic | Problem]:
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
    body: BudgetEstimatePut,
    if_match: None | str | Unset = UNSET,
) -> Response[BudgetEstimatePublic | Problem]:
    """Save the budget estimate (lập dự trù kinh phí)

     B1 — the whole estimate: lines (category, description, whole đồng ≥ 0) and the funding source. The
    first
    save creates it (201); each later save that changes something is a new version received now (S5). B2
    — a
    line `{"category": "rewards", "computed": true}` is filled by the service at the save: approved
    nominations
    of the conference × the plan's `reward_amounts`; a pair with approved nominations and no amount
    answers 409
    `reward_amount_missing`. The computed amount is kept in the version (save again to recompute).
    Written by
    the organizing unit's officers and the district admin; GET's answer can be sent back as it is.

    Args:
        conference_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (BudgetEstimatePut): B1 — the whole estimate: every save is a new version (S5). GET's
            answer can be sent back as
            it is (its computed fields must then be unchanged).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetEstimatePublic | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: BudgetEstimatePut,
    if_match: None | str | Unset = UNSET,
) -> BudgetEstimatePublic | Problem | None:
    """Save the budget estimate (lập dự trù kinh phí)

     B1 — the whole estimate: lines (category, description, whole đồng ≥ 0) and the funding source. The
    first
    save creates it (201); each later save that changes something is a new version received now (S5). B2
    — a
    line `{"category": "rewards", "computed": true}` is filled by the service at the save: approved
    nominations
    of the conference × the plan's `reward_amounts`; a pair with approved nominations and no amount
    answers 409
    `reward_amount_missing`. The computed amount is kept in the version (save again to recompute).
    Written by
    the organizing unit's officers and the district admin; GET's answer can be sent back as it is.

    Args:
        conference_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (BudgetEstimatePut): B1 — the whole estimate: every save is a new version (S5). GET's
            answer can be sent back as
            it is (its computed fields must then be unchanged).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetEstimatePublic | Problem
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: BudgetEstimatePut,
    if_match: None | str | Unset = UNSET,
) -> Response[BudgetEstimatePublic | Problem]:
    """Save the budget estimate (lập dự trù kinh phí)

     B1 — the whole estimate: lines (category, description, whole đồng ≥ 0) and the funding source. The
    first
    save creates it (201); each later save that changes something is a new version received now (S5). B2
    — a
    line `{"category": "rewards", "computed": true}` is filled by the service at the save: approved
    nominations
    of the conference × the plan's `reward_amounts`; a pair with approved nominations and no amount
    answers 409
    `reward_amount_missing`. The computed amount is kept in the version (save again to recompute).
    Written by
    the organizing unit's officers and the district admin; GET's answer can be sent back as it is.

    Args:
        conference_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (BudgetEstimatePut): B1 — the whole estimate: every save is a new version (S5). GET's
            answer can be sent back as
            it is (its computed fields must then be unchanged).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetEstimatePublic | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: BudgetEstimatePut,
    if_match: None | str | Unset = UNSET,
) -> BudgetEstimatePublic | Problem | None:
    """Save the budget estimate (lập dự trù kinh phí)

     B1 — the whole estimate: lines (category, description, whole đồng ≥ 0) and the funding source. The
    first
    save creates it (201); each later save that changes something is a new version received now (S5). B2
    — a
    line `{"category": "rewards", "computed": true}` is filled by the service at the save: approved
    nominations
    of the conference × the plan's `reward_amounts`; a pair with approved nominations and no amount
    answers 409
    `reward_amount_missing`. The computed amount is kept in the version (save again to recompute).
    Written by
    the organizing unit's officers and the district admin; GET's answer can be sent back as it is.

    Args:
        conference_id (str):
        if_match (None | str | Unset): ETag from a GET (412 when stale)
        body (BudgetEstimatePut): B1 — the whole estimate: every save is a new version (S5). GET's
            answer can be sent back as
            it is (its computed fields must then be unchanged).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetEstimatePublic | Problem
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
