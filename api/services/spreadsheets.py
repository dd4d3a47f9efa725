"""Delegate spreadsheets: import (CSV, XLSX, JSON rows), the template and the export.

SPEC "Delegate spreadsheets (import, template, export)": one row per delegate, Vietnamese headers
(``COLUMNS``), headers and labels matched after Q1 folding, unknown columns reported, row numbers
in errors the spreadsheet's own (header row = 1). Text is normalized (Q1), national IDs and phone
numbers are checked (Q2), categories are read from the A5 labels.

The readers never raise on bad cell content — every problem becomes a ``RowError`` and every row
is read, so the caller can list each bad row at once. They raise ``ValueError`` only when the file
itself cannot be read (``"encoding"``, ``"csv"``, ``"xlsx"``). Whether the rows may be stored
(caps A3, duplicates A7, lock A8) is the import service's business, not this module's.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import math
import re
import tempfile
import unicodedata
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped, unused-ignore]

from api.domain import containers
from api.domain.delegates import EXEMPLARY, Category, EconomicSector, Gender
from api.domain.errors import DomainError
from api.domain.labels import CATEGORY, GENDER, SECTOR
from api.domain.text import normalize_text, search_tokens, validate_national_id, validate_phone

__all__ = [
    "CATEGORY_LABELS",
    "COLUMNS",
    "GENDER_LABELS",
    "MAX_LENGTHS",
    "SECTOR_LABELS",
    "ParsedSheet",
    "RowError",
    "TooManyRows",
    "export_csv",
    "export_rows",
    "export_xlsx",
    "read_csv",
    "read_import",
    "read_rows",
    "read_xlsx",
    "template_xlsx",
    "vietnamese_sort_key",
]

# ---------------------------------------------------------------------------------------------
# Columns and labels
# ---------------------------------------------------------------------------------------------

COLUMNS: tuple[tuple[str, str], ...] = (
    ("row_number", "STT"),
    ("full_name", "Họ và tên"),
    ("gender", "Giới tính"),
    ("birth_date", "Ngày sinh"),
    ("ethnicity", "Dân tộc"),
    ("national_id", "Số CCCD"),
    ("phone", "Số điện thoại"),
    ("position", "Chức vụ"),
    ("workplace", "Đơn vị công tác"),
    ("economic_sector", "Thành phần kinh tế"),
    ("category", "Thành phần đại biểu"),
    ("province_commendations", "Số lần được Chủ tịch UBND tỉnh khen thưởng"),
    ("note", "Ghi chú"),
)

HEADERS: dict[str, str] = dict(COLUMNS)
FIELDS: tuple[str, ...] = tuple(field for field, _ in COLUMNS if field != "row_number")
REQUIRED: tuple[str, ...] = ("full_name", "category")

MAX_LENGTHS: dict[str, int] = {"full_name": 255, "ethnicity": 64, "position": 255, "workplace": 255, "note": 1000}
INT_MAX = 2_147_483_647  # the largest count a PostgreSQL integer holds: above it is a row error, never a 500

# The Vietnamese labels of api.domain.labels: the same words the vocabulary endpoint gives.
CATEGORY_LABELS: dict[Category, str] = {member: vi for member, (vi, _) in CATEGORY.items()}
SECTOR_LABELS: dict[EconomicSector, str] = {member: vi for member, (vi, _) in SECTOR.items()}
GENDER_LABELS: dict[Gender, str] = {member: vi for member, (vi, _) in GENDER.items()}

# Other spellings officers use (A5 wording of plan 187, the names people actually type).
_CATEGORY_ALIASES: dict[Category, tuple[str, ...]] = {
    Category.HERO: ("Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân"),
    Category.EMULATION_SOLDIER: ("Chiến sỹ thi đua",),
    Category.EXEMPLAR: ("Gương điển hình tiên tiến, tiêu biểu", "Điển hình tiên tiến"),
    Category.HCM_EXEMPLAR: ("Điển hình học tập và làm theo Bác",),
    Category.DIRECT_WORKER: (
        "Công nhân",
        "Nông dân",
        "Công nhân, nông dân, người trực tiếp sản xuất, công tác",
    ),
    Category.GOOD_DEED: ("Gương người tốt, việc tốt",),
    Category.PROVINCE_COMMENDED: (
        "Được Chủ tịch UBND tỉnh khen thưởng trong kỳ",
        "Được Chủ tịch Ủy ban nhân dân tỉnh khen thưởng",
    ),
    Category.GUEST: ("Đại biểu khách mời",),
    Category.LEADER: ("Lãnh đạo các cấp, các ngành",),
}
_SECTOR_ALIASES: dict[EconomicSector, tuple[str, ...]] = {
    EconomicSector.STATE: ("Kinh tế nhà nước",),
    EconomicSector.COLLECTIVE: ("Kinh tế tập thể",),
    EconomicSector.PRIVATE: ("Kinh tế tư nhân", "Ngoài nhà nước"),
    EconomicSector.FOREIGN_INVESTED: ("Kinh tế có vốn đầu tư nước ngoài", "Đầu tư nước ngoài", "FDI"),
    EconomicSector.OTHER: (),
}
_GENDER_ALIASES: dict[Gender, tuple[str, ...]] = {Gender.MALE: ("Nam giới",), Gender.FEMALE: ("Nữ giới",)}
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "row_number": ("TT", "Số TT", "Số thứ tự"),
    "full_name": ("Họ tên",),
    "birth_date": ("Ngày tháng năm sinh", "Ngày, tháng, năm sinh"),
    "national_id": ("CCCD", "Số căn cước công dân", "Số căn cước", "Số định danh cá nhân"),
    "phone": ("Điện thoại", "SĐT"),
    "province_commendations": ("Số lần được Chủ tịch UBND tỉnh khen",),
}


def _key(text: str) -> str:
    """Q1 folding, plus punctuation-insensitive: 'Họ và tên (*)' and 'ho va ten' give the same key."""
    return " ".join(search_tokens(text))


E = TypeVar("E", bound=StrEnum)


def _label_index(labels: Mapping[E, str], aliases: Mapping[E, tuple[str, ...]]) -> dict[str, E]:
    index: dict[str, E] = {}
    for member, label in labels.items():
        for text in (member.value, label, *aliases.get(member, ())):
            index[_key(text)] = member
    return index


_CATEGORY_INDEX = _label_index(CATEGORY_LABELS, _CATEGORY_ALIASES)
_SECTOR_INDEX = _label_index(SECTOR_LABELS, _SECTOR_ALIASES)
_GENDER_INDEX = _label_index(GENDER_LABELS, _GENDER_ALIASES)
_HEADER_INDEX: dict[str, str] = {
    _key(name): column for column, header in COLUMNS for name in (column, header, *_HEADER_ALIASES.get(column, ()))
}

_ENUM_EXPECTED: dict[str, str] = {
    "gender": ", ".join(GENDER_LABELS.values()),
    "economic_sector": ", ".join(SECTOR_LABELS.values()),
    "category": "; ".join(CATEGORY_LABELS.values()),
}

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

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing_columns


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


def _unescape(cell: str) -> str:
    """Undo export_csv's guard against formula injection ("'=…" → "=…")."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def read_csv(data: bytes, max_rows: int = DEFAULT_MAX_ROWS) -> ParsedSheet:
    """A CSV upload: UTF-8 with or without BOM, comma, semicolon or tab delimited (sniffed).

    Raises ``ValueError("encoding")`` if the bytes are not UTF-8, ``ValueError("csv")`` if they
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
    if not isinstance(records, list | tuple):
        return ParsedSheet([], [RowError(0, "body", "validation_error", "list_type")], [], [])
    for row_no, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):
            errors.append(RowError(row_no, "row", "validation_error", "dict_type"))
            continue
        cells: dict[str, object] = {}
        pilot: object = record.get("pilot_invitee", False)
        for name, value in record.items():
            if name == "pilot_invitee":
                continue  # A9 — JSON only: the spreadsheet has no such column
            text = _header_text(name) if isinstance(name, str) else str(name)
            field = _HEADER_INDEX.get(_key(text))
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
            parsed.append((row_no, values | {"pilot_invitee": pilot}))
    return ParsedSheet(parsed, errors, unknown, [])


# ---------------------------------------------------------------------------------------------
# Export and template
# ---------------------------------------------------------------------------------------------

_CHUNK = 64 * 1024
_SPOOL = 8 * 1024 * 1024
_DATE_FORMAT = "DD/MM/YYYY"
_WIDTHS: dict[str, float] = {
    "row_number": 6,
    "full_name": 28,
    "gender": 10,
    "birth_date": 12,
    "ethnicity": 10,
    "national_id": 16,
    "phone": 15,
    "position": 30,
    "workplace": 30,
    "economic_sector": 24,
    "category": 40,
    "province_commendations": 22,
    "note": 30,
}
_TEXT_COLUMNS = ("birth_date", "national_id", "phone")  # typed as text in the template: keep 0s and dd/mm


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


SORT_KEY_MAX = 1000
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # ascending in ASCII


def _b62(number: int, width: int = 4) -> str:
    out = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        out.append(_B62[digit])
    return "".join(reversed(out))


def sort_key_text(name: str) -> str:
    """``vietnamese_sort_key`` as a string that sorts the same way byte by byte (COLLATE "C"),
    so the database can keep lists in Vietnamese order: fixed-width base-62 ranks, a space
    closing each word (shorter words first), "!" closing the list of words."""
    given_letters, given_tone, words, tones, text = vietnamese_sort_key(name)
    parts = ["".join(_b62(r) for r in given_letters), " ", _b62(given_tone, 1)]
    parts += ["".join(_b62(r) for r in word) + " " for word in words]
    parts += ["!", "".join(_b62(t, 1) for t in tones), " ", text]
    # Capped so the index entry stays small; names that share the first 1,000 key characters
    # (over 100 letters of the given name) fall back to the id order.
    return "".join(parts)[:SORT_KEY_MAX]


async def export_csv_stream(batches: AsyncIterator[Sequence[Mapping[str, Any]]]) -> AsyncIterator[bytes]:
    """``export_csv`` over rows that arrive in batches from the database: memory holds one batch."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")
    writer.writerow([header for _, header in COLUMNS])
    yield ("\ufeff" + line.getvalue()).encode("utf-8")
    number = 0
    async for batch in batches:
        line.seek(0)
        line.truncate()
        for delegate in batch:
            number += 1
            writer.writerow([_csv_guard(_display(cell)) for cell in _export_values(delegate, number)])
        yield line.getvalue().encode("utf-8")


