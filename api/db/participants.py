"""X3 — everyone who authored, edited or submitted any version of what a council decides."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel, col

from api.db.base import created_field
from api.domain.access import Participation, Reviewed

ENTITIES = tuple(e.value for e in Reviewed)
ROLES = tuple(r.value for r in Participation)


class ReviewParticipant(SQLModel, table=True):
    """One row per (thing, person, way of taking part), written in the transaction of the write it
    records. The decision trigger of nominations and submissions reads it: a participant's
    decision is refused by the database too (migration b11a0a11b002)."""

    __tablename__ = "review_participants"
    __table_args__ = (
        sa.CheckConstraint(f"entity IN {ENTITIES}", name="entity"),
        sa.CheckConstraint(f"role IN {ROLES}", name="role"),
    )

    entity: str = Field(primary_key=True, max_length=16)
    entity_id: uuid.UUID = Field(primary_key=True)
    user_id: uuid.UUID = Field(sa_column=sa.Column(sa.Uuid, sa.ForeignKey("users.id"), primary_key=True))
    role: str = Field(primary_key=True, max_length=16)
    created_at: dt.datetime = created_field()


async def record(
    session: AsyncSession, entity: Reviewed, entity_id: uuid.UUID, user_id: uuid.UUID, role: Participation
) -> None:
    """X3 — remember that ``user_id`` took part; once is enough (the first time is kept)."""
    stmt = (
        insert(ReviewParticipant)
        .values(entity=entity.value, entity_id=entity_id, user_id=user_id, role=role.value)
        .on_conflict_do_nothing()
    )
    await session.execute(stmt)


async def participant_ids(session: AsyncSession, entity: Reviewed, entity_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """X3 — the ids of everyone who took part in any version."""
    stmt = sa.select(col(ReviewParticipant.user_id)).where(
        col(ReviewParticipant.entity) == entity.value, col(ReviewParticipant.entity_id) == entity_id
    )
    return frozenset((await session.execute(stmt)).scalars())


async def participants(
    session: AsyncSession, entity: Reviewed, entity_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[uuid.UUID, str]]]:
    """X3 — (user id, role) pairs per thing, in the order they took part, for the answers."""
    out: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {i: [] for i in entity_ids}
    if not entity_ids:
        return out
    stmt = (
        sa.select(col(ReviewParticipant.entity_id), col(ReviewParticipant.user_id), col(ReviewParticipant.role))
        .where(col(ReviewParticipant.entity) == entity.value, col(ReviewParticipant.entity_id).in_(entity_ids))
        .order_by(col(ReviewParticipant.created_at), col(ReviewParticipant.user_id), col(ReviewParticipant.role))
    )
    for entity_id, user_id, role in (await session.execute(stmt)).all():
        out[entity_id].append((user_id, role))
    return out
