from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.honour import Honour

if TYPE_CHECKING:
    from ..models.award import Award


T = TypeVar("T", bound="AwardDecisionPublic")


@_attrs_define
class AwardDecisionPublic:
    """An award decision (Quyết định khen thưởng) in the register (D1).

    Attributes:
        authority_unit_id (UUID): D1 — the issuing authority's unit
        authority_unit_name (str): D1 — the issuing authority's unit name
        awards (list[Award]): D1 — the awarded nominations, in the decision's order
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        created_by (None | UUID): The account that recorded it
        decided_on (datetime.date): D1 — the day it was signed
        honour (Honour): N2 — the honours the plan names.
        id (UUID): The decision's id
        number (str): D1 — the decision's number, e.g. 123/QĐ-UBND
        signer_name (str): D1 — who signed it
        signer_title (str): D1 — the signer's title
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        year (int): D1 — the year it was signed (the register lists by authority and year)
    """

    authority_unit_id: UUID
    authority_unit_name: str
    awards: list[Award]
    created_at: datetime.datetime
    created_by: None | UUID
    decided_on: datetime.date
    honour: Honour
    id: UUID
    number: str
    signer_name: str
    signer_title: str
    updated_at: datetime.datetime
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority_unit_id = str(self.authority_unit_id)

        authority_unit_name = self.authority_unit_name

        awards = []
        for awards_item_data in self.awards:
            awards_item = awards_item_data.to_dict()
            awards.append(awards_item)

        created_at = self.created_at.isoformat()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        decided_on = self.decided_on.isoformat()

        honour = self.honour.value

        id = str(self.id)

        number = self.number

        signer_name = self.signer_name

        signer_title = self.signer_title

        updated_at = self.updated_at.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority_unit_id": authority_unit_id,
                "authority_unit_name": authority_unit_name,
                "awards": awards,
                "created_at": created_at,
                "created_by": created_by,
                "decided_on": decided_on,
                "honour": honour,
                "id": id,
                "number": number,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "updated_at": updated_at,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.award import Award  # noqa: PLC0415

        d = dict(src_dict)
        authority_unit_id = UUID(d.pop("authority_unit_id"))

        authority_unit_name = d.pop("authority_unit_name")

        awards = []
        _awards = d.pop("awards")
        for awards_item_data in _awards:
            awards_item = Award.from_dict(awards_item_data)

            awards.append(awards_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        honour = Honour(d.pop("honour"))

        id = UUID(d.pop("id"))

        number = d.pop("number")

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        year = d.pop("year")

        award_decision_public = cls(
            authority_unit_id=authority_unit_id,
            authority_unit_name=authority_unit_name,
            awards=awards,
            created_at=created_at,
            created_by=created_by,
            decided_on=decided_on,
            honour=honour,
            id=id,
            number=number,
            signer_name=signer_name,
            signer_title=signer_title,
            updated_at=updated_at,
            year=year,
        )

        award_decision_public.additional_properties = d
        return award_decision_public

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
