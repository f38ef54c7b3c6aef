"""Which of English, French and Spanish the body of a page is written in.

A stopword-frequency model: each language's frequent function words
(``data/lang/<lang>/stopwords.txt``) are counted over the body lines only; menu items,
short lines and the navigation block at the top do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from functools import cache

from return_atlas.classify._data import LANGS, lang_lines
from return_atlas.classify.layout import (
    Line,
    body_start,
    is_menu_item,
    non_ascii_chars,
    simple_fold,
    split_lines,
)

_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 5
"""Lines with fewer words are headings or menu items, not body text."""
_MIN_EVIDENCE = 8
"""Fewer stopword hits than this in the body: count the whole text instead."""
DEFAULT_LANGUAGE = "en"


@cache
def _stopwords() -> dict[str, tuple[str, ...]]:
    """Folded stopword → the languages it belongs to."""
    table: dict[str, list[str]] = {}
    for lang in LANGS:
        for word in lang_lines(lang, "stopwords.txt"):
            table.setdefault(simple_fold(word), []).append(lang)
    return {word: tuple(langs) for word, langs in table.items()}


@cache
def _ascii_stopwords() -> dict[bytes, tuple[int, tuple[str, ...]]] | None:
    """:func:`_stopwords` as ASCII bytes → (rank in the table, languages), or None when a
    stopword is not plain a-z."""
    table = _stopwords()
    if not all(_ASCII_WORD.fullmatch(word) for word in table):
        return None
    return {word.encode("ascii"): (rank, langs) for rank, (word, langs) in enumerate(table.items())}


_ASCII_WORD = re.compile(r"[a-z]+")
_LETTERS_ONLY = bytes(
    code if chr(code).isascii() and chr(code).isalpha() else ord(" ") for code in range(256)
)
"""Byte table: ASCII letters kept, every other byte a space (words are then runs of letters)."""


def _ascii_word_counts(text: str, stopwords: Container[bytes]) -> Counter[bytes]:
    """Counts of the words (runs of letters) of ``text`` that are plain a-z ``stopwords``.

    A word holding a letter beyond a-z is never such a stopword: those letters become "Z", other
    characters spaces, and the then ASCII text is cut into words at C speed.
    """
    if not text.isascii():
        for char in non_ascii_chars(text):
            text = text.replace(char, "Z" if _WORD.match(char) else " ")
    words = text.encode("ascii").translate(_LETTERS_ONLY).split()
    return Counter(filter(stopwords.__contains__, words))


def _scores(texts: list[str]) -> dict[str, float]:
    """Stopword hits per language over folded ``texts`` (a word of k languages counts 1/k)."""
    text = "\n".join(texts)
    table = _ascii_stopwords()
    if table is None:
        counts = Counter(_WORD.findall(text))
        found = [(counts.get(word), langs) for word, langs in _stopwords().items()]
    else:  # the stopwords found, in the order of the table (sums then add up the same)
        counted = _ascii_word_counts(text, table)
        found = [(counted[key], table[key][1]) for key in sorted(counted, key=table.__getitem__)]
    scores = dict.fromkeys(LANGS, 0.0)
    for hits, langs in found:
        if hits:
            for lang in langs:
                scores[lang] += hits / len(langs)
    return scores


def _body_texts(lines: list[Line], start: int | None = None) -> list[str]:
    """Folded texts of the body lines that carry running prose."""
    return [
        line.key
        for line in lines[body_start(lines) if start is None else start :]
        if not is_menu_item(line) and line.words >= _MIN_WORDS
    ]


def detect_language_of_lines(lines: list[Line], start: int | None = None) -> str:
    """ISO 639-1 code of the body language of a document already split into lines.

    ``start`` is the :func:`body_start` of ``lines`` when the caller knows it already.
    """
    scores = _scores(_body_texts(lines, start))
    if sum(scores.values()) < _MIN_EVIDENCE:
        scores = _scores([line.key for line in lines if not is_menu_item(line)])
    if sum(scores.values()) == 0:
        scores = _scores([line.key for line in lines])
    best = max(LANGS, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else DEFAULT_LANGUAGE


def detect_language(text: str) -> str:
    """ISO 639-1 code (en, fr or es) of the main body of ``text``, menus aside."""
    return detect_language_of_lines(split_lines(text))
