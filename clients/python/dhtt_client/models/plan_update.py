from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.conference_form import ConferenceForm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_extra import AgendaExtra
    from ..models.reward_amount import RewardAmount


T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """A change to a plan: only the fields sent change; PlanPublic can be sent back as it is.

    Attributes:
        code (None | str | Unset): The plan's number (số hiệu), e.g. 187/KH-UBND
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        delegate_assembly_cap (int | None | Unset): A1 — the most delegates at a delegate assembly (hội nghị đại biểu)
        district_compilation_due_on (datetime.date | None | Unset): S4 — the district compiles the content and programme
            of its conference by this date
        district_conference_cap (int | None | Unset): A2 — the most delegates at the district conference
        district_conference_due_on (datetime.date | None | Unset): C4 — the district conference (hội nghị cấp huyện) is
            held by this date
        district_exemplary_seats (Any | Unset): Read-only: accepted when it equals what the service holds (send back
            what GET gave), refused otherwise
        edition (int | None | Unset): C7 — the conferences' edition (lần thứ …): 8 → VIII
        edition_roman (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        exemplary_share_percent (int | None | Unset): A4 — at least this percentage of the delegates are exemplary
            (guests and leaders the rest)
        full_assembly_headcount_cap (int | None | Unset): A1 — the largest headcount whose whole staff attends (hội nghị
            toàn thể); above it, a delegate assembly
        grassroots_conferences_due_on (datetime.date | None | Unset): C4 — grassroots conferences (hội nghị cấp cơ sở)
            are held by this date
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        issued_on (datetime.date | None | Unset): The day the plan was issued (ngày ban hành); C4's window opens on it
        issuer_agenda_extras (list[AgendaExtra] | None | Unset): C8, L2 — the extra items the plan names for its
            issuer's agenda, with its wording (plan 187: §II.3, children's greeting, art performance, award presentation).
            Removing one an agenda holds answers 409 conflict (agenda_extras_in_use)
        issuer_forms (list[ConferenceForm] | None | Unset): C1, L2 — the conference forms (hình thức) the plan allows at
            its issuer's own conference (plan 187: §II.2.2, advanced_exemplars and skilled_creative_workers at the district
            conference). Narrowing it while a conference uses a form it leaves out answers 409 conflict (forms_in_use)
        issuer_name (None | str | Unset): The issuer as printed, e.g. UBND huyện Hương Khê
        issuer_unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        member_agenda_extras (list[AgendaExtra] | None | Unset): C8, L2 — the extra items the plan names for the agendas
            of the units under its issuer (plan 187: as for the issuer). Removing one an agenda holds answers 409 conflict
            (agenda_extras_in_use)
        member_forms (list[ConferenceForm] | None | Unset): C1, L2 — the conference forms the plan allows at the
            conferences of the units under its issuer (plan 187: §II.2.1, all three at the grassroots). Narrowing it while a
            conference uses a form it leaves out answers 409 conflict (forms_in_use)
        parent_plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        period_end_year (int | None | Unset): Last year of the coming period (giai đoạn), e.g. 2030
        period_start_year (int | None | Unset): First year of the coming period (giai đoạn), e.g. 2025
        pilot_supervisor (None | str | Unset): §II.5 — who follows the pilot unit closely (chỉ đạo điểm)
        review_period_end_year (int | None | Unset): Last year of the period under review (05 năm qua)
        review_period_start_year (int | None | Unset): First year of the period under review (05 năm qua)
        reward_amounts (list[RewardAmount] | None | Unset): B2 — the reward per honour and nominee kind (tiền thưởng),
            entered by the plan's issuer. The service assumes no legal amount: a pair not listed cannot be computed into a
            budget's rewards line
        title (None | str | Unset): The plan's title (trích yếu)
        unit_plan_due_on (datetime.date | None | Unset): S1 — units send their own plan (kế hoạch cụ thể) before 00:00
            of this date
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    code: None | str | Unset = UNSET
    created_at: Any | Unset = UNSET
    delegate_assembly_cap: int | None | Unset = UNSET
    district_compilation_due_on: datetime.date | None | Unset = UNSET
    district_conference_cap: int | None | Unset = UNSET
    district_conference_due_on: datetime.date | None | Unset = UNSET
    district_exemplary_seats: Any | Unset = UNSET
    edition: int | None | Unset = UNSET
    edition_roman: Any | Unset = UNSET
    exemplary_share_percent: int | None | Unset = UNSET
    full_assembly_headcount_cap: int | None | Unset = UNSET
    grassroots_conferences_due_on: datetime.date | None | Unset = UNSET
    id: Any | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    issuer_agenda_extras: list[AgendaExtra] | None | Unset = UNSET
    issuer_forms: list[ConferenceForm] | None | Unset = UNSET
    issuer_name: None | str | Unset = UNSET
    issuer_unit_id: Any | Unset = UNSET
    member_agenda_extras: list[AgendaExtra] | None | Unset = UNSET
    member_forms: list[ConferenceForm] | None | Unset = UNSET
    parent_plan_id: Any | Unset = UNSET
    period_end_year: int | None | Unset = UNSET
    period_start_year: int | None | Unset = UNSET
    pilot_supervisor: None | str | Unset = UNSET
    review_period_end_year: int | None | Unset = UNSET
    review_period_start_year: int | None | Unset = UNSET
    reward_amounts: list[RewardAmount] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_plan_due_on: datetime.date | None | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        created_at = self.created_at

        delegate_assembly_cap: int | None | Unset
        if isinstance(self.delegate_assembly_cap, Unset):
            delegate_assembly_cap = UNSET
        else:
            delegate_assembly_cap = self.delegate_assembly_cap

        district_compilation_due_on: None | str | Unset
        if isinstance(self.district_compilation_due_on, Unset):
            district_compilation_due_on = UNSET
        elif isinstance(self.district_compilation_due_on, datetime.date):
            district_compilation_due_on = self.district_compilation_due_on.isoformat()
        else:
            district_compilation_due_on = self.district_compilation_due_on

        district_conference_cap: int | None | Unset
        if isinstance(self.district_conference_cap, Unset):
            district_conference_cap = UNSET
        else:
            district_conference_cap = self.district_conference_cap

        district_conference_due_on: None | str | Unset
        if isinstance(self.district_conference_due_on, Unset):
            district_conference_due_on = UNSET
        elif isinstance(self.district_conference_due_on, datetime.date):
            district_conference_due_on = self.district_conference_due_on.isoformat()
        else:
            district_conference_due_on = self.district_conference_due_on

        district_exemplary_seats = self.district_exemplary_seats

        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        edition_roman = self.edition_roman

        exemplary_share_percent: int | None | Unset
        if isinstance(self.exemplary_share_percent, Unset):
            exemplary_share_percent = UNSET
        else:
            exemplary_share_percent = self.exemplary_share_percent

        full_assembly_headcount_cap: int | None | Unset
        if isinstance(self.full_assembly_headcount_cap, Unset):
            full_assembly_headcount_cap = UNSET
        else:
            full_assembly_headcount_cap = self.full_assembly_headcount_cap

        grassroots_conferences_due_on: None | str | Unset
        if isinstance(self.grassroots_conferences_due_on, Unset):
            grassroots_conferences_due_on = UNSET
        elif isinstance(self.grassroots_conferences_due_on, datetime.date):
            grassroots_conferences_due_on = (
                self.grassroots_conferences_due_on.isoformat()
            )
        else:
            grassroots_conferences_due_on = self.grassroots_conferences_due_on

        id = self.id

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        issuer_agenda_extras: list[dict[str, Any]] | None | Unset
        if isinstance(self.issuer_agenda_extras, Unset):
            issuer_agenda_extras = UNSET
        elif isinstance(self.issuer_agenda_extras, list):
            issuer_agenda_extras = []
            for issuer_agenda_extras_type_0_item_data in self.issuer_agenda_extras:
                issuer_agenda_extras_type_0_item = (
                    issuer_agenda_extras_type_0_item_data.to_dict()
                )
                issuer_agenda_extras.append(issuer_agenda_extras_type_0_item)

        else:
            issuer_agenda_extras = self.issuer_agenda_extras

        issuer_forms: list[str] | None | Unset
        if isinstance(self.issuer_forms, Unset):
            issuer_forms = UNSET
        elif isinstance(self.issuer_forms, list):
            issuer_forms = []
            for issuer_forms_type_0_item_data in self.issuer_forms:
                issuer_forms_type_0_item = issuer_forms_type_0_item_data.value
                issuer_forms.append(issuer_forms_type_0_item)

        else:
            issuer_forms = self.issuer_forms

        issuer_name: None | str | Unset
        if isinstance(self.issuer_name, Unset):
            issuer_name = UNSET
        else:
            issuer_name = self.issuer_name

        issuer_unit_id = self.issuer_unit_id

        member_agenda_extras: list[dict[str, Any]] | None | Unset
        if isinstance(self.member_agenda_extras, Unset):
            member_agenda_extras = UNSET
        elif isinstance(self.member_agenda_extras, list):
            member_agenda_extras = []
            for member_agenda_extras_type_0_item_data in self.member_agenda_extras:
                member_agenda_extras_type_0_item = (
                    member_agenda_extras_type_0_item_data.to_dict()
                )
                member_agenda_extras.append(member_agenda_extras_type_0_item)

        else:
            member_agenda_extras = self.member_agenda_extras

        member_forms: list[str] | None | Unset
        if isinstance(self.member_forms, Unset):
            member_forms = UNSET
        elif isinstance(self.member_forms, list):
            member_forms = []
            for member_forms_type_0_item_data in self.member_forms:
                member_forms_type_0_item = member_forms_type_0_item_data.value
                member_forms.append(member_forms_type_0_item)

        else:
            member_forms = self.member_forms

        parent_plan_id = self.parent_plan_id

        period_end_year: int | None | Unset
        if isinstance(self.period_end_year, Unset):
            period_end_year = UNSET
        else:
            period_end_year = self.period_end_year

        period_start_year: int | None | Unset
        if isinstance(self.period_start_year, Unset):
            period_start_year = UNSET
        else:
            period_start_year = self.period_start_year

        pilot_supervisor: None | str | Unset
        if isinstance(self.pilot_supervisor, Unset):
            pilot_supervisor = UNSET
        else:
            pilot_supervisor = self.pilot_supervisor

        review_period_end_year: int | None | Unset
        if isinstance(self.review_period_end_year, Unset):
            review_period_end_year = UNSET
        else:
            review_period_end_year = self.review_period_end_year

        review_period_start_year: int | None | Unset
        if isinstance(self.review_period_start_year, Unset):
            review_period_start_year = UNSET
        else:
            review_period_start_year = self.review_period_start_year

        reward_amounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.reward_amounts, Unset):
            reward_amounts = UNSET
        elif isinstance(self.reward_amounts, list):
            reward_amounts = []
            for reward_amounts_type_0_item_data in self.reward_amounts:
                reward_amounts_type_0_item = reward_amounts_type_0_item_data.to_dict()
                reward_amounts.append(reward_amounts_type_0_item)

        else:
            reward_amounts = self.reward_amounts

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_plan_due_on: None | str | Unset
        if isinstance(self.unit_plan_due_on, Unset):
            unit_plan_due_on = UNSET
        elif isinstance(self.unit_plan_due_on, datetime.date):
            unit_plan_due_on = self.unit_plan_due_on.isoformat()
        else:
            unit_plan_due_on = self.unit_plan_due_on

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delegate_assembly_cap is not UNSET:
            field_dict["delegate_assembly_cap"] = delegate_assembly_cap
        if district_compilation_due_on is not UNSET:
            field_dict["district_compilation_due_on"] = district_compilation_due_on
        if district_conference_cap is not UNSET:
            field_dict["district_conference_cap"] = district_conference_cap
        if district_conference_due_on is not UNSET:
            field_dict["district_conference_due_on"] = district_conference_due_on
        if district_exemplary_seats is not UNSET:
            field_dict["district_exemplary_seats"] = district_exemplary_seats
        if edition is not UNSET:
            field_dict["edition"] = edition
        if edition_roman is not UNSET:
            field_dict["edition_roman"] = edition_roman
        if exemplary_share_percent is not UNSET:
            field_dict["exemplary_share_percent"] = exemplary_share_percent
        if full_assembly_headcount_cap is not UNSET:
            field_dict["full_assembly_headcount_cap"] = full_assembly_headcount_cap
        if grassroots_conferences_due_on is not UNSET:
            field_dict["grassroots_conferences_due_on"] = grassroots_conferences_due_on
        if id is not UNSET:
            field_dict["id"] = id
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if issuer_agenda_extras is not UNSET:
            field_dict["issuer_agenda_extras"] = issuer_agenda_extras
        if issuer_forms is not UNSET:
            field_dict["issuer_forms"] = issuer_forms
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if issuer_unit_id is not UNSET:
            field_dict["issuer_unit_id"] = issuer_unit_id
        if member_agenda_extras is not UNSET:
            field_dict["member_agenda_extras"] = member_agenda_extras
        if member_forms is not UNSET:
            field_dict["member_forms"] = member_forms
        if parent_plan_id is not UNSET:
            field_dict["parent_plan_id"] = parent_plan_id
        if period_end_year is not UNSET:
            field_dict["period_end_year"] = period_end_year
        if period_start_year is not UNSET:
            field_dict["period_start_year"] = period_start_year
        if pilot_supervisor is not UNSET:
            field_dict["pilot_supervisor"] = pilot_supervisor
        if review_period_end_year is not UNSET:
            field_dict["review_period_end_year"] = review_period_end_year
        if review_period_start_year is not UNSET:
            field_dict["review_period_start_year"] = review_period_start_year
        if reward_amounts is not UNSET:
            field_dict["reward_amounts"] = reward_amounts
        if title is not UNSET:
            field_dict["title"] = title
        if unit_plan_due_on is not UNSET:
            field_dict["unit_plan_due_on"] = unit_plan_due_on
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_extra import AgendaExtra  # noqa: PLC0415
        from ..models.reward_amount import RewardAmount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        created_at = d.pop("created_at", UNSET)

        def _parse_delegate_assembly_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delegate_assembly_cap = _parse_delegate_assembly_cap(
            d.pop("delegate_assembly_cap", UNSET)
        )

        def _parse_district_compilation_due_on(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_compilation_due_on_type_0 = datetime.date.fromisoformat(data)

                return district_compilation_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        district_compilation_due_on = _parse_district_compilation_due_on(
            d.pop("district_compilation_due_on", UNSET)
        )

        def _parse_district_conference_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        district_conference_cap = _parse_district_conference_cap(
            d.pop("district_conference_cap", UNSET)
        )

        def _parse_district_conference_due_on(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_conference_due_on_type_0 = datetime.date.fromisoformat(data)

                return district_conference_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        district_conference_due_on = _parse_district_conference_due_on(
            d.pop("district_conference_due_on", UNSET)
        )

        district_exemplary_seats = d.pop("district_exemplary_seats", UNSET)

        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))

        edition_roman = d.pop("edition_roman", UNSET)

        def _parse_exemplary_share_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemplary_share_percent = _parse_exemplary_share_percent(
            d.pop("exemplary_share_percent", UNSET)
        )

        def _parse_full_assembly_headcount_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        full_assembly_headcount_cap = _parse_full_assembly_headcount_cap(
            d.pop("full_assembly_headcount_cap", UNSET)
        )

        def _parse_grassroots_conferences_due_on(
            data: object,
        ) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grassroots_conferences_due_on_type_0 = datetime.date.fromisoformat(data)

                return grassroots_conferences_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        grassroots_conferences_due_on = _parse_grassroots_conferences_due_on(
            d.pop("grassroots_conferences_due_on", UNSET)
        )

        id = d.pop("id", UNSET)

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_issuer_agenda_extras(
            data: object,
        ) -> list[AgendaExtra] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issuer_agenda_extras_type_0 = []
                _issuer_agenda_extras_type_0 = data
                for (
                    issuer_agenda_extras_type_0_item_data
                ) in _issuer_agenda_extras_type_0:
                    issuer_agenda_extras_type_0_item = AgendaExtra.from_dict(
                        issuer_agenda_extras_type_0_item_data
                    )

                    issuer_agenda_extras_type_0.append(issuer_agenda_extras_type_0_item)

                return issuer_agenda_extras_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaExtra] | None | Unset, data)

        issuer_agenda_extras = _parse_issuer_agenda_extras(
            d.pop("issuer_agenda_extras", UNSET)
        )

        def _parse_issuer_forms(data: object) -> list[ConferenceForm] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issuer_forms_type_0 = []
                _issuer_forms_type_0 = data
                for issuer_forms_type_0_item_data in _issuer_forms_type_0:
                    issuer_forms_type_0_item = ConferenceForm(
                        issuer_forms_type_0_item_data
                    )

                    issuer_forms_type_0.append(issuer_forms_type_0_item)

                return issuer_forms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConferenceForm] | None | Unset, data)

        issuer_forms = _parse_issuer_forms(d.pop("issuer_forms", UNSET))

        def _parse_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_name = _parse_issuer_name(d.pop("issuer_name", UNSET))

        issuer_unit_id = d.pop("issuer_unit_id", UNSET)

        def _parse_member_agenda_extras(
            data: object,
        ) -> list[AgendaExtra] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_agenda_extras_type_0 = []
                _member_agenda_extras_type_0 = data
                for (
                    member_agenda_extras_type_0_item_data
                ) in _member_agenda_extras_type_0:
                    member_agenda_extras_type_0_item = AgendaExtra.from_dict(
                        member_agenda_extras_type_0_item_data
                    )

                    member_agenda_extras_type_0.append(member_agenda_extras_type_0_item)

                return member_agenda_extras_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaExtra] | None | Unset, data)

        member_agenda_extras = _parse_member_agenda_extras(
            d.pop("member_agenda_extras", UNSET)
        )

        def _parse_member_forms(data: object) -> list[ConferenceForm] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_forms_type_0 = []
                _member_forms_type_0 = data
                for member_forms_type_0_item_data in _member_forms_type_0:
                    member_forms_type_0_item = ConferenceForm(
                        member_forms_type_0_item_data
                    )

                    member_forms_type_0.append(member_forms_type_0_item)

                return member_forms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConferenceForm] | None | Unset, data)

        member_forms = _parse_member_forms(d.pop("member_forms", UNSET))

        parent_plan_id = d.pop("parent_plan_id", UNSET)

        def _parse_period_end_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end_year = _parse_period_end_year(d.pop("period_end_year", UNSET))

        def _parse_period_start_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_start_year = _parse_period_start_year(d.pop("period_start_year", UNSET))

        def _parse_pilot_supervisor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor", UNSET))

        def _parse_review_period_end_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_period_end_year = _parse_review_period_end_year(
            d.pop("review_period_end_year", UNSET)
        )

        def _parse_review_period_start_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_period_start_year = _parse_review_period_start_year(
            d.pop("review_period_start_year", UNSET)
        )

        def _parse_reward_amounts(data: object) -> list[RewardAmount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reward_amounts_type_0 = []
                _reward_amounts_type_0 = data
                for reward_amounts_type_0_item_data in _reward_amounts_type_0:
                    reward_amounts_type_0_item = RewardAmount.from_dict(
                        reward_amounts_type_0_item_data
                    )

                    reward_amounts_type_0.append(reward_amounts_type_0_item)

                return reward_amounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RewardAmount] | None | Unset, data)

        reward_amounts = _parse_reward_amounts(d.pop("reward_amounts", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_unit_plan_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_plan_due_on_type_0 = datetime.date.fromisoformat(data)

                return unit_plan_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unit_plan_due_on = _parse_unit_plan_due_on(d.pop("unit_plan_due_on", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        plan_update = cls(
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
            parent_plan_id=parent_plan_id,
            period_end_year=period_end_year,
            period_start_year=period_start_year,
            pilot_supervisor=pilot_supervisor,
            review_period_end_year=review_period_end_year,
            review_period_start_year=review_period_start_year,
            reward_amounts=reward_amounts,
            title=title,
            unit_plan_due_on=unit_plan_due_on,
            updated_at=updated_at,
        )

        return plan_update
