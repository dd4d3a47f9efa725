"""D2 — the rows the documents print: delegate lists, designations, the yearbook's presentations
and honoured exemplars. Lists come in the list's one order (``api.db.delegates.list_order``)."""

from __future__ import annotations

import uuid
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db.conferences import Conference
from api.db.delegates import Delegate, list_order
from api.db.nominations import Nomination
from api.db.scope import scope_condition
from api.db.submissions import Submission
from api.db.units import Unit
from api.domain.access import PrivateScope
from api.domain.nominations import NominationState
from api.domain.submissions import SubmissionKind, SubmissionState


class ListRow(NamedTuple):
    full_name: str
    position: str | None
    workplace: str | None
    category: str
    origin_unit: str | None


def _list_select() -> Any:
    return (
        sa.select(
            col(Delegate.full_name),
            col(Delegate.position),
            col(Delegate.workplace),
            col(Delegate.category),
            col(Unit.name).label("origin_unit"),
        )
        .outerjoin(Unit, col(Unit.id) == col(Delegate.origin_unit_id))
        .order_by(*list_order())
    )


async def delegate_rows(session: AsyncSession, conference_id: uuid.UUID) -> list[ListRow]:
    """The conference's delegate list in its one order."""
    result = await session.execute(_list_select().where(col(Delegate.conference_id) == conference_id))
    return [ListRow(*r) for r in result.all()]


async def designated_rows(
    session: AsyncSession, district_conference_id: uuid.UUID, unit_id: uuid.UUID
) -> list[ListRow]:
    """A10 — the unit's delegates on its district conference's list, in the list's order."""
    stmt = _list_select().where(
        col(Delegate.conference_id) == district_conference_id, col(Delegate.origin_unit_id) == unit_id
    )
    return [ListRow(*r) for r in (await session.execute(stmt)).all()]


class PresentationRow(NamedTuple):
    unit_name: str
    title: str
    presenter: str | None


class HonouredRow(NamedTuple):
    unit_name: str
    nominee_name: str
    honour: str
    honour_other: str | None
    achievements: str | None


def _where(*conditions: sa.ColumnElement[bool] | None) -> list[sa.ColumnElement[bool]]:
    return [c for c in conditions if c is not None]


async def approved_presentations(
    session: AsyncSession, plan_id: uuid.UUID, scope: PrivateScope
) -> list[PresentationRow]:
    """S3 — the plan's approved presentations the reader may see (X2), by unit then title."""
    stmt = (
        sa.select(col(Unit.name), col(Submission.title), col(Delegate.full_name))
        .join(Unit, col(Unit.id) == col(Submission.unit_id))
        .outerjoin(Delegate, col(Delegate.id) == col(Submission.presenter_delegate_id))
        .where(
            *_where(
                col(Submission.plan_id) == plan_id,
                col(Submission.kind) == SubmissionKind.PRESENTATION.value,
                col(Submission.state) == SubmissionState.APPROVED.value,
                scope_condition(scope, col(Submission.unit_id), col(Submission.district_id)),
            )
        )
        .order_by(col(Unit.name_folded), col(Submission.title), col(Submission.id))
    )
    return [PresentationRow(*r) for r in (await session.execute(stmt)).all()]


async def honoured(session: AsyncSession, plan_id: uuid.UUID, scope: PrivateScope) -> list[HonouredRow]:
    """D1 — the plan's awarded nominations (named in an award decision) the reader may see (X2),
    by unit then nominee."""
    stmt = (
        sa.select(
            col(Unit.name),
            col(Nomination.nominee_name),
            col(Nomination.honour),
            col(Nomination.honour_other),
            col(Nomination.achievements),
        )
        .join(Conference, col(Conference.id) == col(Nomination.conference_id))
        .join(Unit, col(Unit.id) == col(Nomination.unit_id))
        .where(
            *_where(
                col(Conference.plan_id) == plan_id,
                col(Nomination.state) == NominationState.AWARDED.value,
                scope_condition(scope, col(Nomination.unit_id), col(Nomination.district_id)),
            )
        )
        .order_by(col(Unit.name_folded), col(Nomination.nominee_key), col(Nomination.id))
    )
    return [HonouredRow(*r) for r in (await session.execute(stmt)).all()]
