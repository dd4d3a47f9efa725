from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agenda_item_kind import AgendaItemKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgendaItemPublic")


@_attrs_define
class AgendaItemPublic:
    """
    Attributes:
        key (str): C8 — the item: a plan item key or an extra (AgendaKey in the vocabulary)
        kind (AgendaItemKind): C8 — why an item is on the agenda: the plan requires it, a conference flag adds it, or
            the
            organizer added an extra the plan suggests.
        start_time (None | str): The local time the item starts (HH:MM), if set
        title (str): C8 — the plan's wording of the item (read-only)
        presentation_ids (list[UUID] | Unset): S3 — approved presentations (the presentations item only)
    """

    key: str
    kind: AgendaItemKind
    start_time: None | str
    title: str
    presentation_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind.value

        start_time: None | str
        start_time = self.start_time

        title = self.title

        presentation_ids: list[str] | Unset = UNSET
        if not isinstance(self.presentation_ids, Unset):
            presentation_ids = []
            for presentation_ids_item_data in self.presentation_ids:
                presentation_ids_item = str(presentation_ids_item_data)
                presentation_ids.append(presentation_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "kind": kind,
                "start_time": start_time,
                "title": title,
            }
        )
        if presentation_ids is not UNSET:
            field_dict["presentation_ids"] = presentation_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        kind = AgendaItemKind(d.pop("kind"))

        def _parse_start_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_time = _parse_start_time(d.pop("start_time"))

        title = d.pop("title")

        _presentation_ids = d.pop("presentation_ids", UNSET)
        presentation_ids: list[UUID] | Unset = UNSET
        if _presentation_ids is not UNSET:
            presentation_ids = []
            for presentation_ids_item_data in _presentation_ids:
                presentation_ids_item = UUID(presentation_ids_item_data)

                presentation_ids.append(presentation_ids_item)

        agenda_item_public = cls(
            key=key,
            kind=kind,
            start_time=start_time,
            title=title,
            presentation_ids=presentation_ids,
        )

        agenda_item_public.additional_properties = d
        return agenda_item_public

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
