from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationUpdate")


@_attrs_define
class RegistrationUpdate:
    """
    Attributes:
        collectives_recognised (int | None | Unset): E2 — collectives recognised
        collectives_recognised_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send
            back what GET gave), refused otherwise
        collectives_registered (int | None | Unset): E2 — collectives registered
        collectives_registered_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send
            back what GET gave), refused otherwise
        collectives_total (int | None | Unset): E2 — collectives in all
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        individuals_recognised (int | None | Unset): E2 — individuals recognised
        individuals_recognised_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send
            back what GET gave), refused otherwise
        individuals_registered (int | None | Unset): E2 — individuals registered
        individuals_registered_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send
            back what GET gave), refused otherwise
        individuals_total (int | None | Unset): E2 — individuals in all
        movement_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    collectives_recognised: int | None | Unset = UNSET
    collectives_recognised_percent: Any | Unset = UNSET
    collectives_registered: int | None | Unset = UNSET
    collectives_registered_percent: Any | Unset = UNSET
    collectives_total: int | None | Unset = UNSET
    created_at: Any | Unset = UNSET
    id: Any | Unset = UNSET
    individuals_recognised: int | None | Unset = UNSET
    individuals_recognised_percent: Any | Unset = UNSET
    individuals_registered: int | None | Unset = UNSET
    individuals_registered_percent: Any | Unset = UNSET
    individuals_total: int | None | Unset = UNSET
    movement_id: Any | Unset = UNSET
    plan_id: Any | Unset = UNSET
    unit_id: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        collectives_recognised: int | None | Unset
        if isinstance(self.collectives_recognised, Unset):
            collectives_recognised = UNSET
        else:
            collectives_recognised = self.collectives_recognised

        collectives_recognised_percent = self.collectives_recognised_percent

        collectives_registered: int | None | Unset
        if isinstance(self.collectives_registered, Unset):
            collectives_registered = UNSET
        else:
            collectives_registered = self.collectives_registered

        collectives_registered_percent = self.collectives_registered_percent

        collectives_total: int | None | Unset
        if isinstance(self.collectives_total, Unset):
            collectives_total = UNSET
        else:
            collectives_total = self.collectives_total

        created_at = self.created_at

        id = self.id

        individuals_recognised: int | None | Unset
        if isinstance(self.individuals_recognised, Unset):
            individuals_recognised = UNSET
        else:
            individuals_recognised = self.individuals_recognised

        individuals_recognised_percent = self.individuals_recognised_percent

        individuals_registered: int | None | Unset
        if isinstance(self.individuals_registered, Unset):
            individuals_registered = UNSET
        else:
            individuals_registered = self.individuals_registered

        individuals_registered_percent = self.individuals_registered_percent

        individuals_total: int | None | Unset
        if isinstance(self.individuals_total, Unset):
            individuals_total = UNSET
        else:
            individuals_total = self.individuals_total

        movement_id = self.movement_id

        plan_id = self.plan_id

        unit_id = self.unit_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collectives_recognised is not UNSET:
            field_dict["collectives_recognised"] = collectives_recognised
        if collectives_recognised_percent is not UNSET:
            field_dict["collectives_recognised_percent"] = (
                collectives_recognised_percent
            )
        if collectives_registered is not UNSET:
            field_dict["collectives_registered"] = collectives_registered
        if collectives_registered_percent is not UNSET:
            field_dict["collectives_registered_percent"] = (
                collectives_registered_percent
            )
        if collectives_total is not UNSET:
            field_dict["collectives_total"] = collectives_total
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if individuals_recognised is not UNSET:
            field_dict["individuals_recognised"] = individuals_recognised
        if individuals_recognised_percent is not UNSET:
            field_dict["individuals_recognised_percent"] = (
                individuals_recognised_percent
            )
        if individuals_registered is not UNSET:
            field_dict["individuals_registered"] = individuals_registered
        if individuals_registered_percent is not UNSET:
            field_dict["individuals_registered_percent"] = (
                individuals_registered_percent
            )
        if individuals_total is not UNSET:
            field_dict["individuals_total"] = individuals_total
        if movement_id is not UNSET:
            field_dict["movement_id"] = movement_id
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_collectives_recognised(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collectives_recognised = _parse_collectives_recognised(
            d.pop("collectives_recognised", UNSET)
        )

        collectives_recognised_percent = d.pop("collectives_recognised_percent", UNSET)

        def _parse_collectives_registered(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collectives_registered = _parse_collectives_registered(
            d.pop("collectives_registered", UNSET)
        )

        collectives_registered_percent = d.pop("collectives_registered_percent", UNSET)

        def _parse_collectives_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        collectives_total = _parse_collectives_total(d.pop("collectives_total", UNSET))

        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        def _parse_individuals_recognised(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        individuals_recognised = _parse_individuals_recognised(
            d.pop("individuals_recognised", UNSET)
        )

        individuals_recognised_percent = d.pop("individuals_recognised_percent", UNSET)

        def _parse_individuals_registered(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        individuals_registered = _parse_individuals_registered(
            d.pop("individuals_registered", UNSET)
        )

        individuals_registered_percent = d.pop("individuals_registered_percent", UNSET)

        def _parse_individuals_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        individuals_total = _parse_individuals_total(d.pop("individuals_total", UNSET))

        movement_id = d.pop("movement_id", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        registration_update = cls(
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

        return registration_update
