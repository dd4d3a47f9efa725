"""Delegates (A1–A9) and designations upward to the district conference (A10)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncResult, AsyncSession
from sqlalchemy.sql import Select
from sqlmodel import Field, SQLModel, col, select

from api.db.audit import AuditEvent
from api.db.base import created_field, id_field, updated_field
from api.db.conferences import Conference
from api.db.engine import rows
from api.db.events import Event, mark_pending
from api.db.pagination import SYNC, KeysetQuery
from api.db.plans import Plan
from api.db.units import Unit
from api.domain.conferences import Tier, tier_of
from api.domain.delegates import EXEMPLARY, MAJORITY_ETHNICITY, Category, DelegateList, Gender, counts_toward_cap

# A5 — the categories and the exemplary ones, from the domain's enum (never copied by hand).
CATEGORIES = tuple(c.value for c in Category)


class Delegate(SQLModel, table=True):
    __tablename__ = "delegates"
    __table_args__ = (
        sa.CheckConstraint(f"category IN {CATEGORIES}", name="category"),
        sa.CheckConstraint("gender IS NULL OR gender IN ('male', 'female')", name="gender"),
        sa.CheckConstraint("province_commendations >= 0", name="province_commendations"),
        sa.CheckConstraint("national_id IS NULL OR national_id ~ '^[0-9]{12}$'", name="national_id"),
        # A7 — a person is on a list once: by national ID …
        sa.Index(
            "uq_delegates_conference_id_national_id",
            "conference_id",
            "national_id",
            unique=True,
            postgresql_where=sa.text("national_id IS NOT NULL"),
        ),
        # … or, without one, by folded name and birth date
        sa.Index(
            "uq_delegates_conference_id_name_folded_birth_date",
            "conference_id",
            "name_folded",
            "birth_date",
            unique=True,
            postgresql_where=sa.text("national_id IS NULL AND birth_date IS NOT NULL"),
        ),
        sa.Index("ix_delegates_conference_id_name_folded_id", "conference_id", "name_folded", "id"),
        sa.Index("ix_delegates_conference_id_origin_unit_id", "conference_id", "origin_unit_id"),
        sa.Index("ix_delegates_conference_id_sort_key_id", "conference_id", "sort_key", "id"),
        # A3, A4, A9 — a list's counts (``count_columns``) over many lists at once (the areas'
        # report, L1) read this index only
        sa.Index(
            "ix_delegates_conference_id_counts", "conference_id", postgresql_include=["pilot_invitee", "category"]
        ),
    )

    id: uuid.UUID = id_field()
    conference_id: uuid.UUID = Field(
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("conferences.id", ondelete="CASCADE"), nullable=False)
    )
    full_name: str = Field(max_length=255)
    name_folded: str = Field(max_length=255)
    # Vietnamese order (given name first, the alphabet's letters and tones) as a byte-ordered key,
    # so exports stream from the database already sorted.
    sort_key: str = Field(
        default="", sa_column=sa.Column(sa.String(2000, collation="C"), nullable=False, server_default="")
    )
    gender: str | None = Field(default=None, max_length=8)
    birth_date: dt.date | None = None
    ethnicity: str | None = Field(default=None, max_length=64)
    national_id: str | None = Field(default=None, max_length=12)
    phone: str | None = Field(default=None, max_length=20)
    position: str | None = Field(default=None, max_length=255)
    workplace: str | None = Field(default=None, max_length=255)
    economic_sector: str | None = Field(default=None, max_length=32)
    category: str = Field(max_length=32)
    province_commendations: int = Field(default=0)
    pilot_invitee: bool = Field(default=False)
    note: str | None = Field(default=None, max_length=1000)
    # A10 — a delegate designated upward points at the grassroots delegate it came from
    origin_delegate_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(sa.Uuid, sa.ForeignKey("delegates.id", ondelete="CASCADE"), unique=True),
    )
    origin_unit_id: uuid.UUID | None = Field(default=None, foreign_key="units.id")
    created_at: dt.datetime = created_field()
    updated_at: dt.datetime = updated_field()


# --- queries -----------------------------------------------------------------------------------


async def get_delegate(
    session: AsyncSession, conference_id: uuid.UUID, delegate_id: uuid.UUID, *, for_update: bool = False
) -> Delegate | None:
    stmt = select(Delegate).where(col(Delegate.id) == delegate_id, col(Delegate.conference_id) == conference_id)
    if for_update:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(stmt)).scalar_one_or_none()


async def designated_copy(session: AsyncSession, origin_delegate_id: uuid.UUID) -> Delegate | None:
    stmt = select(Delegate).where(col(Delegate.origin_delegate_id) == origin_delegate_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def has_designated_copies(session: AsyncSession, conference_id: uuid.UUID) -> bool:
    own = sa.select(col(Delegate.id)).where(col(Delegate.conference_id) == conference_id)
    stmt = sa.select(sa.exists().where(col(Delegate.origin_delegate_id).in_(own)))
    return bool((await session.execute(stmt)).scalar())


def is_exemplary() -> sa.ColumnElement[bool]:
    """A4, A5 in SQL: the category is one of the domain's ``EXEMPLARY`` (the list generated from
    the enum, written into the SQL so that a compiled-once statement keeps one plan)."""
    listed: list[sa.ColumnElement[str]] = [sa.literal_column(f"'{c.value}'") for c in Category if c in EXEMPLARY]
    condition: sa.ColumnElement[bool] = col(Delegate.category).in_(listed)
    return condition


def counted_toward_cap() -> sa.ColumnElement[bool]:
    """A9 in SQL: the delegates ``counts_toward_cap`` counts — its answer for each value of the
    flag written into the SQL (pilot invitees count neither toward the cap nor toward A4)."""
    counted = [sa.true() if flag else sa.false() for flag in (False, True) if counts_toward_cap(flag)]
    condition: sa.ColumnElement[bool] = col(Delegate.pilot_invitee).in_(counted) if counted else sa.false()
    return condition


def count_columns() -> list[sa.ColumnElement[int]]:
    """A list's counts in one scan: ``total`` counted toward the cap and A4, ``exemplary`` among
    them, A9 pilot ``invitees``."""
    counted = counted_toward_cap()
    return [
        sa.func.count().filter(counted).label("total"),
        sa.func.count().filter(counted, is_exemplary()).label("exemplary"),
        sa.func.count().filter(sa.not_(counted)).label("invitees"),
    ]


_COUNTS = sa.select(*count_columns()).where(col(Delegate.conference_id) == sa.bindparam("conference_id"))


async def counts(session: AsyncSession, conference_id: uuid.UUID) -> tuple[int, int, int]:
    """(delegates counted toward the cap and A4, exemplary among them, A9 invitees) in one scan."""
    row = (await rows(session, _COUNTS, {"conference_id": conference_id})).one()
    return int(row.total), int(row.exemplary), int(row.invitees)


def _list_facts_select() -> Any:
    return (
        sa.select(
            Conference,
            col(Unit.headcount),
            col(Unit.is_pilot),
            col(Plan.full_assembly_headcount_cap),
            col(Plan.delegate_assembly_cap),
            col(Plan.district_conference_cap),
            col(Plan.exemplary_share_percent),
        )
        .join(Unit, col(Unit.id) == col(Conference.unit_id))
        .join(Plan, col(Plan.id) == col(Conference.plan_id))
        .where(col(Conference.id) == sa.bindparam("conference_id"))
    )


_LIST_FACTS = _list_facts_select()
_LIST_FACTS_LOCKED = _LIST_FACTS.with_for_update(of=Conference).execution_options(populate_existing=True)


async def delegate_list(
    session: AsyncSession, conference_id: uuid.UUID, *, lock: bool = True
) -> tuple[Conference, DelegateList] | None:
    """The conference and its delegate list (``api.domain.delegates.DelegateList``), the row
    locked (``SELECT … FOR UPDATE OF conferences``) for a write: its assembly from the unit's
    headcount and the plan, finalized or not, the unit's pilot flag and the counts.

    Two statements, on purpose: the first takes the lock, the second counts. Under READ COMMITTED
    a statement sees the rows committed when it began; counted in the statement that waited for
    the lock, the list would miss the delegates the previous lock holder just added, and two
    writers racing for the last seat would both win (A3)."""
    stmt = _LIST_FACTS_LOCKED if lock else _LIST_FACTS
    row = (await session.execute(stmt, {"conference_id": conference_id})).one_or_none()
    if row is None:
        return None
    conference, headcount, is_pilot, full_cap, assembly_cap, district_cap, share = row
    total, exemplary, invitees = await counts(session, conference_id)
    return conference, DelegateList(
        district=tier_of(conference.unit_id, conference.district_id) is Tier.ISSUER,
        headcount=headcount,
        full_assembly_headcount_cap=full_cap,
        delegate_assembly_cap=assembly_cap,
        district_conference_cap=district_cap,
        finalized=conference.finalized_at is not None,
        unit_is_pilot=bool(is_pilot),
        share_percent=share,
        counted=total,
        exemplary=exemplary,
        invitees=invitees,
    )


async def conferences_of_unit(session: AsyncSession, unit_id: uuid.UUID) -> list[uuid.UUID]:
    """The unit's conferences (one per plan), in a stable order for locking them."""
    stmt = sa.select(col(Conference.id)).where(col(Conference.unit_id) == unit_id).order_by(col(Conference.id))
    return list((await session.execute(stmt)).scalars())


