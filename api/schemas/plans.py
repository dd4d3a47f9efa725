"""The plan and its parameters (SPEC §3)."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict, JsonValue

from api.domain.budgets import MAX_AMOUNT
from api.domain.nominations import Honour, NomineeKind
from api.domain.plans import PLAN_187_EXTRAS, PLAN_187_ISSUER_FORMS, PLAN_187_MEMBER_FORMS, ConferenceForm
from api.schemas import examples as ex
from api.schemas.common import Code, Instant, Model, Name, ShortText, Update

PLAN_187: JsonDict = {
    "code": "187/KH-UBND",
    "title": "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp huyện Hương Khê lần thứ VIII",
    "issued_on": "2024-10-11",
    "issuer_unit_id": ex.DISTRICT_ID,
    "issuer_name": "UBND huyện Hương Khê",
    "edition": 8,
    "period_start_year": 2025,
    "period_end_year": 2030,
    "review_period_start_year": 2020,
    "review_period_end_year": 2025,
    "unit_plan_due_on": "2024-11-10",
    "district_compilation_due_on": "2025-01-31",
    "grassroots_conferences_due_on": "2025-03-31",
    "district_conference_due_on": "2025-06-30",
    "full_assembly_headcount_cap": 300,
    "delegate_assembly_cap": 200,
    "district_conference_cap": 300,
    "exemplary_share_percent": 70,
    "pilot_supervisor": "Nguyễn Văn Hiệp, Phó Chủ tịch HĐND huyện, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện",
    "issuer_forms": [f.value for f in PLAN_187_ISSUER_FORMS],
    "member_forms": [f.value for f in PLAN_187_MEMBER_FORMS],
    "issuer_agenda_extras": [{"key": k, "title": t} for k, t in PLAN_187_EXTRAS],
    "member_agenda_extras": [{"key": k, "title": t} for k, t in PLAN_187_EXTRAS],
}


class AgendaExtra(Model):
    """C8 — an extra item the plan names for a conference's agenda (§II.3: "có thể tổ chức một số
    nội dung như ..."), with the plan's wording."""

    key: str = Field(
        description="The item's key on the agenda: lower-case letters, digits and underscores, e.g. art_performance",
        pattern=r"^[a-z][a-z0-9_]{0,39}$",
        max_length=40,
    )
    title: Name = Field(description="The plan's wording, e.g. Biểu diễn văn nghệ")


def _plan_187_extras() -> list[AgendaExtra]:
    return [AgendaExtra(key=k, title=t) for k, t in PLAN_187_EXTRAS]


ISSUER_FORMS = (
    "C1, L2 — the conference forms (hình thức) the plan allows at its issuer's own conference (plan 187: "
    "§II.2.2, advanced_exemplars and skilled_creative_workers at the district conference). Narrowing it while a "
    "conference uses a form it leaves out answers 409 conflict (forms_in_use)"
)
MEMBER_FORMS = (
    "C1, L2 — the conference forms the plan allows at the conferences of the units under its issuer (plan 187: "
    "§II.2.1, all three at the grassroots). Narrowing it while a conference uses a form it leaves out answers "
    "409 conflict (forms_in_use)"
)
ISSUER_EXTRAS = (
    "C8, L2 — the extra items the plan names for its issuer's agenda, with its wording (plan 187: §II.3, children's "
    "greeting, art performance, award presentation). Removing one an agenda holds answers 409 conflict "
    "(agenda_extras_in_use)"
)
MEMBER_EXTRAS = (
    "C8, L2 — the extra items the plan names for the agendas of the units under its issuer (plan 187: as for "
    "the issuer). Removing one an agenda holds answers 409 conflict (agenda_extras_in_use)"
)


class RewardAmount(Model):
    """B2 — the reward (tiền thưởng) the plan sets for one honour and nominee kind, in whole đồng."""

    honour: Honour = Field(description="N2 — the honour (hình thức khen thưởng)")
    nominee_kind: NomineeKind = Field(description="N1 — an individual (cá nhân) or a collective (tập thể)")
    amount: int = Field(description="B2 — whole đồng per approved nomination", ge=0, le=MAX_AMOUNT, strict=True)


