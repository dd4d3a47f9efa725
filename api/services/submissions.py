"""Submissions: unit plans (S1), summary reports (S2), presentations (S3), the district
compilation (S4), immutable versions (S5) and attachments (S6)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from api.db import conferences as conferences_repo
from api.db import delegates as delegates_repo
from api.db import participants as participants_repo
from api.db import plans as plans_repo
from api.db import submissions as submissions_repo
from api.db.base import utcnow
from api.db.conferences import Conference
from api.db.pagination import InvalidCursor, sequence_page
from api.db.plans import Plan
from api.db.submissions import Attachment, Submission, SubmissionVersion
from api.db.units import Unit, get_unit
from api.domain.access import (
    Actor,
    Participation,
    Reviewed,
    Role,
    administers,
    can_see_private,
    may_decide,
    private_scope,
)
from api.domain.delegates import EXEMPLARY, Category
from api.domain.errors import DomainError
from api.domain.nominations import leader_worker_ratio
from api.domain.plans import plan_involves
from api.domain.submissions import (
    REPORT_SECTIONS,
    Kind,
    Registered,
    State,
    changed_after_due,
    check_programme_decider,
    check_programme_unit,
    check_report_complete,
    check_sections_known,
    missing_sections,
    on_time,
    percent,
    received_on_change,
    state_after_conference_change,
    state_after_edit,
    transition,
    version_frozen,
)
from api.problems import Forbidden, NotFound, Problem, invalid_field
from api.schemas.common import Page
from api.schemas.submissions import (
    Content,
    ContentIn,
    Figures,
    FiguresIn,
    SectionHeading,
    SubmissionCreate,
    SubmissionPublic,
    SubmissionUpdate,
    SubmitBody,
    UnitPlanStatusReport,
    VersionPublic,
)
from api.services.common import (
    audit,
    check_read_only,
    etag_of,
    flush,
    found,
    page,
    require_match,
    sync_order,
)
from api.services.conferences import may_organize
from api.services.conferences.programme import snapshot_of
from api.services.units import check_unit_for_plan

DEFAULT_TITLES = {
    Kind.UNIT_PLAN: "Kế hoạch tổ chức Hội nghị điển hình tiên tiến",
    Kind.SUMMARY_REPORT: "Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng 5 năm",
    Kind.PRESENTATION: "Báo cáo tham luận",
    Kind.DISTRICT_COMPILATION: "Tổng hợp nội dung, chương trình Hội nghị điển hình tiên tiến cấp huyện",
    Kind.PROGRAMME: "Nội dung chương trình tổ chức Hội nghị điển hình tiên tiến (đơn vị chỉ đạo điểm)",
}


# --- shaping ----------------------------------------------------------------------------------


def figures_out(raw: dict[str, Any] | None) -> Figures | None:
    """S2 — percentages and the leader/worker ratio computed from the typed counts."""
    if raw is None:
        return None
    f = FiguresIn.model_validate(raw)
    return Figures(
        **f.model_dump(),
        collectives_percent=percent(f.collectives_registered, f.collectives_total),
        individuals_percent=percent(f.individuals_registered, f.individuals_total),
        leader_worker_ratio=leader_worker_ratio(f.leaders_commended, f.workers_commended),
        commendations_total=sum(c.count for c in f.commendations),
    )


def content_out(raw: dict[str, Any]) -> Content:
    return Content(
        text=raw.get("text"),
        sections=raw.get("sections"),
        figures=figures_out(raw.get("figures")),
        snapshot=raw.get("snapshot"),
    )


def public(s: Submission, version: SubmissionVersion, due: dt.date | None) -> SubmissionPublic:
    kind = Kind(s.kind)
    plan_due = due if kind is Kind.UNIT_PLAN else None
    return SubmissionPublic(
        id=s.id,
        kind=kind,
        plan_id=s.plan_id,
        unit_id=s.unit_id,
        conference_id=s.conference_id,
        presenter_delegate_id=s.presenter_delegate_id,
        title=s.title,
        state=State(s.state),
        current_version=s.current_version,
        received_at=s.received_at,
        on_time=on_time(s.received_at, plan_due) if s.received_at and plan_due else None,
        last_received_at=s.last_received_at,
        changed_after_due=changed_after_due(s.received_at, s.last_received_at, plan_due) if plan_due else None,
        reason=s.reason,
        content=content_out(version.content),
        missing_sections=missing_sections(version.content.get("sections") or {})
        if kind is Kind.SUMMARY_REPORT
        else None,
        created_at=s.created_at,
        updated_at=s.updated_at,
    )


def version_public(v: SubmissionVersion, attachments: list[Attachment]) -> VersionPublic:
    """S5 — a version as it was received, with the attachments it holds."""
    return VersionPublic(
        number=v.number,
        title=v.title,
        content=content_out(v.content),
        created_by=v.created_by,
        created_at=v.created_at,
        attachment_ids=[a.id for a in attachments if a.version <= v.number < (a.removed_in_version or v.number + 1)],
    )


async def _version(session: AsyncSession, submission_id: uuid.UUID, number: int) -> SubmissionVersion | None:
    return await submissions_repo.version_of(session, submission_id, number)


async def _out(session: AsyncSession, s: Submission) -> SubmissionPublic:
    version = await _version(session, s.id, s.current_version)
    plan = await plans_repo.plan_of(session, s.plan_id)
    assert version is not None
    assert plan is not None
    return public(s, version, plan.unit_plan_due_on)


# --- access -----------------------------------------------------------------------------------


async def visible(
    session: AsyncSession, actor: Actor, submission_id: uuid.UUID, *, for_update: bool = False
) -> Submission:
    """X2 — submissions are private to their unit; anyone else gets 404."""
    s = await submissions_repo.get_submission(session, submission_id, for_update=for_update)
    if s is None or not can_see_private(actor, s.unit_id, s.district_id):
        raise NotFound
    return s


def _content(
    kind: Kind, text: str | None, sections: dict[str, str] | None, figures: FiguresIn | None
) -> dict[str, Any]:
    if kind is Kind.SUMMARY_REPORT:
        sections = dict(sorted((sections or {}).items()))
        check_sections_known(sections)
        if figures is not None:
            Registered(figures.collectives_registered, figures.collectives_total).check(
                "figures.collectives_registered"
            )
            Registered(figures.individuals_registered, figures.individuals_total).check(
                "figures.individuals_registered"
            )
        return {"sections": sections, "figures": figures.model_dump() if figures else None}
    if sections is not None or figures is not None:
        raise invalid_field("sections" if sections is not None else "figures", "not_for_kind", rule="S2")
    return {"text": text or ""}


def _incoming(body: SubmissionCreate | SubmissionUpdate, before: Content | None) -> ContentIn:
    """The content a body sends: nested in ``content`` as GET answers it (its computed parts
    unchanged), or in the deprecated flat fields; not both."""
    flat: set[str] = {name for name in ("text", "sections", "figures") if name in body.model_fields_set}
    if body.content is None:
        return ContentIn.model_validate(body.model_dump(include=flat))
    if flat:
        raise invalid_field("content", "content_twice")
    check_read_only(body.content, before, "content.")
    if body.content.figures is not None:
        check_read_only(body.content.figures, before.figures if before else None, "content.figures.")
    return body.content


# --- reading ----------------------------------------------------------------------------------


async def list_submissions(
    session: AsyncSession,
    actor: Actor,
    *,
    plan_id: uuid.UUID | None,
    unit_id: uuid.UUID | None,
    kind: Kind | None,
    state: State | None,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[SubmissionPublic]:
    stmt = submissions_repo.submissions_query(
        private_scope(actor), plan_id=plan_id, unit_id=unit_id, kind=kind, state=state
    )
    rows, nxt = await page(
        session,
        stmt,
        [col(Submission.created_at), col(Submission.id)],
        lambda s: (s.created_at, s.id),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, Submission.updated_at, Submission.id),
    )
    versions = await submissions_repo.versions_by_keys(session, [(s.id, s.current_version) for s in rows])
    plans = await plans_repo.plans_by_ids(session, {s.plan_id for s in rows})
    items = [public(s, versions[(s.id, s.current_version)], plans[s.plan_id].unit_plan_due_on) for s in rows]
    return Page(items=items, next_cursor=nxt)


async def get_submission(session: AsyncSession, actor: Actor, submission_id: uuid.UUID) -> SubmissionPublic:
    return await _out(session, await visible(session, actor, submission_id))


async def list_versions(
    session: AsyncSession,
    actor: Actor,
    submission_id: uuid.UUID,
    *,
    cursor: str | None,
    limit: int,
    updated_after: dt.datetime | None = None,
) -> Page[VersionPublic]:
    """S5 — the versions in order; append-only, so their creation time is their update time."""
    await visible(session, actor, submission_id)
    rows, nxt = await page(
        session,
        submissions_repo.versions_query(submission_id),
        [col(SubmissionVersion.number)],
        lambda v: (v.number,),
        cursor=cursor,
        limit=limit,
        sync=sync_order(updated_after, SubmissionVersion.created_at, SubmissionVersion.number),
    )
    attachments = await submissions_repo.attachments_of(session, submission_id) if rows else []
    return Page(items=[version_public(v, attachments) for v in rows], next_cursor=nxt)


def report_outline(*, cursor: str | None, limit: int) -> Page[SectionHeading]:
    """S2 — the summary report's sections: a fixed outline, paged like every list."""
    try:
        items, nxt = sequence_page(REPORT_HEADINGS, cursor=cursor, limit=limit)
    except InvalidCursor:
        raise invalid_field("cursor", "cursor") from None
    return Page(items=[SectionHeading.model_validate(h) for h in items], next_cursor=nxt)


