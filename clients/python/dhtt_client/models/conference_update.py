from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.form import Form
from ..models.session import Session
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceUpdate")


@_attrs_define
class ConferenceUpdate:
    """
    Attributes:
        edition (int | None | Unset):
        form (Form | None | Unset):
        has_documentary (bool | None | Unset):
        has_exchange (bool | None | Unset):
        held_on (datetime.date | None | Unset):
        is_congress (bool | None | Unset):
        override_reason (None | str | Unset):
        place (None | str | Unset):
        session (None | Session | Unset):
    """

    edition: int | None | Unset = UNSET
    form: Form | None | Unset = UNSET
    has_documentary: bool | None | Unset = UNSET
    has_exchange: bool | None | Unset = UNSET
    held_on: datetime.date | None | Unset = UNSET
    is_congress: bool | None | Unset = UNSET
    override_reason: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    session: None | Session | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        edition: int | None | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        form: None | str | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, Form):
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

        is_congress: bool | None | Unset
        if isinstance(self.is_congress, Unset):
            is_congress = UNSET
        else:
            is_congress = self.is_congress

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

        session: None | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, Session):
            session = self.session.value
        else:
            session = self.session

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if edition is not UNSET:
            field_dict["edition"] = edition
        if form is not UNSET:
            field_dict["form"] = form
        if has_documentary is not UNSET:
            field_dict["has_documentary"] = has_documentary
        if has_exchange is not UNSET:
            field_dict["has_exchange"] = has_exchange
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if is_congress is not UNSET:
            field_dict["is_congress"] = is_congress
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason
        if place is not UNSET:
            field_dict["place"] = place
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_edition(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edition = _parse_edition(d.pop("edition", UNSET))

        def _parse_form(data: object) -> Form | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_0 = Form(data)

                return form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Form | None | Unset, data)

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

        def _parse_is_congress(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_congress = _parse_is_congress(d.pop("is_congress", UNSET))

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

        def _parse_session(data: object) -> None | Session | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_type_0 = Session(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Session | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        conference_update = cls(
            edition=edition,
            form=form,
            has_documentary=has_documentary,
            has_exchange=has_exchange,
            held_on=held_on,
            is_congress=is_congress,
            override_reason=override_reason,
            place=place,
            session=session,
        )

        return conference_update
