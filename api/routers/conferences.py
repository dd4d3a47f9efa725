"""/conferences — scheduling, agenda, list state, compliance, allocations (C1–C8, A1–A10)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.domain.units import Level
from api.openapi import answers_etag
from api.problems import localize_compliance, responses
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
from api.routers.fast import HotReadRoute, hot_read
from api.schemas.common import Model, Page, ShortText
from api.schemas.conferences import (
    AgendaPublic,
    AgendaUpdate,
    Allocations,
    AllocationsUpdate,
    Compliance,
    ConferenceCreate,
    ConferencePublic,
    ConferenceUpdate,
)
from api.services import conferences
from api.services.common import parse_id

router = APIRouter(prefix="/conferences", tags=["conferences"], route_class=HotReadRoute)
_ERR = ("unauthorized", "forbidden")
_SCHEDULE = (
    "conference_form_not_allowed",
    "conference_date_out_of_window",
    "conference_after_party_congress",
    "conference_order_violated",
)


class ReopenBody(Model):
    reason: ShortText | None = None


@router.get("", response_model=Page[ConferencePublic], responses=responses(*_ERR))
async def list_conferences(
    session: SessionDep,
    actor: ActorDep,
    plan_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    level: Level | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[ConferencePublic]:
    """With ``updated_after``: the conference's own changes; its derived fields (``title``,
    ``assembly_mode``, ``delegate_cap``) follow its unit and plan, synced from their lists."""
    return await conferences.list_conferences(
        session,
        plan_id=plan_id,
        unit_id=unit_id,
        level=level,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "",
    status_code=201,
    response_model=ConferencePublic,
    responses=responses(*_ERR, *_SCHEDULE, "conference_already_exists", "conflict"),
)
async def create_conference(
    request: Request,
    body: ConferenceCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: conferences.create_conference(session, actor, body),
        lambda c: f"/api/v1/conferences/{c.id}",
    )


@router.get("/{conference_id}", response_model=ConferencePublic, responses=responses(*_ERR, "not_found"))
@hot_read
@answers_etag
async def get_conference(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    return model_response(await conferences.get_conference(session, parse_id(conference_id)), etag=True)


@router.patch(
    "/{conference_id}",
    response_model=ConferencePublic,
    responses=responses(*_ERR, *_SCHEDULE, "not_found", "precondition_failed"),
)
async def update_conference(
    conference_id: str,
    body: ConferenceUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> ConferencePublic:
    out = await conferences.update_conference(session, actor, parse_id(conference_id), body, if_match)
    return with_etag(out, response)


@router.delete(
    "/{conference_id}",
    status_code=204,
    responses=responses(*_ERR, "not_found", "precondition_failed", "delegate_list_locked"),
)
async def delete_conference(
    conference_id: str, session: SessionDep, actor: WriterDep, if_match: IfMatch = None
) -> Response:
    await conferences.delete_conference(session, actor, parse_id(conference_id), if_match)
    return Response(status_code=204)


@router.get("/{conference_id}/agenda", response_model=AgendaPublic, responses=responses(*_ERR, "not_found"))
async def get_agenda(conference_id: str, session: SessionDep, actor: ActorDep, response: Response) -> AgendaPublic:
    return with_etag(await conferences.get_agenda(session, parse_id(conference_id)), response)


@router.put(
    "/{conference_id}/agenda",
    response_model=AgendaPublic,
    responses=responses(*_ERR, "not_found", "agenda_invalid", "precondition_failed"),
)
async def put_agenda(
    conference_id: str,
    body: AgendaUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> AgendaPublic:
    return with_etag(await conferences.put_agenda(session, actor, parse_id(conference_id), body, if_match), response)


@router.post(
    "/{conference_id}/finalize",
    response_model=ConferencePublic,
    responses=responses(*_ERR, "not_found", "composition_ratio_violated", "delegate_list_locked"),
)
async def finalize_delegate_list(conference_id: str, session: SessionDep, actor: WriterDep) -> ConferencePublic:
    return await conferences.finalize(session, actor, parse_id(conference_id))


@router.post(
    "/{conference_id}/reopen", response_model=ConferencePublic, responses=responses(*_ERR, "not_found", "conflict")
)
async def reopen_delegate_list(
    conference_id: str, session: SessionDep, actor: WriterDep, body: ReopenBody | None = None
) -> ConferencePublic:
    return await conferences.reopen(session, actor, parse_id(conference_id), body.reason if body else None)


@router.get("/{conference_id}/compliance", response_model=Compliance, responses=responses(*_ERR, "not_found"))
@hot_read
async def get_compliance(conference_id: str, request: Request, session: SessionDep, actor: ActorDep) -> Response:
    compliance = await conferences.compliance(session, actor, parse_id(conference_id))
    return model_response(localize_compliance(compliance, request))


@router.get("/{conference_id}/allocations", response_model=Allocations, responses=responses(*_ERR, "not_found"))
async def get_allocations(conference_id: str, session: SessionDep, actor: ActorDep, response: Response) -> Allocations:
    return with_etag(await conferences.get_allocations(session, parse_id(conference_id)), response)


@router.put(
    "/{conference_id}/allocations",
    response_model=Allocations,
    responses=responses(*_ERR, "not_found", "allocation_exceeds_capacity", "precondition_failed"),
)
async def put_allocations(
    conference_id: str,
    body: AllocationsUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> Allocations:
    out = await conferences.put_allocations(session, actor, parse_id(conference_id), body, if_match)
    return with_etag(out, response)
