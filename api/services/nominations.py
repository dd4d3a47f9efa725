"""Nominations: N1–N5 with council review (X3)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as conferences_repo
from api.db import delegates as delegates_repo
from api.db import nominations as repo
from api.db import participants as participants_repo
from api.db import plans as plans_repo
from api.db import units as units_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.nominations import Nomination
from api.domain.access import Actor, Participation, Reviewed, Role, may_decide, private_scope
from api.domain.delegates import Person, check_birth_date, same_person
from api.domain.errors import DomainError
from api.domain.nominations import (
    APPROVED_OR_AWARDED,
    LIVE,
    Basis,
    Honour,
    NomineeKind,
    Rank,
    State,
    check_editable,
    check_honour,
    check_nominee,
    leader_worker_ratio,
    nominee_key,
    transition,
)
from api.domain.text import fold
from api.problems import Forbidden, NotFound, invalid_field
from api.schemas.common import Page
from api.schemas.nominations import NominationCreate, NominationPublic, NominationStats, NominationUpdate
from api.services.common import (
    audit,
    changes_nothing,
    check_read_only,
    etag_of,
    flush,
    local_today,
    page,
    require_match,
    sync_order,
)
from api.services.conferences import check_private, may_organize, private_conference, sees_private
from api.services.units import check_unit_for_plan


def public(n: Nomination) -> NominationPublic:
    return NominationPublic.model_validate(n, from_attributes=True)


def may_propose(actor: Actor, unit_id: uuid.UUID, district_id: uuid.UUID) -> bool:
    """N3 — the organizer proposes; so may a member of the unit's council (who then cannot
    decide what they submitted, X3)."""
    if actor.role is Role.COUNCIL_REVIEWER and actor.unit_id == unit_id:
        return True
    return may_organize(actor, unit_id, district_id)


async def _visible(
    session: AsyncSession, actor: Actor, nomination_id: uuid.UUID, *, for_update: bool = False
) -> Nomination:
    n = await repo.get_nomination(session, nomination_id, for_update=for_update)
    conference = await conferences_repo.get_conference(session, n.conference_id) if n else None
    if n is None or conference is None or not sees_private(actor, conference):
        raise NotFound  # X2 — also for a reviewer of another unit trying to decide
    return n


def _key(n: Nomination) -> str:
    birth = n.birth_date.isoformat() if n.birth_date else None
    return nominee_key(NomineeKind(n.nominee_kind), n.nominee_name, n.national_id, birth, unique=str(n.id))


def _person(n: Nomination) -> Person:
    return Person(n.national_id, fold(n.nominee_name), n.birth_date.isoformat() if n.birth_date else None)


async def _check_live_duplicate(session: AsyncSession, n: Nomination) -> None:
    """N4 — one live nomination per nominee, the same person as A7 says (an ID on one side and
    name + birth date on the other included); checked under the conference's row lock."""
    await conferences_repo.get_conference(session, n.conference_id, for_update=True)
    if n.nominee_kind != NomineeKind.INDIVIDUAL.value:
        return
    me = _person(n)
    if any(same_person(me, _person(other)) for other in await repo.other_live_individuals(session, n)):
        raise DomainError("duplicate_nomination", "N4")


async def _flush(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_nominations_conference_id_nominee_key": DomainError("duplicate_nomination", "N4"),
            "x3_self_review": DomainError("self_review_forbidden", "X3"),  # the database's guard
        },
    )


async def _took_part(session: AsyncSession, actor: Actor, n: Nomination, how: Participation) -> None:
    """X3 — remembered in the write's transaction, under the nomination's row lock."""
    await participants_repo.record(session, Reviewed.NOMINATION, n.id, actor.id, how)


async def _check_delegate(session: AsyncSession, conference: Conference, delegate_id: uuid.UUID | None) -> None:
    if delegate_id is not None and await delegates_repo.get_delegate(session, conference.id, delegate_id) is None:
        raise invalid_field("delegate_id", "unknown_delegate")


def _validate(n: Nomination) -> None:
    check_birth_date(n.birth_date, local_today())
    rank = Rank(n.rank) if n.rank else None
    check_nominee(NomineeKind(n.nominee_kind), rank, n.works_directly)
    check_honour(Honour(n.honour), n.honour_other)


async def _check_unit_for_plan(session: AsyncSession, conference: Conference) -> None:
    """L3 — a nomination ties its conference's unit to the conference's plan."""
    unit = await units_repo.get_unit(session, conference.unit_id)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert unit is not None
    assert plan is not None
    check_unit_for_plan(unit, plan, field="conference_id")


