"""Numbers written in words: "Two hundred and twelve", "quatre-vingt-dix-sept", "ciento veinte".

The vocabulary is data, ``data/lang/<lang>/number_words.csv``: each word with its value and
its kind, which says how it combines with the others (the header of ``en/number_words.csv``
describes the kinds). The grammar is the same for every language::

    number         := [below_thousand] THOUSAND [tail below_thousand] | below_thousand
    below_thousand := HUNDREDS [tail small] | [small] HUNDRED [tail small] | small
    small          := TEN [part UNIT] | TEN_TEEN [part UNIT] | UNIT | VAGUE

where ``part`` and ``tail`` are a space, a hyphen or a joiner, and the unit after a ten is
below 10 (below 20 after a ``ten_teen``: "soixante-douze").

- Joiners ("and", "et", "y") are read only inside a number, where a smaller part follows a
  word of at least the joiner's value ("two hundred and twelve", "vingt et un", "cuarenta y
  dos"); anywhere else a joiner ends the number, so "five and six" are 5 and 6 and "twenty
  and thirty" are 20 and 30.
- A tail that the next word multiplies belongs to the next number: "five hundred and six
  hundred" are 500 and 600.
- A vague quantity ("several", "few") has no value, nor has any number it is part of:
  "several thousand" is not read.
- Two numbers around a ratio word ("one in five", "un sur cinq", "uno de cada cinco") are a
  ratio, not counts: neither is read.
- Numbers below 2 are not read (a lone "one", "un", "una" is an article or a pronoun), nor
  words right after digits ("2 mil", "5 thousand": the scale of a written number).

Words are matched on folded text (case and accents do not matter, same length, so offsets
carry over); the patterns are compiled once per language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from return_atlas.normalise._data import LANGS, langs_for, read_csv
from return_atlas.normalise.text import fold_same_length

_TENS = {"ten": 10, "ten_teen": 20}
"""Kinds of tens, with the bound of the unit they take after them."""
_WORD_GAP = r"(?: *- *| +)"
"""What separates the words of a number: spaces or a hyphen."""
_MIN_VALUE = 2
"""Smaller numbers are not read: "one", "un", "una" are most often articles or pronouns."""
_LINKS = frozenset({"joiner", "ratio"})
"""Kinds of words that stand between two number words of a run, never at its ends."""


@dataclass(frozen=True, slots=True)
class _Word:
    """A number word found in the text: its value, kind and span."""

    value: float
    """The word's value; NaN for a vague quantity (and for words that have none)."""
    kind: str
    start: int
    end: int


_Reader = Callable[[list[_Word], int], tuple[float, int] | None]
"""A reader of one part of a number: (value, index after its last word), or None."""


@dataclass(frozen=True, slots=True)
class _Matcher:
    """The compiled vocabulary of one language (or of all of them)."""

    words: dict[str, tuple[float, str]]
    """Word (hyphens for its inner spaces) → (value, kind)."""
    run: re.Pattern[str]
    """A run of number words: words separated by spaces, hyphens, joiners or ratio words."""
    token: re.Pattern[str]
    """One word of a run, to cut it into words."""


def _key(word: str) -> str:
    """The lookup key of a folded word: inner spaces and hyphens as one hyphen each."""
    return re.sub(r"[ -]+", "-", word.strip())


_Trie = dict[str, "_Trie"]
"""Words letter by letter; the key "" marks the end of a word."""


