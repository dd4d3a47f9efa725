"""The plan-187 demo: Hương Khê district (Hà Tĩnh) as it stood in 2024, idempotent."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from api.db import conferences as conferences_repo
from api.db import plans as plans_repo
from api.db import units as units_repo
from api.db import users as users_repo
from api.db.base import utcnow
from api.db.budgets import BudgetEstimate, BudgetEstimateVersion, BudgetLine
from api.db.communications import CommunicationActivity
from api.db.conferences import Allocation, Conference
from api.db.decisions import AwardDecision, AwardDecisionItem
from api.db.delegates import Delegate
from api.db.movements import Movement, MovementRegistration
from api.db.nominations import Nomination
from api.db.plans import Plan
from api.db.submissions import Submission, SubmissionVersion
from api.db.units import EmulationBlock, Unit
from api.db.users import User
from api.domain.access import Actor, Role
from api.domain.collation import sort_key_text
from api.domain.conferences import agenda_spec, default_agenda
from api.domain.nominations import NomineeKind, nominee_key
from api.domain.plans import PLAN_187_EXTRAS, PLAN_187_ISSUER_FORMS, PLAN_187_MEMBER_FORMS, ConferenceForm
from api.domain.submissions import Kind
from api.domain.text import fold
from api.domain.units import UnitKind, level_of
from api.schemas.units import MergedUnit, UnitMerge
from api.services.auth import hash_password
from api.services.common import audit
from api.services.submissions import DEFAULT_TITLES
from api.services.units import merge_units
from api.services.units import public as unit_public

PLAN_CODE = "187/KH-UBND"
PROVINCE = "UBND tỉnh Hà Tĩnh"
DISTRICT = "UBND huyện Hương Khê"
TOWN = ("thị trấn Hương Khê", 48)
COMMUNES = [
    ("Điền Mỹ", 24),
    ("Gia Phố", 27),
    ("Hà Linh", 26),
    ("Hòa Hải", 23),
    ("Hương Bình", 25),
    ("Hương Đô", 22),
    ("Hương Giang", 24),
    ("Hương Lâm", 26),
    ("Hương Liên", 21),
    ("Hương Long", 27),
    ("Hương Thủy", 25),
    ("Hương Trà", 23),
    ("Hương Trạch", 28),
    ("Hương Vĩnh", 24),
    ("Hương Xuân", 23),
    ("Lộc Yên", 22),
    ("Phú Gia", 25),
    ("Phú Phong", 26),
    ("Phúc Đồng", 27),
    ("Phúc Trạch", 29),
]
OTHERS = [
    ("Trường THPT Hương Khê", UnitKind.SCHOOL, 86),
    ("Trường THCS thị trấn Hương Khê", UnitKind.SCHOOL, 41),
    ("Trường Tiểu học Hương Giang", UnitKind.SCHOOL, 29),
    ("Công ty TNHH MTV Cao su Hương Khê", UnitKind.ENTERPRISE, 640),
    ("Công ty CP Môi trường và Công trình đô thị Hương Khê", UnitKind.ENTERPRISE, 118),
    ("Trung tâm Y tế huyện Hương Khê", UnitKind.AGENCY, 312),
    ("Phòng Giáo dục và Đào tạo huyện Hương Khê", UnitKind.AGENCY, 19),
    ("Phòng Nội vụ huyện Hương Khê", UnitKind.AGENCY, 11),
]
UPPER_COMMUNES = {"Hương Liên", "Hương Lâm", "Hương Vĩnh", "Phú Gia", "Hương Xuân", "Phúc Đồng", "Phúc Trạch"}

# (username, full name, role, unit name or None, scopes)
ACCOUNTS = [
    ("admin.huongkhe", "Phòng Nội vụ huyện Hương Khê", Role.DISTRICT_ADMIN, DISTRICT, []),
    ("canbo.huongthuy", "Cán bộ thi đua xã Hương Thủy", Role.UNIT_OFFICER, "xã Hương Thủy", []),
    ("hoidong.huongthuy", "Hội đồng TĐKT xã Hương Thủy", Role.COUNCIL_REVIEWER, "xã Hương Thủy", []),
    ("sonoivu.hatinh", "Sở Nội vụ tỉnh Hà Tĩnh", Role.PROVINCE_VIEWER, None, []),
    # L2 — the admin bound to the province: it administers the province's plans (500/KH-UBND, the
    # 2026–2030 plan) and reads every district's figures (GET /plans/{id}/areas)
    ("admin.hatinh", "Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh", Role.DISTRICT_ADMIN, PROVINCE, []),
    ("tichhop.cong", "Cổng thông tin tỉnh (tích hợp)", Role.INTEGRATION_CLIENT, DISTRICT, ["read", "write"]),
]


def random_password() -> str:
    return "Dhtt-" + secrets.token_urlsafe(9) + "7"


def _unit(name: str, kind: UnitKind, parent: Unit | None, headcount: int | None, *, is_pilot: bool = False) -> Unit:
    unit_id = uuid.uuid4()
    district_id: uuid.UUID | None
    if kind is UnitKind.DISTRICT:
        district_id = unit_id
    elif kind is UnitKind.PROVINCE:
        district_id = None
    else:
        assert parent is not None
        district_id = parent.district_id
    return Unit(
        id=unit_id,
        name=name,
        name_folded=fold(name),
        kind=kind.value,
        level=level_of(kind).value,
        parent_id=parent.id if parent else None,
        district_id=district_id,
        headcount=headcount,
        is_pilot=is_pilot,
    )


def plan_187(district: Unit) -> Plan:
    """Every §3 parameter of plan 187/KH-UBND."""
    return Plan(
        code=PLAN_CODE,
        title="Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp huyện Hương Khê lần thứ VIII",
        issued_on=dt.date(2024, 10, 11),
        issuer_unit_id=district.id,
        issuer_name=DISTRICT,
        edition=8,
        period_start_year=2025,
        period_end_year=2030,
        review_period_start_year=2020,
        review_period_end_year=2025,
        unit_plan_due_on=dt.date(2024, 11, 10),
        district_compilation_due_on=dt.date(2025, 1, 31),
        grassroots_conferences_due_on=dt.date(2025, 3, 31),
        district_conference_due_on=dt.date(2025, 6, 30),
        full_assembly_headcount_cap=300,
        delegate_assembly_cap=200,
        district_conference_cap=300,
        exemplary_share_percent=70,
        pilot_supervisor=(
            "Nguyễn Văn Hiệp, Phó Chủ tịch HĐND huyện, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"
        ),
        # C1 — §II.2.2 the district conference two forms, §II.2.1 the grassroots any of the three
        issuer_forms=[f.value for f in PLAN_187_ISSUER_FORMS],
        member_forms=[f.value for f in PLAN_187_MEMBER_FORMS],
        # C8 — §II.3's extras, at both levels
        issuer_agenda_extras=[{"key": k, "title": t} for k, t in PLAN_187_EXTRAS],
        member_agenda_extras=[{"key": k, "title": t} for k, t in PLAN_187_EXTRAS],
    )


async def seed_demo(
    session: AsyncSession, password_for: Callable[[str], str] = lambda _: random_password()
) -> dict[str, str] | None:
    """Seed the demo once. Returns {username: password} when it seeded, None when already there."""
    if await plans_repo.plan_code_exists(session, PLAN_CODE):
        return None
    province = _unit(PROVINCE, UnitKind.PROVINCE, None, None)
    session.add(province)
    await session.flush()
    district = _unit(DISTRICT, UnitKind.DISTRICT, province, 180)
    session.add(district)
    await session.flush()
    units = [_unit(TOWN[0], UnitKind.TOWN, district, TOWN[1])]
    units += [
        _unit(f"xã {name}", UnitKind.COMMUNE, district, headcount, is_pilot=(name == "Hương Thủy"))
        for name, headcount in COMMUNES
    ]
    units += [_unit(name, kind, district, headcount) for name, kind, headcount in OTHERS]
    session.add_all(units)
    await session.flush()
    upper = EmulationBlock(
        district_id=district.id,
        name="Cụm thi đua các xã vùng thượng",
        name_folded=fold("Cụm thi đua các xã vùng thượng"),
    )
    agencies = EmulationBlock(
        district_id=district.id,
        name="Khối các cơ quan, đơn vị huyện",
        name_folded=fold("Khối các cơ quan, đơn vị huyện"),
    )
    session.add_all([upper, agencies])
    await session.flush()
    for unit in units:
        if unit.kind == "commune" and unit.name.removeprefix("xã ") in UPPER_COMMUNES:
            unit.block_id = upper.id
        elif unit.kind in ("agency", "school"):
            unit.block_id = agencies.id
    plan = plan_187(district)
    session.add(plan)
    by_name = {u.name: u for u in [province, district, *units]}
    passwords: dict[str, str] = {}
    for username, full_name, role, unit_name, scopes in ACCOUNTS:
        passwords[username] = password_for(username)
        session.add(
            User(
                username=username,
                full_name=full_name,
                role=role.value,
                unit_id=by_name[unit_name].id if unit_name else None,
                password_hash=hash_password(passwords[username]),
                scopes=scopes,
            )
        )
    await session.flush()
    await _seed_activity(session, plan, by_name)
    await _seed_budgets(session, plan)
    await _seed_movements(session, plan, by_name)
    await _seed_communications(session, plan, by_name)
    await _seed_award_decisions(session, plan, by_name | {province.name: province})
    audit(session, None, "seed", "plan", plan.id, reason="plan-187 demo", district_id=district.id)
    await seed_province(session, province, district, plan)
    await seed_two_level(session, province, by_name)
    return passwords


DELEGATES = [
    ("Nguyễn Thị Hoa", "female", "emulation_soldier", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn"),
    ("Trần Văn Bình", "male", "direct_worker", "Nông dân sản xuất giỏi, tổ dân phố 5"),
    ("Lê Thị Thu", "female", "good_deed", "Giáo viên Trường THCS thị trấn Hương Khê"),
    ("Phan Đình Quang", "male", "exemplar", "Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp"),
    ("Võ Văn Hải", "male", "leader", "Bí thư Đảng ủy thị trấn"),
]


async def _seed_activity(session: AsyncSession, plan: Plan, units: dict[str, Unit]) -> None:
    """Nominations, unit plans (one late), a summary report draft and a presentation (S1–S3, N1–N4)."""
    town = units[TOWN[0]]
    conference = Conference(
        plan_id=plan.id,
        unit_id=town.id,
        district_id=plan.issuer_unit_id,
        level="grassroots",
        form="advanced_exemplars",
        held_on=dt.date(2025, 3, 20),
        session="morning",
        place="Hương Khê",
        edition=8,
        agenda=[],
        has_documentary=True,  # C8, M2 — it shows the town's reportage (seeded with the activities)
    )
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    conference.agenda = [
        {"key": i.key, "title": i.title, "kind": i.kind, "start_time": None}
        | ({"presentation_ids": []} if i.key == "presentations" else {})
        for i in default_agenda(spec, {"has_documentary": True})
    ]
    session.add(conference)
    await session.flush()
    delegates = []
    for n, (name, gender, category, position) in enumerate(DELEGATES):
        d = Delegate(
            conference_id=conference.id,
            full_name=name,
            name_folded=fold(name),
            sort_key=sort_key_text(name),
            gender=gender,
            birth_date=dt.date(1970 + 4 * n, 1 + n, 10 + n),
            ethnicity="Kinh",
            category=category,
            position=position,
            workplace=town.name,
            economic_sector="state" if n % 2 == 0 else "private",
        )
        session.add(d)
        delegates.append(d)
    await session.flush()
    nominations = [
        (delegates[0], "leader", "province_certificate", "merit", "submitted"),
        (delegates[1], "worker", "district_certificate", "merit", "draft"),
        (delegates[2], "worker", "conference_honoured", "ad_hoc", "draft"),
    ]
    for d, rank, honour, basis, state in nominations:
        session.add(
            Nomination(
                conference_id=conference.id,
                unit_id=town.id,
                district_id=plan.issuer_unit_id,
                nominee_kind="individual",
                nominee_name=d.full_name,
                nominee_key=nominee_key(
                    NomineeKind.INDIVIDUAL, d.full_name, None, d.birth_date.isoformat() if d.birth_date else None
                ),
                birth_date=d.birth_date,
                rank=rank,
                works_directly=d.category == "direct_worker",
                delegate_id=d.id,
                honour=honour,
                basis=basis,
                state=state,
                achievements="Thành tích tiêu biểu giai đoạn 2020 - 2025",
                submitted_at=utcnow() if state == "submitted" else None,
            )
        )
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    received = {
        TOWN[0]: dt.datetime(2024, 11, 5, 9, 30, tzinfo=tz),  # on time
        "xã Hương Thủy": dt.datetime(2024, 11, 8, 15, 0, tzinfo=tz),  # on time
        "xã Gia Phố": dt.datetime(2024, 11, 12, 10, 0, tzinfo=tz),  # late: received after 10/11/2024
    }
    for unit_name, at in received.items():
        unit = units[unit_name]
        _submission(
            session, plan, unit, "unit_plan", "submitted", at, {"text": f"Kế hoạch tổ chức Hội nghị của {unit.name}"}
        )
    _submission(
        session,
        plan,
        town,
        "summary_report",
        "draft",
        None,
        {
            "sections": {
                "p1.I": "Thị trấn có 15 tổ dân phố; phong trào thi đua được duy trì đều khắp.",
                "p1.II": "Đảng ủy, chính quyền ban hành kế hoạch thi đua hằng năm.",
            },
            "figures": {
                "collectives_registered": 14,
                "collectives_total": 15,
                "individuals_registered": 180,
                "individuals_total": 192,
                "commendations": [],
                "leaders_commended": 5,
                "workers_commended": 21,
            },
        },
    )
    presentation = _submission(
        session,
        plan,
        town,
        "presentation",
        "submitted",
        dt.datetime(2024, 12, 2, 9, 0, tzinfo=tz),
        {"text": "Mô hình liên kết sản xuất cam chanh theo chuỗi giá trị."},
        title="Tham luận của ông Phan Đình Quang",
    )
    presentation.conference_id = conference.id
    presentation.presenter_delegate_id = delegates[3].id
    await session.flush()


# B1 — what a unit estimates for its conference (§III.4): category, description, đồng
DEMO_BUDGET = [
    ("venue", "Thuê hội trường, trang trí khánh tiết", 4_000_000),
    ("documents", "In ấn tài liệu, giấy mời", 1_500_000),
    ("rewards", "Tiền thưởng kèm Giấy khen", 6_000_000),
    ("performance", "Chương trình văn nghệ chào mừng", 2_000_000),
    ("communication", "Băng rôn, khẩu hiệu tuyên truyền", 800_000),
]


async def _seed_budgets(session: AsyncSession, plan: Plan) -> None:
    """B1 — a budget estimate (version 1) for each demo conference of the town and of xã Hương
    Thủy (the pilot) that exists. The demo plan sets no reward amounts: plan 187 names none."""
    wanted = {TOWN[0]: "Ngân sách thị trấn năm 2025", "xã Hương Thủy": "Ngân sách xã năm 2025"}
    now = utcnow()
    for conference, unit_name in await conferences_repo.plan_schedule(session, plan.id):
        if unit_name not in wanted:
            continue
        estimate = BudgetEstimate(
            plan_id=plan.id, conference_id=conference.id, unit_id=conference.unit_id, district_id=conference.district_id
        )
        session.add(estimate)
        await session.flush()
        session.add(
            BudgetEstimateVersion(estimate_id=estimate.id, number=1, funding_source=wanted[unit_name], received_at=now)
        )
        await session.flush()
        session.add_all(
            BudgetLine(estimate_id=estimate.id, version=1, position=n, category=c, description=d, amount=a)
            for n, (c, d, a) in enumerate(DEMO_BUDGET)
        )
    await session.flush()


def _submission(
    session: AsyncSession,
    plan: Plan,
    unit: Unit,
    kind: str,
    state: str,
    received_at: dt.datetime | None,
    content: dict[str, object],
    title: str | None = None,
) -> Submission:
    s = Submission(
        id=uuid.uuid4(),
        kind=kind,
        plan_id=plan.id,
        unit_id=unit.id,
        district_id=plan.issuer_unit_id,
        title=title or DEFAULT_TITLES[Kind(kind)],
        state=state,
        received_at=received_at,
        last_received_at=received_at,
    )
    session.add(s)
    # S5 — a submitted version is received, hence frozen
    session.add(
        SubmissionVersion(submission_id=s.id, number=1, title=s.title, content=content, received_at=received_at)
    )
    return s


async def reset_demo_passwords(
    session: AsyncSession, password_for: Callable[[str], str] = lambda _: random_password()
) -> dict[str, str]:
    passwords: dict[str, str] = {}
    for username, *_ in ACCOUNTS:
        user = await users_repo.get_user_by_username(session, username)  # the demo's names are lower case
        if user is not None:
            passwords[username] = password_for(username)
            user.password_hash = hash_password(passwords[username])
    await session.flush()
    return passwords


# E1 — plan 187 §II.1, verbatim: the special drive it asks units to launch, tied to the movement
# "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", and the focus movements
# (phong trào thi đua trọng tâm) with what the plan writes beside each name outside the quotes.
# The plan gives the drive no date of its own: it launches it "từ nay" — from the plan's issue.
SPECIAL_DRIVE = (
    "đợt thi đua đặc biệt, sôi nổi, sâu rộng, thiết thực, gắn với thực hiện phong trào thi đua "
    "“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
)
MOVEMENTS: list[tuple[str, str | None]] = [
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None),
    ("Cả huyện chung sức xây dựng huyện Hương Khê đạt chuẩn Nông thôn mới, Thị trấn đạt chuẩn Đô thị văn minh", None),
    ("Hà Tĩnh vì người nghèo - Không để ai bị bỏ lại phía sau", None),
    ("Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí", None),
    ("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030", None),
    ("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "giai đoạn 2019 - 2025"),
    ("Toàn dân bảo vệ môi trường và giảm thiểu rác thải nhựa", "trên địa bàn tỉnh Hà Tĩnh giai đoạn 2024 - 2025"),
    ("Phong trào thực hiện chuyển đổi số", None),
]


async def _seed_movements(session: AsyncSession, plan: Plan, units: dict[str, Unit]) -> None:
    """E1, E2 — the plan's movements and special drive; registrations of xã Hương Thủy (the pilot)
    and thị trấn Hương Khê for two of them."""
    movements = [
        Movement(plan_id=plan.id, kind="special_drive", name=SPECIAL_DRIVE, launched_on=plan.issued_on, position=0)
    ] + [
        Movement(plan_id=plan.id, kind="movement", name=name, note=note, position=i)
        for i, (name, note) in enumerate(MOVEMENTS, start=1)
    ]
    session.add_all(movements)
    await session.flush()
    counts = {
        "xã Hương Thủy": ((14, 14, 11, 1650, 1580, 1210), (14, 13, 10, 1650, 1490, 1102)),
        TOWN[0]: ((22, 21, 18, 2870, 2655, 2140), (22, 22, 19, 2870, 2710, 2305)),
    }
    for unit_name, per_movement in counts.items():
        unit = units[unit_name]
        for movement, c in zip(movements[2:4], per_movement, strict=True):
            session.add(
                MovementRegistration(
                    movement_id=movement.id,
                    plan_id=plan.id,
                    unit_id=unit.id,
                    district_id=plan.issuer_unit_id,
                    collectives_total=c[0],
                    collectives_registered=c[1],
                    collectives_recognised=c[2],
                    individuals_total=c[3],
                    individuals_registered=c[4],
                    individuals_recognised=c[5],
                )
            )
    await session.flush()


# M1 — (unit, kind, title, channel, date, link). The town's conference is on 20/3/2025: a reportage
# before it (the documentary it shows, M2), an article on the day, a digital post after it. xã
# Hương Thủy has no conference in the seed (C2: the README walk-through schedules it, on
# 15/3/2025), so its activities are "unscheduled" until then and "before"/"after" from then on.
ACTIVITIES = [
    (
        TOWN[0],
        "reportage",
        "Phóng sự: Thị trấn Hương Khê - những điển hình tiên tiến giai đoạn 2020 - 2025",
        "Đài Truyền thanh - Truyền hình huyện Hương Khê",
        dt.date(2025, 3, 10),
        "https://huongkhe.hatinh.gov.vn/phong-su/thi-tran-huong-khe-dien-hinh-tien-tien",
    ),
    (
        TOWN[0],
        "article",
        "Thị trấn Hương Khê tổ chức Hội nghị điển hình tiên tiến lần thứ VIII",
        "Cổng thông tin điện tử huyện Hương Khê",
        dt.date(2025, 3, 20),
        "https://huongkhe.hatinh.gov.vn/tin-tuc/thi-tran-huong-khe-hoi-nghi-dien-hinh-tien-tien",
    ),
    (
        TOWN[0],
        "digital_post",
        "Biểu dương các tập thể, cá nhân tiêu biểu của thị trấn Hương Khê",
        "Trang Facebook Thị trấn Hương Khê",
        dt.date(2025, 3, 22),
        "https://www.facebook.com/thitranhuongkhe/posts/dien-hinh-tien-tien-2025",
    ),
    (
        "xã Hương Thủy",
        "reportage",
        "Phóng sự: Xã Hương Thủy chung sức xây dựng nông thôn mới nâng cao",
        "Đài Truyền thanh - Truyền hình huyện Hương Khê",
        dt.date(2025, 3, 5),
        "https://huongkhe.hatinh.gov.vn/phong-su/xa-huong-thuy-nong-thon-moi-nang-cao",
    ),
    (
        "xã Hương Thủy",
        "article",
        "Xã Hương Thủy - đơn vị chỉ đạo điểm Hội nghị điển hình tiên tiến của huyện",
        "Báo Hà Tĩnh điện tử",
        dt.date(2025, 3, 10),
        "https://baohatinh.vn/xa-huong-thuy-chi-dao-diem-hoi-nghi-dien-hinh-tien-tien",
    ),
    (
        "xã Hương Thủy",
        "digital_post",
        "Lan tỏa những tấm gương điển hình tiên tiến xã Hương Thủy",
        "Trang Zalo OA Xã Hương Thủy",
        dt.date(2025, 3, 18),
        "https://zalo.me/xahuongthuy/dien-hinh-tien-tien-2025",
    ),
]


async def _seed_communications(session: AsyncSession, plan: Plan, units: dict[str, Unit]) -> None:
    """M1, M2 — communication activities of thị trấn Hương Khê and xã Hương Thủy (the pilot),
    each with a link; the town's reportage is the documentary its conference shows."""
    showing = {c.unit_id: c for c, _ in await conferences_repo.plan_schedule(session, plan.id) if c.has_documentary}
    for unit_name, kind, title, channel, on, link in ACTIVITIES:
        unit = units[unit_name]
        shown = showing.get(unit.id) if kind == "reportage" else None
        session.add(
            CommunicationActivity(
                plan_id=plan.id,
                unit_id=unit.id,
                district_id=plan.issuer_unit_id,
                kind=kind,
                title=title,
                channel=channel,
                occurred_on=on,
                link=link,
                documentary_conference_id=shown.id if shown else None,
            )
        )
    await session.flush()


