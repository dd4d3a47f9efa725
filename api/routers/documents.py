"""D2 — documents in the layout of Decree 30/2020, as DOCX, each under the record it prints."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from api.problems import responses
from api.routers.deps import ActorDep, SessionDep
from api.services.common import parse_id
from api.services.documents import conferences as conference_documents
from api.services.documents import plans as plan_documents
from api.services.documents.layout import DOCX

router = APIRouter(tags=["documents"])
_ERR = ("unauthorized", "forbidden", "not_found")


def _docx(description: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {DOCX: {}}, "description": description}, **responses(*_ERR)}


def _answer(found: tuple[bytes, str]) -> Response:
    body, name = found
    return Response(body, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get(
    "/conferences/{conference_id}/documents/invitation",
    summary="The invitation to the conference (giấy mời), DOCX",
    response_class=Response,
    responses=_docx("The Giấy mời in the Decree 30/2020 layout"),
)
async def invitation(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2 — the C7 title lines, the day and half day (07:30 in the morning, 13:30 in the afternoon),
    the place and the agenda (C8). Public to signed-in readers, like the conference (X2)."""
    return _answer(await conference_documents.invitation(session, parse_id(conference_id)))


@router.get(
    "/conferences/{conference_id}/documents/delegate-list",
    summary="The delegate list (danh sách đại biểu), DOCX",
    response_class=Response,
    responses=_docx("The list in the Decree 30/2020 layout"),
)
async def delegate_list(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2, §II.3 — STT, Họ và tên, Chức vụ, Đơn vị, Thành phần, in the list's one order. Private to
    the unit like the list (X2: anyone else 404)."""
    return _answer(await conference_documents.delegate_list(session, actor, parse_id(conference_id)))


@router.get(
    "/conferences/{conference_id}/documents/designations",
    summary="The delegates sent to the higher level (danh sách đại biểu đi dự cấp trên), DOCX",
    response_class=Response,
    responses=_docx("The list in the Decree 30/2020 layout"),
)
async def designations(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2, A10, §II.3 "Thông qua danh sách đại biểu" — a grassroots conference's delegates on the
    district conference's list. Private to the unit (X2); a district conference: 404."""
    return _answer(await conference_documents.designations(session, actor, parse_id(conference_id)))


@router.get(
    "/submissions/{submission_id}/document",
    summary="A summary report or the district compilation as a document (báo cáo), DOCX",
    response_class=Response,
    responses=_docx("The report in the Decree 30/2020 layout"),
)
async def submission_document(submission_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2 — a summary report from its sections in the outline's order (S2), or the district
    compilation from its kept snapshot (S4), from the current version. Private to the unit like
    the submission (X2); other kinds have no document (404)."""
    return _answer(await plan_documents.submission_document(session, actor, parse_id(submission_id)))


@router.get(
    "/plans/{plan_id}/documents/yearbook",
    summary="The plan's yearbook (kỷ yếu), DOCX",
    response_class=Response,
    responses=_docx("The yearbook in the Decree 30/2020 layout"),
)
async def yearbook(plan_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2, §II.6 — the approved presentations and the honoured exemplars (the approved
    nominations) of the plan, each filtered to what the reader may see (X2)."""
    return _answer(await plan_documents.yearbook(session, actor, parse_id(plan_id)))
