from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockCreate")


@_attrs_define
class BlockCreate:
    """A new emulation block (U3).

    Attributes:
        name (str): The block's name
        description (None | str | Unset): What the block is for
        district_id (None | Unset | UUID): Defaults to the admin's own district
        member_ids (list[UUID] | Unset): U3 — its member units; a unit belongs to one block at most
    """

    name: str
    description: None | str | Unset = UNSET
    district_id: None | Unset | UUID = UNSET
    member_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        district_id: None | str | Unset
        if isinstance(self.district_id, Unset):
            district_id = UNSET
        elif isinstance(self.district_id, UUID):
            district_id = str(self.district_id)
        else:
            district_id = self.district_id

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = []
            for member_ids_item_data in self.member_ids:
                member_ids_item = str(member_ids_item_data)
                member_ids.append(member_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_district_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_id_type_0 = UUID(data)

                return district_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        district_id = _parse_district_id(d.pop("district_id", UNSET))

        _member_ids = d.pop("member_ids", UNSET)
        member_ids: list[UUID] | Unset = UNSET
        if _member_ids is not UNSET:
            member_ids = []
            for member_ids_item_data in _member_ids:
                member_ids_item = UUID(member_ids_item_data)

                member_ids.append(member_ids_item)

        block_create = cls(
            name=name,
            description=description,
            district_id=district_id,
            member_ids=member_ids,
        )

        return block_create
