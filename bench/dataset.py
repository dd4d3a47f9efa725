"""A deterministic province-scale dataset, loaded with PostgreSQL COPY into migrated tables.

Scale 1 is one province: 10 districts, 2,000 grassroots units (one conference each, plus one
district conference per district), 300,000 delegates, 50,000 nominations, 20,000 submissions
with their versions and 100,000 audit events. Every row respects the schema's CHECK and unique
constraints (A1 caps, A7 one person per list, N4 one live nomination per nominee, S1/S2 one
unit plan and one report per unit) so the service reads it exactly as if it had written it.

Same scale and seed, same rows: ids come from a seeded generator, timestamps from a fixed clock.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import asyncpg

from api.domain.conferences import agenda_spec, default_agenda
from api.domain.nominations import NomineeKind, nominee_key
from api.domain.plans import PLAN_187_EXTRAS, PLAN_187_ISSUER_FORMS, PLAN_187_MEMBER_FORMS
from api.domain.text import fold

PASSWORD = "Bench-pass-2024"  # every bench account (one argon2 hash, reused)
SEED = 187
BATCH = 50_000
EPOCH = dt.datetime(2025, 1, 2, 8, 0, tzinfo=dt.UTC)

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu", "Đình", "Công", "Hồng", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiệp",
    "Hoa",
    "Hòa",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Ngân",
    "Nhung",
    "Phong",
    "Phúc",
    "Phương",
    "Quân",
    "Quỳnh",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thành",
    "Thủy",
    "Trang",
    "Trung",
    "Tuấn",
    "Vân",
    "Việt",
    "Xuân",
    "Yến",
]
PLACES = [
    "Hương",
    "Phú",
    "Gia",
    "Hà",
    "Lộc",
    "Thạch",
    "Cẩm",
    "Kỳ",
    "Đức",
    "Sơn",
    "Xuân",
    "Thiên",
    "Tân",
    "Bình",
    "Vĩnh",
    "Long",
    "Hòa",
    "Mỹ",
    "Trung",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Yên",
    "Thủy",
    "Lâm",
    "Trạch",
    "Giang",
    "Liên",
    "Đồng",
]
ETHNICITIES = ["Kinh"] * 17 + ["Tày", "Thái", "Mường"]
SECTORS = ["state", "collective", "private", "foreign_invested", "other", None]
EXEMPLARY = [
    "hero",
    "emulation_soldier",
    "exemplar",
    "hcm_exemplar",
    "direct_worker",
    "good_deed",
    "province_commended",
]
EXEMPLARY_WEIGHTS = [1, 10, 30, 8, 30, 15, 6]
OTHERS = ["guest", "leader"]
POSITIONS = ["Chủ tịch UBND", "Bí thư chi bộ", "Giáo viên", "Công nhân", "Nông dân", "Bác sĩ", "Kế toán", "Trưởng thôn"]
KINDS = [("commune", 50), ("school", 25), ("enterprise", 10), ("agency", 10), ("town", 5)]
KIND_PREFIX = {
    "commune": ["xã"],
    "town": ["thị trấn"],
    "school": ["Trường Tiểu học", "Trường THCS", "Trường Mầm non"],
    "enterprise": ["Công ty TNHH", "Công ty CP", "Hợp tác xã"],
    "agency": ["Phòng", "Trung tâm", "Ban"],
}
NOMINATION_STATES = [
    ("draft", 20),
    ("submitted", 25),
    ("approved", 40),
    ("rejected", 5),
    ("returned", 5),
    ("withdrawn", 5),
]
HONOURS = ["conference_honoured", "district_certificate", "province_certificate", "other"]
BASES = ["merit", "ad_hoc", "thematic"]


@dataclass
class Shape:
    """How many of each thing a scale means."""

    scale: float
    districts: int
    units: int
    delegates: int
    giant: int
    nominations: int
    submissions: int
    audit_events: int
    import_targets: int = 8

    @classmethod
    def of(cls, scale: float) -> Shape:
        if scale <= 0:
            raise ValueError("scale must be positive")
        units = max(12, round(2_000 * scale))
        delegates = max(600, round(300_000 * scale))
        return cls(
            scale=scale,
            districts=max(1, min(10, round(10 * scale))),
            units=units,
            delegates=delegates,
            giant=min(100_000, delegates // 3),
            nominations=max(100, round(50_000 * scale)),
            submissions=max(3 * units, round(20_000 * scale)),
            audit_events=max(500, round(100_000 * scale)),
        )


@dataclass
class District:
    id: str
    name: str
    plan_id: str
    conference_id: str  # the district conference
    admin: str  # username of its district admin
    units: int


@dataclass
class Manifest:
    """What the scenarios need to know about the data they run on."""

    scale: float
    password: str
    districts: list[District]
    giant_conference_id: str
    giant_delegates: int
    read_conferences: list[str]  # district 1: a sample of lists, the giant and the district conference
    write_conferences: list[str]  # district 1: lists with room, no cap trouble for a bounded run
    import_targets: list[str]  # district 1: empty full-assembly conferences
    unit_queries: list[str]
    province_plan_id: str = ""  # L1 — the province's plan every district's plan implements
    province_admin: str = ""  # username of the province's admin (L2)
    counts: dict[str, int] = field(default_factory=dict)
    load_seconds: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        data = dict(data)
        data["districts"] = [District(**d) for d in data["districts"]]
        return cls(**data)


@lru_cache(maxsize=65536)
def _fold(value: str) -> str:
    return fold(value)


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _agenda() -> str:
    spec = agenda_spec((2020, 2025), (2025, 2030))
    return json.dumps(
        [
            {"key": i.key, "title": i.title, "kind": i.kind, "start_time": None}
            | ({"presentation_ids": []} if i.key == "presentations" else {})
            for i in default_agenda(spec, {})
        ],
        ensure_ascii=False,
    )


async def _copy(conn: asyncpg.Connection, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> int:
    """COPY in batches so the biggest scale never holds all its rows in memory."""
    total = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            await conn.copy_records_to_table(table, records=batch, columns=list(columns))
            total += len(batch)
            batch = []
    if batch:
        await conn.copy_records_to_table(table, records=batch, columns=list(columns))
        total += len(batch)
    return total


def plain_dsn(url: str) -> str:
    """asyncpg's DSN from a SQLAlchemy URL."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def load(url: str, scale: float, *, seed: int = SEED, password_hash: str | None = None) -> Manifest:
    """Generate the dataset for ``scale`` and COPY it into the (migrated, empty) database at ``url``."""
    if password_hash is None:
        from api.services.auth import hash_password

        password_hash = hash_password(PASSWORD)  # argon2 once; every account shares it
    shape = Shape.of(scale)
    rng = random.Random(seed)
    new_id = _Ids(rng)
    timings: dict[str, float] = {}
    conn = await asyncpg.connect(plain_dsn(url))
    try:
        await conn.execute("SET synchronous_commit = off")
        started = time.perf_counter()

        # --- units: the province, its districts, the grassroots units ---------------------------
        province_id = new_id()
        unit_rows: list[tuple[Any, ...]] = []
        unit_cols = (
            "id",
            "name",
            "name_folded",
            "kind",
            "level",
            "parent_id",
            "district_id",
            "headcount",
            "party_congress_date",
            "is_pilot",
            "block_id",
            "created_at",
            "updated_at",
        )

        def unit_row(
            uid: uuid.UUID,
            name: str,
            kind: str,
            level: str,
            parent: uuid.UUID | None,
            district: uuid.UUID | None,
            headcount: int | None,
            pilot: bool = False,
        ) -> tuple[Any, ...]:
            return (uid, name, _fold(name), kind, level, parent, district, headcount, None, pilot, None, EPOCH, EPOCH)

        unit_rows.append(unit_row(province_id, "UBND tỉnh Hà Tĩnh", "province", "province", None, None, None))
        districts: list[dict[str, Any]] = []
        used_places: set[str] = set()
        for d in range(shape.districts):
            while True:
                place = f"{rng.choice(PLACES)} {rng.choice(PLACES)}"
                if place not in used_places:
                    used_places.add(place)
                    break
            did = new_id()
            districts.append({"id": did, "place": place, "name": f"UBND huyện {place}", "n": d + 1, "units": []})
            unit_rows.append(unit_row(did, f"UBND huyện {place}", "district", "district", province_id, did, 180))
        grassroots: list[dict[str, Any]] = []
        for n in range(shape.units):
            district = districts[n % shape.districts]
            kind = _weighted(rng, KINDS)
            name = f"{rng.choice(KIND_PREFIX[kind])} {rng.choice(PLACES)} {rng.choice(PLACES)}"
            big = rng.random() < 0.3  # above 300: a delegate assembly capped at 200 (A1)
            headcount = rng.randint(301, 3_000) if big else rng.randint(15, 300)
            pilot = len(district["units"]) == 1  # one pilot per district (§II.5)
            unit = {
                "id": new_id(),
                "name": name,
                "kind": kind,
                "headcount": headcount,
                "big": big,
                "district": district,
                "pilot": pilot,
            }
            district["units"].append(unit)
            grassroots.append(unit)
            unit_rows.append(
                unit_row(unit["id"], name, kind, "grassroots", district["id"], district["id"], headcount, pilot)
            )
        await _copy(conn, "units", unit_cols, iter(unit_rows))

        # --- plans, one per district ------------------------------------------------------------
        plan_cols = (
            "id",
            "code",
            "title",
            "issued_on",
            "issuer_unit_id",
            "issuer_name",
            "edition",
            "period_start_year",
            "period_end_year",
            "review_period_start_year",
            "review_period_end_year",
            "unit_plan_due_on",
            "district_compilation_due_on",
            "grassroots_conferences_due_on",
            "district_conference_due_on",
            "full_assembly_headcount_cap",
            "delegate_assembly_cap",
            "district_conference_cap",
            "exemplary_share_percent",
            "pilot_supervisor",
            "created_at",
            "updated_at",
            "parent_plan_id",
            "issuer_forms",
            "member_forms",
            "issuer_agenda_extras",
            "member_agenda_extras",
        )
        # C1, C8, L2 — plan 187's forms and agenda extras per level, at both plans
        extras = json.dumps([{"key": key, "title": title} for key, title in PLAN_187_EXTRAS], ensure_ascii=False)
        per_level = (
            [f.value for f in PLAN_187_ISSUER_FORMS],
            [f.value for f in PLAN_187_MEMBER_FORMS],
            extras,
            extras,
        )
        # L1 — the province's plan (its congress's), which every district's plan implements
        province_plan = new_id()
        plan_rows: list[tuple[Any, ...]] = [
            (
                province_plan,
                "500/KH-UBND",
                "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp và Đại hội Thi đua yêu nước tỉnh lần thứ VIII",
                dt.date(2024, 10, 1),
                province_id,
                "UBND tỉnh Hà Tĩnh",
                8,
                2025,
                2030,
                2020,
                2025,
                dt.date(2024, 11, 30),
                dt.date(2025, 1, 31),
                dt.date(2025, 6, 30),
                dt.date(2025, 9, 30),
                300,
                200,
                500,
                70,
                None,
                EPOCH,
                EPOCH,
                None,
                *per_level,
            )
        ]
        for district in districts:
            district["plan"] = new_id()
            plan_rows.append(
                (
                    district["plan"],
                    "187/KH-UBND",
                    f"Kế hoạch tổ chức Hội nghị điển hình tiên tiến {district['name']} lần thứ VIII",
                    dt.date(2024, 10, 11),
                    district["id"],
                    district["name"],
                    8,
                    2025,
                    2030,
                    2020,
                    2025,
                    dt.date(2024, 11, 10),
                    dt.date(2025, 1, 31),
                    dt.date(2025, 3, 31),
                    dt.date(2025, 6, 30),
                    300,
                    200,
                    300,
                    70,
                    "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện",
                    EPOCH,
                    EPOCH,
                    province_plan,
                    *per_level,
                )
            )
        await _copy(conn, "plans", plan_cols, iter(plan_rows))

        # --- users: a district admin per district, officers for a few units, a viewer ---------
        user_cols = (
            "id",
            "username",
            "full_name",
            "role",
            "unit_id",
            "password_hash",
            "is_active",
            "scopes",
            "created_at",
            "updated_at",
        )
        user_rows = []
        for district in districts:
            district["admin"] = f"admin.d{district['n']:02d}"
            district["admin_id"] = new_id()
            user_rows.append(
                (
                    district["admin_id"],
                    district["admin"],
                    f"Phòng Nội vụ {district['name']}",
                    "district_admin",
                    district["id"],
                    password_hash,
                    True,
                    [],
                    EPOCH,
                    EPOCH,
                )
            )
            for k, unit in enumerate(district["units"][:3]):
                user_rows.append(
                    (
                        new_id(),
                        f"canbo.d{district['n']:02d}.{k}",
                        f"Cán bộ thi đua {unit['name']}",
                        "unit_officer",
                        unit["id"],
                        password_hash,
                        True,
                        [],
                        EPOCH,
                        EPOCH,
                    )
                )
        user_rows.append(
            (new_id(), "sonoivu.bench", "Sở Nội vụ", "province_viewer", None, password_hash, True, [], EPOCH, EPOCH)
        )
        user_rows.append(  # L2 — the admin bound to the province
            (
                new_id(),
                "admin.tinh",
                "Ban Thi đua tỉnh",
                "district_admin",
                province_id,
                password_hash,
                True,
                [],
                EPOCH,
                EPOCH,
            )
        )
        await _copy(conn, "users", user_cols, iter(user_rows))

        # --- conferences: one per grassroots unit, then the district's, after all of them (C6) --
        agenda = _agenda()
        conf_cols = (
            "id",
            "plan_id",
            "unit_id",
            "district_id",
            "level",
            "form",
            "held_on",
            "session",
            "place",
            "is_congress",
            "has_documentary",
            "has_exchange",
            "edition",
            "agenda",
            "finalized_at",
            "created_at",
            "updated_at",
        )
        forms = ["advanced_exemplars", "good_people_good_deeds", "skilled_creative_workers"]
        conf_rows = []
        for unit in grassroots:
            unit["conference"] = new_id()
            held = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 83))  # up to 2025-03-30
            district = unit["district"]
            conf_rows.append(
                (
                    unit["conference"],
                    district["plan"],
                    unit["id"],
                    district["id"],
                    "grassroots",
                    rng.choice(forms),
                    held,
                    rng.choice(["morning", "afternoon"]),
                    district["place"],
                    False,
                    False,
                    False,
                    8,
                    agenda,
                    None,
                    EPOCH,
                    EPOCH,
                )
            )
        for district in districts:
            district["conference"] = new_id()
            conf_rows.append(
                (
                    district["conference"],
                    district["plan"],
                    district["id"],
                    district["id"],
                    "district",
                    "advanced_exemplars",
                    dt.date(2025, 5, 20),
                    "morning",
                    district["place"],
                    False,
                    False,
                    False,
                    8,
                    agenda,
                    None,
                    EPOCH,
                    EPOCH,
                )
            )
        await _copy(conn, "conferences", conf_cols, iter(conf_rows))

        # A10 — seats at each district conference for its first units (≤ 210 in all)
        alloc_rows = []
        for district in districts:
            for unit in district["units"][:50]:
                alloc_rows.append((district["conference"], unit["id"], 3))
        await _copy(conn, "allocations", ("conference_id", "unit_id", "seats"), iter(alloc_rows))
        timings["register"] = round(time.perf_counter() - started, 2)

        # --- delegates ------------------------------------------------------------------------
        started = time.perf_counter()
        first = districts[0]
        full = [u for u in first["units"] if not u["big"] and not u["pilot"]]
        giant = full[0]
        targets = full[1 : 1 + shape.import_targets]
        target_ids = {u["id"] for u in targets}
        sizes: dict[uuid.UUID, int] = {giant["conference"]: shape.giant}
        for district in districts:
            sizes[district["conference"]] = rng.randint(150, 250)
        open_units = [u for u in grassroots if u is not giant and u["id"] not in target_ids]
        for unit in open_units:
            if unit["big"]:
                sizes[unit["conference"]] = rng.randint(60, 150)  # room under the cap of 200 (A1)
        remaining = shape.delegates - sum(sizes.values())
        full_open = [u for u in open_units if not u["big"]]
        weights = [rng.paretovariate(1.6) for _ in full_open]  # a few big full assemblies, many small
        total_weight = sum(weights) or 1.0
        assigned = 0
        for unit, w in zip(full_open, weights, strict=True):
            n = int(remaining * w / total_weight)
            sizes[unit["conference"]] = n
            assigned += n
        if full_open:
            sizes[full_open[0]["conference"]] += max(remaining - assigned, 0)
        conference_owner = {u["conference"]: u for u in grassroots}
        for district in districts:
            conference_owner[district["conference"]] = {"name": district["name"], "id": district["id"]}

        del_cols = (
            "id",
            "conference_id",
            "full_name",
            "name_folded",
            "gender",
            "birth_date",
            "ethnicity",
            "national_id",
            "phone",
            "position",
            "workplace",
            "economic_sector",
            "category",
            "province_commendations",
            "pilot_invitee",
            "note",
            "origin_delegate_id",
            "origin_unit_id",
            "created_at",
            "updated_at",
        )
        counter = iter(range(1, 10**11))

        def delegate_rows() -> Iterator[tuple[Any, ...]]:
            for conference_id, size in sizes.items():
                owner = conference_owner[conference_id]
                seen: set[tuple[str, dt.date]] = set()
                exemplary_share = rng.uniform(0.74, 0.92)
                for _ in range(size):
                    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                    folded = _fold(name)
                    birth = dt.date(1960 + rng.randrange(45), 1 + rng.randrange(12), 1 + rng.randrange(28))
                    n = next(counter)
                    national_id: str | None = f"0{n:011d}"
                    if rng.random() < 0.2 and (folded, birth) not in seen:
                        national_id = None  # A7 then by folded name and birth date, unique per list
                        seen.add((folded, birth))
                    if rng.random() < exemplary_share:
                        category = rng.choices(EXEMPLARY, weights=EXEMPLARY_WEIGHTS)[0]
                    else:
                        category = rng.choice(OTHERS)
                    created = EPOCH + dt.timedelta(seconds=n)
                    yield (
                        new_id(),
                        conference_id,
                        name,
                        folded,
                        rng.choice(["male", "female"]),
                        birth,
                        rng.choice(ETHNICITIES),
                        national_id,
                        f"09{rng.randrange(10**8):08d}" if rng.random() < 0.6 else None,
                        rng.choice(POSITIONS),
                        owner["name"],
                        rng.choice(SECTORS),
                        category,
                        rng.choice([0, 0, 0, 1, 2, 3]),
                        False,
                        None,
                        None,
                        None,
                        created,
                        created,
                    )

        n_delegates = await _copy(conn, "delegates", del_cols, delegate_rows())
        timings["delegates"] = round(time.perf_counter() - started, 2)

        # --- nominations (N1–N4) --------------------------------------------------------------
        started = time.perf_counter()
        nom_cols = (
            "id",
            "conference_id",
            "unit_id",
            "district_id",
            "nominee_kind",
            "nominee_name",
            "nominee_key",
            "national_id",
            "birth_date",
            "rank",
            "works_directly",
            "delegate_id",
            "honour",
            "honour_other",
            "basis",
            "achievements",
            "state",
            "reason",
            "created_by",
            "submitted_by",
            "submitted_at",
            "decided_by",
            "decided_at",
            "created_at",
            "updated_at",
        )
        nominating = [u for u in grassroots if u["id"] not in target_ids]

        def nomination_rows() -> Iterator[tuple[Any, ...]]:
            for n in range(shape.nominations):
                unit = nominating[rng.randrange(len(nominating))]
                district = unit["district"]
                admin = district["admin_id"]
                state = _weighted(rng, NOMINATION_STATES)
                created = EPOCH + dt.timedelta(minutes=n)
                if rng.random() < 0.85:
                    kind = NomineeKind.INDIVIDUAL
                    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                    national_id: str | None = f"1{n:011d}"
                    birth: dt.date | None = dt.date(
                        1960 + rng.randrange(45), 1 + rng.randrange(12), 1 + rng.randrange(28)
                    )
                    rank: str | None = rng.choices(["leader", "worker"], weights=[1, 3])[0]
                    works: bool | None = rng.random() < 0.4
                else:
                    kind = NomineeKind.COLLECTIVE
                    name = f"Tập thể tổ {n} {unit['name']}"
                    national_id, birth, rank, works = None, None, None, None
                key = nominee_key(kind, name, national_id, birth.isoformat() if birth else None)
                honour = rng.choice(HONOURS)
                submitted = state not in ("draft", "withdrawn")
                decided = state in ("approved", "rejected", "returned")
                yield (
                    new_id(),
                    unit["conference"],
                    unit["id"],
                    district["id"],
                    kind.value,
                    name,
                    key,
                    national_id,
                    birth,
                    rank,
                    works,
                    None,
                    honour,
                    "Kỷ niệm chương" if honour == "other" else None,
                    rng.choice(BASES),
                    "Thành tích tiêu biểu giai đoạn 2020 - 2025",
                    state,
                    "Chưa đủ minh chứng" if state in ("rejected", "returned") else None,
                    admin,
                    admin if submitted else None,
                    created if submitted else None,
                    admin if decided else None,
                    created + dt.timedelta(days=1) if decided else None,
                    created,
                    created,
                )

        n_nominations = await _copy(conn, "nominations", nom_cols, nomination_rows())

        # --- submissions with their versions (S1–S3, S5) --------------------------------------
        sub_cols = (
            "id",
            "kind",
            "plan_id",
            "unit_id",
            "district_id",
            "conference_id",
            "presenter_delegate_id",
            "title",
            "state",
            "current_version",
            "received_at",
            "reason",
            "created_by",
            "submitted_by",
            "decided_by",
            "created_at",
            "updated_at",
        )
        ver_cols = ("submission_id", "number", "title", "content", "created_by", "created_at")
        sub_rows: list[tuple[Any, ...]] = []
        ver_rows: list[tuple[Any, ...]] = []
        due = dt.datetime(2024, 11, 9, 17, 0, tzinfo=dt.UTC)  # 00:00 on 10/11/2024 in Hà Nội time

        def submission(
            unit: dict[str, Any],
            kind: str,
            state: str,
            received: dt.datetime | None,
            content: dict[str, Any],
            title: str,
            conference: uuid.UUID | None = None,
        ) -> None:
            sid = new_id()
            versions = rng.randint(1, 3)
            admin = unit["district"]["admin_id"]
            created = EPOCH - dt.timedelta(days=60) + dt.timedelta(seconds=len(sub_rows))
            sub_rows.append(
                (
                    sid,
                    kind,
                    unit["district"]["plan"],
                    unit["id"],
                    unit["district"]["id"],
                    conference,
                    None,
                    title,
                    state,
                    versions,
                    received,
                    None,
                    admin,
                    admin if received else None,
                    None,
                    created,
                    created,
                )
            )
            body = json.dumps(content, ensure_ascii=False)
            for v in range(1, versions + 1):
                ver_rows.append((sid, v, title, body, admin, created + dt.timedelta(hours=v)))

        for unit in grassroots:
            r = rng.random()
            if r < 0.15:
                continue  # S1 — missing
            if r < 0.25:
                submission(unit, "unit_plan", "draft", None, {"text": "Dự thảo kế hoạch"}, "Kế hoạch tổ chức Hội nghị")
                continue
            late = rng.random() < 0.15
            received = due + dt.timedelta(hours=rng.randint(1, 200)) * (1 if late else -1)
            submission(
                unit,
                "unit_plan",
                "submitted",
                received,
                {"text": f"Kế hoạch tổ chức Hội nghị điển hình tiên tiến của {unit['name']}"},
                "Kế hoạch tổ chức Hội nghị điển hình tiên tiến",
            )
        sections = {"p1.I": "Tình hình chung của đơn vị.", "p1.II": "Công tác lãnh đạo, chỉ đạo."}
        for unit in grassroots:
            if rng.random() < 0.8:
                submission(
                    unit,
                    "summary_report",
                    rng.choice(["draft", "submitted", "approved"]),
                    None,
                    {"sections": sections, "figures": None},
                    "Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng 5 năm",
                )
        while len(sub_rows) < shape.submissions:
            unit = nominating[rng.randrange(len(nominating))]
            submission(
                unit,
                "presentation",
                rng.choice(["draft", "submitted", "approved", "changes_requested"]),
                None,
                {"text": "Mô hình liên kết sản xuất theo chuỗi giá trị."},
                "Báo cáo tham luận",
                conference=unit["conference"],
            )
        n_submissions = await _copy(conn, "submissions", sub_cols, iter(sub_rows))
        n_versions = await _copy(conn, "submission_versions", ver_cols, iter(ver_rows))

        # --- audit events (X4) ----------------------------------------------------------------
        audit_cols = (
            "occurred_at",
            "actor_id",
            "actor_username",
            "action",
            "entity",
            "entity_id",
            "before",
            "after",
            "reason",
            "request_id",
            "district_id",
        )

        def audit_rows() -> Iterator[tuple[Any, ...]]:
            for n in range(shape.audit_events):
                district = districts[n % len(districts)]
                after = {
                    "id": str(new_id()),
                    "full_name": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
                    "category": rng.choice(EXEMPLARY),
                    "province_commendations": 0,
                }
                yield (
                    EPOCH + dt.timedelta(seconds=n),
                    district["admin_id"],
                    district["admin"],
                    "create",
                    "delegate",
                    after["id"],
                    None,
                    json.dumps(after, ensure_ascii=False),
                    None,
                    f"bench{n:08d}",
                    district["id"],
                )

        n_audit = await _copy(conn, "audit_events", audit_cols, audit_rows())
        timings["activity"] = round(time.perf_counter() - started, 2)

        started = time.perf_counter()
        await conn.execute("VACUUM (ANALYZE)")
        timings["vacuum_analyze"] = round(time.perf_counter() - started, 2)
    finally:
        await conn.close()

    # --- what the scenarios read and write ----------------------------------------------------
    first_units = [u for u in first["units"] if u is not giant and u["id"] not in target_ids]
    pick = random.Random(seed + 1)
    sample = pick.sample(first_units, min(48, len(first_units)))
    read_conferences = [str(u["conference"]) for u in sample] + [str(giant["conference"]), str(first["conference"])]
    # Full assemblies (A1: no cap): a bounded run of 20 writers never meets a cap, whatever the
    # server's speed; a delegate assembly only when there is no full assembly at all.
    writable = [u for u in first_units if not u["pilot"] and not u["big"]] or [u for u in first_units if not u["pilot"]]
    write_conferences = [str(u["conference"]) for u in pick.sample(writable, min(200, len(writable)))]
    queries: list[str] = []
    for unit in pick.sample(grassroots, min(20, len(grassroots))):
        words = _fold(unit["name"]).split()
        place = words[-2:]
        queries.append(" ".join(place) if pick.random() < 0.5 else place[0][:3])
    return Manifest(
        scale=scale,
        password=PASSWORD,
        districts=[
            District(
                id=str(d["id"]),
                name=d["name"],
                plan_id=str(d["plan"]),
                conference_id=str(d["conference"]),
                admin=d["admin"],
                units=len(d["units"]),
            )
            for d in districts
        ],
        giant_conference_id=str(giant["conference"]),
        giant_delegates=shape.giant,
        read_conferences=read_conferences,
        write_conferences=write_conferences,
        import_targets=[str(u["conference"]) for u in targets],
        unit_queries=queries,
        province_plan_id=str(province_plan),
        province_admin="admin.tinh",
        counts={
            "districts": len(districts),
            "units": len(unit_rows),
            "grassroots_units": len(grassroots),
            "conferences": len(conf_rows),
            "delegates": n_delegates,
            "nominations": n_nominations,
            "submissions": n_submissions,
            "submission_versions": n_versions,
            "audit_events": n_audit,
            "users": len(user_rows),
        },
        load_seconds=timings,
    )