# D1 — one decision per honour for the town's conference: (honour, authority, number, date, signer,
# title, nominee kind, nominee, rank, birth date)
AWARDS = [
    ("conference_honoured", TOWN[0], "12/QĐ-UBND", dt.date(2025, 3, 20), "Võ Văn Hải", "Chủ tịch UBND thị trấn",
     "collective", "Hội Liên hiệp Phụ nữ thị trấn Hương Khê", None, None),
    ("district_certificate", DISTRICT, "85/QĐ-UBND", dt.date(2025, 4, 10), "Nguyễn Văn Thành", "Chủ tịch UBND huyện",
     "individual", "Đặng Thị Lan", "worker", dt.date(1986, 5, 2)),
    ("province_certificate", PROVINCE, "1025/QĐ-UBND", dt.date(2025, 5, 15), "Trần Văn Hòa", "Chủ tịch UBND tỉnh",
     "individual", "Nguyễn Văn Minh", "leader", dt.date(1975, 9, 14)),
]  # fmt: skip


async def _seed_award_decisions(session: AsyncSession, plan: Plan, units: dict[str, Unit]) -> None:
    """D1 — the town's conference honours a collective, the district chairman gives a Giấy khen
    and the province chairman a Bằng khen: each an approved nomination awarded by a decision."""
    town = units[TOWN[0]]
    conference = next(c for c, name in await conferences_repo.plan_schedule(session, plan.id) if name == town.name)
    now = utcnow()
    for honour, authority, number, day, signer, title, kind, name, rank, birth in AWARDS:
        nomination = Nomination(
            conference_id=conference.id,
            unit_id=town.id,
            district_id=plan.issuer_unit_id,
            nominee_kind=kind,
            nominee_name=name,
            nominee_key=nominee_key(NomineeKind(kind), name, None, birth.isoformat() if birth else None),
            birth_date=birth,
            rank=rank,
            works_directly=False if rank else None,
            honour=honour,
            basis="merit",
            state="awarded",
            achievements="Thành tích xuất sắc trong phong trào thi đua giai đoạn 2020 - 2025",
            submitted_at=now,
            decided_at=now,
        )
        decision = AwardDecision(
            authority_unit_id=units[authority].id,
            number=number,
            year=day.year,
            decided_on=day,
            signer_name=signer,
            signer_title=title,
            honour=honour,
        )
        session.add_all([nomination, decision])
        await session.flush()
        session.add(AwardDecisionItem(decision_id=decision.id, nomination_id=nomination.id, honour=honour, position=1))
    await session.flush()


