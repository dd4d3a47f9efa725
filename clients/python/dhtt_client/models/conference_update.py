from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.conference_form import ConferenceForm
from ..models.conference_session import ConferenceSession
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceUpdate")


@_attrs_define
class ConferenceUpdate:
    """
    Attributes:
        assembly_mode (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        delegate_cap (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        district_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        edition (int | None | Unset): C7 — the unit's own edition (lần thứ); defaults to the plan's
        finalized_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        form (ConferenceForm | None | Unset): C1 — the form of the conference (hình thức hội nghị)
        has_documentary (bool | None | Unset): C8 — a documentary on the movement (phóng sự) is shown
        has_exchange (bool | None | Unset): C8 — an exchange with the exemplars (giao lưu) is held
        held_on (datetime.date | None | Unset): C3, C4 — the day it is held (Asia/Ho_Chi_Minh)
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        is_congress (bool | None | Unset): C8 — a congress (đại hội): adds the flag salute
        level (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        list_state (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        override_reason (None | str | Unset): C4, C5 — district admin only: force a date outside the rules, with a
            reason
        place (None | str | Unset): C7 — the place named in the title (địa danh)
        plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        session (ConferenceSession | None | Unset): C3 — the half-day (buổi)
        title (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        unit_name (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    assembly_mode: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    delegate_cap: Any | Unset = UNSET
    district_id: Any | Unset = UNSET
    edition: int | None | Unset = UNSET
    finalized_at: Any | Unset = UNSET
    form: ConferenceForm | None | Unset = UNSET
    has_documentary: bool | None | Unset = UNSET
    has_exchange: bool | None | Unset = UNSET
    held_on: datetime.date | None | Unset = UNSET
    id: Any | Unset = UNSET
    is_congress: bool | None | Unset = UNSET
    level: Any | Unset = UNSET
    list_state: Any | Unset = UNSET
    override_reason: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    plan_id: Any | Unset = UNSET
    session: ConferenceSession | None | Unset = UNSET
    title: Any | Unset = UNSET
    unit_id: Any | Unset = UNSET
    unit_name: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        assembly_mode = self.assembly_mode

        created_at = self.created_at

        delegate_cap = self.delegate_cap

        district_id = self.district_id

        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        finalized_at = self.finalized_at

        form: None | str | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, ConferenceForm):
            form = self.form.value
        else:
            form = self.form

        has_documentary: bool | None | Unset
        if isinstance(self.has_documentary, Unset):
            has_documentary = UNSET
        else:
            has_documentary = self.has_documentary

        has_exchange: bool | None | Unset
        if isinstance(self.has_exchange, Unset):
            has_exchange = UNSET
        else:
            has_exchange = self.has_exchange

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        id = self.id

        is_congress: bool | None | Unset
        if isinstance(self.is_congress, Unset):
            is_congress = UNSET
        else:
            is_congress = self.is_congress

        level = self.level

        list_state = self.list_state

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        plan_id = self.plan_id

        session: None | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, ConferenceSession):
            session = self.session.value
        else:
            session = self.session

        title = self.title

        unit_id = self.unit_id

        unit_name = self.unit_name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if assembly_mode is not UNSET:
            field_dict["assembly_mode"] = assembly_mode
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delegate_cap is not UNSET:
            field_dict["delegate_cap"] = delegate_cap
        if district_id is not UNSET:
            field_dict["district_id"] = district_id
        if edition is not UNSET:
            field_dict["edition"] = edition
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if form is not UNSET:
            field_dict["form"] = form
        if has_documentary is not UNSET:
            field_dict["has_documentary"] = has_documentary
        if has_exchange is not UNSET:
            field_dict["has_exchange"] = has_exchange
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if id is not UNSET:
            field_dict["id"] = id
        if is_congress is not UNSET:
            field_dict["is_congress"] = is_congress
        if level is not UNSET:
            field_dict["level"] = level
        if list_state is not UNSET:
            field_dict["list_state"] = list_state
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason
        if place is not UNSET:
            field_dict["place"] = place
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if session is not UNSET:
            field_dict["session"] = session
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assembly_mode = d.pop("assembly_mode", UNSET)

        created_at = d.pop("created_at", UNSET)

        delegate_cap = d.pop("delegate_cap", UNSET)

        district_id = d.pop("district_id", UNSET)

        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))

        finalized_at = d.pop("finalized_at", UNSET)

        def _parse_form(data: object) -> ConferenceForm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_0 = ConferenceForm(data)

                return form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConferenceForm | None | Unset, data)

        form = _parse_form(d.pop("form", UNSET))

        def _parse_has_documentary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_documentary = _parse_has_documentary(d.pop("has_documentary", UNSET))

        def _parse_has_exchange(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_exchange = _parse_has_exchange(d.pop("has_exchange", UNSET))

        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)

                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))

        id = d.pop("id", UNSET)

        def _parse_is_congress(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_congress = _parse_is_congress(d.pop("is_congress", UNSET))

        level = d.pop("level", UNSET)

        list_state = d.pop("list_state", UNSET)

        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        plan_id = d.pop("plan_id", UNSET)

        def _parse_session(data: object) -> ConferenceSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_type_0 = ConferenceSession(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConferenceSession | None | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        title = d.pop("title", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_name = d.pop("unit_name", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        conference_update = cls(
            assembly_mode=assembly_mode,
            created_at=created_at,
            delegate_cap=delegate_cap,
            district_id=district_id,
            edition=edition,
            finalized_at=finalized_at,
            form=form,
            has_documentary=has_documentary,
            has_exchange=has_exchange,
            held_on=held_on,
            id=id,
            is_congress=is_congress,
            level=level,
            list_state=list_state,
            override_reason=override_reason,
            place=place,
            plan_id=plan_id,
            session=session,
            title=title,
            unit_id=unit_id,
            unit_name=unit_name,
            updated_at=updated_at,
        )

        return conference_update
