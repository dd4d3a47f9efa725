"""What the district's summary workbooks (budget sums, communication counts) share: text cells
that stay text, and the title block above the header row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Font  # type: ignore[import-untyped, unused-ignore]


def text_cell(sheet: Any, row: int, column: int, value: str) -> Any:
    """A cell holding ``value`` as text, as written: never read as a formula (a unit named "=…",
    "+…", "-…" or "@…" keeps its name, with no quote added)."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.data_type = "s"
    return cell


def write_row(sheet: Any, row: int, values: Sequence[object]) -> None:
    """Write row ``row``: its text cells are text (``text_cell``), its numbers numbers."""
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            text_cell(sheet, row, column, value)
        else:
            sheet.cell(row=row, column=column, value=value)


def title_block(sheet: Any, lines: Sequence[tuple[str, Font | None]]) -> int:
    """The title lines in column A, each a text cell with its font; the header row's number
    (one empty row below the block)."""
    for row, (text, font) in enumerate(lines, start=1):
        cell = text_cell(sheet, row, 1, text)
        if font is not None:
            cell.font = font
    return len(lines) + 2
