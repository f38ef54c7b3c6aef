"""Which of English, French and Spanish the body of a page is written in.

A stopword-frequency model: each language's frequent function words
(``data/lang/<lang>/stopwords.txt``) are counted over the body lines only; menu items,
short lines and the navigation block at the top do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from return_atlas.classify._data import LANGS, lang_lines
from return_atlas.classify.layout import Line, body_start, is_menu_item, simple_fold, split_lines

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


def _scores(texts: list[str]) -> dict[str, float]:
    """Stopword hits per language over folded ``texts`` (a word of k languages counts 1/k)."""
    counts = Counter(_WORD.findall("\n".join(texts)))
    scores = dict.fromkeys(LANGS, 0.0)
    for word, langs in _stopwords().items():
        hits = counts.get(word)
        if hits:
            for lang in langs:
                scores[lang] += hits / len(langs)
    return scores


def _body_texts(lines: list[Line]) -> list[str]:
    """Folded texts of the body lines that carry running prose."""
    return [
        line.key
        for line in lines[body_start(lines) :]
        if not is_menu_item(line) and line.words >= _MIN_WORDS
    ]


def detect_language_of_lines(lines: list[Line]) -> str:
    """ISO 639-1 code of the body language of a document already split into lines."""
    scores = _scores(_body_texts(lines))
    if sum(scores.values()) < _MIN_EVIDENCE:
        scores = _scores([line.key for line in lines if not is_menu_item(line)])
    if sum(scores.values()) == 0:
        scores = _scores([line.key for line in lines])
    best = max(LANGS, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else DEFAULT_LANGUAGE


def detect_language(text: str) -> str:
    """ISO 639-1 code (en, fr or es) of the main body of ``text``, menus aside."""
    return detect_language_of_lines(split_lines(text))
