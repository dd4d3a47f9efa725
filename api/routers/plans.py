"""/plans — the campaign and its parameters (SPEC §3)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

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
    json_response,
    with_etag,
)
from api.schemas.areas import AreaReport
from api.schemas.common import Page
from api.schemas.plans import PlanCreate, PlanPublic, PlanUpdate
from api.schemas.submissions import UnitPlanStatusReport
from api.services import areas, plans, submissions
from api.services.common import parse_id

router = APIRouter(prefix="/plans", tags=["plans"])
_ERR = ("unauthorized", "forbidden")


@router.get("", summary="List plans (kế hoạch)", response_model=Page[PlanPublic], responses=responses(*_ERR))
async def list_plans(
    session: SessionDep,
    actor: ActorDep,
    issuer_unit_id: uuid.UUID | None = Query(default=None),
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[PlanPublic]:
    """Every plan, readable by every signed-in user (X2)."""
    return await plans.list_plans(
        session, issuer_unit_id=issuer_unit_id, cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "",
    summary="Issue a plan (ban hành kế hoạch)",
    status_code=201,
    response_model=PlanPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_plan(
    request: Request, body: PlanCreate, session: SessionDep, actor: WriterDep, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """SPEC §3 — the plan's parameters: edition, periods, deadlines, caps, the exemplary share. District admins only."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: plans.create_plan(session, actor, body),
        lambda p: f"/api/v1/plans/{p.id}",
    )


@router.get(
    "/{plan_id}/unit-plan-status",
    summary="Which units sent their plan (tình hình nộp kế hoạch)",
    response_model=UnitPlanStatusReport,
    responses=responses(*_ERR, "not_found"),
)
async def unit_plan_status(plan_id: str, session: SessionDep, actor: ActorDep) -> Response:
    """S1 — every grassroots unit of the plan's district: on time, late or missing (a draft is missing)."""
    return json_response(await submissions.unit_plan_status(session, actor, parse_id(plan_id)))


@router.get(
    "/{plan_id}/areas",
    summary="Every implementing plan's figures in one call (báo cáo các địa bàn)",
    response_model=Page[AreaReport],
    responses=responses(*_ERR, "not_found"),
)
async def plan_areas(
    plan_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[AreaReport]:
    """L1 — per plan implementing this one (a district's plan under the province's), a row with its
    conferences scheduled and held, delegate lists finalized (A8), its conferences' compliance
    errors and warnings (the items of ``/conferences/{id}/compliance``), its units' plans on time,
    late and missing (S1, as ``/plans/{id}/unit-plan-status``) and its nominations by state (N5).
    X2: only the areas the caller sees privately — a province's admin or viewer every one, a
    district's admin its own; others an empty page. ``updated_after`` selects the implementing
    plans changed since (their figures are always computed at the time of the call)."""
    return await areas.area_reports(
        session, actor, parse_id(plan_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.get("/{plan_id}", summary="Read a plan", response_model=PlanPublic, responses=responses(*_ERR, "not_found"))
async def get_plan(plan_id: str, session: SessionDep, actor: ActorDep, response: Response) -> PlanPublic:
    """One plan with every parameter and the district's exemplary seats (A10)."""
    return with_etag(await plans.get_plan(session, parse_id(plan_id)), response)


@router.patch(
    "/{plan_id}",
    summary="Change a plan",
    response_model=PlanPublic,
    responses=responses(*_ERR, "not_found", "precondition_failed", "conflict"),
)
async def update_plan(
    plan_id: str, body: PlanUpdate, session: SessionDep, actor: WriterDep, response: Response, if_match: IfMatch = None
) -> PlanPublic:
    """Only the fields sent change. Send If-Match to refuse a lost update."""
    return with_etag(await plans.update_plan(session, actor, parse_id(plan_id), body, if_match), response)
