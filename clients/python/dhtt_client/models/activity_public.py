from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_kind import ActivityKind
from ..models.phase import Phase

T = TypeVar("T", bound="ActivityPublic")


@_attrs_define
class ActivityPublic:
    """
    Attributes:
        attachment_count (int): S6 — how many files are attached
        channel (str): Kênh, cơ quan đăng phát (e.g. the district radio, the unit's fanpage)
        conference_held_on (datetime.date | None): The unit's conference day the phase is computed from
        created_at (datetime.datetime): When it was recorded
        documentary_conference_id (None | UUID): M2 — the conference of the same unit that shows this reportage as its
            documentary
        has_evidence (bool): M1 — a link or at least one attachment; false only between creating an activity without a
            link and uploading its first file
        id (UUID): The activity's id
        kind (ActivityKind): M1 — loại hoạt động tuyên truyền (§II.6, §III.3).
        link (None | str): M1 — where it can be seen (http or https)
        occurred_on (datetime.date): The day it was published or shown
        phase (Phase): M1 — when an activity took place relative to its unit's conference day. ``unscheduled``:
            the unit has no conference in the plan yet (so no day to compare with).
        plan_id (UUID): The plan it serves
        title (str): Tên tác phẩm, tin bài
        unit_id (UUID): The unit that carried it out (X2: private to that unit)
        updated_at (datetime.datetime): When it last changed
    """

    attachment_count: int
    channel: str
    conference_held_on: datetime.date | None
    created_at: datetime.datetime
    documentary_conference_id: None | UUID
    has_evidence: bool
    id: UUID
    kind: ActivityKind
    link: None | str
    occurred_on: datetime.date
    phase: Phase
    plan_id: UUID
    title: str
    unit_id: UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_count = self.attachment_count

        channel = self.channel

        conference_held_on: None | str
        if isinstance(self.conference_held_on, datetime.date):
            conference_held_on = self.conference_held_on.isoformat()
        else:
            conference_held_on = self.conference_held_on

        created_at = self.created_at.isoformat()

        documentary_conference_id: None | str
        if isinstance(self.documentary_conference_id, UUID):
            documentary_conference_id = str(self.documentary_conference_id)
        else:
            documentary_conference_id = self.documentary_conference_id

        has_evidence = self.has_evidence

        id = str(self.id)

        kind = self.kind.value

        link: None | str
        link = self.link

        occurred_on = self.occurred_on.isoformat()

        phase = self.phase.value

        plan_id = str(self.plan_id)

        title = self.title

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment_count": attachment_count,
                "channel": channel,
                "conference_held_on": conference_held_on,
                "created_at": created_at,
                "documentary_conference_id": documentary_conference_id,
                "has_evidence": has_evidence,
                "id": id,
                "kind": kind,
                "link": link,
                "occurred_on": occurred_on,
                "phase": phase,
                "plan_id": plan_id,
                "title": title,
                "unit_id": unit_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_count = d.pop("attachment_count")

        channel = d.pop("channel")

        def _parse_conference_held_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conference_held_on_type_0 = datetime.date.fromisoformat(data)

                return conference_held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        conference_held_on = _parse_conference_held_on(d.pop("conference_held_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_documentary_conference_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                documentary_conference_id_type_0 = UUID(data)

                return documentary_conference_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        documentary_conference_id = _parse_documentary_conference_id(
            d.pop("documentary_conference_id")
        )

        has_evidence = d.pop("has_evidence")

        id = UUID(d.pop("id"))

        kind = ActivityKind(d.pop("kind"))

        def _parse_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        link = _parse_link(d.pop("link"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        phase = Phase(d.pop("phase"))

        plan_id = UUID(d.pop("plan_id"))

        title = d.pop("title")

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        activity_public = cls(
            attachment_count=attachment_count,
            channel=channel,
            conference_held_on=conference_held_on,
            created_at=created_at,
            documentary_conference_id=documentary_conference_id,
            has_evidence=has_evidence,
            id=id,
            kind=kind,
            link=link,
            occurred_on=occurred_on,
            phase=phase,
            plan_id=plan_id,
            title=title,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        activity_public.additional_properties = d
        return activity_public

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
