from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.conference_form import ConferenceForm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_extra import AgendaExtra
    from ..models.reward_amount import RewardAmount


T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """A new plan (ban hành kế hoạch): every parameter of SPEC §3.

    Attributes:
        code (str): The plan's number (số hiệu), e.g. 187/KH-UBND
        delegate_assembly_cap (int): A1 — the most delegates at a delegate assembly (hội nghị đại biểu)
        district_compilation_due_on (datetime.date): S4 — the district compiles the content and programme of its
            conference by this date
        district_conference_cap (int): A2 — the most delegates at the district conference
        district_conference_due_on (datetime.date): C4 — the district conference (hội nghị cấp huyện) is held by this
            date
        edition (int): C7 — the conferences' edition (lần thứ …): 8 → VIII
        exemplary_share_percent (int): A4 — at least this percentage of the delegates are exemplary (guests and leaders
            the rest)
        full_assembly_headcount_cap (int): A1 — the largest headcount whose whole staff attends (hội nghị toàn thể);
            above it, a delegate assembly
        grassroots_conferences_due_on (datetime.date): C4 — grassroots conferences (hội nghị cấp cơ sở) are held by this
            date
        issued_on (datetime.date): The day the plan was issued (ngày ban hành); C4's window opens on it
        issuer_unit_id (UUID): The issuing district unit (UBND huyện)
        period_end_year (int): Last year of the coming period (giai đoạn), e.g. 2030
        period_start_year (int): First year of the coming period (giai đoạn), e.g. 2025
        review_period_end_year (int): Last year of the period under review (05 năm qua)
        review_period_start_year (int): First year of the period under review (05 năm qua)
        title (str): The plan's title (trích yếu)
        unit_plan_due_on (datetime.date): S1 — units send their own plan (kế hoạch cụ thể) before 00:00 of this date
        issuer_agenda_extras (list[AgendaExtra] | Unset): C8, L2 — the extra items the plan names for its issuer's
            agenda, with its wording (plan 187: §II.3, children's greeting, art performance, award presentation). Removing
            one an agenda holds answers 409 conflict (agenda_extras_in_use)
        issuer_forms (list[ConferenceForm] | Unset): C1, L2 — the conference forms (hình thức) the plan allows at its
            issuer's own conference (plan 187: §II.2.2, advanced_exemplars and skilled_creative_workers at the district
            conference). Narrowing it while a conference uses a form it leaves out answers 409 conflict (forms_in_use)
        issuer_name (None | str | Unset): Defaults to the issuing unit's name
        member_agenda_extras (list[AgendaExtra] | Unset): C8, L2 — the extra items the plan names for the agendas of the
            units under its issuer (plan 187: as for the issuer). Removing one an agenda holds answers 409 conflict
            (agenda_extras_in_use)
        member_forms (list[ConferenceForm] | Unset): C1, L2 — the conference forms the plan allows at the conferences of
            the units under its issuer (plan 187: §II.2.1, all three at the grassroots). Narrowing it while a conference
            uses a form it leaves out answers 409 conflict (forms_in_use)
        parent_plan_id (None | Unset | UUID): L1 — the plan this one implements (plan 187 implements the province's plan
            500): its issuer's conference is held after every conference of this plan, and this plan's issuer designates
            delegates to it (A10). Set when the plan is issued.
        pilot_supervisor (None | str | Unset): §II.5 — who follows the pilot unit closely (chỉ đạo điểm)
        reward_amounts (list[RewardAmount] | Unset): B2 — the reward per honour and nominee kind (tiền thưởng), entered
            by the plan's issuer. The service assumes no legal amount: a pair not listed cannot be computed into a budget's
            rewards line
    """

    code: str
    delegate_assembly_cap: int
    district_compilation_due_on: datetime.date
    district_conference_cap: int
    district_conference_due_on: datetime.date
    edition: int
    exemplary_share_percent: int
    full_assembly_headcount_cap: int
    grassroots_conferences_due_on: datetime.date
    issued_on: datetime.date
    issuer_unit_id: UUID
    period_end_year: int
    period_start_year: int
    review_period_end_year: int
    review_period_start_year: int
    title: str
    unit_plan_due_on: datetime.date
    issuer_agenda_extras: list[AgendaExtra] | Unset = UNSET
    issuer_forms: list[ConferenceForm] | Unset = UNSET
    issuer_name: None | str | Unset = UNSET
    member_agenda_extras: list[AgendaExtra] | Unset = UNSET
    member_forms: list[ConferenceForm] | Unset = UNSET
    parent_plan_id: None | Unset | UUID = UNSET
    pilot_supervisor: None | str | Unset = UNSET
    reward_amounts: list[RewardAmount] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        delegate_assembly_cap = self.delegate_assembly_cap

        district_compilation_due_on = self.district_compilation_due_on.isoformat()

        district_conference_cap = self.district_conference_cap

        district_conference_due_on = self.district_conference_due_on.isoformat()

        edition = self.edition

        exemplary_share_percent = self.exemplary_share_percent

        full_assembly_headcount_cap = self.full_assembly_headcount_cap

        grassroots_conferences_due_on = self.grassroots_conferences_due_on.isoformat()

        issued_on = self.issued_on.isoformat()

        issuer_unit_id = str(self.issuer_unit_id)

        period_end_year = self.period_end_year

        period_start_year = self.period_start_year

        review_period_end_year = self.review_period_end_year

        review_period_start_year = self.review_period_start_year

        title = self.title

        unit_plan_due_on = self.unit_plan_due_on.isoformat()

        issuer_agenda_extras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issuer_agenda_extras, Unset):
            issuer_agenda_extras = []
            for issuer_agenda_extras_item_data in self.issuer_agenda_extras:
                issuer_agenda_extras_item = issuer_agenda_extras_item_data.to_dict()
                issuer_agenda_extras.append(issuer_agenda_extras_item)

        issuer_forms: list[str] | Unset = UNSET
        if not isinstance(self.issuer_forms, Unset):
            issuer_forms = []
            for issuer_forms_item_data in self.issuer_forms:
                issuer_forms_item = issuer_forms_item_data.value
                issuer_forms.append(issuer_forms_item)

        issuer_name: None | str | Unset
        if isinstance(self.issuer_name, Unset):
            issuer_name = UNSET
        else:
            issuer_name = self.issuer_name

        member_agenda_extras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.member_agenda_extras, Unset):
            member_agenda_extras = []
            for member_agenda_extras_item_data in self.member_agenda_extras:
                member_agenda_extras_item = member_agenda_extras_item_data.to_dict()
                member_agenda_extras.append(member_agenda_extras_item)

        member_forms: list[str] | Unset = UNSET
        if not isinstance(self.member_forms, Unset):
            member_forms = []
            for member_forms_item_data in self.member_forms:
                member_forms_item = member_forms_item_data.value
                member_forms.append(member_forms_item)

        parent_plan_id: None | str | Unset
        if isinstance(self.parent_plan_id, Unset):
            parent_plan_id = UNSET
        elif isinstance(self.parent_plan_id, UUID):
            parent_plan_id = str(self.parent_plan_id)
        else:
            parent_plan_id = self.parent_plan_id

        pilot_supervisor: None | str | Unset
        if isinstance(self.pilot_supervisor, Unset):
            pilot_supervisor = UNSET
        else:
            pilot_supervisor = self.pilot_supervisor

        reward_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reward_amounts, Unset):
            reward_amounts = []
            for reward_amounts_item_data in self.reward_amounts:
                reward_amounts_item = reward_amounts_item_data.to_dict()
                reward_amounts.append(reward_amounts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "delegate_assembly_cap": delegate_assembly_cap,
                "district_compilation_due_on": district_compilation_due_on,
                "district_conference_cap": district_conference_cap,
                "district_conference_due_on": district_conference_due_on,
                "edition": edition,
                "exemplary_share_percent": exemplary_share_percent,
                "full_assembly_headcount_cap": full_assembly_headcount_cap,
                "grassroots_conferences_due_on": grassroots_conferences_due_on,
                "issued_on": issued_on,
                "issuer_unit_id": issuer_unit_id,
                "period_end_year": period_end_year,
                "period_start_year": period_start_year,
                "review_period_end_year": review_period_end_year,
                "review_period_start_year": review_period_start_year,
                "title": title,
                "unit_plan_due_on": unit_plan_due_on,
            }
        )
        if issuer_agenda_extras is not UNSET:
            field_dict["issuer_agenda_extras"] = issuer_agenda_extras
        if issuer_forms is not UNSET:
            field_dict["issuer_forms"] = issuer_forms
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if member_agenda_extras is not UNSET:
            field_dict["member_agenda_extras"] = member_agenda_extras
        if member_forms is not UNSET:
            field_dict["member_forms"] = member_forms
        if parent_plan_id is not UNSET:
            field_dict["parent_plan_id"] = parent_plan_id
        if pilot_supervisor is not UNSET:
            field_dict["pilot_supervisor"] = pilot_supervisor
        if reward_amounts is not UNSET:
            field_dict["reward_amounts"] = reward_amounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_extra import AgendaExtra  # noqa: PLC0415
        from ..models.reward_amount import RewardAmount  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        delegate_assembly_cap = d.pop("delegate_assembly_cap")

        district_compilation_due_on = datetime.date.fromisoformat(
            d.pop("district_compilation_due_on")
        )

        district_conference_cap = d.pop("district_conference_cap")

        district_conference_due_on = datetime.date.fromisoformat(
            d.pop("district_conference_due_on")
        )

        edition = d.pop("edition")

        exemplary_share_percent = d.pop("exemplary_share_percent")

        full_assembly_headcount_cap = d.pop("full_assembly_headcount_cap")

        grassroots_conferences_due_on = datetime.date.fromisoformat(
            d.pop("grassroots_conferences_due_on")
        )

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer_unit_id = UUID(d.pop("issuer_unit_id"))

        period_end_year = d.pop("period_end_year")

        period_start_year = d.pop("period_start_year")

        review_period_end_year = d.pop("review_period_end_year")

        review_period_start_year = d.pop("review_period_start_year")

        title = d.pop("title")

        unit_plan_due_on = datetime.date.fromisoformat(d.pop("unit_plan_due_on"))

        _issuer_agenda_extras = d.pop("issuer_agenda_extras", UNSET)
        issuer_agenda_extras: list[AgendaExtra] | Unset = UNSET
        if _issuer_agenda_extras is not UNSET:
            issuer_agenda_extras = []
            for issuer_agenda_extras_item_data in _issuer_agenda_extras:
                issuer_agenda_extras_item = AgendaExtra.from_dict(
                    issuer_agenda_extras_item_data
                )

                issuer_agenda_extras.append(issuer_agenda_extras_item)

        _issuer_forms = d.pop("issuer_forms", UNSET)
        issuer_forms: list[ConferenceForm] | Unset = UNSET
        if _issuer_forms is not UNSET:
            issuer_forms = []
            for issuer_forms_item_data in _issuer_forms:
                issuer_forms_item = ConferenceForm(issuer_forms_item_data)

                issuer_forms.append(issuer_forms_item)

        def _parse_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_name = _parse_issuer_name(d.pop("issuer_name", UNSET))

        _member_agenda_extras = d.pop("member_agenda_extras", UNSET)
        member_agenda_extras: list[AgendaExtra] | Unset = UNSET
        if _member_agenda_extras is not UNSET:
            member_agenda_extras = []
            for member_agenda_extras_item_data in _member_agenda_extras:
                member_agenda_extras_item = AgendaExtra.from_dict(
                    member_agenda_extras_item_data
                )

                member_agenda_extras.append(member_agenda_extras_item)

        _member_forms = d.pop("member_forms", UNSET)
        member_forms: list[ConferenceForm] | Unset = UNSET
        if _member_forms is not UNSET:
            member_forms = []
            for member_forms_item_data in _member_forms:
                member_forms_item = ConferenceForm(member_forms_item_data)

                member_forms.append(member_forms_item)

        def _parse_parent_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_plan_id_type_0 = UUID(data)

                return parent_plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_plan_id = _parse_parent_plan_id(d.pop("parent_plan_id", UNSET))

        def _parse_pilot_supervisor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor", UNSET))

        _reward_amounts = d.pop("reward_amounts", UNSET)
        reward_amounts: list[RewardAmount] | Unset = UNSET
        if _reward_amounts is not UNSET:
            reward_amounts = []
            for reward_amounts_item_data in _reward_amounts:
                reward_amounts_item = RewardAmount.from_dict(reward_amounts_item_data)

                reward_amounts.append(reward_amounts_item)

        plan_create = cls(
            code=code,
            delegate_assembly_cap=delegate_assembly_cap,
            district_compilation_due_on=district_compilation_due_on,
            district_conference_cap=district_conference_cap,
            district_conference_due_on=district_conference_due_on,
            edition=edition,
            exemplary_share_percent=exemplary_share_percent,
            full_assembly_headcount_cap=full_assembly_headcount_cap,
            grassroots_conferences_due_on=grassroots_conferences_due_on,
            issued_on=issued_on,
            issuer_unit_id=issuer_unit_id,
            period_end_year=period_end_year,
            period_start_year=period_start_year,
            review_period_end_year=review_period_end_year,
            review_period_start_year=review_period_start_year,
            title=title,
            unit_plan_due_on=unit_plan_due_on,
            issuer_agenda_extras=issuer_agenda_extras,
            issuer_forms=issuer_forms,
            issuer_name=issuer_name,
            member_agenda_extras=member_agenda_extras,
            member_forms=member_forms,
            parent_plan_id=parent_plan_id,
            pilot_supervisor=pilot_supervisor,
            reward_amounts=reward_amounts,
        )

        return plan_create
