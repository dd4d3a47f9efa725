"""Emulation movements (E1), the units' registrations (E2), and a summary report's figures
computed from what the service holds (E3)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import movements as repo
from api.db import plans as plans_repo
from api.db import submissions as submissions_repo
from api.db.movements import Movement, MovementRegistration
from api.db.units import get_unit
from api.domain.access import Actor, administers, can_see_private, private_scope
from api.domain.conferences import ComplianceStatus
from api.domain.errors import DomainError
from api.domain.movements import (
    GROUPS,
    Approved,
    MovementKind,
    Tally,
    check_movement,
    check_tally,
    compute_figures,
    figure_differences,
    flat_figures,
    rate,
    recognised_percent,
    registered_percent,
    typed_flat,
)
from api.domain.nominations import Honour, NomineeKind, Rank, leader_worker_ratio
from api.domain.plans import plan_involves
from api.domain.submissions import CommendationLevel, Kind
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.movements import (
    ComputedCommendation,
    ComputedFigures,
    FigureCheck,
    MovementCreate,
    MovementPublic,
    MovementTotal,
    MovementTotals,
    MovementUpdate,
    RegistrationCreate,
    RegistrationPublic,
    RegistrationUpdate,
)
from api.services.common import audit, check_read_only, etag_of, flush, found, page, require_match, sync_order
from api.services.conferences import may_organize

COUNTS = tuple(f"{g}_{n}" for g in GROUPS for n in ("total", "registered", "recognised"))


def _tally(values: Any, group: str) -> Tally:
    held = values if isinstance(values, dict) else {n: getattr(values, n) for n in COUNTS}
    return Tally(int(held[f"{group}_total"]), int(held[f"{group}_registered"]), int(held[f"{group}_recognised"]))


def _rates(values: Any) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for g in GROUPS:
        t = _tally(values, g)
        out[f"{g}_registered_percent"] = registered_percent(t)
        out[f"{g}_recognised_percent"] = recognised_percent(t)
    return out


# --- E1 -----------------------------------------------------------------------------------------


def movement_public(m: Movement) -> MovementPublic:
    return MovementPublic.model_validate(m, from_attributes=True)


async def _flush_movement(session: AsyncSession) -> None:
    await flush(session, {"uq_movements_plan_id_name": Problem("conflict", reason="movement_exists")})


async def list_movements(
    session: AsyncSession,
    *,
    plan_id: uuid.UUID | None,
    kind: MovementKind | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[MovementPublic]:
    """E1 — readable by every signed-in user, like the plan; in the plan's order."""
    rows, nxt = await page(
        session,
        repo.movements_query(plan_id, kind),
        [col(Movement.plan_id), col(Movement.position), col(Movement.id)],
        lambda m: (m.plan_id, m.position, m.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Movement.updated_at, Movement.id),
    )
    return Page(items=[movement_public(m) for m in rows], next_cursor=nxt)


async def get_movement(session: AsyncSession, movement_id: uuid.UUID) -> MovementPublic:
    return movement_public(found(await repo.get_movement(session, movement_id)))


async def create_movement(session: AsyncSession, actor: Actor, body: MovementCreate) -> MovementPublic:
    """E1 — managed by the plan's issuer (its district admin)."""
    plan = await plans_repo.plan_of(session, body.plan_id)
    if plan is None:
        raise invalid_field("plan_id", "unknown_plan")
    if not administers(actor, plan.issuer_unit_id):
        raise Forbidden
    check_movement(body.kind, body.launched_on)
    m = Movement(
        plan_id=plan.id,
        kind=body.kind.value,
        name=body.name,
        note=body.note,
        launched_on=body.launched_on,
        position=await repo.next_position(session, plan.id),
    )
    session.add(m)
    await _flush_movement(session)
    await session.refresh(m)
    out = movement_public(m)
    audit(session, actor, "create", "movement", m.id, after=out, district_id=plan.issuer_unit_id)
    return out


