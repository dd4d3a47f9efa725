"""The plan table: every number and deadline the rules read (SPEC §3)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.domain.plans import PLAN_187_EXTRAS, PLAN_187_ISSUER_FORMS, PLAN_187_MEMBER_FORMS, ConferenceForm

FORMS = tuple(f.value for f in ConferenceForm)  # C1 — §II.2's three forms, as SQL reads them
_FORMS_SQL = "ARRAY[" + ", ".join(f"'{f}'" for f in FORMS) + "]::varchar[]"


def _forms_check(name: str) -> sa.CheckConstraint:
    """C1, L2 — a level's forms: at least one, each one of the three (duplicates: the domain)."""
    return sa.CheckConstraint(f"cardinality({name}) > 0 AND {name} <@ {_FORMS_SQL}", name=name)


def _extras() -> list[dict[str, str]]:
    return [{"key": k, "title": t} for k, t in PLAN_187_EXTRAS]


class Plan(SQLModel, table=True):
    __tablename__ = "plans"
    __table_args__ = (
        sa.UniqueConstraint("issuer_unit_id", "code"),
        sa.CheckConstraint("full_assembly_headcount_cap > 0", name="full_assembly_headcount_cap"),
        sa.CheckConstraint("delegate_assembly_cap > 0", name="delegate_assembly_cap"),
        sa.CheckConstraint("district_conference_cap > 0", name="district_conference_cap"),
        sa.CheckConstraint("exemplary_share_percent BETWEEN 0 AND 100", name="exemplary_share_percent"),
        sa.CheckConstraint("period_start_year < period_end_year", name="period"),
        sa.CheckConstraint("review_period_start_year < review_period_end_year", name="review_period"),
        _forms_check("issuer_forms"),
        _forms_check("member_forms"),
        sa.Index("ix_plans_issued_on_id", "issued_on", "id"),
    )

    id: uuid.UUID = id_field()
    code: str = Field(max_length=64)
    title: str = Field(max_length=500)
    issued_on: dt.date
    issuer_unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    issuer_name: str = Field(max_length=255)
    # L1 — the plan this one implements (plan 187 implements the province's plan 500)
    parent_plan_id: uuid.UUID | None = Field(default=None, foreign_key="plans.id", index=True)
    edition: int
    period_start_year: int
    period_end_year: int
    review_period_start_year: int
    review_period_end_year: int
    unit_plan_due_on: dt.date
    district_compilation_due_on: dt.date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date
    full_assembly_headcount_cap: int
    delegate_assembly_cap: int
    district_conference_cap: int
    exemplary_share_percent: int
    pilot_supervisor: str | None = Field(default=None, max_length=500)
    # B2 — [{"honour", "nominee_kind", "amount"}] in đồng, entered by the issuer; no default amount
    reward_amounts: list[dict[str, Any]] = Field(
        default_factory=list,
        sa_column=sa.Column(JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
    )
    # C1, L2 — the forms the plan allows at its issuer's conference and at its units' (plan 187: §II.2.2, §II.2.1)
    issuer_forms: list[str] = Field(
        default_factory=lambda: [f.value for f in PLAN_187_ISSUER_FORMS],
        sa_column=sa.Column(ARRAY(sa.String(32)), nullable=False),
    )
    member_forms: list[str] = Field(
        default_factory=lambda: [f.value for f in PLAN_187_MEMBER_FORMS],
        sa_column=sa.Column(ARRAY(sa.String(32)), nullable=False),
    )
    # C8, L2 — the extras the plan names for each level's agenda: [{"key", "title"}] (plan 187: §II.3)
    issuer_agenda_extras: list[dict[str, str]] = Field(
        default_factory=_extras, sa_column=sa.Column(JSONB, nullable=False)
    )
    member_agenda_extras: list[dict[str, str]] = Field(
        default_factory=_extras, sa_column=sa.Column(JSONB, nullable=False)
    )
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


# --- queries -----------------------------------------------------------------------------------


async def get_plan(session: AsyncSession, plan_id: uuid.UUID, *, for_update: bool = False) -> Plan | None:
    return await repository.get(session, Plan, plan_id, for_update=for_update)


async def implementing_issuers(session: AsyncSession, plan_id: uuid.UUID) -> set[uuid.UUID]:
    """L1 — the issuers of the plans implementing ``plan_id``."""
    stmt = select(col(Plan.issuer_unit_id)).where(col(Plan.parent_plan_id) == plan_id)
    return set((await session.execute(stmt)).scalars().all())


async def plan_of(session: AsyncSession, plan_id: uuid.UUID) -> Plan | None:
    """The plan by id, from the session when already loaded (the conference's, the submission's)."""
    return await repository.lookup(session, Plan, plan_id)


async def plans_by_ids(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, Plan]:
    """The plans of a page's rows, in one query."""
    return {p.id: p for p in (await session.execute(select(Plan).where(col(Plan.id).in_(ids)))).scalars()}


def plans_query(issuer_unit_id: uuid.UUID | None) -> Select[Any]:
    stmt = select(Plan)
    if issuer_unit_id is not None:
        stmt = stmt.where(col(Plan.issuer_unit_id) == issuer_unit_id)
    return stmt


async def plan_code_exists(session: AsyncSession, code: str) -> bool:
    """Is there a plan with this code (by any issuer)?"""
    return (await session.execute(select(Plan).where(col(Plan.code) == code))).first() is not None
