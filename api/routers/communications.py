"""/communication-activities — a unit's communication activities (M1), their attachments (S6)
and the district's counts (M2)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse

from api.domain.communications import ActivityKind
from api.problems import responses
from api.routers.deps import (
    ActorDep,
    CreatedAfter,
    Cursor,
    IdempotencyKey,
    IfMatch,
    Limit,
    SessionDep,
    SettingsDep,
    StorageDep,
    UpdatedAfter,
    WriterDep,
    create_idempotently,
    with_etag,
)
from api.routers.files import DOWNLOAD_200, file_download, multipart_file
from api.routers.submissions import UPLOAD_BODY
from api.schemas.common import Page
from api.schemas.communications import (
    ActivityAttachmentPublic,
    ActivityCounts,
    ActivityCreate,
    ActivityPublic,
    ActivityUpdate,
)
from api.services import communications
from api.services.common import parse_id

router = APIRouter(prefix="/communication-activities", tags=["communication"])
plans_router = APIRouter(prefix="/plans", tags=["communication"])
_ERR = ("unauthorized", "forbidden", "not_found")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(
    "",
    summary="List communication activities (hoạt động tuyên truyền)",
    response_model=Page[ActivityPublic],
    responses=responses(*_ERR),
)
async def list_activities(
    session: SessionDep,
    actor: ActorDep,
    plan_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    kind: ActivityKind | None = None,
    documentary_conference_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[ActivityPublic]:
    """M1 — the activities of the units the caller may see (X2), oldest first; each with its
    computed phase. A deletion is a tombstone (GET /api/v1/deletions)."""
    return await communications.list_activities(
        session,
        actor,
        plan_id=plan_id,
        unit_id=unit_id,
        kind=kind,
        documentary_conference_id=documentary_conference_id,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "",
    summary="Record a communication activity",
    status_code=201,
    response_model=ActivityPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_activity(
    request: Request,
    body: ActivityCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """M1 — with a link, or without one and then a file (POST …/attachments) right after. M2 — a
    reportage may name the conference of its unit that shows it as its documentary."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: communications.create_activity(session, actor, body),
        lambda a: f"/api/v1/communication-activities/{a.id}",
    )


@plans_router.get(
    "/{plan_id}/communication-counts",
    summary="Count communication activities (thống kê)",
    response_model=ActivityCounts,
    responses=responses(*_ERR),
)
async def activity_counts(plan_id: str, session: SessionDep, actor: ActorDep) -> ActivityCounts:
    """M2 — the plan's activities by kind, unit and phase, over the units the caller may see (X2)."""
    return await communications.counts(session, actor, parse_id(plan_id))


@plans_router.get(
    "/{plan_id}/communication-counts/export",
    summary="Export the counts (xuất thống kê)",
    responses={200: {"content": {XLSX: {}}, "description": "The counts, Vietnamese headers"}, **responses(*_ERR)},
    response_class=Response,
)
async def export_counts(plan_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """M2 — the counts as an XLSX: a title block, a row per unit with counts by kind and phase and
    a total row; a second sheet by unit, kind and phase."""
    body = await communications.counts_export(session, actor, parse_id(plan_id))
    return Response(
        body, media_type=XLSX, headers={"Content-Disposition": 'attachment; filename="thong-ke-tuyen-truyen.xlsx"'}
    )


@router.get("/{activity_id}", summary="Read an activity", response_model=ActivityPublic, responses=responses(*_ERR))
async def get_activity(activity_id: str, session: SessionDep, actor: ActorDep, response: Response) -> ActivityPublic:
    """M1 — one activity with its computed phase."""
    return with_etag(await communications.get_activity(session, actor, parse_id(activity_id)), response)


@router.patch(
    "/{activity_id}",
    summary="Change an activity",
    response_model=ActivityPublic,
    responses=responses(*_ERR, "conflict", "precondition_failed"),
)
async def update_activity(
    activity_id: str,
    body: ActivityUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> ActivityPublic:
    """M1, M2 — GET's answer can be sent back as it is."""
    out = await communications.update_activity(session, actor, parse_id(activity_id), body, if_match)
    return with_etag(out, response)


@router.delete(
    "/{activity_id}",
    summary="Delete an activity",
    status_code=204,
    responses=responses(*_ERR, "precondition_failed"),
)
async def delete_activity(
    activity_id: str, session: SessionDep, actor: WriterDep, if_match: IfMatch = None
) -> Response:
    """The activity and its attachments go. Leaves a tombstone."""
    await communications.delete_activity(session, actor, parse_id(activity_id), if_match)
    return Response(status_code=204)


@router.get(
    "/{activity_id}/attachments",
    summary="List an activity's attachments",
    response_model=Page[ActivityAttachmentPublic],
    responses=responses(*_ERR),
)
async def list_activity_attachments(
    activity_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: CreatedAfter = None,
) -> Page[ActivityAttachmentPublic]:
    """S6 — oldest first. A removal is a tombstone (GET /api/v1/deletions)."""
    return await communications.list_attachments(
        session, actor, parse_id(activity_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "/{activity_id}/attachments",
    summary="Attach a file to an activity",
    status_code=201,
    response_model=ActivityAttachmentPublic,
    responses=responses(*_ERR, "payload_too_large", "unsupported_media_type"),
    openapi_extra=UPLOAD_BODY,
)
async def upload_activity_attachment(
    activity_id: str,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    storage: StorageDep,
    actor: WriterDep,
) -> JSONResponse:
    """S6 — the multipart field ``file``, checked as a submission's attachment. The caller's right
    to the activity is decided before a byte of the body is read."""
    aid = parse_id(activity_id)
    await communications.check_upload(session, actor, aid)
    upload = await multipart_file(request)
    out = await communications.upload(
        session, actor, storage, settings.attachment_max_bytes, aid, upload.filename, upload.file
    )
    return JSONResponse(
        out.model_dump(mode="json"),
        status_code=201,
        headers={"Location": f"/api/v1/communication-activities/{aid}/attachments/{out.id}"},
    )


@router.get(
    "/{activity_id}/attachments/{attachment_id}",
    summary="Download an activity's attachment",
    response_class=StreamingResponse,
    responses={**DOWNLOAD_200, **responses(*_ERR)},
)
async def download_activity_attachment(
    activity_id: str, attachment_id: str, session: SessionDep, storage: StorageDep, actor: ActorDep
) -> StreamingResponse:
    """S6 — the file as uploaded, its checksum verified first."""
    meta, file = await communications.open_download(
        session, actor, storage, parse_id(activity_id), parse_id(attachment_id)
    )
    return file_download(meta, file)


@router.delete(
    "/{activity_id}/attachments/{attachment_id}",
    summary="Remove an activity's attachment",
    status_code=204,
    responses=responses(*_ERR),
)
async def delete_activity_attachment(
    activity_id: str, attachment_id: str, session: SessionDep, actor: WriterDep
) -> Response:
    """M1 — refused (422) when it is the activity's last evidence. Leaves a tombstone."""
    await communications.delete_attachment(session, actor, parse_id(activity_id), parse_id(attachment_id))
    return Response(status_code=204)
