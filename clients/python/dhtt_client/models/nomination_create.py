from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.basis import Basis
from ..models.honour import Honour
from ..models.nominee_kind import NomineeKind
from ..models.rank import Rank
from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationCreate")


@_attrs_define
class NominationCreate:
    """A nomination of an exemplar for an honour (đề nghị khen thưởng, N1–N4).

    Attributes:
        basis (Basis): N2 — theo công trạng, đột xuất, theo chuyên đề.
        conference_id (UUID): The conference at which the exemplar is honoured
        honour (Honour): N2 — the honours the plan names.
        nominee_kind (NomineeKind): N1 — đối tượng đề nghị: an individual (cá nhân) or a collective (tập thể).
        nominee_name (str): The person's full name, or the collective's name
        achievements (None | str | Unset): Thành tích
        birth_date (datetime.date | None | Unset): Individuals: the date of birth (ngày sinh)
        delegate_id (None | Unset | UUID): The nominee on the conference's list, if there
        honour_other (None | str | Unset): N2 — names the honour when honour is other
        national_id (None | str | Unset): Q2 — individuals; identifies the nominee (N4)
        rank (None | Rank | Unset): N1 — individuals: leader or worker (outline III.2)
        works_directly (bool | None | Unset): N1 — works directly in production
    """

    basis: Basis
    conference_id: UUID
    honour: Honour
    nominee_kind: NomineeKind
    nominee_name: str
    achievements: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    delegate_id: None | Unset | UUID = UNSET
    honour_other: None | str | Unset = UNSET
    national_id: None | str | Unset = UNSET
    rank: None | Rank | Unset = UNSET
    works_directly: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis.value

        conference_id = str(self.conference_id)

        honour = self.honour.value

        nominee_kind = self.nominee_kind.value

        nominee_name = self.nominee_name

        achievements: None | str | Unset
        if isinstance(self.achievements, Unset):
            achievements = UNSET
        else:
            achievements = self.achievements

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        delegate_id: None | str | Unset
        if isinstance(self.delegate_id, Unset):
            delegate_id = UNSET
        elif isinstance(self.delegate_id, UUID):
            delegate_id = str(self.delegate_id)
        else:
            delegate_id = self.delegate_id

        honour_other: None | str | Unset
        if isinstance(self.honour_other, Unset):
            honour_other = UNSET
        else:
            honour_other = self.honour_other

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        rank: None | str | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        elif isinstance(self.rank, Rank):
            rank = self.rank.value
        else:
            rank = self.rank

        works_directly: bool | None | Unset
        if isinstance(self.works_directly, Unset):
            works_directly = UNSET
        else:
            works_directly = self.works_directly

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basis": basis,
                "conference_id": conference_id,
                "honour": honour,
                "nominee_kind": nominee_kind,
                "nominee_name": nominee_name,
            }
        )
        if achievements is not UNSET:
            field_dict["achievements"] = achievements
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if delegate_id is not UNSET:
            field_dict["delegate_id"] = delegate_id
        if honour_other is not UNSET:
            field_dict["honour_other"] = honour_other
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if rank is not UNSET:
            field_dict["rank"] = rank
        if works_directly is not UNSET:
            field_dict["works_directly"] = works_directly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = Basis(d.pop("basis"))

        conference_id = UUID(d.pop("conference_id"))

        honour = Honour(d.pop("honour"))

        nominee_kind = NomineeKind(d.pop("nominee_kind"))

        nominee_name = d.pop("nominee_name")

        def _parse_achievements(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        achievements = _parse_achievements(d.pop("achievements", UNSET))

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

        def _parse_delegate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegate_id_type_0 = UUID(data)

                return delegate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        delegate_id = _parse_delegate_id(d.pop("delegate_id", UNSET))

        def _parse_honour_other(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        honour_other = _parse_honour_other(d.pop("honour_other", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_rank(data: object) -> None | Rank | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rank_type_0 = Rank(data)

                return rank_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rank | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_works_directly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        works_directly = _parse_works_directly(d.pop("works_directly", UNSET))

        nomination_create = cls(
            basis=basis,
            conference_id=conference_id,
            honour=honour,
            nominee_kind=nominee_kind,
            nominee_name=nominee_name,
            achievements=achievements,
            birth_date=birth_date,
            delegate_id=delegate_id,
            honour_other=honour_other,
            national_id=national_id,
            rank=rank,
            works_directly=works_directly,
        )

        return nomination_create
