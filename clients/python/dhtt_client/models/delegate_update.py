from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delegate_category import DelegateCategory
from ..models.economic_sector import EconomicSector
from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegateUpdate")


@_attrs_define
class DelegateUpdate:
    """
    Attributes:
        birth_date (datetime.date | None | Unset): Date of birth (ngày sinh)
        category (DelegateCategory | None | Unset): A5 — the delegate category (thành phần đại biểu); guests and leaders
            are not exemplary (A4)
        conference_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        economic_sector (EconomicSector | None | Unset): A6 — economic sector (thành phần kinh tế)
        ethnicity (None | str | Unset): Ethnicity (dân tộc), e.g. Kinh
        full_name (None | str | Unset): Full name (họ và tên)
        gender (Gender | None | Unset): Gender (giới tính)
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        national_id (None | str | Unset): Q2 — CCCD, 12 digits; A7 — one person once per list
        note (None | str | Unset): Note (ghi chú)
        origin_delegate_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        origin_unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        phone (None | str | Unset): Q2 — a Vietnamese phone number (số điện thoại)
        pilot_invitee (bool | None | Unset): A9 — invited to a pilot unit's conference; not counted in the caps
        position (None | str | Unset): Position (chức vụ)
        province_commendations (int | None | Unset): A6 — times commended by the province chairman (Bằng khen của Chủ
            tịch UBND tỉnh)
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        workplace (None | str | Unset): Workplace (đơn vị công tác)
    """

    birth_date: datetime.date | None | Unset = UNSET
    category: DelegateCategory | None | Unset = UNSET
    conference_id: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    economic_sector: EconomicSector | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    id: Any | Unset = UNSET
    national_id: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    origin_delegate_id: Any | Unset = UNSET
    origin_unit_id: Any | Unset = UNSET
    phone: None | str | Unset = UNSET
    pilot_invitee: bool | None | Unset = UNSET
    position: None | str | Unset = UNSET
    province_commendations: int | None | Unset = UNSET
    updated_at: Any | Unset = UNSET
    workplace: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, DelegateCategory):
            category = self.category.value
        else:
            category = self.category

        conference_id = self.conference_id

        created_at = self.created_at

        economic_sector: None | str | Unset
        if isinstance(self.economic_sector, Unset):
            economic_sector = UNSET
        elif isinstance(self.economic_sector, EconomicSector):
            economic_sector = self.economic_sector.value
        else:
            economic_sector = self.economic_sector

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        id = self.id

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        origin_delegate_id = self.origin_delegate_id

        origin_unit_id = self.origin_unit_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        pilot_invitee: bool | None | Unset
        if isinstance(self.pilot_invitee, Unset):
            pilot_invitee = UNSET
        else:
            pilot_invitee = self.pilot_invitee

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        province_commendations: int | None | Unset
        if isinstance(self.province_commendations, Unset):
            province_commendations = UNSET
        else:
            province_commendations = self.province_commendations

        updated_at = self.updated_at

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if category is not UNSET:
            field_dict["category"] = category
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if economic_sector is not UNSET:
            field_dict["economic_sector"] = economic_sector
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if id is not UNSET:
            field_dict["id"] = id
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if note is not UNSET:
            field_dict["note"] = note
        if origin_delegate_id is not UNSET:
            field_dict["origin_delegate_id"] = origin_delegate_id
        if origin_unit_id is not UNSET:
            field_dict["origin_unit_id"] = origin_unit_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pilot_invitee is not UNSET:
            field_dict["pilot_invitee"] = pilot_invitee
        if position is not UNSET:
            field_dict["position"] = position
        if province_commendations is not UNSET:
            field_dict["province_commendations"] = province_commendations
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workplace is not UNSET:
            field_dict["workplace"] = workplace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_category(data: object) -> DelegateCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = DelegateCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DelegateCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        conference_id = d.pop("conference_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_economic_sector(data: object) -> EconomicSector | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                economic_sector_type_0 = EconomicSector(data)

                return economic_sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EconomicSector | None | Unset, data)

        economic_sector = _parse_economic_sector(d.pop("economic_sector", UNSET))

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        id = d.pop("id", UNSET)

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        origin_delegate_id = d.pop("origin_delegate_id", UNSET)

        origin_unit_id = d.pop("origin_unit_id", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_pilot_invitee(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pilot_invitee = _parse_pilot_invitee(d.pop("pilot_invitee", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_province_commendations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        province_commendations = _parse_province_commendations(
            d.pop("province_commendations", UNSET)
        )

        updated_at = d.pop("updated_at", UNSET)

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        delegate_update = cls(
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

        return delegate_update
