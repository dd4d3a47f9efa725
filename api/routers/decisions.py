"""/award-decisions — the register of award decisions (Quyết định khen thưởng, D1) and the decision
as a document (D2)."""

from __future__ import annotations

import uuid
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from api.domain.nominations import Honour
from api.problems import responses
from api.routers.deps import (
    ActorDep,
    Cursor,
    IdempotencyKey,
    Limit,
    SessionDep,
    UpdatedAfter,
    WriterDep,
    create_idempotently,
    with_etag,
)
from api.schemas.common import Page
from api.schemas.decisions import AwardDecisionCreate, AwardDecisionPublic
from api.services import decisions
from api.services.common import parse_id

router = APIRouter(prefix="/award-decisions", tags=["award-decisions"])
_ERR = ("unauthorized", "forbidden", "not_found")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.get(
    "",
    summary="List award decisions (sổ quyết định khen thưởng)",
    response_model=Page[AwardDecisionPublic],
    responses=responses(*_ERR),
)
async def list_decisions(
    session: SessionDep,
    actor: ActorDep,
    authority_unit_id: uuid.UUID | None = None,
    year: int | None = Query(default=None, ge=1900, le=9999, description="D1 — the year the decisions were signed"),
    honour: Honour | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[AwardDecisionPublic]:
    """D1 — the register, newest first, filtered by the issuing authority, the year and the honour. Public to
    every signed-in reader: names, units and honours, never a national ID or a birth date."""
    return await decisions.list_decisions(
        session,
        actor,
        authority_unit_id=authority_unit_id,
        year=year,
        honour=honour,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "",
    summary="Record an award decision (vào sổ quyết định khen thưởng)",
    status_code=201,
    response_model=AwardDecisionPublic,
    responses=responses(*_ERR, "nomination_not_approved", "already_awarded", "conflict"),
)
async def create_decision(
    request: Request,
    body: AwardDecisionCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """D1 — a decision of the honour's authority (the organizing unit for conference_honoured, the district for
    Giấy khen, the province for Bằng khen), recorded by an admin of that unit or by the district admin
    transcribing it; every nomination named must be approved and have proposed the decision's honour, and
    becomes awarded. A nomination is awarded at most once per honour (409 already_awarded)."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: decisions.create_decision(session, actor, body),
        lambda d: f"/api/v1/award-decisions/{d.id}",
    )


@router.get(
    "/{decision_id}",
    summary="Read an award decision",
    response_model=AwardDecisionPublic,
    responses=responses(*_ERR),
)
async def get_decision(
    decision_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> AwardDecisionPublic:
    """D1 — one decision with the nominations it awards, in order."""
    return with_etag(await decisions.get_decision(session, actor, parse_id(decision_id)), response)


@router.get(
    "/{decision_id}/document.docx",
    summary="Download the award decision (DOCX)",
    response_class=Response,
    responses={
        200: {"content": {DOCX: {}}, "description": "The decision in the Decree 30/2020 layout, with its list"},
        **responses(*_ERR),
    },
)
async def decision_document(decision_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """D2 — the decision in the layout of Decree 30/2020/NĐ-CP: issuer block and number, national motto, place
    and date line, title, articles, Nơi nhận, signature block and the annexed list (STT, Họ và tên / Tập thể,
    Đơn vị, Hình thức). Rendered in a worker thread."""
    data = await decisions.document(session, actor, parse_id(decision_id))
    name = quote("quyet-dinh-khen-thuong.docx")
    return Response(data, media_type=DOCX, headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})
