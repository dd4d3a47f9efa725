"""Reading a sheet into rows: CSV, XLSX and JSON rows, every bad cell a ``RowError`` (see the package)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]

from api.domain import containers
from api.domain.errors import DomainError
from api.domain.text import normalize_text, validate_national_id, validate_phone
from api.problems import FieldIssue
from api.services.spreadsheets.columns import (
    _CATEGORY_INDEX,
    _ENUM_EXPECTED,
    _EXPECTED,
    _GENDER_INDEX,
    _HEADER_INDEX,
    _SECTOR_INDEX,
    FIELDS,
    HEADERS,
    INT_MAX,
    MAX_LENGTHS,
    REQUIRED,
    E,
    _key,
)

# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One bad cell: the spreadsheet's row number, the field, the problem code and its message key.

    ``message_key`` is a key of ``api.problems.FIELD_MESSAGES``; ``ctx`` fills its placeholders.
    """

    row: int
    field: str
    code: str
    message_key: str
    rule: str | None = None

    @property
    def column(self) -> str | None:
        """The sheet's Vietnamese header of the bad cell (None for a whole row or the body)."""
        return HEADERS.get(self.field)

    @property
    def expected(self) -> tuple[str, str]:
        """What the cell should hold, in Vietnamese and English, saying what was wrong first."""
        vi, en = _EXPECTED.get(self.field, ("giá trị hợp lệ", "a valid value"))
        if self.message_key == "missing":
            return f"bắt buộc, không được để trống — cần {vi}", f"required, must not be empty — expected {en}"
        if self.message_key == "Q1:control_character":
            return f"có ký tự điều khiển — cần {vi}", f"holds control characters — expected {en}"
        if self.message_key == "string_too_long":
            return f"quá dài — cần {vi}", f"too long — expected {en}"
        return f"cần {vi}", f"expected {en}"

    def problem_error(self) -> FieldIssue:
        """The error as a problem's: the message names the Vietnamese column, the row and the
        format expected (``sheet_cell``); ``row``, ``column`` and ``rule`` are data members too.
        A row-wide error keeps its own message."""
        field = f"rows.{self.row}.{self.field}"
        facts: dict[str, object] = {"row": self.row, "field": self.field, "rule": self.rule}
        column = self.column
        if column is None:
            return FieldIssue(field, self.code, self.message_key, facts | self.ctx, self.row, rule=self.rule)
        vi, en = self.expected
        facts |= {"column": column, "expected_vi": vi, "expected_en": en}
        return FieldIssue(field, self.code, "sheet_cell", facts, self.row, column, self.rule)

    @property
    def ctx(self) -> dict[str, int | str]:
        if self.message_key == "string_too_long":
            return {"max_length": MAX_LENGTHS.get(self.field, 0)}
        if self.message_key == "greater_than_equal":
            return {"ge": 0}
        if self.message_key == "less_than_equal":
            return {"le": INT_MAX}
        if self.message_key == "enum" and self.field in _ENUM_EXPECTED:
            return {"expected": _ENUM_EXPECTED[self.field]}
        return {}


