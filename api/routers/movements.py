"""/movements, /movement-registrations — the plan's emulation movements and the units'
registrations (E1, E2); a summary report's computed figures (E3)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.domain.movements import MovementKind
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
from api.schemas.common import Page
from api.schemas.movements import (
    ComputedFigures,
    MovementCreate,
    MovementPublic,
    MovementTotals,
    MovementUpdate,
    RegistrationCreate,
    RegistrationPublic,
    RegistrationUpdate,
)
from api.services import movements
from api.services.common import parse_id

router = APIRouter(tags=["movements"])
_ERR = ("unauthorized", "forbidden", "not_found")


@router.get(
    "/movements",
    summary="List the plans' emulation movements (phong trào thi đua)",
    response_model=Page[MovementPublic],
    responses=responses("unauthorized"),
)
async def list_movements(
    session: SessionDep,
    actor: ActorDep,
    plan_id: uuid.UUID | None = None,
    kind: MovementKind | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[MovementPublic]:
    """E1 — the movements and special drives each plan promotes, in the plan's order; readable by every
    signed-in user, like the plan."""
    return await movements.list_movements(
        session, plan_id=plan_id, kind=kind, cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "/movements",
    summary="Add a movement or special drive to a plan",
    status_code=201,
    response_model=MovementPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_movement(
    request: Request,
    body: MovementCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """E1 — by the plan's issuer (its district admin); a special drive carries its launch date."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: movements.create_movement(session, actor, body),
        lambda m: f"/api/v1/movements/{m.id}",
    )


@router.get(
    "/movements/{movement_id}", summary="Read a movement", response_model=MovementPublic, responses=responses(*_ERR)
)
async def get_movement(movement_id: str, session: SessionDep, actor: ActorDep, response: Response) -> MovementPublic:
    """E1 — one movement or special drive."""
    return with_etag(await movements.get_movement(session, parse_id(movement_id)), response)


@router.patch(
    "/movements/{movement_id}",
    summary="Change a movement",
    response_model=MovementPublic,
    responses=responses(*_ERR, "precondition_failed", "conflict"),
)
async def update_movement(
    movement_id: str,
    body: MovementUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> MovementPublic:
    """E1 — only the fields sent change; the plan's issuer only. Send If-Match to refuse a lost update."""
    return with_etag(await movements.update_movement(session, actor, parse_id(movement_id), body, if_match), response)


@router.get(
    "/movement-registrations",
    summary="List registrations for movements (đăng ký thi đua)",
    response_model=Page[RegistrationPublic],
    responses=responses(*_ERR),
)
async def list_registrations(
    session: SessionDep,
    actor: ActorDep,
    plan_id: uuid.UUID | None = None,
    movement_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[RegistrationPublic]:
    """E2 — the registrations the caller may see (X2): a unit its own, the district admin every unit's."""
    return await movements.list_registrations(
        session,
        actor,
        plan_id=plan_id,
        movement_id=movement_id,
        unit_id=unit_id,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
    )


@router.post(
    "/movement-registrations",
    summary="Record a unit's registrations for a movement",
    status_code=201,
    response_model=RegistrationPublic,
    responses=responses(*_ERR, "conflict"),
)
async def create_registration(
    request: Request,
    body: RegistrationCreate,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """E2 — collectives and individuals registered out of the unit's totals, and recognised; one record per unit
    per movement. Percentages are computed."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: movements.create_registration(session, actor, body),
        lambda r: f"/api/v1/movement-registrations/{r.id}",
    )


@router.get(
    "/movement-registrations/{registration_id}",
    summary="Read a registration",
    response_model=RegistrationPublic,
    responses=responses(*_ERR),
)
async def get_registration(
    registration_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> RegistrationPublic:
    """E2 — one unit's counts for one movement, with the computed percentages (X2: private to the unit)."""
    return with_etag(await movements.get_registration(session, actor, parse_id(registration_id)), response)


@router.patch(
    "/movement-registrations/{registration_id}",
    summary="Change a registration",
    response_model=RegistrationPublic,
    responses=responses(*_ERR, "precondition_failed"),
)
async def update_registration(
    registration_id: str,
    body: RegistrationUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> RegistrationPublic:
    """E2 — only the counts sent change; the bounds are checked on the result. Send If-Match to refuse a lost
    update."""
    return with_etag(
        await movements.update_registration(session, actor, parse_id(registration_id), body, if_match), response
    )


@router.get(
    "/plans/{plan_id}/movement-totals",
    summary="Registrations summed per movement (tổng hợp đăng ký thi đua)",
    response_model=MovementTotals,
    responses=responses(*_ERR),
)
async def movement_totals(plan_id: str, session: SessionDep, actor: ActorDep) -> MovementTotals:
    """E2 — every movement of the plan with the sums of the registrations the caller may see (X2): the district
    admin's are the district's."""
    return await movements.movement_totals(session, actor, parse_id(plan_id))


@router.get(
    "/submissions/{submission_id}/computed-figures",
    summary="A summary report's figures as the service computes them",
    response_model=ComputedFigures,
    responses=responses(*_ERR),
)
async def computed_figures(submission_id: str, request: Request, session: SessionDep, actor: ActorDep) -> Response:
    """E3 — registrations from E2, commendations by level and form, leaders and workers from the unit's
    nominations awarded by a decision (D1); each typed figure that differs is a warning in ``items``.
    Summary reports only (any other submission: 404)."""
    computed = await movements.computed_figures(session, actor, parse_id(submission_id))
    return model_response(localize_compliance(computed, request))
