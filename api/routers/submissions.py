"""/submissions — unit plans, summary reports, presentations, the district compilation (S1–S6)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import AwareDatetime

from api.domain.submissions import Kind, State
from api.problems import Problem, responses
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
    VersionsAfter,
    WriterDep,
    create_idempotently,
    with_etag,
)
from api.routers.files import DOWNLOAD_200, file_download, multipart_file
from api.schemas.common import Page
from api.schemas.submissions import (
    AttachmentPublic,
    ReasonBody,
    SectionHeading,
    SubmissionCreate,
    SubmissionPublic,
    SubmissionUpdate,
    SubmitBody,
    VersionPublic,
)
from api.services import attachments, submissions
from api.services.common import parse_id

router = APIRouter(prefix="/submissions", tags=["submissions"])
_ERR = ("unauthorized", "forbidden", "not_found")
_ACTION = (*_ERR, "transition_not_allowed")


@router.get("", summary="List submissions (hồ sơ)", response_model=Page[SubmissionPublic], responses=responses(*_ERR))
async def list_submissions(
    session: SessionDep,
    actor: ActorDep,
    plan_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    kind: Kind | None = None,
    state: State | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[SubmissionPublic]:
    """Unit plans, summary reports, presentations and district compilations the caller may see (X2)."""
    return await submissions.list_submissions(
        session,
        actor,
        plan_id=plan_id,
        unit_id=unit_id,
        kind=kind,
        state=state,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "",
    summary="Start a submission (tạo hồ sơ)",
    status_code=201,
    response_model=SubmissionPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_submission(
    request: Request,
    body: SubmissionCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """S1–S4 — a unit plan, a summary report (báo cáo tổng kết), a presentation (báo cáo tham luận) or the district
    compilation; it starts as a draft with version 1."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: submissions.create_submission(session, actor, body),
        lambda s: f"/api/v1/submissions/{s.id}",
    )


@router.get(
    "/report-outline",
    summary="The summary report's outline (đề cương báo cáo)",
    response_model=Page[SectionHeading],
    responses=responses("unauthorized"),
)
async def report_outline(
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: Annotated[
        AwareDatetime | None,
        Query(
            description="Accepted as on every list. The outline is fixed in the service's code and has no "
            "update time: the whole outline is always returned (re-applying it is harmless)."
        ),
    ] = None,
) -> Page[SectionHeading]:
    """S2 — the summary report's sections, keyed by the outline, with the appendix's headings."""
    return submissions.report_outline(cursor=cursor, limit=limit)


@router.get(
    "/{submission_id}", summary="Read a submission", response_model=SubmissionPublic, responses=responses(*_ERR)
)
async def get_submission(
    submission_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> SubmissionPublic:
    """One submission with its current version's content."""
    return with_etag(await submissions.get_submission(session, actor, parse_id(submission_id)), response)


@router.patch(
    "/{submission_id}",
    summary="Change a submission",
    response_model=SubmissionPublic,
    responses=responses(*_ACTION, "precondition_failed"),
)
async def update_submission(
    submission_id: str,
    body: SubmissionUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> SubmissionPublic:
    """S5 — every change makes a new version; earlier versions stay readable. GET's answer can be sent back as it is."""
    out = await submissions.update_submission(session, actor, parse_id(submission_id), body, if_match)
    return with_etag(out, response)


@router.get(
    "/{submission_id}/versions",
    summary="List a submission's versions",
    response_model=Page[VersionPublic],
    responses=responses(*_ERR),
)
async def list_versions(
    submission_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: VersionsAfter = None,
) -> Page[VersionPublic]:
    """S5 — the versions, oldest first (by number)."""
    return await submissions.list_versions(
        session, actor, parse_id(submission_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.get(
    "/{submission_id}/versions/{number}",
    summary="Read one version",
    response_model=VersionPublic,
    responses=responses(*_ERR),
)
async def get_version(submission_id: str, number: int, session: SessionDep, actor: ActorDep) -> VersionPublic:
    """S5 — a version as it was sent."""
    if not 1 <= number <= 1_000_000:
        raise Problem("not_found")
    return await submissions.get_version(session, actor, parse_id(submission_id), number)


@router.post(
    "/{submission_id}/submit",
    summary="Send a submission to the district (gửi)",
    response_model=SubmissionPublic,
    responses=responses(*_ACTION, "report_incomplete"),
)
async def submit_submission(
    submission_id: str, session: SessionDep, actor: WriterDep, body: SubmitBody | None = None
) -> SubmissionPublic:
    """S1 — draft or changes requested → submitted; the first submit decides whether a unit plan was on time."""
    return await submissions.act(session, actor, parse_id(submission_id), "submit", submit=body)


@router.post(
    "/{submission_id}/approve",
    summary="Approve a submission (duyệt)",
    response_model=SubmissionPublic,
    responses=responses(*_ACTION, "self_review_forbidden"),
)
async def approve_submission(submission_id: str, session: SessionDep, actor: WriterDep) -> SubmissionPublic:
    """S2, S3 — the district approves a submitted submission; a reviewer who wrote it may not (X3)."""
    return await submissions.act(session, actor, parse_id(submission_id), "approve")


@router.post(
    "/{submission_id}/request-changes",
    summary="Ask for changes (yêu cầu chỉnh sửa)",
    response_model=SubmissionPublic,
    responses=responses(*_ACTION, "self_review_forbidden"),
)
async def request_changes(
    submission_id: str, body: ReasonBody, session: SessionDep, actor: WriterDep
) -> SubmissionPublic:
    """The district sends a submitted submission back with a reason."""
    return await submissions.act(session, actor, parse_id(submission_id), "request_changes", reason=body.reason)


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "The file (S6: type checked from its bytes)",
                        }
                    },
                    "required": ["file"],
                },
                "example": {"file": "ke-hoach-xa-huong-thuy.pdf"},
            }
        },
    }
}


