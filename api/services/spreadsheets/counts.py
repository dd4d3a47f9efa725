"""M2 — the communication-activity counts as an XLSX for the district to send upward: a title
block, then one row per unit (counts by kind and by phase, the total) and a total row; a second
sheet lists the counts by unit, kind and phase."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

from api.domain.communications import ActivityKind, Phase
from api.domain.labels import ACTIVITY_KIND, PHASE
from api.services.spreadsheets.summary import title_block, write_row


@dataclass(frozen=True)
class CountCell:
    unit_id: str
    unit_name: str
    kind: ActivityKind
    phase: Phase
    count: int


TITLE = "THỐNG KÊ HOẠT ĐỘNG TUYÊN TRUYỀN HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"
UNIT_HEADER = "Đơn vị"
TOTAL_HEADER = "Tổng cộng"
DETAIL_HEADERS = ("STT", "Đơn vị", "Loại hoạt động", "Thời điểm", "Số lượng")


def counts_xlsx(
    issuer: str, plan_title: str, exported_on: dt.date, units: Sequence[tuple[str, str]], cells: Sequence[CountCell]
) -> bytes:
    """The workbook's bytes (CPU work: the caller offloads it). ``units``: ``(id, name)`` in order."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Tổng hợp"
    headers = ["STT", UNIT_HEADER]
    headers += [ACTIVITY_KIND[k][0] for k in ActivityKind]
    headers += [PHASE[p][0] for p in Phase]
    headers.append(TOTAL_HEADER)
    bold = Font(bold=True)
    header_row = title_block(
        sheet,
        [
            (issuer.upper(), bold),
            (TITLE, bold),
            (plan_title, bold),
            (f"Xuất ngày {exported_on.strftime('%d/%m/%Y')}", Font(italic=True)),
        ],
    )
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = 30 if column == 2 else 14
    sheet.freeze_panes = f"C{header_row + 1}"
    totals = [0] * (len(headers) - 2)
    for number, (unit_id, unit) in enumerate(units, start=1):
        mine = [c for c in cells if c.unit_id == unit_id]
        values = [sum(c.count for c in mine if c.kind is k) for k in ActivityKind]
        values += [sum(c.count for c in mine if c.phase is p) for p in Phase]
        values.append(sum(c.count for c in mine))
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        write_row(sheet, header_row + number, [number, unit, *values])
    write_row(sheet, header_row + len(units) + 1, [None, TOTAL_HEADER, *totals])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    detail = wb.create_sheet("Chi tiết")
    write_row(detail, 1, list(DETAIL_HEADERS))
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for number, c in enumerate(cells, start=1):
        write_row(detail, 1 + number, [number, c.unit_name, ACTIVITY_KIND[c.kind][0], PHASE[c.phase][0], c.count])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