REWARD_AMOUNTS_EXAMPLE: list[JsonValue] = [
    {"honour": "district_certificate", "nominee_kind": "individual", "amount": 500_000},
    {"honour": "district_certificate", "nominee_kind": "collective", "amount": 1_000_000},
]
REWARD_AMOUNTS = (
    "B2 — the reward per honour and nominee kind (tiền thưởng), entered by the plan's issuer. The service "
    "assumes no legal amount: a pair not listed cannot be computed into a budget's rewards line"
)


class PlanPublic(BaseModel):
    """A district's plan (kế hoạch) for its conferences: the edition, the periods, the deadlines
    and the caps every rule reads (SPEC §3)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": ex.PLAN_ID,
                    **PLAN_187,
                    "edition_roman": "VIII",
                    "district_exemplary_seats": 210,
                    "reward_amounts": REWARD_AMOUNTS_EXAMPLE,
                    "created_at": ex.CREATED_AT,
                    "updated_at": ex.UPDATED_AT,
                }
            ]
        }
    )

    id: uuid.UUID = Field(description="The plan's id")
    code: str = Field(description="The plan's number (số hiệu), e.g. 187/KH-UBND")
    title: str = Field(description="The plan's title (trích yếu)")
    issued_on: dt.date = Field(description="The day the plan was issued (ngày ban hành); C4's window opens on it")
    issuer_unit_id: uuid.UUID = Field(description="The issuing district unit (UBND huyện)")
    issuer_name: str = Field(description="The issuer as printed, e.g. UBND huyện Hương Khê")
    edition: int = Field(description="C7 — the conferences' edition (lần thứ …): 8 → VIII")
    edition_roman: str = Field(description="C7 — the edition in Roman numerals, as the title prints it")
    period_start_year: int = Field(description="First year of the coming period (giai đoạn), e.g. 2025")
    period_end_year: int = Field(description="Last year of the coming period (giai đoạn), e.g. 2030")
    review_period_start_year: int = Field(description="First year of the period under review (05 năm qua)")
    review_period_end_year: int = Field(description="Last year of the period under review (05 năm qua)")
    unit_plan_due_on: dt.date = Field(
        description="S1 — units send their own plan (kế hoạch cụ thể) before 00:00 of this date"
    )
    district_compilation_due_on: dt.date = Field(
        description="S4 — the district compiles the content and programme of its conference by this date"
    )
    grassroots_conferences_due_on: dt.date = Field(
        description="C4 — grassroots conferences (hội nghị cấp cơ sở) are held by this date"
    )
    district_conference_due_on: dt.date = Field(
        description="C4 — the district conference (hội nghị cấp huyện) is held by this date"
    )
    full_assembly_headcount_cap: int = Field(
        description="A1 — the largest headcount whose whole staff attends (hội nghị toàn thể); above it, "
        "a delegate assembly"
    )
    delegate_assembly_cap: int = Field(description="A1 — the most delegates at a delegate assembly (hội nghị đại biểu)")
    district_conference_cap: int = Field(description="A2 — the most delegates at the district conference")
    exemplary_share_percent: int = Field(
        description="A4 — at least this percentage of the delegates are exemplary (guests and leaders the rest)"
    )
    district_exemplary_seats: int = Field(
        description="A10 — exemplary seats at the district conference (its cap × the exemplary share), "
        "allocated to the grassroots units"
    )
    pilot_supervisor: str | None = Field(description="§II.5 — who follows the pilot unit closely (chỉ đạo điểm)")
    reward_amounts: list[RewardAmount] = Field(description=REWARD_AMOUNTS)
    issuer_forms: list[ConferenceForm] = Field(description=ISSUER_FORMS)
    member_forms: list[ConferenceForm] = Field(description=MEMBER_FORMS)
    issuer_agenda_extras: list[AgendaExtra] = Field(description=ISSUER_EXTRAS)
    member_agenda_extras: list[AgendaExtra] = Field(description=MEMBER_EXTRAS)
    parent_plan_id: uuid.UUID | None = Field(
        default=None,
        description="L1 — the plan this one implements (plan 187 implements the province's plan 500): its "
        "issuer's conference is held after every conference of this plan, and this plan's issuer designates "
        "delegates to it (A10). Set when the plan is issued.",
    )
    created_at: Instant
    updated_at: Instant


class PlanFields(Model):
    """The plan's parameters a district admin writes; the other fields of PlanPublic are the service's."""

    described_by = PlanPublic

    code: Code = Field(examples=["187/KH-UBND"])
    title: ShortText
    issued_on: dt.date
    issuer_unit_id: uuid.UUID
    issuer_name: Name | None = Field(default=None, description="Defaults to the issuing unit's name")
    edition: int = Field(ge=1, le=1000)
    period_start_year: int = Field(ge=1945, le=2200)
    period_end_year: int = Field(ge=1945, le=2200)
    review_period_start_year: int = Field(ge=1945, le=2200)
    review_period_end_year: int = Field(ge=1945, le=2200)
    unit_plan_due_on: dt.date
    district_compilation_due_on: dt.date
    grassroots_conferences_due_on: dt.date
    district_conference_due_on: dt.date
    full_assembly_headcount_cap: int = Field(ge=1, le=1_000_000)
    delegate_assembly_cap: int = Field(ge=1, le=1_000_000)
    district_conference_cap: int = Field(ge=1, le=1_000_000)
    exemplary_share_percent: int = Field(ge=0, le=100)
    pilot_supervisor: ShortText | None = None
    reward_amounts: list[RewardAmount] = Field(default_factory=list, max_length=100)
    issuer_forms: list[ConferenceForm] = Field(
        default_factory=lambda: list(PLAN_187_ISSUER_FORMS), min_length=1, max_length=len(ConferenceForm)
    )
    member_forms: list[ConferenceForm] = Field(
        default_factory=lambda: list(PLAN_187_MEMBER_FORMS), min_length=1, max_length=len(ConferenceForm)
    )
    issuer_agenda_extras: list[AgendaExtra] = Field(default_factory=_plan_187_extras, max_length=20)
    member_agenda_extras: list[AgendaExtra] = Field(default_factory=_plan_187_extras, max_length=20)
    parent_plan_id: uuid.UUID | None = None


class PlanCreate(PlanFields):
    """A new plan (ban hành kế hoạch): every parameter of SPEC §3."""

    model_config = ConfigDict(json_schema_extra={"examples": [PLAN_187]})


class PlanUpdate(Update):
    """A change to a plan: only the fields sent change; PlanPublic can be sent back as it is."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"district_conference_due_on": "2025-06-20"}]})

    code: Code | None = None
    title: ShortText | None = None
    issued_on: dt.date | None = None
    issuer_name: Name | None = None
    edition: int | None = Field(default=None, ge=1, le=1000)
    period_start_year: int | None = Field(default=None, ge=1945, le=2200)
    period_end_year: int | None = Field(default=None, ge=1945, le=2200)
    review_period_start_year: int | None = Field(default=None, ge=1945, le=2200)
    review_period_end_year: int | None = Field(default=None, ge=1945, le=2200)
    unit_plan_due_on: dt.date | None = None
    district_compilation_due_on: dt.date | None = None
    grassroots_conferences_due_on: dt.date | None = None
    district_conference_due_on: dt.date | None = None
    full_assembly_headcount_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    delegate_assembly_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    district_conference_cap: int | None = Field(default=None, ge=1, le=1_000_000)
    exemplary_share_percent: int | None = Field(default=None, ge=0, le=100)
    pilot_supervisor: ShortText | None = None
    reward_amounts: list[RewardAmount] | None = Field(default=None, max_length=100)
    issuer_forms: list[ConferenceForm] | None = Field(default=None, min_length=1, max_length=len(ConferenceForm))
    member_forms: list[ConferenceForm] | None = Field(default=None, min_length=1, max_length=len(ConferenceForm))
    issuer_agenda_extras: list[AgendaExtra] | None = Field(default=None, max_length=20)
    member_agenda_extras: list[AgendaExtra] | None = Field(default=None, max_length=20)


PlanUpdate.public_schema = PlanPublic