async def get_version(session: AsyncSession, actor: Actor, submission_id: uuid.UUID, number: int) -> VersionPublic:
    await visible(session, actor, submission_id)
    version = found(await _version(session, submission_id, number))
    return version_public(version, await submissions_repo.attachments_of(session, submission_id))


# --- writing ----------------------------------------------------------------------------------


async def _flush(session: AsyncSession) -> None:
    await flush(
        session,
        {
            "uq_submissions_plan_id_unit_id_kind": Problem("conflict", reason="submission_exists"),
            "uq_submissions_conference_id_programme": Problem("conflict", reason="programme_exists"),  # P1
            "x3_self_review": DomainError("self_review_forbidden", "X3"),  # the database's guard
        },
    )


async def took_part(session: AsyncSession, actor: Actor, s: Submission, how: Participation) -> None:
    """X3 — remembered in the write's transaction, under the submission's row lock."""
    await participants_repo.record(session, Reviewed.SUBMISSION, s.id, actor.id, how)


async def _new_version(
    session: AsyncSession,
    actor: Actor,
    s: Submission,
    title: str,
    content: dict[str, Any],
    how: Participation | None = Participation.EDITOR,
) -> SubmissionVersion:
    """S5 — every change is a new version (the caller holds the row lock). S3: a change to an
    approved presentation or report sends it back to submitted. S1: a change made while
    submitted is a resubmission, received now; ``received_at`` keeps the first receipt."""
    new_state = state_after_edit(Kind(s.kind), State(s.state))
    now = utcnow()
    received = now if received_on_change(new_state) else None
    s.current_version += 1
    s.title = title
    s.state = new_state.value
    s.updated_at = now
    if received is not None:
        s.last_received_at = received
    version = SubmissionVersion(
        submission_id=s.id,
        number=s.current_version,
        title=title,
        content=content,
        created_by=actor.id,
        received_at=received,
    )
    session.add(version)
    if how is not None:
        await took_part(session, actor, s, how)
    await _flush(session)
    return version