async def designated_count(session: AsyncSession, district_conference_id: uuid.UUID, unit_id: uuid.UUID) -> int:
    stmt = sa.select(sa.func.count()).where(
        col(Delegate.conference_id) == district_conference_id, col(Delegate.origin_unit_id) == unit_id
    )
    return int((await session.execute(stmt)).scalar_one())


class UniqueViolation(Exception):
    """A unique index refused a copied row (A7)."""


class BadValue(Exception):
    """A column refused a copied value."""


DUPLICATE_INDEXES = ("uq_delegates_conference_id_national_id", "uq_delegates_conference_id_name_folded_birth_date")


def _insert_audited() -> Any:
    """``WITH written AS (INSERT INTO delegates …), fed AS (INSERT INTO events …) INSERT INTO
    audit_events …``, built once with a parameter per column (``d_…`` the delegate's, ``e_…`` its
    feed event's, ``a_…`` the audit record's)."""
    delegates = Delegate.__table__  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    events = AuditEvent.__table__  # type: ignore[attr-defined]
    feed = Event.__table__  # type: ignore[attr-defined]
    written = sa.insert(delegates).values({c.name: sa.bindparam(f"d_{c.name}", type_=c.type) for c in delegates.c})
    fed = sa.insert(feed).values(
        {c.name: sa.bindparam(f"e_{c.name}", type_=c.type) for c in feed.c if c.name not in ("seq", "commit_seq")}
    )
    columns = [c for c in events.c if c.name != "id"]
    return (
        sa.insert(events)
        .values({c.name: sa.bindparam(f"a_{c.name}", type_=c.type) for c in columns})
        .add_cte(written.cte("written"), fed.cte("fed"))
    )


