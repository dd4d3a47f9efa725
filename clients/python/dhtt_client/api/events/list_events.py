from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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
) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[EventPage | Problem]:
    """Read the event feed (what changed, in commit order)

     F1 — every audited change as an event, in the order the changes committed: its type, the
    record, its unit and district, when, and the record's new ETag. A reader never misses one that
    commits late: each event's place is fixed when its transaction commits. Filtered by X2: the
    public records' events (plans, units, blocks, movements, conferences and their agenda, lists
    and allocations, award decisions) to every signed-in reader, the others' only to whoever may
    read the record. Poll with `next_cursor`.

    Args:
        after (None | str | Unset): A cursor from this feed (an item's `cursor` or a page's
            `next_cursor`); omitted: from the start
        limit (int | Unset): Page size (max 500) Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> EventPage | Problem | None:
    """Read the event feed (what changed, in commit order)

     F1 — every audited change as an event, in the order the changes committed: its type, the
    record, its unit and district, when, and the record's new ETag. A reader never misses one that
    commits late: each event's place is fixed when its transaction commits. Filtered by X2: the
    public records' events (plans, units, blocks, movements, conferences and their agenda, lists
    and allocations, award decisions) to every signed-in reader, the others' only to whoever may
    read the record. Poll with `next_cursor`.

    Args:
        after (None | str | Unset): A cursor from this feed (an item's `cursor` or a page's
            `next_cursor`); omitted: from the start
        limit (int | Unset): Page size (max 500) Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[EventPage | Problem]:
    """Read the event feed (what changed, in commit order)

     F1 — every audited change as an event, in the order the changes committed: its type, the
    record, its unit and district, when, and the record's new ETag. A reader never misses one that
    commits late: each event's place is fixed when its transaction commits. Filtered by X2: the
    public records' events (plans, units, blocks, movements, conferences and their agenda, lists
    and allocations, award decisions) to every signed-in reader, the others' only to whoever may
    read the record. Poll with `next_cursor`.

    Args:
        after (None | str | Unset): A cursor from this feed (an item's `cursor` or a page's
            `next_cursor`); omitted: from the start
        limit (int | Unset): Page size (max 500) Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> EventPage | Problem | None:
    """Read the event feed (what changed, in commit order)

     F1 — every audited change as an event, in the order the changes committed: its type, the
    record, its unit and district, when, and the record's new ETag. A reader never misses one that
    commits late: each event's place is fixed when its transaction commits. Filtered by X2: the
    public records' events (plans, units, blocks, movements, conferences and their agenda, lists
    and allocations, award decisions) to every signed-in reader, the others' only to whoever may
    read the record. Poll with `next_cursor`.

    Args:
        after (None | str | Unset): A cursor from this feed (an item's `cursor` or a page's
            `next_cursor`); omitted: from the start
        limit (int | Unset): Page size (max 500) Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed
