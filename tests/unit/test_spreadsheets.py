"""Delegate spreadsheets (SPEC "Delegate spreadsheets"): Q1 folding of headers and labels, Q2 checks,
A5 labels, the spreadsheet's own row numbers, export ↔ import round trips, Vietnamese collation."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import unicodedata
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from api.domain.delegates import Category, EconomicSector, Gender
from api.problems import FIELD_MESSAGES
from api.services.spreadsheets import (
    CATEGORY_LABELS,
    COLUMNS,
    GENDER_LABELS,
    SECTOR_LABELS,
    ParsedSheet,
    RowError,
    TitleBlock,
    export_csv_stream,
    export_xlsx_stream,
    read_csv,
    read_rows,
    read_xlsx,
    template_xlsx,
    vietnamese_sort_key,
)

HEADERS = [header for _, header in COLUMNS]
LAN = {
    "full_name": "Nguyễn Thị Lan",
    "gender": Gender.FEMALE,
    "birth_date": dt.date(1985, 5, 12),
    "ethnicity": "Kinh",
    "national_id": "042185000123",
    "phone": "0912345678",
    "position": "Chủ tịch Hội LHPN xã",
    "workplace": "xã Hương Thủy",
    "economic_sector": EconomicSector.STATE,
    "category": Category.EMULATION_SOLDIER,
    "province_commendations": 2,
    "note": None,
}


async def _batches(rows: Sequence[Mapping[str, Any]], size: int) -> AsyncIterator[Sequence[Mapping[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _drain(stream: AsyncIterator[bytes]) -> list[bytes]:
    async def collect() -> list[bytes]:
        return [chunk async for chunk in stream]

    return asyncio.run(collect())


def export_csv(rows: Sequence[Mapping[str, Any]], *, batch: int = 500) -> list[bytes]:
    """The exports production streams, fed in batches as the database cursor feeds them."""
    return _drain(export_csv_stream(_batches(rows, batch)))


def export_xlsx(
    rows: Sequence[Mapping[str, Any]], title: TitleBlock | None = None, *, origin: bool = False
) -> list[bytes]:
    return _drain(export_xlsx_stream(_batches(rows, 500), title, origin=origin))


def xlsx(rows: list[list[Any]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(text: str, *, bom: bool = False) -> bytes:
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def keys(sheet: ParsedSheet) -> list[tuple[int, str, str]]:
    return [(e.row, e.field, e.message_key) for e in sheet.errors]


# --- template ----------------------------------------------------------------------------------


def test_template_imported_unchanged_creates_nothing() -> None:
    sheet = read_xlsx(template_xlsx())
    assert sheet.ok
    assert sheet.unknown_columns == []
    assert sheet.missing_columns == []
    assert sheet.rows == []
    assert sheet.empty  # the import answers 422 sheet_empty
    assert not read_rows([]).empty  # an empty JSON array is not a sheet


def test_template_example_sits_on_the_guide_sheet_and_reads_back() -> None:
    workbook = load_workbook(io.BytesIO(template_xlsx()))
    first, guide = workbook.worksheets
    assert first.max_row == 1  # only the header row on the list sheet
    assert guide.cell(row=1, column=4).value == "Ví dụ"
    example = [guide.cell(row=r, column=4).value for r in range(2, len(COLUMNS) + 2)]
    for index, value in enumerate(example, start=1):
        first.cell(row=2, column=index, value=value)
    out = io.BytesIO()
    workbook.save(out)
    sheet = read_xlsx(out.getvalue())
    assert sheet.ok, sheet.errors
    assert sheet.rows == [(2, LAN)]


def test_template_has_data_validation() -> None:
    first = load_workbook(io.BytesIO(template_xlsx())).worksheets[0]
    letter = {field: chr(ord("A") + n) for n, (field, _) in enumerate(COLUMNS)}
    by_column = {}
    for validation in first.data_validations.dataValidation:
        for ref in str(validation.sqref).split():
            by_column[ref[0]] = validation
            assert ref.endswith(":" + ref[0] + "5001")
    birth = by_column[letter["birth_date"]]
    assert (birth.type, birth.operator) == ("date", "between")
    assert first.column_dimensions[letter["birth_date"]].number_format == "DD/MM/YYYY"
    cccd = by_column[letter["national_id"]]
    assert (cccd.type, cccd.operator, cccd.formula1) == ("textLength", "equal", "12")
    assert first.column_dimensions[letter["national_id"]].number_format == "@"  # leading zeros stay
    assert first.column_dimensions[letter["phone"]].number_format == "@"
    count = by_column[letter["province_commendations"]]
    assert (count.type, count.formula1) == ("whole", "0")
    for field in ("gender", "category", "economic_sector"):
        assert by_column[letter[field]].type == "list"
        assert "Hướng dẫn" in by_column[letter[field]].formula1
    assert "dd/mm/yyyy" in birth.error
    assert "12 chữ số" in cccd.error
    guide = load_workbook(io.BytesIO(template_xlsx())).worksheets[1]
    gender_list = [guide.cell(row=r, column=6).value for r in (2, 3)]
    assert gender_list == list(GENDER_LABELS.values())
    categories = [guide.cell(row=r, column=8).value for r in range(2, len(CATEGORY_LABELS) + 2)]
    assert categories == list(CATEGORY_LABELS.values())


def test_template_has_bold_headers_and_a_guide_sheet() -> None:
    workbook = load_workbook(io.BytesIO(template_xlsx()))
    first, guide = workbook.worksheets
    assert [cell.value for cell in first[1]] == HEADERS
    assert all(cell.font.b for cell in first[1])
    assert first.column_dimensions["B"].width >= 20
    assert guide.title == "Hướng dẫn"
    listed = [guide.cell(row=r, column=1).value for r in range(2, len(COLUMNS) + 2)]
    assert listed == HEADERS
    guide_text = "\n".join(str(c.value) for row in guide.iter_rows() for c in row if c.value)
    for label in [*CATEGORY_LABELS.values(), *SECTOR_LABELS.values(), *GENDER_LABELS.values()]:
        assert label in guide_text


# --- CSV ---------------------------------------------------------------------------------------

CSV_ROWS = [
    ["1", "Nguyễn Văn An", "Nam", "01/02/1980", "Kinh", "042080000001", "0987654321", "", "", "Tư nhân", "Công nhân"],
    ["2", "Hồ Thị Bình", "Nữ", "1990-12-31", "Thái", "", "", "", "", "", "Khách mời"],
]


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_with_or_without_bom_comma_or_semicolon(bom: bool, delimiter: str) -> None:
    lines = [delimiter.join(HEADERS[:11]), *(delimiter.join(row) for row in CSV_ROWS)]
    sheet = read_csv(csv_bytes("\r\n".join(lines) + "\r\n", bom=bom))
    assert sheet.ok, sheet.errors
    assert [row for row, _ in sheet.rows] == [2, 3]
    an, binh = (values for _, values in sheet.rows)
    assert an["full_name"] == "Nguyễn Văn An"
    assert an["birth_date"] == dt.date(1980, 2, 1)
    assert an["category"] is Category.DIRECT_WORKER
    assert an["economic_sector"] is EconomicSector.PRIVATE
    assert binh["birth_date"] == dt.date(1990, 12, 31)
    assert binh["national_id"] is None
    assert binh["province_commendations"] == 0
    assert binh["category"] is Category.GUEST


def test_csv_semicolon_is_sniffed_even_when_cells_hold_commas() -> None:
    data = "Họ và tên;Thành phần đại biểu\r\nTrần Văn Cường;Người tốt, việc tốt\r\n"
    sheet = read_csv(data.encode())
    assert sheet.rows[0][1]["category"] is Category.GOOD_DEED


def test_csv_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(ValueError, match="encoding"):
        read_csv("Họ và tên,Thành phần đại biểu\r\nAn,Khách mời\r\n".encode("utf-16"))


def cp1258(text: str) -> bytes:
    """Text as Windows saves it in the Vietnamese code page: base letters with their
    circumflex, breve or horn precomposed (â, ă, ơ…), the tone as a combining mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            letter = base
            if marks and marks[0] in "\u0302\u0306\u031b":  # circumflex, breve, horn
                letter = unicodedata.normalize("NFC", base + marks.pop(0))
            out += (letter + "".join(marks)).encode("cp1258")
    return bytes(out)


