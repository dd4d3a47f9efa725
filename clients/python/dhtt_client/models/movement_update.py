from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.movement_kind import MovementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MovementUpdate")


@_attrs_define
class MovementUpdate:
    """
    Attributes:
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        kind (MovementKind | None | Unset): E1 — movement or special drive
        launched_on (datetime.date | None | Unset): E1 — the launch date; required for a special drive
        name (None | str | Unset): E1 — the name, as the plan words it
        note (None | str | Unset): What the plan says beside the name
        plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        position (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    created_at: Any | Unset = UNSET
    id: Any | Unset = UNSET
    kind: MovementKind | None | Unset = UNSET
    launched_on: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    plan_id: Any | Unset = UNSET
    position: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, MovementKind):
            kind = self.kind.value
        else:
            kind = self.kind

        launched_on: None | str | Unset
        if isinstance(self.launched_on, Unset):
            launched_on = UNSET
        elif isinstance(self.launched_on, datetime.date):
            launched_on = self.launched_on.isoformat()
        else:
            launched_on = self.launched_on

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        plan_id = self.plan_id

        position = self.position

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if launched_on is not UNSET:
            field_dict["launched_on"] = launched_on
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if position is not UNSET:
            field_dict["position"] = position
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        def _parse_kind(data: object) -> MovementKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = MovementKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MovementKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_launched_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                launched_on_type_0 = datetime.date.fromisoformat(data)

                return launched_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        launched_on = _parse_launched_on(d.pop("launched_on", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        plan_id = d.pop("plan_id", UNSET)

        position = d.pop("position", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        movement_update = cls(
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

        return movement_update
