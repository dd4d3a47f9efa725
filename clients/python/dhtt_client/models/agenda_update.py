from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_in import AgendaItemIn


T = TypeVar("T", bound="AgendaUpdate")


@_attrs_define
class AgendaUpdate:
    """
    Attributes:
        items (list[AgendaItemIn]): C8 — every item, in order
        conference_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
    """

    items: list[AgendaItemIn]
    conference_id: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        conference_id = self.conference_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_in import AgendaItemIn  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AgendaItemIn.from_dict(items_item_data)

            items.append(items_item)

        conference_id = d.pop("conference_id", UNSET)

        agenda_update = cls(
            items=items,
            conference_id=conference_id,
        )

        return agenda_update
