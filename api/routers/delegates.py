"""/conferences/{id}/delegates — the list, its import, template and export; designations (A1–A10)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from api.concurrency import Work, offload
from api.domain.delegates import Category, ExportFormat
from api.domain.errors import DomainError
from api.problems import FieldIssue, Problem, responses
from api.routers.deps import (
    ActorDep,
    Cursor,
    IdempotencyKey,
    IfMatch,
    Limit,
    SessionDep,
    SettingsDep,
    UpdatedAfter,
    WriterDep,
    create_idempotently,
    json_response,
    with_etag,
)
from api.schemas.common import Page, QueryText
from api.schemas.conferences import (
    DELEGATE,
    DelegateCreate,
    DelegatePublic,
    DelegateUpdate,
    DesignationCreate,
    DesignationPublic,
    ImportResult,
)
from api.services import conferences, delegates, spreadsheets
from api.services.common import parse_id

router = APIRouter(prefix="/conferences/{conference_id}", tags=["delegates"])
_ERR = ("unauthorized", "forbidden", "not_found")
_WRITE = ("delegate_list_locked", "delegate_cap_exceeded", "duplicate_delegate", "pilot_invitee_not_allowed")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
IMPORT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "A JSON array of delegates, a CSV (UTF-8, with or without BOM) or an XLSX file "
        "with the Vietnamese headers of the template — as the raw body or as the multipart field `file`.",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/DelegateCreate"}},
                "example": [DELEGATE],
            },
            "text/csv": {"schema": {"type": "string"}},
            XLSX: {"schema": {"type": "string", "format": "binary"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": "The XLSX or CSV file"}
                    },
                    "required": ["file"],
                },
                "example": {"file": "danh-sach-dai-bieu-xa-huong-thuy.xlsx"},
            },
        },
    }
}


@router.get(
    "/delegates",
    summary="List a conference's delegates (danh sách đại biểu)",
    response_model=Page[DelegatePublic],
    responses=responses(*_ERR),
)
async def list_delegates(
    conference_id: str,
    session: SessionDep,
    actor: ActorDep,
    q: QueryText | None = Query(default=None, max_length=200, description="Accent-insensitive name search (Q1)"),
    category: Category | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Response:
    """The delegates in the one Vietnamese order (given name first), the same order as the export."""
    return json_response(
        await delegates.list_delegates(
            session,
            actor,
            parse_id(conference_id),
            q=q,
            category=category,
            cursor=cursor,
            limit=limit,
            updated_after=updated_after,
        )
    )


@router.post(
    "/delegates",
    summary="Add a delegate (thêm đại biểu)",
    status_code=201,
    response_model=DelegatePublic,
    responses=responses(*_ERR, *_WRITE, "conflict"),
)
async def add_delegate(
    conference_id: str,
    request: Request,
    body: DelegateCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """A3–A9, Q2 — one delegate on the list; refused when the list is finalized (A8), the cap is reached (A1, A2) or
    the person is already on the list (A7)."""
    cid = parse_id(conference_id)
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: delegates.add_delegate(session, actor, cid, body),
        lambda d: f"/api/v1/conferences/{cid}/delegates/{d.id}",
    )


@router.post(
    "/delegates/import",
    summary="Import delegates from a spreadsheet (nhập danh sách)",
    response_model=ImportResult,
    responses=responses(*_ERR, *_WRITE, "payload_too_large", "unsupported_media_type"),
    openapi_extra=IMPORT_BODY,
)
async def import_delegates(
    conference_id: str, request: Request, session: SessionDep, settings: SettingsDep, actor: WriterDep
) -> ImportResult:
    """All rows or none: every bad cell is listed with its spreadsheet row number, the sheet's
    Vietnamese column header and the format expected, as a sentence and as the members `row`,
    `column`, `field` and `rule` (the first 100; ``error_count`` gives them all). A sheet with
    no delegate row (the template as downloaded: its example row sits on the guide sheet) is a
    422 `sheet_empty`, nothing imported. A CSV that is not UTF-8 (e.g. saved in the Windows
    Vietnamese code page) is a 415 saying to save it as "CSV UTF-8" or XLSX. The caller's
    right to the list and the list's state are decided before the body is read; at most
    ``DHTT_IMPORT_MAX_ROWS`` rows."""
    cid = parse_id(conference_id)
    await delegates.check_import(session, actor, cid)
    sheet = await _read_upload(request, settings.import_max_rows)
    errors = [e.problem_error() for e in sheet.errors]
    errors += [
        FieldIssue(f"columns.{c}", "validation_error", "sheet_column_missing", {"column": c}, column=c)
        for c in sheet.missing_columns
    ]
    if sheet.empty:
        errors.append(FieldIssue("rows", "validation_error", "sheet_empty"))
    if errors:
        rules = {e.rule for e in sheet.errors if e.rule}
        raise Problem("validation_error", rule=rules.pop() if len(rules) == 1 else None, errors=errors)
    return await delegates.import_delegates(session, actor, cid, sheet.rows, sheet.unknown_columns)


async def _read_upload(request: Request, max_rows: int) -> spreadsheets.ParsedSheet:
    """The body (read only now, after the caller was authorized), parsed in a worker thread."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=5)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise Problem("validation_error", errors=[("file", "validation_error", "missing", {})])
        data = await upload.read()
    else:
        data = await request.body()
    try:
        return await offload(Work.FILES, spreadsheets.read_import, data, content_type, max_rows)
    except spreadsheets.TooManyRows as exc:
        raise Problem("payload_too_large", rule="A3", reason="import_rows", max_rows=exc.limit) from None
    except DomainError:
        raise  # a container refused by S6: its own reason
    except ValueError as exc:
        if str(exc) == "json":
            raise Problem("validation_error", errors=[("body", "validation_error", "json_invalid", {})]) from None
        if str(exc) == "encoding":
            raise Problem("unsupported_media_type", reason="encoding") from None
        raise Problem("unsupported_media_type") from None


