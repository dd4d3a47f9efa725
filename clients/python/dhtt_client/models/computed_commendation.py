from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commendation_level import CommendationLevel

T = TypeVar("T", bound="ComputedCommendation")


@_attrs_define
class ComputedCommendation:
    """
    Attributes:
        count (int): Approved nominations for it
        form (str): Hình thức, from the nomination's honour
        level (CommendationLevel): S2 — cấp khen thưởng: the level that granted a commendation counted in a summary
            report.
    """

    count: int
    form: str
    level: CommendationLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        form = self.form

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "form": form,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        form = d.pop("form")

        level = CommendationLevel(d.pop("level"))

        computed_commendation = cls(
            count=count,
            form=form,
            level=level,
        )

        computed_commendation.additional_properties = d
        return computed_commendation

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
