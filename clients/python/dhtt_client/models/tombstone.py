from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_entity import DeletedEntity

T = TypeVar("T", bound="Tombstone")


@_attrs_define
class Tombstone:
    """A record deleted (incremental sync): drop it from the local copy.

    Attributes:
        deleted_at (datetime.datetime): ISO 8601, UTC, ending in Z
        district_id (None | UUID): The district the record belonged to
        entity (DeletedEntity): What a DELETE removes, as its tombstone names it (incremental sync). A designation is a
            delegate on the district conference's list: its tombstone is a ``delegate``'s.
        id (UUID): The deleted record's id
        unit_id (None | UUID): The unit the record belonged to (null for a block)
    """

    deleted_at: datetime.datetime
    district_id: None | UUID
    entity: DeletedEntity
    id: UUID
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_at = self.deleted_at.isoformat()

        district_id: None | str
        if isinstance(self.district_id, UUID):
            district_id = str(self.district_id)
        else:
            district_id = self.district_id

        entity = self.entity.value

        id = str(self.id)

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_at": deleted_at,
                "district_id": district_id,
                "entity": entity,
                "id": id,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_at = datetime.datetime.fromisoformat(d.pop("deleted_at"))

        def _parse_district_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                district_id_type_0 = UUID(data)

                return district_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        district_id = _parse_district_id(d.pop("district_id"))

        entity = DeletedEntity(d.pop("entity"))

        id = UUID(d.pop("id"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        tombstone = cls(
            deleted_at=deleted_at,
            district_id=district_id,
            entity=entity,
            id=id,
            unit_id=unit_id,
        )

        tombstone.additional_properties = d
        return tombstone

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
