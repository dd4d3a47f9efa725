"""Budget estimates (B1–B3, §III.4): saved per conference as versions (S5), the rewards line
computable from approved nominations (B2), the district's summary by category and its XLSX."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import budgets as repo
from api.db import plans as plans_repo
from api.db.base import utcnow
from api.db.budgets import BudgetEstimate, BudgetEstimateVersion
from api.db.budgets import BudgetLine as LineRow
from api.domain.access import Actor, private_scope
from api.domain.budgets import (
    BudgetCategory,
    BudgetLine,
    RewardKey,
    Totals,
    check_lines,
    check_reward_amounts,
    check_total,
    rewards_amount,
    totals,
)
from api.domain.nominations import Honour, NomineeKind
from api.problems import Forbidden, Problem
from api.schemas.budgets import (
    BudgetEstimatePublic,
    BudgetEstimatePut,
    BudgetLinePublic,
    BudgetSummary,
    BudgetVersionPublic,
    UnitBudget,
)
from api.schemas.common import Page
from api.services.common import (
    audit,
    check_read_only,
    etag_of,
    flush,
    found,
    local_today,
    page,
    require_match,
    sync_order,
)
from api.services.conferences import may_organize
from api.services.conferences.access import private_conference
from api.services.spreadsheets.budget import SummaryRow, SummaryTitle, budget_summary_xlsx

# --- shaping ----------------------------------------------------------------------------------


def _lines_out(rows: list[LineRow]) -> tuple[list[BudgetLinePublic], Totals]:
    lines = [
        BudgetLinePublic(
            category=BudgetCategory(r.category), description=r.description, amount=r.amount, computed=r.computed
        )
        for r in rows
    ]
    return lines, totals((line.category, line.amount) for line in lines)


def public(e: BudgetEstimate, v: BudgetEstimateVersion, rows: list[LineRow]) -> BudgetEstimatePublic:
    lines, sums = _lines_out(rows)
    return BudgetEstimatePublic(
        id=e.id,
        conference_id=e.conference_id,
        plan_id=e.plan_id,
        unit_id=e.unit_id,
        funding_source=v.funding_source,
        lines=lines,
        totals_by_category=sums.by_category,
        total=sums.total,
        current_version=e.current_version,
        received_at=v.received_at,
        created_at=e.created_at,
        updated_at=e.updated_at,
    )


def version_public(v: BudgetEstimateVersion, rows: list[LineRow]) -> BudgetVersionPublic:
    lines, sums = _lines_out(rows)
    return BudgetVersionPublic(
        number=v.number,
        funding_source=v.funding_source,
        lines=lines,
        totals_by_category=sums.by_category,
        total=sums.total,
        created_by=v.created_by,
        created_at=v.created_at,
        received_at=v.received_at,
    )


async def _out(session: AsyncSession, e: BudgetEstimate) -> BudgetEstimatePublic:
    key = (e.id, e.current_version)
    version = await repo.version_of(session, *key)
    assert version is not None
    return public(e, version, (await repo.lines_by_keys(session, [key]))[key])


# --- reading ----------------------------------------------------------------------------------


async def _estimate(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> BudgetEstimate:
    """X2 — the conference's estimate, private to its unit: anyone else gets 404, as for none."""
    await private_conference(session, actor, conference_id)
    return found(await repo.estimate_of_conference(session, conference_id))