def _trie_pattern(node: _Trie) -> str:
    """The regex of the words below ``node``: one branch per next letter, so the engine tries
    a letter once rather than every word, longer words before the end of a shorter one (so
    "sixty" wins over "six"); a hyphen matches a hyphen or a space."""
    branches = [
        ("[ -]" if char == "-" else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _alternation(words: set[str]) -> str:
    """A regex matching any of the folded ``words`` (lookup keys), longest first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


@cache
def _matcher(langs: tuple[str, ...]) -> _Matcher:
    """Compile the number words of ``langs`` (the first language wins a word both have)."""
    words: dict[str, tuple[float, str]] = {}
    for lang in langs:
        for row in read_csv("lang", lang, "number_words.csv"):
            value = float(row["value"]) if row["value"] else math.nan
            words.setdefault(_key(fold_same_length(row["word"])), (value, row["kind"]))
    links = {word for word, (_, kind) in words.items() if kind in _LINKS}
    others = set(words) - links
    if not others:
        never = re.compile(r"(?!)")
        return _Matcher(words, never, never)
    word = rf"(?:{_alternation(others)})(?!\w)"
    link = rf"(?:{_alternation(links)})(?!\w)" if links else r"(?!)"
    run = re.compile(rf"\b{word}(?:{_WORD_GAP}(?:{link}{_WORD_GAP})?{word})*")
    token = re.compile(rf"\b(?:{word}|{link})")
    return _Matcher(words, run, token)


def words_worth(value: float) -> frozenset[str]:
    """The folded number words of every language worth ``value`` (1: "one", "un", "una" …),
    hyphens for their inner spaces."""
    return frozenset(word for word, (worth, _) in _matcher(LANGS).words.items() if worth == value)


def _words(matcher: _Matcher, folded: str, start: int, end: int) -> list[_Word]:
    """The words of the run ``folded[start:end]``."""
    found: list[_Word] = []
    for match in matcher.token.finditer(folded, start, end):
        value, kind = matcher.words[_key(match.group())]
        found.append(_Word(value, kind, match.start(), match.end()))
    return found


def _joined(words: list[_Word], i: int, place: int) -> int:
    """1 when ``words[i]`` is a joiner that may follow a word of value ``place``, else 0."""
    return int(i < len(words) and words[i].kind == "joiner" and words[i].value <= place)


def _small(words: list[_Word], i: int) -> tuple[float, int] | None:
    """A number below a hundred at ``words[i]``: (value, index after it), or None."""
    if i >= len(words):
        return None
    head = words[i]
    if head.kind in {"unit", "vague"}:
        return head.value, i + 1
    bound = _TENS.get(head.kind)
    if bound is None:
        return None
    j = i + 1 + _joined(words, i + 1, bound)
    if j < len(words) and words[j].kind == "unit" and words[j].value < bound:
        return head.value + words[j].value, j + 1
    return head.value, i + 1


def _tail(
    words: list[_Word], i: int, place: int, read: _Reader, multiplier: str
) -> tuple[float, int] | None:
    """The part below ``place`` after a hundred or a thousand ending at ``words[i - 1]``.

    None when there is none, or when the next word is the ``multiplier`` that would multiply
    it: then it opens the next number ("five hundred and six hundred").
    """
    part = read(words, i + _joined(words, i, place))
    if part is None or (part[1] < len(words) and words[part[1]].kind == multiplier):
        return None
    return part


def _below_thousand(words: list[_Word], i: int) -> tuple[float, int] | None:
    """A number below a thousand at ``words[i]``: (value, index after it), or None."""
    if i < len(words) and words[i].kind == "hundreds":
        value, j = words[i].value, i + 1
    else:
        small = _small(words, i)
        k = small[1] if small else i
        if k >= len(words) or words[k].kind != "hundred":
            return small
        value, j = (small[0] if small else 1) * words[k].value, k + 1
    tail = _tail(words, j, 100, _small, "hundred")
    return (value + tail[0], tail[1]) if tail else (value, j)


def _number(words: list[_Word], i: int) -> tuple[float, int] | None:
    """The number at ``words[i]``: (value, index after its last word), or None."""
    head = _below_thousand(words, i)
    k = head[1] if head else i
    if k >= len(words) or words[k].kind != "thousand":
        return head
    value, j = (head[0] if head else 1) * words[k].value, k + 1
    tail = _tail(words, j, 1000, _below_thousand, "thousand")
    return (value + tail[0], tail[1]) if tail else (value, j)


def _numbers(words: list[_Word]) -> Iterator[tuple[float, int, int]]:
    """(value, start, end) of each number the words hold, longest first, left to right.

    The two numbers around a ratio word are left out (value NaN).
    """
    i = 0
    while i < len(words):
        got = _number(words, i)
        if got is None:
            i += 1
            continue
        value, j = got
        if j + 1 < len(words) and words[j].kind == "ratio":
            second = _number(words, j + 1)
            if second is not None:
                yield math.nan, words[i].start, words[second[1] - 1].end
                i = second[1]
                continue
        yield value, words[i].start, words[j - 1].end
        i = j


def _after_digits(folded: str, pos: int) -> bool:
    """True when digits stand right before ``pos`` ("2 mil": a scale, not a number)."""
    return folded[max(0, pos - 4) : pos].rstrip()[-1:].isdigit()


def find_number_words_folded(
    folded: str, lang: str | None = None, start: int = 0, end: int | None = None
) -> list[tuple[int, int, int]]:
    """:func:`find_number_words` on text already folded, inside ``folded[start:end]``."""
    matcher = _matcher(langs_for(lang))
    stop = len(folded) if end is None else end
    found: list[tuple[int, int, int]] = []
    for run in matcher.run.finditer(folded, start, stop):
        if _after_digits(folded, run.start()):
            continue
        words = _words(matcher, folded, run.start(), run.end())
        found.extend((int(value), a, b) for value, a, b in _numbers(words) if value >= _MIN_VALUE)
    return found


def find_number_words(text: str, lang: str | None = None) -> list[tuple[int, int, int]]:
    """(value, start, end) of each number written in words in ``text``, in text order.

    "Two hundred and twelve Ethiopians" → [(212, 0, 22)]; "five and six" → [(5, ...), (6, ...)].
    """
    return find_number_words_folded(fold_same_length(text), lang)