async def version_for_attachment(session: AsyncSession, actor: Actor, s: Submission) -> int:
    """S5 — the version an attachment is added to or removed from: the one being prepared, or,
    when the current version was received (frozen), a new one made from it. The caller holds the
    submission's row lock and has checked who may write."""
    current = await _version(session, s.id, s.current_version)
    assert current is not None
    if version_frozen(current.received_at):
        current = await _new_version(session, actor, s, current.title, dict(current.content))
    else:
        state_after_edit(Kind(s.kind), State(s.state))  # S4 — a compilation never changes
        await took_part(session, actor, s, Participation.EDITOR)
    return current.number


async def _presentation_target(
    session: AsyncSession, body: SubmissionCreate, unit: Unit
) -> tuple[Conference, uuid.UUID | None]:
    if body.conference_id is None:
        raise invalid_field("conference_id", "missing", rule="S3")
    conference = await conferences_repo.get_conference(session, body.conference_id)
    if conference is None or conference.unit_id != unit.id:
        raise invalid_field("conference_id", "unknown_conference", rule="S3")
    if body.presenter_delegate_id is not None:
        delegate = await delegates_repo.get_delegate(session, conference.id, body.presenter_delegate_id)
        if delegate is None or Category(delegate.category) not in EXEMPLARY:
            raise invalid_field("presenter_delegate_id", "not_exemplary", rule="S3")
    return conference, body.presenter_delegate_id


