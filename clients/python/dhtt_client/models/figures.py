from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commendation import Commendation


T = TypeVar("T", bound="Figures")


@_attrs_define
class Figures:
    """
    Attributes:
        collectives_percent (str): S2 — collectives registered, as a percentage (computed)
        commendations_total (int): S2 — commendations in all (computed)
        individuals_percent (str): S2 — individuals registered, as a percentage (computed)
        leader_worker_ratio (str): S2 — leaders to workers commended (computed)
        collectives_registered (int | Unset): S2 — collectives that registered for the emulation (tập thể đăng ký thi
            đua) Default: 0.
        collectives_total (int | Unset): S2 — collectives in all Default: 0.
        commendations (list[Commendation] | Unset): S2 — commendations received in the period, by level and form
        individuals_registered (int | Unset): S2 — individuals that registered (cá nhân đăng ký thi đua) Default: 0.
        individuals_total (int | Unset): S2 — individuals in all Default: 0.
        leaders_commended (int | Unset): S2 — leaders commended (lãnh đạo) Default: 0.
        workers_commended (int | Unset): S2 — workers commended (người lao động) Default: 0.
    """

    collectives_percent: str
    commendations_total: int
    individuals_percent: str
    leader_worker_ratio: str
    collectives_registered: int | Unset = 0
    collectives_total: int | Unset = 0
    commendations: list[Commendation] | Unset = UNSET
    individuals_registered: int | Unset = 0
    individuals_total: int | Unset = 0
    leaders_commended: int | Unset = 0
    workers_commended: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        collectives_percent = self.collectives_percent

        commendations_total = self.commendations_total

        individuals_percent = self.individuals_percent

        leader_worker_ratio = self.leader_worker_ratio

        collectives_registered = self.collectives_registered

        collectives_total = self.collectives_total

        commendations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commendations, Unset):
            commendations = []
            for commendations_item_data in self.commendations:
                commendations_item = commendations_item_data.to_dict()
                commendations.append(commendations_item)

        individuals_registered = self.individuals_registered

        individuals_total = self.individuals_total

        leaders_commended = self.leaders_commended

        workers_commended = self.workers_commended

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collectives_percent": collectives_percent,
                "commendations_total": commendations_total,
                "individuals_percent": individuals_percent,
                "leader_worker_ratio": leader_worker_ratio,
            }
        )
        if collectives_registered is not UNSET:
            field_dict["collectives_registered"] = collectives_registered
        if collectives_total is not UNSET:
            field_dict["collectives_total"] = collectives_total
        if commendations is not UNSET:
            field_dict["commendations"] = commendations
        if individuals_registered is not UNSET:
            field_dict["individuals_registered"] = individuals_registered
        if individuals_total is not UNSET:
            field_dict["individuals_total"] = individuals_total
        if leaders_commended is not UNSET:
            field_dict["leaders_commended"] = leaders_commended
        if workers_commended is not UNSET:
            field_dict["workers_commended"] = workers_commended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commendation import Commendation  # noqa: PLC0415

        d = dict(src_dict)
        collectives_percent = d.pop("collectives_percent")

        commendations_total = d.pop("commendations_total")

        individuals_percent = d.pop("individuals_percent")

        leader_worker_ratio = d.pop("leader_worker_ratio")

        collectives_registered = d.pop("collectives_registered", UNSET)

        collectives_total = d.pop("collectives_total", UNSET)

        _commendations = d.pop("commendations", UNSET)
        commendations: list[Commendation] | Unset = UNSET
        if _commendations is not UNSET:
            commendations = []
            for commendations_item_data in _commendations:
                commendations_item = Commendation.from_dict(commendations_item_data)

                commendations.append(commendations_item)

        individuals_registered = d.pop("individuals_registered", UNSET)

        individuals_total = d.pop("individuals_total", UNSET)

        leaders_commended = d.pop("leaders_commended", UNSET)

        workers_commended = d.pop("workers_commended", UNSET)

        figures = cls(
            collectives_percent=collectives_percent,
            commendations_total=commendations_total,
            individuals_percent=individuals_percent,
            leader_worker_ratio=leader_worker_ratio,
            collectives_registered=collectives_registered,
            collectives_total=collectives_total,
            commendations=commendations,
            individuals_registered=individuals_registered,
            individuals_total=individuals_total,
            leaders_commended=leaders_commended,
            workers_commended=workers_commended,
        )

        return figures