_INSERT_AUDITED = _insert_audited()


async def insert_delegate(
    session: AsyncSession, values: dict[str, Any], event: dict[str, Any], feed: dict[str, Any]
) -> None:
    """The delegate (``values``: every column), its audit record (X4, ``event``) and its feed
    event (F1, ``feed``) in one statement, one round trip. A unique index of A7 refusing the row
    raises ``UniqueViolation``."""
    params = (
        {f"d_{k}": v for k, v in values.items()}
        | {f"a_{k}": v for k, v in event.items()}
        | {f"e_{k}": v for k, v in feed.items()}
    )
    try:
        await session.execute(_INSERT_AUDITED, params)
        mark_pending(session)
    except IntegrityError as exc:
        if any(name in str(exc.orig) for name in DUPLICATE_INDEXES):
            raise UniqueViolation(str(exc.orig)) from None
        raise


async def copy_delegates(session: AsyncSession, columns: Sequence[str], records: list[tuple[Any, ...]]) -> None:
    """Bulk insert with PostgreSQL COPY, inside the request's transaction (an import of
    10,000 rows is one round trip instead of thousands of INSERT batches): ``records`` hold
    the values of ``columns`` in that order."""
    import asyncpg

    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    try:
        await driver.copy_records_to_table(Delegate.__tablename__, records=records, columns=list(columns))
    except asyncpg.UniqueViolationError as exc:
        raise UniqueViolation(str(exc)) from exc
    except asyncpg.DataError as exc:  # SQLSTATE class 22: a value the columns refuse
        raise BadValue(str(exc)) from exc


