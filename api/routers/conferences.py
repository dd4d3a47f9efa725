"""/conferences — scheduling, agenda, list state, compliance, allocations (C1–C8, A1–A10)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import ConfigDict, Field

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

router = APIRouter(prefix="/conferences", tags=["conferences"])
_ERR = ("unauthorized", "forbidden")
_SCHEDULE = (
    "conference_form_not_allowed",
    "conference_date_out_of_window",
    "conference_after_party_congress",
    "conference_order_violated",
)


class ReopenBody(Model):
    """A8 — why the finalized list is reopened (kept in the audit log)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Bổ sung đại biểu khách mời của Huyện đoàn"}]})

    reason: ShortText | None = Field(default=None, description="Why the list is reopened (audit log, X4)")


@router.get(
    "", summary="List conferences (hội nghị)", response_model=Page[ConferencePublic], responses=responses(*_ERR)
)
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
    summary="Schedule a conference (tổ chức hội nghị)",
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
    """C1–C7 — a unit schedules its conference under a plan: form, day and half-day, place. The assembly mode and
    delegate cap follow from the headcount (A1, A2)."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: conferences.create_conference(session, actor, body),
        lambda c: f"/api/v1/conferences/{c.id}",
    )


@router.get(
    "/{conference_id}",
    summary="Read a conference",
    response_model=ConferencePublic,
    responses=responses(*_ERR, "not_found"),
)
@answers_etag
async def get_conference(conference_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """One conference with its C7 title lines, its assembly mode and cap (A1, A2) and its list state (A8)."""
    return model_response(await conferences.get_conference(session, parse_id(conference_id)), etag=True)


@router.patch(
    "/{conference_id}",
    summary="Change a conference",
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
    """Only the fields sent change; the rules C1–C7 are checked again. Send If-Match to refuse a lost update."""
    out = await conferences.update_conference(session, actor, parse_id(conference_id), body, if_match)
    return with_etag(out, response)


@router.delete(
    "/{conference_id}",
    summary="Delete a conference",
    status_code=204,
    responses=responses(*_ERR, "not_found", "precondition_failed", "delegate_list_locked"),
)
async def delete_conference(
    conference_id: str, session: SessionDep, actor: WriterDep, if_match: IfMatch = None
) -> Response:
    """Deletes the conference and its delegate list, while the list is not finalized (A8). Leaves a tombstone."""
    await conferences.delete_conference(session, actor, parse_id(conference_id), if_match)
    return Response(status_code=204)


@router.get(
    "/{conference_id}/agenda",
    summary="Read the agenda (chương trình hội nghị)",
    response_model=AgendaPublic,
    responses=responses(*_ERR, "not_found"),
)
async def get_agenda(conference_id: str, session: SessionDep, actor: ActorDep, response: Response) -> AgendaPublic:
    """C8 — the conference's agenda in the plan's order, with the plan's wording of each item."""
    return with_etag(await conferences.get_agenda(session, parse_id(conference_id)), response)


@router.put(
    "/{conference_id}/agenda",
    summary="Replace the agenda (chương trình hội nghị)",
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
    """C8 — the whole agenda in order: every required item in the plan's order, extras the plan suggests where allowed,
    start times. GET's answer can be sent back as it is."""
    return with_etag(await conferences.put_agenda(session, actor, parse_id(conference_id), body, if_match), response)


@router.post(
    "/{conference_id}/finalize",
    summary="Finalize the delegate list (chốt danh sách đại biểu)",
    response_model=ConferencePublic,
    responses=responses(
        *_ERR, "not_found", "composition_ratio_violated", "delegate_list_locked", "programme_not_appraised"
    ),
)
async def finalize_delegate_list(conference_id: str, session: SessionDep, actor: WriterDep) -> ConferencePublic:
    """A8 — freezes the delegate list once the caps (A1, A2) and the composition (A3, A4) hold, and, at a pilot
    unit's conference, once the district has approved its programme (P1); it can then only be reopened by the
    district admin."""
    return await conferences.finalize(session, actor, parse_id(conference_id))


@router.post(
    "/{conference_id}/reopen",
    summary="Reopen a finalized delegate list (mở lại danh sách)",
    response_model=ConferencePublic,
    responses=responses(*_ERR, "not_found", "conflict"),
)
async def reopen_delegate_list(
    conference_id: str, session: SessionDep, actor: WriterDep, body: ReopenBody | None = None
) -> ConferencePublic:
    """A8 — district admin only, with a reason kept in the audit log."""
    return await conferences.reopen(session, actor, parse_id(conference_id), body.reason if body else None)


@router.get(
    "/{conference_id}/compliance",
    summary="Check a conference against the rules (kiểm tra)",
    response_model=Compliance,
    responses=responses(*_ERR, "not_found"),
)
async def get_compliance(conference_id: str, request: Request, session: SessionDep, actor: ActorDep) -> Response:
    """Every rule that bears on the conference (C4–C6, A1–A10) with its outcome and facts, in the caller's language."""
    compliance = await conferences.compliance(session, actor, parse_id(conference_id))
    return model_response(localize_compliance(compliance, request))


@router.get(
    "/{conference_id}/allocations",
    summary="Read the district's seat allocation (phân bổ đại biểu)",
    response_model=Allocations,
    responses=responses(*_ERR, "not_found"),
)
async def get_allocations(conference_id: str, session: SessionDep, actor: ActorDep, response: Response) -> Allocations:
    """A10 — how the district conference's exemplary seats are shared among the grassroots units, and how many each has
    designated."""
    return with_etag(await conferences.get_allocations(session, parse_id(conference_id)), response)


@router.put(
    "/{conference_id}/allocations",
    summary="Allocate the district's seats (phân bổ đại biểu)",
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
    """A10 — the seats of each grassroots unit at the district conference; together at most the plan's exemplary seats.
    District admins only."""
    out = await conferences.put_allocations(session, actor, parse_id(conference_id), body, if_match)
    return with_etag(out, response)
