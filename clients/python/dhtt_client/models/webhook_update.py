from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """
    Attributes:
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        delivered_through (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        event_types (list[EventType] | None | Unset): F2 — which event types to deliver
        failing_since (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        failures (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        next_attempt_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        owner_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        paused_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        reason (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        status (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        url (None | str | Unset): F2 — where to POST deliveries
    """

    created_at: Any | Unset = UNSET
    delivered_through: Any | Unset = UNSET
    event_types: list[EventType] | None | Unset = UNSET
    failing_since: Any | Unset = UNSET
    failures: Any | Unset = UNSET
    id: Any | Unset = UNSET
    next_attempt_at: Any | Unset = UNSET
    owner_id: Any | Unset = UNSET
    paused_at: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    status: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET
    url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        delivered_through = self.delivered_through

        event_types: list[str] | None | Unset
        if isinstance(self.event_types, Unset):
            event_types = UNSET
        elif isinstance(self.event_types, list):
            event_types = []
            for event_types_type_0_item_data in self.event_types:
                event_types_type_0_item = event_types_type_0_item_data.value
                event_types.append(event_types_type_0_item)

        else:
            event_types = self.event_types

        failing_since = self.failing_since

        failures = self.failures

        id = self.id

        next_attempt_at = self.next_attempt_at

        owner_id = self.owner_id

        paused_at = self.paused_at

        reason = self.reason

        status = self.status

        updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delivered_through is not UNSET:
            field_dict["delivered_through"] = delivered_through
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if failing_since is not UNSET:
            field_dict["failing_since"] = failing_since
        if failures is not UNSET:
            field_dict["failures"] = failures
        if id is not UNSET:
            field_dict["id"] = id
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        delivered_through = d.pop("delivered_through", UNSET)

        def _parse_event_types(data: object) -> list[EventType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                event_types_type_0 = []
                _event_types_type_0 = data
                for event_types_type_0_item_data in _event_types_type_0:
                    event_types_type_0_item = EventType(event_types_type_0_item_data)

                    event_types_type_0.append(event_types_type_0_item)

                return event_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventType] | None | Unset, data)

        event_types = _parse_event_types(d.pop("event_types", UNSET))

        failing_since = d.pop("failing_since", UNSET)

        failures = d.pop("failures", UNSET)

        id = d.pop("id", UNSET)

        next_attempt_at = d.pop("next_attempt_at", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        paused_at = d.pop("paused_at", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        webhook_update = cls(
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
            status=status,
            updated_at=updated_at,
            url=url,
        )

        return webhook_update
