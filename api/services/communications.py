"""M1–M2 — communication activities: recorded by a unit, private to it (X2), with a link and/or
attachments (S6), a phase computed from its unit's conference day, counts for the district and
the reportage a conference shows as its documentary."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any, BinaryIO

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.concurrency import Work, offload
from api.db import communications as repo
from api.db import conferences as conferences_repo
from api.db import plans as plans_repo
from api.db.communications import ActivityAttachment, CommunicationActivity
from api.db.units import get_unit
from api.domain.access import Actor, can_see_private, private_scope
from api.domain.communications import (
    ActivityKind,
    Phase,
    check_documentary,
    check_keeps_evidence,
    check_link,
    has_evidence,
    phase_of,
)
from api.domain.plans import plan_involves
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.communications import (
    ActivityAttachmentPublic,
    ActivityCounts,
    ActivityCreate,
    ActivityPublic,
    ActivityUpdate,
    CountRow,
    UnitCount,
)
from api.services.attachments import read_verified, store_upload
from api.services.common import (
    audit,
    check_read_only,
    end_check,
    etag_of,
    flush,
    local_today,
    page,
    require_match,
    sync_order,
)
from api.services.conferences import may_organize
from api.services.spreadsheets.counts import CountCell, counts_xlsx
from api.storage import Storage

ENTITY = "communication_activity"


# --- shaping ----------------------------------------------------------------------------------


def public(a: CommunicationActivity, held_on: dt.date | None, attachments: int) -> ActivityPublic:
    return ActivityPublic(
        id=a.id,
        plan_id=a.plan_id,
        unit_id=a.unit_id,
        kind=ActivityKind(a.kind),
        title=a.title,
        channel=a.channel,
        occurred_on=a.occurred_on,
        link=a.link,
        documentary_conference_id=a.documentary_conference_id,
        phase=phase_of(a.occurred_on, held_on),
        conference_held_on=held_on,
        attachment_count=attachments,
        has_evidence=has_evidence(a.link, attachments),
        created_at=a.created_at,
        updated_at=a.updated_at,
    )


def attachment_public(a: ActivityAttachment) -> ActivityAttachmentPublic:
    return ActivityAttachmentPublic.model_validate(a, from_attributes=True)


async def _out(session: AsyncSession, activity_id: uuid.UUID) -> ActivityPublic:
    row = await repo.shaped_activity(session, activity_id)
    if row is None:
        raise NotFound
    return public(*row)


# --- access -----------------------------------------------------------------------------------


async def visible(
    session: AsyncSession, actor: Actor, activity_id: uuid.UUID, *, for_update: bool = False
) -> CommunicationActivity:
    """X2 — activities are private to their unit; anyone else gets 404."""
    a = await repo.get_activity(session, activity_id, for_update=for_update)
    if a is None or not can_see_private(actor, a.unit_id, a.district_id):
        raise NotFound
    return a


async def writable(session: AsyncSession, actor: Actor, activity_id: uuid.UUID) -> CommunicationActivity:
    """The activity locked for a write by its unit's organizer (others who see it: 403)."""
    a = await visible(session, actor, activity_id, for_update=True)
    if not may_organize(actor, a.unit_id, a.district_id):
        raise Forbidden
    return a


# --- reading ----------------------------------------------------------------------------------


