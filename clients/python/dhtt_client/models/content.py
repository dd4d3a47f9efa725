from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_sections_type_0 import ContentSectionsType0
    from ..models.content_snapshot_type_0 import ContentSnapshotType0
    from ..models.figures import Figures


T = TypeVar("T", bound="Content")


@_attrs_define
class Content:
    """
    Attributes:
        figures (Figures | None | Unset): Summary reports: the figures (S2)
        sections (ContentSectionsType0 | None | Unset): Summary reports: the sections by outline key (S2)
        snapshot (ContentSnapshotType0 | None | Unset): District compilations (S4); programmes (P1): the conference's
            held_on, session, place and agenda, taken by the service when the version was made
        text (None | str | Unset): Unit plans and presentations: the body
    """

    figures: Figures | None | Unset = UNSET
    sections: ContentSectionsType0 | None | Unset = UNSET
    snapshot: ContentSnapshotType0 | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_sections_type_0 import ContentSectionsType0  # noqa: PLC0415
        from ..models.content_snapshot_type_0 import ContentSnapshotType0  # noqa: PLC0415
        from ..models.figures import Figures  # noqa: PLC0415

        figures: dict[str, Any] | None | Unset
        if isinstance(self.figures, Unset):
            figures = UNSET
        elif isinstance(self.figures, Figures):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        sections: dict[str, Any] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, ContentSectionsType0):
            sections = self.sections.to_dict()
        else:
            sections = self.sections

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, ContentSnapshotType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.content_sections_type_0 import ContentSectionsType0  # noqa: PLC0415
        from ..models.content_snapshot_type_0 import ContentSnapshotType0  # noqa: PLC0415
        from ..models.figures import Figures  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_figures(data: object) -> Figures | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figures_type_0 = Figures.from_dict(data)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Figures | None | Unset, data)

        figures = _parse_figures(d.pop("figures", UNSET))

        def _parse_sections(data: object) -> ContentSectionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sections_type_0 = ContentSectionsType0.from_dict(data)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentSectionsType0 | None | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        def _parse_snapshot(data: object) -> ContentSnapshotType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = ContentSnapshotType0.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentSnapshotType0 | None | Unset, data)

        snapshot = _parse_snapshot(d.pop("snapshot", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        content = cls(
            figures=figures,
            sections=sections,
            snapshot=snapshot,
            text=text,
        )

        content.additional_properties = d
        return content

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
