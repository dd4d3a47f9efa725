"""/nominations — proposals to honour exemplars, decided by the organizing unit's council (N1–N5, X3)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.domain.nominations import State
from api.problems import responses
from api.routers.deps import (
    ActorDep,
    Cursor,
    IdempotencyKey,
    IfMatch,
    Limit,
    SessionDep,
    UpdatedAfter,
    WriterDep,
    create_idempotently,
    model_response,
    with_etag,
)
from api.schemas.common import Page
from api.schemas.nominations import DecisionBody, NominationCreate, NominationPublic, NominationStats, NominationUpdate
from api.services import nominations
from api.services.common import parse_id

router = APIRouter(prefix="/nominations", tags=["nominations"])
_ERR = ("unauthorized", "forbidden", "not_found")
_ACTION = (*_ERR, "transition_not_allowed", "duplicate_nomination")


@router.get(
    "",
    summary="List nominations (đề nghị khen thưởng)",
    response_model=Page[NominationPublic],
    responses=responses(*_ERR),
)
async def list_nominations(
    session: SessionDep,
    actor: ActorDep,
    conference_id: uuid.UUID | None = None,
    state: State | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[NominationPublic]:
    """The nominations the caller may see (X2), filtered by conference, state or honour."""
    return await nominations.list_nominations(
        session,
        actor,
        conference_id=conference_id,
        state=state,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "",
    summary="Nominate an exemplar (đề nghị khen thưởng)",
    status_code=201,
    response_model=NominationPublic,
    responses=responses(*_ERR, "duplicate_nomination", "conflict"),
)
async def create_nomination(
    request: Request,
    body: NominationCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """N1–N4 — a unit nominates an individual or a collective for an honour on a basis; the nomination starts as a
    draft."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: nominations.create_nomination(session, actor, body),
        lambda n: f"/api/v1/nominations/{n.id}",
    )


@router.get(
    "/stats", summary="Count nominations (thống kê)", response_model=NominationStats, responses=responses(*_ERR)
)
async def nomination_stats(session: SessionDep, actor: ActorDep, conference_id: uuid.UUID | None = None) -> Response:
    """N5 — nominations not withdrawn by state, and the approved ones by honour, basis and rank, with the leader-to-
    worker ratio."""
    return model_response(await nominations.stats(session, actor, conference_id))


@router.get(
    "/{nomination_id}", summary="Read a nomination", response_model=NominationPublic, responses=responses(*_ERR)
)
async def get_nomination(
    nomination_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> NominationPublic:
    """One nomination with its state and decision."""
    return with_etag(await nominations.get_nomination(session, actor, parse_id(nomination_id)), response)


@router.patch(
    "/{nomination_id}",
    summary="Change a draft nomination",
    response_model=NominationPublic,
    responses=responses(*_ACTION, "precondition_failed"),
)
async def update_nomination(
    nomination_id: str,
    body: NominationUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> NominationPublic:
    """Only the fields sent change; only a draft or returned nomination changes (N3). Send If-Match to refuse a lost
    update."""
    out = await nominations.update_nomination(session, actor, parse_id(nomination_id), body, if_match)
    return with_etag(out, response)


async def _act(
    nomination_id: str, action: str, session: SessionDep, actor: WriterDep, body: DecisionBody | None
) -> NominationPublic:
    return await nominations.act(session, actor, parse_id(nomination_id), action, body.reason if body else None)


@router.post(
    "/{nomination_id}/submit",
    summary="Submit a nomination to the council (trình)",
    response_model=NominationPublic,
    responses=responses(*_ACTION),
)
async def submit_nomination(nomination_id: str, session: SessionDep, actor: WriterDep) -> NominationPublic:
    """N3 — draft or returned → submitted."""
    return await _act(nomination_id, "submit", session, actor, None)


@router.post(
    "/{nomination_id}/approve",
    summary="Approve a nomination (duyệt)",
    response_model=NominationPublic,
    responses=responses(*_ACTION, "self_review_forbidden"),
)
async def approve_nomination(nomination_id: str, session: SessionDep, actor: WriterDep) -> NominationPublic:
    """N3 — the council approves a submitted nomination; a reviewer who wrote it may not (X3)."""
    return await _act(nomination_id, "approve", session, actor, None)


@router.post(
    "/{nomination_id}/reject",
    summary="Reject a nomination (không duyệt)",
    response_model=NominationPublic,
    responses=responses(*_ACTION, "self_review_forbidden"),
)
async def reject_nomination(
    nomination_id: str, body: DecisionBody, session: SessionDep, actor: WriterDep
) -> NominationPublic:
    """N3 — the council rejects a submitted nomination, with a reason."""
    return await _act(nomination_id, "reject", session, actor, body)


@router.post(
    "/{nomination_id}/return",
    summary="Return a nomination for more (trả lại để bổ sung)",
    response_model=NominationPublic,
    responses=responses(*_ACTION, "self_review_forbidden"),
)
async def return_nomination(
    nomination_id: str, body: DecisionBody, session: SessionDep, actor: WriterDep
) -> NominationPublic:
    """N3 — the council sends a submitted nomination back, with a reason; the unit may change and resubmit it."""
    return await _act(nomination_id, "return", session, actor, body)


@router.post(
    "/{nomination_id}/withdraw",
    summary="Withdraw a nomination (rút)",
    response_model=NominationPublic,
    responses=responses(*_ACTION),
)
async def withdraw_nomination(nomination_id: str, session: SessionDep, actor: WriterDep) -> NominationPublic:
    """N3 — the unit withdraws its nomination before a decision."""
    return await _act(nomination_id, "withdraw", session, actor, None)
