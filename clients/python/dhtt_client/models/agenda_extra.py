from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgendaExtra")


@_attrs_define
class AgendaExtra:
    """C8 — an extra item the plan names for a conference's agenda (§II.3: "có thể tổ chức một số
    nội dung như ..."), with the plan's wording.

        Attributes:
            key (str): The item's key on the agenda: lower-case letters, digits and underscores, e.g. art_performance
            title (str): The plan's wording, e.g. Biểu diễn văn nghệ
    """

    key: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        agenda_extra = cls(
            key=key,
            title=title,
        )

        return agenda_extra
