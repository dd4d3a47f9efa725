from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="EventPublic")


@_attrs_define
class EventPublic:
    """F1 — one change, as integrations learn of it: what happened to which record. The record
    itself is read at its own address (with the ETag to tell whether the copy is current).

        Attributes:
            cursor (str): This event's place in the feed: pass as ?after= to read what follows it
            district_id (None | UUID): The district it lies in (null: province-wide)
            entity (str): The kind of record changed, e.g. conference (as in the audit log)
            entity_id (str): The id of the record changed
            etag (None | str): The record's ETag after the change — the one the write answered (compare with a GET's): null
                on a deletion, an attachment added or removed, a designation, an import
            occurred_at (datetime.datetime): ISO 8601, UTC, ending in Z
            type_ (EventType): F1 — the kinds of event in the feed.
            unit_id (None | UUID): The unit the record belongs to (null: none, e.g. a district-wide list)
    """

    cursor: str
    district_id: None | UUID
    entity: str
    entity_id: str
    etag: None | str
    occurred_at: datetime.datetime
    type_: EventType
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        district_id: None | str
        if isinstance(self.district_id, UUID):
            district_id = str(self.district_id)
        else:
            district_id = self.district_id

        entity = self.entity

        entity_id = self.entity_id

        etag: None | str
        etag = self.etag

        occurred_at = self.occurred_at.isoformat()

        type_ = self.type_.value

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "district_id": district_id,
                "entity": entity,
                "entity_id": entity_id,
                "etag": etag,
                "occurred_at": occurred_at,
                "type": type_,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor")

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

        entity = d.pop("entity")

        entity_id = d.pop("entity_id")

        def _parse_etag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        etag = _parse_etag(d.pop("etag"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        type_ = EventType(d.pop("type"))

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

        event_public = cls(
            cursor=cursor,
            district_id=district_id,
            entity=entity,
            entity_id=entity_id,
            etag=etag,
            occurred_at=occurred_at,
            type_=type_,
            unit_id=unit_id,
        )

        event_public.additional_properties = d
        return event_public

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
