"""D2 — a plan's documents: a unit's summary report (S2), the district compilation (S4) and the
plan's yearbook (kỷ yếu, §II.6)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.concurrency import Work, offload
from api.db import documents as repo
from api.db import plans as plans_repo
from api.db import submissions as submissions_repo
from api.db import units as units_repo
from api.db.plans import Plan
from api.db.units import Unit
from api.domain.access import Actor, private_scope
from api.domain.conferences import ConferenceSession, decree30_date
from api.domain.labels import CONFERENCE_SESSION, HONOUR, UNIT_PLAN_STATUS
from api.domain.nominations import Honour
from api.domain.submissions import REPORT_SECTIONS, SubmissionKind, UnitPlanStatus
from api.problems import NotFound
from api.services.documents.common import filename, issuer_of, local_day, number
from api.services.documents.layout import Block, Heading, Letter, Table, Text, render, template_path
from api.services.submissions import visible


async def _unit(session: AsyncSession, unit_id: uuid.UUID) -> Unit:
    unit = await units_repo.get_unit(session, unit_id)
    if unit is None:
        raise NotFound
    return unit


async def submission_document(session: AsyncSession, actor: Actor, submission_id: uuid.UUID) -> tuple[bytes, str]:
    """The summary report (S2) or the district compilation (S4), from its current version.
    Private to the unit like the submission (X2); other kinds have no document (404)."""
    s = await visible(session, actor, submission_id)
    kind = SubmissionKind(s.kind)
    if kind not in (SubmissionKind.SUMMARY_REPORT, SubmissionKind.DISTRICT_COMPILATION):
        raise NotFound
    version = await submissions_repo.version_of(session, s.id, s.current_version)
    plan = await plans_repo.get_plan(session, s.plan_id)
    if version is None or plan is None:
        raise NotFound
    unit = await _unit(session, s.unit_id)
    issuer = issuer_of(unit)
    content: dict[str, Any] = dict(version.content)
    if kind is SubmissionKind.SUMMARY_REPORT:
        body = _report_body(content.get("sections") or {})
        stem, recipients = "bao-cao-tong-ket", ["UBND huyện (Phòng Nội vụ);", "Hội đồng Thi đua - Khen thưởng;"]
        day = local_day(s.last_received_at)
    else:
        body = _compilation_body(content.get("snapshot") or {})
        stem, recipients = "tong-hop-cap-huyen", ["UBND tỉnh (Ban Thi đua - Khen thưởng);", "Các đơn vị trong huyện;"]
        day = local_day(s.received_at)
    letter = Letter(
        issuer=issuer.name,
        number=number("BC", issuer),
        place=issuer.place,
        day=day,
        kind="Báo cáo",
        summary=[s.title],
        body=body,
        recipients=recipients,
        signer_authority=issuer.authority,
        signer_title=issuer.title,
    )
    path = template_path(kind.value, s.district_id)
    return await offload(Work.FILES, render, letter, path), filename(stem, s.id)


_PARTS = {"p1": "Phần thứ nhất", "p2": "Phần thứ hai", "p3": "Phần thứ ba"}


def _report_body(sections: dict[str, str]) -> list[Block]:
    """S2 — the sections in the outline's order, each under its heading; an empty one is marked."""
    blocks: list[Block] = []
    part = ""
    for key, (heading, _) in REPORT_SECTIONS.items():
        this_part, _, number = key.partition(".")
        if this_part != part:
            part = this_part
            blocks.append(Text(_PARTS.get(part, part).upper(), bold=True, centered=True))
        blocks.append(Heading(f"{number}. {heading}" if number else heading))
        text = (sections.get(key) or "").strip()
        paragraphs = [p for p in text.splitlines() if p.strip()] or ["(Chưa có nội dung)"]
        blocks += [Text(p) for p in paragraphs]
    return blocks


