from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basis import Basis
from ..models.honour import Honour
from ..models.nomination_state import NominationState
from ..models.nominee_kind import NomineeKind
from ..models.rank import Rank

T = TypeVar("T", bound="NominationPublic")


@_attrs_define
class NominationPublic:
    """A nomination (đề nghị khen thưởng) and where it stands (N1–N5).

    Attributes:
        achievements (None | str): The achievements (thành tích)
        basis (Basis): N2 — theo công trạng, đột xuất, theo chuyên đề.
        birth_date (datetime.date | None): Individuals: the date of birth (ngày sinh)
        conference_id (UUID): The conference at which the exemplar is honoured
        created_at (datetime.datetime): ISO 8601, UTC, ending in Z
        created_by (None | UUID): The account that wrote it
        decided_at (datetime.datetime | None): When it was decided (ISO 8601, UTC)
        decided_by (None | UUID): X3 — the reviewer who decided (never its author)
        delegate_id (None | UUID): The nominee on the conference's delegate list, if there
        honour (Honour): N2 — the honours the plan names.
        honour_other (None | str): N2 — names the honour when honour is other
        id (UUID): The nomination's id
        national_id (None | str): Q2 — individuals: CCCD, 12 digits; identifies the nominee (N4)
        nominee_kind (NomineeKind): N1 — đối tượng đề nghị: an individual (cá nhân) or a collective (tập thể).
        nominee_name (str): The person's full name, or the collective's name
        rank (None | Rank): N1 — individuals: leader (lãnh đạo) or worker (người lao động)
        reason (None | str): N3 — the council's reason for rejecting or returning it
        state (NominationState): N3 — where a nomination stands.
        submitted_at (datetime.datetime | None): When it was submitted (ISO 8601, UTC)
        submitted_by (None | UUID): The account that submitted it
        unit_id (UUID): The nominating unit (the conference's)
        updated_at (datetime.datetime): ISO 8601, UTC, ending in Z
        works_directly (bool | None): N1 — works directly in production or work (trực tiếp)
    """

    achievements: None | str
    basis: Basis
    birth_date: datetime.date | None
    conference_id: UUID
    created_at: datetime.datetime
    created_by: None | UUID
    decided_at: datetime.datetime | None
    decided_by: None | UUID
    delegate_id: None | UUID
    honour: Honour
    honour_other: None | str
    id: UUID
    national_id: None | str
    nominee_kind: NomineeKind
    nominee_name: str
    rank: None | Rank
    reason: None | str
    state: NominationState
    submitted_at: datetime.datetime | None
    submitted_by: None | UUID
    unit_id: UUID
    updated_at: datetime.datetime
    works_directly: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        achievements: None | str
        achievements = self.achievements

        basis = self.basis.value

        birth_date: None | str
        if isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        conference_id = str(self.conference_id)

        created_at = self.created_at.isoformat()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: None | str
        if isinstance(self.decided_by, UUID):
            decided_by = str(self.decided_by)
        else:
            decided_by = self.decided_by

        delegate_id: None | str
        if isinstance(self.delegate_id, UUID):
            delegate_id = str(self.delegate_id)
        else:
            delegate_id = self.delegate_id

        honour = self.honour.value

        honour_other: None | str
        honour_other = self.honour_other

        id = str(self.id)

        national_id: None | str
        national_id = self.national_id

        nominee_kind = self.nominee_kind.value

        nominee_name = self.nominee_name

        rank: None | str
        if isinstance(self.rank, Rank):
            rank = self.rank.value
        else:
            rank = self.rank

        reason: None | str
        reason = self.reason

        state = self.state.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_by: None | str
        if isinstance(self.submitted_by, UUID):
            submitted_by = str(self.submitted_by)
        else:
            submitted_by = self.submitted_by

        unit_id = str(self.unit_id)

        updated_at = self.updated_at.isoformat()

        works_directly: bool | None
        works_directly = self.works_directly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "achievements": achievements,
                "basis": basis,
                "birth_date": birth_date,
                "conference_id": conference_id,
                "created_at": created_at,
                "created_by": created_by,
                "decided_at": decided_at,
                "decided_by": decided_by,
                "delegate_id": delegate_id,
                "honour": honour,
                "honour_other": honour_other,
                "id": id,
                "national_id": national_id,
                "nominee_kind": nominee_kind,
                "nominee_name": nominee_name,
                "rank": rank,
                "reason": reason,
                "state": state,
                "submitted_at": submitted_at,
                "submitted_by": submitted_by,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "works_directly": works_directly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_achievements(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        achievements = _parse_achievements(d.pop("achievements"))

        basis = Basis(d.pop("basis"))

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

        conference_id = UUID(d.pop("conference_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decided_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_by_type_0 = UUID(data)

                return decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_delegate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegate_id_type_0 = UUID(data)

                return delegate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        delegate_id = _parse_delegate_id(d.pop("delegate_id"))

        honour = Honour(d.pop("honour"))

        def _parse_honour_other(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        honour_other = _parse_honour_other(d.pop("honour_other"))

        id = UUID(d.pop("id"))

        def _parse_national_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        national_id = _parse_national_id(d.pop("national_id"))

        nominee_kind = NomineeKind(d.pop("nominee_kind"))

        nominee_name = d.pop("nominee_name")

        def _parse_rank(data: object) -> None | Rank:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rank_type_0 = Rank(data)

                return rank_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rank, data)

        rank = _parse_rank(d.pop("rank"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        state = NominationState(d.pop("state"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_submitted_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_by_type_0 = UUID(data)

                return submitted_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        submitted_by = _parse_submitted_by(d.pop("submitted_by"))

        unit_id = UUID(d.pop("unit_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_works_directly(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        works_directly = _parse_works_directly(d.pop("works_directly"))

        nomination_public = cls(
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

        nomination_public.additional_properties = d
        return nomination_public

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
