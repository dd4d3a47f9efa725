"""The message catalogue (api/messages.toml): every problem code and message has Vietnamese and
English, no entry is orphaned; and the answer's language is Babel's negotiation of Accept-Language,
Vietnamese by default, never an error."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.i18n import CATALOGUE_FILE, LANGUAGES, MESSAGES, negotiate, parse_messages
from api.problems import CATALOGUE, COMPLIANCE_MESSAGES, DETAILS, FIELD_MESSAGES, Problem, problem_body

RAW = tomllib.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
VI, EN = 0, 1


def test_every_problem_code_has_a_vietnamese_and_an_english_title_and_status() -> None:
    assert list(RAW["problem"]) == list(CATALOGUE)
    for code, entry in RAW["problem"].items():
        assert set(entry) == {"status", "vi", "en"}, code
        assert entry["vi"].strip(), code
        assert entry["en"].strip(), code
        assert entry["vi"] != entry["en"], code  # a title is translated, not copied
        assert 400 <= entry["status"] <= 599, code


@pytest.mark.parametrize("table", ["detail", "field", "compliance"])
def test_every_message_has_a_vietnamese_and_an_english_text(table: str) -> None:
    for key, entry in RAW[table].items():
        assert set(entry) == set(LANGUAGES), f"{table}.{key}"
        assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGUAGES), f"{table}.{key}"


def test_catalogue_has_no_orphan_entry() -> None:
    """Only the four tables the service reads; every detail belongs to a problem code; the
    service's dictionaries are the file's entries, no more, no fewer."""
    assert set(RAW) == {"problem", "detail", "field", "compliance"}
    assert {key.split(":")[0] for key in RAW["detail"]} <= set(RAW["problem"])
    assert DETAILS.keys() == RAW["detail"].keys()
    assert FIELD_MESSAGES.keys() == RAW["field"].keys()
    assert COMPLIANCE_MESSAGES.keys() == RAW["compliance"].keys()
    assert MESSAGES.problems is CATALOGUE


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ('[problem.x]\nstatus = 409\nvi = "Xung đột"\n[detail]\n[field]\n[compliance]\n', "exactly"),
        ('[problem]\n[detail."nope:reason"]\nvi = "a"\nen = "b"\n[field]\n[compliance]\n', "no problem code"),
        ('[problem]\n[detail]\n[field.k]\nvi = "a"\nen = " "\n[compliance]\n', "not blank"),
        ('[problem]\n[detail]\n[field.k]\nvi = "a"\nen = "b"\nfr = "c"\n[compliance]\n', "exactly"),
        ('[problem.x]\nstatus = 200\nvi = "a"\nen = "b"\n[detail]\n[field]\n[compliance]\n', "status"),
        ("[problem]\n[detail]\n[field]\n[compliance]\n[labels]\n", "tables"),
    ],
    ids=["english_missing", "orphan_detail", "blank", "third_language", "not_an_error_status", "unknown_table"],
)
def test_catalogue_refuses_a_message_without_both_languages_or_an_orphan(text: str, refused: str) -> None:
    """A broken catalogue stops the service at start, naming the entry, rather than answering
    with a missing message."""
    with pytest.raises(ValueError, match=refused):
        parse_messages(text)


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("en-US,en;q=0.9", EN),
        ("fr", VI),
        ("vi;q=0.1, en;q=0.5", EN),
        ("en", EN),
        ("EN-gb", EN),
        ("vi", VI),
        ("vi-VN,vi;q=0.9,en;q=0.8", VI),
        ("en;q=0.8, vi", VI),
        ("fr-FR, en;q=0.5", EN),
        ("en;q=0", VI),  # q=0: not acceptable
        ("en, vi", EN),  # equal q: the header's order
        ("vi, en", VI),
        ("*", VI),
        ("en_US", EN),  # a common misspelling of en-US
        ("", VI),
        (None, VI),
        ("en;q=not-a-number", VI),
        ("en;q=nan", VI),
        (";;;,,,q=,=;", VI),
        ("\x00\xff garbage \u1ec7", VI),
        ("english", VI),  # not a language tag of English
    ],
)
def test_language_negotiation(header: str | None, lang: int) -> None:
    assert negotiate(header) == lang


@given(st.text(max_size=200))
def test_language_negotiation_never_fails_on_garbage(header: str) -> None:
    assert negotiate(header) in (VI, EN)


class _Request:
    def __init__(self, accept_language: str) -> None:
        self.headers = {"accept-language": accept_language}
        self.state = None


@pytest.mark.parametrize(
    ("header", "title", "detail"),
    [
        ("fr", "Không tìm thấy", "Không tìm thấy tài nguyên được yêu cầu."),
        ("vi;q=0.1, en;q=0.5", "Not found", "The requested resource does not exist."),
        ("\x00;q=", "Không tìm thấy", "Không tìm thấy tài nguyên được yêu cầu."),
    ],
)
def test_problem_body_speaks_the_negotiated_language(header: str, title: str, detail: str) -> None:
    body = problem_body(Problem("not_found"), _Request(header))  # type: ignore[arg-type]
    assert (body["title"], body["detail"]) == (title, detail)
