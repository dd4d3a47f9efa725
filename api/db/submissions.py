"""Submissions (S1–S6): immutable versions, attachments stored outside the database."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field, utcnow
from api.db.engine import rows
from api.db.scope import scope_condition, scope_params
from api.domain.access import PrivateScope, Reach
from api.domain.submissions import Kind, State

KINDS = tuple(k.value for k in Kind)
STATES = tuple(s.value for s in State)


class Submission(SQLModel, table=True):
    __tablename__ = "submissions"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind"),
        sa.CheckConstraint(f"state IN {STATES}", name="state"),
        sa.CheckConstraint("kind <> 'presentation' OR conference_id IS NOT NULL", name="presentation_conference"),
        sa.CheckConstraint(
            f"kind <> '{Kind.PROGRAMME.value}' OR conference_id IS NOT NULL", name="programme_conference"
        ),
        # P1 — one programme per conference
        sa.Index(
            "uq_submissions_conference_id_programme",
            "conference_id",
            unique=True,
            postgresql_where=sa.text(f"kind = '{Kind.PROGRAMME.value}'"),
        ),
        # S1, S2 — one unit plan and one summary report per unit per plan
        sa.Index(
            "uq_submissions_plan_id_unit_id_kind",
            "plan_id",
            "unit_id",
            "kind",
            unique=True,
            postgresql_where=sa.text("kind IN ('unit_plan', 'summary_report')"),
        ),
        sa.Index("ix_submissions_plan_id_kind_unit_id", "plan_id", "kind", "unit_id"),
        sa.Index("ix_submissions_created_at_id", "created_at", "id"),
    )

    id: uuid.UUID = id_field()
    kind: str = Field(max_length=32)
    plan_id: uuid.UUID = Field(foreign_key="plans.id")
    unit_id: uuid.UUID = Field(foreign_key="units.id", index=True)
    district_id: uuid.UUID = Field(foreign_key="units.id")
    conference_id: uuid.UUID | None = Field(default=None, foreign_key="conferences.id", index=True)
    presenter_delegate_id: uuid.UUID | None = Field(
        default=None, sa_column=sa.Column(sa.Uuid, sa.ForeignKey("delegates.id", ondelete="SET NULL"))
    )
    title: str = Field(max_length=500)
    state: str = Field(default="draft", max_length=32)
    current_version: int = Field(default=1)
    received_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    # S1, S5 — when the latest received version arrived (``received_at`` keeps the first)
    last_received_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    reason: str | None = Field(default=None, max_length=2000)
    created_by: uuid.UUID | None = None
    submitted_by: uuid.UUID | None = None
    decided_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class SubmissionVersion(SQLModel, table=True):
    """S5 — every change is a new version; versions are never updated or deleted (trigger), except
    that ``received_at`` is set once, when the version is submitted. A received version is
    frozen, its attachments included."""

    __tablename__ = "submission_versions"

    submission_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("submissions.id"), primary_key=True))
    number: int = Field(primary_key=True)
    title: str = Field(max_length=500)
    content: dict[str, Any] = Field(default_factory=dict, sa_column=sa.Column(JSONB, nullable=False))
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    received_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))


class Attachment(SQLModel, table=True):
    """S6 — metadata here; the bytes under the attachment folder, addressed by SHA-256. S5 — an
    attachment belongs to the version it was added to (``version``) and to every later one until
    the version that removed it (``removed_in_version``)."""

    __tablename__ = "attachments"
    __table_args__ = (
        sa.Index("ix_attachments_submission_id_created_at_id", "submission_id", "created_at", "id"),
        sa.ForeignKeyConstraint(
            ["submission_id", "version"], ["submission_versions.submission_id", "submission_versions.number"]
        ),
        sa.CheckConstraint("removed_in_version IS NULL OR removed_in_version >= version", name="removed_in_version"),
    )

    id: uuid.UUID = id_field()
    submission_id: uuid.UUID = Field(foreign_key="submissions.id")
    version: int
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=128)
    size_bytes: int = Field(sa_type=sa.BigInteger)
    sha256: str = Field(max_length=64, index=True)
    removed_in_version: int | None = None
    created_by: uuid.UUID | None = None
    created_at: dt.datetime = created_field()
    deleted_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))


async def get_submission(
    session: AsyncSession, submission_id: uuid.UUID, *, for_update: bool = False
) -> Submission | None:
    return await repository.get(session, Submission, submission_id, for_update=for_update)


async def version_of(session: AsyncSession, submission_id: uuid.UUID, number: int) -> SubmissionVersion | None:
    """A version by its key, from the session when already loaded."""
    return await repository.lookup(session, SubmissionVersion, (submission_id, number))


async def versions_by_keys(
    session: AsyncSession, keys: list[tuple[uuid.UUID, int]]
) -> dict[tuple[uuid.UUID, int], SubmissionVersion]:
    """The versions of a page's rows by ``(submission_id, number)``, in one query."""
    if not keys:
        return {}
    stmt = select(SubmissionVersion).where(
        sa.tuple_(col(SubmissionVersion.submission_id), col(SubmissionVersion.number)).in_(keys)
    )
    return {(v.submission_id, v.number): v for v in (await session.execute(stmt)).scalars()}


def submissions_query(
    scope: PrivateScope,
    *,
    plan_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    kind: Kind | None,
    state: State | None,
) -> Select[Any]:
    """The submissions in ``scope`` (X2), filtered (paged by the caller)."""
    stmt = select(Submission)
    condition = scope_condition(scope, Submission.unit_id, Submission.district_id)
    if condition is not None:
        stmt = stmt.where(condition)
    for column, value in ((Submission.plan_id, plan_id), (Submission.unit_id, unit_id)):
        if value is not None:
            stmt = stmt.where(col(column) == value)
    if kind is not None:
        stmt = stmt.where(col(Submission.kind) == kind.value)
    if state is not None:
        stmt = stmt.where(col(Submission.state) == state.value)
    return stmt


