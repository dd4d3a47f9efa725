"""/emulation-blocks — named groups of units (U3: one block per unit)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
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
    with_etag,
)
from api.schemas.common import Page
from api.schemas.units import BlockCreate, BlockPublic, BlockUpdate
from api.services import units
from api.services.common import parse_id

router = APIRouter(prefix="/emulation-blocks", tags=["emulation-blocks"])
_ERR = ("unauthorized", "forbidden")


@router.get(
    "",
    summary="List emulation blocks (cụm, khối thi đua)",
    response_model=Page[BlockPublic],
    responses=responses(*_ERR),
)
async def list_blocks(
    session: SessionDep,
    actor: ActorDep,
    district_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[BlockPublic]:
    """U3 — the emulation blocks and clusters of the caller's district, with their member units."""
    return await units.list_blocks(
        session, district_id=district_id, cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.post(
    "",
    summary="Create an emulation block (cụm, khối thi đua)",
    status_code=201,
    response_model=BlockPublic,
    responses=responses(*_ERR, "unit_in_other_block", "conflict"),
)
async def create_block(
    request: Request, body: BlockCreate, session: SessionDep, actor: WriterDep, idempotency_key: IdempotencyKey = None
) -> JSONResponse:
    """U3 — a block groups units of one district; a unit belongs to at most one block. District admins only."""
    return await create_idempotently(
        request,
        session,
        actor,
        idempotency_key,
        lambda: units.create_block(session, actor, body),
        lambda b: f"/api/v1/emulation-blocks/{b.id}",
    )


@router.get(
    "/{block_id}",
    summary="Read an emulation block",
    response_model=BlockPublic,
    responses=responses(*_ERR, "not_found"),
)
async def get_block(block_id: str, session: SessionDep, actor: ActorDep, response: Response) -> BlockPublic:
    """One block with its members. Answers an ETag; If-None-Match answers 304 when unchanged."""
    return with_etag(await units.get_block(session, parse_id(block_id)), response)


@router.patch(
    "/{block_id}",
    summary="Change an emulation block",
    response_model=BlockPublic,
    responses=responses(*_ERR, "not_found", "unit_in_other_block", "precondition_failed", "conflict"),
)
async def update_block(
    block_id: str,
    body: BlockUpdate,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> BlockPublic:
    """Only the fields sent change; `member_ids` replaces the members (U3: one block per unit). Send If-Match to refuse
    a lost update."""
    return with_etag(await units.update_block(session, actor, parse_id(block_id), body, if_match), response)


@router.delete(
    "/{block_id}",
    summary="Delete an emulation block",
    status_code=204,
    responses=responses(*_ERR, "not_found", "precondition_failed"),
)
async def delete_block(block_id: str, session: SessionDep, actor: WriterDep, if_match: IfMatch = None) -> Response:
    """The member units stay and belong to no block. Leaves a tombstone for incremental sync."""
    await units.delete_block(session, actor, parse_id(block_id), if_match)
    return Response(status_code=204)
