"""Q1 and Q2 — how text, names, national IDs and phone numbers are read."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from api.domain.errors import DomainError

# C0 controls but tab and line breaks, DEL, and the C1 controls U+0080–U+009F.
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)}


# Control characters (NUL among them, C0 and C1) and lone surrogates, which no database stores.
_REFUSED = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_CONTROL)) + "\ud800-\udfff]")


def is_format_character(ch: str) -> bool:
    """Q1 — an invisible format character (Unicode category Cf): zero-width space and joiners,
    word joiner, soft hyphen, byte order mark, bidirectional controls, … Two names that differ
    only by one of them are the same name."""
    return unicodedata.category(ch) == "Cf"


@cache
def format_characters() -> tuple[str, ...]:
    """Every format character (Cf) in Unicode as this Python knows it, for SQL that removes them."""
    return tuple(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")


def _is_mark(ch: str) -> bool:
    """A nonspacing mark (Mn): the diacritics folding removes."""
    return unicodedata.category(ch) == "Mn"


class _CharacterClass:
    """The characters of a text for which ``test`` holds, each character tested once per
    process: a text made of characters already seen is answered by set operations alone."""

    _SEEN_MAX = 65_536  # bounds the memory a hostile text can make this hold

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._seen: set[str] = set()
        self._members: set[str] = set()  # a few hundred at most: Unicode has no more Cf, ~2,000 Mn

    def members_in(self, text: str) -> set[str]:
        chars = set(text)
        new = chars - self._seen
        if new:
            self._members.update(ch for ch in new if self._test(ch))  # members first: seen implies known
            if len(self._seen) < self._SEEN_MAX:
                self._seen.update(new)
        return chars & self._members


_FORMAT = _CharacterClass(is_format_character)
_MARKS = _CharacterClass(_is_mark)


def _without(value: str, chars: set[str]) -> str:
    return value.translate(dict.fromkeys(map(ord, chars))) if chars else value


def strip_format_characters(value: str) -> str:
    """Q1 — the text without its format characters (Cf)."""
    if value.isascii():
        return value
    return _without(value, _FORMAT.members_in(value))


_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[a-z0-9]+")


def normalize_text(value: str, *, multiline: bool = False) -> str:
    """Q1 — trim and NFC-normalize; control characters (NUL among them, C0 and C1) are refused;
    format characters (zero-width space, soft hyphen, word joiner, BOM, bidi controls, …) removed."""
    if _REFUSED.search(value):
        raise DomainError("validation_error", "Q1", reason="control_character")
    value = unicodedata.normalize("NFC", strip_format_characters(value)).strip()
    if not multiline:
        value = _SPACES.sub(" ", value)
    return value


def fold(value: str) -> str:
    """Q1 — the accent-insensitive form: no format characters, no diacritics, đ/Đ → d, lower
    case, single spaces."""
    value = strip_format_characters(value).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    stripped = decomposed if decomposed.isascii() else _without(decomposed, _MARKS.members_in(decomposed))
    # Recompose what had no marks to strip (Hangul, say), so a folded name is never longer.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped).lower()).strip()


def search_tokens(query: str) -> list[str]:
    """Q1 — the folded words of a search query (letters and digits only)."""
    return _TOKEN.findall(fold(query))


_NATIONAL_ID = re.compile(r"[0-9]{12}")
_PHONE = re.compile(r"0(3|5|7|8|9)[0-9]{8}|02[0-9]{9}")


def validate_national_id(value: str) -> str:
    """Q2 — a national ID (CCCD) is exactly 12 digits."""
    value = value.strip()
    if not _NATIONAL_ID.fullmatch(value):
        raise DomainError("validation_error", "Q2", reason="national_id")
    return value


def validate_phone(value: str) -> str:
    """Q2 — a Vietnamese number: mobile 0[35789]xxxxxxxx or landline 02xxxxxxxxx; +84 is read as 0."""
    compact = re.sub(r"[\s.\-()]", "", value)
    if compact.startswith("+84"):
        compact = "0" + compact[3:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "0" + compact[2:]
    if not _PHONE.fullmatch(compact):
        raise DomainError("validation_error", "Q2", reason="phone")
    return compact
