"""Country names in English, French and Spanish to ISO 3166-1 alpha-3 codes.

Names come from pycountry (English names and their French and Spanish translations) plus
short and usual names in ``data/lang/<lang>/country_aliases.csv``. One Aho-Corasick
automaton over folded text finds every name in one pass.
"""

from __future__ import annotations

import gettext
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import add

import ahocorasick
import pycountry

from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.grammar import lead
from return_atlas.normalise.text import fold_key, fold_same_length

_PAREN = re.compile(r"\s*\([^)]*\)")
_LEADING_ARTICLE = re.compile(rf"^{lead('article')}", re.IGNORECASE)


def _variants(name: str) -> list[str]:
    """A pycountry name and its readable forms ("Tanzania, United Republic of" → both orders)."""
    out = [name]
    bare = _PAREN.sub("", name).strip()
    if bare != name:
        out.append(bare)
    for form in list(out):
        if ", " in form:
            head, _, rest = form.partition(", ")
            joiner = "" if rest.endswith(("'", "’")) else " "
            out.append(f"{rest}{joiner}{head}")
            out.append(head)
    for form in list(out):
        stripped = _LEADING_ARTICLE.sub("", form)
        if stripped and stripped != form:
            out.append(stripped[0].upper() + stripped[1:])
    return out


def _match_key(name: str) -> str:
    """Folded form used in the automaton (hyphens as spaces, same length as the text)."""
    return " ".join(fold_same_length(name).replace("-", " ").split())


NOT_A_COUNTRY = "-"
"""The code of an alias that holds a country's name but names no country ("Lake Chad")."""


@cache
def _names() -> dict[str, str]:
    """Folded name → ISO3, explicit aliases first, then ISO names, then derived forms."""
    primary: list[tuple[str, str]] = []
    derived: list[tuple[str, str]] = []
    for lang in LANGS:
        primary.extend(
            (row["alias"], row["code"]) for row in read_csv("lang", lang, "country_aliases.csv")
        )
    translators: list[gettext.NullTranslations] = [gettext.NullTranslations()]
    for lang in ("fr", "es"):
        try:
            translators.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            )
        except OSError:
            continue
    for country in pycountry.countries:
        code = str(country.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for translator in translators:
                forms = _variants(translator.gettext(str(english)))
                primary.append((forms[0], code))
                derived.extend((form, code) for form in forms[1:])
    table: dict[str, str] = {}
    for name, code in primary + derived:
        key = _match_key(name)
        if len(key) >= 2 and code:
            table.setdefault(key, code)
    return table


@cache
def _automaton() -> ahocorasick.Automaton:
    """The Aho-Corasick automaton over every folded country name."""
    automaton = ahocorasick.Automaton()
    for key, code in _names().items():
        automaton.add_word(key, (len(key), code))
    automaton.make_automaton()
    return automaton


@cache
def _exact() -> dict[str, str]:
    """Lookup key (dots dropped) → ISO3 for :func:`country_code`."""
    return {
        fold_key(key): code
        for key, code in reversed(list(_names().items()))
        if code != NOT_A_COUNTRY
    }


_SPACE_RUN_PARTS = re.compile(r"(  +)")  # two spaces written out: a literal prefix, scanned fast


@dataclass(frozen=True, slots=True)
class _Shifts:
    """Where runs of spaces were collapsed: for each run, the offset after its one space left
    in the collapsed text and the offset after the run in the original text."""

    collapsed: list[int]
    original: list[int]


def _folded_text(text: str) -> tuple[str, _Shifts | None]:
    """Text folded for matching, plus an offset map when whitespace runs were collapsed."""
    folded = fold_same_length(text).replace("-", " ")
    if "  " not in folded:
        return folded, None
    parts = _SPACE_RUN_PARTS.split(folded)  # text, run, text, run, ..., text
    texts = list(map(len, parts[0::2]))
    runs = list(map(len, parts[1::2]))
    before = list(accumulate(texts[:-1]))  # text length before the end of each run
    return " ".join(parts[0::2]), _Shifts(
        list(map(add, before, range(1, len(runs) + 1))),
        list(map(add, before, accumulate(runs))),
    )


def _to_original(index: int, shifts: _Shifts | None) -> int:
    """Map an offset in the collapsed folded text back to the original text."""
    if not shifts:
        return index
    k = bisect_right(shifts.collapsed, index) - 1
    if k < 0:
        return index
    return shifts.original[k] + (index - shifts.collapsed[k])


_SHORT = 200
"""Texts this short (field values, names) recur from page to page: their countries are cached."""


def find_countries(text: str) -> list[tuple[str, int, int]]:
    """Every country named in ``text`` as (ISO3, start, end), leftmost-longest, in text order."""
    if len(text) < _SHORT:
        return list(_find_short(text))
    return _find(text)


@lru_cache(maxsize=4096)
def _find_short(text: str) -> tuple[tuple[str, int, int], ...]:
    """:func:`_find` of a short text, cached."""
    return tuple(_find(text))


def _seam(text: str, index: int, shifts: _Shifts | None) -> bool:
    """True when folded ``index`` falls where a lower-case letter meets a capital in ``text``.

    Lists copied out of web pages lose their separators ("ChiliUruguay", "Costa RicaPanamá"):
    such a seam bounds a name as a space would.
    """
    at = _to_original(index, shifts)
    return 0 < at < len(text) and text[at - 1].islower() and text[at].isupper()


def _find(text: str) -> list[tuple[str, int, int]]:
    """:func:`find_countries`, uncached."""
    if not text:
        return []
    folded, shifts = _folded_text(text)
    candidates: list[tuple[int, int, str]] = []
    size = len(folded)
    for end_index, (length, code) in _automaton().iter(folded):
        start = end_index - length + 1
        end = end_index + 1
        if start > 0 and folded[start - 1].isalnum() and not _seam(text, start, shifts):
            continue
        if end < size and folded[end].isalnum() and not _seam(text, end, shifts):
            continue
        candidates.append((start, -end, code))
    candidates.sort()
    found: list[tuple[str, int, int]] = []
    last_end = 0
    for start, neg_end, code in candidates:
        end = -neg_end
        if start < last_end:
            continue
        original_start = _to_original(start, shifts)
        original_end = _to_original(end - 1, shifts) + 1
        if not any(char.isupper() for char in text[original_start:original_end]):
            continue
        last_end = end
        if code != NOT_A_COUNTRY:  # "Lake Chad" holds no country: its words are taken
            found.append((code, original_start, original_end))
    return found


def country_code(name: str) -> str | None:
    """One country name (any of the three languages) → ISO3, after case and accent folding."""
    key = fold_key(name).strip(" .,;:()'\"")
    if not key:
        return None
    code = _exact().get(key)
    if code is None and len(key) == 3 and key.isalpha():
        found = pycountry.countries.get(alpha_3=key.upper())
        code = str(found.alpha_3) if found is not None else ("XKX" if key == "xkx" else None)
    return code


def unique(codes: Iterable[str]) -> list[str]:
    """Drop repeated items, keeping the order of first appearance."""
    return list(dict.fromkeys(codes))