@router.get(
    "/delegates/template",
    summary="Download the import template (mẫu nhập danh sách)",
    responses={
        200: {"content": {XLSX: {}}, "description": "The XLSX template with Vietnamese headers"},
        **responses(*_ERR),
    },
    response_class=Response,
)
async def delegate_template(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """An XLSX with the Vietnamese headers, lists of allowed values and an instructions sheet."""
    await conferences.get_conference(session, parse_id(conference_id))  # 404 for an unknown conference
    return Response(
        await offload(Work.FILES, spreadsheets.template_xlsx),  # building a workbook is CPU work
        media_type=XLSX,
        headers={"Content-Disposition": 'attachment; filename="mau-danh-sach-dai-bieu.xlsx"'},
    )


@router.get(
    "/delegates/export",
    summary="Export the delegate list (xuất danh sách)",
    responses={
        200: {"content": {XLSX: {}, "text/csv": {}}, "description": "The list, sorted by Vietnamese collation"},
        **responses(*_ERR),
    },
    response_class=StreamingResponse,
)
async def export_delegates(
    conference_id: str, request: Request, session: SessionDep, actor: ActorDep, format: ExportFormat = ExportFormat.XLSX
) -> StreamingResponse:
    """Streamed straight from the database (a server-side cursor) in the list's own order — the
    one Vietnamese order of ``GET …/delegates`` (given name first). The XLSX has the conference's
    title block (unit, C7 title lines, the day of the export) above its header row; CSV keeps
    the leading zeros of national IDs and phone numbers for Excel (cells written as ="0123…").
    The district conference's list adds the column "Đơn vị cử đại biểu" (A10)."""
    cid = parse_id(conference_id)
    title, origin = await delegates.check_export(session, actor, cid)
    batches = delegates.stream_rows(request.app.state.sessionmaker, cid)
    if format is ExportFormat.CSV:
        body, media, ext = spreadsheets.export_csv_stream(batches, origin=origin), "text/csv; charset=utf-8", "csv"
    else:
        body, media, ext = spreadsheets.export_xlsx_stream(batches, title, origin=origin), XLSX, "xlsx"
    return StreamingResponse(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="danh-sach-dai-bieu.{ext}"'}
    )


@router.get(
    "/delegates/{delegate_id}", summary="Read a delegate", response_model=DelegatePublic, responses=responses(*_ERR)
)
async def get_delegate(
    conference_id: str, delegate_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> DelegatePublic:
    """One delegate of the conference's list."""
    out = await delegates.get_delegate(session, actor, parse_id(conference_id), parse_id(delegate_id))
    return with_etag(out, response)


@router.patch(
    "/delegates/{delegate_id}",
    summary="Change a delegate",
    response_model=DelegatePublic,
    responses=responses(*_ERR, *_WRITE, "precondition_failed"),
)
async def update_delegate(
    conference_id: str,
    delegate_id: str,
    body: DelegateUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> DelegatePublic:
    """Only the fields sent change; the list's rules are checked again. Send If-Match to refuse a lost update."""
    out = await delegates.update_delegate(
        session, actor, parse_id(conference_id), parse_id(delegate_id), body, if_match
    )
    return with_etag(out, response)


@router.delete(
    "/delegates/{delegate_id}",
    summary="Remove a delegate from the list",
    status_code=204,
    responses=responses(*_ERR, "delegate_list_locked", "precondition_failed"),
)
async def delete_delegate(
    conference_id: str, delegate_id: str, session: SessionDep, actor: WriterDep, if_match: IfMatch = None
) -> Response:
    """Refused when the list is finalized (A8). Leaves a tombstone."""
    await delegates.delete_delegate(session, actor, parse_id(conference_id), parse_id(delegate_id), if_match)
    return Response(status_code=204)


@router.get(
    "/designations",
    summary="List delegates designated upward (đại biểu đi dự cấp trên)",
    response_model=Page[DesignationPublic],
    responses=responses(*_ERR),
)
async def list_designations(
    conference_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[DesignationPublic]:
    """A10 — the unit's delegates designated to its district conference, in Vietnamese name order."""
    return await delegates.list_designations(
        session, actor, parse_id(conference_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "/designations",
    summary="Designate a delegate to the district conference (cử đại biểu)",
    status_code=201,
    response_model=DesignationPublic,
    responses=responses(
        *_ERR, "allocation_exceeded", "delegate_cap_exceeded", "duplicate_delegate", "delegate_list_locked", "conflict"
    ),
)
async def designate_delegate(
    conference_id: str,
    request: Request,
    body: DesignationCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """A10 — an exemplary delegate of this grassroots conference joins the district conference's list, within the
    unit's allocated seats."""
    cid = parse_id(conference_id)
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: delegates.designate(session, actor, cid, body),
        lambda d: f"/api/v1/conferences/{cid}/designations/{d.id}",
    )


@router.delete(
    "/designations/{designation_id}",
    summary="Withdraw a designation",
    status_code=204,
    responses=responses(*_ERR, "delegate_list_locked"),
)
async def delete_designation(
    conference_id: str, designation_id: str, session: SessionDep, actor: WriterDep
) -> Response:
    """A10 — the delegate leaves the district conference's list."""
    await delegates.undesignate(session, actor, parse_id(conference_id), parse_id(designation_id))
    return Response(status_code=204)
