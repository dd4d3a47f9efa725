from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarTokenPublic")


@_attrs_define
class CalendarTokenPublic:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        id (UUID): The token's id, to revoke it
        plan_feed (str): The URL path of a plan's feed, ``{plan_id}`` to fill in
        token (str): The secret in the feed URLs; shown once, only its SHA-256 is kept
        unit_feed (str): The URL path of a unit's feed, ``{unit_id}`` to fill in
    """

    created_at: datetime.datetime
    id: UUID
    plan_feed: str
    token: str
    unit_feed: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        plan_feed = self.plan_feed

        token = self.token

        unit_feed = self.unit_feed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "plan_feed": plan_feed,
                "token": token,
                "unit_feed": unit_feed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        plan_feed = d.pop("plan_feed")

        token = d.pop("token")

        unit_feed = d.pop("unit_feed")

        calendar_token_public = cls(
            created_at=created_at,
            id=id,
            plan_feed=plan_feed,
            token=token,
            unit_feed=unit_feed,
        )

        calendar_token_public.additional_properties = d
        return calendar_token_public

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
