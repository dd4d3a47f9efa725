from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_attachment_public import ActivityAttachmentPublic
from ...models.problem import Problem
from ...models.upload_activity_attachment_body import UploadActivityAttachmentBody
from ...types import Response


def _get_kwargs(
    activity_id: str,
    *,
    body: UploadActivityAttachmentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/communication-activities/{activity_id}/attachments".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityAttachmentPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ActivityAttachmentPublic.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[ActivityAttachmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadActivityAttachmentBody,
) -> Response[ActivityAttachmentPublic | Problem]:
    """Attach a file to an activity

     S6 — the multipart field ``file``, checked as a submission's attachment. The caller's right
    to the activity is decided before a byte of the body is read.

    Args:
        activity_id (str):
        body (UploadActivityAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityAttachmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadActivityAttachmentBody,
) -> ActivityAttachmentPublic | Problem | None:
    """Attach a file to an activity

     S6 — the multipart field ``file``, checked as a submission's attachment. The caller's right
    to the activity is decided before a byte of the body is read.

    Args:
        activity_id (str):
        body (UploadActivityAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityAttachmentPublic | Problem
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadActivityAttachmentBody,
) -> Response[ActivityAttachmentPublic | Problem]:
    """Attach a file to an activity

     S6 — the multipart field ``file``, checked as a submission's attachment. The caller's right
    to the activity is decided before a byte of the body is read.

    Args:
        activity_id (str):
        body (UploadActivityAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityAttachmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadActivityAttachmentBody,
) -> ActivityAttachmentPublic | Problem | None:
    """Attach a file to an activity

     S6 — the multipart field ``file``, checked as a submission's attachment. The caller's right
    to the activity is decided before a byte of the body is read.

    Args:
        activity_id (str):
        body (UploadActivityAttachmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityAttachmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
