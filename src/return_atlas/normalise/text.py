"""Text folding for matching: case, accents, apostrophes, dashes and whitespace."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`\u2032"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\t\n\r\x0b\x0c\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"


def _build_table() -> dict[int, str]:
    """One-to-one character map: lower case, no accents, one apostrophe, one dash, one space."""
    table: dict[int, str] = {}
    for code in list(range(0x20, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[:1]
        lowered = base.lower()
        folded = lowered if len(lowered) == 1 else base
        if folded != char:
            table[code] = folded
    for char in _APOSTROPHES:
        table[ord(char)] = "'"
    for char in _DASHES:
        table[ord(char)] = "-"
    for char in _SPACES:
        table[ord(char)] = " "
    return table


_TABLE = _build_table()
_ASCII_TABLE = {code: char for code, char in _TABLE.items() if code < 0x80}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


_SPACE_RUN = re.compile(r"\s+")
_TITLE_EDGES = re.compile(r"^[\s\-\u2013\u2014•·*>:;,.|]+|[\s\-\u2013\u2014•·*>:;,.|]+$")


def fold_same_length(s: str) -> str:
    """Fold ``s`` character by character (same length, so offsets carry over).

    Lower case, accents stripped, apostrophe variants to ``'``, dash variants to ``-``,
    every whitespace character to one space.
    """
    lowered = s.lower()
    if len(lowered) != len(s):  # a few letters lower-case to two characters
        return s.translate(_TABLE)
    if not lowered.isascii():
        lowered = _NON_ASCII.sub(_fold_run, lowered)
    return lowered.translate(_ASCII_TABLE)


def fold(s: str) -> str:
    """Casefold, strip accents, unify apostrophes and dashes, and collapse whitespace."""
    return _SPACE_RUN.sub(" ", fold_same_length(s)).strip()


def fold_key(s: str) -> str:
    """A matching key: :func:`fold` with hyphens read as spaces and dots dropped."""
    return _SPACE_RUN.sub(" ", fold_same_length(s).replace("-", " ").replace(".", "")).strip()


def clean_title(s: str) -> str:
    """Strip whitespace, bullets and leading/trailing punctuation from a title."""
    return _SPACE_RUN.sub(" ", _TITLE_EDGES.sub("", s))


def is_word_char(char: str) -> bool:
    """True for letters and digits (what a word boundary separates)."""
    return char.isalnum()
