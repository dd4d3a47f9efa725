from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_delegates_body import ImportDelegatesBody
from ...models.import_result import ImportResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    conference_id: str,
    *,
    body: ImportDelegatesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/conferences/{conference_id}/delegates/import".format(
            conference_id=quote(str(conference_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = ImportResult.from_dict(response.json())

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
) -> Response[ImportResult | Problem]:
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
    body: ImportDelegatesBody,
) -> Response[ImportResult | Problem]:
    """Import delegates from a spreadsheet (nhập danh sách)

     All rows or none: every bad cell is listed with its spreadsheet row number, the sheet's
    Vietnamese column header and the format expected, as a sentence and as the members `row`,
    `column`, `field` and `rule` (the first 100; ``error_count`` gives them all). A sheet with
    no delegate row (the template as downloaded: its example row sits on the guide sheet) is a
    422 `sheet_empty`, nothing imported. A CSV that is not UTF-8 (e.g. saved in the Windows
    Vietnamese code page) is a 415 saying to save it as "CSV UTF-8" or XLSX. The caller's
    right to the list and the list's state are decided before the body is read; at most
    ``DHTT_IMPORT_MAX_ROWS`` rows.

    Args:
        conference_id (str):
        body (ImportDelegatesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResult | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: ImportDelegatesBody,
) -> ImportResult | Problem | None:
    """Import delegates from a spreadsheet (nhập danh sách)

     All rows or none: every bad cell is listed with its spreadsheet row number, the sheet's
    Vietnamese column header and the format expected, as a sentence and as the members `row`,
    `column`, `field` and `rule` (the first 100; ``error_count`` gives them all). A sheet with
    no delegate row (the template as downloaded: its example row sits on the guide sheet) is a
    422 `sheet_empty`, nothing imported. A CSV that is not UTF-8 (e.g. saved in the Windows
    Vietnamese code page) is a 415 saying to save it as "CSV UTF-8" or XLSX. The caller's
    right to the list and the list's state are decided before the body is read; at most
    ``DHTT_IMPORT_MAX_ROWS`` rows.

    Args:
        conference_id (str):
        body (ImportDelegatesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResult | Problem
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: ImportDelegatesBody,
) -> Response[ImportResult | Problem]:
    """Import delegates from a spreadsheet (nhập danh sách)

     All rows or none: every bad cell is listed with its spreadsheet row number, the sheet's
    Vietnamese column header and the format expected, as a sentence and as the members `row`,
    `column`, `field` and `rule` (the first 100; ``error_count`` gives them all). A sheet with
    no delegate row (the template as downloaded: its example row sits on the guide sheet) is a
    422 `sheet_empty`, nothing imported. A CSV that is not UTF-8 (e.g. saved in the Windows
    Vietnamese code page) is a 415 saying to save it as "CSV UTF-8" or XLSX. The caller's
    right to the list and the list's state are decided before the body is read; at most
    ``DHTT_IMPORT_MAX_ROWS`` rows.

    Args:
        conference_id (str):
        body (ImportDelegatesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResult | Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    body: ImportDelegatesBody,
) -> ImportResult | Problem | None:
    """Import delegates from a spreadsheet (nhập danh sách)

     All rows or none: every bad cell is listed with its spreadsheet row number, the sheet's
    Vietnamese column header and the format expected, as a sentence and as the members `row`,
    `column`, `field` and `rule` (the first 100; ``error_count`` gives them all). A sheet with
    no delegate row (the template as downloaded: its example row sits on the guide sheet) is a
    422 `sheet_empty`, nothing imported. A CSV that is not UTF-8 (e.g. saved in the Windows
    Vietnamese code page) is a 415 saying to save it as "CSV UTF-8" or XLSX. The caller's
    right to the list and the list's state are decided before the body is read; at most
    ``DHTT_IMPORT_MAX_ROWS`` rows.

    Args:
        conference_id (str):
        body (ImportDelegatesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResult | Problem
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
            body=body,
        )
    ).parsed
