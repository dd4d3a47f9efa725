from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.basis import Basis
from ..models.honour import Honour
from ..models.rank import Rank
from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationUpdate")


@_attrs_define
class NominationUpdate:
    """A change to a draft or returned nomination; NominationPublic can be sent back as it is.

    Attributes:
        achievements (None | str | Unset): The achievements (thành tích)
        basis (Basis | None | Unset): N2 — merit, ad hoc (đột xuất) or thematic (chuyên đề)
        birth_date (datetime.date | None | Unset): Individuals: the date of birth (ngày sinh)
        conference_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
            gave), refused otherwise
        created_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        created_by (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        decided_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        decided_by (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        delegate_id (None | Unset | UUID): The nominee on the conference's delegate list, if there
        honour (Honour | None | Unset): N2 — the honour proposed (hình thức khen thưởng)
        honour_other (None | str | Unset): N2 — names the honour when honour is other
        id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave), refused
            otherwise
        national_id (None | str | Unset): Q2 — individuals: CCCD, 12 digits; identifies the nominee (N4)
        nominee_kind (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        nominee_name (None | str | Unset): The person's full name, or the collective's name
        rank (None | Rank | Unset): N1 — individuals: leader (lãnh đạo) or worker (người lao động)
        reason (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        state (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        submitted_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        submitted_by (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        unit_id (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        updated_at (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET gave),
            refused otherwise
        works_directly (bool | None | Unset): N1 — works directly in production or work (trực tiếp)
    """

    achievements: None | str | Unset = UNSET
    basis: Basis | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    conference_id: Any | Unset = UNSET
    created_at: Any | Unset = UNSET
    created_by: Any | Unset = UNSET
    decided_at: Any | Unset = UNSET
    decided_by: Any | Unset = UNSET
    delegate_id: None | Unset | UUID = UNSET
    honour: Honour | None | Unset = UNSET
    honour_other: None | str | Unset = UNSET
    id: Any | Unset = UNSET
    national_id: None | str | Unset = UNSET
    nominee_kind: Any | Unset = UNSET
    nominee_name: None | str | Unset = UNSET
    rank: None | Rank | Unset = UNSET
    reason: Any | Unset = UNSET
    state: Any | Unset = UNSET
    submitted_at: Any | Unset = UNSET
    submitted_by: Any | Unset = UNSET
    unit_id: Any | Unset = UNSET
    updated_at: Any | Unset = UNSET
    works_directly: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        achievements: None | str | Unset
        if isinstance(self.achievements, Unset):
            achievements = UNSET
        else:
            achievements = self.achievements

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, Basis):
            basis = self.basis.value
        else:
            basis = self.basis

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        conference_id = self.conference_id

        created_at = self.created_at

        created_by = self.created_by

        decided_at = self.decided_at

        decided_by = self.decided_by

        delegate_id: None | str | Unset
        if isinstance(self.delegate_id, Unset):
            delegate_id = UNSET
        elif isinstance(self.delegate_id, UUID):
            delegate_id = str(self.delegate_id)
        else:
            delegate_id = self.delegate_id

        honour: None | str | Unset
        if isinstance(self.honour, Unset):
            honour = UNSET
        elif isinstance(self.honour, Honour):
            honour = self.honour.value
        else:
            honour = self.honour

        honour_other: None | str | Unset
        if isinstance(self.honour_other, Unset):
            honour_other = UNSET
        else:
            honour_other = self.honour_other

        id = self.id

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        nominee_kind = self.nominee_kind

        nominee_name: None | str | Unset
        if isinstance(self.nominee_name, Unset):
            nominee_name = UNSET
        else:
            nominee_name = self.nominee_name

        rank: None | str | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        elif isinstance(self.rank, Rank):
            rank = self.rank.value
        else:
            rank = self.rank

        reason = self.reason

        state = self.state

        submitted_at = self.submitted_at

        submitted_by = self.submitted_by

        unit_id = self.unit_id

        updated_at = self.updated_at

        works_directly: bool | None | Unset
        if isinstance(self.works_directly, Unset):
            works_directly = UNSET
        else:
            works_directly = self.works_directly

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if achievements is not UNSET:
            field_dict["achievements"] = achievements
        if basis is not UNSET:
            field_dict["basis"] = basis
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if delegate_id is not UNSET:
            field_dict["delegate_id"] = delegate_id
        if honour is not UNSET:
            field_dict["honour"] = honour
        if honour_other is not UNSET:
            field_dict["honour_other"] = honour_other
        if id is not UNSET:
            field_dict["id"] = id
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if nominee_kind is not UNSET:
            field_dict["nominee_kind"] = nominee_kind
        if nominee_name is not UNSET:
            field_dict["nominee_name"] = nominee_name
        if rank is not UNSET:
            field_dict["rank"] = rank
        if reason is not UNSET:
            field_dict["reason"] = reason
        if state is not UNSET:
            field_dict["state"] = state
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if submitted_by is not UNSET:
            field_dict["submitted_by"] = submitted_by
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if works_directly is not UNSET:
            field_dict["works_directly"] = works_directly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_achievements(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        achievements = _parse_achievements(d.pop("achievements", UNSET))

        def _parse_basis(data: object) -> Basis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = Basis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Basis | None | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

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

        conference_id = d.pop("conference_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        decided_at = d.pop("decided_at", UNSET)

        decided_by = d.pop("decided_by", UNSET)

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

        def _parse_honour(data: object) -> Honour | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                honour_type_0 = Honour(data)

                return honour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Honour | None | Unset, data)

        honour = _parse_honour(d.pop("honour", UNSET))

        def _parse_honour_other(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        honour_other = _parse_honour_other(d.pop("honour_other", UNSET))

        id = d.pop("id", UNSET)

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        nominee_kind = d.pop("nominee_kind", UNSET)

        def _parse_nominee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nominee_name = _parse_nominee_name(d.pop("nominee_name", UNSET))

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

        reason = d.pop("reason", UNSET)

        state = d.pop("state", UNSET)

        submitted_at = d.pop("submitted_at", UNSET)

        submitted_by = d.pop("submitted_by", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_works_directly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        works_directly = _parse_works_directly(d.pop("works_directly", UNSET))

        nomination_update = cls(
            achievements=achievements,
            basis=basis,
            birth_date=birth_date,
            conference_id=conference_id,
            created_at=created_at,
            created_by=created_by,
            decided_at=decided_at,
            decided_by=decided_by,
            delegate_id=delegate_id,
            honour=honour,
            honour_other=honour_other,
            id=id,
            national_id=national_id,
            nominee_kind=nominee_kind,
            nominee_name=nominee_name,
            rank=rank,
            reason=reason,
            state=state,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            unit_id=unit_id,
            updated_at=updated_at,
            works_directly=works_directly,
        )

        return nomination_update