async def get_estimate(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> BudgetEstimatePublic:
    return await _out(session, await _estimate(session, actor, conference_id))


async def list_versions(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[BudgetVersionPublic]:
    """S5 — every saved version, oldest first; append-only, so creation time is update time."""
    e = await _estimate(session, actor, conference_id)
    rows, nxt = await page(
        session,
        repo.versions_query(e.id),
        [col(BudgetEstimateVersion.number)],
        lambda v: (v.number,),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, BudgetEstimateVersion.created_at, BudgetEstimateVersion.number),
    )
    lines = await repo.lines_by_keys(session, [(v.estimate_id, v.number) for v in rows])
    return Page(items=[version_public(v, lines[(v.estimate_id, v.number)]) for v in rows], next_cursor=nxt)


async def get_version(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, number: int
) -> BudgetVersionPublic:
    e = await _estimate(session, actor, conference_id)
    v = found(await repo.version_of(session, e.id, number))
    return version_public(v, (await repo.lines_by_keys(session, [(e.id, number)]))[(e.id, number)])


async def _plan(session: AsyncSession, plan_id: uuid.UUID) -> None:
    found(await plans_repo.plan_of(session, plan_id))


async def list_estimates(
    session: AsyncSession,
    actor: Actor,
    plan_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[BudgetEstimatePublic]:
    """B3 — the plan's estimates the caller may see (X2: the district admin every unit's of the
    district, an officer their own unit's)."""
    await _plan(session, plan_id)
    stmt = repo.estimates_query(private_scope(actor), plan_id=plan_id)
    rows, nxt = await page(
        session,
        stmt,
        [col(BudgetEstimate.created_at), col(BudgetEstimate.id)],
        lambda e: (e.created_at, e.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, BudgetEstimate.updated_at, BudgetEstimate.id),
    )
    keys = [(e.id, e.current_version) for e in rows]
    versions = await repo.versions_by_keys(session, keys)
    lines = await repo.lines_by_keys(session, keys)
    return Page(items=[public(e, versions[k], lines[k]) for e, k in zip(rows, keys, strict=True)], next_cursor=nxt)


async def summary(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> BudgetSummary:
    """B3 — sums by category over the plan's estimates in the caller's X2 scope (the same scope
    as the list), per unit and in all; the sums are exact integers (SQL numeric, Python int)."""
    await _plan(session, plan_id)
    scope = private_scope(actor)
    per_unit: dict[uuid.UUID, tuple[str, int, list[tuple[BudgetCategory, int]]]] = {}
    for unit_id, name, version, category, amount in await repo.sums_by_unit_and_category(
        session, scope, plan_id=plan_id
    ):
        entry = per_unit.setdefault(unit_id, (name, version, []))
        if category is not None:
            entry[2].append((BudgetCategory(category), amount))
    units = []
    for unit_id, (name, version, pairs) in per_unit.items():
        sums = totals(pairs)
        units.append(
            UnitBudget(
                unit_id=unit_id,
                unit_name=name,
                current_version=version,
                totals_by_category=sums.by_category,
                total=sums.total,
            )
        )
    overall = totals((c, u.totals_by_category[c]) for u in units for c in BudgetCategory)
    return BudgetSummary(
        plan_id=plan_id,
        estimates=len(units),
        totals_by_category=overall.by_category,
        total=overall.total,
        units=units,
    )


# --- writing ----------------------------------------------------------------------------------


async def _computed_rewards(session: AsyncSession, plan_id: uuid.UUID, conference_id: uuid.UUID) -> int:
    """B2 — approved nominations × the plan's reward amounts, as of this save."""
    plan = found(await plans_repo.plan_of(session, plan_id))
    amounts: dict[RewardKey, int] = check_reward_amounts(
        [(Honour(r["honour"]), NomineeKind(r["nominee_kind"]), r["amount"]) for r in plan.reward_amounts]
    )
    return rewards_amount(await repo.approved_nominations(session, conference_id), amounts)


async def put_estimate(
    session: AsyncSession,
    actor: Actor,
    conference_id: uuid.UUID,
    body: BudgetEstimatePut,
    if_match: str | None,
) -> tuple[BudgetEstimatePublic, bool]:
    """B1 — save the estimate: the first save creates it, each later one is a new version (S5),
    received now. B2 — a computed rewards line is filled here, at the save, and kept in the
    version. Answers the estimate and whether it was created."""
    # The conference's row lock serialises writers of its estimate (the first save included).
    conference = await private_conference(session, actor, conference_id, for_update=True)
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    e = await repo.estimate_of_conference(session, conference.id, for_update=True)
    before = await _out(session, e) if e is not None else None
    if before is None:
        if if_match is not None:
            raise Problem("precondition_failed")
    else:
        require_match(if_match, etag_of(before))
    check_read_only(body, before)
    missing = [n for n, line in enumerate(body.lines) if line.amount is None and not line.computed]
    if missing:
        raise Problem(
            "validation_error", rule="B1", errors=[(f"lines.{missing[0]}.amount", "validation_error", "missing", {})]
        )
    wanted = [BudgetLine(line.category, line.description, line.amount or 0, line.computed) for line in body.lines]
    check_lines(wanted)  # B1, B2 before anything is counted
    if any(line.computed for line in wanted):
        rewards = await _computed_rewards(session, conference.plan_id, conference.id)
        wanted = [BudgetLine(x.category, x.description, rewards, True) if x.computed else x for x in wanted]
    check_total(wanted)
    if before is not None and e is not None:
        same = before.funding_source == body.funding_source and [
            (x.category, x.description, x.amount, x.computed) for x in before.lines
        ] == [(x.category, x.description, x.amount, x.computed) for x in wanted]
        if same:
            return before, False  # S5 — nothing changed: no new version
    now = utcnow()
    created = e is None
    if e is None:
        e = BudgetEstimate(
            plan_id=conference.plan_id,
            conference_id=conference.id,
            unit_id=conference.unit_id,
            district_id=conference.district_id,
            created_by=actor.id,
        )
        session.add(e)
        await flush(session, {"uq_budget_estimates_conference_id": Problem("conflict", reason="estimate_exists")})
    else:
        e.current_version += 1
        e.updated_at = now
    session.add(
        BudgetEstimateVersion(
            estimate_id=e.id,
            number=e.current_version,
            funding_source=body.funding_source,
            created_by=actor.id,
            received_at=now,
        )
    )
    await session.flush()
    session.add_all(
        LineRow(
            estimate_id=e.id,
            version=e.current_version,
            position=n,
            category=line.category.value,
            description=line.description,
            amount=line.amount,
            computed=line.computed,
        )
        for n, line in enumerate(wanted)
    )
    await session.flush()
    await session.refresh(e)
    out = await _out(session, e)
    audit(
        session,
        actor,
        "create" if created else "update",
        "budget_estimate",
        e.id,
        before=before,
        after=out,
        district_id=e.district_id,
    )
    return out, created


# --- B3: the spreadsheet ------------------------------------------------------------------------


async def summary_sheet(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID
) -> tuple[SummaryTitle, list[SummaryRow], SummaryRow]:
    """B3 — what the XLSX shows: the summary's numbers (the same X2 scope), decided before the
    first byte is sent."""
    plan = found(await plans_repo.plan_of(session, plan_id))
    sums = await summary(session, actor, plan_id)
    title = SummaryTitle(issuer=plan.issuer_name, plan_code=plan.code, exported_on=local_today())
    rows = [SummaryRow(u.unit_name, dict(u.totals_by_category), u.total) for u in sums.units]
    return title, rows, SummaryRow("", dict(sums.totals_by_category), sums.total)


summary_xlsx = budget_summary_xlsx