def test_cp1258_csv_refused_or_read() -> None:
    text = "Họ và tên,Thành phần đại biểu\r\nNguyễn Thị Hường,Khách mời\r\nTrần Đức Thắng,Lãnh đạo\r\n"
    data = cp1258(text)
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == text  # a real cp1258 file
    with pytest.raises(ValueError, match="encoding"):  # refused whole, never read as mangled names
        read_csv(data)


def test_xlsx_that_is_not_a_workbook_is_refused() -> None:
    for junk in (b"", b"PK\x03\x04 not really", "Họ và tên".encode()):
        with pytest.raises(ValueError, match="xlsx"):
            read_xlsx(junk)


# --- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name_header", ["ho va ten", "HỌ VÀ TÊN", " Họ  và tên ", "Họ và tên (*)", "full_name"])
def test_Q1_folded_headers_are_recognized(name_header: str) -> None:
    sheet = read_csv(f"{name_header},THANH PHAN DAI BIEU,so cccd\r\nLê Văn Dũng,Lãnh đạo,042090000002\r\n".encode())
    assert sheet.ok
    assert sheet.unknown_columns == []
    assert sheet.rows == [(2, sheet.rows[0][1])]
    assert sheet.rows[0][1]["full_name"] == "Lê Văn Dũng"
    assert sheet.rows[0][1]["national_id"] == "042090000002"


