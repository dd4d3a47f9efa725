from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delegate_category import DelegateCategory
from ..models.economic_sector import EconomicSector
from ..models.gender import Gender

T = TypeVar("T", bound="DelegatePublic")


@_attrs_define
class DelegatePublic:
    """
    Attributes:
        birth_date (datetime.date | None): Date of birth (ngày sinh)
        category (DelegateCategory): A5 — the seven exemplary categories, then guests and leaders.
        conference_id (UUID): The conference whose list it is on
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        economic_sector (EconomicSector | None): A6 — economic sector (thành phần kinh tế)
        ethnicity (None | str): Ethnicity (dân tộc), e.g. Kinh
        full_name (str): Full name (họ và tên)
        gender (Gender | None): Gender (giới tính)
        id (UUID): The delegate's id
        national_id (None | str): Q2 — CCCD, 12 digits; A7 — one person once per list
        note (None | str): Note (ghi chú)
        origin_delegate_id (None | UUID): A10 — the grassroots delegate this one was designated from
        origin_unit_id (None | UUID): A10 — the grassroots unit that designated this delegate
        phone (None | str): Q2 — a Vietnamese phone number (số điện thoại)
        pilot_invitee (bool): A9 — invited to a pilot unit's conference; not counted in the caps
        position (None | str): Position (chức vụ)
        province_commendations (int): A6 — times commended by the province chairman (Bằng khen của Chủ tịch UBND tỉnh)
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        workplace (None | str): Workplace (đơn vị công tác)
    """

    birth_date: datetime.date | None
    category: DelegateCategory
    conference_id: UUID
    created_at: datetime.datetime
    economic_sector: EconomicSector | None
    ethnicity: None | str
    full_name: str
    gender: Gender | None
    id: UUID
    national_id: None | str
    note: None | str
    origin_delegate_id: None | UUID
    origin_unit_id: None | UUID
    phone: None | str
    pilot_invitee: bool
    position: None | str
    province_commendations: int
    updated_at: datetime.datetime
    workplace: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        birth_date: None | str
        if isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        category = self.category.value

        conference_id = str(self.conference_id)

        created_at = self.created_at.isoformat()

        economic_sector: None | str
        if isinstance(self.economic_sector, EconomicSector):
            economic_sector = self.economic_sector.value
        else:
            economic_sector = self.economic_sector

        ethnicity: None | str
        ethnicity = self.ethnicity

        full_name = self.full_name

        gender: None | str
        if isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        id = str(self.id)

        national_id: None | str
        national_id = self.national_id

        note: None | str
        note = self.note

        origin_delegate_id: None | str
        if isinstance(self.origin_delegate_id, UUID):
            origin_delegate_id = str(self.origin_delegate_id)
        else:
            origin_delegate_id = self.origin_delegate_id

        origin_unit_id: None | str
        if isinstance(self.origin_unit_id, UUID):
            origin_unit_id = str(self.origin_unit_id)
        else:
            origin_unit_id = self.origin_unit_id

        phone: None | str
        phone = self.phone

        pilot_invitee = self.pilot_invitee

        position: None | str
        position = self.position

        province_commendations = self.province_commendations

        updated_at = self.updated_at.isoformat()

        workplace: None | str
        workplace = self.workplace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "birth_date": birth_date,
                "category": category,
                "conference_id": conference_id,
                "created_at": created_at,
                "economic_sector": economic_sector,
                "ethnicity": ethnicity,
                "full_name": full_name,
                "gender": gender,
                "id": id,
                "national_id": national_id,
                "note": note,
                "origin_delegate_id": origin_delegate_id,
                "origin_unit_id": origin_unit_id,
                "phone": phone,
                "pilot_invitee": pilot_invitee,
                "position": position,
                "province_commendations": province_commendations,
                "updated_at": updated_at,
                "workplace": workplace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_birth_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birth_date = _parse_birth_date(d.pop("birth_date"))

        category = DelegateCategory(d.pop("category"))

        conference_id = UUID(d.pop("conference_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_economic_sector(data: object) -> EconomicSector | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                economic_sector_type_0 = EconomicSector(data)

                return economic_sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EconomicSector | None, data)

        economic_sector = _parse_economic_sector(d.pop("economic_sector"))

        def _parse_ethnicity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity"))

        full_name = d.pop("full_name")

        def _parse_gender(data: object) -> Gender | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None, data)

        gender = _parse_gender(d.pop("gender"))

        id = UUID(d.pop("id"))

        def _parse_national_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        national_id = _parse_national_id(d.pop("national_id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_origin_delegate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_delegate_id_type_0 = UUID(data)

                return origin_delegate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        origin_delegate_id = _parse_origin_delegate_id(d.pop("origin_delegate_id"))

        def _parse_origin_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_unit_id_type_0 = UUID(data)

                return origin_unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        origin_unit_id = _parse_origin_unit_id(d.pop("origin_unit_id"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        pilot_invitee = d.pop("pilot_invitee")

        def _parse_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        position = _parse_position(d.pop("position"))

        province_commendations = d.pop("province_commendations")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_workplace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workplace = _parse_workplace(d.pop("workplace"))

        delegate_public = cls(
            birth_date=birth_date,
            category=category,
            conference_id=conference_id,
            created_at=created_at,
            economic_sector=economic_sector,
            ethnicity=ethnicity,
            full_name=full_name,
            gender=gender,
            id=id,
            national_id=national_id,
            note=note,
            origin_delegate_id=origin_delegate_id,
            origin_unit_id=origin_unit_id,
            phone=phone,
            pilot_invitee=pilot_invitee,
            position=position,
            province_commendations=province_commendations,
            updated_at=updated_at,
            workplace=workplace,
        )

        delegate_public.additional_properties = d
        return delegate_public

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
