import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.honour import Honour
from ...models.page_award_decision_public import PageAwardDecisionPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    authority_unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    honour: Honour | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_authority_unit_id: None | str | Unset
    if isinstance(authority_unit_id, Unset):
        json_authority_unit_id = UNSET
    elif isinstance(authority_unit_id, UUID):
        json_authority_unit_id = str(authority_unit_id)
    else:
        json_authority_unit_id = authority_unit_id
    params["authority_unit_id"] = json_authority_unit_id

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_honour: None | str | Unset
    if isinstance(honour, Unset):
        json_honour = UNSET
    elif isinstance(honour, Honour):
        json_honour = honour.value
    else:
        json_honour = honour
    params["honour"] = json_honour

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/award-decisions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAwardDecisionPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageAwardDecisionPublic.from_dict(response.json())

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
) -> Response[PageAwardDecisionPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    authority_unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    honour: Honour | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageAwardDecisionPublic | Problem]:
    """List award decisions (sổ quyết định khen thưởng)

     D1 — the register, newest first, filtered by the issuing authority, the year and the honour. Public
    to
    every signed-in reader: names, units and honours, never a national ID or a birth date.

    Args:
        authority_unit_id (None | Unset | UUID):
        year (int | None | Unset): D1 — the year the decisions were signed
        honour (Honour | None | Unset):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAwardDecisionPublic | Problem]
    """

    kwargs = _get_kwargs(
        authority_unit_id=authority_unit_id,
        year=year,
        honour=honour,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    authority_unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    honour: Honour | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageAwardDecisionPublic | Problem | None:
    """List award decisions (sổ quyết định khen thưởng)

     D1 — the register, newest first, filtered by the issuing authority, the year and the honour. Public
    to
    every signed-in reader: names, units and honours, never a national ID or a birth date.

    Args:
        authority_unit_id (None | Unset | UUID):
        year (int | None | Unset): D1 — the year the decisions were signed
        honour (Honour | None | Unset):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAwardDecisionPublic | Problem
    """

    return sync_detailed(
        client=client,
        authority_unit_id=authority_unit_id,
        year=year,
        honour=honour,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    authority_unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    honour: Honour | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageAwardDecisionPublic | Problem]:
    """List award decisions (sổ quyết định khen thưởng)

     D1 — the register, newest first, filtered by the issuing authority, the year and the honour. Public
    to
    every signed-in reader: names, units and honours, never a national ID or a birth date.

    Args:
        authority_unit_id (None | Unset | UUID):
        year (int | None | Unset): D1 — the year the decisions were signed
        honour (Honour | None | Unset):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAwardDecisionPublic | Problem]
    """

    kwargs = _get_kwargs(
        authority_unit_id=authority_unit_id,
        year=year,
        honour=honour,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    authority_unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    honour: Honour | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageAwardDecisionPublic | Problem | None:
    """List award decisions (sổ quyết định khen thưởng)

     D1 — the register, newest first, filtered by the issuing authority, the year and the honour. Public
    to
    every signed-in reader: names, units and honours, never a national ID or a birth date.

    Args:
        authority_unit_id (None | Unset | UUID):
        year (int | None | Unset): D1 — the year the decisions were signed
        honour (Honour | None | Unset):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAwardDecisionPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            authority_unit_id=authority_unit_id,
            year=year,
            honour=honour,
            limit=limit,
            cursor=cursor,
            updated_after=updated_after,
        )
    ).parsed
