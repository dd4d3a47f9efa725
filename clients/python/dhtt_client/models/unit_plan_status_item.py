from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_plan_status import UnitPlanStatus

T = TypeVar("T", bound="UnitPlanStatusItem")


@_attrs_define
class UnitPlanStatusItem:
    """
    Attributes:
        changed_after_due (bool): S1 — a later version was received after the due date
        last_received_at (datetime.datetime | None): S5 — when the latest version was received
        received_at (datetime.datetime | None): The first submit; decides on_time or late
        status (UnitPlanStatus): S1 — where a unit's plan stands against the due date: received on time, received late,
            or
            not received (a draft counts as missing).
        submission_id (None | UUID): The unit's plan, if started
        unit_id (UUID): The grassroots unit
        unit_name (str): The unit's name
    """

    changed_after_due: bool
    last_received_at: datetime.datetime | None
    received_at: datetime.datetime | None
    status: UnitPlanStatus
    submission_id: None | UUID
    unit_id: UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_after_due = self.changed_after_due

        last_received_at: None | str
        if isinstance(self.last_received_at, datetime.datetime):
            last_received_at = self.last_received_at.isoformat()
        else:
            last_received_at = self.last_received_at

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        status = self.status.value

        submission_id: None | str
        if isinstance(self.submission_id, UUID):
            submission_id = str(self.submission_id)
        else:
            submission_id = self.submission_id

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_after_due": changed_after_due,
                "last_received_at": last_received_at,
                "received_at": received_at,
                "status": status,
                "submission_id": submission_id,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed_after_due = d.pop("changed_after_due")

        def _parse_last_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_received_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_received_at = _parse_last_received_at(d.pop("last_received_at"))

        def _parse_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        received_at = _parse_received_at(d.pop("received_at"))

        status = UnitPlanStatus(d.pop("status"))

        def _parse_submission_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_id_type_0 = UUID(data)

                return submission_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        submission_id = _parse_submission_id(d.pop("submission_id"))

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        unit_plan_status_item = cls(
            changed_after_due=changed_after_due,
            last_received_at=last_received_at,
            received_at=received_at,
            status=status,
            submission_id=submission_id,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        unit_plan_status_item.additional_properties = d
        return unit_plan_status_item

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