async def export_xlsx_stream(batches: AsyncIterator[Sequence[Mapping[str, Any]]]) -> AsyncIterator[bytes]:
    """``export_xlsx`` over rows that arrive in batches: the write-only sheet spools to disk."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách đại biểu")
    _set_widths(sheet)
    sheet.freeze_panes = "A2"
    number = 0
    try:
        sheet.append(_header_cells(sheet))
        async for batch in batches:
            for delegate in batch:
                number += 1
                sheet.append([_xlsx_cell(sheet, value) for value in _export_values(delegate, number)])
    except BaseException:
        _discard(sheet)
        raise
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL) as spool:
        workbook.save(spool)
        spool.seek(0)
        while chunk := spool.read(_CHUNK):
            yield chunk


def export_rows(delegates: Iterable[Mapping[str, object]]) -> Iterator[list[str]]:
    """The header row, then one row of display strings per delegate (STT = 1..n, dd/mm/yyyy,
    Vietnamese labels). The mappings carry the field names of ``COLUMNS``; others are ignored."""
    yield [header for _, header in COLUMNS]
    for number, delegate in enumerate(delegates, start=1):
        yield [_display(cell) for cell in _export_values(delegate, number)]


def _csv_guard(cell: str) -> str:
    """Excel runs a CSV cell starting with = + - @ as a formula: such cells get a leading quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def export_csv(delegates: Iterable[Mapping[str, object]]) -> Iterator[bytes]:
    """UTF-8 with BOM (so Excel shows Vietnamese), CRLF rows, streamed in chunks of about 64 KiB."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")
    chunk = bytearray("\ufeff".encode())
    for row in export_rows(delegates):
        writer.writerow([_csv_guard(cell) for cell in row])
        chunk += line.getvalue().encode("utf-8")
        line.seek(0)
        line.truncate()
        if len(chunk) >= _CHUNK:
            yield bytes(chunk)
            chunk.clear()
    if chunk:
        yield bytes(chunk)


def _header_cells(sheet: Any) -> list[Any]:
    cells = []
    for _, header in COLUMNS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cells.append(cell)
    return cells


def _set_widths(sheet: Any) -> None:
    for index, (field, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[field]


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


def export_xlsx(delegates: Iterable[Mapping[str, object]]) -> Iterator[bytes]:
    """A write-only workbook spooled to a temporary file (memory stays flat for 100,000 rows),
    yielded in 64 KiB chunks. Dates are date cells, counts numbers, everything else text."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách đại biểu")
    _set_widths(sheet)
    sheet.freeze_panes = "A2"
    try:
        sheet.append(_header_cells(sheet))
        for number, delegate in enumerate(delegates, start=1):
            sheet.append([_xlsx_cell(sheet, value) for value in _export_values(delegate, number)])
    except BaseException:
        _discard(sheet)
        raise
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL) as spool:
        workbook.save(spool)
        spool.seek(0)
        while chunk := spool.read(_CHUNK):
            yield chunk


