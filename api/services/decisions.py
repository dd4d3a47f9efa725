"""D1 — the register of award decisions; D2 — the award decision as a DOCX."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.concurrency import Work, offload
from api.db import decisions as repo
from api.db import units as units_repo
from api.db.base import utcnow
from api.db.decisions import AwardDecision, AwardDecisionItem, AwardRow
from api.domain.access import Actor, can_see_private
from api.domain.decisions import (
    COMMITTEE_KINDS,
    Authority,
    authority_of,
    check_awardable,
    check_decided_on,
    check_distinct,
    check_honour_proposed,
    check_number,
    may_record,
)
from api.domain.errors import DomainError
from api.domain.nominations import Honour, NomineeKind, State, transition
from api.domain.units import UnitKind
from api.problems import Forbidden, NotFound
from api.schemas.common import Page
from api.schemas.decisions import Award, AwardDecisionCreate, AwardDecisionPublic
from api.services import nominations as nominations_service
from api.services.common import audit, flush, local_today, page, sync_order
from api.services.documents.decision import DecisionDocument, DocumentRow, decision_letter
from api.services.documents.layout import render, template_path


def _public(d: AwardDecision, authority_name: str, awards: list[AwardRow]) -> AwardDecisionPublic:
    return AwardDecisionPublic(
        id=d.id,
        authority_unit_id=d.authority_unit_id,
        authority_unit_name=authority_name,
        number=d.number,
        year=d.year,
        decided_on=d.decided_on,
        signer_name=d.signer_name,
        signer_title=d.signer_title,
        honour=Honour(d.honour),
        awards=[
            Award(
                nomination_id=a.nomination_id,
                nominee_kind=NomineeKind(a.nominee_kind),
                nominee_name=a.nominee_name,
                unit_id=a.unit_id,
                unit_name=a.unit_name,
            )
            for a in awards
        ],
        created_by=d.created_by,
        created_at=d.created_at,
        updated_at=d.updated_at,
    )


async def _publics(session: AsyncSession, decisions: list[AwardDecision]) -> list[AwardDecisionPublic]:
    names = await repo.unit_names(session, {d.authority_unit_id for d in decisions})
    by_decision: dict[uuid.UUID, list[AwardRow]] = {}
    for a in await repo.awards_of(session, [d.id for d in decisions]):
        by_decision.setdefault(a.decision_id, []).append(a)
    return [_public(d, names.get(d.authority_unit_id, ""), by_decision.get(d.id, [])) for d in decisions]


async def create_decision(session: AsyncSession, actor: Actor, body: AwardDecisionCreate) -> AwardDecisionPublic:
    """D1 — record a decision: every nomination approved, proposing the decision's honour, of one
    authority; each becomes ``awarded`` (N3), audited."""
    number = check_number(body.number)
    check_decided_on(body.decided_on, local_today())
    check_distinct(body.nomination_ids)
    locked = await repo.lock_nominations(session, list(body.nomination_ids))
    authority: Authority | None = None
    provinces: dict[uuid.UUID, uuid.UUID | None] = {}
    for i, nomination_id in enumerate(body.nomination_ids):
        n = locked.get(nomination_id)
        if n is None or not can_see_private(actor, n.unit_id, n.district_id):
            raise NotFound  # X2 — a nomination the caller may not see is one that does not exist
        check_honour_proposed(body.honour, Honour(n.honour), i)
        if n.district_id not in provinces:
            provinces[n.district_id] = await repo.province_of(session, n.district_id)
        mine = authority_of(body.honour, n.unit_id, n.district_id, provinces[n.district_id])
        if authority is not None and mine != authority:
            raise DomainError("validation_error", "D1", field=f"nomination_ids.{i}", reason="other_authority")
        authority = mine
    assert authority is not None  # at least one nomination (the schema)
    if not may_record(actor, authority, {n.district_id for n in locked.values()}):
        raise Forbidden
    for nomination_id in body.nomination_ids:
        check_awardable(State(locked[nomination_id].state))
    decision = AwardDecision(
        id=uuid.uuid4(),
        authority_unit_id=authority.unit_id,
        number=number,
        year=body.decided_on.year,
        decided_on=body.decided_on,
        signer_name=body.signer_name,
        signer_title=body.signer_title,
        honour=body.honour.value,
        created_by=actor.id,
    )
    session.add(decision)
    await _flush(session)
    now = utcnow()
    for position, nomination_id in enumerate(body.nomination_ids, start=1):
        n = locked[nomination_id]
        before = nominations_service.public(n)
        session.add(
            AwardDecisionItem(decision_id=decision.id, nomination_id=n.id, honour=body.honour.value, position=position)
        )
        n.state = transition("award", State(n.state), actor_id=actor.id, participants=(), reason=None).value
        n.updated_at = now
        audit(
            session,
            actor,
            "award",
            "nomination",
            n.id,
            before=before,
            after=nominations_service.public(n),
            reason=number,
            district_id=n.district_id,
        )
    await _flush(session)
    await session.refresh(decision)
    out = (await _publics(session, [decision]))[0]
    audit(session, actor, "create", "award_decision", decision.id, after=out, district_id=authority.district_id)
    return out


async def _flush(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_award_decision_items_nomination_id_honour": DomainError("already_awarded", "D1"),
            "uq_award_decisions_authority_unit_id_year_number": DomainError(
                "conflict", "D1", field="number", reason="number_taken"
            ),
        },
    )


async def get_decision(session: AsyncSession, actor: Actor, decision_id: uuid.UUID) -> AwardDecisionPublic:
    """D1 — public to every signed-in reader."""
    d = await repo.get_decision(session, decision_id)
    if d is None:
        raise NotFound
    return (await _publics(session, [d]))[0]


async def list_decisions(
    session: AsyncSession,
    actor: Actor,
    *,
    authority_unit_id: uuid.UUID | None,
    year: int | None,
    honour: Honour | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[AwardDecisionPublic]:
    """D1 — the register by authority and year, newest first."""
    rows, nxt = await page(
        session,
        repo.decisions_query(authority_unit_id, year, honour),
        [col(AwardDecision.decided_on), col(AwardDecision.id)],
        lambda d: (d.decided_on, d.id),
        cursor=cursor,
        limit=limit,
        descending=True,
        sync=sync_order(updated_after, AwardDecision.updated_at, AwardDecision.id),
    )
    return Page(items=await _publics(session, list(rows)), next_cursor=nxt)


# --- D2: the decision as a document ---------------------------------------------------------------


async def document(session: AsyncSession, actor: Actor, decision_id: uuid.UUID) -> bytes:
    """D2 — the award decision in the Decree 30/2020 layout, with its annexed list (DOCX),
    rendered in a worker thread."""
    d = await get_decision(session, actor, decision_id)
    unit = await units_repo.get_unit(session, d.authority_unit_id)
    assert unit is not None
    doc = DecisionDocument(
        issuer_name=unit.name,
        issuer_is_committee=UnitKind(unit.kind) in COMMITTEE_KINDS,
        number=d.number,
        decided_on=d.decided_on,
        signer_name=d.signer_name,
        signer_title=d.signer_title,
        honour=d.honour,
        rows=[DocumentRow(a.nominee_name, NomineeKind(a.nominee_kind), a.unit_name, d.honour) for a in d.awards],
    )
    # the district's own template first (a province's decision: the deployment's)
    path = template_path("decision", unit.district_id)
    return await offload(Work.FILES, render, decision_letter(doc), path)
