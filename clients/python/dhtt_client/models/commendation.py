from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.commendation_level import CommendationLevel

T = TypeVar("T", bound="Commendation")


@_attrs_define
class Commendation:
    """
    Attributes:
        count (int): How many
        form (str): Hình thức, e.g. Bằng khen, Giấy khen, Chiến sĩ thi đua cơ sở
        level (CommendationLevel): S2 — cấp khen thưởng: the level that granted a commendation counted in a summary
            report.
    """

    count: int
    form: str
    level: CommendationLevel

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        form = self.form

        level = self.level.value

        field_dict: dict[str, Any] = {}

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

        commendation = cls(
            count=count,
            form=form,
            level=level,
        )

        return commendation
