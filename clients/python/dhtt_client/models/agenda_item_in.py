from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgendaItemIn")


@_attrs_define
class AgendaItemIn:
    """An agenda item as GET answers it; ``title`` and ``kind`` are the service's and may be sent
    back unchanged.

        Attributes:
            key (str): A plan item key, or an extra the plan names for the conference's level (issuer_agenda_extras /
                member_agenda_extras; plan 187: children_greeting, art_performance, award_presentation)
            kind (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
                otherwise
            presentation_ids (list[UUID] | None | Unset): S3 — on the presentations item: approved presentations, in order
            start_time (None | str | Unset): The local time the item starts (HH:MM), if set
            title (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
    """

    key: str
    kind: Any | Unset = UNSET
    presentation_ids: list[UUID] | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    title: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind

        presentation_ids: list[str] | None | Unset
        if isinstance(self.presentation_ids, Unset):
            presentation_ids = UNSET
        elif isinstance(self.presentation_ids, list):
            presentation_ids = []
            for presentation_ids_type_0_item_data in self.presentation_ids:
                presentation_ids_type_0_item = str(presentation_ids_type_0_item_data)
                presentation_ids.append(presentation_ids_type_0_item)

        else:
            presentation_ids = self.presentation_ids

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if presentation_ids is not UNSET:
            field_dict["presentation_ids"] = presentation_ids
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        kind = d.pop("kind", UNSET)

        def _parse_presentation_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                presentation_ids_type_0 = []
                _presentation_ids_type_0 = data
                for presentation_ids_type_0_item_data in _presentation_ids_type_0:
                    presentation_ids_type_0_item = UUID(
                        presentation_ids_type_0_item_data
                    )

                    presentation_ids_type_0.append(presentation_ids_type_0_item)

                return presentation_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        presentation_ids = _parse_presentation_ids(d.pop("presentation_ids", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        title = d.pop("title", UNSET)

        agenda_item_in = cls(
            key=key,
            kind=kind,
            presentation_ids=presentation_ids,
            start_time=start_time,
            title=title,
        )

        return agenda_item_in
