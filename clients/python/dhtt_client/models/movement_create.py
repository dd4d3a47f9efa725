from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.movement_kind import MovementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MovementCreate")


@_attrs_define
class MovementCreate:
    """
    Attributes:
        kind (MovementKind): E1 — a movement the plan promotes (phong trào thi đua) or a special drive (đợt thi đua đặc
            biệt).
        name (str): E1 — the name, as the plan words it
        plan_id (UUID): The plan that promotes it
        launched_on (datetime.date | None | Unset): E1 — the launch date (ngày phát động); required for a special drive
        note (None | str | Unset): What the plan says beside the name (its period, its area), as worded
    """

    kind: MovementKind
    name: str
    plan_id: UUID
    launched_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        plan_id = str(self.plan_id)

        launched_on: None | str | Unset
        if isinstance(self.launched_on, Unset):
            launched_on = UNSET
        elif isinstance(self.launched_on, datetime.date):
            launched_on = self.launched_on.isoformat()
        else:
            launched_on = self.launched_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "plan_id": plan_id,
            }
        )
        if launched_on is not UNSET:
            field_dict["launched_on"] = launched_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MovementKind(d.pop("kind"))

        name = d.pop("name")

        plan_id = UUID(d.pop("plan_id"))

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

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        movement_create = cls(
            kind=kind,
            name=name,
            plan_id=plan_id,
            launched_on=launched_on,
            note=note,
        )

        return movement_create