async def update_movement(
    session: AsyncSession, actor: Actor, movement_id: uuid.UUID, body: MovementUpdate, if_match: str | None
) -> MovementPublic:
    m = found(await repo.get_movement(session, movement_id, for_update=True))
    plan = await plans_repo.plan_of(session, m.plan_id)
    assert plan is not None
    if not administers(actor, plan.issuer_unit_id):
        raise Forbidden
    before = movement_public(m)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    changes = body.model_dump(exclude_unset=True)
    for name in ("kind", "name"):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank")
    kind = MovementKind(changes.get("kind") or m.kind)
    launched_on = changes.get("launched_on", m.launched_on)
    check_movement(kind, launched_on)
    for name, value in changes.items():
        setattr(m, name, value.value if isinstance(value, MovementKind) else value)
    await _flush_movement(session)
    await session.refresh(m)
    out = movement_public(m)
    audit(session, actor, "update", "movement", m.id, before=before, after=out, district_id=plan.issuer_unit_id)
    return out


# --- E2 -----------------------------------------------------------------------------------------


def registration_public(r: MovementRegistration) -> RegistrationPublic:
    return RegistrationPublic(**r.model_dump(exclude={"district_id", "created_by"}), **_rates(r))


async def _visible(
    session: AsyncSession, actor: Actor, registration_id: uuid.UUID, *, for_update: bool = False
) -> MovementRegistration:
    """X2 — private to the unit; anyone else gets 404."""
    r = await repo.get_registration(session, registration_id, for_update=for_update)
    if r is None or not can_see_private(actor, r.unit_id, r.district_id):
        raise NotFound
    return r


def _check(values: dict[str, Any]) -> None:
    for g in GROUPS:
        check_tally(g, _tally(values, g))


async def _flush_registration(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_movement_registrations_movement_id_unit_id": Problem("conflict", reason="registration_exists"),
            # E2 — the database's own guard, should a writer bypass the domain
            "ck_movement_registrations_": DomainError("validation_error", "E2", field="counts", reason="value_error"),
        },
    )


async def list_registrations(
    session: AsyncSession,
    actor: Actor,
    *,
    plan_id: uuid.UUID | None,
    movement_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[RegistrationPublic]:
    """E2 — the registrations the caller may see (X2): a unit its own, the district all its units'."""
    stmt = repo.registrations_query(private_scope(actor), plan_id=plan_id, movement_id=movement_id, unit_id=unit_id)
    rows, nxt = await page(
        session,
        stmt,
        [col(MovementRegistration.created_at), col(MovementRegistration.id)],
        lambda r: (r.created_at, r.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, MovementRegistration.updated_at, MovementRegistration.id),
    )
    return Page(items=[registration_public(r) for r in rows], next_cursor=nxt)


async def get_registration(session: AsyncSession, actor: Actor, registration_id: uuid.UUID) -> RegistrationPublic:
    return registration_public(await _visible(session, actor, registration_id))


async def create_registration(session: AsyncSession, actor: Actor, body: RegistrationCreate) -> RegistrationPublic:
    """E2 — a unit's counts for one movement of its district's plan."""
    movement = await repo.get_movement(session, body.movement_id)
    if movement is None:
        raise invalid_field("movement_id", "unknown_movement", rule="E2")
    plan = await plans_repo.plan_of(session, movement.plan_id)
    assert plan is not None
    unit_id = body.unit_id or actor.unit_id
    unit = await get_unit(session, unit_id) if unit_id else None
    if unit is None or not plan_involves(plan.issuer_unit_id, unit.id, unit.district_id):  # L2
        raise invalid_field("unit_id", "unknown_unit")
    if not may_organize(actor, unit.id, plan.issuer_unit_id):
        raise Forbidden
    values = body.model_dump(include=set(COUNTS))
    _check(values)
    r = MovementRegistration(
        movement_id=movement.id,
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=plan.issuer_unit_id,  # L2 — the plan's issuer (plan 187: the unit's district)
        created_by=actor.id,
        **values,
    )
    session.add(r)
    await _flush_registration(session)
    await session.refresh(r)
    out = registration_public(r)
    audit(session, actor, "create", "movement_registration", r.id, after=out, district_id=r.district_id)
    return out


async def update_registration(
    session: AsyncSession, actor: Actor, registration_id: uuid.UUID, body: RegistrationUpdate, if_match: str | None
) -> RegistrationPublic:
    r = await _visible(session, actor, registration_id, for_update=True)
    if not may_organize(actor, r.unit_id, r.district_id):
        raise Forbidden
    before = registration_public(r)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if k in COUNTS}
    for name, value in changes.items():
        if value is None:
            raise invalid_field(name, "blank", rule="E2")
    values = {name: getattr(r, name) for name in COUNTS} | changes
    _check(values)
    for name, value in changes.items():
        setattr(r, name, value)
    await _flush_registration(session)
    await session.refresh(r)
    out = registration_public(r)
    audit(session, actor, "update", "movement_registration", r.id, before=before, after=out, district_id=r.district_id)
    return out


