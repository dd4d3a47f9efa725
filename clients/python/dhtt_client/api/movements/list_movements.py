import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.movement_kind import MovementKind
from ...models.page_movement_public import PageMovementPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plan_id: None | Unset | UUID = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_plan_id: None | str | Unset
    if isinstance(plan_id, Unset):
        json_plan_id = UNSET
    elif isinstance(plan_id, UUID):
        json_plan_id = str(plan_id)
    else:
        json_plan_id = plan_id
    params["plan_id"] = json_plan_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, MovementKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/api/v1/movements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageMovementPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageMovementPublic.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[PageMovementPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageMovementPublic | Problem]:
    """List the plans' emulation movements (phong trào thi đua)

     E1 — the movements and special drives each plan promotes, in the plan's order; readable by every
    signed-in user, like the plan.

    Args:
        plan_id (None | Unset | UUID):
        kind (MovementKind | None | Unset):
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
        Response[PageMovementPublic | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        kind=kind,
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
    plan_id: None | Unset | UUID = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageMovementPublic | Problem | None:
    """List the plans' emulation movements (phong trào thi đua)

     E1 — the movements and special drives each plan promotes, in the plan's order; readable by every
    signed-in user, like the plan.

    Args:
        plan_id (None | Unset | UUID):
        kind (MovementKind | None | Unset):
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
        PageMovementPublic | Problem
    """

    return sync_detailed(
        client=client,
        plan_id=plan_id,
        kind=kind,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> Response[PageMovementPublic | Problem]:
    """List the plans' emulation movements (phong trào thi đua)

     E1 — the movements and special drives each plan promotes, in the plan's order; readable by every
    signed-in user, like the plan.

    Args:
        plan_id (None | Unset | UUID):
        kind (MovementKind | None | Unset):
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
        Response[PageMovementPublic | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        kind=kind,
        limit=limit,
        cursor=cursor,
        updated_after=updated_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
) -> PageMovementPublic | Problem | None:
    """List the plans' emulation movements (phong trào thi đua)

     E1 — the movements and special drives each plan promotes, in the plan's order; readable by every
    signed-in user, like the plan.

    Args:
        plan_id (None | Unset | UUID):
        kind (MovementKind | None | Unset):
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
        PageMovementPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            plan_id=plan_id,
            kind=kind,
            limit=limit,
            cursor=cursor,
            updated_after=updated_after,
        )
    ).parsed