@router.get(
    "/{submission_id}/attachments",
    summary="List a submission's attachments (tệp đính kèm)",
    response_model=Page[AttachmentPublic],
    responses=responses(*_ERR),
)
async def list_attachments(
    submission_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: CreatedAfter = None,
) -> Page[AttachmentPublic]:
    """S6 — the attachments not removed, oldest first. A removal is a tombstone (GET /api/v1/deletions)."""
    return await attachments.list_attachments(
        session, actor, parse_id(submission_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "/{submission_id}/attachments",
    summary="Attach a file (đính kèm tệp)",
    status_code=201,
    response_model=AttachmentPublic,
    responses=responses(*_ERR, "payload_too_large", "unsupported_media_type"),
    openapi_extra=UPLOAD_BODY,
)
async def upload_attachment(
    submission_id: str,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    storage: StorageDep,
    actor: WriterDep,
) -> JSONResponse:
    """S6 — the multipart field ``file``; streamed to disk, typed by content, answered with its sha256.
    The caller's right to the submission is decided before a byte of the body is read."""
    sid = parse_id(submission_id)
    await attachments.check_upload(session, actor, sid)
    upload = await multipart_file(request)
    out = await attachments.upload(
        session, actor, storage, settings.attachment_max_bytes, sid, upload.filename, upload.file
    )
    return JSONResponse(
        out.model_dump(mode="json"),
        status_code=201,
        headers={"Location": f"/api/v1/submissions/{sid}/attachments/{out.id}"},
    )


@router.get(
    "/{submission_id}/attachments/{attachment_id}",
    summary="Download an attachment",
    response_class=StreamingResponse,
    responses={**DOWNLOAD_200, **responses(*_ERR)},
)
async def download_attachment(
    submission_id: str, attachment_id: str, session: SessionDep, storage: StorageDep, actor: ActorDep
) -> StreamingResponse:
    """S6 — the file as uploaded, with its type."""
    meta, file = await attachments.open_download(
        session, actor, storage, parse_id(submission_id), parse_id(attachment_id)
    )
    return file_download(meta, file)


@router.delete(
    "/{submission_id}/attachments/{attachment_id}",
    summary="Remove an attachment",
    status_code=204,
    responses=responses(*_ERR),
)
async def delete_attachment(submission_id: str, attachment_id: str, session: SessionDep, actor: WriterDep) -> Response:
    """S5 — the next version no longer holds it; earlier versions keep it."""
    await attachments.delete(session, actor, parse_id(submission_id), parse_id(attachment_id))
    return Response(status_code=204)
