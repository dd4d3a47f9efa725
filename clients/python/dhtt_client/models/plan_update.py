from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """
    Attributes:
        code (None | str | Unset):
        compilation_due (datetime.date | None | Unset):
        delegate_assembly_cap (int | None | Unset):
        district_conference_cap (int | None | Unset):
        district_deadline (datetime.date | None | Unset):
        edition (int | None | Unset):
        exemplary_share_percent (int | None | Unset):
        full_assembly_limit (int | None | Unset):
        grassroots_deadline (datetime.date | None | Unset):
        issued_on (datetime.date | None | Unset):
        issuer_name (None | str | Unset):
        period_end (int | None | Unset):
        period_start (int | None | Unset):
        pilot_supervisor (None | str | Unset):
        review_end (int | None | Unset):
        review_start (int | None | Unset):
        title (None | str | Unset):
        unit_plan_due (datetime.date | None | Unset):
    """

    code: None | str | Unset = UNSET
    compilation_due: datetime.date | None | Unset = UNSET
    delegate_assembly_cap: int | None | Unset = UNSET
    district_conference_cap: int | None | Unset = UNSET
    district_deadline: datetime.date | None | Unset = UNSET
    edition: int | None | Unset = UNSET
    exemplary_share_percent: int | None | Unset = UNSET
    full_assembly_limit: int | None | Unset = UNSET
    grassroots_deadline: datetime.date | None | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    issuer_name: None | str | Unset = UNSET
    period_end: int | None | Unset = UNSET
    period_start: int | None | Unset = UNSET
    pilot_supervisor: None | str | Unset = UNSET
    review_end: int | None | Unset = UNSET
    review_start: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_plan_due: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        compilation_due: None | str | Unset
        if isinstance(self.compilation_due, Unset):
            compilation_due = UNSET
        elif isinstance(self.compilation_due, datetime.date):
            compilation_due = self.compilation_due.isoformat()
        else:
            compilation_due = self.compilation_due

        delegate_assembly_cap: int | None | Unset
        if isinstance(self.delegate_assembly_cap, Unset):
            delegate_assembly_cap = UNSET
        else:
            delegate_assembly_cap = self.delegate_assembly_cap

        district_conference_cap: int | None | Unset
        if isinstance(self.district_conference_cap, Unset):
            district_conference_cap = UNSET
        else:
            district_conference_cap = self.district_conference_cap

        district_deadline: None | str | Unset
        if isinstance(self.district_deadline, Unset):
            district_deadline = UNSET
        elif isinstance(self.district_deadline, datetime.date):
            district_deadline = self.district_deadline.isoformat()
        else:
            district_deadline = self.district_deadline

        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        exemplary_share_percent: int | None | Unset
        if isinstance(self.exemplary_share_percent, Unset):
            exemplary_share_percent = UNSET
        else:
            exemplary_share_percent = self.exemplary_share_percent

        full_assembly_limit: int | None | Unset
        if isinstance(self.full_assembly_limit, Unset):
            full_assembly_limit = UNSET
        else:
            full_assembly_limit = self.full_assembly_limit

        grassroots_deadline: None | str | Unset
        if isinstance(self.grassroots_deadline, Unset):
            grassroots_deadline = UNSET
        elif isinstance(self.grassroots_deadline, datetime.date):
            grassroots_deadline = self.grassroots_deadline.isoformat()
        else:
            grassroots_deadline = self.grassroots_deadline

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        issuer_name: None | str | Unset
        if isinstance(self.issuer_name, Unset):
            issuer_name = UNSET
        else:
            issuer_name = self.issuer_name

        period_end: int | None | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        else:
            period_end = self.period_end

        period_start: int | None | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        else:
            period_start = self.period_start

        pilot_supervisor: None | str | Unset
        if isinstance(self.pilot_supervisor, Unset):
            pilot_supervisor = UNSET
        else:
            pilot_supervisor = self.pilot_supervisor

        review_end: int | None | Unset
        if isinstance(self.review_end, Unset):
            review_end = UNSET
        else:
            review_end = self.review_end

        review_start: int | None | Unset
        if isinstance(self.review_start, Unset):
            review_start = UNSET
        else:
            review_start = self.review_start

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_plan_due: None | str | Unset
        if isinstance(self.unit_plan_due, Unset):
            unit_plan_due = UNSET
        elif isinstance(self.unit_plan_due, datetime.date):
            unit_plan_due = self.unit_plan_due.isoformat()
        else:
            unit_plan_due = self.unit_plan_due

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if compilation_due is not UNSET:
            field_dict["compilation_due"] = compilation_due
        if delegate_assembly_cap is not UNSET:
            field_dict["delegate_assembly_cap"] = delegate_assembly_cap
        if district_conference_cap is not UNSET:
            field_dict["district_conference_cap"] = district_conference_cap
        if district_deadline is not UNSET:
            field_dict["district_deadline"] = district_deadline
        if edition is not UNSET:
            field_dict["edition"] = edition
        if exemplary_share_percent is not UNSET:
            field_dict["exemplary_share_percent"] = exemplary_share_percent
        if full_assembly_limit is not UNSET:
            field_dict["full_assembly_limit"] = full_assembly_limit
        if grassroots_deadline is not UNSET:
            field_dict["grassroots_deadline"] = grassroots_deadline
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if pilot_supervisor is not UNSET:
            field_dict["pilot_supervisor"] = pilot_supervisor
        if review_end is not UNSET:
            field_dict["review_end"] = review_end
        if review_start is not UNSET:
            field_dict["review_start"] = review_start
        if title is not UNSET:
            field_dict["title"] = title
        if unit_plan_due is not UNSET:
            field_dict["unit_plan_due"] = unit_plan_due

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_compilation_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compilation_due_type_0 = datetime.date.fromisoformat(data)

                return compilation_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        compilation_due = _parse_compilation_due(d.pop("compilation_due", UNSET))

        def _parse_delegate_assembly_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delegate_assembly_cap = _parse_delegate_assembly_cap(
            d.pop("delegate_assembly_cap", UNSET)
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

        def _parse_district_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_deadline_type_0 = datetime.date.fromisoformat(data)

                return district_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        district_deadline = _parse_district_deadline(d.pop("district_deadline", UNSET))

        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))

        def _parse_exemplary_share_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemplary_share_percent = _parse_exemplary_share_percent(
            d.pop("exemplary_share_percent", UNSET)
        )

        def _parse_full_assembly_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        full_assembly_limit = _parse_full_assembly_limit(
            d.pop("full_assembly_limit", UNSET)
        )

        def _parse_grassroots_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grassroots_deadline_type_0 = datetime.date.fromisoformat(data)

                return grassroots_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        grassroots_deadline = _parse_grassroots_deadline(
            d.pop("grassroots_deadline", UNSET)
        )

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

        def _parse_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_name = _parse_issuer_name(d.pop("issuer_name", UNSET))

        def _parse_period_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        def _parse_period_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_pilot_supervisor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor", UNSET))

        def _parse_review_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_end = _parse_review_end(d.pop("review_end", UNSET))

        def _parse_review_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_start = _parse_review_start(d.pop("review_start", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_unit_plan_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_plan_due_type_0 = datetime.date.fromisoformat(data)

                return unit_plan_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        unit_plan_due = _parse_unit_plan_due(d.pop("unit_plan_due", UNSET))

        plan_update = cls(
            code=code,
            compilation_due=compilation_due,
            delegate_assembly_cap=delegate_assembly_cap,
            district_conference_cap=district_conference_cap,
            district_deadline=district_deadline,
            edition=edition,
            exemplary_share_percent=exemplary_share_percent,
            full_assembly_limit=full_assembly_limit,
            grassroots_deadline=grassroots_deadline,
            issued_on=issued_on,
            issuer_name=issuer_name,
            period_end=period_end,
            period_start=period_start,
            pilot_supervisor=pilot_supervisor,
            review_end=review_end,
            review_start=review_start,
            title=title,
            unit_plan_due=unit_plan_due,
        )

        return plan_update
