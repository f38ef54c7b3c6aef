"""Lines of a document with their offsets, and where the navigation menu ends.

Shared by the classifier and the extractors (which come later in the pipeline). A navigation
menu is the run of short lines at the top of a page: "-" alone, "- Item", headings written
twice ("Structure" / "Structure") or glued to their teaser ("Qui sommes nous" /
"Qui sommes nousL'Organisation …"), and fixed lines in ``data/lang/<lang>/nav_lines.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import add, itemgetter
from typing import NamedTuple

BULLETS = "•·▪◦*-–—"
"""The marks that open a bulleted line ("• Budget", "- Item")."""
_BULLET_SET = frozenset(BULLETS)
_FIRST = itemgetter(0)
_SHORT_HEADING_WORDS = 5
_NAV_ITEM_WORDS = 20
_MIN_NAV_LINES = 3


class Line(NamedTuple):
    """One non-blank line: its stripped text and ``[start, end)`` offsets in the document.

    A named tuple: a document has many lines and a tuple is made fastest.
    """

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
PUBLISHED = re.compile(r"\s*date (\d{4}(?:-\d\d){0,2})\s+")
"""A lower-case "date" and an ISO date opening a page's text: the day the page was published,
which the store's copy of a page gives before its text (" date 2019-12-06 Geneva – …")."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CHAINED = frozenset(
    chr(code) for code, char in _FOLD.items() if _FOLD.get(ord(char), char) != char
)
"""Characters folded to a character that folds again ("ŉ" → "ʼ"): replacing them one by one
would fold twice."""


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


_ASCII_BYTES = bytes(range(0x80))


def non_ascii_chars(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text`` (its UTF-8 bytes with ASCII ones dropped)."""
    utf8 = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(utf8.decode("utf-8", "surrogatepass"))


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one (offsets carry over)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_FOLD)
    if lowered.isascii():
        return lowered
    chars = non_ascii_chars(lowered)
    if not chars.isdisjoint(_CHAINED):
        return _NON_ASCII.sub(_fold_run, lowered)
    # One str.replace per distinct non-ASCII character: far faster than translate on such text.
    for char in chars:
        folded = _FOLD.get(ord(char))
        if folded is not None:
            lowered = lowered.replace(char, folded)
    return lowered


def simple_fold(s: str) -> str:
    """Lower case without accents, curly apostrophes straightened, spaces collapsed."""
    return " ".join(fold_same_length(s).split())


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its offsets (content after any bullet)."""
    return list(_split_lines(text))


@lru_cache(maxsize=4)
def _split_lines(text: str) -> tuple[Line, ...]:
    """:func:`split_lines`, cached for the few documents in flight (classify, then extract)."""
    # Column by column, with C-level maps: one Python step per line is what costs here.
    raws = text.splitlines(keepends=True)
    offsets = list(accumulate(map(len, raws), initial=0))
    every = list(map(str.strip, raws))  # the same as stripping a line without its break
    kept = [k for k, stripped in enumerate(every) if stripped]
    texts = [every[k] for k in kept]
    indents = [len(raws[k]) - len(raws[k].lstrip()) for k in kept]
    starts = [offsets[k] + indent for k, indent in zip(kept, indents, strict=True)]
    ends = list(map(add, starts, map(len, texts)))
    bullets = [""] * len(texts)
    contents = list(texts)
    content_starts = list(starts)
    for k in compress(range(len(texts)), map(_BULLET_SET.__contains__, map(_FIRST, texts))):
        stripped = texts[k]
        if len(stripped) == 1 or stripped[1] in " \t\u00a0":
            bullets[k] = stripped[0]
            content = contents[k] = stripped[1:].strip()
            content_starts[k] += stripped.find(content) if content else len(stripped)
    folded = fold_same_length(text)
    keys = list(map(folded.__getitem__, map(slice, content_starts, ends)))
    words = [count + 1 for count in map(str.count, keys, repeat(" "))]
    # Every whitespace character but " " is unprintable, so a printable content without "  "
    # is its words joined by single spaces already.
    irregular = [not key or "  " in key or not key.isprintable() for key in keys]
    for k in compress(range(len(keys)), irregular):
        key_words = keys[k].split()
        keys[k] = " ".join(key_words)
        words[k] = len(key_words)
    return tuple(
        map(
            tuple.__new__,
            repeat(Line),
            zip(
                texts,
                starts,
                ends,
                indents,
                bullets,
                contents,
                content_starts,
                keys,
                words,
                strict=True,
            ),
        )
    )


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
    if weight < _MIN_NAV_LINES:
        return 0
    if _title_twice(lines, index):
        return index - 2  # the menu's end; the page's title, written twice, opens the body
    return index


def _title_twice(lines: list[Line], end: int) -> bool:
    """True when the two lines before ``end`` are a short title written twice, which
    :func:`_is_nav` takes for a menu line: no bullet, no fixed menu line, and the line before
    them no such pair (menus that write every item twice)."""
    if end < 2:
        return False
    first, second = lines[end - 2], lines[end - 1]
    return (
        first.text == second.text
        and not first.bullet
        and first.key not in _nav_lines()
        and first.text not in ("-", "–")
        and not (end >= 4 and lines[end - 3].text == lines[end - 4].text)
    )


def is_menu_item(line: Line) -> bool:
    """True for a short "- Item" line (menus and link lists, wherever they are)."""
    return line.bullet == "-" and line.words <= _NAV_ITEM_WORDS
