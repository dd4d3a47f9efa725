from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.computed_commendation import ComputedCommendation
    from ..models.figure_check import FigureCheck


T = TypeVar("T", bound="ComputedFigures")


@_attrs_define
class ComputedFigures:
    """
    Attributes:
        collectives_percent (None | str): E3 — registered out of total; null when the total is 0
        collectives_registered (int): E3 — from E2: the largest count over the plan's movements
        collectives_total (int): E3 — from E2: the largest total over the plan's movements
        commendations (list[ComputedCommendation]): E3 — the unit's nominations awarded by a decision (D1) in the plan's
            conferences, by level and form
        commendations_total (int): E3 — awarded nominations in all
        individuals_percent (None | str): E3 — registered out of total; null when the total is 0
        individuals_registered (int): E3 — from E2: the largest count over the plan's movements
        individuals_total (int): E3 — from E2: the largest total over the plan's movements
        items (list[FigureCheck]): E3 — one warning per typed figure that differs from the computed one (none when no
            figures are typed)
        leader_worker_ratio (str): E3 — leaders to workers, reduced
        leaders_commended (int): E3 — awarded individuals ranked leader
        sources (list[str]): What the figures were computed from: movement registrations (E2) and award decisions (D1)
        submission_id (UUID): The summary report
        workers_commended (int): E3 — awarded individuals ranked worker
    """

    collectives_percent: None | str
    collectives_registered: int
    collectives_total: int
    commendations: list[ComputedCommendation]
    commendations_total: int
    individuals_percent: None | str
    individuals_registered: int
    individuals_total: int
    items: list[FigureCheck]
    leader_worker_ratio: str
    leaders_commended: int
    sources: list[str]
    submission_id: UUID
    workers_commended: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collectives_percent: None | str
        collectives_percent = self.collectives_percent

        collectives_registered = self.collectives_registered

        collectives_total = self.collectives_total

        commendations = []
        for commendations_item_data in self.commendations:
            commendations_item = commendations_item_data.to_dict()
            commendations.append(commendations_item)

        commendations_total = self.commendations_total

        individuals_percent: None | str
        individuals_percent = self.individuals_percent

        individuals_registered = self.individuals_registered

        individuals_total = self.individuals_total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        leader_worker_ratio = self.leader_worker_ratio

        leaders_commended = self.leaders_commended

        sources = self.sources

        submission_id = str(self.submission_id)

        workers_commended = self.workers_commended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectives_percent": collectives_percent,
                "collectives_registered": collectives_registered,
                "collectives_total": collectives_total,
                "commendations": commendations,
                "commendations_total": commendations_total,
                "individuals_percent": individuals_percent,
                "individuals_registered": individuals_registered,
                "individuals_total": individuals_total,
                "items": items,
                "leader_worker_ratio": leader_worker_ratio,
                "leaders_commended": leaders_commended,
                "sources": sources,
                "submission_id": submission_id,
                "workers_commended": workers_commended,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.computed_commendation import ComputedCommendation  # noqa: PLC0415
        from ..models.figure_check import FigureCheck  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_collectives_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        collectives_percent = _parse_collectives_percent(d.pop("collectives_percent"))

        collectives_registered = d.pop("collectives_registered")

        collectives_total = d.pop("collectives_total")

        commendations = []
        _commendations = d.pop("commendations")
        for commendations_item_data in _commendations:
            commendations_item = ComputedCommendation.from_dict(commendations_item_data)

            commendations.append(commendations_item)

        commendations_total = d.pop("commendations_total")

        def _parse_individuals_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individuals_percent = _parse_individuals_percent(d.pop("individuals_percent"))

        individuals_registered = d.pop("individuals_registered")

        individuals_total = d.pop("individuals_total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FigureCheck.from_dict(items_item_data)

            items.append(items_item)

        leader_worker_ratio = d.pop("leader_worker_ratio")

        leaders_commended = d.pop("leaders_commended")

        sources = cast(list[str], d.pop("sources"))

        submission_id = UUID(d.pop("submission_id"))

        workers_commended = d.pop("workers_commended")

        computed_figures = cls(
            collectives_percent=collectives_percent,
            collectives_registered=collectives_registered,
            collectives_total=collectives_total,
            commendations=commendations,
            commendations_total=commendations_total,
            individuals_percent=individuals_percent,
            individuals_registered=individuals_registered,
            individuals_total=individuals_total,
            items=items,
            leader_worker_ratio=leader_worker_ratio,
            leaders_commended=leaders_commended,
            sources=sources,
            submission_id=submission_id,
            workers_commended=workers_commended,
        )

        computed_figures.additional_properties = d
        return computed_figures

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
