from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0
    from ..models.audit_event_public_before_type_0 import AuditEventPublicBeforeType0


T = TypeVar("T", bound="AuditEventPublic")


@_attrs_define
class AuditEventPublic:
    """X4 — one change the service made (nhật ký): who, when, what, before and after.

    Attributes:
        action (str): What was done, e.g. conference.finalize, nomination.approve
        actor_id (None | UUID): The account that made the change (null: the service itself)
        actor_username (None | str): That account's sign-in name at the time
        after (AuditEventPublicAfterType0 | None): The changed fields after (null on deletion)
        before (AuditEventPublicBeforeType0 | None): The changed fields before (null on creation)
        entity (str): The kind of record changed, e.g. conference
        entity_id (str): The id of the record changed
        id (int): The event's number, increasing
        occurred_at (datetime.datetime): ISO 8601, UTC, ending in Z
        reason (None | str): The reason given (overrides, reopening, decisions)
        request_id (None | str): The request's id (X-Request-ID), to find it in the logs
    """

    action: str
    actor_id: None | UUID
    actor_username: None | str
    after: AuditEventPublicAfterType0 | None
    before: AuditEventPublicBeforeType0 | None
    entity: str
    entity_id: str
    id: int
    occurred_at: datetime.datetime
    reason: None | str
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0  # noqa: PLC0415
        from ..models.audit_event_public_before_type_0 import (
            AuditEventPublicBeforeType0,  # noqa: PLC0415
        )

        action = self.action

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor_username: None | str
        actor_username = self.actor_username

        after: dict[str, Any] | None
        if isinstance(self.after, AuditEventPublicAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        before: dict[str, Any] | None
        if isinstance(self.before, AuditEventPublicBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        entity = self.entity

        entity_id = self.entity_id

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        reason: None | str
        reason = self.reason

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_id": actor_id,
                "actor_username": actor_username,
                "after": after,
                "before": before,
                "entity": entity,
                "entity_id": entity_id,
                "id": id,
                "occurred_at": occurred_at,
                "reason": reason,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_public_after_type_0 import AuditEventPublicAfterType0  # noqa: PLC0415
        from ..models.audit_event_public_before_type_0 import (
            AuditEventPublicBeforeType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_actor_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_username = _parse_actor_username(d.pop("actor_username"))

        def _parse_after(data: object) -> AuditEventPublicAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEventPublicAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventPublicAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_before(data: object) -> AuditEventPublicBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEventPublicBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventPublicBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        entity = d.pop("entity")

        entity_id = d.pop("entity_id")

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_event_public = cls(
            action=action,
            actor_id=actor_id,
            actor_username=actor_username,
            after=after,
            before=before,
            entity=entity,
            entity_id=entity_id,
            id=id,
            occurred_at=occurred_at,
            reason=reason,
            request_id=request_id,
        )

        audit_event_public.additional_properties = d
        return audit_event_public

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
