from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_in import ContentIn
    from ..models.figures_in import FiguresIn
    from ..models.submission_update_sections_type_0 import SubmissionUpdateSectionsType0


T = TypeVar("T", bound="SubmissionUpdate")


@_attrs_define
class SubmissionUpdate:
    """
    Attributes:
        changed_after_due (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        conference_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        content (ContentIn | None | Unset): The content, nested as GET answers it
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        current_version (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        figures (FiguresIn | None | Unset): Deprecated: send it inside content, as GET answers it
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        kind (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        last_received_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        missing_sections (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        on_time (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        plan_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        presenter_delegate_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what
            GET gave), refused otherwise
        reason (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        received_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        sections (None | SubmissionUpdateSectionsType0 | Unset): Deprecated: send it inside content, as GET answers it
        state (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        text (None | str | Unset): Deprecated: send it inside content, as GET answers it
        title (None | str | Unset): The title (trích yếu)
        unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
    """

    changed_after_due: Any | Unset = UNSET
    conference_id: Any | Unset = UNSET
    content: ContentIn | None | Unset = UNSET
    created_at: Any | Unset = UNSET
    current_version: Any | Unset = UNSET
    figures: FiguresIn | None | Unset = UNSET
    id: Any | Unset = UNSET
    kind: Any | Unset = UNSET
    last_received_at: Any | Unset = UNSET
    missing_sections: Any | Unset = UNSET
    on_time: Any | Unset = UNSET
    plan_id: Any | Unset = UNSET
    presenter_delegate_id: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    received_at: Any | Unset = UNSET
    sections: None | SubmissionUpdateSectionsType0 | Unset = UNSET
    state: Any | Unset = UNSET
    text: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_id: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_in import ContentIn  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_update_sections_type_0 import (
            SubmissionUpdateSectionsType0,  # noqa: PLC0415
        )

        changed_after_due = self.changed_after_due

        conference_id = self.conference_id

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ContentIn):
            content = self.content.to_dict()
        else:
            content = self.content

        created_at = self.created_at

        current_version = self.current_version

        figures: dict[str, Any] | None | Unset
        if isinstance(self.figures, Unset):
            figures = UNSET
        elif isinstance(self.figures, FiguresIn):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        id = self.id

        kind = self.kind

        last_received_at = self.last_received_at

        missing_sections = self.missing_sections

        on_time = self.on_time

        plan_id = self.plan_id

        presenter_delegate_id = self.presenter_delegate_id

        reason = self.reason

        received_at = self.received_at

        sections: dict[str, Any] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, SubmissionUpdateSectionsType0):
            sections = self.sections.to_dict()
        else:
            sections = self.sections

        state = self.state

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_id = self.unit_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if changed_after_due is not UNSET:
            field_dict["changed_after_due"] = changed_after_due
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if figures is not UNSET:
            field_dict["figures"] = figures
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if last_received_at is not UNSET:
            field_dict["last_received_at"] = last_received_at
        if missing_sections is not UNSET:
            field_dict["missing_sections"] = missing_sections
        if on_time is not UNSET:
            field_dict["on_time"] = on_time
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if presenter_delegate_id is not UNSET:
            field_dict["presenter_delegate_id"] = presenter_delegate_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if sections is not UNSET:
            field_dict["sections"] = sections
        if state is not UNSET:
            field_dict["state"] = state
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_in import ContentIn  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_update_sections_type_0 import (
            SubmissionUpdateSectionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        changed_after_due = d.pop("changed_after_due", UNSET)

        conference_id = d.pop("conference_id", UNSET)

        def _parse_content(data: object) -> ContentIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = ContentIn.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentIn | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        created_at = d.pop("created_at", UNSET)

        current_version = d.pop("current_version", UNSET)

        def _parse_figures(data: object) -> FiguresIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figures_type_0 = FiguresIn.from_dict(data)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FiguresIn | None | Unset, data)

        figures = _parse_figures(d.pop("figures", UNSET))

        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        last_received_at = d.pop("last_received_at", UNSET)

        missing_sections = d.pop("missing_sections", UNSET)

        on_time = d.pop("on_time", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        presenter_delegate_id = d.pop("presenter_delegate_id", UNSET)

        reason = d.pop("reason", UNSET)

        received_at = d.pop("received_at", UNSET)

        def _parse_sections(
            data: object,
        ) -> None | SubmissionUpdateSectionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sections_type_0 = SubmissionUpdateSectionsType0.from_dict(data)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmissionUpdateSectionsType0 | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        state = d.pop("state", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        unit_id = d.pop("unit_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        submission_update = cls(
            changed_after_due=changed_after_due,
            conference_id=conference_id,
            content=content,
            created_at=created_at,
            current_version=current_version,
            figures=figures,
            id=id,
            kind=kind,
            last_received_at=last_received_at,
            missing_sections=missing_sections,
            on_time=on_time,
            plan_id=plan_id,
            presenter_delegate_id=presenter_delegate_id,
            reason=reason,
            received_at=received_at,
            sections=sections,
            state=state,
            text=text,
            title=title,
            unit_id=unit_id,
            updated_at=updated_at,
        )

        return submission_update
