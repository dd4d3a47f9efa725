"""Conferences (C1–C8), their agenda, and the district conference's allocations (A10)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field, utcnow
from api.db.engine import rows
from api.db.plans import FORMS, Plan
from api.db.units import Unit
from api.domain.units import Level


class Conference(SQLModel, table=True):
    __tablename__ = "conferences"
    __table_args__ = (
        # C2 — one conference per unit per plan
        sa.UniqueConstraint("plan_id", "unit_id"),
        sa.CheckConstraint(f"form IN {FORMS}", name="form"),
        sa.CheckConstraint("session IN ('morning', 'afternoon')", name="session"),
        sa.CheckConstraint("level IN ('grassroots', 'district', 'province')", name="level"),
        # C1, L2 — the form is one its plan allows at its tier: the trigger ``conference_form_allowed``
        # (migration b11a0a11b016) reads the plan's ``issuer_forms`` / ``member_forms``
        sa.CheckConstraint("edition >= 1", name="edition"),
        sa.Index("ix_conferences_plan_id_level_held_on", "plan_id", "level", "held_on"),
        sa.Index("ix_conferences_held_on_id", "held_on", "id"),
    )

    id: uuid.UUID = id_field()
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    district_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    level: str = Field(max_length=16)
    form: str = Field(max_length=32)
    held_on: dt.date
    session: str = Field(max_length=16)
    place: str = Field(max_length=255)
    is_congress: bool = Field(default=False)
    has_documentary: bool = Field(default=False)
    has_exchange: bool = Field(default=False)
    edition: int
    agenda: list[dict[str, Any]] = Field(default_factory=list, sa_column=sa.Column(JSONB, nullable=False))
    finalized_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class Allocation(SQLModel, table=True):
    """A10 — seats at the district conference allocated to one grassroots unit."""

    __tablename__ = "allocations"
    __table_args__ = (sa.CheckConstraint("seats >= 0", name="seats"),)

    conference_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("conferences.id", ondelete="CASCADE"), primary_key=True)
    )
    unit_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("units.id"), primary_key=True))
    seats: int


# --- queries -----------------------------------------------------------------------------------


async def get_conference(
    session: AsyncSession, conference_id: uuid.UUID, *, for_update: bool = False
) -> Conference | None:
    return await repository.get(session, Conference, conference_id, for_update=for_update)


class ConferenceOwner(NamedTuple):
    """What X2 decides a conference's private records on."""

    unit_id: uuid.UUID
    district_id: uuid.UUID | None


_OWNER = sa.select(col(Conference.unit_id), col(Conference.district_id)).where(
    col(Conference.id) == sa.bindparam("conference_id")
)


async def conference_owner(session: AsyncSession, conference_id: uuid.UUID) -> ConferenceOwner | None:
    """The conference's unit and district (what X2 decides on), or None: one light query."""
    row = (await rows(session, _OWNER, {"conference_id": conference_id})).first()
    return None if row is None else ConferenceOwner(*row)


def _facts_select(*, of_plans: bool = False) -> Select[Conference, Plan, Unit]:
    """The conference (its agenda left unloaded), its plan and its unit, joined; ``of_plans``:
    every conference of the plans ``plan_ids`` instead of one."""
    where = (
        col(Conference.plan_id) == sa.func.any(sa.bindparam("plan_ids", type_=ARRAY(sa.Uuid)))
        if of_plans
        else col(Conference.id) == sa.bindparam("conference_id")
    )
    return (
        sa.select(Conference, Plan, Unit)
        .join(Unit, col(Unit.id) == col(Conference.unit_id))
        .join(Plan, col(Plan.id) == col(Conference.plan_id))
        .where(where)
        .options(defer(Conference.agenda))  # type: ignore[arg-type]  # SQLModel types its fields loosely
    )


_FACTS = _facts_select()


async def conference_facts(session: AsyncSession, conference_id: uuid.UUID) -> tuple[Conference, Plan, Unit] | None:
    """The conference with its plan and its unit: one query."""
    row = (await session.execute(_FACTS, {"conference_id": conference_id})).first()
    return None if row is None else (row[0], row[1], row[2])


class ComplianceFacts(NamedTuple):
    """``conference_facts`` and, from the same statement (one snapshot), the list's counts (A3, A4,
    A9) and the unit's side of its district conference (A10, C6)."""

    conference: Conference
    plan: Plan
    unit: Unit
    total: int
    exemplary: int
    invitees: int
    district_conference_id: uuid.UUID | None
    district_held_on: dt.date | None
    seats: int | None
    designated: int | None


