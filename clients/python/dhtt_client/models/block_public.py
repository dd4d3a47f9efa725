from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockPublic")


@_attrs_define
class BlockPublic:
    """An emulation block or cluster (cụm, khối thi đua) of one district's units (U3).

    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        description (None | str): What the block is for
        district_id (UUID): The district whose units it groups
        id (UUID): The block's id
        member_ids (list[UUID]): U3 — its member units; a unit belongs to one block at most
        name (str): The block's name
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    created_at: datetime.datetime
    description: None | str
    district_id: UUID
    id: UUID
    member_ids: list[UUID]
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        district_id = str(self.district_id)

        id = str(self.id)

        member_ids = []
        for member_ids_item_data in self.member_ids:
            member_ids_item = str(member_ids_item_data)
            member_ids.append(member_ids_item)

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "district_id": district_id,
                "id": id,
                "member_ids": member_ids,
                "name": name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        district_id = UUID(d.pop("district_id"))

        id = UUID(d.pop("id"))

        member_ids = []
        _member_ids = d.pop("member_ids")
        for member_ids_item_data in _member_ids:
            member_ids_item = UUID(member_ids_item_data)

            member_ids.append(member_ids_item)

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        block_public = cls(
            created_at=created_at,
            description=description,
            district_id=district_id,
            id=id,
            member_ids=member_ids,
            name=name,
            updated_at=updated_at,
        )

        block_public.additional_properties = d
        return block_public

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
