"""Budget estimates (dự trù kinh phí, B1–B3): per conference with versions, the plan's sums."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import quote

from fastapi import APIRouter, Response
from fastapi.responses import StreamingResponse

from api.concurrency import Work, offload
from api.problems import Problem, responses
from api.routers.deps import (
    ActorDep,
    Cursor,
    IfMatch,
    Limit,
    SessionDep,
    UpdatedAfter,
    VersionsAfter,
    WriterDep,
    with_etag,
)
from api.schemas.budgets import BudgetEstimatePublic, BudgetEstimatePut, BudgetSummary, BudgetVersionPublic
from api.schemas.common import Page
from api.services import budgets
from api.services.common import parse_id

router = APIRouter(tags=["budgets"])
_ERR = ("unauthorized", "forbidden", "not_found")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_CHUNK = 64 * 1024


@router.get(
    "/conferences/{conference_id}/budget-estimate",
    summary="Read the budget estimate (dự trù kinh phí)",
    response_model=BudgetEstimatePublic,
    responses=responses(*_ERR),
)
async def get_budget_estimate(
    conference_id: str, session: SessionDep, actor: ActorDep, response: Response
) -> BudgetEstimatePublic:
    """B1 — the conference's estimate (its current version) with the totals by category and in all. Private to
    the organizing unit (X2); 404 when there is none yet."""
    return with_etag(await budgets.get_estimate(session, actor, parse_id(conference_id)), response)


@router.put(
    "/conferences/{conference_id}/budget-estimate",
    summary="Save the budget estimate (lập dự trù kinh phí)",
    response_model=BudgetEstimatePublic,
    responses={
        201: {"description": "The first save: the estimate was created (version 1)", "model": BudgetEstimatePublic},
        **responses(*_ERR, "precondition_failed", "reward_amount_missing"),
    },
)
async def put_budget_estimate(
    conference_id: str,
    body: BudgetEstimatePut,
    session: SessionDep,
    actor: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> BudgetEstimatePublic:
    """B1 — the whole estimate: lines (category, description, whole đồng ≥ 0) and the funding source. The first
    save creates it (201); each later save that changes something is a new version received now (S5). B2 — a
    line `{"category": "rewards", "computed": true}` is filled by the service at the save: approved nominations
    of the conference × the plan's `reward_amounts`; a pair with approved nominations and no amount answers 409
    `reward_amount_missing`. The computed amount is kept in the version (save again to recompute). Written by
    the organizing unit's officers and the district admin; GET's answer can be sent back as it is."""
    out, created = await budgets.put_estimate(session, actor, parse_id(conference_id), body, if_match)
    if created:
        response.status_code = 201
    return with_etag(out, response)


@router.get(
    "/conferences/{conference_id}/budget-estimate/versions",
    summary="List the estimate's versions",
    response_model=Page[BudgetVersionPublic],
    responses=responses(*_ERR),
)
async def list_budget_versions(
    conference_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: VersionsAfter = None,
) -> Page[BudgetVersionPublic]:
    """S5 — every saved version, oldest first (by number), each with its lines and totals."""
    return await budgets.list_versions(
        session, actor, parse_id(conference_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.get(
    "/conferences/{conference_id}/budget-estimate/versions/{number}",
    summary="Read one version of the estimate",
    response_model=BudgetVersionPublic,
    responses=responses(*_ERR),
)
async def get_budget_version(
    conference_id: str, number: int, session: SessionDep, actor: ActorDep
) -> BudgetVersionPublic:
    """S5 — a version as it was saved."""
    if not 1 <= number <= 1_000_000:
        raise Problem("not_found")
    return await budgets.get_version(session, actor, parse_id(conference_id), number)


@router.get(
    "/plans/{plan_id}/budget-estimates",
    summary="List the plan's budget estimates",
    response_model=Page[BudgetEstimatePublic],
    responses=responses(*_ERR),
)
async def list_budget_estimates(
    plan_id: str,
    session: SessionDep,
    actor: ActorDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    updated_after: UpdatedAfter = None,
) -> Page[BudgetEstimatePublic]:
    """B3 — every unit's estimate the caller may see (X2): the district admin every unit's of the district, an
    officer or reviewer their own unit's."""
    return await budgets.list_estimates(
        session, actor, parse_id(plan_id), cursor=cursor, limit=limit, updated_after=updated_after
    )


@router.get(
    "/plans/{plan_id}/budget-summary",
    summary="The plan's budget sums by category (tổng hợp dự trù kinh phí)",
    response_model=BudgetSummary,
    responses=responses(*_ERR),
)
async def get_budget_summary(plan_id: str, session: SessionDep, actor: ActorDep) -> BudgetSummary:
    """B3 — the current versions of the estimates the caller may see (X2, as the list), summed by category per
    unit and in all, in whole đồng."""
    return await budgets.summary(session, actor, parse_id(plan_id))


@router.get(
    "/plans/{plan_id}/budget-summary.xlsx",
    summary="Export the plan's budget sums (xuất tổng hợp dự trù kinh phí)",
    response_class=StreamingResponse,
    responses={
        200: {"content": {XLSX: {}}, "description": "The summary with a title block and Vietnamese headers"},
        **responses(*_ERR),
    },
)
async def export_budget_summary(plan_id: str, session: SessionDep, actor: ActorDep) -> StreamingResponse:
    """B3, the spreadsheet the district sends upward: a title block (issuer, plan, day, unit of account), the
    headers STT, Đơn vị, the category labels and Tổng cộng, one row per unit and a total row — the same sums as
    GET …/budget-summary (X2 scoped alike). The workbook is built in a worker thread."""
    title, rows, overall = await budgets.summary_sheet(session, actor, parse_id(plan_id))
    data = await offload(Work.FILES, budgets.summary_xlsx, title, rows, overall)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(data), _CHUNK):
            yield data[start : start + _CHUNK]

    name = quote("tong-hop-du-tru-kinh-phi.xlsx")
    return StreamingResponse(
        chunks(),
        media_type=XLSX,
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}", "Content-Length": str(len(data))},
    )
