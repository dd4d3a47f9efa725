from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nomination_stats_awarded_by_honour import (
        NominationStatsAwardedByHonour,
    )
    from ..models.nomination_stats_by_basis import NominationStatsByBasis
    from ..models.nomination_stats_by_honour import NominationStatsByHonour
    from ..models.nomination_stats_by_rank import NominationStatsByRank
    from ..models.nomination_stats_by_state import NominationStatsByState


T = TypeVar("T", bound="NominationStats")


@_attrs_define
class NominationStats:
    """N5 — counts of every nomination not withdrawn by state; breakdowns over approved ones (awarded
    since or not); the awards from decisions (D1) by honour.

        Attributes:
            awarded_by_honour (NominationStatsAwardedByHonour): D1 — awards: nominations in an award decision (state
                awarded), by Honour
            by_basis (NominationStatsByBasis): Approved nominations (awarded since or not) by Basis
            by_honour (NominationStatsByHonour): Approved nominations (awarded since or not) by Honour
            by_rank (NominationStatsByRank): Approved individual nominations (awarded since or not) by Rank
            by_state (NominationStatsByState): Nominations not withdrawn, by NominationState
            leader_worker_ratio (str): N5 — approved leaders to workers, as a reduced ratio a:b (outline III.2)
    """

    awarded_by_honour: NominationStatsAwardedByHonour
    by_basis: NominationStatsByBasis
    by_honour: NominationStatsByHonour
    by_rank: NominationStatsByRank
    by_state: NominationStatsByState
    leader_worker_ratio: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        awarded_by_honour = self.awarded_by_honour.to_dict()

        by_basis = self.by_basis.to_dict()

        by_honour = self.by_honour.to_dict()

        by_rank = self.by_rank.to_dict()

        by_state = self.by_state.to_dict()

        leader_worker_ratio = self.leader_worker_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awarded_by_honour": awarded_by_honour,
                "by_basis": by_basis,
                "by_honour": by_honour,
                "by_rank": by_rank,
                "by_state": by_state,
                "leader_worker_ratio": leader_worker_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nomination_stats_awarded_by_honour import (
            NominationStatsAwardedByHonour,  # noqa: PLC0415
        )
        from ..models.nomination_stats_by_basis import NominationStatsByBasis  # noqa: PLC0415
        from ..models.nomination_stats_by_honour import NominationStatsByHonour  # noqa: PLC0415
        from ..models.nomination_stats_by_rank import NominationStatsByRank  # noqa: PLC0415
        from ..models.nomination_stats_by_state import NominationStatsByState  # noqa: PLC0415

        d = dict(src_dict)
        awarded_by_honour = NominationStatsAwardedByHonour.from_dict(
            d.pop("awarded_by_honour")
        )

        by_basis = NominationStatsByBasis.from_dict(d.pop("by_basis"))

        by_honour = NominationStatsByHonour.from_dict(d.pop("by_honour"))

        by_rank = NominationStatsByRank.from_dict(d.pop("by_rank"))

        by_state = NominationStatsByState.from_dict(d.pop("by_state"))

        leader_worker_ratio = d.pop("leader_worker_ratio")

        nomination_stats = cls(
            awarded_by_honour=awarded_by_honour,
            by_basis=by_basis,
            by_honour=by_honour,
            by_rank=by_rank,
            by_state=by_state,
            leader_worker_ratio=leader_worker_ratio,
        )

        nomination_stats.additional_properties = d
        return nomination_stats

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
