"""Lines of a document with their offsets, and where the navigation menu ends.

Shared by the classifier and the extractors (which come later in the pipeline). A navigation
menu is the run of short lines at the top of a page: "-" alone, "- Item", headings written
twice ("Structure" / "Structure") or glued to their teaser ("Qui sommes nous" /
"Qui sommes nousL'Organisation …"), and fixed lines in ``data/lang/<lang>/nav_lines.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_BULLETS = "•·▪◦*-–—"
_SHORT_HEADING_WORDS = 5
_NAV_ITEM_WORDS = 20
_MIN_NAV_LINES = 3


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its stripped text and ``[start, end)`` offsets in the document."""

    text: str
    start: int
    end: int
    indent: int
    bullet: str
    """The bullet that opened the line ("•", "-" …), or "" for none."""
    content: str
    """The text after the bullet."""
    content_start: int
    key: str
    """``content`` folded by :func:`simple_fold` (for matching labels and cues)."""
    words: int
    """Number of words of ``content``."""


def _fold_table() -> dict[int, str]:
    """Character map: Latin letters to their lower-case base letter, apostrophes to ``'``."""
    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x41, 0x5B)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFKD", chr(code))[:1].lower()
        if len(base) == 1 and base != chr(code):
            table[code] = base
    for char in "’‘ʼ´`":
        table[ord(char)] = "'"
    return table


_FOLD = _fold_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets carry over)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_FOLD)
    return lowered if lowered.isascii() else _NON_ASCII.sub(_fold_run, lowered)


def simple_fold(s: str) -> str:
    """Lower case without accents, curly apostrophes straightened, spaces collapsed."""
    return " ".join(fold_same_length(s).split())


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its offsets (content after any bullet)."""
    return list(_split_lines(text))


@lru_cache(maxsize=4)
def _split_lines(text: str) -> tuple[Line, ...]:
    """:func:`split_lines`, cached for the few documents in flight (classify, then extract)."""
    folded = fold_same_length(text)
    lines: list[Line] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            indent = len(body) - len(body.lstrip())
            start = position + indent
            bullet = ""
            content = stripped
            if stripped[0] in _BULLETS and (len(stripped) == 1 or stripped[1] in " \t\u00a0"):
                bullet = stripped[0]
                content = stripped[1:].strip()
            content_start = start + (stripped.find(content) if content else len(stripped))
            end = start + len(stripped)
            key_words = folded[content_start:end].split()
            lines.append(
                Line(
                    text=stripped,
                    start=start,
                    end=end,
                    indent=indent,
                    bullet=bullet,
                    content=content,
                    content_start=content_start,
                    key=" ".join(key_words),
                    words=len(key_words),
                )
            )
        position += len(raw)
    return tuple(lines)


@cache
def _nav_lines() -> frozenset[str]:
    """Fixed navigation lines of every language, folded."""
    found: set[str] = set()
    for lang in ("en", "fr", "es"):
        path = resources.files("return_atlas").joinpath("data", "lang", lang, "nav_lines.txt")
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    found.add(simple_fold(line))
    return frozenset(found)


def _glued(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with a teaser glued on without a space."""
    return (
        len(long) > len(short)
        and long[: len(short)].casefold() == short.casefold()
        and not long[len(short)].isspace()
        and (long[len(short)].isupper() or not long[len(short)].isalnum())
    )


def _short(line: Line) -> bool:
    return line.words + bool(line.bullet) <= _SHORT_HEADING_WORDS


def _is_nav(lines: list[Line], index: int) -> bool:
    """True when line ``index`` looks like part of a navigation menu."""
    line = lines[index]
    if line.text in ("-", "–") or line.key in _nav_lines():
        return True
    if line.bullet == "-" and line.words <= _NAV_ITEM_WORDS:
        return True
    previous = lines[index - 1].text if index > 0 else None
    following = lines[index + 1].text if index + 1 < len(lines) else None
    if _short(line) and (line.text in (previous, following)):
        return True
    if following is not None and _short(line) and _glued(line.text, following):
        return True
    return previous is not None and _short(lines[index - 1]) and _glued(previous, line.text)


def body_start(lines: list[Line]) -> int:
    """Index of the first line after the navigation menu at the top (0 when there is none)."""
    index = 0
    weight = 0
    while index < len(lines) and _is_nav(lines, index):
        line = lines[index]
        if line.key in _nav_lines():
            weight += _MIN_NAV_LINES
        elif line.text not in ("-", "–"):
            weight += 1
        index += 1
    return index if weight >= _MIN_NAV_LINES else 0


def is_menu_item(line: Line) -> bool:
    """True for a short "- Item" line (menus and link lists, wherever they are)."""
    return line.bullet == "-" and line.words <= _NAV_ITEM_WORDS
