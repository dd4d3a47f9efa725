from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..models.webhook_status import WebhookStatus

T = TypeVar("T", bound="WebhookCreated")


@_attrs_define
class WebhookCreated:
    """F2 — the new subscription with its secret: the only answer that shows it.

    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        delivered_through (str): The feed cursor (F1) of the last event delivered or passed over: delivery resumes after
            it
        event_types (list[EventType]): F2 — the feed's event types delivered (F1)
        failing_since (datetime.datetime | None): The first failure since the last success (null: none)
        failures (int): Failed attempts in a row (0 after a success)
        id (UUID): The subscription's id
        next_attempt_at (datetime.datetime | None): When the next retry is due (null: as soon as events come)
        owner_id (UUID): The account that subscribed: deliveries carry what it may read (X2)
        paused_at (datetime.datetime | None): When it was paused (null: active)
        reason (None | str): Why it was paused: `failing` when deliveries failed for the whole span
        secret (str): F2 — the signing secret (Standard Webhooks: whsec_ + base64): shown only now; verify each
            delivery's webhook-signature with it
        status (WebhookStatus): F2 — a subscription is delivered to (active) or waits for ``resume`` (paused).
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        url (str): F2 — where deliveries are POSTed: http(s), not a private address (SSRF)
    """

    created_at: datetime.datetime
    delivered_through: str
    event_types: list[EventType]
    failing_since: datetime.datetime | None
    failures: int
    id: UUID
    next_attempt_at: datetime.datetime | None
    owner_id: UUID
    paused_at: datetime.datetime | None
    reason: None | str
    secret: str
    status: WebhookStatus
    updated_at: datetime.datetime
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivered_through = self.delivered_through

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        failures = self.failures

        id = str(self.id)

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        owner_id = str(self.owner_id)

        paused_at: None | str
        if isinstance(self.paused_at, datetime.datetime):
            paused_at = self.paused_at.isoformat()
        else:
            paused_at = self.paused_at

        reason: None | str
        reason = self.reason

        secret = self.secret

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "delivered_through": delivered_through,
                "event_types": event_types,
                "failing_since": failing_since,
                "failures": failures,
                "id": id,
                "next_attempt_at": next_attempt_at,
                "owner_id": owner_id,
                "paused_at": paused_at,
                "reason": reason,
                "secret": secret,
                "status": status,
                "updated_at": updated_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delivered_through = d.pop("delivered_through")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventType(event_types_item_data)

            event_types.append(event_types_item)

        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)

                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))

        failures = d.pop("failures")

        id = UUID(d.pop("id"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        owner_id = UUID(d.pop("owner_id"))

        def _parse_paused_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paused_at_type_0 = datetime.datetime.fromisoformat(data)

                return paused_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paused_at = _parse_paused_at(d.pop("paused_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        secret = d.pop("secret")

        status = WebhookStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        webhook_created = cls(
            created_at=created_at,
            delivered_through=delivered_through,
            event_types=event_types,
            failing_since=failing_since,
            failures=failures,
            id=id,
            next_attempt_at=next_attempt_at,
            owner_id=owner_id,
            paused_at=paused_at,
            reason=reason,
            secret=secret,
            status=status,
            updated_at=updated_at,
            url=url,
        )

        webhook_created.additional_properties = d
        return webhook_created

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
