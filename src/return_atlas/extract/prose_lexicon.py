"""Per-language word lists of the prose extractors, read once from ``data/lang/<lang>/prose_*.csv``.

Every phrase list (cue words, event words, demonyms, cities, programme names, publication
nouns) goes into one Aho-Corasick automaton per language, so a document is scanned for all of
them in a single pass over its folded text (see :func:`scan`).
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from return_atlas.normalise.grammar import words
from return_atlas.normalise.text import fold_same_length

LANGS = ("en", "fr", "es")
COORDINATORS = words("and", "or") | {"&"}
"""Words that join two items of a list or two parts of a name."""
PEOPLE_ROLES = ("migrant", "person", "returnee")
"""Cue roles of the words for people ("migrants", "personas", "rapatriés")."""

_RAW_ROLES = frozenset({"future_suffix", "participle_suffix"})
"""Token roles kept as written, accents and all: endings that folding would confuse."""
_TOKEN_ROLES = frozenset(
    {
        "participle_suffix",
        "connector",
        "article",
        "subject_verb",
        "passive",
        "adjective_suffix",
        "headline_verb",
        "iom",
        "from_prep",
        "to_prep",
        "route_to",
        "pronoun",
        "nationality",
        "by",
        "definite",
        "fused_article",
        "future_suffix",
        "today",
        "yesterday",
        "count_break",
        "national",
        "giver_prep",
        "year_prep",
        "to_word",
        "adverb_suffix",
        "present_passive",
        "person_title",
        "nationals",
    }
)
"""Cue roles checked word by word, not searched for in the text."""


def pfold(text: str) -> str:
    """Fold text for matching, one character for one (so offsets carry over); œ reads as o."""
    return fold_same_length(text).replace("œ", "o").replace("æ", "a")


def key(text: str) -> str:
    """Matching key of a phrase written in a data file ("oe" of "oeuvre" as the folded œ)."""
    return " ".join(pfold(text).split()).replace("oeuvre", "ouvre")


def _spellings(text: str) -> tuple[str, ...]:
    """The keys a phrase of a data file is searched for under in folded text: "oeuvre" both as
    the folded "œuvre" and as written in plain letters ("mis en oeuvre par")."""
    folded = key(text)
    plain = " ".join(pfold(text).split())
    return (folded,) if plain == folded else (folded, plain)


def _rows(lang: str, name: str) -> list[dict[str, str]]:
    """Rows of ``data/lang/<lang>/<name>`` (comment lines start with ``#``)."""
    path = resources.files("return_atlas").joinpath("data", "lang", lang, name)
    if not path.is_file():
        return []
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return [
        {k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)
    ]


def _inflect(demonym: str, lang: str) -> set[str]:
    """Plural and feminine forms of a demonym's base form."""
    base = key(demonym)
    forms = {base}
    if lang == "en":
        if not base.endswith(("ese", "ss", "sh", "ch", "sy")):
            forms.add(base + "s")
    elif lang == "fr":
        if base.endswith("e"):
            forms.add(base + "s")
        elif base.endswith(("ien", "een")):
            forms |= {base + "s", base + "ne", base + "nes"}
        elif base.endswith(("s", "x")):
            forms |= {base + "e", base + "es"}
        else:
            forms |= {base + "s", base + "e", base + "es"}
    elif base.endswith("o"):
        forms |= {base[:-1] + "a", base + "s", base[:-1] + "as"}
    elif base.endswith(("e", "a")):
        forms.add(base + "s")
    elif base.endswith("i"):
        forms |= {base + "es", base + "s"}
    else:
        forms |= {base + "a", base + "es", base + "as"}
    return forms


@dataclass(slots=True)
class Lexicon:
    """Everything the prose extractors know about one language (or all of them)."""

    boilerplate: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """match kind (line, prefix, contains) → [(folded text, role)]."""
    labels: dict[str, str] = field(default_factory=dict)
    initiative_words: dict[str, tuple[str, bool]] = field(default_factory=dict)
    org_words: set[str] = field(default_factory=set)
    publications: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Token roles (connector, article, ...) → folded words."""
    phrases: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    """Folded phrase → [(group, value)]; groups: cue, event, demonym, city, programme, pub."""
    automaton: ahocorasick.Automaton | None = None
    boilerplate_lines: dict[str, str] = field(default_factory=dict)
    """Whole-line boilerplate: folded line → role (first entry wins)."""
    boilerplate_prefixes: tuple[str, ...] = ()
    """Every line prefix of ``boilerplate``, for one quick test of a line."""
    name_skip: frozenset[str] = frozenset()
    """Articles, connectors and days of the week: words that never start a name ("opened on
    Monday the Labour Migration Information Centre")."""
    suffixes: tuple[str, ...] = ()
    """Adjective endings that may follow a capitalised word in a name (fr, es)."""
    programme_keys: frozenset[tuple[str, ...]] = frozenset()
    """The content words of each known programme name ("retorno voluntario asistido")."""
    section_fillers: frozenset[str] = frozenset()
    """Words that may stand around a section heading's own words: initiative words, articles
    and connectors ("Project Overview", "Summary of project results")."""


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of ``lang`` (None or unknown: every language together)."""
    langs = (lang,) if lang in LANGS else LANGS
    lex = Lexicon()
    for code in langs:
        _load(lex, code)
    for code in LANGS:  # site furniture and place names do not follow the page's language
        if code not in langs:
            for row in _rows(code, "prose_boilerplate.csv"):
                lex.boilerplate.setdefault(row["match"], []).append((key(row["text"]), row["role"]))
            for row in _rows(code, "prose_cues.csv"):  # names mix languages: "Coping with Return"
                if row["role"] in {"connector", "article"}:
                    lex.tokens[row["role"]].add(key(row["cue"]))
        for row in _rows(
            code, "prose_programmes.csv"
        ):  # AVRR, REAG/GARP: written as such everywhere
            lex.phrases[key(row["name"])].append(("programme", row["name"]))
        for row in _rows(code, "prose_cities.csv"):
            lex.phrases[key(row["city"])].append(("city", row["code"]))
        for row in _rows(code, "currencies.csv"):  # "USD", "euros": a quick test for amounts
            if any(ch.isalpha() for ch in row["word"]):
                lex.phrases[key(row["word"])].append(("currency", row["code"]))
    marks: dict[str, list[str]] = defaultdict(list)
    for word in lex.initiative_words:
        marks[word].append("initiative_word")
    for word in lex.tokens["iom"]:
        marks[word].append("iom")
    automaton = ahocorasick.Automaton()
    for phrase in lex.phrases.keys() | marks.keys():
        values = tuple(
            (f"cue:{value}" if group == "cue" else group, value)
            for group, value in dict.fromkeys(lex.phrases.get(phrase, ()))
        )
        automaton.add_word(phrase, (len(phrase), values, tuple(marks.get(phrase, ()))))
    automaton.make_automaton()
    lex.automaton = automaton
    for text, role in lex.boilerplate.get("line", []):
        lex.boilerplate_lines.setdefault(text, role)
    lex.boilerplate_prefixes = tuple(text for text, _ in lex.boilerplate.get("prefix", []))
    lex.name_skip = frozenset(
        lex.tokens["connector"] | lex.tokens["article"] | lex.tokens["weekday"]
    )
    lex.suffixes = tuple(sorted(lex.tokens["adjective_suffix"]))
    lex.section_fillers = frozenset(
        lex.initiative_words.keys() | lex.name_skip | lex.tokens["definite"]
    )
    lex.programme_keys = frozenset(
        content_words(lex, phrase)
        for phrase, groups in lex.phrases.items()
        if any(group == "programme" for group, _ in groups)
    )
    return lex


_WORD = re.compile(r"[^\W\d_]+")


def content_words(lex: Lexicon, folded: str) -> tuple[str, ...]:
    """The words of a folded name that say what it is about: no initiative word, article,
    connector, IOM or acronym in brackets ("programa de retorno voluntario asistido (rva)" →
    retorno, voluntario, asistido)."""
    skip = lex.name_skip | lex.tokens["iom"] | COORDINATORS
    text = re.sub(r"\([^)]*\)", " ", folded)
    return tuple(
        w
        for w in _WORD.findall(text)
        if len(w) > 1 and w not in skip and w not in lex.initiative_words
    )  # (one letter: an elided article or "à")


def _load(lex: Lexicon, code: str) -> None:
    """Add the data files of one language to ``lex``."""
    for row in _rows(code, "prose_boilerplate.csv"):
        lex.boilerplate.setdefault(row["match"], []).append((key(row["text"]), row["role"]))
    for row in _rows(code, "prose_labels.csv"):
        lex.labels[key(row["label"])] = row["field"]
    for row in _rows(code, "prose_initiative_words.csv"):
        lex.initiative_words[key(row["word"])] = (row["initiative_type"], row["plural"] == "1")
    lex.org_words |= {key(row["word"]) for row in _rows(code, "prose_org_words.csv")}
    for row in _rows(code, "prose_publications.csv"):
        lex.publications[key(row["word"])] = row["publication_type"]
        lex.phrases[key(row["word"])].append(("pub", row["publication_type"]))
    for row in _rows(code, "prose_cues.csv"):
        if row["role"] in _RAW_ROLES:
            lex.tokens[row["role"]].add(row["cue"])
        elif row["role"] in _TOKEN_ROLES:
            lex.tokens[row["role"]].add(key(row["cue"]))
        else:
            for spelling in _spellings(row["cue"]):
                lex.phrases[spelling].append(("cue", row["role"]))
    for row in _rows(code, "prose_events.csv"):
        for spelling in _spellings(row["cue"]):
            lex.phrases[spelling].append(("event", f"{row['event_type']}:{row['kind']}"))
    lex.tokens["weekday"] |= {
        key(row["word"]) for row in _rows(code, "date_words.csv") if row["role"] == "weekday"
    }
    for row in _rows(code, "prose_demonyms.csv"):
        for form in _inflect(row["demonym"], code):
            lex.phrases[form].append(("demonym", row["code"]))


class Hit(NamedTuple):
    """One phrase found in a document: span and the value its group gives it (a named tuple,
    quick to make)."""

    start: int
    end: int
    value: str


class Hits:
    """Phrase hits of one document, by group, in text order, with span queries.

    Besides the phrases, it marks where a word of a few token lists (initiative words, IOM's
    names) may be a token: a quick test before tokenising a sentence.
    """

    __slots__ = ("_by", "_marks")

    def __init__(self, marks: dict[str, list[tuple[int, int]]] | None = None) -> None:
        """Start with no hits; ``marks`` gives the sorted spans of marked words, by kind."""
        self._by: dict[str, tuple[list[Hit], list[int]]] = {}
        """group → (hits, their start offsets)."""
        self._marks = {
            kind: (spans, [a for a, _ in spans]) for kind, spans in (marks or {}).items()
        }

    def add(self, group: str, hit: Hit) -> None:
        """Record a hit (callers add in text order, and the hits of a group never overlap)."""
        hits, starts = self._by.setdefault(group, ([], []))
        hits.append(hit)
        starts.append(hit.start)

    def within(self, group: str, start: int, end: int) -> list[Hit]:
        """Hits of ``group`` lying inside ``[start, end)``."""
        found = self._by.get(group)
        if found is None:
            return []
        hits, starts = found
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == j:
            return []
        # The hits of a group do not overlap, so their ends rise with their starts: only the
        # last one can end after ``end``.
        return hits[i:j] if hits[j - 1].end <= end else hits[i : j - 1]

    def overlapping(self, group: str, start: int, end: int) -> list[Hit]:
        """Hits of ``group`` that overlap ``[start, end)``."""
        return [
            h for h in self.within(group, start - 40, end + 40) if h.start < end and h.end > start
        ]

    def marked(self, kind: str, start: int, end: int) -> bool:
        """True when a word of ``kind`` ("initiative_word", "iom") may start in ``[start, end)``.

        False means that no token starting there is such a word; True only that one may be
        (the mark is a folded match with no word character on either side).
        """
        marks = self._marks.get(kind)
        if not marks:
            return False
        starts = marks[1]
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def marks(self, kind: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the marked words of ``kind`` that start in ``[start, end)`` (see marked)."""
        marks = self._marks.get(kind)
        if not marks:
            return []
        spans, starts = marks
        return spans[bisect_left(starts, start) : bisect_left(starts, end)]


def scan(folded: str, lex: Lexicon) -> Hits:
    """Every phrase of ``lex`` in ``folded`` text: word-bounded, leftmost-longest per group."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    marks: dict[str, list[tuple[int, int]]] = defaultdict(list)
    size = len(folded)
    automaton = lex.automaton
    if automaton is None or not folded:
        return Hits()
    for last, (length, values, kinds) in automaton.iter(folded):
        start = last - length + 1
        end = last + 1
        if kinds and not (
            (start and (folded[start - 1].isalnum() or folded[start - 1] == "_"))
            or (end < size and (folded[end].isalnum() or folded[end] == "_"))
        ):  # a token starts and ends where no word character (\w) is next to it
            for kind in kinds:
                marks[kind].append((start, end))
        if not values:
            continue
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "-"):
            continue
        if end < size and folded[end].isalnum() and folded[last].isalnum():
            continue  # a phrase ending with an elision or a sign ("au départ d'", "US$") goes on
        for group, value in values:
            found[group].append((start, -end, value))
    hits = Hits({kind: sorted(spans) for kind, spans in marks.items()})
    new = tuple.__new__
    for group, items in found.items():
        items.sort()
        last_end = -1
        for start, neg_end, value in items:
            if start >= last_end:
                hits.add(group, new(Hit, (start, -neg_end, value)))
                last_end = -neg_end
    return hits
