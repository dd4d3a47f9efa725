from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_in_sections_type_0 import ContentInSectionsType0
    from ..models.figures_in import FiguresIn


T = TypeVar("T", bound="ContentIn")


@_attrs_define
class ContentIn:
    """A version's content, nested as GET answers it (``content``): the body of a unit plan or a
    presentation, or a summary report's sections and figures. ``snapshot`` is the service's.

        Attributes:
            figures (FiguresIn | None | Unset): Summary reports (S2)
            sections (ContentInSectionsType0 | None | Unset): Summary reports: sections by outline key (S2); a PATCH changes
                the sections it names
            snapshot (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
                refused otherwise
            text (None | str | Unset): Unit plans and presentations: the body
    """

    figures: FiguresIn | None | Unset = UNSET
    sections: ContentInSectionsType0 | None | Unset = UNSET
    snapshot: Any | Unset = UNSET
    text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_in_sections_type_0 import ContentInSectionsType0  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415

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
        elif isinstance(self.sections, ContentInSectionsType0):
            sections = self.sections.to_dict()
        else:
            sections = self.sections

        snapshot = self.snapshot

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if figures is not UNSET:
            field_dict["figures"] = figures
        if sections is not UNSET:
            field_dict["sections"] = sections
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_in_sections_type_0 import ContentInSectionsType0  # noqa: PLC0415
        from ..models.figures_in import FiguresIn  # noqa: PLC0415

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

        def _parse_sections(data: object) -> ContentInSectionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sections_type_0 = ContentInSectionsType0.from_dict(data)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentInSectionsType0 | None | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        snapshot = d.pop("snapshot", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        content_in = cls(
            figures=figures,
            sections=sections,
            snapshot=snapshot,
            text=text,
        )

        return content_in
