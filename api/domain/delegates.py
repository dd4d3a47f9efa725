"""A1–A10 — delegates: categories, caps, composition, duplicates, delegation upward."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """A5 — the seven exemplary categories, then guests and leaders."""

    HERO = "hero"
    EMULATION_SOLDIER = "emulation_soldier"
    EXEMPLAR = "exemplar"
    HCM_EXEMPLAR = "hcm_exemplar"
    DIRECT_WORKER = "direct_worker"
    GOOD_DEED = "good_deed"
    PROVINCE_COMMENDED = "province_commended"
    GUEST = "guest"
    LEADER = "leader"


EXEMPLARY = frozenset(
    {
        Category.HERO,
        Category.EMULATION_SOLDIER,
        Category.EXEMPLAR,
        Category.HCM_EXEMPLAR,
        Category.DIRECT_WORKER,
        Category.GOOD_DEED,
        Category.PROVINCE_COMMENDED,
    }
)


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class EconomicSector(StrEnum):
    """A6 — thành phần kinh tế, for the district structure report."""

    STATE = "state"
    COLLECTIVE = "collective"
    PRIVATE = "private"
    FOREIGN_INVESTED = "foreign_invested"
    OTHER = "other"
