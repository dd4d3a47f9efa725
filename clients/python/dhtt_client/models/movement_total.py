from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.movement_kind import MovementKind

T = TypeVar("T", bound="MovementTotal")


@_attrs_define
class MovementTotal:
    """
    Attributes:
        collectives_recognised (int): E2 — sum over the units
        collectives_recognised_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        collectives_registered (int): E2 — sum over the units
        collectives_registered_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        collectives_total (int): E2 — sum over the units
        individuals_recognised (int): E2 — sum over the units
        individuals_recognised_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        individuals_registered (int): E2 — sum over the units
        individuals_registered_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        individuals_total (int): E2 — sum over the units
        kind (MovementKind): E1 — a movement the plan promotes (phong trào thi đua) or a special drive (đợt thi đua đặc
            biệt).
        movement_id (UUID): The movement
        name (str): Its name
        units (int): How many units recorded registrations
    """

    collectives_recognised: int
    collectives_recognised_percent: None | str
    collectives_registered: int
    collectives_registered_percent: None | str
    collectives_total: int
    individuals_recognised: int
    individuals_recognised_percent: None | str
    individuals_registered: int
    individuals_registered_percent: None | str
    individuals_total: int
    kind: MovementKind
    movement_id: UUID
    name: str
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collectives_recognised = self.collectives_recognised

        collectives_recognised_percent: None | str
        collectives_recognised_percent = self.collectives_recognised_percent

        collectives_registered = self.collectives_registered

        collectives_registered_percent: None | str
        collectives_registered_percent = self.collectives_registered_percent

        collectives_total = self.collectives_total

        individuals_recognised = self.individuals_recognised

        individuals_recognised_percent: None | str
        individuals_recognised_percent = self.individuals_recognised_percent

        individuals_registered = self.individuals_registered

        individuals_registered_percent: None | str
        individuals_registered_percent = self.individuals_registered_percent

        individuals_total = self.individuals_total

        kind = self.kind.value

        movement_id = str(self.movement_id)

        name = self.name

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectives_recognised": collectives_recognised,
                "collectives_recognised_percent": collectives_recognised_percent,
                "collectives_registered": collectives_registered,
                "collectives_registered_percent": collectives_registered_percent,
                "collectives_total": collectives_total,
                "individuals_recognised": individuals_recognised,
                "individuals_recognised_percent": individuals_recognised_percent,
                "individuals_registered": individuals_registered,
                "individuals_registered_percent": individuals_registered_percent,
                "individuals_total": individuals_total,
                "kind": kind,
                "movement_id": movement_id,
                "name": name,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collectives_recognised = d.pop("collectives_recognised")

        def _parse_collectives_recognised_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        collectives_recognised_percent = _parse_collectives_recognised_percent(
            d.pop("collectives_recognised_percent")
        )

        collectives_registered = d.pop("collectives_registered")

        def _parse_collectives_registered_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        collectives_registered_percent = _parse_collectives_registered_percent(
            d.pop("collectives_registered_percent")
        )

        collectives_total = d.pop("collectives_total")

        individuals_recognised = d.pop("individuals_recognised")

        def _parse_individuals_recognised_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individuals_recognised_percent = _parse_individuals_recognised_percent(
            d.pop("individuals_recognised_percent")
        )

        individuals_registered = d.pop("individuals_registered")

        def _parse_individuals_registered_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individuals_registered_percent = _parse_individuals_registered_percent(
            d.pop("individuals_registered_percent")
        )

        individuals_total = d.pop("individuals_total")

        kind = MovementKind(d.pop("kind"))

        movement_id = UUID(d.pop("movement_id"))

        name = d.pop("name")

        units = d.pop("units")

        movement_total = cls(
            collectives_recognised=collectives_recognised,
            collectives_recognised_percent=collectives_recognised_percent,
            collectives_registered=collectives_registered,
            collectives_registered_percent=collectives_registered_percent,
            collectives_total=collectives_total,
            individuals_recognised=individuals_recognised,
            individuals_recognised_percent=individuals_recognised_percent,
            individuals_registered=individuals_registered,
            individuals_registered_percent=individuals_registered_percent,
            individuals_total=individuals_total,
            kind=kind,
            movement_id=movement_id,
            name=name,
            units=units,
        )

        movement_total.additional_properties = d
        return movement_total

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
