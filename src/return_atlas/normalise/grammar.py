"""Function words of the prose readers' patterns, read from ``data/lang/<lang>/grammar.csv``.

The patterns that read lists of places and the words around a figure ("from Mexico and the
US", "au Niger, en Libye et au Maroc", "more than 300") are grammar written as regular
expressions; their words are data. A missing preposition, or a new language, is a row of
``grammar.csv``, not an edit of a pattern. Every pattern takes the words of all languages,
as pages mix them ("from Mali et du Niger"), so the readers built from them do not depend
on the language a page was classified as.

>>> alt("and")
'(?:and|et|e|y)'
>>> "l'" in words("article") and "l’" in words("article")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.text import alternation, fold_same_length

_APOSTROPHES = "'’"


@cache
def _written(roles: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """Words of ``roles`` as written in the data files, in file order, each once."""
    langs = (lang,) if lang else LANGS
    found = (
        row["word"]
        for code in langs
        for row in read_csv("lang", code, "grammar.csv")
        if row.get("role") in roles and row.get("word")
    )
    return tuple(dict.fromkeys(found))


def _either_apostrophe(forms: Iterable[str]) -> frozenset[str]:
    """``forms``, an elided one ("l'") with either apostrophe."""
    out: set[str] = set()
    for form in forms:
        out.add(form)
        if form[-1:] in _APOSTROPHES:
            out |= {form[:-1] + mark for mark in _APOSTROPHES}
    return frozenset(out)


@cache
def words(*roles: str, lang: str | None = None) -> frozenset[str]:
    """The words of ``roles`` (in ``lang`` only, or all languages) as a token's folded form
    reads them: "à" as "a", an elided "l'" with either apostrophe."""
    return _either_apostrophe(map(fold_same_length, _written(roles, lang)))


@cache
def written(*roles: str) -> frozenset[str]:
    """The words of ``roles`` in every language as written, in lower case ("à" stays "à"),
    an elided "l'" with either apostrophe: for text compared without folding."""
    return _either_apostrophe(word.lower() for word in _written(roles, None))


def _pattern(word: str) -> str:
    """A word as a pattern: spaces stand for any run of spaces, apostrophes for either."""
    return "".join(
        r"\s+" if ch == " " else f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch)
        for ch in word
    )


@cache
def alt(*roles: str, lang: str | None = None, unless: tuple[str, ...] = ()) -> str:
    """A regular-expression group matching one word of ``roles``: ``(?:desde|from|de)``;
    with ``unless``, only the words that have none of those roles too (``alt("from",
    unless=("of",))``: "from", "depuis", "desde", not "de")."""
    excluded = set(_written(unless, lang)) if unless else set()
    kept = [word for word in _written(roles, lang) if word not in excluded]
    return "(?:" + alternation(kept, _pattern) + ")"


@cache
def joined(*roles: str) -> str:
    """A group matching what joins two items of a list: a comma, or a whole word of
    ``roles`` ("and", "et", "y")."""
    return rf"(?:,|\b{alt(*roles)}\b)"


@cache
def lead(*roles: str) -> str:
    """A group matching a word of ``roles`` before a name, with the spaces after it: "the ",
    "de la " is two leads; an elided word holds no space ("l'Équateur", "d'Haïti")."""
    listed = _written(roles, None)
    whole = [w for w in listed if w[-1] not in _APOSTROPHES]
    elided = [w for w in listed if w[-1] in _APOSTROPHES]
    parts = []
    if whole:
        parts.append(r"\b(?:" + alternation(whole, _pattern) + r")\s+")
    if elided:
        parts.append(r"\b(?:" + alternation(elided, _pattern) + ")")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


__all__ = ["alt", "joined", "lead", "words", "written"]