def test_unknown_columns_are_reported_and_not_fatal() -> None:
    data = xlsx(
        [
            ["STT", "Họ và tên", "Quê quán", "Thành phần đại biểu", None, "Trình độ"],
            [1, "Phan Văn Em", "Hà Tĩnh", "Anh hùng", "lạc chỗ", None],
        ]
    )
    sheet = read_xlsx(data)
    assert sheet.ok
    assert sheet.unknown_columns == ["Quê quán", "Trình độ", "Cột E"]
    assert sheet.rows[0][1]["category"] is Category.HERO


def test_a_second_column_for_the_same_field_is_reported() -> None:
    sheet = read_csv("Họ và tên,Thành phần đại biểu,ho va ten\r\nAn,Khách mời,Bình\r\n".encode())
    assert sheet.unknown_columns == ["ho va ten"]
    assert sheet.rows[0][1]["full_name"] == "An"


def test_missing_required_columns_are_a_sheet_level_error() -> None:
    sheet = read_csv("Giới tính,Số CCCD\r\nNam,123\r\n".encode())
    assert sheet.missing_columns == ["Họ và tên", "Thành phần đại biểu"]
    assert not sheet.ok
    assert sheet.rows == []
    # the other problems are still listed, but not one "missing" per row
    assert keys(sheet) == [(2, "national_id", "Q2:national_id")]


def test_empty_file_misses_every_required_column() -> None:
    for sheet in (read_csv(b""), read_xlsx(xlsx([]))):
        assert sheet.missing_columns == ["Họ và tên", "Thành phần đại biểu"]
        assert sheet.rows == []


def test_title_rows_above_the_header_are_skipped_and_row_numbers_stay_the_sheets() -> None:
    data = xlsx(
        [
            ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"],
            [],
            HEADERS,
            [1, "Võ Thị Giang", "Nữ", None, None, None, None, None, None, None, "Chiến sĩ thi đua"],
        ]
    )
    sheet = read_xlsx(data)
    assert sheet.ok
    assert [row for row, _ in sheet.rows] == [4]


# --- rows --------------------------------------------------------------------------------------


def test_Q2_bad_cccd_row_reported_with_row_number() -> None:
    data = xlsx(
        [
            HEADERS,
            [1, "Nguyễn Văn An", "Nam", "01/01/1980", "Kinh", "042080000001", "", "", "", "", "Anh hùng"],
            [2, "Trần Văn Bảo", "Nam", "01/01/1981", "Kinh", "04208000000", "", "", "", "", "Anh hùng"],
            [],
            [4, "Lê Thị Cúc", "Nữ", "01/01/1982", "Kinh", "042082000003", "12345", "", "", "", "Anh hùng"],
            [5, "Đỗ Văn Dân", "Nam", "01/01/1983", "Kinh", "042083000004", "", "", "", "", "Anh hùng"],
        ]
    )
    sheet = read_xlsx(data)
    assert [row for row, _ in sheet.rows] == [2, 6]
    assert [(e.row, e.field, e.code, e.message_key, e.rule) for e in sheet.errors] == [
        (3, "national_id", "validation_error", "Q2:national_id", "Q2"),
        (5, "phone", "validation_error", "Q2:phone", "Q2"),
    ]


