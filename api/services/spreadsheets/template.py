"""The XLSX import template: the header row with data validation, and the "Hướng dẫn" sheet."""

from __future__ import annotations

import io
from collections.abc import Mapping

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped, unused-ignore]

from api.domain.delegates import EXEMPLARY, Category, EconomicSector, Gender
from api.services.spreadsheets.columns import (
    _CATEGORY_ALIASES,
    _DATE_FORMAT,
    _EXPECTED,
    _GENDER_ALIASES,
    _SECTOR_ALIASES,
    _WIDTHS,
    CATEGORY_LABELS,
    COLUMNS,
    GENDER_LABELS,
    HEADERS,
    INT_MAX,
    MAX_LENGTHS,
    SECTOR_LABELS,
    E,
)

_TEXT_COLUMNS = ("national_id", "phone")  # typed as text in the template: leading zeros stay


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