class TooManyRows(Exception):
    """The file holds more rows than an import takes: reading stopped there."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} rows")
        self.limit = limit


# A real list is a few hundred rows; the bound keeps a hostile file from costing more than that.
DEFAULT_MAX_ROWS = 5_000
BLANK_ROWS_PER_ROW = 10  # blank rows are skipped, but counted too (a file of empty lines is bounded)


@dataclass(frozen=True)
class ParsedSheet:
    """What a reader found.

    ``rows`` holds the rows without errors as (row number, values); every field of ``COLUMNS`` but
    ``row_number`` is present, ``None`` when empty (``province_commendations`` is then 0). When a
    required column is missing no row is valid, so ``rows`` is empty; ``ok`` says whether the
    whole sheet may be imported.
    """

    rows: list[tuple[int, dict[str, object]]]
    errors: list[RowError]
    unknown_columns: list[str]
    missing_columns: list[str]
    from_table: bool = True  # a CSV or XLSX sheet (False: a JSON array)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_columns

    @property
    def empty(self) -> bool:
        """A sheet with its header and no delegate row — the template as downloaded, say."""
        return self.from_table and self.ok and not self.rows


# ---------------------------------------------------------------------------------------------
# Cells → values
# ---------------------------------------------------------------------------------------------


class _CellError:
    """An Excel error value (#N/A, #REF!…) — never taken for text."""

    def __repr__(self) -> str:
        return "<cell error>"


_CELL_ERROR = _CellError()


class _Bad(Exception):
    def __init__(self, key: str, rule: str | None = None) -> None:
        super().__init__(key)
        self.key = key
        self.rule = rule


def _from_domain(exc: DomainError) -> _Bad:
    reason = exc.facts.get("reason")
    return _Bad(f"{exc.rule}:{reason}" if exc.rule else "value_error", exc.rule)


def _finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def _integral(value: float | Decimal) -> int | None:
    """The integer a number stands for (42095000123.0 → 42095000123), or None if it has a fraction."""
    if not _finite(value) or value != int(value):
        return None
    return int(value)


def _digits(number: int) -> str:
    try:
        return str(number)
    except ValueError:  # beyond Python's int-to-str digit limit
        raise _Bad("value_error") from None


def _text(value: object, *, multiline: bool = False) -> str | None:
    """A cell as normalized text (Q1); None when empty. Numbers are written without '.0'."""
    if value is None:
        return None
    if isinstance(value, bool | _CellError):
        raise _Bad("value_error")
    if isinstance(value, str):
        try:
            text = normalize_text(value, multiline=multiline)
        except DomainError as exc:
            raise _from_domain(exc) from None
        return text or None
    if isinstance(value, int):
        return _digits(value)
    if isinstance(value, float | Decimal):
        if not _finite(value):
            raise _Bad("value_error")
        whole = _integral(value)
        return _digits(whole) if whole is not None else str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.isoformat()
    raise _Bad("value_error")


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _free_text(field: str, multiline: bool = False) -> Callable[[object], str | None]:
    limit = MAX_LENGTHS[field]

    def parse(value: object) -> str | None:
        text = _text(value, multiline=multiline)
        if text is not None and len(text) > limit:
            raise _Bad("string_too_long")
        return text

    return parse


def _national_id(value: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return validate_national_id(text)
    except DomainError as exc:
        raise _from_domain(exc) from None


def _phone(value: object) -> str | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return validate_phone(text)
    except DomainError as exc:
        raise _from_domain(exc) from None


def _enum(index: Mapping[str, E], rule: str | None = None) -> Callable[[object], E | None]:
    def parse(value: object) -> E | None:
        text = _text(value)
        if text is None:
            return None
        member = index.get(_key(text))
        if member is None:
            raise _Bad("enum", rule)
        return member

    return parse


_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})" + _TIME)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)