async def _programme_target(session: AsyncSession, body: SubmissionCreate, unit: Unit) -> Conference:
    """P1 — the unit's own conference in the plan, a pilot unit's only."""
    if body.conference_id is None:
        raise invalid_field("conference_id", "missing", rule="P1")
    conference = await conferences_repo.get_conference(session, body.conference_id)
    if conference is None or conference.unit_id != unit.id or conference.plan_id != body.plan_id:
        raise invalid_field("conference_id", "unknown_conference", rule="P1")
    check_programme_unit(unit.is_pilot)
    return conference


async def _fresh_snapshot(session: AsyncSession, s: Submission, content: dict[str, Any]) -> dict[str, Any]:
    """P1 — a programme's content carries the conference as it stands now."""
    if Kind(s.kind) is not Kind.PROGRAMME or s.conference_id is None:
        return content
    conference = await conferences_repo.get_conference(session, s.conference_id)
    assert conference is not None
    return {**content, "snapshot": snapshot_of(conference)}


async def create_submission(session: AsyncSession, actor: Actor, body: SubmissionCreate) -> SubmissionPublic:
    plan = await plans_repo.plan_of(session, body.plan_id)
    if plan is None:
        raise invalid_field("plan_id", "unknown_plan")
    if body.kind is Kind.DISTRICT_COMPILATION:
        return await _compile(session, actor, plan, body.title)
    unit_id = body.unit_id or (actor.unit_id if actor.unit_id else None)
    unit = await get_unit(session, unit_id) if unit_id else None
    # L2 — the plan's issuer and the units in its area (plan 187: the district and its units)
    if unit is None or not plan_involves(plan.issuer_unit_id, unit.id, unit.district_id):
        raise invalid_field("unit_id", "unknown_unit")
    if not may_organize(actor, unit.id, plan.issuer_unit_id):
        raise Forbidden
    check_unit_for_plan(unit, plan)
    if body.kind is Kind.UNIT_PLAN and unit.id == plan.issuer_unit_id:  # S1 — a unit under the issuer's
        raise invalid_field("unit_id", "not_grassroots", rule="S1")
    conference_id = presenter = None
    snapshot: dict[str, object] | None = None
    if body.kind is Kind.PRESENTATION:
        conference, presenter = await _presentation_target(session, body, unit)
        conference_id = conference.id
    if body.kind is Kind.PROGRAMME:
        conference = await _programme_target(session, body, unit)
        conference_id, snapshot = conference.id, snapshot_of(conference)
    wanted = _incoming(body, None)
    content = _content(body.kind, wanted.text, wanted.sections, wanted.figures)
    if snapshot is not None:
        content["snapshot"] = snapshot
    title = body.title or DEFAULT_TITLES[body.kind]
    s = Submission(
        kind=body.kind.value,
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=plan.issuer_unit_id,  # L2 — the plan's issuer (plan 187: the unit's district)
        conference_id=conference_id,
        presenter_delegate_id=presenter,
        title=title,
        created_by=actor.id,
    )
    session.add(s)
    await _flush(session)
    version = SubmissionVersion(submission_id=s.id, number=1, title=title, content=content, created_by=actor.id)
    session.add(version)
    await took_part(session, actor, s, Participation.AUTHOR)
    await session.flush()
    await session.refresh(s)
    await session.refresh(version)
    out = public(s, version, plan.unit_plan_due_on)
    audit(session, actor, "create", "submission", s.id, after=out, district_id=s.district_id)
    return out