def test_every_error_of_every_row_is_collected() -> None:
    text = (
        "Họ và tên,Giới tính,Ngày sinh,Thành phần kinh tế,Thành phần đại biểu,"
        "Số lần được Chủ tịch UBND tỉnh khen thưởng\r\n"
        ",Nam,,,Khách mời,\r\n"
        "An,Ông,31/02/1980,Nhà nuoc,Thượng khách,-1\r\n"
        "Bình,nu,,kinh te tu nhan,,2.5\r\n"
    )
    sheet = read_csv(text.encode())
    assert keys(sheet) == [
        (2, "full_name", "missing"),
        (3, "gender", "enum"),
        (3, "birth_date", "date_parsing"),
        (3, "category", "enum"),
        (3, "province_commendations", "greater_than_equal"),
        (4, "category", "missing"),
        (4, "province_commendations", "int_parsing"),
    ]
    assert sheet.rows == []
    assert all(e.message_key in FIELD_MESSAGES for e in sheet.errors)
    assert [e.rule for e in sheet.errors if e.field == "category"] == ["A5", None]


def test_row_error_carries_the_message_context() -> None:
    too_long = RowError(2, "full_name", "validation_error", "string_too_long")
    assert too_long.ctx == {"max_length": 255}
    assert RowError(2, "category", "validation_error", "enum", "A5").ctx["expected"].startswith("Anh hùng")


def test_text_limits_and_Q1_normalization() -> None:
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn  Hiệp ")
    records: list[dict[str, object]] = [
        {"full_name": nfd, "category": "leader", "note": "dòng 1\ndòng 2"},
        {"full_name": "x" * 256, "category": "leader", "ethnicity": "y" * 65},
        {"full_name": "An\x00", "category": "leader"},
    ]
    sheet = read_rows(records)
    assert sheet.rows[0][1]["full_name"] == "Nguyễn Văn Hiệp"
    assert unicodedata.is_normalized("NFC", str(sheet.rows[0][1]["full_name"]))
    assert sheet.rows[0][1]["note"] == "dòng 1\ndòng 2"
    assert keys(sheet) == [
        (2, "full_name", "string_too_long"),
        (2, "ethnicity", "string_too_long"),
        (3, "full_name", "Q1:control_character"),
    ]
    assert sheet.errors[-1].rule == "Q1"


def test_empty_rows_and_rows_with_only_stt_are_skipped() -> None:
    data = xlsx(
        [
            HEADERS,
            [1, "An", None, None, None, None, None, None, None, None, "Khách mời"],
            [2],
            [None, "  "],
            [4, "Bình", None, None, None, None, None, None, None, None, "Lãnh đạo"],
        ]
    )
    sheet = read_xlsx(data)
    assert sheet.ok
    assert [row for row, _ in sheet.rows] == [2, 5]


# --- cells -------------------------------------------------------------------------------------


def test_spreadsheet_date_cells_and_ddmmyyyy_text() -> None:
    rows: list[list[Any]] = [["Họ và tên", "Ngày sinh", "Thành phần đại biểu"]]
    given_dates: list[Any] = [
        dt.date(1985, 5, 12),
        dt.datetime(1985, 5, 12, 0, 0),
        "12/05/1985",
        "12/5/1985",
        "12-05-1985",
        "12.05.1985",
        "1985-05-12",
    ]
    rows += [[f"Người {i}", value, "Khách mời"] for i, value in enumerate(given_dates)]
    rows.append(["Sai", "05/1985", "Khách mời"])
    rows.append(["Số", 31179, "Khách mời"])  # a serial without a date format is not guessed
    sheet = read_xlsx(xlsx(rows))
    assert [values["birth_date"] for _, values in sheet.rows] == [dt.date(1985, 5, 12)] * len(given_dates)
    assert keys(sheet) == [(9, "birth_date", "date_parsing"), (10, "birth_date", "date_parsing")]


def test_Q2_numeric_cells_are_not_guessed() -> None:
    data = xlsx(
        [
            ["Họ và tên", "Số CCCD", "Số điện thoại", "Thành phần đại biểu"],
            ["Mất số 0", 42095000123, None, "Khách mời"],
            ["Số thực", 42095000123.0, 912345678, "Khách mời"],
            ["Đủ 12 số", 142095000123.0, None, "Khách mời"],
            ["Điện thoại bàn", None, "0239 3871 234", "Khách mời"],
        ]
    )
    sheet = read_xlsx(data)
    assert keys(sheet) == [
        (2, "national_id", "Q2:national_id"),
        (3, "national_id", "Q2:national_id"),
        (3, "phone", "Q2:phone"),
    ]
    assert [values["national_id"] for _, values in sheet.rows] == ["142095000123", None]
    assert sheet.rows[1][1]["phone"] == "02393871234"


