"""F1 — the event feed's table (an outbox written with the audit record, X4) and its reads.

Commit order: an event's ``seq`` is taken when its row is inserted, which is not the order in
which transactions commit (a transaction that inserted seq 7 may commit after one that inserted
seq 8; a reader that had passed 8 would never see 7). So the feed is ordered by ``commit_seq``,
a number each writing transaction takes just before it commits, while holding a transaction-level
advisory lock that it keeps until its COMMIT is done: the next writer takes its number only after
this one is visible, so numbers grow in commit order and a reader that sees number n sees every
number below it. The lock is held only from that point to the end of the commit (one UPDATE of
the transaction's own events and the COMMIT), not while the transaction does its work."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from api.db.base import created_field
from api.db.scope import scope_condition
from api.domain.access import PrivateScope

PENDING = "f1_events_pending"
"""``Session.info`` key: this transaction wrote events that still need their commit number."""

# The advisory lock serialising the numbering of commits (an arbitrary, fixed 64-bit key: "F1").
COMMIT_LOCK_KEY = 0x4631_0000_0001
COMMIT_SEQUENCE = "event_commits"


class Event(SQLModel, table=True):
    __tablename__ = "events"
    __table_args__ = (
        sa.Index("ix_events_commit_seq_seq", "commit_seq", "seq"),
        sa.Index("ix_events_pending", "seq", postgresql_where=sa.text("commit_seq IS NULL")),
    )

    seq: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    # Set just before the transaction commits (see the module's docstring); NULL only while uncommitted.
    commit_seq: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, nullable=True))
    type: str = Field(max_length=64)
    entity: str = Field(max_length=64)
    entity_id: str = Field(max_length=64)
    unit_id: uuid.UUID | None = Field(default=None)
    district_id: uuid.UUID | None = Field(default=None)
    public: bool
    etag: str | None = Field(default=None, max_length=64)
    occurred_at: dt.datetime = created_field()


# One round trip: take the commit lock (held until the transaction ends), then draw the number —
# ``n`` reads from ``l``, so the number is drawn only once the lock is held — and stamp this
# transaction's events (the only ones a statement sees without a number: every committed event has one).
_NUMBER = sa.text(
    f"WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock({COMMIT_LOCK_KEY})), "
    f"n AS (SELECT nextval('{COMMIT_SEQUENCE}') AS v FROM l) "
    "UPDATE events SET commit_seq = n.v FROM n WHERE events.commit_seq IS NULL"
)


@sa_event.listens_for(Session, "before_commit")
def _number_commit(session: Session) -> None:
    """F1 — give this transaction's events their commit number, under the commit lock."""
    if not session.info.get(PENDING):
        return
    session.flush()
    session.execute(_NUMBER)


@sa_event.listens_for(Session, "after_commit")
@sa_event.listens_for(Session, "after_rollback")
@sa_event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, *_: object) -> None:
    session.info.pop(PENDING, None)


def add_event(session: AsyncSession, values: dict[str, Any]) -> None:
    """The event of an audited change, in the change's transaction (numbered when it commits)."""
    session.add(Event(**values))
    mark_pending(session)


def mark_pending(session: AsyncSession) -> None:
    """The transaction wrote events (by ``add_event`` or in a statement of its own): number them
    when it commits."""
    session.info[PENDING] = True


FEED_COLUMNS = ("commit_seq", "seq", "type", "entity", "entity_id", "unit_id", "district_id", "occurred_at", "etag")


async def feed_page(
    session: AsyncSession, scope: PrivateScope, after: tuple[int, int], limit: int
) -> list[sa.Row[Any]]:
    """F1 — the committed events after ``after`` (commit number, seq) in commit order, X2: the
    public records' events and those of the records in ``scope``."""
    e = Event.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    stmt = (
        sa.select(*[e[name] for name in FEED_COLUMNS])
        .where(e.commit_seq.is_not(None))
        .where(sa.tuple_(e.commit_seq, e.seq) > sa.tuple_(sa.literal(after[0]), sa.literal(after[1])))
        .order_by(e.commit_seq, e.seq)
        .limit(limit)
    )
    own = scope_condition(scope, e.unit_id, e.district_id)
    if own is not None:
        stmt = stmt.where(sa.or_(e.public, own))
    return list((await session.execute(stmt)).all())


async def feed_head(session: AsyncSession) -> tuple[int, int]:
    """F1 — the position of the newest committed event ((0, 0) when there is none): a new
    subscription is delivered what commits after it."""
    e = Event.__table__.c  # type: ignore[attr-defined]  # SQLModel declares __table__ loosely
    stmt = (
        sa.select(e.commit_seq, e.seq)
        .where(e.commit_seq.is_not(None))
        .order_by(e.commit_seq.desc(), e.seq.desc())
        .limit(1)
    )
    row = (await session.execute(stmt)).first()
    return (0, 0) if row is None else (int(row[0]), int(row[1]))
