from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conference_id: str,
    *,
    format_: ExportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conferences/{conference_id}/delegates/export".format(
            conference_id=quote(str(conference_id), safe=""),
        ),
        "params": params,
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
    conference_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Problem]:
    """Export the delegate list (xuất danh sách)

     Streamed straight from the database (a server-side cursor) in the list's own order — the
    one Vietnamese order of ``GET …/delegates`` (given name first). The XLSX has the conference's
    title block (unit, C7 title lines, the day of the export) above its header row; CSV keeps
    the leading zeros of national IDs and phone numbers for Excel (cells written as ="0123…").
    The district conference's list adds the column "Đơn vị cử đại biểu" (A10).

    Args:
        conference_id (str):
        format_ (ExportFormat | Unset): The file a delegate list is exported as: an Excel workbook
            or CSV (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat | Unset = UNSET,
) -> Problem | None:
    """Export the delegate list (xuất danh sách)

     Streamed straight from the database (a server-side cursor) in the list's own order — the
    one Vietnamese order of ``GET …/delegates`` (given name first). The XLSX has the conference's
    title block (unit, C7 title lines, the day of the export) above its header row; CSV keeps
    the leading zeros of national IDs and phone numbers for Excel (cells written as ="0123…").
    The district conference's list adds the column "Đơn vị cử đại biểu" (A10).

    Args:
        conference_id (str):
        format_ (ExportFormat | Unset): The file a delegate list is exported as: an Excel workbook
            or CSV (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        conference_id=conference_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Problem]:
    """Export the delegate list (xuất danh sách)

     Streamed straight from the database (a server-side cursor) in the list's own order — the
    one Vietnamese order of ``GET …/delegates`` (given name first). The XLSX has the conference's
    title block (unit, C7 title lines, the day of the export) above its header row; CSV keeps
    the leading zeros of national IDs and phone numbers for Excel (cells written as ="0123…").
    The district conference's list adds the column "Đơn vị cử đại biểu" (A10).

    Args:
        conference_id (str):
        format_ (ExportFormat | Unset): The file a delegate list is exported as: an Excel workbook
            or CSV (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        conference_id=conference_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conference_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat | Unset = UNSET,
) -> Problem | None:
    """Export the delegate list (xuất danh sách)

     Streamed straight from the database (a server-side cursor) in the list's own order — the
    one Vietnamese order of ``GET …/delegates`` (given name first). The XLSX has the conference's
    title block (unit, C7 title lines, the day of the export) above its header row; CSV keeps
    the leading zeros of national IDs and phone numbers for Excel (cells written as ="0123…").
    The district conference's list adds the column "Đơn vị cử đại biểu" (A10).

    Args:
        conference_id (str):
        format_ (ExportFormat | Unset): The file a delegate list is exported as: an Excel workbook
            or CSV (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            conference_id=conference_id,
            client=client,
            format_=format_,
        )
    ).parsed