async def update_submission(
    session: AsyncSession, actor: Actor, submission_id: uuid.UUID, body: SubmissionUpdate, if_match: str | None
) -> SubmissionPublic:
    """S5 — a new version; S3: editing an approved presentation sends it back to submitted."""
    s = await visible(session, actor, submission_id, for_update=True)
    if not may_organize(actor, s.unit_id, s.district_id):
        raise Forbidden
    before = await _out(session, s)
    require_match(if_match, etag_of(before))
    check_read_only(body, before)
    kind = Kind(s.kind)
    state_after_edit(kind, State(s.state))  # S4 — refused before anything is read
    current = await _version(session, s.id, s.current_version)
    assert current is not None
    wanted = _incoming(body, before.content)
    given = wanted.model_fields_set
    merged = dict(current.content)
    if kind is Kind.SUMMARY_REPORT:
        sections = {**(merged.get("sections") or {}), **((wanted.sections or {}) if "sections" in given else {})}
        figures = (
            wanted.figures
            if "figures" in given
            else (FiguresIn.model_validate(merged["figures"]) if merged.get("figures") else None)
        )
        content = _content(kind, None, sections, figures)
    else:
        text = wanted.text if "text" in given else merged.get("text")
        content = await _fresh_snapshot(session, s, _content(kind, text, wanted.sections, wanted.figures))
    title = body.title or s.title
    if content == current.content and title == s.title:
        return before  # S5 — nothing changed: no new version
    await _new_version(session, actor, s, title, content)
    out = await _out(session, s)
    audit(session, actor, "update", "submission", s.id, before=before, after=out, district_id=s.district_id)
    return out


async def act(
    session: AsyncSession,
    actor: Actor,
    submission_id: uuid.UUID,
    action: str,
    *,
    reason: str | None = None,
    submit: SubmitBody | None = None,
) -> SubmissionPublic:
    """submit / approve / request_changes (S1–S3, X3)."""
    s = await visible(session, actor, submission_id, for_update=True)
    deciding = action in ("approve", "request_changes")
    if deciding and not may_decide(actor, s.unit_id, s.district_id):
        raise Forbidden
    if not deciding and not may_organize(actor, s.unit_id, s.district_id):
        raise Forbidden
    kind = Kind(s.kind)
    if deciding:
        check_programme_decider(kind, actor.role is Role.DISTRICT_ADMIN)
    before = await _out(session, s)
    participants = await participants_repo.participant_ids(session, Reviewed.SUBMISSION, s.id)
    new_state = transition(kind, action, State(s.state), actor_id=actor.id, participants=participants)
    now = utcnow()
    if action == "submit":
        current = await _version(session, s.id, s.current_version)
        assert current is not None
        if kind is Kind.SUMMARY_REPORT:
            check_report_complete(current.content.get("sections") or {})
        received = submit.received_at if submit else None
        if received is not None:
            try:
                received = received.astimezone(dt.UTC)
            except OverflowError:
                raise invalid_field("received_at", "datetime_parsing", rule="S1") from None
            if received > now or received.date() < dt.date(2000, 1, 1):
                raise invalid_field("received_at", "received_out_of_range", rule="S1")
        # S1 — a plan that came on paper: only the admin records when it was received.
        if received is not None and (actor.role is not Role.DISTRICT_ADMIN or kind is not Kind.UNIT_PLAN):
            raise Forbidden
        if s.received_at is None:
            s.received_at = received or now
        # S5 — the submitted version is received (and frozen) now; a resubmission of a version
        # received before is a new version of its own, and so is a programme whose conference
        # changed since its version was made (P1: the snapshot is taken at submit time)
        content = await _fresh_snapshot(session, s, dict(current.content))
        if version_frozen(current.received_at) or content != current.content:
            s.current_version += 1
            current = SubmissionVersion(
                submission_id=s.id,
                number=s.current_version,
                title=current.title,
                content=content,
                created_by=actor.id,
            )
            session.add(current)
        current.received_at = s.last_received_at = received or now
        s.submitted_by = actor.id
        s.reason = None
        await took_part(session, actor, s, Participation.SUBMITTER)
    else:
        s.decided_by = actor.id
        s.reason = reason
    s.state = new_state.value
    s.updated_at = now
    await _flush(session)
    out = await _out(session, s)
    audit(
        session, actor, action, "submission", s.id, before=before, after=out, reason=reason, district_id=s.district_id
    )
    return out


# --- P1: the conference changed -----------------------------------------------------------------


async def conference_changed(session: AsyncSession, actor: Actor, conference: Conference) -> None:
    """P1, S5, X4 — the conference's date, place or agenda changed (the caller holds its row
    lock): a programme sent to the district gets a new version with the fresh snapshot, received
    now; an approved one goes back to ``submitted``. The change is the conference's, so it does
    not make the one who changed it a participant of the programme (X3)."""
    s = await submissions_repo.programme_of(session, conference.id, for_update=True)
    if s is None or state_after_conference_change(State(s.state)) is None:
        return
    current = await _version(session, s.id, s.current_version)
    assert current is not None
    before = await _out(session, s)
    await _new_version(session, actor, s, s.title, await _fresh_snapshot(session, s, dict(current.content)), None)
    s.reason = None
    out = await _out(session, s)
    audit(
        session,
        actor,
        "update",
        "submission",
        s.id,
        before=before,
        after=out,
        reason="conference_changed",
        district_id=s.district_id,
    )