def versions_query(submission_id: uuid.UUID) -> Select[Any]:
    """S5 — the submission's versions (paged by the caller)."""
    return select(SubmissionVersion).where(col(SubmissionVersion.submission_id) == submission_id)


def attachments_query(submission_id: uuid.UUID) -> Select[Any]:
    """The submission's attachments not removed (paged by the caller)."""
    return select(Attachment).where(
        col(Attachment.submission_id) == submission_id, col(Attachment.deleted_at).is_(None)
    )


async def get_attachment(
    session: AsyncSession, submission_id: uuid.UUID, attachment_id: uuid.UUID, *, include_deleted: bool = False
) -> Attachment | None:
    stmt = select(Attachment).where(col(Attachment.id) == attachment_id, col(Attachment.submission_id) == submission_id)
    if not include_deleted:
        stmt = stmt.where(col(Attachment.deleted_at).is_(None))
    return (await session.execute(stmt)).scalar_one_or_none()


async def hide_attachment(session: AsyncSession, attachment_id: uuid.UUID, *, removed_in_version: int | None) -> None:
    """S5 — the record is hidden, never erased: past versions keep what they referred to."""
    await session.execute(
        sa.update(Attachment)
        .where(col(Attachment.id) == attachment_id)
        .values(deleted_at=utcnow(), removed_in_version=removed_in_version)
    )


async def attachments_of(session: AsyncSession, submission_id: uuid.UUID) -> list[Attachment]:
    """S5 — every attachment a version of the submission ever held, removed ones included."""
    stmt = (
        sa.select(Attachment)
        .where(col(Attachment.submission_id) == submission_id)
        .order_by(col(Attachment.created_at), col(Attachment.id))
    )
    return list((await session.execute(stmt)).scalars())


async def approved_presentation_ids(session: AsyncSession, conference_id: uuid.UUID) -> set[uuid.UUID]:
    stmt = sa.select(col(Submission.id)).where(
        col(Submission.conference_id) == conference_id,
        col(Submission.kind) == "presentation",
        col(Submission.state) == "approved",
    )
    return set((await session.execute(stmt)).scalars().all())


async def programme_of(
    session: AsyncSession, conference_id: uuid.UUID, *, for_update: bool = False, for_share: bool = False
) -> Submission | None:
    """P1 — the conference's programme, if the unit has made one (``for_share``: its state held
    until the transaction ends, as finalize reads it)."""
    stmt = select(Submission).where(
        col(Submission.conference_id) == conference_id, col(Submission.kind) == Kind.PROGRAMME.value
    )
    if for_update or for_share:
        stmt = stmt.with_for_update(read=not for_update)
    return (await session.execute(stmt)).scalar_one_or_none()


def _present(condition: sa.ColumnElement[bool] | None) -> list[sa.ColumnElement[bool]]:
    return [] if condition is None else [condition]


class UnitPlanRow(NamedTuple):
    """S1 — a grassroots unit of the plan's district with its plan submission, if any."""

    issuer_unit_id: uuid.UUID
    unit_plan_due_on: dt.date
    unit_id: uuid.UUID | None
    unit_name: str | None
    submission_id: uuid.UUID | None
    received_at: dt.datetime | None
    last_received_at: dt.datetime | None
    state: str | None


def _unit_plans_query(reach: Reach) -> Select[Any]:
    """S1 with X2: the grassroots units of ``reach`` (the plan's row comes even when none is)."""
    from api.db.plans import Plan
    from api.db.units import Unit

    plan = (
        sa.select(col(Plan.id), col(Plan.issuer_unit_id), col(Plan.unit_plan_due_on))
        .where(col(Plan.id) == sa.bindparam("plan_id"))
        .subquery("p")
    )
    return (
        sa.select(
            plan.c.issuer_unit_id,
            plan.c.unit_plan_due_on,
            col(Unit.id).label("unit_id"),
            col(Unit.name).label("unit_name"),
            col(Submission.id).label("submission_id"),
            col(Submission.received_at),
            col(Submission.last_received_at),
            col(Submission.state),
        )
        .select_from(plan)
        .outerjoin(
            Unit,
            sa.and_(
                col(Unit.district_id) == plan.c.issuer_unit_id,
                col(Unit.id) != plan.c.issuer_unit_id,  # L2 — the units under the issuer, whatever their level
                *_present(scope_condition(PrivateScope(reach), Unit.id, Unit.district_id)),  # X2
            ),
        )
        .outerjoin(
            Submission,
            sa.and_(
                col(Submission.unit_id) == col(Unit.id),
                col(Submission.plan_id) == plan.c.id,
                col(Submission.kind) == sa.literal_column("'unit_plan'"),
            ),
        )
        .order_by(col(Unit.name_folded), col(Unit.id))
    )


_UNIT_PLANS = {reach: _unit_plans_query(reach) for reach in Reach}


async def unit_plans(session: AsyncSession, plan_id: uuid.UUID, scope: PrivateScope) -> list[UnitPlanRow]:
    """S1 — one query: a row per grassroots unit of the plan's district in ``scope`` (X2) in folded-name order,
    with the plan's ``issuer_unit_id`` and ``unit_plan_due_on`` and the unit's plan submission, if
    any (``submission_id``, ``received_at``, ``last_received_at``, ``state``). No rows: no such plan; one row with no
    ``unit_id``: a district without grassroots units."""
    params = {"plan_id": plan_id, **scope_params(scope)}
    return [UnitPlanRow(*row) for row in (await rows(session, _UNIT_PLANS[scope.reach], params)).all()]
