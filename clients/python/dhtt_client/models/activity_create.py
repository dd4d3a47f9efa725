from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.activity_kind import ActivityKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityCreate")


@_attrs_define
class ActivityCreate:
    """
    Attributes:
        channel (str): Kênh, cơ quan đăng phát (e.g. the district radio, the unit's fanpage)
        kind (ActivityKind): M1 — loại hoạt động tuyên truyền (§II.6, §III.3).
        occurred_on (datetime.date): The day it was published or shown
        plan_id (UUID): The plan it serves
        title (str): Tên tác phẩm, tin bài
        documentary_conference_id (None | Unset | UUID): M2 — a reportage: the conference of its unit that shows it
        link (None | str | Unset): M1 — http or https. Without a link, attach a file right after creating (POST
            …/attachments)
        unit_id (None | Unset | UUID): Defaults to the caller's unit
    """

    channel: str
    kind: ActivityKind
    occurred_on: datetime.date
    plan_id: UUID
    title: str
    documentary_conference_id: None | Unset | UUID = UNSET
    link: None | str | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        plan_id = str(self.plan_id)

        title = self.title

        documentary_conference_id: None | str | Unset
        if isinstance(self.documentary_conference_id, Unset):
            documentary_conference_id = UNSET
        elif isinstance(self.documentary_conference_id, UUID):
            documentary_conference_id = str(self.documentary_conference_id)
        else:
            documentary_conference_id = self.documentary_conference_id

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

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
                "channel": channel,
                "kind": kind,
                "occurred_on": occurred_on,
                "plan_id": plan_id,
                "title": title,
            }
        )
        if documentary_conference_id is not UNSET:
            field_dict["documentary_conference_id"] = documentary_conference_id
        if link is not UNSET:
            field_dict["link"] = link
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        kind = ActivityKind(d.pop("kind"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        plan_id = UUID(d.pop("plan_id"))

        title = d.pop("title")

        def _parse_documentary_conference_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                documentary_conference_id_type_0 = UUID(data)

                return documentary_conference_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        documentary_conference_id = _parse_documentary_conference_id(
            d.pop("documentary_conference_id", UNSET)
        )

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

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

        activity_create = cls(
            channel=channel,
            kind=kind,
            occurred_on=occurred_on,
            plan_id=plan_id,
            title=title,
            documentary_conference_id=documentary_conference_id,
            link=link,
            unit_id=unit_id,
        )

        return activity_create
