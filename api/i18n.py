"""The service's two languages: its message catalogue (``api/messages.toml``) and the choice
between them from a request's Accept-Language, negotiated by Babel.

Vietnamese is the default: a request without the header, with a header that names neither
language (or says ``q=0`` of them), or with a header that cannot be read is answered in Vietnamese.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.core import negotiate_locale

LANGUAGES = ("vi", "en")  # a message pair's order; index 0 is the default
DEFAULT = 0
CATALOGUE_FILE = Path(__file__).with_name("messages.toml")

Pair = tuple[str, str]  # (Vietnamese, English)


@dataclass(frozen=True)
class Messages:
    """The catalogue, in the file's order: each problem code's HTTP status and title, the
    details of a problem (``code`` or ``code:reason``), one invalid field's messages and a
    conference's compliance items."""

    problems: dict[str, tuple[int, str, str]]
    details: dict[str, Pair]
    fields: dict[str, Pair]
    compliance: dict[str, Pair]


_TABLES = ("problem", "detail", "field", "compliance")


def _pair(where: str, entry: Any, extra: frozenset[str] = frozenset()) -> Pair:
    if not isinstance(entry, dict) or set(entry) != {*LANGUAGES, *extra}:
        raise ValueError(f"{where}: needs exactly {sorted({*LANGUAGES, *extra})}, has {sorted(entry)}")
    texts = tuple(entry[lang] for lang in LANGUAGES)
    if not all(isinstance(text, str) and text.strip() for text in texts):
        raise ValueError(f"{where}: a message in each language, not blank")
    return texts[0], texts[1]


def parse_messages(text: str) -> Messages:
    """The catalogue from its TOML text; refuses an entry without both languages, with a key it
    does not know, a detail of an unknown problem code, or a table it does not know."""
    data = tomllib.loads(text)
    if set(data) != set(_TABLES):
        raise ValueError(f"the catalogue's tables are {list(_TABLES)}, not {sorted(data)}")
    problems: dict[str, tuple[int, str, str]] = {}
    for code, entry in data["problem"].items():
        vi, en = _pair(f"problem.{code}", entry, frozenset({"status"}))
        status = entry["status"]
        if not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"problem.{code}: status must be an HTTP error status, not {status!r}")
        problems[code] = (status, vi, en)
    details = {key: _pair(f"detail.{key}", entry) for key, entry in data["detail"].items()}
    orphans = [key for key in details if key.split(":")[0] not in problems]
    if orphans:
        raise ValueError(f"details of no problem code: {orphans}")
    return Messages(
        problems=problems,
        details=details,
        fields={key: _pair(f"field.{key}", entry) for key, entry in data["field"].items()},
        compliance={key: _pair(f"compliance.{key}", entry) for key, entry in data["compliance"].items()},
    )


MESSAGES = parse_messages(CATALOGUE_FILE.read_text(encoding="utf-8"))


def _preferred(header: str) -> list[str]:
    """The language ranges of an Accept-Language header (RFC 9110 §12.5.4), most wanted first:
    by q-value, then in the header's order; a range with ``q=0`` or an unreadable q is not wanted."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, *params = (piece.strip() for piece in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and q > 0:  # NaN is not > 0 either
            ranked.append((-q, position, tag.replace("_", "-")))
    return [tag for _, _, tag in sorted(ranked)]


def negotiate(accept_language: str | None) -> int:
    """The language to answer in, as an index into a message pair: Babel's negotiation of the
    header's ranges (``en-US`` matches ``en``) against the two the service speaks; Vietnamese
    when none matches."""
    chosen = negotiate_locale(_preferred(accept_language or ""), LANGUAGES, sep="-", aliases={})
    return LANGUAGES.index(chosen.lower()) if chosen else DEFAULT
