"""/units — the unit register (U1–U3), readable by every signed-in user."""

from __future__ import annotations

import datetime as dt
import uuid

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from api.domain.units import UnitKind
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
from api.schemas.common import Page, QueryText
from api.schemas.units import UnitCreate, UnitMerge, UnitPublic, UnitSplit, UnitSplitResult, UnitUpdate
from api.services import units
from api.services.common import parse_id

router = APIRouter(prefix="/units", tags=["units"])
_ERR = ("unauthorized", "forbidden")


@router.get("", summary="List units (đơn vị)", response_model=Page[UnitPublic], responses=responses(*_ERR))
async def list_units(
    session: SessionDep,
    actor: ActorDep,
    q: QueryText | None = Query(default=None, max_length=200, description="Accent-insensitive name search (Q1)"),
    kind: UnitKind | None = None,
    parent_id: uuid.UUID | None = None,
    block_id: uuid.UUID | None = None,
    district_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
    as_of: dt.date | None = Query(
        default=None,
        description="L3 — only the units that exist on this day (valid_from ≤ as_of ≤ valid_to); "
        "without it, every unit, closed ones included",
    ),
) -> Response:
    """U1 — the unit register, readable by every signed-in user; `q` searches names without accents, units whose own
    name matches first. L3: closed (merged) units stay listed and readable; `as_of` asks for one day's register."""
    page = await units.list_units(
        session,
        q=q,
        kind=kind,
        parent_id=parent_id,
        block_id=block_id,
        district_id=district_id,
        cursor=cursor,
        limit=limit,
        updated_after=updated_after,
        as_of=as_of,
    )
    return json_response(page)


@router.post(
    "",
    summary="Register a unit (thêm đơn vị)",
    status_code=201,
    response_model=UnitPublic,
    responses=responses(*_ERR, "invalid_unit", "conflict"),
)
async def create_unit(
    request: Request, body: UnitCreate, session: SessionDep, actor: WriterDep, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """U1, U2 — a commune, town, school, enterprise or agency under a district, with its headcount. District admins
    only."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: units.create_unit(session, actor, body),
        lambda u: f"/api/v1/units/{u.id}",
    )


@router.post(
    "/merge",
    summary="Merge units (sáp nhập đơn vị)",
    status_code=201,
    response_model=UnitPublic,
    responses=responses(*_ERR, "invalid_unit", "conflict"),
)
async def merge_units(
    request: Request, body: UnitMerge, session: SessionDep, actor: WriterDep, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """L3 — in one audited step, close the units (their last day: the day before `effective_on`, `successor_ids`:
    the new unit) and open the new unit on `effective_on` under their parent. The units must be open, of one parent
    and one level, valid before `effective_on`, with no open unit under them; otherwise 422 `invalid_unit` (rule L3)
    naming the field. Their records keep pointing at them. The admin of their district only (the first admin for
    districts). Answers the new unit."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: units.merge_units(session, actor, body),
        lambda u: f"/api/v1/units/{u.id}",
    )


@router.post(
    "/{unit_id}/split",
    summary="Split a unit (chia tách đơn vị)",
    status_code=201,
    response_model=UnitSplitResult,
    responses=responses(*_ERR, "not_found", "invalid_unit", "conflict"),
)
async def split_unit(
    request: Request,
    unit_id: str,
    body: UnitSplit,
    session: SessionDep,
    actor: WriterDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """L3 — in one audited step, close the unit (its last day: the day before `effective_on`, `successor_ids`: every
    new unit) and open the new units on `effective_on` under its parent, at its level. The unit must be open, valid
    before `effective_on`, with no open unit under it, and become two or more units; otherwise 422 `invalid_unit`
    (rule L3) naming the field. Its records keep pointing at it. The admin of its district only (the first admin for
    districts). Answers the closed unit and the new ones; `Location` is the closed unit."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: units.split_unit(session, actor, parse_id(unit_id), body),
        lambda r: f"/api/v1/units/{r.unit.id}",
    )


@router.get("/{unit_id}", summary="Read a unit", response_model=UnitPublic, responses=responses(*_ERR, "not_found"))
async def get_unit(unit_id: str, session: SessionDep, actor: ActorDep, response: Response) -> UnitPublic:
    """One unit of the register."""
    return with_etag(await units.get_unit(session, parse_id(unit_id)), response)


@router.patch(
    "/{unit_id}",
    summary="Change a unit",
    response_model=UnitPublic,
    responses=responses(*_ERR, "not_found", "invalid_unit", "precondition_failed", "conflict", "delegate_list_locked"),
)
async def update_unit(
    unit_id: str, body: UnitUpdate, session: SessionDep, actor: WriterDep, response: Response, if_match: IfMatch = None
) -> UnitPublic:
    """Only the fields sent change. Send If-Match to refuse a lost update. A headcount that would change the
    assembly (mode or cap, A1) of a finalized delegate list is refused until the list is reopened (A8)."""
    return with_etag(await units.update_unit(session, actor, parse_id(unit_id), body, if_match), response)
