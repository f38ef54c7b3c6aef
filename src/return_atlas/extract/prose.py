"""Shared helpers of the prose extractors: lines, paragraphs and sentences with offsets.

A :class:`Page` reads a document once: it splits the text into lines, drops the site
navigation at the top, tags each line (boilerplate, caption, label, heading, body), joins
hard-wrapped lines into paragraphs, cuts paragraphs into sentences, and scans the folded text
for every phrase of the language's lexicon. All spans are offsets into ``Document.text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from return_atlas.classify.layout import PUBLISHED
from return_atlas.extract.drafts import Extraction, Kind, Spanned
from return_atlas.extract.prose_lexicon import Hits, Lexicon, lexicon, pfold, scan
from return_atlas.extract.prose_lines import (
    BRACKETED_ACRONYM,
    Line,
    Paragraph,
    content_start,
    label_of,
    paragraphs,
    split_lines,
    tag_lines,
)
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.dates import find_dates, find_period
from return_atlas.normalise.grammar import joined
from return_atlas.normalise.organizations import find_organizations

if TYPE_CHECKING:
    from return_atlas.extract.prose_tokenizer import Tokens


@dataclass(slots=True)
class Page:
    """A document read for prose extraction."""

    text: str
    lang: str | None
    lex: Lexicon
    folded: str
    flat: str
    """The text with line breaks as spaces (same offsets), for patterns that cross lines."""
    hits: Hits
    lines: list[Line] = field(default_factory=list)
    content_from: int = 0
    """Index into ``lines`` of the first line after the navigation menu."""
    paragraphs: list[Paragraph] = field(default_factory=list)
    countries: list[tuple[str, int, int]] = field(default_factory=list)
    _orgs: list[tuple[str, int, int]] | None = None
    _places: set[tuple[int, int]] | None = None
    _dates: dict[tuple[int, int], list[tuple[str, int, int]]] = field(default_factory=dict)
    _periods: dict[tuple[int, int], tuple[str | None, str | None, int, int] | None] = field(
        default_factory=dict
    )
    tokens: Tokens | None = None
    """The tokens of the text (see :func:`prose_tokenizer.tokenize`), made on first use."""
    _languages: frozenset[int] | None = None

    def organizations(self) -> list[tuple[str, int, int]]:
        """Gazetteer organisations named in the text (id, start, end), found once."""
        if self._orgs is None:
            self._orgs = find_organizations(self.text)
        return self._orgs

    def places(self) -> set[tuple[int, int]]:
        """Spans of the countries and gazetteer organisations named in the text, found once."""
        if self._places is None:
            self._places = {(a, b) for _, a, b in self.countries} | {
                (a, b) for _, a, b in self.organizations()
            }
        return self._places

    def sentences(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Sentence spans of body paragraphs that lie inside ``[start, end)``."""
        stop = len(self.text) if end is None else end
        return [
            s
            for p in self.paragraphs
            if p.end > start and p.start < stop
            for s in p.sentences
            if s[0] >= start and s[1] <= stop
        ]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence (or line) holding offset ``pos``."""
        for p in self.paragraphs:
            if p.start <= pos < p.end:
                for s in p.sentences:
                    if s[0] <= pos < s[1]:
                        return s
                return (p.start, p.end)
        return (pos, pos)

    def paragraph_start(self, pos: int) -> int:
        """Where the paragraph holding offset ``pos`` starts (``pos`` itself outside any)."""
        return next((p.start for p in self.paragraphs if p.start <= pos < p.end), pos)

    def countries_in(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Countries named (or given by a demonym) inside ``[start, end)``, in text order."""
        found = [c for c in self.countries if c[1] >= start and c[2] <= end]
        demonyms = self.hits.within("demonym", start, end)
        if demonyms:
            languages = self.languages()
            named = [(a, b) for _, a, b in found]  # "Russian" inside "Russian Federation"
            found += [
                (h.value, h.start, h.end)
                for h in demonyms
                if h.start not in languages and not any(a <= h.start < b for a, b in named)
            ]
        return sorted(found, key=lambda c: c[1])

    def languages(self) -> frozenset[int]:
        """Starts of the demonyms that name languages, listed after "translated into /
        traduits en / traducidos al" ("into Russian, Ukrainian and Vietnamese"), found once."""
        if self._languages is None:
            found: set[int] = set()
            starts = {h.start: h.end for h in self.hits.within("demonym", 0, len(self.text))}
            for hit in self.hits.within("cue:languages", 0, len(self.text)):
                at = hit.end
                while at < len(self.text) and self.text[at].isspace():
                    at += 1
                while at in starts:
                    found.add(at)
                    joint = _LANGUAGE_JOIN.match(self.text, starts[at])
                    if joint is None:
                        break
                    at = joint.end()
            self._languages = frozenset(found)
        return self._languages

    def dates(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Dates written with a year in ``[start, end)``: (partial date, start, end), cached."""
        found = self._dates.get((start, end))
        if found is None:
            found = []
            if _YEAR.search(self.text, start, end):
                chunk = self.text[start:end]
                found = [(v, start + a, start + b) for v, a, b in find_dates(chunk, years=True)]
            self._dates[(start, end)] = found
        return found

    def period(self, start: int, end: int) -> tuple[str | None, str | None, int, int] | None:
        """The first period ("from X to Y", "2017-2019") in ``[start, end)``, cached."""
        if (start, end) not in self._periods:
            got = None
            if _YEAR.search(self.text, start, end):
                got = find_period(self.text[start:end], self.lang)
            self._periods[(start, end)] = (
                None if got is None else (got[0], got[1], start + got[2], start + got[3])
            )
        return self._periods[(start, end)]

    def published(self) -> Spanned[str] | None:
        """The date a "Date Shared: ..." line (or the line after it) gives, if any."""
        for k, line in enumerate(self.lines):
            if line.role != "date":
                continue
            for a, b in (
                (line.start, line.end),
                *((ln.start, ln.end) for ln in self.lines[k + 1 : k + 2]),
            ):
                found = self.dates(a, b)
                if found:
                    return Spanned(*found[0])
        return None

    def future(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` speaks of the future: "will", "sera", "ayudará"."""
        if self.hits.within("cue:future", start, end):
            return True
        suffixes = tuple(self.lex.tokens["future_suffix"])
        return bool(suffixes) and any(
            len(w) >= 6 and w.lower().endswith(suffixes) for w in self.text[start:end].split()
        )

    def city_in(self, start: int, end: int) -> tuple[str, str, int, int] | None:
        """The first known city written with a capital inside ``[start, end)``: name, ISO3, span."""
        for hit in self.hits.within("city", start, end):
            if self.text[hit.start].isupper():
                return (self.text[hit.start : hit.end], hit.value, hit.start, hit.end)
        return None


_LANGUAGE_JOIN = re.compile(rf"\s*{joined('and')}\s*", re.IGNORECASE)

QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}
"""Opening quotation marks and the mark that closes each."""
CLAUSE_MARKS = frozenset(",;:()")
"""Marks that end a clause: what stands on either side belongs to different clauses."""


