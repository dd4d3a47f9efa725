"""L1 — a plan's areas in one call: per implementing plan (a district's under the province's
plan) its conferences, compliance counts, unit-plan status and nominations, X2-scoped and paged,
each figure family computed by one grouped query over all the page's plans."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import areas as repo
from api.db import conferences as conferences_repo
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
from api.services.conferences.statement import Extras, items_of

UNIT_PLAN_STATUSES = ("on_time", "late", "missing")


def _status(rule: str, status: str, key: str, **facts: object) -> str:
    """A compliance item reduced to its status: the report counts statuses only."""
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
    found(await plans_repo.plan_of(session, plan_id))
    plans, nxt = await page(
        session,
        repo.implementing_plans_query(plan_id, private_scope(actor)),
        [col(Plan.code), col(Plan.id)],
        lambda p: (p.code, p.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Plan.updated_at, Plan.id),
    )
    if not plans:
        return Page(items=[], next_cursor=nxt)
    ids = [p.id for p in plans]
    by_id = {p.id: p for p in plans}
    conferences = await conferences_repo.compliance_facts_of_plans(session, ids)
    missing = await repo.missing_counts(session, ids)
    programmes = await repo.programme_states(session, ids)
    allocated = await repo.allocated_totals(session, ids)
    ups = await repo.designations_up(session, ids)
    documentaries = await repo.documentaries(session, ids)
    figures: dict[uuid.UUID, dict[str, int]] = {
        p: {"scheduled": 0, "held": 0, "finalized": 0, "errors": 0, "warnings": 0} for p in ids
    }
    today = local_today()
    for row in conferences:
        c = row.conference
        issuer = tier_of(c.unit_id, c.district_id) is Tier.ISSUER
        up = ups.get(c.plan_id) if issuer else None
        programme = programmes.get(c.id)
        extras = Extras(
            missing=[],
            missing_count=missing.get(c.plan_id, 0) if issuer else 0,
            structure={},
            programme=State(programme) if programme is not None else None,
            allocated_total=allocated.get(c.id, 0),
            designations_up=(
                None if up is None else ("ok" if within_allocation(up.allocated, up.designated) else "error", {})
            ),
            documentary=documentaries.get(c.id),
        )
        f = figures[c.plan_id]
        f["scheduled"] += 1
        f["held"] += c.held_on <= today
        f["finalized"] += c.finalized_at is not None
        for status in items_of(row, by_id[c.plan_id], extras, _status):
            f["errors"] += status == ComplianceStatus.ERROR
            f["warnings"] += status == ComplianceStatus.WARNING
    unit_plans: dict[uuid.UUID, dict[str, int]] = {p: dict.fromkeys(UNIT_PLAN_STATUSES, 0) for p in ids}
    for u in await repo.unit_plans(session, ids):
        if u.received_at is None or u.state == State.DRAFT.value:
            status = "missing"  # a draft counts as missing (S1)
        else:
            status = "on_time" if on_time(u.received_at, u.due) else "late"
        unit_plans[u.plan_id][status] += 1
    nominations: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for p in ids:
        nominations[p] = {s.value: 0 for s in NominationState if s is not NominationState.WITHDRAWN}
    for p, state, n in await repo.nomination_counts(session, ids):
        nominations[p][state] = n
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