def test_bools_formulas_and_error_cells_never_raise() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Chức vụ", "Thành phần đại biểu", "Số lần được Chủ tịch UBND tỉnh khen thưởng"])
    sheet.append([True, "=1+1", "Khách mời", True])  # a formula without a cached value reads as empty
    sheet.append(["Hậu", 3.5, "Khách mời", 2.0])
    sheet["A4"] = "Ích"
    sheet["B4"] = "#N/A"
    sheet["B4"].data_type = "e"
    sheet["C4"] = "Khách mời"
    out = io.BytesIO()
    workbook.save(out)
    parsed = read_xlsx(out.getvalue())
    assert keys(parsed) == [
        (2, "full_name", "value_error"),
        (2, "province_commendations", "int_parsing"),
        (4, "position", "value_error"),
    ]
    assert parsed.rows == [(3, parsed.rows[0][1])]
    assert parsed.rows[0][1]["position"] == "3.5"
    assert parsed.rows[0][1]["province_commendations"] == 2


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("Anh hùng", Category.HERO),
        ("chien si thi dua", Category.EMULATION_SOLDIER),
        ("CHIẾN SỸ THI ĐUA", Category.EMULATION_SOLDIER),
        ("emulation_soldier", Category.EMULATION_SOLDIER),
        ("Gương điển hình tiên tiến, tiêu biểu", Category.EXEMPLAR),
        ("dien hinh tien tien", Category.EXEMPLAR),
        ("Điển hình học tập và làm theo Bác", Category.HCM_EXEMPLAR),
        ("Điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", Category.HCM_EXEMPLAR),
        ("Nông dân", Category.DIRECT_WORKER),
        ("cong nhan", Category.DIRECT_WORKER),
        ("Công nhân, nông dân, người trực tiếp sản xuất, công tác", Category.DIRECT_WORKER),
        ("Gương người tốt, việc tốt", Category.GOOD_DEED),
        ("nguoi tot viec tot", Category.GOOD_DEED),
        ("Được Chủ tịch UBND tỉnh khen thưởng", Category.PROVINCE_COMMENDED),
        ("  đại  biểu khách mời ", Category.GUEST),
        ("Lãnh đạo các cấp, các ngành", Category.LEADER),
        ("leader", Category.LEADER),
    ],
)
def test_A5_category_labels_match_after_folding(label: str, category: Category) -> None:
    sheet = read_rows([{"Họ và tên": "An", "Thành phần đại biểu": label}])
    assert sheet.rows[0][1]["category"] is category


def test_A5_every_category_sector_and_gender_has_a_label_read_back_as_itself() -> None:
    assert set(CATEGORY_LABELS) == set(Category)
    assert set(SECTOR_LABELS) == set(EconomicSector)
    assert set(GENDER_LABELS) == set(Gender)
    records: list[dict[str, object]] = [
        {"full_name": "An", "category": label, "economic_sector": SECTOR_LABELS[sector], "gender": "Nữ"}
        for label, sector in zip(CATEGORY_LABELS.values(), [*SECTOR_LABELS] * 2, strict=False)
    ]
    sheet = read_rows(records)
    assert [values["category"] for _, values in sheet.rows] == list(CATEGORY_LABELS)


def test_A6_sector_and_gender_labels() -> None:
    sheet = read_rows(
        [
            {"full_name": "A", "category": "guest", "gender": "nam", "economic_sector": "co von dau tu nuoc ngoai"},
            {"full_name": "B", "category": "guest", "gender": "NỮ", "economic_sector": "Kinh tế tập thể"},
            {"full_name": "C", "category": "guest", "gender": "female", "economic_sector": "other"},
        ]
    )
    assert [(v["gender"], v["economic_sector"]) for _, v in sheet.rows] == [
        (Gender.MALE, EconomicSector.FOREIGN_INVESTED),
        (Gender.FEMALE, EconomicSector.COLLECTIVE),
        (Gender.FEMALE, EconomicSector.OTHER),
    ]


# --- JSON rows ---------------------------------------------------------------------------------


def test_read_rows_by_field_names_or_headers_with_array_positions() -> None:
    sheet = read_rows(
        [
            {"full_name": "An", "category": "guest", "birth_date": "1980-01-02", "province_commendations": 3},
            {"Họ và tên": "Bình", "thanh phan dai bieu": "Khách mời", "Ngày sinh": "02/01/1980", "STT": 7},
            {"full_name": "Cường", "category": "guest", "national_id": "123", "extra": 1},
            "not an object",  # type: ignore[list-item]
        ]
    )
    assert [row for row, _ in sheet.rows] == [1, 2]
    assert sheet.rows[0][1]["province_commendations"] == 3
    assert sheet.rows[1][1]["birth_date"] == dt.date(1980, 1, 2)
    assert keys(sheet) == [(3, "national_id", "Q2:national_id"), (4, "row", "dict_type")]
    assert sheet.unknown_columns == ["extra"]
    assert sheet.missing_columns == []


