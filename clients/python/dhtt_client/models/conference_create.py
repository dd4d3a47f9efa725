from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.conference_form import ConferenceForm
from ..models.conference_session import ConferenceSession
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceCreate")


@_attrs_define
class ConferenceCreate:
    """
    Attributes:
        form (ConferenceForm): C1 — hình thức hội nghị (§II.2): the three forms; a plan allows some of them at each
            level (L2).
        held_on (datetime.date): C3, C4 — the date (Asia/Ho_Chi_Minh)
        place (str): C7 — the place named in the title
        plan_id (UUID): The plan it is held under
        session (ConferenceSession): C3 — buổi: morning or afternoon.
        unit_id (UUID): The organizing unit
        edition (int | None | Unset): C7 — the unit's own count; default the plan's
        has_documentary (bool | Unset): C8 — a documentary on the movement Default: False.
        has_exchange (bool | Unset): C8 — an exchange with exemplars Default: False.
        is_congress (bool | Unset): Đại hội: adds the flag salute (C8) Default: False.
        override_reason (None | str | Unset): C4, C5 — district admin only: force a date outside the rules, with a
            reason
    """

    form: ConferenceForm
    held_on: datetime.date
    place: str
    plan_id: UUID
    session: ConferenceSession
    unit_id: UUID
    edition: int | None | Unset = UNSET
    has_documentary: bool | Unset = False
    has_exchange: bool | Unset = False
    is_congress: bool | Unset = False
    override_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        form = self.form.value

        held_on = self.held_on.isoformat()

        place = self.place

        plan_id = str(self.plan_id)

        session = self.session.value

        unit_id = str(self.unit_id)

        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        has_documentary = self.has_documentary

        has_exchange = self.has_exchange

        is_congress = self.is_congress

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "form": form,
                "held_on": held_on,
                "place": place,
                "plan_id": plan_id,
                "session": session,
                "unit_id": unit_id,
            }
        )
        if edition is not UNSET:
            field_dict["edition"] = edition
        if has_documentary is not UNSET:
            field_dict["has_documentary"] = has_documentary
        if has_exchange is not UNSET:
            field_dict["has_exchange"] = has_exchange
        if is_congress is not UNSET:
            field_dict["is_congress"] = is_congress
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        form = ConferenceForm(d.pop("form"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        plan_id = UUID(d.pop("plan_id"))

        session = ConferenceSession(d.pop("session"))

        unit_id = UUID(d.pop("unit_id"))

        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))

        has_documentary = d.pop("has_documentary", UNSET)

        has_exchange = d.pop("has_exchange", UNSET)

        is_congress = d.pop("is_congress", UNSET)

        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))

        conference_create = cls(
            form=form,
            held_on=held_on,
            place=place,
            plan_id=plan_id,
            session=session,
            unit_id=unit_id,
            edition=edition,
            has_documentary=has_documentary,
            has_exchange=has_exchange,
            is_congress=is_congress,
            override_reason=override_reason,
        )

        return conference_create