# --- S1: unit-plan status ---------------------------------------------------------------------


async def unit_plan_status(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> dict[str, Any]:
    """S1 — plain values of ``UnitPlanStatusReport``'s fields, in one query (the dashboard's hot read)."""
    rows = await submissions_repo.unit_plans(session, plan_id, private_scope(actor))
    if not rows:
        raise NotFound
    due = rows[0].unit_plan_due_on
    items: list[dict[str, Any]] = []
    counts = {"on_time": 0, "late": 0, "missing": 0}
    draft = State.DRAFT.value
    for row in rows:  # X2: the units outside the caller's scope are not among them
        unit_id, received_at, last = row.unit_id, row.received_at, row.last_received_at
        if unit_id is None:
            continue
        if received_at is None or row.state == draft:
            status = "missing"  # a draft counts as missing
        else:
            status = "on_time" if on_time(received_at, due) else "late"
        counts[status] += 1
        items.append(
            {
                "unit_id": unit_id,
                "unit_name": row.unit_name,
                "status": status,
                "received_at": received_at if status != "missing" else None,
                "last_received_at": last if status != "missing" else None,
                "changed_after_due": status != "missing" and changed_after_due(received_at, last, due),
                "submission_id": row.submission_id,
            }
        )
    return {"plan_id": plan_id, "due": due, "counts": counts, "items": items}


# --- S4: the district compilation ---------------------------------------------------------------


async def _compile(session: AsyncSession, actor: Actor, plan: Plan, title: str | None) -> SubmissionPublic:
    """S4 — a snapshot of unit-plan status, the conference schedule and the allocations; kept as
    a final version that never changes."""
    if not (actor.role is Role.DISTRICT_ADMIN and administers(actor, plan.issuer_unit_id)):
        raise Forbidden
    status = await unit_plan_status(session, actor, plan.id)
    schedule = [
        {
            "conference_id": str(c.id),
            "unit_id": str(c.unit_id),
            "unit_name": name,
            "level": c.level,
            "form": c.form,
            "held_on": c.held_on.isoformat(),
            "session": c.session,
            "place": c.place,
        }
        for c, name in await conferences_repo.plan_schedule(session, plan.id)
    ]
    district = await conferences_repo.district_conference(session, plan.id, plan.issuer_unit_id)
    allocations: list[dict[str, Any]] = []
    if district is not None:
        allocations = [
            {"unit_id": str(u), "unit_name": n, "seats": seats}
            for u, n, seats in await conferences_repo.named_allocations(session, district.id)
        ]
    snapshot = {
        "generated_at": utcnow().isoformat(),
        "district_compilation_due_on": plan.district_compilation_due_on.isoformat(),
        "unit_plan_status": UnitPlanStatusReport.model_validate(status).model_dump(mode="json"),
        "schedule": schedule,
        "allocations": allocations,
    }
    title = title or DEFAULT_TITLES[Kind.DISTRICT_COMPILATION]
    snapshot_at = utcnow()
    s = Submission(
        kind=Kind.DISTRICT_COMPILATION.value,
        plan_id=plan.id,
        unit_id=plan.issuer_unit_id,
        district_id=plan.issuer_unit_id,
        title=title,
        state=State.FINAL.value,
        created_by=actor.id,
        submitted_by=actor.id,
        received_at=snapshot_at,
        last_received_at=snapshot_at,
    )
    session.add(s)
    await session.flush()
    version = SubmissionVersion(
        submission_id=s.id,
        number=1,
        title=title,
        content={"snapshot": snapshot},
        created_by=actor.id,
        received_at=snapshot_at,
    )
    session.add(version)
    await took_part(session, actor, s, Participation.AUTHOR)
    await session.flush()
    await session.refresh(s)
    await session.refresh(version)
    out = public(s, version, None)
    audit(session, actor, "compile", "submission", s.id, after=out, district_id=s.district_id)
    return out


REPORT_HEADINGS = [{"key": k, "heading": h, "required": r} for k, (h, r) in REPORT_SECTIONS.items()]