def _date(value: object) -> dt.date | None:
    """dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), ISO yyyy-mm-dd, or a spreadsheet date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    if isinstance(value, str):
        text = _text(value)
        if text is None:
            return None
        try:
            if match := _DMY.fullmatch(text):
                return dt.date(int(match[4]), int(match[3]), int(match[1]))
            if match := _ISO.fullmatch(text):
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise _Bad("date_parsing")  # numbers (serials), booleans, times: not a date we dare guess


_INT_TEXT = re.compile(r"([+-]?\d+)(?:\.0*)?")


def _count(value: object) -> int:
    """A whole number ≥ 0; empty is 0."""
    number: int | None = None
    if value is None:
        return 0
    if isinstance(value, bool | _CellError):
        raise _Bad("int_parsing")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float | Decimal):
        number = _integral(value)
    elif isinstance(value, str):
        text = _text(value)
        if text is None:
            return 0
        match = _INT_TEXT.fullmatch(text.replace(" ", ""))
        if match and len(match[1]) <= 30:
            number = int(match[1])
    if number is None:
        raise _Bad("int_parsing")
    if number < 0:
        raise _Bad("greater_than_equal")
    if number > INT_MAX:
        raise _Bad("less_than_equal")
    return number


_PARSERS: dict[str, Callable[[object], object]] = {
    "full_name": _free_text("full_name"),
    "gender": _enum(_GENDER_INDEX),
    "birth_date": _date,
    "ethnicity": _free_text("ethnicity"),
    "national_id": _national_id,
    "phone": _phone,
    "position": _free_text("position"),
    "workplace": _free_text("workplace"),
    "economic_sector": _enum(_SECTOR_INDEX),
    "category": _enum(_CATEGORY_INDEX, "A5"),
    "province_commendations": _count,
    "note": _free_text("note", multiline=True),
}


def _parse_record(
    row: int, cells: Mapping[str, object], absent: Iterable[str] = ()
) -> tuple[dict[str, object], list[RowError]]:
    """One row's values by field; ``absent`` are required columns already reported sheet-wide."""
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for field in FIELDS:
        try:
            values[field] = _PARSERS[field](cells.get(field))
        except _Bad as bad:
            errors.append(RowError(row, field, "validation_error", bad.key, bad.rule))
            continue
        if values[field] is None and field in REQUIRED and field not in absent:
            errors.append(RowError(row, field, "validation_error", "missing"))
    return values, errors


# ---------------------------------------------------------------------------------------------
# Tables (CSV, XLSX) → ParsedSheet
# ---------------------------------------------------------------------------------------------

_HEADER_SEARCH_ROWS = 20  # a title block above the header row is skipped


def _header_text(value: object) -> str:
    if isinstance(value, str):
        text = "".join(ch for ch in value if unicodedata.category(ch) != "Cc")
        return unicodedata.normalize("NFC", " ".join(text.split()))
    if value is None or isinstance(value, _CellError):
        return ""
    try:
        return _text(value) or ""
    except _Bad:
        return ""


def _header_field(value: object) -> str | None:
    text = _header_text(value)
    return _HEADER_INDEX.get(_key(text)) if text else None


def _recognized(cells: Sequence[object]) -> int:
    return len({field for field in map(_header_field, cells) if field is not None})


def _blank(cells: Sequence[object]) -> bool:
    return all(_is_empty(cell) for cell in cells)


def _bounded(rows: Iterable[tuple[int, Sequence[object]]], max_rows: int) -> Iterator[tuple[int, Sequence[object]]]:
    """The rows, stopping with ``TooManyRows`` past ``max_rows`` non-blank rows (or ten times
    as many rows in all) — before the rest of the file is parsed."""
    filled = 0
    for seen, (row_no, cells) in enumerate(rows, start=1):
        if not _blank(cells):
            filled += 1
        if filled > max_rows + 1 or seen > (max_rows + 1) * BLANK_ROWS_PER_ROW:  # + 1: the header row
            raise TooManyRows(max_rows)
        yield row_no, cells


