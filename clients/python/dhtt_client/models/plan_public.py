from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanPublic")


@_attrs_define
class PlanPublic:
    """
    Attributes:
        code (str):
        compilation_due (datetime.date):
        created_at (datetime.datetime):
        delegate_assembly_cap (int):
        district_conference_cap (int):
        district_deadline (datetime.date):
        district_exemplary_seats (int): A10 — exemplary seats at the district conference
        edition (int):
        edition_roman (str):
        exemplary_share_percent (int):
        full_assembly_limit (int):
        grassroots_deadline (datetime.date):
        id (UUID):
        issued_on (datetime.date):
        issuer_name (str):
        issuer_unit_id (UUID):
        period_end (int):
        period_start (int):
        pilot_supervisor (None | str):
        review_end (int):
        review_start (int):
        title (str):
        unit_plan_due (datetime.date):
        updated_at (datetime.datetime):
    """

    code: str
    compilation_due: datetime.date
    created_at: datetime.datetime
    delegate_assembly_cap: int
    district_conference_cap: int
    district_deadline: datetime.date
    district_exemplary_seats: int
    edition: int
    edition_roman: str
    exemplary_share_percent: int
    full_assembly_limit: int
    grassroots_deadline: datetime.date
    id: UUID
    issued_on: datetime.date
    issuer_name: str
    issuer_unit_id: UUID
    period_end: int
    period_start: int
    pilot_supervisor: None | str
    review_end: int
    review_start: int
    title: str
    unit_plan_due: datetime.date
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        compilation_due = self.compilation_due.isoformat()

        created_at = self.created_at.isoformat()

        delegate_assembly_cap = self.delegate_assembly_cap

        district_conference_cap = self.district_conference_cap

        district_deadline = self.district_deadline.isoformat()

        district_exemplary_seats = self.district_exemplary_seats

        edition = self.edition

        edition_roman = self.edition_roman

        exemplary_share_percent = self.exemplary_share_percent

        full_assembly_limit = self.full_assembly_limit

        grassroots_deadline = self.grassroots_deadline.isoformat()

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        issuer_name = self.issuer_name

        issuer_unit_id = str(self.issuer_unit_id)

        period_end = self.period_end

        period_start = self.period_start

        pilot_supervisor: None | str
        pilot_supervisor = self.pilot_supervisor

        review_end = self.review_end

        review_start = self.review_start

        title = self.title

        unit_plan_due = self.unit_plan_due.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "compilation_due": compilation_due,
                "created_at": created_at,
                "delegate_assembly_cap": delegate_assembly_cap,
                "district_conference_cap": district_conference_cap,
                "district_deadline": district_deadline,
                "district_exemplary_seats": district_exemplary_seats,
                "edition": edition,
                "edition_roman": edition_roman,
                "exemplary_share_percent": exemplary_share_percent,
                "full_assembly_limit": full_assembly_limit,
                "grassroots_deadline": grassroots_deadline,
                "id": id,
                "issued_on": issued_on,
                "issuer_name": issuer_name,
                "issuer_unit_id": issuer_unit_id,
                "period_end": period_end,
                "period_start": period_start,
                "pilot_supervisor": pilot_supervisor,
                "review_end": review_end,
                "review_start": review_start,
                "title": title,
                "unit_plan_due": unit_plan_due,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        compilation_due = datetime.date.fromisoformat(d.pop("compilation_due"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delegate_assembly_cap = d.pop("delegate_assembly_cap")

        district_conference_cap = d.pop("district_conference_cap")

        district_deadline = datetime.date.fromisoformat(d.pop("district_deadline"))

        district_exemplary_seats = d.pop("district_exemplary_seats")

        edition = d.pop("edition")

        edition_roman = d.pop("edition_roman")

        exemplary_share_percent = d.pop("exemplary_share_percent")

        full_assembly_limit = d.pop("full_assembly_limit")

        grassroots_deadline = datetime.date.fromisoformat(d.pop("grassroots_deadline"))

        id = UUID(d.pop("id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer_name = d.pop("issuer_name")

        issuer_unit_id = UUID(d.pop("issuer_unit_id"))

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        def _parse_pilot_supervisor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pilot_supervisor = _parse_pilot_supervisor(d.pop("pilot_supervisor"))

        review_end = d.pop("review_end")

        review_start = d.pop("review_start")

        title = d.pop("title")

        unit_plan_due = datetime.date.fromisoformat(d.pop("unit_plan_due"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        plan_public = cls(
            code=code,
            compilation_due=compilation_due,
            created_at=created_at,
            delegate_assembly_cap=delegate_assembly_cap,
            district_conference_cap=district_conference_cap,
            district_deadline=district_deadline,
            district_exemplary_seats=district_exemplary_seats,
            edition=edition,
            edition_roman=edition_roman,
            exemplary_share_percent=exemplary_share_percent,
            full_assembly_limit=full_assembly_limit,
            grassroots_deadline=grassroots_deadline,
            id=id,
            issued_on=issued_on,
            issuer_name=issuer_name,
            issuer_unit_id=issuer_unit_id,
            period_end=period_end,
            period_start=period_start,
            pilot_supervisor=pilot_supervisor,
            review_end=review_end,
            review_start=review_start,
            title=title,
            unit_plan_due=unit_plan_due,
            updated_at=updated_at,
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
