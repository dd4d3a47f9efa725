from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.submission_kind import SubmissionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_in import ContentIn
    from ..models.figures_in import FiguresIn
    from ..models.submission_create_sections_type_0 import SubmissionCreateSectionsType0


T = TypeVar("T", bound="SubmissionCreate")


@_attrs_define
class SubmissionCreate:
    """
    Attributes:
        kind (SubmissionKind): S1–S4 — what a unit sends the district.
        plan_id (UUID): The plan it answers
        conference_id (None | Unset | UUID): Presentations and programmes (P1, pilot units only): the conference
        content (ContentIn | None | Unset): The content, nested as GET answers it
        figures (FiguresIn | None | Unset): Deprecated: send it inside content, as GET answers it
        presenter_delegate_id (None | Unset | UUID): Presentations: the exemplar (S3)
        sections (None | SubmissionCreateSectionsType0 | Unset): Deprecated: send it inside content, as GET answers it
        text (None | str | Unset): Deprecated: send it inside content, as GET answers it
        title (None | str | Unset): Defaults from the kind
        unit_id (None | Unset | UUID): Defaults to the caller's unit
    """

    kind: SubmissionKind
    plan_id: UUID
    conference_id: None | Unset | UUID = UNSET
    content: ContentIn | None | Unset = UNSET
    figures: FiguresIn | None | Unset = UNSET
    presenter_delegate_id: None | Unset | UUID = UNSET
    sections: None | SubmissionCreateSectionsType0 | Unset = UNSET
    text: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_in import ContentIn  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_create_sections_type_0 import (
            SubmissionCreateSectionsType0,  # noqa: PLC0415
        )

        kind = self.kind.value

        plan_id = str(self.plan_id)

        conference_id: None | str | Unset
        if isinstance(self.conference_id, Unset):
            conference_id = UNSET
        elif isinstance(self.conference_id, UUID):
            conference_id = str(self.conference_id)
        else:
            conference_id = self.conference_id

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ContentIn):
            content = self.content.to_dict()
        else:
            content = self.content

        figures: dict[str, Any] | None | Unset
        if isinstance(self.figures, Unset):
            figures = UNSET
        elif isinstance(self.figures, FiguresIn):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        presenter_delegate_id: None | str | Unset
        if isinstance(self.presenter_delegate_id, Unset):
            presenter_delegate_id = UNSET
        elif isinstance(self.presenter_delegate_id, UUID):
            presenter_delegate_id = str(self.presenter_delegate_id)
        else:
            presenter_delegate_id = self.presenter_delegate_id

        sections: dict[str, Any] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, SubmissionCreateSectionsType0):
            sections = self.sections.to_dict()
        else:
            sections = self.sections

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
                "kind": kind,
                "plan_id": plan_id,
            }
        )
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if content is not UNSET:
            field_dict["content"] = content
        if figures is not UNSET:
            field_dict["figures"] = figures
        if presenter_delegate_id is not UNSET:
            field_dict["presenter_delegate_id"] = presenter_delegate_id
        if sections is not UNSET:
            field_dict["sections"] = sections
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_in import ContentIn  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_create_sections_type_0 import (
            SubmissionCreateSectionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kind = SubmissionKind(d.pop("kind"))

        plan_id = UUID(d.pop("plan_id"))

        def _parse_conference_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conference_id_type_0 = UUID(data)

                return conference_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conference_id = _parse_conference_id(d.pop("conference_id", UNSET))

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

        def _parse_presenter_delegate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presenter_delegate_id_type_0 = UUID(data)

                return presenter_delegate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        presenter_delegate_id = _parse_presenter_delegate_id(
            d.pop("presenter_delegate_id", UNSET)
        )

        def _parse_sections(
            data: object,
        ) -> None | SubmissionCreateSectionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sections_type_0 = SubmissionCreateSectionsType0.from_dict(data)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmissionCreateSectionsType0 | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

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

        submission_create = cls(
            kind=kind,
            plan_id=plan_id,
            conference_id=conference_id,
            content=content,
            figures=figures,
            presenter_delegate_id=presenter_delegate_id,
            sections=sections,
            text=text,
            title=title,
            unit_id=unit_id,
        )

        return submission_create