def _discard(sheet: Any) -> None:
    """Remove the temporary file a write-only sheet streams into when the export fails midway
    (openpyxl would otherwise keep it until the process exits)."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    with contextlib.suppress(Exception):
        writer.close()
        writer.cleanup()


_TEMPLATE_EXAMPLE: dict[str, object] = {
    "full_name": "Nguyễn Thị Lan",
    "gender": GENDER_LABELS[Gender.FEMALE],
    "birth_date": "12/05/1985",
    "ethnicity": "Kinh",
    "national_id": "042185000123",
    "phone": "0912345678",
    "position": "Chủ tịch Hội LHPN xã",
    "workplace": "xã Hương Thủy",
    "economic_sector": SECTOR_LABELS[EconomicSector.STATE],
    "category": CATEGORY_LABELS[Category.EMULATION_SOLDIER],
    "province_commendations": 2,
    "note": None,
}


def _guide() -> list[tuple[str, str, str]]:
    """(column, required?, what is accepted) for the "Hướng dẫn" sheet."""

    def listing(labels: Mapping[E, str], aliases: Mapping[E, tuple[str, ...]]) -> str:
        lines = []
        for member, label in labels.items():
            more = aliases.get(member, ())
            lines.append(f"• {label}" + (f" (hoặc: {'; '.join(more)})" if more else ""))
        return "\n".join(lines)

    categories = []
    for member, label in CATEGORY_LABELS.items():
        more = _CATEGORY_ALIASES.get(member, ())
        kind = "điển hình" if member in EXEMPLARY else "khách mời, lãnh đạo"
        categories.append(f"• {label} [{kind}]" + (f" (hoặc: {'; '.join(more)})" if more else ""))
    optional, required = "Không", "Có"
    return [
        (HEADERS["row_number"], optional, "Số thứ tự; chỉ để theo dõi, hệ thống bỏ qua cột này."),
        (HEADERS["full_name"], required, f"Họ và tên đầy đủ, tối đa {MAX_LENGTHS['full_name']} ký tự."),
        (HEADERS["gender"], optional, listing(GENDER_LABELS, _GENDER_ALIASES)),
        (
            HEADERS["birth_date"],
            optional,
            "Ngày/tháng/năm, ví dụ 12/05/1985 (hoặc ô kiểu ngày của bảng tính, hoặc 1985-05-12).",
        ),
        (HEADERS["ethnicity"], optional, f"Ví dụ: Kinh, Thái, Mường…; tối đa {MAX_LENGTHS['ethnicity']} ký tự."),
        (
            HEADERS["national_id"],
            optional,
            "Đúng 12 chữ số. Nhập dạng văn bản để giữ số 0 ở đầu (Excel bỏ số 0 đầu của ô kiểu số).",
        ),
        (
            HEADERS["phone"],
            optional,
            "Số Việt Nam: di động 10 số (03, 05, 07, 08, 09…) hoặc cố định 11 số (02…); +84 được đọc là 0. "
            "Nhập dạng văn bản để giữ số 0 ở đầu.",
        ),
        (HEADERS["position"], optional, f"Tối đa {MAX_LENGTHS['position']} ký tự."),
        (HEADERS["workplace"], optional, f"Tối đa {MAX_LENGTHS['workplace']} ký tự."),
        (HEADERS["economic_sector"], optional, listing(SECTOR_LABELS, _SECTOR_ALIASES)),
        (
            HEADERS["category"],
            required,
            "\n".join(categories) + "\nĐại biểu điển hình phải chiếm ít nhất 70% tổng số đại biểu.",
        ),
        (HEADERS["province_commendations"], optional, "Số nguyên từ 0 trở lên; để trống là 0."),
        (HEADERS["note"], optional, f"Tối đa {MAX_LENGTHS['note']} ký tự."),
    ]


def template_xlsx() -> bytes:
    """The import template: a header row and one example delegate, then a "Hướng dẫn" sheet with
    each column's accepted values; drop-down lists (not enforced) for the labelled columns."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách đại biểu"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, (field, header) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS[field]
        if field in _TEXT_COLUMNS:
            sheet.column_dimensions[letter].number_format = "@"
        value = 1 if field == "row_number" else _TEMPLATE_EXAMPLE.get(field)
        example = sheet.cell(row=2, column=index, value=value)
        if field in _TEXT_COLUMNS:
            example.number_format = "@"
    sheet.freeze_panes = "A2"

    guide = workbook.create_sheet("Hướng dẫn")
    for index, title in enumerate(("Cột", "Bắt buộc", "Giá trị chấp nhận"), start=1):
        guide.cell(row=1, column=index, value=title).font = bold
    for row, entry in enumerate(_guide(), start=2):
        for index, value in enumerate(entry, start=1):
            guide.cell(row=row, column=index, value=value).alignment = wrap
    notes = (
        "Tiêu đề cột không phân biệt hoa thường, dấu và khoảng trắng (ví dụ “ho va ten” là “Họ và tên”).",
        "Dòng trống (hoặc chỉ có STT) được bỏ qua; cột không nhận ra sẽ được báo lại, không bị bỏ qua âm thầm.",
        "Lỗi được báo theo số dòng của bảng tính (dòng tiêu đề là dòng 1).",
    )
    for offset, note in enumerate(notes, start=len(COLUMNS) + 3):
        guide.cell(row=offset, column=1, value=note)
    guide.column_dimensions["A"].width = 26
    guide.column_dimensions["B"].width = 10
    guide.column_dimensions["C"].width = 90

    # Drop-down sources, to the right of the guide; the lists suggest, they do not refuse aliases.
    lists = (
        ("gender", "Giới tính", list(GENDER_LABELS.values())),
        ("economic_sector", "Thành phần kinh tế", list(SECTOR_LABELS.values())),
        ("category", "Thành phần đại biểu", list(CATEGORY_LABELS.values())),
    )
    fields = [field for field, _ in COLUMNS]
    for offset, (field, title, labels) in enumerate(lists):
        column = 5 + offset
        letter = get_column_letter(column)
        guide.cell(row=1, column=column, value=title).font = bold
        guide.column_dimensions[letter].width = 30
        for row, label in enumerate(labels, start=2):
            guide.cell(row=row, column=column, value=label)
        source = f"'Hướng dẫn'!${letter}$2:${letter}${len(labels) + 1}"
        validation = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
        target = get_column_letter(fields.index(field) + 1)
        validation.add(f"{target}2:{target}5000")
        sheet.add_data_validation(validation)

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Vietnamese collation
# ---------------------------------------------------------------------------------------------

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # Vietnamese order; f j w z at their Latin places
_LETTER_RANK = {letter: 10 + rank for rank, letter in enumerate(_ALPHABET)}
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# no tone 0 < huyền (grave) < hỏi (hook) < ngã (tilde) < sắc (acute) < nặng (dot below)
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

