import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_unit_public import PageUnitPublic
from ...models.problem import Problem
from ...models.unit_kind import UnitKind
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    kind: None | UnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    block_id: None | Unset | UUID = UNSET,
    district_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, UnitKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_block_id: None | str | Unset
    if isinstance(block_id, Unset):
        json_block_id = UNSET
    elif isinstance(block_id, UUID):
        json_block_id = str(block_id)
    else:
        json_block_id = block_id
    params["block_id"] = json_block_id

    json_district_id: None | str | Unset
    if isinstance(district_id, Unset):
        json_district_id = UNSET
    elif isinstance(district_id, UUID):
        json_district_id = str(district_id)
    else:
        json_district_id = district_id
    params["district_id"] = json_district_id

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

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/units",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageUnitPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageUnitPublic.from_dict(response.json())

        return response_200

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
) -> Response[PageUnitPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | UnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    block_id: None | Unset | UUID = UNSET,
    district_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[PageUnitPublic | Problem]:
    """List units (đơn vị)

     U1 — the unit register, readable by every signed-in user; `q` searches names without accents, units
    whose own
    name matches first. L3: closed (merged) units stay listed and readable; `as_of` asks for one day's
    register.

    Args:
        q (None | str | Unset): Accent-insensitive name search (Q1)
        kind (None | UnitKind | Unset):
        parent_id (None | Unset | UUID):
        block_id (None | Unset | UUID):
        district_id (None | Unset | UUID):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.
        as_of (datetime.date | None | Unset): L3 — only the units that exist on this day
            (valid_from ≤ as_of ≤ valid_to); without it, every unit, closed ones included

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUnitPublic | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        parent_id=parent_id,
        block_id=block_id,
        district_id=district_id,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | UnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    block_id: None | Unset | UUID = UNSET,
    district_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
) -> PageUnitPublic | Problem | None:
    """List units (đơn vị)

     U1 — the unit register, readable by every signed-in user; `q` searches names without accents, units
    whose own
    name matches first. L3: closed (merged) units stay listed and readable; `as_of` asks for one day's
    register.

    Args:
        q (None | str | Unset): Accent-insensitive name search (Q1)
        kind (None | UnitKind | Unset):
        parent_id (None | Unset | UUID):
        block_id (None | Unset | UUID):
        district_id (None | Unset | UUID):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.
        as_of (datetime.date | None | Unset): L3 — only the units that exist on this day
            (valid_from ≤ as_of ≤ valid_to); without it, every unit, closed ones included

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUnitPublic | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        parent_id=parent_id,
        block_id=block_id,
        district_id=district_id,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | UnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    block_id: None | Unset | UUID = UNSET,
    district_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[PageUnitPublic | Problem]:
    """List units (đơn vị)

     U1 — the unit register, readable by every signed-in user; `q` searches names without accents, units
    whose own
    name matches first. L3: closed (merged) units stay listed and readable; `as_of` asks for one day's
    register.

    Args:
        q (None | str | Unset): Accent-insensitive name search (Q1)
        kind (None | UnitKind | Unset):
        parent_id (None | Unset | UUID):
        block_id (None | Unset | UUID):
        district_id (None | Unset | UUID):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.
        as_of (datetime.date | None | Unset): L3 — only the units that exist on this day
            (valid_from ≤ as_of ≤ valid_to); without it, every unit, closed ones included

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUnitPublic | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        parent_id=parent_id,
        block_id=block_id,
        district_id=district_id,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: None | UnitKind | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    block_id: None | Unset | UUID = UNSET,
    district_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
) -> PageUnitPublic | Problem | None:
    """List units (đơn vị)

     U1 — the unit register, readable by every signed-in user; `q` searches names without accents, units
    whose own
    name matches first. L3: closed (merged) units stay listed and readable; `as_of` asks for one day's
    register.

    Args:
        q (None | str | Unset): Accent-insensitive name search (Q1)
        kind (None | UnitKind | Unset):
        parent_id (None | Unset | UUID):
        block_id (None | Unset | UUID):
        district_id (None | Unset | UUID):
        limit (int | Unset): Page size (max 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        updated_after (datetime.datetime | None | Unset): Incremental sync: only the items created
            or changed strictly after this instant (ISO 8601 with an offset, e.g.
            2026-05-01T08:00:00+07:00), ordered by (updated_at, id) with a cursor encoding both — pass
            next_cursor with the same updated_after to page on; a cursor of the default order is
            refused there (422). Without it the list keeps its default order. The time is taken when
            the writing transaction runs, so a sync resumes from the newest updated_at seen minus a
            few seconds (re-applying an item is harmless). Deletions: GET /api/v1/deletions.
        as_of (datetime.date | None | Unset): L3 — only the units that exist on this day
            (valid_from ≤ as_of ≤ valid_to); without it, every unit, closed ones included

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUnitPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            parent_id=parent_id,
            block_id=block_id,
            district_id=district_id,
            limit=limit,
            cursor=cursor,
            updated_after=updated_after,
            as_of=as_of,
        )
    ).parsed
