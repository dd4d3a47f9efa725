from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.figures_in import FiguresIn
    from ..models.submission_update_sections_type_0 import SubmissionUpdateSectionsType0


T = TypeVar("T", bound="SubmissionUpdate")


@_attrs_define
class SubmissionUpdate:
    """S5 — every change becomes a new version; earlier versions stay readable.

    Attributes:
        figures (FiguresIn | None | Unset):
        sections (None | SubmissionUpdateSectionsType0 | Unset):
        text (None | str | Unset):
        title (None | str | Unset):
    """

    figures: FiguresIn | None | Unset = UNSET
    sections: None | SubmissionUpdateSectionsType0 | Unset = UNSET
    text: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_update_sections_type_0 import (
            SubmissionUpdateSectionsType0,  # noqa: PLC0415
        )

        figures: dict[str, Any] | None | Unset
        if isinstance(self.figures, Unset):
            figures = UNSET
        elif isinstance(self.figures, FiguresIn):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        sections: dict[str, Any] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, SubmissionUpdateSectionsType0):
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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if figures is not UNSET:
            field_dict["figures"] = figures
        if sections is not UNSET:
            field_dict["sections"] = sections
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_in import FiguresIn  # noqa: PLC0415
        from ..models.submission_update_sections_type_0 import (
            SubmissionUpdateSectionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

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

        submission_update = cls(
            figures=figures,
            sections=sections,
            text=text,
            title=title,
        )

        return submission_update
