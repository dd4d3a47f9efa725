from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentPublic")


@_attrs_define
class AttachmentPublic:
    """
    Attributes:
        content_type (str): S6 — the media type, checked from the bytes
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        filename (str): The file name as uploaded
        id (UUID): The attachment's id
        removed_in_version (int | None): S5 — the version that no longer holds it
        sha256 (str): The SHA-256 of the bytes, hex
        size_bytes (int): The size in bytes
        submission_id (UUID): The submission it belongs to
        version (int): S5 — the version it was added to
    """

    content_type: str
    created_at: datetime.datetime
    filename: str
    id: UUID
    removed_in_version: int | None
    sha256: str
    size_bytes: int
    submission_id: UUID
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        created_at = self.created_at.isoformat()

        filename = self.filename

        id = str(self.id)

        removed_in_version: int | None
        removed_in_version = self.removed_in_version

        sha256 = self.sha256

        size_bytes = self.size_bytes

        submission_id = str(self.submission_id)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "removed_in_version": removed_in_version,
                "sha256": sha256,
                "size_bytes": size_bytes,
                "submission_id": submission_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        filename = d.pop("filename")

        id = UUID(d.pop("id"))

        def _parse_removed_in_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        removed_in_version = _parse_removed_in_version(d.pop("removed_in_version"))

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        submission_id = UUID(d.pop("submission_id"))

        version = d.pop("version")

        attachment_public = cls(
            content_type=content_type,
            created_at=created_at,
            filename=filename,
            id=id,
            removed_in_version=removed_in_version,
            sha256=sha256,
            size_bytes=size_bytes,
            submission_id=submission_id,
            version=version,
        )

        attachment_public.additional_properties = d
        return attachment_public

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
