from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.area_report_nominations import AreaReportNominations
    from ..models.area_report_unit_plans import AreaReportUnitPlans


T = TypeVar("T", bound="AreaReport")


@_attrs_define
class AreaReport:
    """One implementing plan (a district's, or any issuer's one level down) with its figures.

    Attributes:
        compliance_errors (int): Items of status error in the plan's conferences' compliance statements
        compliance_warnings (int): Items of status warning in those statements
        conferences_held (int): Those held by today (Asia/Ho_Chi_Minh)
        conferences_scheduled (int): Conferences of the plan (every level)
        issuer_name (str): The issuer's name as the plan writes it
        issuer_unit_id (UUID): The unit that issued it (the area)
        lists_finalized (int): A8 — delegate lists finalized
        nominations (AreaReportNominations): N5 — nominations not withdrawn, by state
        plan_code (str): Its number, e.g. 187/KH-UBND
        plan_id (UUID): The implementing plan
        unit_plans (AreaReportUnitPlans): S1 — how many units are on_time, late and missing
    """

    compliance_errors: int
    compliance_warnings: int
    conferences_held: int
    conferences_scheduled: int
    issuer_name: str
    issuer_unit_id: UUID
    lists_finalized: int
    nominations: AreaReportNominations
    plan_code: str
    plan_id: UUID
    unit_plans: AreaReportUnitPlans
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compliance_errors = self.compliance_errors

        compliance_warnings = self.compliance_warnings

        conferences_held = self.conferences_held

        conferences_scheduled = self.conferences_scheduled

        issuer_name = self.issuer_name

        issuer_unit_id = str(self.issuer_unit_id)

        lists_finalized = self.lists_finalized

        nominations = self.nominations.to_dict()

        plan_code = self.plan_code

        plan_id = str(self.plan_id)

        unit_plans = self.unit_plans.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compliance_errors": compliance_errors,
                "compliance_warnings": compliance_warnings,
                "conferences_held": conferences_held,
                "conferences_scheduled": conferences_scheduled,
                "issuer_name": issuer_name,
                "issuer_unit_id": issuer_unit_id,
                "lists_finalized": lists_finalized,
                "nominations": nominations,
                "plan_code": plan_code,
                "plan_id": plan_id,
                "unit_plans": unit_plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_report_nominations import AreaReportNominations  # noqa: PLC0415
        from ..models.area_report_unit_plans import AreaReportUnitPlans  # noqa: PLC0415

        d = dict(src_dict)
        compliance_errors = d.pop("compliance_errors")

        compliance_warnings = d.pop("compliance_warnings")

        conferences_held = d.pop("conferences_held")

        conferences_scheduled = d.pop("conferences_scheduled")

        issuer_name = d.pop("issuer_name")

        issuer_unit_id = UUID(d.pop("issuer_unit_id"))

        lists_finalized = d.pop("lists_finalized")

        nominations = AreaReportNominations.from_dict(d.pop("nominations"))

        plan_code = d.pop("plan_code")

        plan_id = UUID(d.pop("plan_id"))

        unit_plans = AreaReportUnitPlans.from_dict(d.pop("unit_plans"))

        area_report = cls(
            compliance_errors=compliance_errors,
            compliance_warnings=compliance_warnings,
            conferences_held=conferences_held,
            conferences_scheduled=conferences_scheduled,
            issuer_name=issuer_name,
            issuer_unit_id=issuer_unit_id,
            lists_finalized=lists_finalized,
            nominations=nominations,
            plan_code=plan_code,
            plan_id=plan_id,
            unit_plans=unit_plans,
        )

        area_report.additional_properties = d
        return area_report

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
