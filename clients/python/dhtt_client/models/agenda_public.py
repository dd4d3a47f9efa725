from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agenda_item_public import AgendaItemPublic


T = TypeVar("T", bound="AgendaPublic")


@_attrs_define
class AgendaPublic:
    """
    Attributes:
        conference_id (UUID): The conference's id
        items (list[AgendaItemPublic]): C8 — the items in order
    """

    conference_id: UUID
    items: list[AgendaItemPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conference_id = str(self.conference_id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_id": conference_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_public import AgendaItemPublic  # noqa: PLC0415

        d = dict(src_dict)
        conference_id = UUID(d.pop("conference_id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AgendaItemPublic.from_dict(items_item_data)

            items.append(items_item)

        agenda_public = cls(
            conference_id=conference_id,
            items=items,
        )

        agenda_public.additional_properties = d
        return agenda_public

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