DATELINE = re.compile(r"[^–—\n]{0,40}?\s[–—-]\s")
"""A dateline opening a sentence: a place of up to 40 characters and a dash ("Ciudad de
México – ", "Addis Ababa – ")."""


def after_dateline(page: Page, s0: int) -> int:
    """Where the sentence starting at ``s0`` begins after its dateline (``s0`` if none), and
    after the day the page was published when the store's copy opens with it (" date 2019-07
    En 2018, l'OIM a aidé …": the sentence's own time is 2018)."""
    published = PUBLISHED.match(page.text, s0)
    if published is not None:
        s0 = published.end()
    m = DATELINE.match(page.text, s0)
    return m.end() if m else s0


def read_page(text: str, lang: str | None) -> Page:
    """Read ``text`` into a :class:`Page` (never raises on odd input)."""
    lex = lexicon(lang)
    folded = pfold(text)
    page = Page(
        text=text,
        lang=lang,
        lex=lex,
        folded=folded,
        flat=text.replace("\n", " "),
        hits=scan(folded, lex),
    )
    page.lines = tag_lines(split_lines(text), text, folded, lex)
    page.content_from = content_start(page.lines)
    page.paragraphs = paragraphs(text, page.lines, page.content_from)
    start = page.lines[page.content_from].start if page.content_from < len(page.lines) else 0
    skip = [(ln.start, ln.end) for ln in page.lines if ln.role in {"caption", "feed"}]
    cities = page.hits.within("city", 0, len(text))
    page.countries = [
        c
        for c in find_countries(text)
        if c[1] >= start
        and not any(a <= c[1] < b for a, b in skip)
        # "Port of Spain": Spain inside the name of a town of another country
        and not any(h.start <= c[1] and c[2] <= h.end and h.value != c[0] for h in cities)
    ]
    return page


def extract_page(
    text: str, lang: str | None, kind: Kind, fill: Callable[[Page, Extraction], None]
) -> Extraction:
    """The extraction of a prose page of ``kind``, filled by ``fill`` from the page read from
    ``text``. A failure part-way keeps what was found and says that reading stopped."""
    extraction = Extraction(kind=kind, language=lang or "")
    try:
        fill(read_page(text, lang), extraction)
    except Exception as error:  # what was found before stays
        what = kind.replace("_", " ")
        extraction.warnings.append(f"{what} extraction stopped early: {error!r}")
    # an event with neither title, date nor town ("the training" of a practice's teaser, "IOM
    # launched … in Guatemala") tells no one which event it is: a country or the initiative
    # it belongs to does not (the expected files hold 8 such events of 727, all optional)
    extraction.events = [e for e in extraction.events if e.title or e.start or e.city]
    return extraction.tidy()


