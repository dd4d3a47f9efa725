from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commendation import Commendation


T = TypeVar("T", bound="FiguresIn")


@_attrs_define
class FiguresIn:
    """S2 — the report's figures; percentages and ratios are computed, never typed (GET's computed
    ones may be sent back unchanged).

        Attributes:
            collectives_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            collectives_registered (int | Unset): S2 — collectives that registered for the emulation (tập thể đăng ký thi
                đua) Default: 0.
            collectives_total (int | Unset): S2 — collectives in all Default: 0.
            commendations (list[Commendation] | Unset): S2 — commendations received in the period, by level and form
            commendations_total (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            individuals_percent (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            individuals_registered (int | Unset): S2 — individuals that registered (cá nhân đăng ký thi đua) Default: 0.
            individuals_total (int | Unset): S2 — individuals in all Default: 0.
            leader_worker_ratio (Any | Unset): Read-only: accepted when it equals what the service holds (send back what GET
                gave), refused otherwise
            leaders_commended (int | Unset): S2 — leaders commended (lãnh đạo) Default: 0.
            workers_commended (int | Unset): S2 — workers commended (người lao động) Default: 0.
    """

    collectives_percent: Any | Unset = UNSET
    collectives_registered: int | Unset = 0
    collectives_total: int | Unset = 0
    commendations: list[Commendation] | Unset = UNSET
    commendations_total: Any | Unset = UNSET
    individuals_percent: Any | Unset = UNSET
    individuals_registered: int | Unset = 0
    individuals_total: int | Unset = 0
    leader_worker_ratio: Any | Unset = UNSET
    leaders_commended: int | Unset = 0
    workers_commended: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        collectives_percent = self.collectives_percent

        collectives_registered = self.collectives_registered

        collectives_total = self.collectives_total

        commendations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commendations, Unset):
            commendations = []
            for commendations_item_data in self.commendations:
                commendations_item = commendations_item_data.to_dict()
                commendations.append(commendations_item)

        commendations_total = self.commendations_total

        individuals_percent = self.individuals_percent

        individuals_registered = self.individuals_registered

        individuals_total = self.individuals_total

        leader_worker_ratio = self.leader_worker_ratio

        leaders_commended = self.leaders_commended

        workers_commended = self.workers_commended

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if collectives_percent is not UNSET:
            field_dict["collectives_percent"] = collectives_percent
        if collectives_registered is not UNSET:
            field_dict["collectives_registered"] = collectives_registered
        if collectives_total is not UNSET:
            field_dict["collectives_total"] = collectives_total
        if commendations is not UNSET:
            field_dict["commendations"] = commendations
        if commendations_total is not UNSET:
            field_dict["commendations_total"] = commendations_total
        if individuals_percent is not UNSET:
            field_dict["individuals_percent"] = individuals_percent
        if individuals_registered is not UNSET:
            field_dict["individuals_registered"] = individuals_registered
        if individuals_total is not UNSET:
            field_dict["individuals_total"] = individuals_total
        if leader_worker_ratio is not UNSET:
            field_dict["leader_worker_ratio"] = leader_worker_ratio
        if leaders_commended is not UNSET:
            field_dict["leaders_commended"] = leaders_commended
        if workers_commended is not UNSET:
            field_dict["workers_commended"] = workers_commended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commendation import Commendation  # noqa: PLC0415

        d = dict(src_dict)
        collectives_percent = d.pop("collectives_percent", UNSET)

        collectives_registered = d.pop("collectives_registered", UNSET)

        collectives_total = d.pop("collectives_total", UNSET)

        _commendations = d.pop("commendations", UNSET)
        commendations: list[Commendation] | Unset = UNSET
        if _commendations is not UNSET:
            commendations = []
            for commendations_item_data in _commendations:
                commendations_item = Commendation.from_dict(commendations_item_data)

                commendations.append(commendations_item)

        commendations_total = d.pop("commendations_total", UNSET)

        individuals_percent = d.pop("individuals_percent", UNSET)

        individuals_registered = d.pop("individuals_registered", UNSET)

        individuals_total = d.pop("individuals_total", UNSET)

        leader_worker_ratio = d.pop("leader_worker_ratio", UNSET)

        leaders_commended = d.pop("leaders_commended", UNSET)

        workers_commended = d.pop("workers_commended", UNSET)

        figures_in = cls(
            collectives_percent=collectives_percent,
            collectives_registered=collectives_registered,
            collectives_total=collectives_total,
            commendations=commendations,
            commendations_total=commendations_total,
            individuals_percent=individuals_percent,
            individuals_registered=individuals_registered,
            individuals_total=individuals_total,
            leader_worker_ratio=leader_worker_ratio,
            leaders_commended=leaders_commended,
            workers_commended=workers_commended,
        )

        return figures_in
