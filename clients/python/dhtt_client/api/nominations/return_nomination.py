from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decision_body import DecisionBody
from ...models.nomination_public import NominationPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    nomination_id: str,
    *,
    body: DecisionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/nominations/{nomination_id}/return".format(
            nomination_id=quote(str(nomination_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NominationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = NominationPublic.from_dict(response.json())

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
) -> Response[NominationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nomination_id: str,
    *,
    client: AuthenticatedClient,
    body: DecisionBody,
) -> Response[NominationPublic | Problem]:
    """Return a nomination for more (trả lại để bổ sung)

     N3 — the council sends a submitted nomination back, with a reason; the unit may change and resubmit
    it.

    Args:
        nomination_id (str):
        body (DecisionBody): The council's reason (N3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NominationPublic | Problem]
    """

    kwargs = _get_kwargs(
        nomination_id=nomination_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nomination_id: str,
    *,
    client: AuthenticatedClient,
    body: DecisionBody,
) -> NominationPublic | Problem | None:
    """Return a nomination for more (trả lại để bổ sung)

     N3 — the council sends a submitted nomination back, with a reason; the unit may change and resubmit
    it.

    Args:
        nomination_id (str):
        body (DecisionBody): The council's reason (N3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NominationPublic | Problem
    """

    return sync_detailed(
        nomination_id=nomination_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    nomination_id: str,
    *,
    client: AuthenticatedClient,
    body: DecisionBody,
) -> Response[NominationPublic | Problem]:
    """Return a nomination for more (trả lại để bổ sung)

     N3 — the council sends a submitted nomination back, with a reason; the unit may change and resubmit
    it.

    Args:
        nomination_id (str):
        body (DecisionBody): The council's reason (N3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NominationPublic | Problem]
    """

    kwargs = _get_kwargs(
        nomination_id=nomination_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nomination_id: str,
    *,
    client: AuthenticatedClient,
    body: DecisionBody,
) -> NominationPublic | Problem | None:
    """Return a nomination for more (trả lại để bổ sung)

     N3 — the council sends a submitted nomination back, with a reason; the unit may change and resubmit
    it.

    Args:
        nomination_id (str):
        body (DecisionBody): The council's reason (N3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NominationPublic | Problem
    """

    return (
        await asyncio_detailed(
            nomination_id=nomination_id,
            client=client,
            body=body,
        )
    ).parsed
