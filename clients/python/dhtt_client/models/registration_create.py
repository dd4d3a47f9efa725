from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationCreate")


@_attrs_define
class RegistrationCreate:
    """
    Attributes:
        movement_id (UUID): The movement registered for
        collectives_recognised (int | Unset): E2 — collectives recognised (được công nhận) Default: 0.
        collectives_registered (int | Unset): E2 — collectives registered (đăng ký thi đua) Default: 0.
        collectives_total (int | Unset): E2 — the unit's collectives (tập thể) in all Default: 0.
        individuals_recognised (int | Unset): E2 — individuals recognised Default: 0.
        individuals_registered (int | Unset): E2 — individuals registered Default: 0.
        individuals_total (int | Unset): E2 — the unit's individuals (cá nhân) in all Default: 0.
        unit_id (None | Unset | UUID): Defaults to the caller's unit
    """

    movement_id: UUID
    collectives_recognised: int | Unset = 0
    collectives_registered: int | Unset = 0
    collectives_total: int | Unset = 0
    individuals_recognised: int | Unset = 0
    individuals_registered: int | Unset = 0
    individuals_total: int | Unset = 0
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        movement_id = str(self.movement_id)

        collectives_recognised = self.collectives_recognised

        collectives_registered = self.collectives_registered

        collectives_total = self.collectives_total

        individuals_recognised = self.individuals_recognised

        individuals_registered = self.individuals_registered

        individuals_total = self.individuals_total

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "movement_id": movement_id,
            }
        )
        if collectives_recognised is not UNSET:
            field_dict["collectives_recognised"] = collectives_recognised
        if collectives_registered is not UNSET:
            field_dict["collectives_registered"] = collectives_registered
        if collectives_total is not UNSET:
            field_dict["collectives_total"] = collectives_total
        if individuals_recognised is not UNSET:
            field_dict["individuals_recognised"] = individuals_recognised
        if individuals_registered is not UNSET:
            field_dict["individuals_registered"] = individuals_registered
        if individuals_total is not UNSET:
            field_dict["individuals_total"] = individuals_total
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        movement_id = UUID(d.pop("movement_id"))

        collectives_recognised = d.pop("collectives_recognised", UNSET)

        collectives_registered = d.pop("collectives_registered", UNSET)

        collectives_total = d.pop("collectives_total", UNSET)

        individuals_recognised = d.pop("individuals_recognised", UNSET)

        individuals_registered = d.pop("individuals_registered", UNSET)

        individuals_total = d.pop("individuals_total", UNSET)

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        registration_create = cls(
            movement_id=movement_id,
            collectives_recognised=collectives_recognised,
            collectives_registered=collectives_registered,
            collectives_total=collectives_total,
            individuals_recognised=individuals_recognised,
            individuals_registered=individuals_registered,
            individuals_total=individuals_total,
            unit_id=unit_id,
        )

        return registration_create
