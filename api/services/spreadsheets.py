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
from api.domain.collation import sort_key_text, vietnamese_sort_key
from api.domain.delegates import EXEMPLARY, Category, EconomicSector, Gender
from api.domain.errors import DomainError
from api.domain.labels import CATEGORY, GENDER, SECTOR
from api.domain.text import normalize_text, search_tokens, validate_national_id, validate_phone

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
    "export_csv",
    "export_rows",
    "export_xlsx",
    "read_csv",
    "read_import",
    "read_rows",
    "read_xlsx",
    "sort_key_text",
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


def _text_limit(field: str) -> tuple[str, str]:
    return f"văn bản, tối đa {MAX_LENGTHS[field]} ký tự", f"text of at most {MAX_LENGTHS[field]} characters"


# What each column holds, said to the officer who filled it in (import errors name it).
_EXPECTED: dict[str, tuple[str, str]] = {
    "full_name": (
        f"họ và tên đầy đủ, tối đa {MAX_LENGTHS['full_name']} ký tự",
        f"the full name, at most {MAX_LENGTHS['full_name']} characters",
    ),
    "gender": (
        "một trong: " + ", ".join(GENDER_LABELS.values()),
        "one of: " + ", ".join(GENDER_LABELS.values()),
    ),
    "birth_date": ("ngày dạng dd/mm/yyyy (ví dụ 12/05/1985)", "a date as dd/mm/yyyy (e.g. 12/05/1985)"),
    "ethnicity": _text_limit("ethnicity"),
    "national_id": (
        "đúng 12 chữ số, nhập dạng văn bản để giữ số 0 ở đầu",
        "exactly 12 digits, typed as text so that leading zeros stay",
    ),
    "phone": (
        "số điện thoại Việt Nam: 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 hoặc 11 chữ số bắt đầu bằng 02",
        "a Vietnamese phone number: 10 digits starting 03, 05, 07, 08, 09 or 11 digits starting 02",
    ),
    "position": _text_limit("position"),
    "workplace": _text_limit("workplace"),
    "economic_sector": (
        "một trong: " + ", ".join(SECTOR_LABELS.values()),
        "one of: " + ", ".join(SECTOR_LABELS.values()),
    ),
    "category": (
        "một trong: " + "; ".join(CATEGORY_LABELS.values()),
        "one of: " + "; ".join(CATEGORY_LABELS.values()),
    ),
    "province_commendations": ("số nguyên từ 0 trở lên (để trống là 0)", "a whole number ≥ 0 (empty is 0)"),
    "note": _text_limit("note"),
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

    def problem_error(self) -> tuple[str, str, str, dict[str, object]]:
        """The error as a problem's (field, code, message key, facts): the message names the
        Vietnamese column, the row and the format expected (``sheet_cell``); ``row``, ``column``,
        ``field`` and ``rule`` are data members too. A row-wide error keeps its own message."""
        facts: dict[str, object] = {"row": self.row, "field": self.field, "rule": self.rule}
        column = self.column
        if column is None:
            return f"rows.{self.row}.{self.field}", self.code, self.message_key, facts | self.ctx
        vi, en = self.expected
        facts |= {"column": column, "expected_vi": vi, "expected_en": en}
        return f"rows.{self.row}.{self.field}", self.code, "sheet_cell", facts

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
    return ParsedSheet(parsed, errors, unknown, [], from_table=False)


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
_TEXT_COLUMNS = ("national_id", "phone")  # typed as text in the template: leading zeros stay


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
    """``export_csv`` over rows that arrive in batches from the database: memory holds one batch.
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
    """``export_xlsx`` over rows that arrive in batches: the write-only sheet spools to disk."""
    out = _XlsxExport(title, origin)
    try:
        async for batch in batches:
            for delegate in batch:
                out.add(delegate)
    except BaseException:
        out.discard()
        raise
    for chunk in out.finish():
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


def export_csv(delegates: Iterable[Mapping[str, object]]) -> Iterator[bytes]:
    """UTF-8 with BOM (so Excel shows Vietnamese), CRLF rows, streamed in chunks of about 64 KiB."""
    line = io.StringIO()
    writer = csv.writer(line, lineterminator="\r\n")
    writer.writerow([header for _, header in COLUMNS])
    chunk = bytearray(("\ufeff" + line.getvalue()).encode())
    line.seek(0)
    line.truncate()
    for number, delegate in enumerate(delegates, start=1):
        writer.writerow(_csv_cells(_export_values(delegate, number)))
        chunk += line.getvalue().encode("utf-8")
        line.seek(0)
        line.truncate()
        if len(chunk) >= _CHUNK:
            yield bytes(chunk)
            chunk.clear()
    if chunk:
        yield bytes(chunk)


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

    def discard(self) -> None:
        _discard(self.sheet)

    def finish(self) -> Iterator[bytes]:
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL) as spool:
            self.workbook.save(spool)
            spool.seek(0)
            while chunk := spool.read(_CHUNK):
                yield chunk


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


def export_xlsx(
    delegates: Iterable[Mapping[str, object]], title: TitleBlock | None = None, *, origin: bool = False
) -> Iterator[bytes]:
    """A write-only workbook spooled to a temporary file (memory stays flat for 100,000 rows),
    yielded in 64 KiB chunks. Dates are date cells, counts numbers, everything else text. With
    ``title``, the conference's title block stands above the header row; with ``origin`` (the
    district conference's list, A10), a last column gives each delegate's ``origin_unit``."""
    out = _XlsxExport(title, origin)
    try:
        for delegate in delegates:
            out.add(delegate)
    except BaseException:
        out.discard()
        raise
    yield from out.finish()


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


TEMPLATE_ROWS = 5_000  # rows of the list sheet that carry the template's data validation


def template_xlsx() -> bytes:
    """The import template. The list sheet holds the header row only: importing the template
    unchanged reads no delegate (the import answers 422 ``sheet_empty``). Its cells check what
    they are given (data validation): dates as dd/mm/yyyy date cells, the national ID as
    12-character text (text format keeps leading zeros), counts as whole numbers ≥ 0, gender,
    sector and category from drop-down lists of the Vietnamese labels. The "Hướng dẫn" sheet
    lists each column's accepted values and shows a filled-in example row, never imported."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách đại biểu"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    fields = [field for field, _ in COLUMNS]
    for index, (field, header) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS[field]
        if field in _TEXT_COLUMNS:
            sheet.column_dimensions[letter].number_format = "@"
        elif field == "birth_date":
            sheet.column_dimensions[letter].number_format = _DATE_FORMAT
    sheet.freeze_panes = "A2"

    guide = workbook.create_sheet("Hướng dẫn")
    for index, title in enumerate(("Cột", "Bắt buộc", "Giá trị chấp nhận", "Ví dụ"), start=1):
        guide.cell(row=1, column=index, value=title).font = bold
    for row, (entry, field) in enumerate(zip(_guide(), fields, strict=True), start=2):
        example = 1 if field == "row_number" else _TEMPLATE_EXAMPLE.get(field)
        for index, value in enumerate((*entry, example), start=1):
            cell = guide.cell(row=row, column=index, value=value)
            cell.alignment = wrap
            if index == 4:
                cell.number_format = "@"
    notes = (
        "Nhập danh sách ở trang “Danh sách đại biểu”, từ dòng 2; cột “Ví dụ” ở trên chỉ để tham khảo, không được nhập.",
        "Tiêu đề cột không phân biệt hoa thường, dấu và khoảng trắng (ví dụ “ho va ten” là “Họ và tên”).",
        "Dòng trống (hoặc chỉ có STT) được bỏ qua; cột không nhận ra sẽ được báo lại, không bị bỏ qua âm thầm.",
        "Lỗi được báo theo số dòng của bảng tính (dòng tiêu đề là dòng 1) và tên cột.",
        "Nếu lưu dạng CSV, hãy chọn “CSV UTF-8 (Comma delimited)” để giữ tiếng Việt.",
    )
    for offset, note in enumerate(notes, start=len(COLUMNS) + 3):
        guide.cell(row=offset, column=1, value=note)
    guide.column_dimensions["A"].width = 26
    guide.column_dimensions["B"].width = 10
    guide.column_dimensions["C"].width = 90
    guide.column_dimensions["D"].width = 30

    def target(field: str) -> str:
        letter = get_column_letter(fields.index(field) + 1)
        return f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"

    def check(field: str, validation: DataValidation) -> None:
        vi, _ = _EXPECTED[field]
        validation.errorTitle = HEADERS[field]
        validation.error = f"Cần {vi}."
        validation.promptTitle = HEADERS[field]
        validation.prompt = f"Cần {vi}."[:255]
        validation.showInputMessage = True
        validation.add(target(field))
        sheet.add_data_validation(validation)

    # Drop-down sources, to the right of the guide. A value outside the list is warned about
    # (the import also reads the other spellings the guide lists).
    lists = (
        ("gender", list(GENDER_LABELS.values())),
        ("economic_sector", list(SECTOR_LABELS.values())),
        ("category", list(CATEGORY_LABELS.values())),
    )
    for offset, (field, labels) in enumerate(lists):
        letter = get_column_letter(6 + offset)
        guide.cell(row=1, column=6 + offset, value=HEADERS[field]).font = bold
        guide.column_dimensions[letter].width = 30
        for row, label in enumerate(labels, start=2):
            guide.cell(row=row, column=6 + offset, value=label)
        source = f"'Hướng dẫn'!${letter}$2:${letter}${len(labels) + 1}"
        check(field, DataValidation(type="list", formula1=source, allow_blank=True, errorStyle="warning"))
    check(
        "birth_date",
        DataValidation(
            type="date", operator="between", formula1="DATE(1900,1,1)", formula2="TODAY()", allow_blank=True
        ),
    )
    check("national_id", DataValidation(type="textLength", operator="equal", formula1="12", allow_blank=True))
    check(
        "province_commendations",
        DataValidation(type="whole", operator="between", formula1="0", formula2=str(INT_MAX), allow_blank=True),
    )

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
