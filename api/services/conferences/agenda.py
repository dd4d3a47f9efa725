"""The agenda (C8): stored as JSON on the conference, generated from the plan's flags, edited by the organizer."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import conferences as repo
from api.db import plans as plans_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.submissions import approved_presentation_ids
from api.domain.access import Actor
from api.domain.conferences import (
    AgendaItem,
    AgendaItemKind,
    agenda_spec,
    build_agenda,
    extras_for,
    tier_of,
)
from api.domain.submissions import check_presentations
from api.problems import Forbidden, invalid_field
from api.schemas.common import from_local_time, to_local_time
from api.schemas.conferences import (
    AgendaItemPublic,
    AgendaPublic,
    AgendaUpdate,
)
from api.services.common import (
    audit,
    check_read_only,
    etag_of,
    found,
    require_match,
)
from api.services.conferences.access import may_organize
from api.services.conferences.programme import after_change, snapshot_of

FLAGS = ("is_congress", "has_documentary", "has_exchange")


def _agenda_json(items: list[AgendaItem], presentations: list[str] | None = None) -> list[dict[str, Any]]:
    return [
        {
            "key": i.key,
            "title": i.title,
            "kind": i.kind,
            "start_time": i.start_time.isoformat() if i.start_time else None,
            **({"presentation_ids": presentations or []} if i.key == "presentations" else {}),
        }
        for i in items
    ]


def _presentation_ids(conference: Conference) -> list[str]:
    return next((list(i.get("presentation_ids") or []) for i in conference.agenda if i["key"] == "presentations"), [])


def _agenda_items(conference: Conference) -> list[AgendaItem]:
    return [
        AgendaItem(
            i["key"],
            i["title"],
            AgendaItemKind(i["kind"]),
            dt.time.fromisoformat(i["start_time"]) if i["start_time"] else None,
        )
        for i in conference.agenda
    ]


def _flags(conference: Conference) -> dict[str, bool]:
    return {f: bool(getattr(conference, f)) for f in FLAGS}


def agenda_public(conference: Conference, approved: set[uuid.UUID]) -> AgendaPublic:
    """S3 — the presentations item lists the approved presentations only (an approved one that
    was edited goes back to review and drops out until approved again)."""
    shown = [uuid.UUID(p) for p in _presentation_ids(conference) if uuid.UUID(p) in approved]
    return AgendaPublic(
        conference_id=conference.id,
        items=[
            AgendaItemPublic(
                key=i.key,
                title=i.title,
                kind=i.kind,
                start_time=from_local_time(i.start_time),
                presentation_ids=shown if i.key == "presentations" else [],
            )
            for i in _agenda_items(conference)
        ],
    )


async def get_agenda(session: AsyncSession, conference_id: uuid.UUID) -> AgendaPublic:
    conference = found(await repo.get_conference(session, conference_id))
    return agenda_public(conference, await approved_presentation_ids(session, conference.id))


async def put_agenda(
    session: AsyncSession, actor: Actor, conference_id: uuid.UUID, body: AgendaUpdate, if_match: str | None
) -> AgendaPublic:
    conference = found(await repo.get_conference(session, conference_id, for_update=True))
    if not may_organize(actor, conference.unit_id, conference.district_id):
        raise Forbidden
    approved = await approved_presentation_ids(session, conference.id)
    before = agenda_public(conference, approved)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    plan = await plans_repo.plan_of(session, conference.plan_id)
    assert plan is not None
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    extras = extras_for(  # C8, L2 — the extras the plan names for this conference's level
        tier_of(conference.unit_id, conference.district_id),
        issuer_extras=[(e["key"], e["title"]) for e in plan.issuer_agenda_extras],
        member_extras=[(e["key"], e["title"]) for e in plan.member_agenda_extras],
    )
    wanted = [(i.key, to_local_time(i.start_time)) for i in body.items]
    items = build_agenda(spec, _flags(conference), wanted, extras)
    for n, (sent, built) in enumerate(zip(body.items, items, strict=True)):
        check_read_only(sent, {"title": built.title, "kind": built.kind}, f"items.{n}.")
    shown = [str(p) for i in body.items if i.key == "presentations" for p in (i.presentation_ids or [])]
    if any(i.presentation_ids for i in body.items if i.key != "presentations"):
        raise invalid_field("items", "presentations_item_only", rule="C8")
    check_presentations(shown, {str(a) for a in approved})
    old_snapshot = snapshot_of(conference)
    conference.agenda = _agenda_json(items, shown)
    conference.updated_at = utcnow()
    await session.flush()
    await after_change(session, actor, conference, old_snapshot)  # P1
    out = agenda_public(conference, approved)
    audit(
        session, actor, "update", "agenda", conference.id, before=before, after=out, district_id=conference.district_id
    )
    return out