def test_read_rows_reports_a_missing_required_field_per_row() -> None:
    sheet = read_rows([{"full_name": "An"}, {"category": "guest"}])
    assert keys(sheet) == [(1, "category", "missing"), (2, "full_name", "missing")]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
json_keys = st.sampled_from([f for f, _ in COLUMNS] + HEADERS + ["ho va ten", "x", ""]) | st.text(max_size=10)
json_records = st.lists(st.dictionaries(json_keys, json_values, max_size=8) | json_values, max_size=5)


@settings(max_examples=300, deadline=None)
@given(json_records)
def test_Q3_read_rows_never_raises_on_arbitrary_json(records: list[Any]) -> None:
    sheet = read_rows(records)
    assert len(sheet.rows) + len({e.row for e in sheet.errors}) == len(records)
    assert all(e.message_key in FIELD_MESSAGES for e in sheet.errors)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=6), max_size=5), st.sampled_from([",", ";"]))
def test_Q3_read_csv_never_raises_on_arbitrary_cells(rows: list[list[str]], delimiter: str) -> None:
    lines = [delimiter.join(HEADERS[1:4] + HEADERS[10:11])] + [delimiter.join(row) for row in rows]
    sheet = read_csv("\n".join(lines).encode("utf-8", "surrogatepass"))
    assert all(e.message_key in FIELD_MESSAGES for e in sheet.errors)


# --- export ------------------------------------------------------------------------------------

DELEGATES: list[dict[str, object]] = [
    LAN,
    {
        "id": "ignored",
        "full_name": '=HYPERLINK("http://x")',
        "gender": "male",
        "birth_date": "1979-03-04",
        "ethnicity": "Mường",
        "national_id": None,
        "phone": "02393871234",
        "position": "-Phó Chủ tịch",
        "workplace": "+ UBND huyện",
        "economic_sector": "other",
        "category": "guest",
        "province_commendations": 0,
        "note": 'dòng 1\ndòng 2, có dấu phẩy; và "ngoặc"',
    },
    {"full_name": "Đinh Văn Khoa", "category": Category.LEADER},
]


def expected_back() -> list[dict[str, object]]:
    second = dict(DELEGATES[1])
    del second["id"]
    second.update(
        gender=Gender.MALE,
        birth_date=dt.date(1979, 3, 4),
        economic_sector=EconomicSector.OTHER,
        category=Category.GUEST,
    )
    third = {field: None for field, _ in COLUMNS[1:]} | {
        "full_name": "Đinh Văn Khoa",
        "category": Category.LEADER,
        "province_commendations": 0,
    }
    return [LAN, second, third]


