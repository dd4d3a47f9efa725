"""The district's XLSX exports of issue 14 (B3 budget summary, M2 communication counts) write a
unit's name as text, exactly as named, even when it starts with ``=``, ``+``, ``-`` or ``@``:
never a formula a spreadsheet would run, and without a quote added to the name."""

from __future__ import annotations

import io

from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

from tests.support import District

# names a spreadsheet would read as formulas if they were written as such
NAMES = ('=HYPERLINK("http://x.invalid","Bấm")', "+1+1 xã", "-2+3 xã", "@SUM(1) xã")


def _cells_named(content: bytes) -> dict[str, tuple[object, str]]:
    """Every cell of every sheet holding one of ``NAMES``: name → (value, data_type)."""
    found: dict[str, tuple[object, str]] = {}
    workbook = load_workbook(io.BytesIO(content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in NAMES or cell.data_type == "f":
                    found[str(cell.value)] = (cell.value, cell.data_type)
    return found


async def _units(district: District) -> list[str]:
    return [await district.unit(name) for name in NAMES]


async def test_threat_formula_injection_budget_summary_xlsx_writes_unit_names_as_text(district: District) -> None:
    for unit in await _units(district):
        conference = str((await district.conference(unit))["id"])
        organizer = await district.organizer(unit)
        body = {
            "funding_source": "Ngân sách xã",
            "lines": [{"category": "venue", "description": "Hội trường", "amount": 1}],
        }
        r = await district.http.put(f"/api/v1/conferences/{conference}/budget-estimate", json=body, headers=organizer)
        assert r.status_code == 201, r.text
    r = await district.http.get(f"/api/v1/plans/{district.plan_id}/budget-summary.xlsx", headers=district.admin)
    assert r.status_code == 200, r.text
    found = _cells_named(r.content)
    assert found == {name: (name, "s") for name in NAMES}


async def test_threat_formula_injection_communication_counts_xlsx_writes_unit_names_as_text(
    district: District,
) -> None:
    for unit in await _units(district):
        body = {
            "plan_id": district.plan_id,
            "unit_id": unit,
            "kind": "article",
            "title": "Bài viết",
            "channel": "Cổng thông tin",
            "occurred_on": "2025-03-01",
            "link": "https://example.invalid/bai-viet",
        }
        r = await district.http.post("/api/v1/communication-activities", json=body, headers=district.admin)
        assert r.status_code == 201, r.text
    r = await district.http.get(f"/api/v1/plans/{district.plan_id}/communication-counts/export", headers=district.admin)
    assert r.status_code == 200, r.text
    found = _cells_named(r.content)  # both sheets: the summary and the detail
    assert found == {name: (name, "s") for name in NAMES}
