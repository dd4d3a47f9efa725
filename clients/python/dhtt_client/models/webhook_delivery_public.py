from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="WebhookDeliveryPublic")


@_attrs_define
class WebhookDeliveryPublic:
    """F2 — one attempt to deliver one event (append-only).

    Attributes:
        attempt (int): 1 for the first attempt at this event, then 2, 3, …
        attempted_at (datetime.datetime): ISO 8601, UTC, ending in Z
        duration_ms (int): How long the attempt took, in milliseconds
        error (None | str): What went wrong (null on success)
        event_cursor (str): The event's feed cursor (F1); also its webhook-id, evt_<cursor>
        event_type (EventType): F1 — the kinds of event in the feed.
        id (int): The attempt's number in the log
        status_code (int | None): The receiver's HTTP status (null: no answer)
        succeeded (bool): The receiver answered 2xx
    """

    attempt: int
    attempted_at: datetime.datetime
    duration_ms: int
    error: None | str
    event_cursor: str
    event_type: EventType
    id: int
    status_code: int | None
    succeeded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        attempted_at = self.attempted_at.isoformat()

        duration_ms = self.duration_ms

        error: None | str
        error = self.error

        event_cursor = self.event_cursor

        event_type = self.event_type.value

        id = self.id

        status_code: int | None
        status_code = self.status_code

        succeeded = self.succeeded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "attempted_at": attempted_at,
                "duration_ms": duration_ms,
                "error": error,
                "event_cursor": event_cursor,
                "event_type": event_type,
                "id": id,
                "status_code": status_code,
                "succeeded": succeeded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))

        duration_ms = d.pop("duration_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        event_cursor = d.pop("event_cursor")

        event_type = EventType(d.pop("event_type"))

        id = d.pop("id")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        succeeded = d.pop("succeeded")

        webhook_delivery_public = cls(
            attempt=attempt,
            attempted_at=attempted_at,
            duration_ms=duration_ms,
            error=error,
            event_cursor=event_cursor,
            event_type=event_type,
            id=id,
            status_code=status_code,
            succeeded=succeeded,
        )

        webhook_delivery_public.additional_properties = d
        return webhook_delivery_public

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