# Constants of the hot reads are written into their SQL, not bound: PostgreSQL then settles on
# one generic plan for the prepared statement instead of planning it again on every execution.


def _compliance_query(*, of_plans: bool = False) -> Select[Any]:
    from api.db.delegates import Delegate, count_columns

    counts = sa.select(*count_columns()).where(col(Delegate.conference_id) == col(Conference.id)).lateral("n")
    d = Conference.__table__.alias("d")  # type: ignore[attr-defined]
    designated = (
        sa.select(sa.func.count())
        .where(col(Delegate.conference_id) == d.c.id, col(Delegate.origin_unit_id) == col(Conference.unit_id))
        .correlate(d, Conference.__table__)  # type: ignore[attr-defined]
        .scalar_subquery()
    )
    seats = (  # a lookup by the primary key, per conference (a join let the planner scan the table)
        sa.select(col(Allocation.seats))
        .where(col(Allocation.conference_id) == d.c.id, col(Allocation.unit_id) == col(Conference.unit_id))
        .correlate(d, Conference.__table__)  # type: ignore[attr-defined]
        .scalar_subquery()
    )
    up = (
        sa.select(
            d.c.id.label("district_conference_id"),
            d.c.held_on.label("district_held_on"),
            seats.label("seats"),
            designated.label("designated"),
        )
        .select_from(d)
        .where(d.c.plan_id == col(Conference.plan_id), d.c.district_id == col(Conference.district_id))
        .where(d.c.unit_id == d.c.district_id)  # L2 — the issuer's own conference
        .where(d.c.unit_id == col(Conference.district_id))  # the same, as a lookup by (plan, unit)
        .lateral("up")
    )
    return (
        _facts_select(of_plans=of_plans)
        .add_columns(counts.c.total, counts.c.exemplary, counts.c.invitees, *up.c)
        .outerjoin(counts, sa.true())
        .outerjoin(up, sa.true())
    )


_COMPLIANCE = _compliance_query()


class ConferenceRow(NamedTuple):
    """What a compliance statement reads of a conference, as plain columns."""

    id: uuid.UUID
    plan_id: uuid.UUID
    unit_id: uuid.UUID
    district_id: uuid.UUID
    held_on: dt.date
    finalized_at: dt.datetime | None
    has_documentary: bool


class UnitRow(NamedTuple):
    """What a compliance statement reads of a conference's unit, as plain columns."""

    headcount: int | None
    is_pilot: bool
    party_congress_date: dt.date | None


class PlanFactsRow(NamedTuple):
    """``ComplianceFacts`` without the plan (the caller has it), read as plain columns."""

    conference: ConferenceRow
    unit: UnitRow
    total: int
    exemplary: int
    invitees: int
    district_conference_id: uuid.UUID | None
    district_held_on: dt.date | None
    seats: int | None
    designated: int | None


def plan_facts_query() -> Select[Any]:
    """L1 — ``ComplianceFacts`` but the plan, as plain columns (``ConferenceRow``, ``UnitRow``, then
    the rest of ``PlanFactsRow``), of every conference of the plans ``plan_ids``: the areas'
    report extends it with its own columns (api/db/areas.py)."""
    conference_cols = [getattr(Conference, f) for f in ConferenceRow._fields]
    unit_cols = [getattr(Unit, f) for f in UnitRow._fields]
    orm = _compliance_query(of_plans=True)
    extra = [c for c in orm.selected_columns if c.name in PlanFactsRow._fields]
    return orm.with_only_columns(*conference_cols, *unit_cols, *extra, maintain_column_froms=False).order_by(
        col(Conference.id)
    )


def plan_facts_of(row: Sequence[Any]) -> PlanFactsRow:
    """A ``plan_facts_query`` row (and whatever columns follow) read as ``PlanFactsRow``."""
    n, m = len(ConferenceRow._fields), len(UnitRow._fields)
    end = n + m + len(PlanFactsRow._fields) - 2
    return PlanFactsRow(ConferenceRow(*row[:n]), UnitRow(*row[n : n + m]), *row[n + m : end])


async def compliance_facts(session: AsyncSession, conference_id: uuid.UUID) -> ComplianceFacts | None:
    """``ComplianceFacts`` of the conference (None when there is none): one statement; the
    district conference's columns are None when it is not scheduled."""
    row = (await session.execute(_COMPLIANCE, {"conference_id": conference_id})).first()
    return None if row is None else ComplianceFacts(*row)


