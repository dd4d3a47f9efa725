"""Tables and queries of the unit register and emulation blocks (U1–U3)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db import repository
from api.db.base import created_field, id_field, updated_field
from api.db.pagination import SYNC, KeysetQuery
from api.domain.units import ELSEWHERE, EXACT, NAME_PREFIX, REGISTER_START

UNIT_KINDS = ("commune", "town", "school", "enterprise", "agency", "district", "province")
LEVELS = ("grassroots", "district", "province")


class EmulationBlock(SQLModel, table=True):
    __tablename__ = "emulation_blocks"
    __table_args__ = (
        sa.UniqueConstraint("district_id", "name_folded"),
        sa.Index("ix_emulation_blocks_district_id_name_folded_id", "district_id", "name_folded", "id"),
    )

    id: uuid.UUID = id_field()
    district_id: uuid.UUID = Field(foreign_key="units.id", nullable=False)
    name: str = Field(max_length=255)
    name_folded: str = Field(max_length=255)
    description: str | None = Field(default=None, max_length=2000)
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


class Unit(SQLModel, table=True):
    __tablename__ = "units"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {UNIT_KINDS}", name="kind"),
        sa.CheckConstraint(f"level IN {LEVELS}", name="level"),
        # U1 — level follows from kind
        sa.CheckConstraint(
            "(kind = 'district') = (level = 'district') AND (kind = 'province') = (level = 'province')",
            name="level_matches_kind",
        ),
        # U2 — a grassroots unit has a headcount ≥ 0
        sa.CheckConstraint(
            "(headcount IS NOT NULL AND headcount >= 0) OR (headcount IS NULL AND level <> 'grassroots')",
            name="headcount",
        ),
        sa.Index("ix_units_name_folded_id", "name_folded", "id"),
        # L3 — a unit exists at least one day; only a closed unit has successors; codes are digits
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity"),
        sa.CheckConstraint("cardinality(successor_ids) = 0 OR valid_to IS NOT NULL", name="successors_closed"),
        sa.CheckConstraint("admin_code ~ '^[0-9]+$'", name="admin_code_digits"),
        sa.UniqueConstraint("admin_code"),
    )

    id: uuid.UUID = id_field()
    name: str = Field(max_length=255)
    name_folded: str = Field(max_length=255)
    kind: str = Field(max_length=16)
    level: str = Field(max_length=16)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="units.id", index=True)
    district_id: uuid.UUID | None = Field(default=None, foreign_key="units.id", index=True)
    headcount: int | None = Field(default=None)
    party_congress_date: dt.date | None = Field(default=None)
    is_pilot: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    # U3 — one column: a unit belongs to at most one block, guaranteed by the schema itself.
    block_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Uuid, sa.ForeignKey("emulation_blocks.id", ondelete="SET NULL", use_alter=True), index=True
        ),
    )
    # L3 — date-effective: the first and the last day the unit exists, the units it became
    valid_from: dt.date = Field(
        default=REGISTER_START, sa_column_kwargs={"server_default": sa.text(f"'{REGISTER_START.isoformat()}'")}
    )
    valid_to: dt.date | None = Field(default=None)
    successor_ids: list[uuid.UUID] = Field(
        default_factory=list,
        sa_column=sa.Column(ARRAY(sa.Uuid), nullable=False, server_default=sa.text("'{}'::uuid[]")),
    )
    admin_code: str | None = Field(default=None, max_length=8)
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


# Q1 — accent-insensitive search over the folded name, indexed (GIN), with no extension needed.
# Part of the table but not of the ORM mapping: only SQL reads it, no request loads it.
_search = sa.Column("search", TSVECTOR, sa.Computed("to_tsvector('simple'::regconfig, name_folded)", persisted=True))
Unit.__table__.append_column(_search)  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
sa.Index("ix_units_search", _search, postgresql_using="gin")


# --- queries -------------------------------------------------------------------------------


async def get_unit(session: AsyncSession, unit_id: uuid.UUID, *, for_update: bool = False) -> Unit | None:
    return await repository.get(session, Unit, unit_id, for_update=for_update)


async def ancestor_ids(session: AsyncSession, unit_id: uuid.UUID) -> set[uuid.UUID]:
    """Every ancestor of ``unit_id`` (one recursive query)."""
    tree = select(col(Unit.id), col(Unit.parent_id)).where(col(Unit.id) == unit_id).cte(recursive=True)
    parent = aliased(Unit)
    tree = tree.union_all(select(col(parent.id), col(parent.parent_id)).join(tree, col(parent.id) == tree.c.parent_id))
    rows = (await session.execute(select(tree.c.id))).scalars().all()
    return {r for r in rows if r != unit_id}


async def has_children(session: AsyncSession, unit_id: uuid.UUID) -> bool:
    stmt = select(sa.exists().where(col(Unit.parent_id) == unit_id))
    return bool((await session.execute(stmt)).scalar())


def unit_page_reader(fields: Sequence[str], *, sync: bool = False) -> KeysetQuery:
    """The register's page of these columns in folded-name order; optional filters ``tsquery``
    (Q1 — every folded word as a prefix, through the GIN index on ``search``), ``kind``,
    ``parent_id``, ``block_id``, ``district_id``. ``sync``: in update order, ``(updated_at,
    id)``, the rows updated after ``updated_after`` only."""
    table = Unit.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely

    def build(filters: frozenset[str]) -> Select[Any]:
        return _unit_select(fields, filters)

    if sync:
        return KeysetQuery(build, [table.updated_at, table.id], hidden=("name_folded",), tag=SYNC)
    return KeysetQuery(build, [table.name_folded, table.id], hidden=("name_folded",))


def _unit_select(fields: Sequence[str], filters: frozenset[str]) -> Select[Any]:
    table = Unit.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    stmt = sa.select(*[table[f] for f in fields], table.name_folded)
    if "tsquery" in filters:
        query = sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), sa.bindparam("tsquery", type_=sa.Text))
        stmt = stmt.where(table.search.op("@@")(query))
    for name in ("kind", "parent_id", "block_id", "district_id"):
        if name in filters:
            stmt = stmt.where(table[name] == sa.bindparam(name))
    if "as_of" in filters:
        # L3 — the units that exist that day (valid_to is their last day)
        as_of = sa.bindparam("as_of", type_=sa.Date)
        stmt = stmt.where(table.valid_from <= as_of, sa.or_(table.valid_to.is_(None), table.valid_to >= as_of))
    if "updated_after" in filters:
        stmt = stmt.where(table.updated_at > sa.bindparam("updated_after", type_=table.updated_at.type))
    return stmt


def search_rank_column(name_folded: sa.ColumnElement[str]) -> sa.Label[int]:
    """``api.domain.units.search_rank`` in SQL, given ``search_names(query words)`` as the
    parameter ``names`` (a text array) and the same with "%" appended as ``prefixes``: plain
    comparisons, cheap beside the search itself."""
    names = sa.bindparam("names", type_=ARRAY(sa.Text))
    prefixes = sa.bindparam("prefixes", type_=ARRAY(sa.Text))
    return sa.case(
        (name_folded == sa.func.any(names), sa.literal_column(str(EXACT))),
        (name_folded.like(sa.func.any(prefixes)), sa.literal_column(str(NAME_PREFIX))),
        else_=sa.literal_column(str(ELSEWHERE)),
    ).label("search_rank")


def unit_search_reader(fields: Sequence[str]) -> KeysetQuery:
    """A search of the register (``tsquery``, every folded word as a prefix, through the GIN
    index) ranked so that the unit whose own name matches comes first: the rank of
    ``search_rank_column`` (given ``names`` and ``prefixes``), then the folded name,
    then the id; the cursor carries the rank. Other filters as ``unit_page_reader``."""
    table = Unit.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    rank = search_rank_column(table.name_folded)

    def build(filters: frozenset[str]) -> Select[Any]:
        return _unit_select(fields, filters - {"names", "prefixes"}).add_columns(rank)

    return KeysetQuery(build, [rank, table.name_folded, table.id], hidden=("name_folded", "search_rank"))


def prefix_query(tokens: Sequence[str]) -> str:
    """Q1 — the tsquery text matching every token as a word prefix."""
    return " & ".join(f"{t}:*" for t in tokens)


async def units_by_ids(session: AsyncSession, ids: set[uuid.UUID], *, for_update: bool = False) -> list[Unit]:
    if not ids:
        return []
    stmt = select(Unit).where(col(Unit.id).in_(ids)).order_by(col(Unit.id))
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return list((await session.execute(stmt)).scalars().all())


async def get_block(session: AsyncSession, block_id: uuid.UUID, *, for_update: bool = False) -> EmulationBlock | None:
    return await repository.get(session, EmulationBlock, block_id, for_update=for_update)


def blocks_query(district_id: uuid.UUID | None) -> Select[Any]:
    stmt = select(EmulationBlock)
    if district_id is not None:
        stmt = stmt.where(col(EmulationBlock.district_id) == district_id)
    return stmt


async def block_members(session: AsyncSession, block_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Member ids of several blocks in one query (no N+1)."""
    out: dict[uuid.UUID, list[uuid.UUID]] = {b: [] for b in block_ids}
    if not block_ids:
        return out
    stmt = (
        select(col(Unit.block_id), col(Unit.id))
        .where(col(Unit.block_id).in_(block_ids))
        .order_by(col(Unit.name_folded), col(Unit.id))
    )
    for block_id, unit_id in (await session.execute(stmt)).all():
        out[uuid.UUID(str(block_id))].append(unit_id)
    return out


async def lock_tree(session: AsyncSession) -> None:
    """One move in the unit tree at a time (a transaction-scoped advisory lock)."""
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended("dhtt:unit-tree", 0))))


async def has_open_children(session: AsyncSession, unit_id: uuid.UUID, day: dt.date) -> bool:
    """L3 — whether a unit still valid on ``day`` lies directly under ``unit_id``."""
    stmt = select(
        sa.exists().where(
            col(Unit.parent_id) == unit_id, sa.or_(col(Unit.valid_to).is_(None), col(Unit.valid_to) >= day)
        )
    )
    return bool((await session.execute(stmt)).scalar())
