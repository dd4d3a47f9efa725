"""The sheet's columns: Vietnamese headers, the A5 labels (from api.domain.labels) and their other
spellings, matched after Q1 folding; what each cell should hold; column widths and the date format."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from api.domain.delegates import Category, EconomicSector, Gender
from api.domain.labels import CATEGORY, GENDER, SECTOR
from api.domain.text import search_tokens

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


@lru_cache(maxsize=4096)  # headers and labels repeat on every row of a sheet
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