# --- The province's plan and the 2025 reform (L1–L3) -------------------------------------------
#
# What is verified, and where:
# - plan 500/KH-UBND "ngày 23/10/2024 của UBND tỉnh về việc tổ chức Hội nghị điển hình tiên tiến các
#   cấp và Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII, tiến tới Đại hội thi đua yêu nước toàn
#   quốc lần thứ XI": its number, date and subject, from plan 187's preamble (/work/shared/seeds);
# - Resolution 1665/NQ-UBTVQH15 merged Hà Tĩnh's 209 communes into 69 from 2025-07-01 (SPEC L3; the
#   resolution's own preamble as published at thongtin.vietnam.vn/en/danh-sach-69-xa-phuong-moi-cua-
#   tinh-ha-tinh-sau-sap-xep, which names Project 391/DA-CP of 9 May 2025);
# - Hương Khê's 21 commune-level units of 2024 (thị trấn Hương Khê and 20 communes), as above.
# Not verified here (the stored excerpts of the resolution stop before Hương Khê's articles): the
# names of the communes formed from Hương Khê's units and which units each was formed from, the
# congress's date, plan 500's deadlines, caps and seats, and the 2026–2030 plan itself. They are
# ILLUSTRATIVE: each such commune is named "xã Minh họa …", each such plan or conference says
# "(minh họa)" in its title or place.

