from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assembly_mode import AssemblyMode
from ..models.conference_form import ConferenceForm
from ..models.conference_session import ConferenceSession
from ..models.level import Level
from ..models.list_state import ListState

T = TypeVar("T", bound="ConferencePublic")


@_attrs_define
class ConferencePublic:
    """
    Attributes:
        assembly_mode (AssemblyMode): A1, A2 — hình thức tổ chức: the whole staff (toàn thể) or delegates (đại biểu).
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        delegate_cap (int | None): A1, A2 — null for a full assembly (the whole staff attends)
        district_id (UUID): L2 — the plan's issuer: the organizing unit's district in plan 187, the province in a
            province's plan; the conference whose unit is this one is the plan's upper (issuing) level
        edition (int): C7 — the unit's own edition (lần thứ); defaults to the plan's
        finalized_at (datetime.datetime | None): A8 — when the delegate list was finalized (chốt); null while a draft
        form (ConferenceForm): C1 — hình thức hội nghị (§II.2): the three forms; a plan allows some of them at each
            level (L2).
        has_documentary (bool): C8 — a documentary on the movement (phóng sự) is shown
        has_exchange (bool): C8 — an exchange with the exemplars (giao lưu) is held
        held_on (datetime.date): C3, C4 — the day it is held (Asia/Ho_Chi_Minh)
        id (UUID): The conference's id
        is_congress (bool): C8 — a congress (đại hội): adds the flag salute
        level (Level): U1 — cấp: grassroots (cơ sở), district (huyện) or province (tỉnh).
        list_state (ListState): A8 — the delegate list is being drafted, or finalized (chốt danh sách đại biểu): then
            frozen until the district admin reopens it.
        place (str): C7 — the place named in the title (địa danh)
        plan_id (UUID): The plan it is held under
        session (ConferenceSession): C3 — buổi: morning or afternoon.
        title (list[str]): C7 — the three lines of the title
        unit_id (UUID): The organizing unit
        unit_name (str): The organizing unit's name
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    assembly_mode: AssemblyMode
    created_at: datetime.datetime
    delegate_cap: int | None
    district_id: UUID
    edition: int
    finalized_at: datetime.datetime | None
    form: ConferenceForm
    has_documentary: bool
    has_exchange: bool
    held_on: datetime.date
    id: UUID
    is_congress: bool
    level: Level
    list_state: ListState
    place: str
    plan_id: UUID
    session: ConferenceSession
    title: list[str]
    unit_id: UUID
    unit_name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assembly_mode = self.assembly_mode.value

        created_at = self.created_at.isoformat()

        delegate_cap: int | None
        delegate_cap = self.delegate_cap

        district_id = str(self.district_id)

        edition = self.edition

        finalized_at: None | str
        if isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        form = self.form.value

        has_documentary = self.has_documentary

        has_exchange = self.has_exchange

        held_on = self.held_on.isoformat()

        id = str(self.id)

        is_congress = self.is_congress

        level = self.level.value

        list_state = self.list_state.value

        place = self.place

        plan_id = str(self.plan_id)

        session = self.session.value

        title = self.title

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assembly_mode": assembly_mode,
                "created_at": created_at,
                "delegate_cap": delegate_cap,
                "district_id": district_id,
                "edition": edition,
                "finalized_at": finalized_at,
                "form": form,
                "has_documentary": has_documentary,
                "has_exchange": has_exchange,
                "held_on": held_on,
                "id": id,
                "is_congress": is_congress,
                "level": level,
                "list_state": list_state,
                "place": place,
                "plan_id": plan_id,
                "session": session,
                "title": title,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assembly_mode = AssemblyMode(d.pop("assembly_mode"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_delegate_cap(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        delegate_cap = _parse_delegate_cap(d.pop("delegate_cap"))

        district_id = UUID(d.pop("district_id"))

        edition = d.pop("edition")

        def _parse_finalized_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at"))

        form = ConferenceForm(d.pop("form"))

        has_documentary = d.pop("has_documentary")

        has_exchange = d.pop("has_exchange")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        is_congress = d.pop("is_congress")

        level = Level(d.pop("level"))

        list_state = ListState(d.pop("list_state"))

        place = d.pop("place")

        plan_id = UUID(d.pop("plan_id"))

        session = ConferenceSession(d.pop("session"))

        title = cast(list[str], d.pop("title"))

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        conference_public = cls(
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
            place=place,
            plan_id=plan_id,
            session=session,
            title=title,
            unit_id=unit_id,
            unit_name=unit_name,
            updated_at=updated_at,
        )

        conference_public.additional_properties = d
        return conference_public

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
