"""Text folding for matching: case, accents, apostrophes, dashes and whitespace."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

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
_ASCII_PAIRS = tuple(
    (chr(code), char) for code, char in _ASCII_TABLE.items() if chr(code).lower() != char
)
"""ASCII characters that :func:`fold_same_length` still changes once the text is lower case."""


_ASCII_BYTES = bytes(range(0x80))


def alternation(words: Iterable[str], as_pattern: Callable[[str], str] = re.escape) -> str:
    """A regular-expression alternation of ``words``, longest first (so that "des" is tried
    before "de"), each written as a pattern by ``as_pattern``."""
    return "|".join(map(as_pattern, sorted(set(words), key=lambda w: (-len(w), w))))


def non_ascii_chars(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text`` (its UTF-8 bytes with ASCII ones dropped)."""
    utf8 = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(utf8.decode("utf-8", "surrogatepass"))


def _fold_non_ascii(lowered: str, table: dict[int, str]) -> str:
    """``lowered`` with each of its non-ASCII characters mapped by ``table``.

    ``str.translate`` looks every character up in a dict once a string is not ASCII; replacing
    the few distinct non-ASCII characters a text holds, one ``str.replace`` each, is much faster.
    """
    for char in non_ascii_chars(lowered):
        folded = table.get(ord(char))
        if folded is not None:
            lowered = lowered.replace(char, folded)
    return lowered


_SPACE_RUN = re.compile(r"\s+")
_TITLE_EDGES = re.compile(r"^[\s\-\u2013\u2014•·*>:;,.|]+|[\s\-\u2013\u2014•·*>:;,.|]+$")


_LONG = 1000
"""Texts this long are whole documents, folded by several stages: their folds are cached."""


def fold_same_length(s: str) -> str:
    """Fold ``s`` character by character (same length, so offsets carry over).

    Lower case, accents stripped, apostrophe variants to ``'``, dash variants to ``-``,
    every whitespace character to one space.
    """
    return _fold_document(s) if len(s) >= _LONG else _fold(s)


@lru_cache(maxsize=8)
def _fold_document(s: str) -> str:
    """:func:`_fold` of a whole document, cached for the few documents in flight."""
    return _fold(s)


def _fold(s: str) -> str:
    """:func:`fold_same_length`, uncached."""
    lowered = s.lower()
    if len(lowered) != len(s):  # a few letters lower-case to two characters
        return s.translate(_TABLE)
    if not lowered.isascii():
        lowered = _fold_non_ascii(lowered, _TABLE)
    for char, folded in _ASCII_PAIRS:  # what the table still changes in lower-case text
        if char in lowered:
            lowered = lowered.replace(char, folded)
    return lowered


def fold(s: str) -> str:
    """Casefold, strip accents, unify apostrophes and dashes, and collapse whitespace."""
    return _fold_short(s) if len(s) < _SHORT else _SPACE_RUN.sub(" ", fold_same_length(s)).strip()


_SHORT = 200
"""Texts this short are names and titles, folded again and again when drafts are compared."""


@lru_cache(maxsize=4096)
def _fold_short(s: str) -> str:
    """:func:`fold` of a short text, cached."""
    return _SPACE_RUN.sub(" ", _fold(s)).strip()


def fold_key(s: str) -> str:
    """A matching key: :func:`fold` with hyphens read as spaces and dots dropped."""
    return _SPACE_RUN.sub(" ", fold_same_length(s).replace("-", " ").replace(".", "")).strip()


_LAST_SPACE = 0x3000
"""No whitespace character comes after U+3000 (ideographic space); a test checks it."""
_TITLE_EDGE_CHARS = "".join(
    char for char in map(chr, range(_LAST_SPACE + 1)) if _TITLE_EDGES.fullmatch(char)
)
"""The characters :data:`_TITLE_EDGES` strips (every whitespace character among them)."""


def clean_title(s: str) -> str:
    """Strip whitespace, bullets and leading/trailing punctuation from a title."""
    return _SPACE_RUN.sub(" ", s.strip(_TITLE_EDGE_CHARS))


def is_word_char(char: str) -> bool:
    """True for letters and digits (what a word boundary separates)."""
    return char.isalnum()
