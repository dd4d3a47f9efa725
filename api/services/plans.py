"""Plans: issued by a district, readable by everyone signed in (SPEC §3, X2)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as conference_repo
from api.db import plans as repo
from api.db.plans import Plan
from api.db.units import ancestor_ids, get_unit
from api.domain.access import Actor, administers
from api.domain.budgets import check_reward_amounts
from api.domain.conferences import check_extras_are_extras
from api.domain.plans import (
    EXTRA_FIELDS,
    FORM_FIELDS,
    PlanParameters,
    check_parent_plan,
    exemplary_seats,
    roman,
    validate_plan,
)
from api.domain.units import Level
from api.problems import Forbidden, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.plans import PlanCreate, PlanPublic, PlanUpdate
from api.services.common import audit, check_read_only, etag_of, flush, found, page, require_match, sync_order

_PARAMS = tuple(PlanParameters.__dataclass_fields__)
_LEVEL_FIELDS = (*FORM_FIELDS, *EXTRA_FIELDS)  # C1, C8 per level (L2): stored as JSON-ready values


def public(plan: Plan) -> PlanPublic:
    return PlanPublic(
        **plan.model_dump(),
        edition_roman=roman(plan.edition),
        district_exemplary_seats=exemplary_seats(plan.district_conference_cap, plan.exemplary_share_percent),
    )


def _validate(values: dict[str, Any]) -> None:
    params = {k: values[k] for k in _PARAMS}
    for name in EXTRA_FIELDS:
        params[name] = [(e["key"], e["title"]) for e in values[name]]
    validate_plan(PlanParameters(**params))
    for name in EXTRA_FIELDS:
        check_extras_are_extras(name, params[name])
    # B2 — each honour and nominee kind at most once, whole đồng
    check_reward_amounts([(r["honour"], r["nominee_kind"], r["amount"]) for r in values.get("reward_amounts") or []])


async def _get(session: AsyncSession, plan_id: uuid.UUID, *, for_update: bool = False) -> Plan:
    return found(await repo.get_plan(session, plan_id, for_update=for_update))


async def get_plan(session: AsyncSession, plan_id: uuid.UUID) -> PlanPublic:
    return public(await _get(session, plan_id))


async def list_plans(
    session: AsyncSession,
    *,
    issuer_unit_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[PlanPublic]:
    rows, nxt = await page(
        session,
        repo.plans_query(issuer_unit_id),
        [col(Plan.issued_on), col(Plan.id)],
        lambda p: (p.issued_on, p.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Plan.updated_at, Plan.id),
    )
    return Page(items=[public(p) for p in rows], next_cursor=nxt)


async def _flush(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_plans_issuer_unit_id_code": Problem("conflict", reason="plan_code_taken"),
            "c1_conference_form_allowed": Problem("conflict", rule="C1", reason="forms_in_use"),  # the database's guard
        },
    )


def _in_use(rule: str, reason: str, field: str, what: str, value: str, count: int) -> Problem:
    facts: dict[str, Any] = {"field": field, what: value, "conferences": count}
    return Problem("conflict", rule=rule, reason=reason, errors=[(field, "conflict", reason, facts)], **facts)


async def _check_in_use(session: AsyncSession, plan: Plan, changes: dict[str, Any]) -> None:
    """C1, C8 — a plan's forms and extras per level may change, but never so as to leave out one
    its conferences already use (nothing is lost: change those conferences first). Under the plan's
    row lock, which every conference's form write shares (the trigger ``conferences_form_allowed``)."""
    if any(name in changes for name in FORM_FIELDS):
        for is_issuer, form, count in await conference_repo.forms_in_use(session, plan.id):
            field = "issuer_forms" if is_issuer else "member_forms"
            if form not in changes.get(field, getattr(plan, field)):
                raise _in_use("C1", "forms_in_use", field, "form", form, count)
    if any(name in changes for name in EXTRA_FIELDS):
        for is_issuer, key, count in await conference_repo.extras_in_use(session, plan.id):
            field = "issuer_agenda_extras" if is_issuer else "member_agenda_extras"
            if key not in {e["key"] for e in changes.get(field, getattr(plan, field))}:
                raise _in_use("C8", "agenda_extras_in_use", field, "key", key, count)


async def create_plan(session: AsyncSession, actor: Actor, body: PlanCreate) -> PlanPublic:
    issuer = await get_unit(session, body.issuer_unit_id)
    if issuer is None:
        raise invalid_field("issuer_unit_id", "unknown_unit")
    if Level(issuer.level) is Level.GRASSROOTS:  # L2 — a province or a district issues plans
        raise invalid_field("issuer_unit_id", "issuer_not_district")
    if not administers(actor, issuer.id):
        raise Forbidden
    if body.parent_plan_id is not None:  # L1
        parent = await repo.plan_of(session, body.parent_plan_id)
        if parent is None:
            raise invalid_field("parent_plan_id", "unknown_plan", rule="L1")
        check_parent_plan(parent.issuer_unit_id, frozenset(await ancestor_ids(session, issuer.id)))
    values = body.model_dump()
    as_json = body.model_dump(mode="json")
    for name in ("reward_amounts", *_LEVEL_FIELDS):
        values[name] = as_json[name]
    values["issuer_name"] = values["issuer_name"] or issuer.name
    _validate(values)
    plan = Plan(**values)
    session.add(plan)
    await _flush(session)
    out = public(plan)
    audit(session, actor, "create", "plan", plan.id, after=out, district_id=issuer.id)
    return out


async def update_plan(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, body: PlanUpdate, if_match: str | None
) -> PlanPublic:
    plan = await _get(session, plan_id, for_update=True)
    if not administers(actor, plan.issuer_unit_id):
        raise Forbidden
    before = public(plan)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    changes = body.model_dump(exclude_unset=True)
    as_json = body.model_dump(mode="json", exclude_unset=True)
    for name in ("reward_amounts", *_LEVEL_FIELDS):
        if changes.get(name) is not None:
            changes[name] = as_json[name]
    for name in ("code", "title", "issued_on", "issuer_name", "reward_amounts", *_PARAMS):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank")
    values = {**plan.model_dump(), **changes}
    _validate(values)
    await _check_in_use(session, plan, changes)
    for name, value in changes.items():
        setattr(plan, name, value)
    await _flush(session)
    await session.refresh(plan)
    out = public(plan)
    if out != before:
        await conference_repo.touch_conferences(session, plan_id=plan.id)
    audit(session, actor, "update", "plan", plan.id, before=before, after=out, district_id=plan.issuer_unit_id)
    return out