ILLUSTRATIVE = "(minh họa)"
PLAN_500_CODE = "500/KH-UBND"
CONGRESS_TITLE = "Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VIII"
CONGRESS_SEATS_HUONG_KHE = 12  # illustrative
REFORM_DAY = dt.date(2025, 7, 1)  # two-level local government (Resolution 1665/NQ-UBTVQH15)
# illustrative: new commune ← the 2024 units it was formed from (21 units → 7 communes). Neither the
# names nor the groupings could be verified here, so the names are plainly made up ("xã Minh họa A"…)
# rather than guessed; replace them with Resolution 1665/NQ-UBTVQH15's articles for Hương Khê.
NEW_COMMUNES: list[tuple[str, list[str]]] = [
    ("xã Minh họa A", ["thị trấn Hương Khê", "xã Hương Long", "xã Phú Gia", "xã Phú Phong"]),
    ("xã Minh họa B", ["xã Gia Phố", "xã Lộc Yên", "xã Hương Giang"]),
    ("xã Minh họa C", ["xã Hương Đô", "xã Hương Trà"]),
    ("xã Minh họa D", ["xã Hà Linh", "xã Hương Thủy"]),
    ("xã Minh họa E", ["xã Hương Bình", "xã Hòa Hải", "xã Phúc Đồng"]),
    ("xã Minh họa F", ["xã Phúc Trạch", "xã Hương Trạch", "xã Hương Liên"]),
    ("xã Minh họa G", ["xã Hương Xuân", "xã Hương Lâm", "xã Hương Vĩnh", "xã Điền Mỹ"]),
]
PLAN_2026_CODE = "01/KH-UBND"  # illustrative