def _read_table(rows: Iterable[tuple[int, Sequence[object]]], max_rows: int = DEFAULT_MAX_ROWS) -> ParsedSheet:
    source = iter(_bounded(rows, max_rows))
    title_block: list[tuple[int, Sequence[object]]] = []
    header: Sequence[object] | None = None
    for row_no, cells in source:
        if _blank(cells):
            continue
        if _recognized(cells) >= 2:
            header = cells
            break
        title_block.append((row_no, cells))
        if len(title_block) >= _HEADER_SEARCH_ROWS:
            break
    data: Iterable[tuple[int, Sequence[object]]] = source
    if header is None:
        if not title_block:
            return ParsedSheet([], [], [], [HEADERS[field] for field in REQUIRED])
        # No recognizable header row: the first non-empty row is taken as the header.
        header = title_block[0][1]
        data = _chain(title_block[1:], source)

    columns: dict[int, str] = {}  # column index → field
    ignored: set[int] = set()  # STT
    unknown: list[str] = []
    unnamed: dict[int, bool] = {}  # header cell empty → whether any row has data there
    for index, cell in enumerate(header):
        text = _header_text(cell)
        if not text:
            unnamed[index] = False
            continue
        field = _HEADER_INDEX.get(_key(text))
        if field == "row_number":
            ignored.add(index)
        elif field is not None and field not in columns.values():
            columns[index] = field
        elif text not in unknown:
            unknown.append(text)  # unknown, or a second column for a field already read
    missing = [HEADERS[field] for field in REQUIRED if field not in columns.values()]
    width = len(header)
    absent = [field for field in REQUIRED if HEADERS[field] in missing]

    parsed: list[tuple[int, dict[str, object]]] = []
    errors: list[RowError] = []
    for row_no, cells in data:
        if all(_is_empty(cell) for index, cell in enumerate(cells) if index not in ignored):
            continue  # empty, or only a pre-filled STT
        for index in range(len(cells)):
            if (index >= width or index in unnamed) and not _is_empty(cells[index]):
                unnamed[index] = True
        record = {field: cells[index] for index, field in columns.items() if index < len(cells)}
        values, row_errors = _parse_record(row_no, record, absent)
        errors.extend(row_errors)
        if not row_errors and not missing:
            parsed.append((row_no, values))
    unknown.extend(f"Cột {get_column_letter(index + 1)}" for index, used in sorted(unnamed.items()) if used)
    return ParsedSheet(parsed, errors, unknown, missing)


T = TypeVar("T")


def _chain(first: Iterable[T], then: Iterator[T]) -> Iterator[T]:
    yield from first
    yield from then


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_DIGITS_FORMULA = re.compile(r'="(\d+)"')


