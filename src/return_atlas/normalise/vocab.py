"""Codelist labels in English, French and Spanish → codelist values.

Labels come from ``codelists/<name>.csv`` (columns ``code,label_en,label_fr,label_es``, plus
``acronym`` where present) and the synonyms in ``data/lang/<lang>/synonyms.csv``
(``codelist,label,code``). A label cut off by the end of a text matches by prefix.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from functools import cache, lru_cache

from return_atlas.normalise._data import langs_for, read_codelist, read_csv
from return_atlas.normalise.text import fold_key

CODELIST_FILES: dict[str, str] = {
    "status": "statuses.csv",
    "coverage": "coverages.csv",
    "iom_region": "iom_regions.csv",
    "project_type": "project_types.csv",
}
"""Codelist name → file under ``codelists/``."""

_RETURNS_LABEL = frozenset({"iom_region", "project_type"})
"""Codelists whose lookup answers with the English label rather than the code."""

_MIN_PREFIX = 8
"""Shortest cut-off label that may match a longer label by prefix."""


def _codelist_rows(codelist: str) -> tuple[dict[str, str], ...]:
    """Rows of one codelist file (empty when the file is missing)."""
    name = CODELIST_FILES.get(codelist)
    return read_codelist(name) if name else ()


@cache
def _table(codelist: str, lang: str | None) -> dict[str, str]:
    """Folded label → value for one codelist, for the languages of ``lang``."""
    rows = _codelist_rows(codelist)
    by_label = codelist in _RETURNS_LABEL
    answer = {
        row["code"]: (row.get("label_en") or row["code"]) if by_label else row["code"]
        for row in rows
    }
    table: dict[str, str] = {}
    for row in rows:
        labels = [row["code"], row.get("label_en", ""), row.get("acronym", "")]
        labels += [row.get(f"label_{code}", "") for code in langs_for(lang)]
        for label in labels:
            if label:
                table.setdefault(fold_key(label), answer[row["code"]])
    for code in langs_for(lang):
        for row in read_csv("lang", code, "synonyms.csv"):
            if row["codelist"] == codelist and row["label"]:
                table.setdefault(fold_key(row["label"]), answer.get(row["code"], row["code"]))
    return table


@cache
def _sorted_labels(codelist: str, lang: str | None) -> tuple[str, ...]:
    """The folded labels of :func:`_table`, sorted (labels sharing a prefix are neighbours)."""
    return tuple(sorted(_table(codelist, lang)))


def _with_prefix(codelist: str, lang: str | None, key: str) -> set[str]:
    """Values of the labels of ``codelist`` that start with ``key``."""
    table = _table(codelist, lang)
    known = _sorted_labels(codelist, lang)
    if ord(key[-1]) >= sys.maxunicode:
        return {value for label, value in table.items() if label.startswith(key)}
    after = key[:-1] + chr(ord(key[-1]) + 1)  # every label starting with key sorts before it
    return {table[label] for label in known[bisect_left(known, key) : bisect_left(known, after)]}


@lru_cache(maxsize=4096)
def lookup(codelist: str, label: str, lang: str | None = None) -> str | None:
    """The value of ``codelist`` that ``label`` names (any language, or a cut-off prefix)."""
    key = _key(label)
    found = exact(codelist, label, lang)
    if found is not None or len(key) < _MIN_PREFIX:
        return found
    for code in [lang] if lang is None else [lang, None]:
        values = _with_prefix(codelist, code, key)
        if len(values) == 1:
            return values.pop()
    return None


def exact(codelist: str, label: str, lang: str | None = None) -> str | None:
    """The value of ``codelist`` that ``label`` names whole, in ``lang`` or any language (no
    cut-off prefix: a line that must be a label, not begin like one)."""
    key = _key(label)
    if not key:
        return None
    for code in [lang] if lang is None else [lang, None]:
        table = _table(codelist, code)
        if key in table:
            return table[key]
    return None


def _key(label: str) -> str:
    """The matching key of a label: folded, without surrounding punctuation."""
    return fold_key(label).strip(" .,;:()*")


def labels(codelist: str, lang: str | None = None) -> dict[str, str]:
    """Every folded label of ``codelist`` (with synonyms) mapped to its value."""
    return dict(_table(codelist, lang))