def _seed_actor() -> Actor:
    """The seed's writes through the services (the L3 merge) as the first admin would make them."""
    return Actor(id=uuid.UUID(int=0), username="seed", role=Role.DISTRICT_ADMIN)


def _agenda(plan: Plan) -> list[dict[str, object]]:
    spec = agenda_spec(
        (plan.review_period_start_year, plan.review_period_end_year), (plan.period_start_year, plan.period_end_year)
    )
    return [
        {"key": i.key, "title": i.title, "kind": i.kind, "start_time": None}
        | ({"presentation_ids": []} if i.key == "presentations" else {})
        for i in default_agenda(spec, {"has_documentary": False})
    ]


async def seed_province(session: AsyncSession, province: Unit, district: Unit, plan_187: Plan) -> Plan:
    """L1 — the province's plan 500/KH-UBND, parent of plan 187, with its congress (Sept 2025) and
    seats allocated to Hương Khê (A10: the district conference designates into it)."""
    plan = Plan(
        code=PLAN_500_CODE,
        title=(
            "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp và Đại hội Thi đua yêu nước tỉnh "
            "Hà Tĩnh lần thứ VIII, tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ XI"
        ),
        issued_on=dt.date(2024, 10, 23),
        issuer_unit_id=province.id,
        issuer_name=PROVINCE,
        edition=8,
        period_start_year=2025,
        period_end_year=2030,
        review_period_start_year=2020,
        review_period_end_year=2025,
        # illustrative: the deadlines and caps below are not in the material at hand
        unit_plan_due_on=dt.date(2024, 11, 30),
        district_compilation_due_on=dt.date(2025, 1, 31),
        grassroots_conferences_due_on=dt.date(2025, 6, 30),
        district_conference_due_on=dt.date(2025, 9, 30),
        full_assembly_headcount_cap=300,
        delegate_assembly_cap=200,
        district_conference_cap=500,
        exemplary_share_percent=70,
    )
    session.add(plan)
    await session.flush()
    plan_187.parent_plan_id = plan.id  # L1 — plan 187 implements plan 500
    congress = Conference(
        plan_id=plan.id,
        unit_id=province.id,
        district_id=province.id,
        level="province",
        form="advanced_exemplars",
        held_on=dt.date(2025, 9, 26),  # illustrative: the month is known (Sept 2025), not the day
        session="morning",
        place=f"Thành phố Hà Tĩnh — {CONGRESS_TITLE} {ILLUSTRATIVE}",
        edition=8,
        agenda=_agenda(plan),
        has_documentary=False,
    )
    session.add(congress)
    await session.flush()
    session.add(Allocation(conference_id=congress.id, unit_id=district.id, seats=CONGRESS_SEATS_HUONG_KHE))
    await session.flush()
    audit(session, None, "seed", "plan", plan.id, reason="plan-500 demo (province congress)", district_id=province.id)
    return plan


