"""Delegate spreadsheets: import (CSV, XLSX, JSON rows), the template and the export.

SPEC "Delegate spreadsheets (import, template, export)": one row per delegate, Vietnamese headers
(``COLUMNS``), headers and labels matched after Q1 folding, unknown columns reported, row numbers
in errors the spreadsheet's own (header row = 1). Text is normalized (Q1), national IDs and phone
numbers are checked (Q2), categories are read from the A5 labels.

The readers never raise on bad cell content — every problem becomes a ``RowError`` and every row
is read, so the caller can list each bad row at once. They raise ``ValueError`` only when the file
itself cannot be read (``"encoding"``, ``"csv"``, ``"xlsx"``). Whether the rows may be stored
(caps A3, duplicates A7, lock A8) is the import service's business, not this package's.

The package by concern: ``columns`` (headers, labels and what each cell holds), ``read`` (sheets
into rows and row errors), ``write`` (the exports) and ``template`` (the XLSX import template).
The names other modules use are re-exported here.
"""

from __future__ import annotations

from api.domain.collation import sort_key_text, vietnamese_sort_key
from api.services.spreadsheets.columns import (
    CATEGORY_LABELS,
    COLUMNS,
    GENDER_LABELS,
    HEADERS,
    MAX_LENGTHS,
    SECTOR_LABELS,
)
from api.services.spreadsheets.read import (
    ParsedSheet,
    RowError,
    TooManyRows,
    read_csv,
    read_import,
    read_rows,
    read_xlsx,
)
from api.services.spreadsheets.template import template_xlsx
from api.services.spreadsheets.write import (
    ORIGIN_HEADER,
    TitleBlock,
    export_csv_stream,
    export_xlsx_stream,
)

__all__ = [
    "CATEGORY_LABELS",
    "COLUMNS",
    "GENDER_LABELS",
    "HEADERS",
    "MAX_LENGTHS",
    "ORIGIN_HEADER",
    "SECTOR_LABELS",
    "ParsedSheet",
    "RowError",
    "TitleBlock",
    "TooManyRows",
    "export_csv_stream",
    "export_xlsx_stream",
    "read_csv",
    "read_import",
    "read_rows",
    "read_xlsx",
    "sort_key_text",
    "template_xlsx",
    "vietnamese_sort_key",
]