async def create_nomination(session: AsyncSession, actor: Actor, body: NominationCreate) -> NominationPublic:
    conference = await private_conference(session, actor, body.conference_id)
    if not may_propose(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    await _check_unit_for_plan(session, conference)
    await _check_delegate(session, conference, body.delegate_id)
    values = body.model_dump()
    n = Nomination(
        **{k: (v.value if hasattr(v, "value") else v) for k, v in values.items()},
        id=uuid.uuid4(),
        unit_id=conference.unit_id,
        district_id=conference.district_id,
        nominee_key="",
        created_by=actor.id,
    )
    _validate(n)
    n.nominee_key = _key(n)
    await _check_live_duplicate(session, n)
    session.add(n)
    await _flush(session)
    await _took_part(session, actor, n, Participation.AUTHOR)
    await session.refresh(n)
    out = public(n)
    audit(session, actor, "create", "nomination", n.id, after=out, district_id=n.district_id)
    return out


async def update_nomination(
    session: AsyncSession, actor: Actor, nomination_id: uuid.UUID, body: NominationUpdate, if_match: str | None
) -> NominationPublic:
    n = await _visible(session, actor, nomination_id, for_update=True)
    if not may_propose(actor, n.unit_id, n.district_id):
        raise Forbidden
    before = public(n)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    check_editable(State(n.state))
    if changes_nothing(body, before):
        return before  # X3: repeating what is there makes nobody an editor
    changes = body.model_dump(exclude_unset=True)
    for name in ("nominee_name", "honour", "basis"):
        if name in changes and changes[name] is None:
            raise invalid_field(name, "blank")
    if "delegate_id" in changes:
        conference = await conferences_repo.get_conference(session, n.conference_id)
        assert conference is not None
        await _check_delegate(session, conference, changes["delegate_id"])
    for name, value in changes.items():
        setattr(n, name, value.value if hasattr(value, "value") else value)
    _validate(n)
    n.nominee_key = _key(n)
    await _check_live_duplicate(session, n)
    n.updated_at = utcnow()
    await _flush(session)
    await _took_part(session, actor, n, Participation.EDITOR)
    out = public(n)
    audit(session, actor, "update", "nomination", n.id, before=before, after=out, district_id=n.district_id)
    return out


async def act(
    session: AsyncSession, actor: Actor, nomination_id: uuid.UUID, action: str, reason: str | None
) -> NominationPublic:
    """N3 — submit, approve, reject, return, withdraw."""
    n = await _visible(session, actor, nomination_id, for_update=True)
    deciding = action in ("approve", "reject", "return")
    if deciding and not may_decide(actor, n.unit_id, n.district_id):
        raise Forbidden
    if not deciding and not may_propose(actor, n.unit_id, n.district_id):
        raise Forbidden
    before = public(n)
    participants = await participants_repo.participant_ids(session, Reviewed.NOMINATION, n.id)
    new_state = transition(action, State(n.state), actor_id=actor.id, participants=participants, reason=reason)
    now = utcnow()
    n.state = new_state.value
    if action == "submit":
        n.submitted_by, n.submitted_at, n.reason = actor.id, now, None
        await _took_part(session, actor, n, Participation.SUBMITTER)
    elif deciding:
        n.decided_by, n.decided_at, n.reason = actor.id, now, reason
    n.updated_at = now
    await _flush(session)
    out = public(n)
    audit(
        session, actor, action, "nomination", n.id, before=before, after=out, reason=reason, district_id=n.district_id
    )
    return out


async def get_nomination(session: AsyncSession, actor: Actor, nomination_id: uuid.UUID) -> NominationPublic:
    return public(await _visible(session, actor, nomination_id))


async def list_nominations(
    session: AsyncSession,
    actor: Actor,
    *,
    conference_id: uuid.UUID | None,
    state: State | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[NominationPublic]:
    if conference_id is not None:
        await private_conference(session, actor, conference_id)
    rows, nxt = await page(
        session,
        repo.nominations_query(private_scope(actor), conference_id, state),
        [col(Nomination.created_at), col(Nomination.id)],
        lambda n: (n.created_at, n.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Nomination.updated_at, Nomination.id),
    )
    return Page(items=[public(n) for n in rows], next_cursor=nxt)


async def stats(session: AsyncSession, actor: Actor, conference_id: uuid.UUID | None) -> NominationStats:
    """N5 — one pass over the nominations in scope, grouped in SQL. The breakdowns count what the
    council approved, awarded since or not; ``awarded_by_honour`` counts the awards (D1)."""
    if conference_id is not None:
        await check_private(session, actor, conference_id)
    rows = await repo.stats_rows(session, private_scope(actor), conference_id=conference_id)
    by_state: dict[str, int] = {s.value: 0 for s in State if s is not State.WITHDRAWN}
    by_honour: dict[str, int] = {h.value: 0 for h in Honour}
    by_basis: dict[str, int] = {b.value: 0 for b in Basis}
    by_rank: dict[str, int] = {r.value: 0 for r in Rank}
    awarded_by_honour: dict[str, int] = {h.value: 0 for h in Honour}
    approved = {s.value for s in APPROVED_OR_AWARDED}
    for state, honour, basis, rank, count in rows:
        by_state[state] += count
        if state == State.AWARDED.value:
            awarded_by_honour[honour] += count  # D1 — in an award decision
        if state in approved:
            by_honour[honour] += count
            by_basis[basis] += count
            if rank:
                by_rank[rank] += count
    return NominationStats(
        by_state=by_state,
        by_honour=by_honour,
        by_basis=by_basis,
        by_rank=by_rank,
        awarded_by_honour=awarded_by_honour,
        leader_worker_ratio=leader_worker_ratio(by_rank["leader"], by_rank["worker"]),
    )


__all__ = ["LIVE", "act", "create_nomination", "get_nomination", "list_nominations", "stats", "update_nomination"]
