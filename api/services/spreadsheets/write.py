"""Exports: CSV and XLSX, whole or streamed batch by batch from the database, with the title block."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import tempfile
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Any

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

from api.concurrency import Work, offload
from api.domain.delegates import Category, EconomicSector, Gender
from api.services.spreadsheets.columns import (
    _CATEGORY_INDEX,
    _DATE_FORMAT,
    _GENDER_INDEX,
    _SECTOR_INDEX,
    _WIDTHS,
    CATEGORY_LABELS,
    COLUMNS,
    GENDER_LABELS,
    SECTOR_LABELS,
    E,
    _key,
)
from api.services.spreadsheets.read import _FORMULA_START, _Bad, _date

# ---------------------------------------------------------------------------------------------
# Export and template
# ---------------------------------------------------------------------------------------------

_CHUNK = 64 * 1024
_SPOOL = 8 * 1024 * 1024


def _display_label(value: object, enum: type[E], labels: Mapping[E, str], index: Mapping[str, E]) -> str:
    if value is None:
        return ""
    if isinstance(value, enum):
        return labels[value]
    text = str(value)
    member = index.get(_key(text))
    return labels[member] if member is not None else text


def _export_values(delegate: Mapping[str, object], number: int) -> list[object]:
    """One delegate as typed cells: int, datetime.date or str ('' when empty)."""
    out: list[object] = []
    for field, _ in COLUMNS:
        value = delegate.get(field)
        cell: object
        if field == "row_number":
            cell = number
        elif field == "gender":
            cell = _display_label(value, Gender, GENDER_LABELS, _GENDER_INDEX)
        elif field == "economic_sector":
            cell = _display_label(value, EconomicSector, SECTOR_LABELS, _SECTOR_INDEX)
        elif field == "category":
            cell = _display_label(value, Category, CATEGORY_LABELS, _CATEGORY_INDEX)
        elif field == "birth_date":
            cell = _as_date(value)
        elif field == "province_commendations":
            cell = value if isinstance(value, int) and not isinstance(value, bool) else _plain(value) or 0
        else:
            cell = _plain(value)
        out.append(cell)
    return out


def _as_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return _date(value) or ""
        except _Bad:
            return value
    return _plain(value)


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def _display(cell: object) -> str:
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")
    return str(cell)


async def export_csv_stream(
    batches: AsyncIterator[Sequence[Mapping[str, Any]]], *, origin: bool = False
) -> AsyncIterator[bytes]:
    """The CSV export (UTF-8 with BOM, so Excel shows Vietnamese; CRLF rows) over rows that arrive
    in batches from the database: memory holds one batch.
    With ``origin`` (the district list, A10) a last column gives each delegate's origin unit."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")
    writer.writerow([header for _, header in COLUMNS] + ([ORIGIN_HEADER] if origin else []))
    yield ("\ufeff" + line.getvalue()).encode("utf-8")
    number = 0
    async for batch in batches:
        line.seek(0)
        line.truncate()
        for delegate in batch:
            number += 1
            cells = _csv_cells(_export_values(delegate, number))
            if origin:
                cells.append(_csv_guard(_plain(delegate.get("origin_unit"))))
            writer.writerow(cells)
        yield line.getvalue().encode("utf-8")


async def export_xlsx_stream(
    batches: AsyncIterator[Sequence[Mapping[str, Any]]], title: TitleBlock | None = None, *, origin: bool = False
) -> AsyncIterator[bytes]:
    """The XLSX export over rows that arrive in batches: a write-only workbook spooled to a
    temporary file (memory stays flat for 100,000 rows), yielded in 64 KiB chunks. Dates are date
    cells, counts numbers, everything else text. With ``title``, the conference's title block
    stands above the header row; with ``origin`` (the district conference's list, A10), a last
    column gives each delegate's ``origin_unit``."""
    out = _XlsxExport(title, origin)
    try:
        # Writing rows and compressing the workbook are CPU work: worker threads, never the loop.
        async for batch in batches:
            await offload(Work.FILES, out.add_batch, batch)
        spool = await offload(Work.FILES, out.save)
    except BaseException:
        out.discard()
        raise
    with spool:
        while chunk := spool.read(_CHUNK):
            yield chunk