def test_export_rows_are_display_strings() -> None:
    rows = list(csv.reader(io.StringIO(b"".join(export_csv(DELEGATES)).decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    assert rows[1] == [
        "1",
        "Nguyễn Thị Lan",
        "Nữ",
        "12/05/1985",
        "Kinh",
        '="042185000123"',  # Excel keeps the leading zero
        '="0912345678"',
        "Chủ tịch Hội LHPN xã",
        "xã Hương Thủy",
        "Nhà nước",
        "Chiến sĩ thi đua",
        "2",
        "",
    ]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3"]
    assert rows[2][10] == "Khách mời"
    assert rows[3][11] == "0"


def test_export_csv_reads_back_the_same_data() -> None:
    data = b"".join(export_csv(DELEGATES))
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"'=HYPERLINK" in data  # Excel must not run it as a formula
    sheet = read_csv(data)
    assert sheet.ok, sheet.errors
    assert [values for _, values in sheet.rows] == expected_back()
    assert [row for row, _ in sheet.rows] == [2, 3, 4]


def test_export_xlsx_reads_back_the_same_data() -> None:
    data = b"".join(export_xlsx(DELEGATES))
    sheet = read_xlsx(data)
    assert sheet.ok, sheet.errors
    assert [values for _, values in sheet.rows] == expected_back()
    cells = load_workbook(io.BytesIO(data)).worksheets[0]
    assert cells["B3"].data_type == "s"  # text, not a formula
    assert cells["D2"].is_date
    assert cells["B1"].font.b


def test_exports_stream_in_64k_chunks() -> None:
    many = [dict(LAN, full_name=f"Người số {i}", note="ghi chú " * 20) for i in range(2_000)]
    csv_chunks = export_csv(many, batch=200)  # a chunk per batch of the database cursor
    assert len(csv_chunks) > 2
    assert all(len(chunk) < 70 * 1024 for chunk in csv_chunks)
    assert csv_chunks[0].startswith(b"\xef\xbb\xbf")
    assert not any(chunk.startswith(b"\xef\xbb\xbf") for chunk in csv_chunks[1:])
    assert len(read_csv(b"".join(csv_chunks)).rows) == 2_000
    xlsx_chunks = list(export_xlsx(many))
    assert all(len(chunk) <= 64 * 1024 for chunk in xlsx_chunks)
    assert len(read_xlsx(b"".join(xlsx_chunks)).rows) == 2_000


def test_export_of_nothing_is_just_the_header() -> None:
    assert read_csv(b"".join(export_csv([]))) == ParsedSheet([], [], [], [])
    assert read_xlsx(b"".join(export_xlsx([]))) == ParsedSheet([], [], [], [])


# --- Vietnamese collation ----------------------------------------------------------------------


def test_vietnamese_sort_orders_by_given_name_first() -> None:
    names = ["Phạm Đức", "Lê Văn Bình", "Trần Thị Ánh", "Nguyễn Văn An"]
    assert sorted(names, key=vietnamese_sort_key) == ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Phạm Đức"]


def test_vietnamese_sort_d_stroke_after_d() -> None:
    assert sorted(["Phạm Đức", "Hoàng Dũng"], key=vietnamese_sort_key) == ["Hoàng Dũng", "Phạm Đức"]
    assert vietnamese_sort_key("Dương") < vietnamese_sort_key("Đào")


def test_vietnamese_sort_letters_then_tones() -> None:
    order = ["An", "Án", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Cúc", "Dũng", "Đức", "Em", "Êm", "Giang", "Yến"]
    assert sorted(reversed(order), key=vietnamese_sort_key) == order
    tones = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]  # no tone < huyền < hỏi < ngã < sắc < nặng
    assert sorted(reversed(tones), key=vietnamese_sort_key) == tones
    assert sorted(["Hồ Ơn", "Hồ Ôn", "Hồ On"], key=vietnamese_sort_key) == ["Hồ On", "Hồ Ôn", "Hồ Ơn"]
    assert sorted(["Vũ Ưng", "Vũ Ung"], key=vietnamese_sort_key) == ["Vũ Ung", "Vũ Ưng"]


def test_vietnamese_sort_same_given_name_then_full_name_and_tone_position_does_not_matter() -> None:
    assert sorted(["Trần Văn An", "Lê Thị An", "Lê An"], key=vietnamese_sort_key) == [
        "Lê An",
        "Lê Thị An",
        "Trần Văn An",
    ]
    # old (hoà) and new (hòa) tone placement are the same word; huyền still sorts before sắc
    assert vietnamese_sort_key("Hoà")[:2] == vietnamese_sort_key("Hòa")[:2]
    assert vietnamese_sort_key("Hoà") < vietnamese_sort_key("Hoá")
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Hiệp")
    assert vietnamese_sort_key(nfd) == vietnamese_sort_key("Nguyễn Văn Hiệp")
    assert vietnamese_sort_key("") < vietnamese_sort_key("An")


# --- issue 12: what officers read and what Excel shows ----------------------------------------


def test_import_errors_name_the_vietnamese_column_and_format() -> None:
    from api.problems import Problem, problem_body

    data = (
        "STT,Họ và tên,Ngày sinh,Số CCCD,Thành phần đại biểu,Số lần được Chủ tịch UBND tỉnh khen thưởng\r\n"
        "1,Lê Văn A,31/02/1980,12345,Khách mời,-1\r\n"
        "2,,01/01/1980,,Không biết,\r\n"
    )
    sheet = read_csv(data.encode())
    errors = [e.problem_error() for e in sheet.errors]
    body = problem_body(Problem("validation_error", errors=errors), None)
    by_field = {e["field"]: e for e in body["errors"]}
    birth = by_field["rows.2.birth_date"]
    assert birth["message"] == 'Lỗi ở cột "Ngày sinh", dòng 2: cần ngày dạng dd/mm/yyyy (ví dụ 12/05/1985).'
    assert (birth["row"], birth["column"]) == (2, "Ngày sinh")
    cccd = by_field["rows.2.national_id"]
    assert cccd["message"].startswith('Lỗi ở cột "Số CCCD", dòng 2: cần đúng 12 chữ số')
    assert (cccd["column"], cccd["rule"]) == ("Số CCCD", "Q2")
    assert by_field["rows.2.province_commendations"]["message"].startswith(
        'Lỗi ở cột "Số lần được Chủ tịch UBND tỉnh khen thưởng", dòng 2: cần số nguyên từ 0'
    )
    name = by_field["rows.3.full_name"]
    assert name["message"].startswith('Lỗi ở cột "Họ và tên", dòng 3: bắt buộc')
    category = by_field["rows.3.category"]
    assert category["message"].startswith('Lỗi ở cột "Thành phần đại biểu", dòng 3: cần một trong: Anh hùng')
    assert category["rule"] == "A5"
    for error in body["errors"]:  # never an API field name or a rule code alone, never a placeholder
        assert "{" not in error["message"]
        assert error["column"] in error["message"]
        assert "_" not in error["message"]

    class English:  # Accept-Language: en
        headers = {"accept-language": "en"}
        state = None

    english = problem_body(Problem("validation_error", errors=errors), English())  # type: ignore[arg-type]
    assert (
        english["errors"][0]["message"]
        == 'Error in column "Ngày sinh", row 2: expected a date as dd/mm/yyyy (e.g. 12/05/1985).'
    )


def test_csv_export_keeps_leading_zeros() -> None:
    data = b"".join(export_csv(DELEGATES))
    lines = data.decode("utf-8-sig").splitlines()
    # Excel shows ="042185000123" as the text 042185000123 (a bare 042185000123 would lose its 0)
    assert '"=""042185000123"""' in lines[1]
    assert '"=""0912345678"""' in lines[1]
    back = read_csv(data)
    assert back.rows[0][1]["national_id"] == "042185000123"
    assert back.rows[0][1]["phone"] == "0912345678"
    assert b"'=HYPERLINK" in data  # other formula-like text is still neutralized


def test_xlsx_export_has_title_block_and_origin_unit() -> None:
    from api.services.spreadsheets import ORIGIN_HEADER

    title = TitleBlock(
        unit="Huyện Hương Khê",
        lines=[
            "Hội nghị điển hình tiên tiến Huyện Hương Khê",
            "Lần thứ V (2020 - 2025)",
            "Hương Khê, ngày 05 tháng 3 năm 2025",
        ],
        exported_on=dt.date(2025, 3, 1),
    )
    rows = [
        dict(d, origin_unit=origin) for d, origin in zip(DELEGATES, ["xã Gia Phố", "xã Hương Trà", None], strict=True)
    ]
    data = b"".join(export_xlsx(rows, title, origin=True))
    cells = load_workbook(io.BytesIO(data)).worksheets[0]
    column_a = [row[0] for row in cells.iter_rows(min_row=1, max_row=8, values_only=True)]
    assert column_a[:6] == [
        "HUYỆN HƯƠNG KHÊ",
        *title.lines,
        "DANH SÁCH ĐẠI BIỂU",
        "Xuất ngày 01/03/2025",
    ]
    assert cells["A2"].font.b
    assert column_a[6] is None
    header = [c.value for c in cells[8]]
    assert header == [*HEADERS, ORIGIN_HEADER]
    assert [c.value for c in cells["N"][8:11]] == ["xã Gia Phố", "xã Hương Trà", None]
    assert cells.freeze_panes == "A9"
    sheet = read_xlsx(data)  # the title block is skipped on a re-import, row numbers stay the sheet's
    assert sheet.ok, sheet.errors
    assert [row for row, _ in sheet.rows] == [9, 10, 11]
    assert [values for _, values in sheet.rows] == expected_back()
    assert sheet.unknown_columns == [ORIGIN_HEADER]
    plain = load_workbook(io.BytesIO(b"".join(export_xlsx(DELEGATES)))).worksheets[0]
    assert [c.value for c in plain[1]] == HEADERS  # no title, no origin column


@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÁÀẢÃẠẤẦẨẪẬỨỪỬỮỰéèẻẽẹ -", max_size=12), max_size=8))
@settings(max_examples=200, deadline=None)
def test_stored_sort_key_orders_like_the_domain_order(names: list[str]) -> None:
    from api.domain.collation import sort_key_text

    names = [" ".join(n.split()) for n in names]  # stored names are Q1-normalized
    by_stored_key = sorted(names, key=lambda n: sort_key_text(n).encode())
    assert [vietnamese_sort_key(n) for n in by_stored_key] == sorted(map(vietnamese_sort_key, names))