async def seed_two_level(session: AsyncSession, province: Unit, units: dict[str, Unit]) -> Plan:
    """L3, L2 — from 2025-07-01 Hương Khê's units are merged into communes (each merge the L3 merge
    operation: the old units close on 2025-06-30, the new commune opens on 2025-07-01), the new
    communes hang directly under the province (the district level is gone), and the province
    issues a 2026–2030 plan over them (illustrative)."""
    actor = _seed_actor()
    for name, formed_from in NEW_COMMUNES:
        headcount = sum(units[u].headcount or 0 for u in formed_from)
        merged = await merge_units(
            session,
            actor,
            UnitMerge(
                unit_ids=[units[u].id for u in formed_from],
                effective_on=REFORM_DAY,
                unit=MergedUnit(name=name, kind=UnitKind.COMMUNE, headcount=headcount),
            ),
        )
        commune = await units_repo.get_unit(session, merged.id)
        assert commune is not None
        before = unit_public(commune)
        commune.parent_id = province.id  # L2 — a commune directly under the province (two levels)
        commune.district_id = province.id  # its area: the province
        await session.flush()
        await session.refresh(commune)
        audit(
            session,
            actor,
            "update",
            "unit",
            commune.id,
            before=before,
            after=unit_public(commune),
            reason="two-level local government from 2025-07-01: the commune is under the province",
            district_id=province.id,
        )
    plan = Plan(
        code=PLAN_2026_CODE,
        title=f"Kế hoạch tổ chức Hội nghị điển hình tiên tiến giai đoạn 2026 - 2030 {ILLUSTRATIVE}",
        issued_on=dt.date(2026, 1, 15),
        issuer_unit_id=province.id,
        issuer_name=PROVINCE,
        edition=1,
        period_start_year=2026,
        period_end_year=2030,
        review_period_start_year=2021,
        review_period_end_year=2025,
        unit_plan_due_on=dt.date(2026, 2, 15),
        district_compilation_due_on=dt.date(2026, 3, 31),
        grassroots_conferences_due_on=dt.date(2026, 5, 31),
        district_conference_due_on=dt.date(2026, 8, 31),
        full_assembly_headcount_cap=300,
        delegate_assembly_cap=200,
        district_conference_cap=300,
        exemplary_share_percent=70,
        # C1, C8 per level (L2), illustrative: the province's own conference in the two forms of a
        # higher level, the communes in any of the three; the communes' agendas without an award
        # presentation of their own (the province's conference presents the awards)
        issuer_forms=[ConferenceForm.ADVANCED_EXEMPLARS.value, ConferenceForm.SKILLED_CREATIVE_WORKERS.value],
        member_forms=[f.value for f in ConferenceForm],
        issuer_agenda_extras=[{"key": k, "title": t} for k, t in PLAN_187_EXTRAS],
        member_agenda_extras=[
            {"key": "children_greeting", "title": "Đại biểu thiếu nhi chào mừng"},
            {"key": "art_performance", "title": "Biểu diễn văn nghệ"},
        ],
    )
    session.add(plan)
    await session.flush()
    audit(session, None, "seed", "plan", plan.id, reason="2026-2030 province → commune demo", district_id=province.id)
    return plan
