from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistrationPublic")


@_attrs_define
class RegistrationPublic:
    """
    Attributes:
        collectives_recognised (int): E2 — collectives recognised
        collectives_recognised_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        collectives_registered (int): E2 — collectives registered
        collectives_registered_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        collectives_total (int): E2 — collectives in all
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        id (UUID): The registration's id
        individuals_recognised (int): E2 — individuals recognised
        individuals_recognised_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        individuals_registered (int): E2 — individuals registered
        individuals_registered_percent (None | str): E2 — computed: one decimal, rounded half up; null when the base is
            0. Registered: out of the total; recognised: out of those registered
        individuals_total (int): E2 — individuals in all
        movement_id (UUID): The movement
        plan_id (UUID): The movement's plan
        unit_id (UUID): The unit whose counts these are
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    collectives_recognised: int
    collectives_recognised_percent: None | str
    collectives_registered: int
    collectives_registered_percent: None | str
    collectives_total: int
    created_at: datetime.datetime
    id: UUID
    individuals_recognised: int
    individuals_recognised_percent: None | str
    individuals_registered: int
    individuals_registered_percent: None | str
    individuals_total: int
    movement_id: UUID
    plan_id: UUID
    unit_id: UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collectives_recognised = self.collectives_recognised

        collectives_recognised_percent: None | str
        collectives_recognised_percent = self.collectives_recognised_percent

        collectives_registered = self.collectives_registered

        collectives_registered_percent: None | str
        collectives_registered_percent = self.collectives_registered_percent

        collectives_total = self.collectives_total

        created_at = self.created_at.isoformat()

        id = str(self.id)

        individuals_recognised = self.individuals_recognised

        individuals_recognised_percent: None | str
        individuals_recognised_percent = self.individuals_recognised_percent

        individuals_registered = self.individuals_registered

        individuals_registered_percent: None | str
        individuals_registered_percent = self.individuals_registered_percent

        individuals_total = self.individuals_total

        movement_id = str(self.movement_id)

        plan_id = str(self.plan_id)

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectives_recognised": collectives_recognised,
                "collectives_recognised_percent": collectives_recognised_percent,
                "collectives_registered": collectives_registered,
                "collectives_registered_percent": collectives_registered_percent,
                "collectives_total": collectives_total,
                "created_at": created_at,
                "id": id,
                "individuals_recognised": individuals_recognised,
                "individuals_recognised_percent": individuals_recognised_percent,
                "individuals_registered": individuals_registered,
                "individuals_registered_percent": individuals_registered_percent,
                "individuals_total": individuals_total,
                "movement_id": movement_id,
                "plan_id": plan_id,
                "unit_id": unit_id,
                "updated_at": updated_at,
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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

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

        movement_id = UUID(d.pop("movement_id"))

        plan_id = UUID(d.pop("plan_id"))

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        registration_public = cls(
            collectives_recognised=collectives_recognised,
            collectives_recognised_percent=collectives_recognised_percent,
            collectives_registered=collectives_registered,
            collectives_registered_percent=collectives_registered_percent,
            collectives_total=collectives_total,
            created_at=created_at,
            id=id,
            individuals_recognised=individuals_recognised,
            individuals_recognised_percent=individuals_recognised_percent,
            individuals_registered=individuals_registered,
            individuals_registered_percent=individuals_registered_percent,
            individuals_total=individuals_total,
            movement_id=movement_id,
            plan_id=plan_id,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        registration_public.additional_properties = d
        return registration_public

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
