from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DesignationCreate")


@_attrs_define
class DesignationCreate:
    """
    Attributes:
        delegate_id (UUID): An exemplary delegate of this (grassroots) conference
    """

    delegate_id: UUID

    def to_dict(self) -> dict[str, Any]:
        delegate_id = str(self.delegate_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delegate_id": delegate_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delegate_id = UUID(d.pop("delegate_id"))

        designation_create = cls(
            delegate_id=delegate_id,
        )

        return designation_create
