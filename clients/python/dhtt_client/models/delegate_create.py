from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.delegate_category import DelegateCategory
from ..models.economic_sector import EconomicSector
from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegateCreate")


@_attrs_define
class DelegateCreate:
    """
    Attributes:
        category (DelegateCategory): A5 — the seven exemplary categories, then guests and leaders.
        full_name (str): Full name (họ và tên)
        birth_date (datetime.date | None | Unset): Date of birth (ngày sinh)
        economic_sector (EconomicSector | None | Unset): A6 — economic sector (thành phần kinh tế)
        ethnicity (None | str | Unset): Ethnicity (dân tộc), e.g. Kinh
        gender (Gender | None | Unset): Gender (giới tính)
        national_id (None | str | Unset): Q2 — CCCD, 12 digits
        note (None | str | Unset): Note (ghi chú)
        phone (None | str | Unset): Q2 — a Vietnamese number
        pilot_invitee (bool | Unset): A9 — only at a pilot unit's conference Default: False.
        position (None | str | Unset): Position (chức vụ)
        province_commendations (int | Unset): A6 — times commended by the province chairman Default: 0.
        workplace (None | str | Unset): Workplace (đơn vị công tác)
    """

    category: DelegateCategory
    full_name: str
    birth_date: datetime.date | None | Unset = UNSET
    economic_sector: EconomicSector | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    national_id: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    pilot_invitee: bool | Unset = False
    position: None | str | Unset = UNSET
    province_commendations: int | Unset = 0
    workplace: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        full_name = self.full_name

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

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

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        pilot_invitee = self.pilot_invitee

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        province_commendations = self.province_commendations

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "full_name": full_name,
            }
        )
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if economic_sector is not UNSET:
            field_dict["economic_sector"] = economic_sector
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if gender is not UNSET:
            field_dict["gender"] = gender
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if note is not UNSET:
            field_dict["note"] = note
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pilot_invitee is not UNSET:
            field_dict["pilot_invitee"] = pilot_invitee
        if position is not UNSET:
            field_dict["position"] = position
        if province_commendations is not UNSET:
            field_dict["province_commendations"] = province_commendations
        if workplace is not UNSET:
            field_dict["workplace"] = workplace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = DelegateCategory(d.pop("category"))

        full_name = d.pop("full_name")

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

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        pilot_invitee = d.pop("pilot_invitee", UNSET)

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        province_commendations = d.pop("province_commendations", UNSET)

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        delegate_create = cls(
            category=category,
            full_name=full_name,
            birth_date=birth_date,
            economic_sector=economic_sector,
            ethnicity=ethnicity,
            gender=gender,
            national_id=national_id,
            note=note,
            phone=phone,
            pilot_invitee=pilot_invitee,
            position=position,
            province_commendations=province_commendations,
            workplace=workplace,
        )

        return delegate_create
