from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nominee_kind import NomineeKind

T = TypeVar("T", bound="Award")


@_attrs_define
class Award:
    """One nomination a decision awards, as the public register shows it.

    Attributes:
        nomination_id (UUID): The awarded nomination
        nominee_kind (NomineeKind): N1 — đối tượng đề nghị: an individual (cá nhân) or a collective (tập thể).
        nominee_name (str): The person's full name, or the collective's name
        unit_id (UUID): The nominating unit
        unit_name (str): The nominating unit's name
    """

    nomination_id: UUID
    nominee_kind: NomineeKind
    nominee_name: str
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nomination_id = str(self.nomination_id)

        nominee_kind = self.nominee_kind.value

        nominee_name = self.nominee_name

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nomination_id": nomination_id,
                "nominee_kind": nominee_kind,
                "nominee_name": nominee_name,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nomination_id = UUID(d.pop("nomination_id"))

        nominee_kind = NomineeKind(d.pop("nominee_kind"))

        nominee_name = d.pop("nominee_name")

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        award = cls(
            nomination_id=nomination_id,
            nominee_kind=nominee_kind,
            nominee_name=nominee_name,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        award.additional_properties = d
        return award

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