def _unescape(cell: str) -> str:
    """Undo the CSV export's writing: its guard against formula injection ("'=…" → "=…") and
    its digits kept as text for Excel ('="0123"' → "0123")."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    if cell.startswith('="') and (match := _DIGITS_FORMULA.fullmatch(cell)):
        return match[1]
    return cell


def read_csv(data: bytes, max_rows: int = DEFAULT_MAX_ROWS) -> ParsedSheet:
    """A CSV upload: UTF-8 with or without BOM, comma, semicolon or tab delimited (sniffed).

    Raises ``ValueError("encoding")`` if the bytes are not UTF-8 — a file saved in the Windows
    Vietnamese code page (cp1258) or any other is refused whole, never read as mangled names
    (the answer tells the officer to save it as "CSV UTF-8" or XLSX), ``ValueError("csv")`` if they
    are not CSV at all (a cell beyond the csv module's field limit), ``TooManyRows`` past
    ``max_rows`` rows (the rest is not parsed).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("encoding") from None
    delimiter = _sniff(text)
    return _read_table(_csv_rows(text, delimiter), max_rows)


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row_no = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ValueError("csv") from None
        row_no += 1
        yield row_no, [_unescape(cell) for cell in cells]


def _sniff(text: str) -> str:
    """The delimiter that makes the most known headers of the first non-empty row, else ','."""
    best = (-1, -1)
    chosen = ","
    for delimiter in (",", ";", "\t"):
        try:
            for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if not _blank(cells):
                    score = (_recognized(cells), len(cells))
                    if score > best:
                        best, chosen = score, delimiter
                    break
        except csv.Error:
            continue
    return chosen


def read_xlsx(data: bytes, max_rows: int = DEFAULT_MAX_ROWS) -> ParsedSheet:
    """An XLSX upload: the first worksheet, formulas read as their cached results.

    The container is judged first (``api.domain.containers``, the spreadsheet limits: nothing
    inflated before its declared sizes pass), then openpyxl opens it. Raises
    ``ValueError("xlsx")`` if the bytes are not a readable workbook, ``DomainError`` (S6) for a
    container refused by its limits or contents, ``TooManyRows`` past ``max_rows`` rows.
    """
    try:
        found = containers.zip_type(io.BytesIO(data), containers.SPREADSHEET)
    except DomainError as exc:
        if exc.facts.get("reason") in ("not_a_container", "container_mismatch"):
            raise ValueError("xlsx") from None
        raise
    if found != containers.XLSX:
        raise ValueError("xlsx")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # zip, XML, encryption, an old .xls: all "not a workbook we can read"
        raise ValueError("xlsx") from None
    try:
        if not workbook.worksheets:
            raise ValueError("xlsx")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # trust the rows, not a declared dimension some writers get wrong
        return _read_table(_xlsx_rows(sheet), max_rows)
    finally:
        workbook.close()


def _xlsx_rows(sheet: Any) -> Iterator[tuple[int, tuple[object, ...]]]:
    rows = sheet.iter_rows()
    row_no = 0
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception:  # malformed sheet XML met while streaming
            raise ValueError("xlsx") from None
        row_no += 1
        yield row_no, tuple(_CELL_ERROR if cell.data_type == "e" else cell.value for cell in cells)


def read_import(data: bytes, content_type: str, max_rows: int = DEFAULT_MAX_ROWS) -> ParsedSheet:
    """An import's body by its type: a JSON array of objects, an XLSX workbook (by its bytes),
    or CSV. Blocking (parsing, unzipping): callers run it in a worker thread.

    Raises ``ValueError("json")`` for JSON that is not an array of objects, ``ValueError`` with
    another reason for an unreadable file (``"media_type"`` when no reader takes it), and
    ``TooManyRows`` / ``DomainError`` as the readers do.
    """
    if content_type == "application/json":
        try:
            records = json.loads(data)
        except (ValueError, RecursionError):
            raise ValueError("json") from None
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError("json")
        if len(records) > max_rows:
            raise TooManyRows(max_rows)
        return read_rows(records)
    if data[:2] == b"PK":
        return read_xlsx(data, max_rows)
    if content_type in ("text/csv", "multipart/form-data", "application/csv", "text/plain"):
        return read_csv(data, max_rows)
    raise ValueError("media_type")


def read_rows(records: list[dict[str, object]]) -> ParsedSheet:
    """A JSON array of objects keyed by field names or Vietnamese headers (folded match).

    Row numbers are 1-based positions in the array. A missing required field is a row error here
    (``missing_columns`` stays empty); an element that is not an object is a ``dict_type`` error.
    """
    parsed: list[tuple[int, dict[str, object]]] = []
    errors: list[RowError] = []
    unknown: list[str] = []
    names: dict[object, tuple[str, str | None]] = {}  # a key of the objects → (its text, its field)
    if not isinstance(records, list | tuple):
        return ParsedSheet([], [RowError(0, "body", "validation_error", "list_type")], [], [], from_table=False)
    for row_no, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            errors.append(RowError(row_no, "row", "validation_error", "dict_type"))
            continue
        cells: dict[str, object] = {}
        pilot: object = record.get("pilot_invitee", False)
        for name, value in record.items():
            if name == "pilot_invitee":
                continue  # A9 — JSON only: the spreadsheet has no such column
            known = names.get(name)
            if known is None:  # every row repeats the same keys: each is read once
                text = _header_text(name) if isinstance(name, str) else str(name)
                known = names[name] = (text, _HEADER_INDEX.get(_key(text)))
            text, field = known
            if field == "row_number":
                continue
            if field is None or field in cells:
                if text not in unknown:
                    unknown.append(text)
                continue
            cells[field] = value
        values, row_errors = _parse_record(row_no, cells)
        if not isinstance(pilot, bool):
            row_errors.append(RowError(row_no, "pilot_invitee", "validation_error", "bool_type", "A9"))
        errors.extend(row_errors)
        if not row_errors:
            values["pilot_invitee"] = pilot
            parsed.append((row_no, values))
    return ParsedSheet(parsed, errors, unknown, [], from_table=False)
