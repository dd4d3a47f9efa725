from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    submission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/submissions/{submission_id}/document".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | None:
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
) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """A summary report or the district compilation as a document (báo cáo), DOCX

     D2 — a summary report from its sections in the outline's order (S2), or the district
    compilation from its kept snapshot (S4), from the current version. Private to the unit like
    the submission (X2); other kinds have no document (404).

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """A summary report or the district compilation as a document (báo cáo), DOCX

     D2 — a summary report from its sections in the outline's order (S2), or the district
    compilation from its kept snapshot (S4), from the current version. Private to the unit like
    the submission (X2); other kinds have no document (404).

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """A summary report or the district compilation as a document (báo cáo), DOCX

     D2 — a summary report from its sections in the outline's order (S2), or the district
    compilation from its kept snapshot (S4), from the current version. Private to the unit like
    the submission (X2); other kinds have no document (404).

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """A summary report or the district compilation as a document (báo cáo), DOCX

     D2 — a summary report from its sections in the outline's order (S2), or the district
    compilation from its kept snapshot (S4), from the current version. Private to the unit like
    the submission (X2); other kinds have no document (404).

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
        )
    ).parsed
