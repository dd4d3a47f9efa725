from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.honour import Honour

T = TypeVar("T", bound="AwardDecisionCreate")


@_attrs_define
class AwardDecisionCreate:
    """An award decision to record in the register (D1): the approved nominations it awards.

    Attributes:
        decided_on (datetime.date): D1 — the day it was signed (not in the future)
        honour (Honour): N2 — the honours the plan names.
        nomination_ids (list[UUID]): D1 — approved nominations that proposed this honour, in order
        number (str): D1 — the decision's number, e.g. 123/QĐ-UBND
        signer_name (str): D1 — who signed it
        signer_title (str): D1 — the signer's title, e.g. Chủ tịch UBND huyện
    """

    decided_on: datetime.date
    honour: Honour
    nomination_ids: list[UUID]
    number: str
    signer_name: str
    signer_title: str

    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        honour = self.honour.value

        nomination_ids = []
        for nomination_ids_item_data in self.nomination_ids:
            nomination_ids_item = str(nomination_ids_item_data)
            nomination_ids.append(nomination_ids_item)

        number = self.number

        signer_name = self.signer_name

        signer_title = self.signer_title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decided_on": decided_on,
                "honour": honour,
                "nomination_ids": nomination_ids,
                "number": number,
                "signer_name": signer_name,
                "signer_title": signer_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        honour = Honour(d.pop("honour"))

        nomination_ids = []
        _nomination_ids = d.pop("nomination_ids")
        for nomination_ids_item_data in _nomination_ids:
            nomination_ids_item = UUID(nomination_ids_item_data)

            nomination_ids.append(nomination_ids_item)

        number = d.pop("number")

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        award_decision_create = cls(
            decided_on=decided_on,
            honour=honour,
            nomination_ids=nomination_ids,
            number=number,
            signer_name=signer_name,
            signer_title=signer_title,
        )

        return award_decision_create