__all__ = [
    "CLAUSE_MARKS",
    "DATELINE",
    "QUOTE_PAIRS",
    "Line",
    "Page",
    "Paragraph",
    "acronym_after",
    "after_dateline",
    "clean_title",
    "extract_page",
    "is_acronym",
    "label_of",
    "read_page",
    "shouting",
]


def clean_title(text: str) -> str:
    """A title as written: edges stripped of bullets, quotes and punctuation, spaces collapsed,
    and the attributes of broken link markup left out ("Returnee Business Incubator Network
    (REB\" href=\"/hub/node/4412\">")."""
    if "=" in text:
        text = _MARKUP.sub(" ", text)
    return " ".join(text.split()).strip(" -–—•*:;,.|\"“”«»'‘’")


_MARKUP = re.compile(r'(?:"[\w-]*")?\s*\b(?:href|target|title|class|rel)="[^"]*"?\s*>?')
"""Attributes of link markup a page kept as text: ' href="/hub/node/4412">', ' target="_blank"'."""


def acronym_after(text: str, pos: int) -> re.Match[str] | None:
    """The bracketed acronym written right after ``pos`` ("… au Mali (PARDIM)"), if any;
    its group 1 is the acronym."""
    m = _ACRONYM_AFTER.match(text, pos)
    return m if m is not None and is_acronym(m.group(1)) else None


_ACRONYM_AFTER = re.compile(rf"\s*{BRACKETED_ACRONYM}")


def is_acronym(word: str) -> bool:
    """True for an acronym such as IOM, AVRR, REAG/GARP, EU-IOM, SSS (two capitals or more),
    ReNeC-WB (two lower-case letters at most among three capitals or more), or MoTuSe (three
    capitals or more, each with two lower-case letters at most)."""
    if len(word) > 16:
        return False
    capitals = len(_UPPER.findall(word))
    if _ACRONYM.fullmatch(word) is not None:
        return capitals >= 2
    return capitals >= _MIXED_CAPITALS and (
        (_MIXED_ACRONYM.fullmatch(word) is not None and sum(c.islower() for c in word) <= 2)
        or _SYLLABLE_ACRONYM.fullmatch(word) is not None
    )


_MIXED_CAPITALS = 3
_MIXED_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&/.\-]*")
_SYLLABLE_ACRONYM = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ]{0,2}){3,6}")
"""An acronym of the first syllables of its words: "MoTuSe" (Morocco, Tunisia, Senegal)."""


_YEAR = re.compile(r"(?:19[5-9]\d|20[0-3]\d)(?<!\d....)(?!\d)")
"""A year 1950-2039 with no digit on either side (the test of the character before comes after
the year, so that the pattern starts with literals and is searched fast)."""
_ACRONYM = re.compile(r"(?:[A-ZÀ-Ý]|\d[A-ZÀ-Ý])[A-ZÀ-Ý0-9&/.\-]*[a-z]?[A-ZÀ-Ý0-9&/.\-]*")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")


_UPPER_BYTES = bytes(b for b in range(256) if _UPPER.match(chr(b)))
_LOWER_BYTES = bytes(b for b in range(256) if _LOWER.match(chr(b)))


def shouting(text: str) -> bool:
    """True for a line written in capitals (a heading), where capitals say nothing."""
    # Both letter classes lie in Latin-1: other characters become "?", and bytes count fast.
    latin1 = text.encode("latin-1", "replace")
    upper = len(latin1) - len(latin1.translate(None, _UPPER_BYTES))
    return upper > 6 and upper > 4 * (len(latin1) - len(latin1.translate(None, _LOWER_BYTES)))


_OBJECTIVES = re.compile(
    r"\b(?:GCM\s+|PMM\s+)?(?:objectives?|objectifs?|objetivos?)\s+"
    r"(\d{1,2}(?:\s*(?:,|&|\band\b|\bet\b|\by\b)\s*\d{1,2}\b)*)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,2}")


def gcm_objectives(page: Page, start: int, end: int) -> list[Spanned[int]]:
    """Global Compact objectives named in ``[start, end)``: "Objective 21", "GCM Objectives 18
    and 21", "objectifs 5, 7 et 21" (numbers 1 to 23 only)."""
    if page.folded.find("obje", start, end) < 0:  # in every objective word: a quick test
        return []
    out: list[Spanned[int]] = []
    for m in _OBJECTIVES.finditer(page.text, start, end):
        for n in _NUMBER.finditer(page.text, m.start(1), m.end(1)):
            if 1 <= int(n.group()) <= 23:
                out.append(Spanned(int(n.group()), n.start(), n.end()))
    return out