def _csv_guard(cell: str) -> str:
    """Excel runs a CSV cell starting with = + - @ as a formula: such cells get a leading quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


_KEEP_ZEROS = frozenset(index for index, (field, _) in enumerate(COLUMNS) if field in ("national_id", "phone"))


def _csv_cells(values: Sequence[object]) -> list[str]:
    """One CSV row. A national ID or phone number is written as the formula ="0123…": Excel
    reads a bare 0123 as the number 123 and shows the formula's text with its zeros (a leading
    apostrophe, by contrast, stays visible in a CSV). Only digits are written this way (Q2
    checked them on the way in); reading the file back (``_unescape``) takes the digits."""
    out = []
    for index, value in enumerate(values):
        cell = _display(value)
        if index in _KEEP_ZEROS and cell.isdigit() and cell.isascii():
            out.append(f'="{cell}"')
        else:
            out.append(_csv_guard(cell))
    return out


ORIGIN_HEADER = "Đơn vị cử đại biểu"  # A10 — the district list: the unit each delegate came from


@dataclass(frozen=True)
class TitleBlock:
    """What stands above the header row of an XLSX export: the organizing unit, the C7 title
    lines of the conference and the day of the export."""

    unit: str
    lines: Sequence[str]
    exported_on: dt.date


class _XlsxExport:
    """A write-only workbook: the title block, the header row, then delegates one by one."""

    def __init__(self, title: TitleBlock | None, origin: bool) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("Danh sách đại biểu")
        self.origin = origin
        self.number = 0
        headers = [header for _, header in COLUMNS] + ([ORIGIN_HEADER] if origin else [])
        widths = [_WIDTHS[field] for field, _ in COLUMNS] + ([30] if origin else [])
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        block = self._title_rows(title) if title is not None else []
        self.sheet.freeze_panes = f"A{len(block) + 2}"  # below the header row
        try:
            for row in block:
                self.sheet.append(row)
            self.sheet.append([self._styled(h, bold=True, wrap=True) for h in headers])
        except BaseException:
            self.discard()
            raise

    def _styled(self, value: object, *, bold: bool = False, italic: bool = False, wrap: bool = False) -> Any:
        cell = WriteOnlyCell(self.sheet, value=value)
        cell.font = Font(bold=bold, italic=italic)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        return cell

    def _title_rows(self, title: TitleBlock) -> list[list[Any]]:
        """The unit, the C7 title lines (§II.4.3), the list's name and the export's day, then an
        empty row. One cell per row: an import of this file skips them as its title block."""
        rows: list[list[Any]] = [[self._styled(title.unit.upper(), bold=True)]]
        rows += [[self._styled(line, bold=True)] for line in title.lines]
        rows.append([self._styled("DANH SÁCH ĐẠI BIỂU", bold=True)])
        rows.append([self._styled(f"Xuất ngày {title.exported_on.strftime('%d/%m/%Y')}", italic=True)])
        rows.append([])
        return rows

    def add(self, delegate: Mapping[str, object]) -> None:
        self.number += 1
        values = _export_values(delegate, self.number)
        if self.origin:
            values.append(_plain(delegate.get("origin_unit")))
        self.sheet.append([_xlsx_cell(self.sheet, value) for value in values])

    def add_batch(self, batch: Sequence[Mapping[str, object]]) -> None:
        for delegate in batch:
            self.add(delegate)

    def discard(self) -> None:
        _discard(self.sheet)

    def save(self) -> IO[bytes]:
        """The finished workbook, in a temporary file (in memory while small) read from its start."""
        spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115  # the caller closes it
        try:
            self.workbook.save(spool)
        except BaseException:
            spool.close()
            raise
        spool.seek(0)
        return spool


def _xlsx_cell(sheet: Any, value: object) -> object:
    """Plain values where openpyxl writes them right; a cell object for dates and formula-like text."""
    if value == "":
        return None
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = _DATE_FORMAT
        return cell
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a name starting with '=' is text, never a formula
        return cell
    return value


def _discard(sheet: Any) -> None:
    """Remove the temporary file a write-only sheet streams into when the export fails midway
    (openpyxl would otherwise keep it until the process exits)."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        writer.close()
        writer.cleanup()
