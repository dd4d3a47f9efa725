from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """
    Attributes:
        code (str):
        compilation_due (datetime.date): S4 — the district compiles by this date
        delegate_assembly_cap (int): A1 — delegates in a delegate assembly
        district_conference_cap (int): A2
        district_deadline (datetime.date): C4 — district conference held by
        edition (int): Lần thứ … (8 → VIII)
        exemplary_share_percent (int): A4 — at least this share exemplary
        full_assembly_limit (int): A1 — headcount up to which all attend
        grassroots_deadline (datetime.date): C4 — grassroots conferences held by
        issued_on (datetime.date):
        issuer_unit_id (UUID): The issuing district unit
        period_end (int):
        period_start (int):
        review_end (int):
        review_start (int):
        title (str):
        unit_plan_due (datetime.date): S1 — units send their plan before this date
        issuer_name (None | str | Unset): Defaults to the issuing unit's name
        pilot_supervisor (None | str | Unset): §II.5
    """

    code: str
    compilation_due: datetime.date
    delegate_assembly_cap: int
    district_conference_cap: int
    district_deadline: datetime.date
    edition: int
    exemplary_share_percent: int
    full_assembly_limit: int
    grassroots_deadline: datetime.date
    issued_on: datetime.date
    issuer_unit_id: UUID
    period_end: int
    period_start: int
    review_end: int
    review_start: int
    title: str
    unit_plan_due: datetime.date
    issuer_name: None | str | Unset = UNSET
    pilot_supervisor: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        compilation_due = self.compilation_due.isoformat()

        delegate_assembly_cap = self.delegate_assembly_cap

        district_conference_cap = self.district_conference_cap

        district_deadline = self.district_deadline.isoformat()

        edition = self.edition

        exemplary_share_percent = self.exemplary_share_percent

        full_assembly_limit = self.full_assembly_limit

        grassroots_deadline = self.grassroots_deadline.isoformat()

        issued_on = self.issued_on.isoformat()

        issuer_unit_id = str(self.issuer_unit_id)

        period_end = self.period_end

        period_start = self.period_start

        review_end = self.review_end

        review_start = self.review_start

        title = self.title

        unit_plan_due = self.unit_plan_due.isoformat()

        issuer_name: None | str | Unset
        if isinstance(self.issuer_name, Unset):
            issuer_name = UNSET
        else:
            issuer_name = self.issuer_name

        pilot_supervisor: None | str | Unset
        if isinstance(self.pilot_supervisor, Unset):
            pilot_supervisor = UNSET
        else:
            pilot_supervisor = self.pilot_supervisor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "compilation_due": compilation_due,
                "delegate_assembly_cap": delegate_assembly_cap,
                "district_conference_cap": district_conference_cap,
                "district_deadline": district_deadline,
                "edition": edition,
                "exemplary_share_percent": exemplary_share_percent,
                "full_assembly_limit": full_assembly_limit,
                "grassroots_deadline": grassroots_deadline,
                "issued_on": issued_on,
                "issuer_unit_id": issuer_unit_id,
                "period_end": period_end,
                "period_start": period_start,
                "review_end": review_end,
                "review_start": review_start,
                "title": title,
                "unit_plan_due": unit_plan_due,
            }
        )
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if pilot_supervisor is not UNSET:
            field_dict["pilot_supervisor"] = pilot_supervisor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        compilation_due = datetime.date.fromisoformat(d.pop("compilation_due"))

        delegate_assembly_cap = d.pop("delegate_assembly_cap")

        district_conference_cap = d.pop("district_conference_cap")

        district_deadline = datetime.date.fromisoformat(d.pop("district_deadline"))

        edition = d.pop("edition")

        exemplary_share_percent = d.pop("exemplary_share_percent")

        full_assembly_limit = d.pop("full_assembly_limit")

        grassroots_deadline = datetime.date.fromisoformat(d.pop("grassroots_deadline"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer_unit_id = UUID(d.pop("issuer_unit_id"))

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        review_end = d.pop("review_end")

        review_start = d.pop("review_start")

        title = d.pop("title")

        unit_plan_due = datetime.date.fromisoformat(d.pop("unit_plan_due"))

        def _parse_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_name = _parse_issuer_name(d.pop("issuer_name", UNSET))

        def _parse_pilot_supervisor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor", UNSET))

        plan_create = cls(
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
            issuer_unit_id=issuer_unit_id,
            period_end=period_end,
            period_start=period_start,
            review_end=review_end,
            review_start=review_start,
            title=title,
            unit_plan_due=unit_plan_due,
            issuer_name=issuer_name,
            pilot_supervisor=pilot_supervisor,
        )

        return plan_create
