from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityAttachmentPublic")


@_attrs_define
class ActivityAttachmentPublic:
    """
    Attributes:
        activity_id (UUID): The activity it belongs to
        content_type (str): S6 — the type judged from the bytes
        created_at (datetime.datetime): When it was attached
        filename (str): The file's name, its extension matching its type
        id (UUID): The attachment's id
        sha256 (str): S6 — the SHA-256 checksum, hex
        size_bytes (int): Size in bytes
    """

    activity_id: UUID
    content_type: str
    created_at: datetime.datetime
    filename: str
    id: UUID
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = str(self.activity_id)

        content_type = self.content_type

        created_at = self.created_at.isoformat()

        filename = self.filename

        id = str(self.id)

        sha256 = self.sha256

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "content_type": content_type,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "sha256": sha256,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_id = UUID(d.pop("activity_id"))

        content_type = d.pop("content_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        filename = d.pop("filename")

        id = UUID(d.pop("id"))

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        activity_attachment_public = cls(
            activity_id=activity_id,
            content_type=content_type,
            created_at=created_at,
            filename=filename,
            id=id,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        activity_attachment_public.additional_properties = d
        return activity_attachment_public

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
