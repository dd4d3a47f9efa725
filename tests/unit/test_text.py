"""Q1 (normalisation, folding) and Q2 (national IDs, phone numbers) — pure domain."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.domain.errors import DomainError
from api.domain.text import (
    fold,
    normalize_text,
    search_tokens,
    strip_format_characters,
    validate_national_id,
    validate_phone,
)


def test_Q1_fold_strips_diacritics_and_lowercases() -> None:
    assert fold("Nguyễn Văn Hiệp") == "nguyen van hiep"


def test_Q1_fold_maps_d_stroke_to_d() -> None:
    assert fold("Điền Mỹ") == "dien my"
    assert fold("đường") == "duong"


def test_Q1_normalize_turns_nfd_into_nfc_and_trims() -> None:
    nfd = unicodedata.normalize("NFD", "  xã Hương   Thủy ")
    out = normalize_text(nfd)
    assert out == "xã Hương Thủy"
    assert unicodedata.is_normalized("NFC", out)


def test_Q1_normalize_refuses_nul_and_control_characters() -> None:
    with pytest.raises(DomainError) as err:
        normalize_text("abc\x00def")
    assert err.value.rule == "Q1"


def test_Q1_search_tokens_are_folded_words() -> None:
    assert search_tokens("Hương  THỦY!") == ["huong", "thuy"]


@given(st.text())
def test_Q1_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"))))  # Cf included: removed
def test_Q1_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_Q2_national_id_is_exactly_12_digits() -> None:
    assert validate_national_id("042095000123") == "042095000123"
    for bad in ("04209500012", "0420950001234", "04209500012a", ""):
        with pytest.raises(DomainError) as err:
            validate_national_id(bad)
        assert err.value.rule == "Q2"


@pytest.mark.parametrize(
    ("given_number", "stored"),
    [("0912 345 678", "0912345678"), ("+84912345678", "0912345678"), ("0239.3871.234", "02393871234")],
)
def test_Q2_vietnamese_phone_numbers_are_accepted(given_number: str, stored: str) -> None:
    assert validate_phone(given_number) == stored


@pytest.mark.parametrize("bad", ["12345", "0112345678", "+1 202 555 0101", "09123456789"])
def test_Q2_other_phone_numbers_are_refused(bad: str) -> None:
    with pytest.raises(DomainError):
        validate_phone(bad)


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202a", "\u202e", "\u2066", "\u2069"],
)
def test_Q1_format_characters_removed(invisible: str) -> None:
    name = f"Nguy{invisible}ễn Văn {invisible}Hiệp{invisible}"
    assert normalize_text(name) == "Nguyễn Văn Hiệp"
    assert fold(name) == "nguyen van hiep"
    assert normalize_text(f"a {invisible} b") == "a b"  # no double space left behind


@pytest.mark.parametrize("control", ["\x80", "\x85", "\x9f", "\x00", "\x1b", "\x7f"])
def test_Q1_c1_controls_refused(control: str) -> None:
    with pytest.raises(DomainError) as err:
        normalize_text(f"abc{control}def")
    assert (err.value.code, err.value.rule) == ("validation_error", "Q1")


def test_Q1_every_character_is_judged_by_its_unicode_category() -> None:
    """The memoized character classes and the control pattern agree with Unicode for all of it."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for start in range(0, len(everything), 4096):
        chunk = everything[start : start + 4096]
        assert strip_format_characters(chunk) == "".join(ch for ch in chunk if unicodedata.category(ch) != "Cf")
        decomposed = unicodedata.normalize("NFD", strip_format_characters(chunk).replace("đ", "d").replace("Đ", "D"))
        unmarked = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
        assert fold(chunk) == " ".join(unicodedata.normalize("NFC", unmarked).lower().split())
    controls = [chr(c) for c in range(0xA0) if unicodedata.category(chr(c)) == "Cc" and chr(c) not in "\t\n\r"]
    for ch in (*controls, "\ud800", "\udfff"):
        with pytest.raises(DomainError):
            normalize_text(f"a{ch}b")
    assert normalize_text("Nguyễn\tVăn\u200b An", multiline=False) == "Nguyễn Văn An"
    assert fold("Đặng Thị Ánh\u00ad") == "dang thi anh"
