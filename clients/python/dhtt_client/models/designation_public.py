from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delegate_category import DelegateCategory

T = TypeVar("T", bound="DesignationPublic")


@_attrs_define
class DesignationPublic:
    """
    Attributes:
        category (DelegateCategory): A5 — the seven exemplary categories, then guests and leaders.
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        delegate_id (UUID): The grassroots delegate it came from
        district_conference_id (UUID): The district conference
        full_name (str): The delegate's full name
        id (UUID): The delegate on the district conference's list
    """

    category: DelegateCategory
    created_at: datetime.datetime
    delegate_id: UUID
    district_conference_id: UUID
    full_name: str
    id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        created_at = self.created_at.isoformat()

        delegate_id = str(self.delegate_id)

        district_conference_id = str(self.district_conference_id)

        full_name = self.full_name

        id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "delegate_id": delegate_id,
                "district_conference_id": district_conference_id,
                "full_name": full_name,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = DelegateCategory(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delegate_id = UUID(d.pop("delegate_id"))

        district_conference_id = UUID(d.pop("district_conference_id"))

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        designation_public = cls(
            category=category,
            created_at=created_at,
            delegate_id=delegate_id,
            district_conference_id=district_conference_id,
            full_name=full_name,
            id=id,
        )

        designation_public.additional_properties = d
        return designation_public

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