def list_order() -> list[sa.ColumnElement[Any]]:
    """The one order of a delegate list, on screen and in the exports: the stored Vietnamese
    sort key (``api.domain.collation.sort_key_text``), then the id."""
    table = Delegate.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    return [table.sort_key, table.id]


def export_rows(fields: Sequence[str]) -> Select[Any]:
    """An export's columns, then the name of the unit each delegate was designated from
    (``origin_unit``, A10), in the list's order; the caller adds the conference."""
    return (
        sa.select(*[getattr(Delegate, f) for f in fields], col(Unit.name).label("origin_unit"))
        .outerjoin(Unit, col(Unit.id) == col(Delegate.origin_unit_id))
        .order_by(*list_order())
    )


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE … ESCAPE '\\'``, the text's own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def page_reader(fields: Sequence[str], *, sync: bool = False) -> KeysetQuery:
    """A list's page of these columns in the Vietnamese order of ``api.domain.collation`` (the
    stored ``sort_key``, the index on conference, sort key, id) — the order the exports stream in;
    optional filters ``name_like`` (a LIKE pattern on the folded name) and ``category``. ``sync``:
    in update order, ``(updated_at, id)``, the rows updated after ``updated_after`` only."""
    table = Delegate.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely

    def build(filters: frozenset[str]) -> Select[Any]:
        stmt = sa.select(*[table[f] for f in fields], table.sort_key).where(
            table.conference_id == sa.bindparam("conference_id")
        )
        if "name_like" in filters:
            stmt = stmt.where(table.name_folded.like(sa.bindparam("name_like"), escape="\\"))
        if "category" in filters:
            stmt = stmt.where(table.category == sa.bindparam("category"))
        if "updated_after" in filters:
            stmt = stmt.where(table.updated_at > sa.bindparam("updated_after", type_=table.updated_at.type))
        return stmt

    if sync:
        return KeysetQuery(build, [table.updated_at, table.id], hidden=("sort_key",), tag=SYNC)
    return KeysetQuery(build, list_order(), hidden=("sort_key",))


async def people_on_list(
    session: AsyncSession,
    conference_id: uuid.UUID,
    ids: set[str],
    names: set[tuple[str, str]],
    *,
    whole_list: bool,
) -> list[tuple[str | None, str, dt.date | None]]:
    """A7 — (national id, folded name, birth date) of the list's delegates who may be one of a
    batch: those matching ``ids`` or ``names`` through the unique indexes, or the whole list."""
    stmt = sa.select(col(Delegate.national_id), col(Delegate.name_folded), col(Delegate.birth_date)).where(
        col(Delegate.conference_id) == conference_id
    )
    if not whole_list:
        clauses = []
        if ids:
            clauses.append(col(Delegate.national_id).in_(ids))
        if names:
            clauses.append(
                sa.tuple_(col(Delegate.name_folded), sa.cast(col(Delegate.birth_date), sa.String)).in_(list(names))
            )
        stmt = stmt.where(sa.or_(*clauses))
    return [(nid, name, birth) for nid, name, birth in (await session.execute(stmt)).all()]


def _alike() -> Any:
    d = Delegate.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    return sa.select(d.national_id, d.name_folded, d.birth_date).where(
        d.conference_id == sa.bindparam("conference_id"),
        sa.or_(
            d.national_id == sa.bindparam("national_id", type_=d.national_id.type),
            sa.and_(
                d.name_folded == sa.bindparam("name_folded"),
                d.birth_date == sa.bindparam("birth_date", type_=d.birth_date.type),
            ),
        ),
    )


_ALIKE = _alike()