async def touch_conferences(
    session: AsyncSession, *, unit_id: uuid.UUID | None = None, plan_id: uuid.UUID | None = None
) -> None:
    """A conference's answer follows its unit (name, headcount: title, assembly mode, cap) and its
    plan (edition, period, caps): when either changes, so does the conference's update time, so a
    client syncing with ``updated_after`` fetches the new answer."""
    stmt = sa.update(Conference).values(updated_at=utcnow())
    if unit_id is not None:
        stmt = stmt.where(col(Conference.unit_id) == unit_id)
    if plan_id is not None:
        stmt = stmt.where(col(Conference.plan_id) == plan_id)
    await session.execute(stmt.execution_options(synchronize_session=False))


async def lock_plan_forms(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """C1 — the plan's forms hold still while a conference's form is written (the plan row shared,
    as the database's trigger takes it; taken before the conference's own row, as a plan's
    update does); the loaded plan is refreshed from the row."""
    stmt = select(Plan).where(col(Plan.id) == plan_id).with_for_update(read=True)
    await session.execute(stmt.execution_options(populate_existing=True))


async def forms_in_use(session: AsyncSession, plan_id: uuid.UUID) -> list[tuple[bool, str, int]]:
    """C1 — the forms the plan's conferences use: (is the issuer's, form, how many)."""
    issuer = col(Conference.unit_id) == col(Conference.district_id)
    stmt = (
        sa.select(issuer, col(Conference.form), sa.func.count())
        .where(col(Conference.plan_id) == plan_id)
        .group_by(issuer, col(Conference.form))
    )
    return [(bool(i), str(f), int(n)) for i, f, n in (await session.execute(stmt)).all()]


async def extras_in_use(session: AsyncSession, plan_id: uuid.UUID) -> list[tuple[bool, str, int]]:
    """C8 — the extras the plan's conferences' agendas hold: (is the issuer's, key, how many)."""
    item = sa.func.jsonb_array_elements(col(Conference.agenda)).table_valued("value").alias("item")
    issuer = col(Conference.unit_id) == col(Conference.district_id)
    key = item.c.value.op("->>")("key")
    stmt = (
        sa.select(issuer, key, sa.func.count(sa.distinct(col(Conference.id))))
        .select_from(Conference)
        .join(item, sa.true())
        .where(col(Conference.plan_id) == plan_id, item.c.value.op("->>")("kind") == "extra")
        .group_by(issuer, key)
    )
    return [(bool(i), str(k), int(n)) for i, k, n in (await session.execute(stmt)).all()]


async def lock_plan_schedule(session: AsyncSession, plan_id: uuid.UUID) -> None:
    """C6 — one scheduler at a time per plan: both sides of the order are checked under it."""
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(str(plan_id), 0))))


