"""The one Vietnamese order of people's names: the delegate list on screen and its exports.

Given name (the last word) first, then the whole name; letters in the Vietnamese alphabet's
order (a ă â b c d đ e ê … ), tones after the base letters. ``sort_key_text`` is the same order
as a string compared byte by byte, stored in ``delegates.sort_key`` (COLLATE "C"), so the
database keeps lists in this order and streams exports already sorted.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["SORT_KEY_MAX", "SortKey", "sort_key_text", "vietnamese_sort_key"]


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


@lru_cache(maxsize=8192)  # names share most of their words (Nguyễn, Thị, Văn, …): each is keyed once
def _word_key(word: str) -> tuple[tuple[int, ...], int]:
    """A word's letters (by Vietnamese rank) and its tone (a syllable carries one)."""
    if word.isascii():  # digits and unaccented words: nothing to decompose
        return tuple(_char_rank(ch) for ch in word.lower()), 0
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


SORT_KEY_MAX = 1000
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # ascending in ASCII


@lru_cache(maxsize=4096)  # the ranks of letters and tones: a few hundred values
def _b62(number: int, width: int = 4) -> str:
    out = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        out.append(_B62[digit])
    return "".join(reversed(out))


@lru_cache(maxsize=8192)
def _word_text(word: str) -> tuple[str, str]:
    """A word's letters as fixed-width base-62 ranks, and its tone as one base-62 digit."""
    letters, tone = _word_key(word)
    return "".join(_b62(r) for r in letters), _b62(tone, 1)


def sort_key_text(name: str) -> str:
    """``vietnamese_sort_key`` as a string that sorts the same way byte by byte (COLLATE "C"),
    so the database can keep lists in Vietnamese order: fixed-width base-62 ranks, a space
    closing each word (shorter words first), "!" closing the list of words."""
    text = unicodedata.normalize("NFC", name).strip()  # as vietnamese_sort_key reads it
    words = [_word_text(word) for word in text.split()]
    given_letters, given_tone = words[-1] if words else ("", _b62(0, 1))
    parts = [given_letters, " ", given_tone]
    parts += [letters + " " for letters, _ in words]
    parts += ["!", "".join(tone for _, tone in words), " ", text]
    # Capped so the index entry stays small; names that share the first 1,000 key characters
    # (over 100 letters of the given name) fall back to the id order.
    return "".join(parts)[:SORT_KEY_MAX]
