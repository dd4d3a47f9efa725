"""Delegate payloads for the list rules (A3–A10).

``every_category`` covers every value of the domain's ``DelegateCategory`` (so a rule that
counts categories meets each of them), with the variants A6 reports on: both genders, the
majority ethnicity written in several cases, minorities, no ethnicity recorded, every economic
sector, and 0 to 3 commendations by the province chairman."""

from __future__ import annotations

from itertools import cycle

from api.domain.delegates import DelegateCategory, EconomicSector, Gender

# Written out from SPEC A5, not taken from the domain: the tests count against these.
SPEC_EXEMPLARY = frozenset(
    {"hero", "emulation_soldier", "exemplar", "hcm_exemplar", "direct_worker", "good_deed", "province_commended"}
)
# A6: Kinh is the majority whatever its case; None: no ethnicity recorded (not a minority).
ETHNICITIES = ("Kinh", "Chứt", "kinh", "Thái", None, "KINH", "Mường")
COMMENDATIONS = (0, 1, 2, 3)


def delegates_json(n: int, *, exemplary: int | None = None, prefix: str = "Đại biểu") -> list[dict[str, object]]:
    """``n`` distinct delegates, the first ``exemplary`` of them exemplary (default all)."""
    exemplary = n if exemplary is None else exemplary
    return [
        {
            "full_name": f"{prefix} {i:05d}",
            "birth_date": "1980-01-01",
            "category": "emulation_soldier" if i < exemplary else "guest",
            "gender": "female" if i % 2 else "male",
        }
        for i in range(n)
    ]


def every_category(
    per_category: int = 1, *, prefix: str = "Đủ loại", categories: tuple[DelegateCategory, ...] | None = None
) -> list[dict[str, object]]:
    """``per_category`` distinct delegates of each category (default: every ``DelegateCategory``),
    cycling through genders, ethnicities (with case variants and none), economic sectors and
    numbers of province commendations."""
    kinds = categories if categories is not None else tuple(DelegateCategory)
    genders, ethnicities = cycle(tuple(Gender)), cycle(ETHNICITIES)
    sectors, commendations = cycle(tuple(EconomicSector)), cycle(COMMENDATIONS)
    rows: list[dict[str, object]] = []
    for category in kinds:
        for _ in range(per_category):
            n = len(rows)
            row: dict[str, object] = {
                "full_name": f"{prefix} {category.value} {n:04d}",
                "birth_date": f"19{60 + n % 40:02d}-0{1 + n % 9}-1{n % 10}",
                "category": category.value,
                "gender": next(genders).value,
                "economic_sector": next(sectors).value,
                "province_commendations": next(commendations),
            }
            ethnicity = next(ethnicities)
            if ethnicity is not None:
                row["ethnicity"] = ethnicity
            rows.append(row)
    return rows


def structure_rows(rows: list[dict[str, object]]) -> dict[str, object]:
    """A6 facts of ``rows`` as SPEC defines them, counted here in plain Python (the oracle)."""
    sectors: dict[str, int] = {}
    for row in rows:
        sector = row.get("economic_sector")
        if isinstance(sector, str):
            sectors[sector] = sectors.get(sector, 0) + 1
    ethnicity = [row.get("ethnicity") for row in rows]
    return {
        "total": len(rows),
        "exemplary": sum(row["category"] in SPEC_EXEMPLARY for row in rows),
        "direct_workers": sum(row["category"] == "direct_worker" for row in rows),
        "women": sum(row.get("gender") == "female" for row in rows),
        "ethnic_minorities": sum(isinstance(e, str) and e.lower() != "kinh" for e in ethnicity),
        "commended_twice_or_more": sum(int(str(row.get("province_commendations") or 0)) >= 2 for row in rows),
        "sectors": sectors,
    }
