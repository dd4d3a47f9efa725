"""L1 — a plan's areas in one call: per implementing plan (a district's under the province's
plan) its conferences, compliance counts, unit-plan status and nominations, X2-scoped and paged:
two statements over all the page's plans (one row per conference, one per plan), each conference's
statuses from the compliance statement's own ``items_of``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import areas as repo
from api.db import plans as plans_repo
from api.db.plans import Plan
from api.domain.access import Actor, private_scope
from api.domain.conferences import ComplianceStatus, Tier, tier_of
from api.domain.delegates import within_allocation
from api.domain.nominations import State as NominationState
from api.domain.submissions import State, on_time
from api.schemas.areas import AreaReport
from api.schemas.common import Page
from api.services.common import found, local_today, page, sync_order
from api.services.conferences.statement import Extras, PlanRules, items_of


def _status(rule: str, status: str, key: str, facts: Callable[[], dict[str, Any]]) -> str:
    """A compliance item reduced to its status: the report counts statuses only (its facts are
    never built)."""
    return status


async def area_reports(
    session: AsyncSession,
    actor: Actor,
    plan_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[AreaReport]:
    """L1, X2 — the plans implementing ``plan_id`` whose issuer the caller may see privately (a
    province's admin or viewer: every one; a district's admin: its own), by code."""
    plans, nxt = await page(
        session,
        repo.implementing_plans_query(plan_id, private_scope(actor)),
        [col(Plan.code), col(Plan.id)],
        lambda p: (p.code, p.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Plan.updated_at, Plan.id),
    )
    if not plans:  # an implementing plan names its parent (a foreign key): only an empty page asks
        found(await plans_repo.plan_of(session, plan_id))
        return Page(items=[], next_cursor=nxt)
    ids = [p.id for p in plans]
    by_id = {p.id: PlanRules.of(p) for p in plans}
    conferences = await repo.conference_figures(session, ids)
    per_plan = await repo.plan_figures(session, ids)
    figures: dict[uuid.UUID, dict[str, int]] = {
        p: {"scheduled": 0, "held": 0, "finalized": 0, "errors": 0, "warnings": 0} for p in ids
    }
    today = local_today()
    for row in conferences:
        c = row.facts.conference
        plan = per_plan[c.plan_id]
        issuer = tier_of(c.unit_id, c.district_id) is Tier.ISSUER
        up: tuple[str, dict[str, Any]] | None = None
        if issuer and plan.parent_plan_id is not None:
            up = "ok" if within_allocation(plan.allocated_up, plan.designated_up) else "error", {}
        extras = Extras(
            missing=[],
            missing_count=plan.missing if issuer else 0,
            structure={},
            programme=State(row.programme) if row.programme is not None else None,
            allocated_total=row.allocated_total,
            designations_up=up,
            documentary=row.documentary,
        )
        f = figures[c.plan_id]
        f["scheduled"] += 1
        f["held"] += c.held_on <= today
        f["finalized"] += c.finalized_at is not None
        statuses = items_of(row.facts, by_id[c.plan_id], extras, _status)
        f["errors"] += statuses.count(ComplianceStatus.ERROR)
        f["warnings"] += statuses.count(ComplianceStatus.WARNING)
    unit_plans: dict[uuid.UUID, dict[str, int]] = {}
    nominations: dict[uuid.UUID, dict[str, int]] = {}
    for p in plans:
        plan = per_plan[p.id]
        due = p.unit_plan_due_on
        early = sum(on_time(received, due) for received in plan.received)
        # S1 — a unit without a plan, or with a draft only, is missing
        unit_plans[p.id] = {
            "on_time": early,
            "late": len(plan.received) - early,
            "missing": plan.units - len(plan.received),
        }
        nominations[p.id] = {
            s.value: plan.nominations.get(s.value, 0) for s in NominationState if s is not NominationState.WITHDRAWN
        }
    items = [
        AreaReport(
            plan_id=p.id,
            plan_code=p.code,
            issuer_unit_id=p.issuer_unit_id,
            issuer_name=p.issuer_name,
            conferences_scheduled=figures[p.id]["scheduled"],
            conferences_held=figures[p.id]["held"],
            lists_finalized=figures[p.id]["finalized"],
            compliance_errors=figures[p.id]["errors"],
            compliance_warnings=figures[p.id]["warnings"],
            unit_plans=unit_plans[p.id],
            nominations=nominations[p.id],
        )
        for p in plans
    ]
    return Page(items=items, next_cursor=nxt)
