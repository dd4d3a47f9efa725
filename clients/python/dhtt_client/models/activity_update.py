from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.activity_kind import ActivityKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityUpdate")


@_attrs_define
class ActivityUpdate:
    """
    Attributes:
        attachment_count (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        channel (None | str | Unset): Kênh, cơ quan đăng phát (e.g. the district radio, the unit's fanpage)
        conference_held_on (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        documentary_conference_id (None | Unset | UUID): M2 — name this reportage as the conference's documentary; null
            unlinks it
        has_evidence (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        kind (ActivityKind | None | Unset): M1 — loại hoạt động tuyên truyền
        link (None | str | Unset): null removes it (refused when no file is attached, M1)
        occurred_on (datetime.date | None | Unset): The day it was published or shown
        phase (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        title (None | str | Unset): Tên tác phẩm, tin bài
        unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    attachment_count: Any | Unset = UNSET
    channel: None | str | Unset = UNSET
    conference_held_on: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    documentary_conference_id: None | Unset | UUID = UNSET
    has_evidence: Any | Unset = UNSET
    id: Any | Unset = UNSET
    kind: ActivityKind | None | Unset = UNSET
    link: None | str | Unset = UNSET
    occurred_on: datetime.date | None | Unset = UNSET
    phase: Any | Unset = UNSET
    plan_id: Any | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_id: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attachment_count = self.attachment_count

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        conference_held_on = self.conference_held_on

        created_at = self.created_at

        documentary_conference_id: None | str | Unset
        if isinstance(self.documentary_conference_id, Unset):
            documentary_conference_id = UNSET
        elif isinstance(self.documentary_conference_id, UUID):
            documentary_conference_id = str(self.documentary_conference_id)
        else:
            documentary_conference_id = self.documentary_conference_id

        has_evidence = self.has_evidence

        id = self.id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ActivityKind):
            kind = self.kind.value
        else:
            kind = self.kind

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        occurred_on: None | str | Unset
        if isinstance(self.occurred_on, Unset):
            occurred_on = UNSET
        elif isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        phase = self.phase

        plan_id = self.plan_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_id = self.unit_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attachment_count is not UNSET:
            field_dict["attachment_count"] = attachment_count
        if channel is not UNSET:
            field_dict["channel"] = channel
        if conference_held_on is not UNSET:
            field_dict["conference_held_on"] = conference_held_on
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if documentary_conference_id is not UNSET:
            field_dict["documentary_conference_id"] = documentary_conference_id
        if has_evidence is not UNSET:
            field_dict["has_evidence"] = has_evidence
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if link is not UNSET:
            field_dict["link"] = link
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if phase is not UNSET:
            field_dict["phase"] = phase
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_count = d.pop("attachment_count", UNSET)

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        conference_held_on = d.pop("conference_held_on", UNSET)

        created_at = d.pop("created_at", UNSET)

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

        has_evidence = d.pop("has_evidence", UNSET)

        id = d.pop("id", UNSET)

        def _parse_kind(data: object) -> ActivityKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ActivityKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_occurred_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.date.fromisoformat(data)

                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on", UNSET))

        phase = d.pop("phase", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        unit_id = d.pop("unit_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        activity_update = cls(
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

        return activity_update