SortKey = tuple[tuple[int, ...], int, tuple[tuple[int, ...], ...], tuple[int, ...], str]


def _word_key(word: str) -> tuple[tuple[int, ...], int]:
    """A word's letters (by Vietnamese rank) and its tone (a syllable carries one)."""
    bases: list[str] = []
    tone = 0
    for ch in unicodedata.normalize("NFD", word.lower()):
        if not unicodedata.combining(ch):
            bases.append(ch)
        elif bases and (bases[-1], ch) in _MODIFIED:
            bases[-1] = _MODIFIED[(bases[-1], ch)]
        elif ch in _TONES and tone == 0:
            tone = _TONES[ch]
    return tuple(_char_rank(ch) for ch in bases), tone


def _char_rank(ch: str) -> int:
    if ch in "0123456789":
        return int(ch)
    return _LETTER_RANK.get(ch, 100 + ord(ch))


def vietnamese_sort_key(name: str) -> SortKey:
    """Sort people the Vietnamese way: by given name (the last word), then by the full name.

    Letters follow the Vietnamese alphabet — a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
    v x y (f j w z, absent from it, sit at their Latin places; digits come before letters, other
    characters after). Within equal letters the tone decides: no tone < huyền (à) < hỏi (ả) <
    ngã (ã) < sắc (á) < nặng (ạ). So An < Án < Anh < Ánh < Bình, and Dũng < Đức. Case is only the
    last tie-break. Input need not be NFC.
    """
    text = unicodedata.normalize("NFC", name).strip()
    words = [_word_key(word) for word in text.split()]
    given = words[-1] if words else ((), 0)
    return (
        given[0],
        given[1],
        tuple(letters for letters, _ in words),
        tuple(tone for _, tone in words),
        text,
    )