async def list_activities(
    session: AsyncSession,
    actor: Actor,
    *,
    plan_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    kind: ActivityKind | None,
    documentary_conference_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[ActivityPublic]:
    stmt = repo.activities_query(
        private_scope(actor),
        plan_id=plan_id,
        unit_id=unit_id,
        kind=kind,
        documentary_conference_id=documentary_conference_id,
    )
    rows, nxt = await page(
        session,
        stmt,
        [col(CommunicationActivity.created_at), col(CommunicationActivity.id)],
        lambda r: (r[0].created_at, r[0].id),
        cursor=cursor,
        limit=limit,
        scalars=False,
        sync=sync_order(updated_after, CommunicationActivity.updated_at, CommunicationActivity.id),
    )
    return Page(items=[public(r[0], r[1], r[2]) for r in rows], next_cursor=nxt)


async def get_activity(session: AsyncSession, actor: Actor, activity_id: uuid.UUID) -> ActivityPublic:
    await visible(session, actor, activity_id)
    return await _out(session, activity_id)


# --- writing ----------------------------------------------------------------------------------


async def _flush(session: AsyncSession) -> None:
    await flush(session, {"uq_communication_activities_documentary": Problem("conflict", reason="documentary_named")})


async def _check_documentary(
    session: AsyncSession, kind: ActivityKind, unit_id: uuid.UUID, conference_id: uuid.UUID | None
) -> None:
    """M2 — the conference this reportage is the documentary of: one of its own unit, with the
    documentary on its agenda."""
    if conference_id is None:
        return
    conference = await conferences_repo.get_conference(session, conference_id)
    if conference is None:
        raise invalid_field("documentary_conference_id", "unknown_conference", rule="M2")
    check_documentary(kind, str(unit_id), str(conference.unit_id), conference.has_documentary)


async def create_activity(session: AsyncSession, actor: Actor, body: ActivityCreate) -> ActivityPublic:
    """M1 — an activity of the caller's unit (or the unit named, for the district admin)."""
    plan = await plans_repo.plan_of(session, body.plan_id)
    if plan is None:
        raise invalid_field("plan_id", "unknown_plan")
    unit_id = body.unit_id or actor.unit_id
    unit = await get_unit(session, unit_id) if unit_id else None
    if unit is None or not plan_involves(plan.issuer_unit_id, unit.id, unit.district_id):  # L2
        raise invalid_field("unit_id", "unknown_unit")
    if not may_organize(actor, unit.id, plan.issuer_unit_id):
        raise Forbidden
    link = check_link(body.link) if body.link is not None else None
    await _check_documentary(session, body.kind, unit.id, body.documentary_conference_id)
    a = CommunicationActivity(
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=plan.issuer_unit_id,  # L2 — the plan's issuer (plan 187: the unit's district)
        kind=body.kind.value,
        title=body.title,
        channel=body.channel,
        occurred_on=body.occurred_on,
        link=link,
        documentary_conference_id=body.documentary_conference_id,
        created_by=actor.id,
    )
    session.add(a)
    await _flush(session)
    out = await _out(session, a.id)
    audit(session, actor, "create", ENTITY, a.id, after=out, district_id=a.district_id)
    return out


async def update_activity(
    session: AsyncSession, actor: Actor, activity_id: uuid.UUID, body: ActivityUpdate, if_match: str | None
) -> ActivityPublic:
    a = await writable(session, actor, activity_id)
    before = await _out(session, a.id)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    given = body.model_fields_set
    for name in ("kind", "title", "channel", "occurred_on"):
        if name in given and getattr(body, name) is None:
            raise invalid_field(name, "missing")
    kind = body.kind if body.kind is not None else ActivityKind(a.kind)
    link = (check_link(body.link) if body.link is not None else None) if "link" in given else a.link
    if "link" in given and before.has_evidence:
        check_keeps_evidence(link, before.attachment_count)  # M1 — never left with neither
    documentary = (
        body.documentary_conference_id if "documentary_conference_id" in given else a.documentary_conference_id
    )
    await _check_documentary(session, kind, a.unit_id, documentary)
    changes: dict[str, Any] = {
        "kind": kind.value,
        "title": body.title or a.title,
        "channel": body.channel or a.channel,
        "occurred_on": body.occurred_on or a.occurred_on,
        "link": link,
        "documentary_conference_id": documentary,
    }
    if all(getattr(a, k) == v for k, v in changes.items()):
        return before  # nothing changed: no new update time, no audit record, same ETag
    for k, v in changes.items():
        setattr(a, k, v)
    await _flush(session)
    out = await _out(session, a.id)
    audit(session, actor, "update", ENTITY, a.id, before=before, after=out, district_id=a.district_id)
    return out


async def delete_activity(session: AsyncSession, actor: Actor, activity_id: uuid.UUID, if_match: str | None) -> None:
    """The activity and its attachments' records go; the audit log keeps the tombstone."""
    a = await writable(session, actor, activity_id)
    before = await _out(session, a.id)
    require_match(if_match, etag_of(before))
    await session.delete(a)
    await session.flush()
    audit(session, actor, "delete", ENTITY, a.id, before=before, district_id=a.district_id)


# --- attachments (S6) -------------------------------------------------------------------------


async def check_upload(session: AsyncSession, actor: Actor, activity_id: uuid.UUID) -> None:
    """Decided before the body of an upload is read: 404 for another unit's activity, 403 for one
    the caller may read but not write. ``upload`` decides again under the row lock."""
    a = await visible(session, actor, activity_id)
    if not may_organize(actor, a.unit_id, a.district_id):
        raise Forbidden
    await end_check(session)


async def upload(
    session: AsyncSession,
    actor: Actor,
    storage: Storage,
    max_bytes: int,
    activity_id: uuid.UUID,
    filename: str | None,
    spooled: BinaryIO,
) -> ActivityAttachmentPublic:
    """S6 — as a submission's attachment: hashed, typed from its bytes (ZIP judged from its
    directory), stored once per content, all in worker threads."""
    a = await writable(session, actor, activity_id)
    stored = await store_upload(storage, max_bytes, filename, spooled)
    row = ActivityAttachment(
        activity_id=a.id,
        filename=stored.filename,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
        created_by=actor.id,
    )
    session.add(row)
    await session.flush()  # a file whose row fails stays in the store: sweep_unreferenced
    await session.refresh(row)
    out = attachment_public(row)
    a.updated_at = row.created_at  # the activity's evidence changed: syncing clients see it
    await session.flush()
    audit(session, actor, "attach", ENTITY, a.id, after=out, district_id=a.district_id, unit_id=a.unit_id)
    return out


async def list_attachments(
    session: AsyncSession,
    actor: Actor,
    activity_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[ActivityAttachmentPublic]:
    await visible(session, actor, activity_id)
    rows, nxt = await page(
        session,
        repo.attachments_query(activity_id),
        [col(ActivityAttachment.created_at), col(ActivityAttachment.id)],
        lambda r: (r.created_at, r.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, ActivityAttachment.created_at, ActivityAttachment.id),
    )
    return Page(items=[attachment_public(r) for r in rows], next_cursor=nxt)


async def open_download(
    session: AsyncSession, actor: Actor, storage: Storage, activity_id: uuid.UUID, attachment_id: uuid.UUID
) -> tuple[ActivityAttachmentPublic, BinaryIO]:
    await visible(session, actor, activity_id)
    row = await repo.get_attachment(session, activity_id, attachment_id)
    if row is None:
        raise NotFound
    return attachment_public(row), await read_verified(storage, row.sha256)


async def delete_attachment(
    session: AsyncSession, actor: Actor, activity_id: uuid.UUID, attachment_id: uuid.UUID
) -> None:
    """M1 — refused when it is the last evidence (no link, no other file). Leaves a tombstone."""
    a = await writable(session, actor, activity_id)
    row = await repo.get_attachment(session, activity_id, attachment_id)
    if row is None:
        raise NotFound
    check_keeps_evidence(a.link, await repo.attachment_count(session, a.id) - 1, field="attachment_id")
    before = attachment_public(row)
    await session.delete(row)
    await session.flush()
    a.updated_at = dt.datetime.now(dt.UTC)
    await session.flush()
    audit(session, actor, "detach", ENTITY, a.id, before=before, district_id=a.district_id, unit_id=a.unit_id)


# --- M2: counts -------------------------------------------------------------------------------


async def counts(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> ActivityCounts:
    """M2 — the plan's activities counted by kind, unit and phase, over the units the caller may
    see (X2: an officer sees their unit's, the district admin their district's)."""
    plan = await plans_repo.plan_of(session, plan_id)
    if plan is None:
        raise NotFound
    cells: Counter[tuple[uuid.UUID, str, ActivityKind, Phase]] = Counter()
    for g in await repo.count_groups(session, plan_id, private_scope(actor)):
        cells[(g["unit_id"], g["unit_name"], ActivityKind(g["kind"]), phase_of(g["occurred_on"], g["held_on"]))] += int(
            g["count"]
        )
    rows = [
        CountRow(unit_id=u, unit_name=n, kind=k, phase=p, count=c)
        for (u, n, k, p), c in cells.items()  # groups arrive in the units' name order
    ]
    by_kind: Counter[ActivityKind] = Counter()
    by_phase: Counter[Phase] = Counter()
    by_unit: dict[uuid.UUID, UnitCount] = {}
    for r in rows:
        by_kind[r.kind] += r.count
        by_phase[r.phase] += r.count
        unit = by_unit.setdefault(r.unit_id, UnitCount(unit_id=r.unit_id, unit_name=r.unit_name, count=0))
        unit.count += r.count
    return ActivityCounts(
        plan_id=plan_id,
        total=sum(r.count for r in rows),
        by_kind={k: by_kind[k] for k in ActivityKind if by_kind[k]},
        by_phase={p: by_phase[p] for p in Phase if by_phase[p]},
        by_unit=list(by_unit.values()),
        rows=sorted(
            rows,
            key=lambda r: (
                list(by_unit).index(r.unit_id),
                list(ActivityKind).index(r.kind),
                list(Phase).index(r.phase),
            ),
        ),
    )


async def documentary_of(session: AsyncSession, conference_id: uuid.UUID) -> uuid.UUID | None:
    """M2 — the reportage a conference shows (for its compliance statement)."""
    return await repo.documentary_of(session, conference_id)


async def counts_export(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> bytes:
    """M2 — the counts as an XLSX with Vietnamese headers and a title block (built in a worker
    thread: compressing a workbook is CPU work)."""
    result = await counts(session, actor, plan_id)
    plan = await plans_repo.plan_of(session, plan_id)
    assert plan is not None
    cells = [CountCell(str(r.unit_id), r.unit_name, r.kind, r.phase, r.count) for r in result.rows]
    units = [(str(u.unit_id), u.unit_name) for u in result.by_unit]
    return await offload(Work.FILES, counts_xlsx, plan.issuer_name, plan.title, local_today(), units, cells)
