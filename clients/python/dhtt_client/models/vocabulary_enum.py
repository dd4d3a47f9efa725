from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="VocabularyEnum")


@_attrs_define
class VocabularyEnum:
    """One enum of the contract and the labels of its values.

    Attributes:
        en (str): What the values are, in English
        name (str): The enum's schema name in the contract, e.g. NominationState
        values (list[Label]): Every value, in the order the service knows them
        vi (str): What the values are, in Vietnamese
    """

    en: str
    name: str
    values: list[Label]
    vi: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        en = self.en

        name = self.name

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        vi = self.vi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "en": en,
                "name": name,
                "values": values,
                "vi": vi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        en = d.pop("en")

        name = d.pop("name")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = Label.from_dict(values_item_data)

            values.append(values_item)

        vi = d.pop("vi")

        vocabulary_enum = cls(
            en=en,
            name=name,
            values=values,
            vi=vi,
        )

        vocabulary_enum.additional_properties = d
        return vocabulary_enum

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