async def people_alike(
    session: AsyncSession,
    conference_id: uuid.UUID,
    national_id: str | None,
    name_folded: str,
    birth_date: dt.date | None,
) -> list[tuple[str | None, str, dt.date | None]]:
    """A7 — the list's delegates with this national id, or this folded name and birth date (one
    person's candidates, through the unique indexes; a statement built once)."""
    params = {
        "conference_id": conference_id,
        "national_id": national_id,
        "name_folded": name_folded,
        "birth_date": birth_date,
    }
    return [(nid, name, birth) for nid, name, birth in (await session.execute(_ALIKE, params)).all()]


async def others_alike(
    session: AsyncSession, conference_id: uuid.UUID, delegate: Delegate
) -> list[tuple[str | None, str, dt.date | None]]:
    """A7 — others on the list with ``delegate``'s folded name and birth date, or its national id."""
    clauses = [
        sa.and_(col(Delegate.name_folded) == delegate.name_folded, col(Delegate.birth_date) == delegate.birth_date)
    ]
    if delegate.national_id:
        clauses.append(col(Delegate.national_id) == delegate.national_id)
    stmt = sa.select(col(Delegate.national_id), col(Delegate.name_folded), col(Delegate.birth_date)).where(
        col(Delegate.conference_id) == conference_id, col(Delegate.id) != delegate.id, sa.or_(*clauses)
    )
    return [(nid, name, birth) for nid, name, birth in (await session.execute(stmt)).all()]


async def stream_export_rows(
    session: AsyncSession, fields: Sequence[str], conference_id: uuid.UUID, batch: int
) -> AsyncResult[Any]:
    """The list's export rows from a server-side cursor, ``batch`` rows at a time."""
    stmt = export_rows(fields).execution_options(yield_per=batch)
    result: AsyncResult[Any] = await session.stream(stmt.where(col(Delegate.conference_id) == conference_id))
    return result


def designations_query(district_conference_id: uuid.UUID, unit_id: uuid.UUID) -> Select[Any]:
    """A10 — the unit's delegates on its district conference's list (paged by the caller)."""
    return select(Delegate).where(
        col(Delegate.conference_id) == district_conference_id, col(Delegate.origin_unit_id) == unit_id
    )


def _structure_counts() -> Select[int, int, int, int, int]:
    d = Delegate
    return sa.select(
        sa.func.count(),
        sa.func.count().filter(col(d.category) == Category.DIRECT_WORKER.value),
        sa.func.count().filter(col(d.gender) == Gender.FEMALE.value),
        sa.func.count().filter(
            sa.and_(col(d.ethnicity).is_not(None), sa.func.lower(col(d.ethnicity)) != MAJORITY_ETHNICITY)
        ),
        sa.func.count().filter(col(d.province_commendations) >= 2),
    ).where(col(d.conference_id) == sa.bindparam("conference_id"), counted_toward_cap())


_STRUCTURE_COUNTS = _structure_counts()


async def structure_counts(session: AsyncSession, conference_id: uuid.UUID) -> tuple[int, int, int, int, int]:
    """A6 — of the counted delegates: all, direct workers, women, ethnic minorities, commended twice or more."""
    total, direct, women, minorities, twice = (
        await rows(session, _STRUCTURE_COUNTS, {"conference_id": conference_id})
    ).one()
    return total, direct, women, minorities, twice


_SECTOR_COUNTS = (
    sa.select(col(Delegate.economic_sector), sa.func.count())
    .where(col(Delegate.conference_id) == sa.bindparam("conference_id"), counted_toward_cap())
    .group_by(col(Delegate.economic_sector))
    .order_by(col(Delegate.economic_sector))
)


async def sector_counts(session: AsyncSession, conference_id: uuid.UUID) -> list[tuple[str | None, int]]:
    """A6 — the counted delegates per economic sector, in sector order."""
    return [(s, n) for s, n in (await rows(session, _SECTOR_COUNTS, {"conference_id": conference_id})).all()]


async def designated_by_unit(session: AsyncSession, conference_id: uuid.UUID) -> dict[uuid.UUID | None, int]:
    """A10 — the district list's delegates per origin unit."""
    stmt = (
        sa.select(col(Delegate.origin_unit_id), sa.func.count())
        .where(col(Delegate.conference_id) == conference_id, col(Delegate.origin_unit_id).is_not(None))
        .group_by(col(Delegate.origin_unit_id))
    )
    return {u: int(n) for u, n in (await session.execute(stmt)).all()}
