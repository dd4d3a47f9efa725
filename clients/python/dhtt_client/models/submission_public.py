from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_kind import SubmissionKind
from ..models.submission_state import SubmissionState

if TYPE_CHECKING:
    from ..models.content import Content


T = TypeVar("T", bound="SubmissionPublic")


@_attrs_define
class SubmissionPublic:
    """
    Attributes:
        changed_after_due (bool | None): S1 — unit plans: a later version was received after the due date
        conference_id (None | UUID): Presentations and programmes (P1): the conference
        content (Content):
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        current_version (int): S5 — the latest version number
        id (UUID): The submission's id
        kind (SubmissionKind): S1–S4 — what a unit sends the district.
        last_received_at (datetime.datetime | None): S1, S5 — when the latest received version arrived
        missing_sections (list[str] | None): S2 — required sections still empty
        on_time (bool | None): S1 — unit plans: received before 00:00 of the due date (judged on the first submit)
        plan_id (UUID): The plan it answers
        presenter_delegate_id (None | UUID): S3 — presentations: the exemplar who presents
        reason (None | str): The district's reason when it asked for changes
        received_at (datetime.datetime | None): S1 — the instant of the first submit
        state (SubmissionState): S2–S5 — where a submission stands.
        title (str): The title (trích yếu)
        unit_id (UUID): The sending unit
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
    """

    changed_after_due: bool | None
    conference_id: None | UUID
    content: Content
    created_at: datetime.datetime
    current_version: int
    id: UUID
    kind: SubmissionKind
    last_received_at: datetime.datetime | None
    missing_sections: list[str] | None
    on_time: bool | None
    plan_id: UUID
    presenter_delegate_id: None | UUID
    reason: None | str
    received_at: datetime.datetime | None
    state: SubmissionState
    title: str
    unit_id: UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_after_due: bool | None
        changed_after_due = self.changed_after_due

        conference_id: None | str
        if isinstance(self.conference_id, UUID):
            conference_id = str(self.conference_id)
        else:
            conference_id = self.conference_id

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        current_version = self.current_version

        id = str(self.id)

        kind = self.kind.value

        last_received_at: None | str
        if isinstance(self.last_received_at, datetime.datetime):
            last_received_at = self.last_received_at.isoformat()
        else:
            last_received_at = self.last_received_at

        missing_sections: list[str] | None
        if isinstance(self.missing_sections, list):
            missing_sections = self.missing_sections

        else:
            missing_sections = self.missing_sections

        on_time: bool | None
        on_time = self.on_time

        plan_id = str(self.plan_id)

        presenter_delegate_id: None | str
        if isinstance(self.presenter_delegate_id, UUID):
            presenter_delegate_id = str(self.presenter_delegate_id)
        else:
            presenter_delegate_id = self.presenter_delegate_id

        reason: None | str
        reason = self.reason

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        state = self.state.value

        title = self.title

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_after_due": changed_after_due,
                "conference_id": conference_id,
                "content": content,
                "created_at": created_at,
                "current_version": current_version,
                "id": id,
                "kind": kind,
                "last_received_at": last_received_at,
                "missing_sections": missing_sections,
                "on_time": on_time,
                "plan_id": plan_id,
                "presenter_delegate_id": presenter_delegate_id,
                "reason": reason,
                "received_at": received_at,
                "state": state,
                "title": title,
                "unit_id": unit_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content import Content  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_changed_after_due(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        changed_after_due = _parse_changed_after_due(d.pop("changed_after_due"))

        def _parse_conference_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conference_id_type_0 = UUID(data)

                return conference_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        conference_id = _parse_conference_id(d.pop("conference_id"))

        content = Content.from_dict(d.pop("content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current_version = d.pop("current_version")

        id = UUID(d.pop("id"))

        kind = SubmissionKind(d.pop("kind"))

        def _parse_last_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_received_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_received_at = _parse_last_received_at(d.pop("last_received_at"))

        def _parse_missing_sections(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                missing_sections_type_0 = cast(list[str], data)

                return missing_sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        missing_sections = _parse_missing_sections(d.pop("missing_sections"))

        def _parse_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_time = _parse_on_time(d.pop("on_time"))

        plan_id = UUID(d.pop("plan_id"))

        def _parse_presenter_delegate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presenter_delegate_id_type_0 = UUID(data)

                return presenter_delegate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        presenter_delegate_id = _parse_presenter_delegate_id(
            d.pop("presenter_delegate_id")
        )

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        received_at = _parse_received_at(d.pop("received_at"))

        state = SubmissionState(d.pop("state"))

        title = d.pop("title")

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        submission_public = cls(
            changed_after_due=changed_after_due,
            conference_id=conference_id,
            content=content,
            created_at=created_at,
            current_version=current_version,
            id=id,
            kind=kind,
            last_received_at=last_received_at,
            missing_sections=missing_sections,
            on_time=on_time,
            plan_id=plan_id,
            presenter_delegate_id=presenter_delegate_id,
            reason=reason,
            received_at=received_at,
            state=state,
            title=title,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        submission_public.additional_properties = d
        return submission_public

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
