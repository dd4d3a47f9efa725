from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.movement_kind import MovementKind

T = TypeVar("T", bound="MovementPublic")


@_attrs_define
class MovementPublic:
    """
    Attributes:
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        id (UUID): The movement's id
        kind (MovementKind): E1 — a movement the plan promotes (phong trào thi đua) or a special drive (đợt thi đua đặc
            biệt).
        launched_on (datetime.date | None): E1 — the launch date (ngày phát động)
        name (str): E1 — the name, as the plan words it
        note (None | str): What the plan says beside the name (its period, its area)
        plan_id (UUID): The plan that promotes it
        position (int): Its place in the plan's list, from 0
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    created_at: datetime.datetime
    id: UUID
    kind: MovementKind
    launched_on: datetime.date | None
    name: str
    note: None | str
    plan_id: UUID
    position: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value

        launched_on: None | str
        if isinstance(self.launched_on, datetime.date):
            launched_on = self.launched_on.isoformat()
        else:
            launched_on = self.launched_on

        name = self.name

        note: None | str
        note = self.note

        plan_id = str(self.plan_id)

        position = self.position

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "launched_on": launched_on,
                "name": name,
                "note": note,
                "plan_id": plan_id,
                "position": position,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        kind = MovementKind(d.pop("kind"))

        def _parse_launched_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                launched_on_type_0 = datetime.date.fromisoformat(data)

                return launched_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        launched_on = _parse_launched_on(d.pop("launched_on"))

        name = d.pop("name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        plan_id = UUID(d.pop("plan_id"))

        position = d.pop("position")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        movement_public = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            launched_on=launched_on,
            name=name,
            note=note,
            plan_id=plan_id,
            position=position,
            updated_at=updated_at,
        )

        movement_public.additional_properties = d
        return movement_public

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
