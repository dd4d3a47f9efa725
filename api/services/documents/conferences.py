"""D2 — a conference's documents: the invitation (Giấy mời), its delegate list and the list of
delegates it sends to the district conference (§II.3 "Thông qua danh sách đại biểu")."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from api.concurrency import Work, offload
from api.db import conferences as conferences_repo
from api.db import documents as repo
from api.db.conferences import Conference
from api.db.documents import ListRow
from api.db.plans import Plan
from api.db.units import Unit
from api.domain.access import Actor
from api.domain.calendars import SESSION_HOURS
from api.domain.conferences import Session, decree30_date
from api.domain.delegates import Category
from api.domain.labels import CATEGORY, CONFERENCE_SESSION
from api.domain.units import Level
from api.problems import NotFound
from api.services.conferences import get_agenda, private_conference, public
from api.services.documents.common import filename, issuer_of, local_day, number
from api.services.documents.layout import Letter, Table, Text, render, template_path

LIST_HEADERS = ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành phần")
LIST_WIDTHS = (1.2, 4.5, 3.5, 4.0, 3.0)


async def _facts(session: AsyncSession, conference_id: uuid.UUID) -> tuple[Conference, Plan, Unit]:
    found = await conferences_repo.conference_facts(session, conference_id)
    if found is None:
        raise NotFound
    return found


def _list_table(rows: list[ListRow]) -> Table:
    return Table(
        LIST_HEADERS,
        [
            [
                str(n),
                r.full_name,
                r.position or "",
                r.workplace or r.origin_unit or "",
                CATEGORY[Category(r.category)][0],
            ]
            for n, r in enumerate(rows, start=1)
        ],
        LIST_WIDTHS,
    )


async def invitation(session: AsyncSession, conference_id: uuid.UUID) -> tuple[bytes, str]:
    """The Giấy mời: the C7 title lines, the day and half day, the place and the agenda. Public,
    like the conference and its agenda (X2)."""
    conference, plan, unit = await _facts(session, conference_id)
    agenda = await get_agenda(session, conference_id)
    title = public(conference, plan, unit).title
    session_kind = Session(conference.session)
    start, _ = SESSION_HOURS[session_kind]
    issuer = issuer_of(unit)
    letter = Letter(
        issuer=issuer.name,
        number=number("GM", issuer),
        place=issuer.place,
        day=local_day(None),
        kind="Giấy mời",
        summary=title[:2],
        body=[
            Text("Trân trọng kính mời: .................................................................."),
            Text(f"Tới dự {title[0]}, {title[1][0].lower()}{title[1][1:]}."),
            Text(
                f"Thời gian: {start:%H} giờ {start:%M}, {CONFERENCE_SESSION[session_kind][0].lower()}"
                f" {decree30_date(conference.held_on)}."
            ),
            Text(f"Địa điểm: {conference.place}."),
            Text("Chương trình hội nghị:", bold=True),
            Table(
                ("STT", "Thời gian", "Nội dung"),
                [
                    [str(n), f"{i.start_time:%H:%M}" if i.start_time else "", i.title]
                    for n, i in enumerate(agenda.items, start=1)
                ],
                (1.2, 2.5, 12.3),
            ),
            Text("Rất mong quý đại biểu đến dự đúng giờ để Hội nghị thành công tốt đẹp./."),
        ],
        recipients=["Như trên;"],
        signer_authority=issuer.authority,
        signer_title=issuer.title,
    )
    path = template_path("invitation", conference.district_id)
    return await offload(Work.FILES, render, letter, path), filename("giay-moi", conference.id)


async def delegate_list(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> tuple[bytes, str]:
    """The conference's delegate list in its one order (STT, Họ và tên, Chức vụ, Đơn vị,
    Thành phần). Private to the unit, like the list (X2)."""
    conference = await private_conference(session, actor, conference_id)
    _, plan, unit = await _facts(session, conference_id)
    title = public(conference, plan, unit).title
    rows = await repo.delegate_rows(session, conference_id)
    issuer = issuer_of(unit)
    letter = Letter(
        issuer=issuer.name,
        number=number("DS", issuer),
        place=issuer.place,
        day=local_day(None),
        kind="Danh sách",
        summary=[f"Đại biểu dự {title[0]}", title[1]],
        body=[_list_table(rows), Text(f"Danh sách gồm {len(rows)} đại biểu./.", italic=True)],
        recipients=["Các đại biểu;", "Ban Tổ chức Hội nghị;"],
        signer_authority=issuer.authority,
        signer_title=issuer.title,
    )
    path = template_path("delegate_list", conference.district_id)
    return await offload(Work.FILES, render, letter, path), filename("danh-sach-dai-bieu", conference.id)


async def designations(session: AsyncSession, actor: Actor, conference_id: uuid.UUID) -> tuple[bytes, str]:
    """A10, §II.3 — the delegates a grassroots conference sends to the district conference, as the
    district's list holds them. Private to the unit (X2); a district conference has none (404)."""
    conference = await private_conference(session, actor, conference_id)
    if conference.level != Level.GRASSROOTS:
        raise NotFound
    _, plan, unit = await _facts(session, conference_id)
    district = await conferences_repo.district_conference(session, conference.plan_id, conference.district_id)
    rows: list[ListRow] = []
    upper = "Hội nghị điển hình tiên tiến cấp trên"
    if district is not None:
        rows = await repo.designated_rows(session, district.id, conference.unit_id)
        d_conf, d_plan, d_unit = await _facts(session, district.id)
        upper = public(d_conf, d_plan, d_unit).title[0]
    issuer = issuer_of(unit)
    letter = Letter(
        issuer=issuer.name,
        number=number("DS", issuer),
        place=issuer.place,
        day=local_day(None),
        kind="Danh sách",
        summary=[f"Đại biểu {unit.name} đi dự {upper}"],
        body=[
            Text("Thông qua danh sách đại biểu đi dự Hội nghị (Đại hội) cấp trên:", italic=True),
            _list_table(rows),
            Text(f"Danh sách gồm {len(rows)} đại biểu./.", italic=True),
        ],
        recipients=["Ban Tổ chức Hội nghị cấp trên;", "Các đại biểu có tên;"],
        signer_authority=issuer.authority,
        signer_title=issuer.title,
    )
    path = template_path("designations", conference.district_id)
    return await offload(Work.FILES, render, letter, path), filename("danh-sach-dai-bieu-cap-tren", conference.id)
