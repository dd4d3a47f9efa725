from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_form import ConferenceForm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_extra import AgendaExtra
    from ..models.reward_amount import RewardAmount


T = TypeVar("T", bound="PlanPublic")


@_attrs_define
class PlanPublic:
    """A district's plan (kế hoạch) for its conferences: the edition, the periods, the deadlines
    and the caps every rule reads (SPEC §3).

        Attributes:
            code (str): The plan's number (số hiệu), e.g. 187/KH-UBND
            created_at (datetime.datetime): ISO 8601, UTC, ending in Z
            delegate_assembly_cap (int): A1 — the most delegates at a delegate assembly (hội nghị đại biểu)
            district_compilation_due_on (datetime.date): S4 — the district compiles the content and programme of its
                conference by this date
            district_conference_cap (int): A2 — the most delegates at the district conference
            district_conference_due_on (datetime.date): C4 — the district conference (hội nghị cấp huyện) is held by this
                date
            district_exemplary_seats (int): A10 — exemplary seats at the district conference (its cap × the exemplary
                share), allocated to the grassroots units
            edition (int): C7 — the conferences' edition (lần thứ …): 8 → VIII
            edition_roman (str): C7 — the edition in Roman numerals, as the title prints it
            exemplary_share_percent (int): A4 — at least this percentage of the delegates are exemplary (guests and leaders
                the rest)
            full_assembly_headcount_cap (int): A1 — the largest headcount whose whole staff attends (hội nghị toàn thể);
                above it, a delegate assembly
            grassroots_conferences_due_on (datetime.date): C4 — grassroots conferences (hội nghị cấp cơ sở) are held by this
                date
            id (UUID): The plan's id
            issued_on (datetime.date): The day the plan was issued (ngày ban hành); C4's window opens on it
            issuer_agenda_extras (list[AgendaExtra]): C8, L2 — the extra items the plan names for its issuer's agenda, with
                its wording (plan 187: §II.3, children's greeting, art performance, award presentation). Removing one an agenda
                holds answers 409 conflict (agenda_extras_in_use)
            issuer_forms (list[ConferenceForm]): C1, L2 — the conference forms (hình thức) the plan allows at its issuer's
                own conference (plan 187: §II.2.2, advanced_exemplars and skilled_creative_workers at the district conference).
                Narrowing it while a conference uses a form it leaves out answers 409 conflict (forms_in_use)
            issuer_name (str): The issuer as printed, e.g. UBND huyện Hương Khê
            issuer_unit_id (UUID): The issuing district unit (UBND huyện)
            member_agenda_extras (list[AgendaExtra]): C8, L2 — the extra items the plan names for the agendas of the units
                under its issuer (plan 187: as for the issuer). Removing one an agenda holds answers 409 conflict
                (agenda_extras_in_use)
            member_forms (list[ConferenceForm]): C1, L2 — the conference forms the plan allows at the conferences of the
                units under its issuer (plan 187: §II.2.1, all three at the grassroots). Narrowing it while a conference uses a
                form it leaves out answers 409 conflict (forms_in_use)
            period_end_year (int): Last year of the coming period (giai đoạn), e.g. 2030
            period_start_year (int): First year of the coming period (giai đoạn), e.g. 2025
            pilot_supervisor (None | str): §II.5 — who follows the pilot unit closely (chỉ đạo điểm)
            review_period_end_year (int): Last year of the period under review (05 năm qua)
            review_period_start_year (int): First year of the period under review (05 năm qua)
            reward_amounts (list[RewardAmount]): B2 — the reward per honour and nominee kind (tiền thưởng), entered by the
                plan's issuer. The service assumes no legal amount: a pair not listed cannot be computed into a budget's rewards
                line
            title (str): The plan's title (trích yếu)
            unit_plan_due_on (datetime.date): S1 — units send their own plan (kế hoạch cụ thể) before 00:00 of this date
            updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
            parent_plan_id (None | Unset | UUID): L1 — the plan this one implements (plan 187 implements the province's plan
                500): its issuer's conference is held after every conference of this plan, and this plan's issuer designates
                delegates to it (A10). Set when the plan is issued.
    """

    code: str
    created_at: datetime.datetime
    delegate_assembly_cap: int
    district_compilation_due_on: datetime.date
    district_conference_cap: int
    district_conference_due_on: datetime.date
    district_exemplary_seats: int
    edition: int
    edition_roman: str
    exemplary_share_percent: int
    full_assembly_headcount_cap: int
    grassroots_conferences_due_on: datetime.date
    id: UUID
    issued_on: datetime.date
    issuer_agenda_extras: list[AgendaExtra]
    issuer_forms: list[ConferenceForm]
    issuer_name: str
    issuer_unit_id: UUID
    member_agenda_extras: list[AgendaExtra]
    member_forms: list[ConferenceForm]
    period_end_year: int
    period_start_year: int
    pilot_supervisor: None | str
    review_period_end_year: int
    review_period_start_year: int
    reward_amounts: list[RewardAmount]
    title: str
    unit_plan_due_on: datetime.date
    updated_at: datetime.datetime
    parent_plan_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        delegate_assembly_cap = self.delegate_assembly_cap

        district_compilation_due_on = self.district_compilation_due_on.isoformat()

        district_conference_cap = self.district_conference_cap

        district_conference_due_on = self.district_conference_due_on.isoformat()

        district_exemplary_seats = self.district_exemplary_seats

        edition = self.edition

        edition_roman = self.edition_roman

        exemplary_share_percent = self.exemplary_share_percent

        full_assembly_headcount_cap = self.full_assembly_headcount_cap

        grassroots_conferences_due_on = self.grassroots_conferences_due_on.isoformat()

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        issuer_agenda_extras = []
        for issuer_agenda_extras_item_data in self.issuer_agenda_extras:
            issuer_agenda_extras_item = issuer_agenda_extras_item_data.to_dict()
            issuer_agenda_extras.append(issuer_agenda_extras_item)

        issuer_forms = []
        for issuer_forms_item_data in self.issuer_forms:
            issuer_forms_item = issuer_forms_item_data.value
            issuer_forms.append(issuer_forms_item)

        issuer_name = self.issuer_name

        issuer_unit_id = str(self.issuer_unit_id)

        member_agenda_extras = []
        for member_agenda_extras_item_data in self.member_agenda_extras:
            member_agenda_extras_item = member_agenda_extras_item_data.to_dict()
            member_agenda_extras.append(member_agenda_extras_item)

        member_forms = []
        for member_forms_item_data in self.member_forms:
            member_forms_item = member_forms_item_data.value
            member_forms.append(member_forms_item)

        period_end_year = self.period_end_year

        period_start_year = self.period_start_year

        pilot_supervisor: None | str
        pilot_supervisor = self.pilot_supervisor

        review_period_end_year = self.review_period_end_year

        review_period_start_year = self.review_period_start_year

        reward_amounts = []
        for reward_amounts_item_data in self.reward_amounts:
            reward_amounts_item = reward_amounts_item_data.to_dict()
            reward_amounts.append(reward_amounts_item)

        title = self.title

        unit_plan_due_on = self.unit_plan_due_on.isoformat()

        updated_at = self.updated_at.isoformat()

        parent_plan_id: None | str | Unset
        if isinstance(self.parent_plan_id, Unset):
            parent_plan_id = UNSET
        elif isinstance(self.parent_plan_id, UUID):
            parent_plan_id = str(self.parent_plan_id)
        else:
            parent_plan_id = self.parent_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "created_at": created_at,
                "delegate_assembly_cap": delegate_assembly_cap,
                "district_compilation_due_on": district_compilation_due_on,
                "district_conference_cap": district_conference_cap,
                "district_conference_due_on": district_conference_due_on,
                "district_exemplary_seats": district_exemplary_seats,
                "edition": edition,
                "edition_roman": edition_roman,
                "exemplary_share_percent": exemplary_share_percent,
                "full_assembly_headcount_cap": full_assembly_headcount_cap,
                "grassroots_conferences_due_on": grassroots_conferences_due_on,
                "id": id,
                "issued_on": issued_on,
                "issuer_agenda_extras": issuer_agenda_extras,
                "issuer_forms": issuer_forms,
                "issuer_name": issuer_name,
                "issuer_unit_id": issuer_unit_id,
                "member_agenda_extras": member_agenda_extras,
                "member_forms": member_forms,
                "period_end_year": period_end_year,
                "period_start_year": period_start_year,
                "pilot_supervisor": pilot_supervisor,
                "review_period_end_year": review_period_end_year,
                "review_period_start_year": review_period_start_year,
                "reward_amounts": reward_amounts,
                "title": title,
                "unit_plan_due_on": unit_plan_due_on,
                "updated_at": updated_at,
            }
        )
        if parent_plan_id is not UNSET:
            field_dict["parent_plan_id"] = parent_plan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_extra import AgendaExtra  # noqa: PLC0415
        from ..models.reward_amount import RewardAmount  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delegate_assembly_cap = d.pop("delegate_assembly_cap")

        district_compilation_due_on = datetime.date.fromisoformat(
            d.pop("district_compilation_due_on")
        )

        district_conference_cap = d.pop("district_conference_cap")

        district_conference_due_on = datetime.date.fromisoformat(
            d.pop("district_conference_due_on")
        )

        district_exemplary_seats = d.pop("district_exemplary_seats")

        edition = d.pop("edition")

        edition_roman = d.pop("edition_roman")

        exemplary_share_percent = d.pop("exemplary_share_percent")

        full_assembly_headcount_cap = d.pop("full_assembly_headcount_cap")

        grassroots_conferences_due_on = datetime.date.fromisoformat(
            d.pop("grassroots_conferences_due_on")
        )

        id = UUID(d.pop("id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer_agenda_extras = []
        _issuer_agenda_extras = d.pop("issuer_agenda_extras")
        for issuer_agenda_extras_item_data in _issuer_agenda_extras:
            issuer_agenda_extras_item = AgendaExtra.from_dict(
                issuer_agenda_extras_item_data
            )

            issuer_agenda_extras.append(issuer_agenda_extras_item)

        issuer_forms = []
        _issuer_forms = d.pop("issuer_forms")
        for issuer_forms_item_data in _issuer_forms:
            issuer_forms_item = ConferenceForm(issuer_forms_item_data)

            issuer_forms.append(issuer_forms_item)

        issuer_name = d.pop("issuer_name")

        issuer_unit_id = UUID(d.pop("issuer_unit_id"))

        member_agenda_extras = []
        _member_agenda_extras = d.pop("member_agenda_extras")
        for member_agenda_extras_item_data in _member_agenda_extras:
            member_agenda_extras_item = AgendaExtra.from_dict(
                member_agenda_extras_item_data
            )

            member_agenda_extras.append(member_agenda_extras_item)

        member_forms = []
        _member_forms = d.pop("member_forms")
        for member_forms_item_data in _member_forms:
            member_forms_item = ConferenceForm(member_forms_item_data)

            member_forms.append(member_forms_item)

        period_end_year = d.pop("period_end_year")

        period_start_year = d.pop("period_start_year")

        def _parse_pilot_supervisor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor"))

        review_period_end_year = d.pop("review_period_end_year")

        review_period_start_year = d.pop("review_period_start_year")

        reward_amounts = []
        _reward_amounts = d.pop("reward_amounts")
        for reward_amounts_item_data in _reward_amounts:
            reward_amounts_item = RewardAmount.from_dict(reward_amounts_item_data)

            reward_amounts.append(reward_amounts_item)

        title = d.pop("title")

        unit_plan_due_on = datetime.date.fromisoformat(d.pop("unit_plan_due_on"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        plan_public = cls(
            code=code,
            created_at=created_at,
            delegate_assembly_cap=delegate_assembly_cap,
            district_compilation_due_on=district_compilation_due_on,
            district_conference_cap=district_conference_cap,
            district_conference_due_on=district_conference_due_on,
            district_exemplary_seats=district_exemplary_seats,
            edition=edition,
            edition_roman=edition_roman,
            exemplary_share_percent=exemplary_share_percent,
            full_assembly_headcount_cap=full_assembly_headcount_cap,
            grassroots_conferences_due_on=grassroots_conferences_due_on,
            id=id,
            issued_on=issued_on,
            issuer_agenda_extras=issuer_agenda_extras,
            issuer_forms=issuer_forms,
            issuer_name=issuer_name,
            issuer_unit_id=issuer_unit_id,
            member_agenda_extras=member_agenda_extras,
            member_forms=member_forms,
            period_end_year=period_end_year,
            period_start_year=period_start_year,
            pilot_supervisor=pilot_supervisor,
            review_period_end_year=review_period_end_year,
            review_period_start_year=review_period_start_year,
            reward_amounts=reward_amounts,
            title=title,
            unit_plan_due_on=unit_plan_due_on,
            updated_at=updated_at,
            parent_plan_id=parent_plan_id,
        )

        plan_public.additional_properties = d
        return plan_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
