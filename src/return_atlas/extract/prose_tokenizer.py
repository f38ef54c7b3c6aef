"""Tokens of prose: words and punctuation marks with their spans, folded forms and shapes.

French elisions (l'OIM → l' + OIM) and possessives (IOM's → IOM + 's) are cut off. A page's
tokens are made lazily, a chunk of whole lines at a time, with C-level maps over columns
(starts, ends, texts, folded forms ...) rather than one Python step per token.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from return_atlas.extract.prose import Page, is_acronym

_TOK = re.compile(r"\w++(?:['’\-/&.]\w++)*+|[^\w\s]")
"""A word (joined by ' ’ - / & . to the next) or one punctuation mark. The possessive
quantifiers match what greedy ones would (no joiner is a word character, and nothing follows
the word), but never try giving characters back: the scan is ~15% faster."""
_ELISION = re.compile(r"^(?:l|d|qu|n|s|c|j)['’]", re.IGNORECASE)


class Tok(NamedTuple):
    """A word or punctuation mark with its span, folded form and shape."""

    start: int
    end: int
    text: str
    low: str
    word: bool
    """A word (not punctuation)."""
    cap: bool
    """Written with a capital first letter."""
    acr: bool
    """An acronym (IOM, AVRR, REAG/GARP)."""


_NEW = tuple.__new__
_APOSTROPHES = "'’"
_TOK_PARTS = re.compile(f"({_TOK.pattern})")
"""The token pattern as a splitter: text between tokens, token, text between tokens ..."""
_APOSTROPHE = re.compile(r"['’](?=\w)")
"""An apostrophe before a letter: inside a word (one is before it too), it is the only sign of
a token that an elision or a possessive is cut from."""
_FIRST = itemgetter(0)
_START = attrgetter("start")


def _may_be_acronym(word: str) -> bool:
    """A quick test before :func:`is_acronym`: a capital or a joining mark among the next
    three characters ("IOM", "EU-IOM", "MoTuSe"); a word such as "Migration" is none."""
    return word[1].isupper() or word[1] in "-/&." or word[2:3].isupper() or word[3:4].isupper()


_is_acronym = lru_cache(maxsize=4096)(is_acronym)
""":func:`is_acronym`, cached: the same capitalised words (IOM, EU, AVRR) recur on every page."""


_CHUNK = 1
"""Tokens are made on first use, a run of whole lines of at least this many characters at a time.

One: a line at a time. The extractors read about two fifths of a page's text, a sentence here
and there; runs of 256 characters made them tokenise half the page, single lines 47%, for
about 1% fewer instructions per document (a chunk costs little more than its tokens)."""


class Tokens:
    """The tokens of a page, made chunk by chunk (runs of whole lines) when first asked for.

    No token crosses a line break, so a chunk is tokenised exactly as the whole text would be.
    """

    __slots__ = ("_bounds", "_chunks", "_folded", "_text")

    def __init__(self, text: str, folded: str) -> None:
        """Cut ``text`` into chunks at line breaks (``folded`` gives the tokens' folded forms)."""
        bounds = [0]
        newline = text.find("\n", _CHUNK)
        while newline >= 0:
            bounds.append(newline)
            newline = text.find("\n", newline + _CHUNK)
        bounds.append(len(text))
        self._bounds = bounds
        self._chunks: list[tuple[list[Tok], list[int]] | None] = [None] * (len(bounds) - 1)
        self._text = text
        self._folded = folded

    def _chunk(self, index: int) -> tuple[list[Tok], list[int]]:
        """Tokens of chunk ``index`` and their start offsets."""
        chunk = self._chunks[index]
        if chunk is None:
            chunk = _scan(self._text, self._folded, self._bounds[index], self._bounds[index + 1])
            self._chunks[index] = chunk
        return chunk

    def spans(self, start: int, end: int) -> bool:
        """True when a token is exactly ``text[start:end]``, made without tokenising the chunk.

        A chunk already tokenised is looked up; otherwise only the run of text between the
        spaces or line breaks around the span is (no token crosses them).
        """
        index = min(len(self._chunks) - 1, max(0, bisect_right(self._bounds, start) - 1))
        chunk = self._chunks[index]
        if chunk is None:
            text = self._text
            low, high = self._bounds[index], self._bounds[index + 1]
            begin = max(low, text.rfind(" ", low, start) + 1, text.rfind("\n", low, start) + 1)
            stop = min(
                (at for at in (text.find(" ", end, high), text.find("\n", end, high)) if at >= 0),
                default=high,
            )
            chunk = _scan(text, self._folded, begin, stop)
        toks, starts = chunk
        k = bisect_left(starts, start)
        return k < len(toks) and toks[k].start == start and toks[k].end == end

    def between(self, start: int, end: int) -> list[Tok]:
        """Tokens starting inside ``[start, end)``."""
        if start >= end:
            return []
        bounds = self._bounds
        first = max(0, bisect_right(bounds, start) - 1)
        last = min(len(self._chunks) - 1, bisect_left(bounds, end) - 1)
        if first > last:
            return []
        toks, starts = self._chunk(first)
        if first == last:
            return toks[bisect_left(starts, start) : bisect_left(starts, end)]
        out = toks[bisect_left(starts, start) :]
        for index in range(first + 1, last):
            out += self._chunk(index)[0]
        toks, starts = self._chunk(last)
        out += toks[: bisect_left(starts, end)]
        return out


def _scan(text: str, folded: str, begin: int, stop: int) -> tuple[list[Tok], list[int]]:
    """Tokens of ``text[begin:stop]`` and their start offsets (``folded`` gives folded forms).

    Built column by column with C-level maps rather than one Python step per token; the few
    words holding an apostrophe are then cut by :func:`_word_tokens`.
    """
    chunk = text[begin:stop]
    parts = _TOK_PARTS.split(chunk)
    offsets = list(accumulate(map(len, parts), initial=begin))
    words = parts[1::2]
    starts = offsets[1:-1:2]
    ends = offsets[2::2]
    lows = list(map(folded.__getitem__, map(slice, starts, ends)))
    firsts = list(map(_FIRST, words))
    caps = list(map(str.isupper, firsts))
    acronyms = [False] * len(words)
    for k in compress(range(len(words)), caps):
        word = words[k]
        if len(word) > 1 and _may_be_acronym(word) and _is_acronym(word):
            acronyms[k] = True
    if "(" in chunk:  # "(2RS)": an acronym may open with a digit, and is then bracketed
        for k in range(1, len(words) - 1):
            word = words[k]
            if word[0].isdigit() and words[k - 1] == "(" and words[k + 1] == ")":
                acronyms[k] = _is_acronym(word)
    toks = list(
        map(
            _NEW,
            repeat(Tok),
            zip(starts, ends, words, lows, map(str.isalnum, firsts), caps, acronyms, strict=True),
        )
    )
    if "'" not in chunk and "’" not in chunk:  # most chunks: no word to cut
        return toks, starts
    special = sorted(
        {
            bisect_right(starts, begin + m.start()) - 1
            for m in _APOSTROPHE.finditer(chunk)
            if m.start() and (chunk[m.start() - 1].isalnum() or chunk[m.start() - 1] == "_")
        }
    )
    if not special:
        return toks, starts
    out: list[Tok] = []
    done = 0
    for k in special:
        out += toks[done:k]
        _word_tokens(text, folded, starts[k], ends[k], words[k], out=out)
        done = k + 1
    out += toks[done:]
    return out, list(map(_START, out))


def _word_tokens(text: str, folded: str, a: int, b: int, word: str, *, out: list[Tok]) -> None:
    """Add the tokens of the word ``text[a:b]`` to ``out`` (elision and possessive cut off)."""
    add = out.append
    if len(word) > 3 and _ELISION.match(word):  # French l'OIM, d'appui, qu'il
        cut = a + word.index(word[1] if word[1] in _APOSTROPHES else word[2]) + 1
        add(_NEW(Tok, (a, cut, text[a:cut], folded[a:cut], True, False, False)))
        a, word = cut, text[cut:b]
    if len(word) > 2 and word[-1] == "s" and word[-2] in _APOSTROPHES:  # possessive 's
        upper = word[0].isupper()
        add(
            _NEW(
                Tok,
                (
                    a,
                    b - 2,
                    word[:-2],
                    folded[a : b - 2],
                    True,
                    upper,
                    upper and is_acronym(word[:-2]),
                ),
            )
        )
        add(_NEW(Tok, (b - 2, b, "'s", "'s", False, False, False)))
        return
    first = word[0]
    upper = first.isupper()
    acr = upper and len(word) > 1 and _may_be_acronym(word) and is_acronym(word)
    add(_NEW(Tok, (a, b, word, folded[a:b], first.isalnum(), upper, acr)))


def has_word(page: Page, kind: str, start: int, end: int) -> bool:
    """True when a token starting in ``[start, end)`` is a marked word of ``kind``
    ("initiative_word", "iom"): what testing each token of the span says, made cheaply."""
    if not page.hits.marked(kind, start, end):
        return False
    if page.tokens is None:
        page.tokens = Tokens(page.text, page.folded)
    return any(page.tokens.spans(a, b) for a, b in page.hits.marks(kind, start, end))


def tokenize(page: Page, start: int, end: int) -> list[Tok]:
    """Tokens starting inside ``[start, end)`` (French elisions and possessives split off)."""
    if page.tokens is None:
        page.tokens = Tokens(page.text, page.folded)
    return page.tokens.between(start, end)