def _compilation_body(snapshot: dict[str, Any]) -> list[Block]:
    """S4 — the kept snapshot: unit-plan status, the conference schedule, the allocations."""
    status = snapshot.get("unit_plan_status") or {}
    schedule = snapshot.get("schedule") or []
    allocations = snapshot.get("allocations") or []
    return [
        Heading("I. Tình hình xây dựng kế hoạch của các đơn vị"),
        Table(
            ("STT", "Đơn vị", "Tình trạng"),
            [
                [str(n), i.get("unit_name", ""), UNIT_PLAN_STATUS[UnitPlanStatus(i["status"])][0]]
                for n, i in enumerate(status.get("items") or [], start=1)
            ],
            (1.2, 9.0, 5.8),
        ),
        Heading("II. Lịch tổ chức hội nghị"),
        Table(
            ("STT", "Đơn vị", "Thời gian", "Địa điểm"),
            [
                [
                    str(n),
                    c.get("unit_name", ""),
                    f"{CONFERENCE_SESSION[ConferenceSession(c['session'])][0]} "
                    f"{decree30_date(dt.date.fromisoformat(c['held_on']))}",
                    c.get("place", ""),
                ]
                for n, c in enumerate(schedule, start=1)
            ],
            (1.2, 5.0, 5.3, 4.5),
        ),
        Heading("III. Phân bổ đại biểu dự Hội nghị cấp huyện"),
        Table(
            ("STT", "Đơn vị", "Số đại biểu"),
            [[str(n), a.get("unit_name", ""), str(a.get("seats", ""))] for n, a in enumerate(allocations, start=1)],
            (1.2, 10.0, 4.8),
        ),
    ]


async def yearbook(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> tuple[bytes, str]:
    """§II.6 — the plan's kỷ yếu: the approved presentations and the honoured exemplars (the
    nominations an award decision names, D1), each list filtered to what the reader may see (X2:
    they are the units' private records)."""
    plan = await plans_repo.get_plan(session, plan_id)
    if plan is None:
        raise NotFound
    scope = private_scope(actor)
    presentations = await repo.approved_presentations(session, plan_id, scope)
    honoured = await repo.honoured(session, plan_id, scope)
    issuer = issuer_of(await _unit(session, plan.issuer_unit_id))
    letter = Letter(
        issuer=issuer.name,
        number=number("KY", issuer),
        place=issuer.place,
        day=local_day(None),
        kind="Kỷ yếu",
        summary=[f"Hội nghị điển hình tiên tiến giai đoạn {plan.period_start_year} - {plan.period_end_year}"],
        body=_yearbook_body(plan, presentations, honoured),
        recipients=["Các đơn vị trong huyện;"],
        signer_authority=issuer.authority,
        signer_title=issuer.title,
    )
    path = template_path("yearbook", plan.issuer_unit_id)
    return await offload(Work.FILES, render, letter, path), filename("ky-yeu", plan.id)


def _yearbook_body(
    plan: Plan, presentations: list[repo.PresentationRow], honoured: list[repo.HonouredRow]
) -> list[Block]:
    def honour(h: repo.HonouredRow) -> str:
        label = HONOUR[Honour(h.honour)][0]
        return (h.honour_other or label) if h.honour == Honour.OTHER else label

    blocks: list[Block] = [
        Heading("I. Các báo cáo tham luận"),
        Table(
            ("STT", "Đơn vị", "Tên tham luận", "Người trình bày"),
            [[str(n), p.unit_name, p.title, p.presenter or ""] for n, p in enumerate(presentations, start=1)],
            (1.2, 4.0, 7.3, 3.5),
        ),
        Heading("II. Các điển hình tiên tiến được biểu dương, khen thưởng"),
        Table(
            ("STT", "Họ và tên (tập thể)", "Đơn vị", "Hình thức khen thưởng"),
            [[str(n), h.nominee_name, h.unit_name, honour(h)] for n, h in enumerate(honoured, start=1)],
            (1.2, 5.0, 4.5, 5.3),
        ),
    ]
    for h in honoured:
        if h.achievements:
            blocks += [Text(h.nominee_name, bold=True), Text(h.achievements)]
    return blocks