async def movement_totals(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> MovementTotals:
    """E2 — per movement of the plan, the sums over the units the caller may see (X2): the
    district admin all its units', an officer their own."""
    plan = found(await plans_repo.plan_of(session, plan_id))
    sums = await repo.sums_by_movement(session, plan.id, private_scope(actor))
    items = []
    for m in await repo.plan_movements(session, plan.id):
        s = sums.get(m.id) or {"units": 0, **dict.fromkeys(COUNTS, 0)}
        items.append(MovementTotal(movement_id=m.id, name=m.name, kind=MovementKind(m.kind), **s, **_rates(s)))
    return MovementTotals(plan_id=plan.id, items=items)


# --- E3 -----------------------------------------------------------------------------------------


async def computed_figures(session: AsyncSession, actor: Actor, submission_id: uuid.UUID) -> ComputedFigures:
    """E3 — a summary report's figures from what the service holds, and one warning per typed
    figure that differs. Only summary reports have figures (any other submission: 404)."""
    s = await submissions_repo.get_submission(session, submission_id)
    if s is None or not can_see_private(actor, s.unit_id, s.district_id):
        raise NotFound
    if Kind(s.kind) is not Kind.SUMMARY_REPORT:
        raise NotFound
    version = await submissions_repo.version_of(session, s.id, s.current_version)
    assert version is not None
    registrations = await repo.unit_registrations(session, s.plan_id, s.unit_id)
    approved = [
        Approved(
            honour=Honour(n.honour),
            honour_other=n.honour_other,
            nominee_kind=NomineeKind(n.nominee_kind),
            rank=Rank(n.rank) if n.rank else None,
            conference_level=CommendationLevel(level),
        )
        for n, level in await repo.awarded_nominations(session, s.plan_id, s.unit_id)
    ]
    c = compute_figures(
        [_tally(r, "collectives") for r in registrations], [_tally(r, "individuals") for r in registrations], approved
    )
    typed = version.content.get("figures")
    differences = figure_differences(typed_flat(typed) if isinstance(typed, dict) else None, flat_figures(c))
    return ComputedFigures(
        submission_id=s.id,
        collectives_registered=c.collectives.registered,
        collectives_total=c.collectives.total,
        collectives_percent=rate(c.collectives.registered, c.collectives.total),
        individuals_registered=c.individuals.registered,
        individuals_total=c.individuals.total,
        individuals_percent=rate(c.individuals.registered, c.individuals.total),
        commendations=[
            ComputedCommendation(level=level, form=form, count=n)
            for (level, form), n in sorted(c.commendations.items(), key=lambda kv: (kv[0][0].value, kv[0][1]))
        ],
        commendations_total=sum(c.commendations.values()),
        leaders_commended=c.leaders_commended,
        workers_commended=c.workers_commended,
        leader_worker_ratio=leader_worker_ratio(c.leaders_commended, c.workers_commended),
        sources=["movement_registrations", "award_decisions"],
        items=[
            FigureCheck(
                rule="E3",
                status=ComplianceStatus.WARNING,
                message="figure_differs",
                facts={"figure": d.figure, "typed": d.typed, "computed": d.computed},
            )
            for d in differences
        ],
    )