async def district_conference(session: AsyncSession, plan_id: uuid.UUID, district_id: uuid.UUID) -> Conference | None:
    """The conference of the plan's issuer ``district_id`` (L2: its unit is the issuer)."""
    stmt = select(Conference).where(
        col(Conference.plan_id) == plan_id,
        col(Conference.district_id) == district_id,
        col(Conference.unit_id) == district_id,
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def grassroots_slots(
    session: AsyncSession, plan_id: uuid.UUID, district_id: uuid.UUID, *, exclude: uuid.UUID | None = None
) -> list[tuple[dt.date, str]]:
    stmt = select(col(Conference.held_on), col(Conference.session)).where(
        col(Conference.plan_id) == plan_id,
        col(Conference.district_id) == district_id,
        col(Conference.unit_id) != district_id,  # L2 — the units under the issuer
    )
    if exclude is not None:
        stmt = stmt.where(col(Conference.id) != exclude)
    return [(d, s) for d, s in (await session.execute(stmt)).all()]


async def issuer_conference_of(session: AsyncSession, plan_id: uuid.UUID) -> Conference | None:
    """L1 — the conference of ``plan_id``'s issuer (its unit is the plan's issuer), if scheduled."""
    stmt = select(Conference).where(
        col(Conference.plan_id) == plan_id, col(Conference.unit_id) == col(Conference.district_id)
    )
    return (await session.execute(stmt)).scalar_one_or_none()


async def implementing_slots(session: AsyncSession, plan_id: uuid.UUID) -> list[tuple[dt.date, str]]:
    """L1, C6 — every conference of the plans implementing ``plan_id`` (held_on, session)."""
    stmt = (
        select(col(Conference.held_on), col(Conference.session))
        .join(Plan, col(Plan.id) == col(Conference.plan_id))
        .where(col(Plan.parent_plan_id) == plan_id)
    )
    return [(d, s) for d, s in (await session.execute(stmt)).all()]


async def plan_schedule(session: AsyncSession, plan_id: uuid.UUID) -> list[tuple[Conference, str]]:
    """S4 — the plan's conferences with their unit's name, by date, session and unit name."""
    stmt = (
        sa.select(Conference, col(Unit.name))
        .join(Unit, col(Unit.id) == col(Conference.unit_id))
        .where(col(Conference.plan_id) == plan_id)
        .order_by(col(Conference.held_on), col(Conference.session), col(Unit.name_folded))
    )
    return [(c, name) for c, name in (await session.execute(stmt)).all()]


async def named_allocations(session: AsyncSession, conference_id: uuid.UUID) -> list[tuple[uuid.UUID, str, int]]:
    """S4 — the district conference's allocations (unit id, unit name, seats) by unit name."""
    stmt = (
        sa.select(col(Allocation.unit_id), col(Unit.name), col(Allocation.seats))
        .join(Unit, col(Unit.id) == col(Allocation.unit_id))
        .where(col(Allocation.conference_id) == conference_id)
        .order_by(col(Unit.name_folded))
    )
    return [(u, n, seats) for u, n, seats in (await session.execute(stmt)).all()]


async def plan_and_unit(session: AsyncSession, plan_id: uuid.UUID, unit_id: uuid.UUID) -> tuple[Plan, Unit]:
    """The conference's plan and unit, in one query."""
    stmt = select(Plan, Unit).join(Unit, col(Unit.id) == unit_id).where(col(Plan.id) == plan_id)
    plan, unit = (await session.execute(stmt)).one()
    return plan, unit


def conferences_query(*, plan_id: uuid.UUID | None, unit_id: uuid.UUID | None, level: Level | None) -> Select[Any]:
    """The conferences of a plan, a unit, a level (paged by the caller)."""
    stmt = select(Conference)
    if plan_id is not None:
        stmt = stmt.where(col(Conference.plan_id) == plan_id)
    if unit_id is not None:
        stmt = stmt.where(col(Conference.unit_id) == unit_id)
    if level is not None:
        stmt = stmt.where(col(Conference.level) == level.value)
    return stmt


async def units_without_conference(
    session: AsyncSession, plan_id: uuid.UUID, district_id: uuid.UUID
) -> list[tuple[uuid.UUID, str]]:
    """C6 — the units under the issuer ``district_id`` (its area, L2) with no conference under
    the plan, by name."""
    stmt = (
        sa.select(col(Unit.id), col(Unit.name))
        .where(col(Unit.district_id) == district_id, col(Unit.id) != district_id)
        .where(~sa.exists().where(col(Conference.unit_id) == col(Unit.id), col(Conference.plan_id) == plan_id))
        .order_by(col(Unit.name_folded))
    )
    return [(i, n) for i, n in (await session.execute(stmt)).all()]


_ALLOCATED = sa.select(sa.func.coalesce(sa.func.sum(col(Allocation.seats)), 0)).where(
    col(Allocation.conference_id) == sa.bindparam("conference_id")
)


async def allocated_seats(session: AsyncSession, conference_id: uuid.UUID) -> int:
    """A10 — the seats allocated on the district conference, in all."""
    return int((await rows(session, _ALLOCATED, {"conference_id": conference_id})).scalar_one())


async def delete_allocations(session: AsyncSession, conference_id: uuid.UUID) -> None:
    """A10 — the district conference's allocations, removed (before the new ones are added)."""
    await session.execute(sa.delete(Allocation).where(col(Allocation.conference_id) == conference_id))


async def allocation_of(session: AsyncSession, conference_id: uuid.UUID, unit_id: uuid.UUID) -> Allocation | None:
    """A10 — the unit's seats on the district conference, from the session when already loaded."""
    return await repository.lookup(session, Allocation, (conference_id, unit_id))


async def allocations_of(session: AsyncSession, conference_id: uuid.UUID) -> list[Allocation]:
    stmt = select(Allocation).where(col(Allocation.conference_id) == conference_id).order_by(col(Allocation.unit_id))
    return list((await session.execute(stmt)).scalars().all())


async def has_records(session: AsyncSession, conference_id: uuid.UUID) -> bool:
    """Nominations, submissions or a budget estimate that refer to the conference (they are never
    deleted)."""
    from api.db.budgets import BudgetEstimate
    from api.db.nominations import Nomination
    from api.db.submissions import Submission

    stmt = sa.select(
        sa.or_(
            sa.exists().where(col(Nomination.conference_id) == conference_id),
            sa.exists().where(col(Submission.conference_id) == conference_id),
            sa.exists().where(col(BudgetEstimate.conference_id) == conference_id),
        )
    )
    return bool((await session.execute(stmt)).scalar())
