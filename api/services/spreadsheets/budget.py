"""B3, issue 14 item 6 — the district's budget summary as XLSX: a title block, Vietnamese headers
(the category labels of the vocabulary), one row per unit and a total row. Amounts are whole đồng,
written as numbers."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

from api.domain.budgets import BudgetCategory
from api.domain.labels import BUDGET_CATEGORY
from api.services.spreadsheets.summary import title_block, write_row

SHEET = "Tổng hợp dự trù kinh phí"
UNIT_HEADER = "Đơn vị"
TOTAL_HEADER = "Tổng cộng"
HEADERS: tuple[str, ...] = (
    "STT",
    UNIT_HEADER,
    *(BUDGET_CATEGORY[c][0] for c in BudgetCategory),
    TOTAL_HEADER,
)
_NUMBER_FORMAT = "#,##0"


@dataclass(frozen=True)
class SummaryRow:
    unit_name: str
    by_category: dict[BudgetCategory, int]
    total: int


@dataclass(frozen=True)
class SummaryTitle:
    issuer: str
    plan_code: str
    exported_on: dt.date


def budget_summary_xlsx(title: SummaryTitle, rows: Sequence[SummaryRow], overall: SummaryRow) -> bytes:
    """The workbook's bytes (CPU work: the caller runs it in a worker thread)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    bold = Font(bold=True)
    header_row = title_block(
        sheet,
        [
            (title.issuer.upper(), bold),
            ("TỔNG HỢP DỰ TRÙ KINH PHÍ TỔ CHỨC HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN", bold),
            (f"Kế hoạch số {title.plan_code}", None),
            (f"Xuất ngày {title.exported_on.strftime('%d/%m/%Y')} — Đơn vị tính: đồng", Font(italic=True)),
        ],
    )
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(row=header_row, column=column, value=header).font = bold
        sheet.column_dimensions[get_column_letter(column)].width = 6 if column == 1 else (30 if column == 2 else 18)
    row = header_row
    for number, item in enumerate(rows, start=1):
        row += 1
        _write(sheet, row, number, item.unit_name, item)
    row += 1
    _write(sheet, row, None, TOTAL_HEADER, overall)
    for column in range(1, len(HEADERS) + 1):
        sheet.cell(row=row, column=column).font = bold
    sheet.freeze_panes = f"A{header_row + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write(sheet: object, row: int, number: int | None, name: str, item: SummaryRow) -> None:
    values: list[object] = [number, name, *(item.by_category[c] for c in BudgetCategory), item.total]
    write_row(sheet, row, values)
    for column in range(3, len(values) + 1):
        sheet.cell(row=row, column=column).number_format = _NUMBER_FORMAT  # type: ignore[attr-defined]  # an openpyxl sheet
