from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compliance_status import ComplianceStatus

if TYPE_CHECKING:
    from ..models.figure_check_facts import FigureCheckFacts


T = TypeVar("T", bound="FigureCheck")


@_attrs_define
class FigureCheck:
    """
    Attributes:
        facts (FigureCheckFacts): figure, typed and computed, as data
        message (str): What differs, in the caller's language
        rule (str): The rule checked: E3
        status (ComplianceStatus): The outcome of one rule's check of a conference (kết quả kiểm tra).
    """

    facts: FigureCheckFacts
    message: str
    rule: str
    status: ComplianceStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        message = self.message

        rule = self.rule

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facts": facts,
                "message": message,
                "rule": rule,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure_check_facts import FigureCheckFacts  # noqa: PLC0415

        d = dict(src_dict)
        facts = FigureCheckFacts.from_dict(d.pop("facts"))

        message = d.pop("message")

        rule = d.pop("rule")

        status = ComplianceStatus(d.pop("status"))

        figure_check = cls(
            facts=facts,
            message=message,
            rule=rule,
            status=status,
        )

        figure_check.additional_properties = d
        return figure_check

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
