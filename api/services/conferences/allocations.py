"""Allocations (A10): the district conference's exemplary seats shared among the grassroots units."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import conferences as repo
from api.db import delegates as delegates_repo
from api.db import plans as plans_repo
from api.db.conferences import Allocation, Conference
from api.db.plans import Plan
from api.db.units import units_by_ids
from api.domain.access import Actor, administers
from api.domain.conferences import Tier, tier_of
from api.domain.delegates import (
    check_allocations,
)
from api.domain.plans import exemplary_seats, receives_seats
from api.problems import Forbidden, NotFound, invalid_field
from api.schemas.conferences import (
    AllocationPublic,
    Allocations,
    AllocationsUpdate,
)
from api.services.common import (
    audit,
    etag_of,
    found,
    require_match,
)
from api.services.units import check_unit_for_plan


async def _district_conference(
    session: AsyncSession, conference_id: uuid.UUID, *, for_update: bool = False
) -> Conference:
    conference = found(await repo.get_conference(session, conference_id, for_update=for_update))
    if tier_of(conference.unit_id, conference.district_id) is not Tier.ISSUER:
        raise NotFound  # allocations live on the issuer's conference only (plan 187's district conference)
    return conference


async def _allocations_out(session: AsyncSession, conference: Conference, plan: Plan) -> Allocations:
    rows = await repo.allocations_of(session, conference.id)
    units = {u.id: u for u in await units_by_ids(session, {r.unit_id for r in rows})}
    designated = await delegates_repo.designated_by_unit(session, conference.id)
    items = sorted(
        (
            AllocationPublic(
                unit_id=r.unit_id,
                unit_name=units[r.unit_id].name,
                seats=r.seats,
                designated=designated.get(r.unit_id, 0),
            )
            for r in rows
        ),
        key=lambda i: units[i.unit_id].name_folded,
    )
    return Allocations(
        conference_id=conference.id,
        capacity=exemplary_seats(plan.district_conference_cap, plan.exemplary_share_percent),
        allocated=sum(i.seats for i in items),
        items=items,
    )


async def get_allocations(session: AsyncSession, conference_id: uuid.UUID) -> Allocations:
    conference = await _district_conference(session, conference_id)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    return await _allocations_out(session, conference, plan)


async def put_allocations(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: AllocationsUpdate, if_match: str | None
) -> Allocations:
    conference = await _district_conference(session, conference_id, for_update=True)
    if not administers(actor, conference.district_id):
        raise Forbidden
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    before = await _allocations_out(session, conference, plan)
    require_match(if_match, etag_of(before))
    wanted = {i.unit_id: i.seats for i in body.items}
    if len(wanted) != len(body.items):
        raise invalid_field("items", "duplicate_unit", rule="A10")
    units = {u.id: u for u in await units_by_ids(session, set(wanted))}
    below = frozenset[object](await plans_repo.implementing_issuers(session, plan.id))
    for n, unit_id in enumerate(wanted):
        unit = units.get(unit_id)
        # A10, L1, L2 — one level up: the units in the issuer's area, the implementing plans' issuers
        if unit is None or not receives_seats(conference.district_id, unit.id, unit.district_id, below):
            raise invalid_field(f"items.{n}.unit_id", "unknown_unit", rule="A10")
        check_unit_for_plan(unit, plan, field=f"items.{n}.unit_id")
    check_allocations({str(k): v for k, v in wanted.items()}, before.capacity)
    await repo.delete_allocations(session, conference.id)
    session.add_all([Allocation(conference_id=conference.id, unit_id=u, seats=s) for u, s in wanted.items()])
    await session.flush()
    out = await _allocations_out(session, conference, plan)
    audit(
        session,
        actor,
        "update",
        "allocations",
        conference.id,
        before=before,
        after=out,
        district_id=conference.district_id,
    )
    return out
