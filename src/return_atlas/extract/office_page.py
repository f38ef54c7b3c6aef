"""Extractor for IOM country, regional and programme office pages that describe projects in prose.

A page describes one project under a title line, several projects as a list ("- Title"
followed by a lone "-" and a paragraph) or as headings each over its own label lines
("Durée :", "Donante:"), or one project named only in its prose ("The CEDR
project", "Through the SSS 2"). Each project takes its period, status and donor from its
title's brackets ("(April 2002 - December 2003)", "(Completed: November 2002)"), from inline
labels ("Donor:", "Durée :", "Budget:") and from its sentences ("co-financed by",
"implemented in the period from 01.07.2011 to 30.06.2012", "was completed in ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from return_atlas.classify.kind import PROJECT_CODE, label_field
from return_atlas.extract.drafts import Extraction, FundingDraft, InitiativeDraft, Spanned
from return_atlas.extract.prose import (
    Line,
    Page,
    clean_title,
    extract_page,
    gcm_objectives,
    is_acronym,
    label_of,
)
from return_atlas.extract.prose_events import Story, find_events, reported
from return_atlas.extract.prose_facts import (
    after_iom,
    find_fundings,
    find_publications,
    find_returns,
    return_context,
)
from return_atlas.extract.prose_fields import label_value, open_period
from return_atlas.extract.prose_initiatives import (
    Scope,
    build,
    drop_donor_funds,
    find_mentions,
    follow_pronouns,
    funders_from_fundings,
    is_iom,
    merge,
    opened_by_initiative,
    prose_budget,
    same,
    the_initiative_word,
)
from return_atlas.extract.prose_lexicon import COORDINATORS
from return_atlas.extract.prose_lines import BRACKETED_ACRONYM
from return_atlas.extract.prose_names import Named, find_named, title_head
from return_atlas.extract.prose_tokenizer import has_word, tokenize
from return_atlas.extract.prose_tokens import capture_orgs, runs
from return_atlas.normalise import grammar
from return_atlas.normalise.dates import find_period, parse_partial_date
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.money import find_amounts
from return_atlas.normalise.organizations import find_organizations
from return_atlas.normalise.text import fold
from return_atlas.normalise.vocab import exact, labels, lookup
from return_atlas.read.document import Document
from return_atlas.read.privacy import MASK

_TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,160})\)\s*$")


@dataclass(slots=True)
class Item:
    """One project of the page: its title (as a span) and the text that describes it."""

    named: Named
    start: int
    end: int
    status: Spanned[str] | None = None
    start_date: Spanned[str] | None = None
    end_date: Spanned[str] | None = None
    funders: tuple[tuple[int, int], ...] = ()
    code: Spanned[str] | None = None
    """The IOM project code its title's brackets give ("(MMIA-3.2.1/9-2020-00001; RR.0208)")."""


_STATUS_DATE = re.compile(rf"\s*([^\W\d]+)\s+{alt('at', 'since', 'article')}\s+(.*\d{{4}})\s*$")
"""A status word and its date without a colon: "Finalizada en junio de 2021", "Completed in
2019"."""
_QUOTES = "«“\"‘'„ "
"""Quotes that may open a listed title ("- «Volver a Empezar» (Finalizada en …)")."""


def _title_item(page: Page, line: Line, end: int) -> Item:
    """An item from a title line, its trailing brackets read as period, status or donor."""
    a, b = line.start, line.end
    item = Item(Named(clean_title(line.text), a, b, "project", how="heading"), a, end)
    m = _TRAILING_PAREN.search(page.text, a, b)
    if m is None or m.end() < b:
        return _unquoted(page, item)
    inner, i0, i1 = m.group(1), m.start(1), m.end(1)
    cut = True
    period = find_period(inner, page.lang)
    label, _, value = inner.partition(":")
    if not value and (bare := _STATUS_DATE.match(inner)):
        label, value = bare.group(1), bare.group(2)  # "(Finalizada en junio de 2021)"
    status = lookup("status", label.strip(), page.lang) if value else None
    if status:
        item.status = Spanned(status, i0, i1)
        date = parse_partial_date(value, page.lang)
        if date and status == "completed":
            item.end_date = Spanned(date, i0, i1)
        elif date:
            item.start_date = Spanned(date, i0, i1)
    elif period and (period[0] or period[1]):
        item.start_date = Spanned(period[0], i0, i1) if period[0] else None
        item.end_date = Spanned(period[1], i0, i1) if period[1] else None
    elif ongoing := open_period(inner, page.lang):
        # "(octobre 2019 - en cours)": a start and a status word instead of an end
        item.start_date = Spanned(ongoing[0], i0, i1)
        item.status = Spanned(ongoing[1], i0, i1)
    elif codes := [c for c in _CODE_PART.finditer(inner) if PROJECT_CODE.match(c.group())]:
        # "(MMIA-3.2.1/9-2020-00001; RR.0208)": a grant's reference and the IOM project code
        item.code = Spanned(codes[0].group(), i0 + codes[0].start(), i0 + codes[0].end())
    elif any(t.low in page.lex.org_words for t in tokenize(page, i0, i1)):
        item.funders = ((i0, i1),)
    elif not _YEAR_ALONE.fullmatch(inner):
        # (a year alone, "Assessment of AVR (2009)", is the project's time, not its name;
        # which of its dates it is the text must say)
        cut = False
        if is_acronym(inner.strip()):
            item.named.acronym = inner.strip()
    if cut:
        item.named.title = clean_title(page.text[a : m.start()])
        item.named.end = m.start()
    return _unquoted(page, item)


_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*")
_CODE_PART = re.compile(r"[^\s;,]+")
"""One reference of a title's brackets, between spaces, commas or semicolons."""

_QUOTED_TITLE = re.compile(r"(\w+)\s*[«“\"‘„]\s*([^«»“”\"‘’„]+?)\s*[»”\"’]?\s*(\([^()]*\))?\s*$")
"""A heading that is an initiative word and a quoted name, maybe with its acronym after it:
'Proyecto “Regreso Seguro”', "Projet « Réintégration sur mesure » (REINTEG+)"."""


def _unquoted(page: Page, item: Item) -> Item:
    """``item`` named by the quoted name of its heading, without the initiative word before
    it: the word says what the name is, the quotes say where it starts and ends."""
    named = item.named
    m = _QUOTED_TITLE.fullmatch(page.text, named.start, named.end)
    if m is None or page.lex.initiative_words.get(page.folded[m.start(1) : m.end(1)]) is None:
        return item
    named.title = clean_title(f"{m.group(2)} {m.group(3) or ''}")
    named.start, named.end = m.start(2), m.end(3) if m.group(3) else m.end(2)
    return item


def _dated_item(page: Page, line: Line, end: int) -> Item | None:
    """The item of a heading whose trailing brackets give a period or a status, else None."""
    if not line.text.endswith(")"):
        return None
    item = _title_item(page, line, end)
    return item if item.status or item.start_date or item.end_date else None


def _headline(page: Page, line: Line) -> bool:
    """True for a heading line that can be a project title."""
    if line.role != "heading" or line.bullet or len(line.text.split()) < 2:
        return False
    if MASK in line.text:
        return False  # "Contacts: IOM Vilnius Office, … Tel. ▒▒▒": a contact line, masked
    dates = page.dates(line.start, line.end)
    if sum(b - a for _, a, b in dates) >= len(line.text) / 2:
        return False
    if _section_heading(page, line.text):
        return False  # "Direct assistance to migrants": a section of the page, no project
    if _label_and_figure(page, line) or _among_fields(page, line):
        return False  # "Maximum project grant amount: € 1.000.000": a field, no title
    if _region_line(page, line):
        return False  # "Central and North America and the Caribbean": a card's region value
    if _office_name(page, line):
        return False  # "IOM Suva", "OIM Costa Rica": the office's name, not a project
    if _opens_with_organisation(page, line):
        return False  # "United Nations Economic and Social Commission … (ESCAP), Suva": an address
    previous = page.text[: line.start].rstrip().rpartition("\n")[2]
    if label_field(previous.strip()) is not None:
        return False  # "Region" / "Middle East and North Africa": a label's value, no title
    # "Algeria, Egypt, Libya, Morocco, Tunisia" under a "Countries" label: a value, no title
    places = page.countries_in(line.start, line.end)
    return not places or _LIST_GAP.sub("", _without(line.text, line.start, places)) != ""


def _label_and_figure(page: Page, line: Line) -> bool:
    """True for a short label, a colon and a figure, an amount or a date: a field of the page
    (an unknown label's), not a project's title."""
    label, colon, value = line.text.partition(":")
    if not colon or not value.strip() or len(label.split()) > _LABEL_WORDS:
        return False
    if label.count("(") != label.count(")"):
        return False  # "Return Assistance … (Completed: June 2004)": a title's status
    at = line.start + len(label) + 1
    first = value.strip()[:1]
    return (
        first.isdigit()
        or first in _MONEY_SIGNS  # "Project grant rate: 100%", "Amount: € 1.000.000"
        or bool(find_amounts(value, page.lang) or page.dates(at, line.end))
    )


_MONEY_SIGNS = frozenset("€$£¥")


_LABEL_WORDS = 6


def _among_fields(page: Page, line: Line) -> bool:
    """True for a "Label: value" line under another one ("Project Promoter: IOM" / "Outcome:
    Orderly and humane voluntary return …" / "Duration: July 2022 – June 2023"): a block of
    fields, whatever their labels ("Retorno Digno: fortalecimiento de …" over "Donante: …"
    opens the block: a title)."""
    if not _FIELD.match(line.text):
        return False
    k = line.index
    if k == 0 or page.lines[k - 1].end + 1 != line.start:
        return False  # (a blank line between: no block)
    return _FIELD.match(page.lines[k - 1].text) is not None


_FIELD = re.compile(r"[A-ZÀ-Ý][\w()'’-]*(?: [\w()'’-]+){0,3} ?:\s+\S")
"""A short capitalised label, a colon and a value on the same line."""


def _region_line(page: Page, line: Line) -> bool:
    """True for a heading made of the words of IOM's regions and of the points of the compass,
    countries aside ("Central and North America and the Caribbean", "Global, Malawi,
    Mozambique, South Africa", "Afrique de l'Ouest et du Centre")."""
    if len(line.text.split()) > _REGION_WORDS:
        return False
    countries = [(a, b) for _, a, b in page.countries_in(line.start, line.end)]
    words = [
        t.low
        for t in tokenize(page, line.start, line.end)
        if t.word and not any(a <= t.start < b for a, b in countries)
    ]
    content = [w for w in words if w not in page.lex.tokens["connector"]]
    return bool(content) and all(w in _region_words() for w in content)


_REGION_WORDS = 12
"""The longest region line looked at ("Global, Malawi, Mozambique, South Africa")."""


@cache
def _region_words() -> frozenset[str]:
    """Folded words of every IOM region label (and synonym) and of the points of the compass."""
    found = set(grammar.words("compass"))
    for label in labels("iom_region"):
        found.update(fold(label).split())
    return frozenset(found)


def _office_name(page: Page, line: Line) -> bool:
    """True for a heading that is IOM's name and a place: a country or a known town ("IOM
    Costa Rica", "IOM Port of Spain"), perhaps with one more word ("IOM Tajikistan Today"),
    or one capitalised word that is no acronym ("IOM Suva"; "IOM CREST" names an initiative)."""
    toks = [t for t in tokenize(page, line.start, line.end) if t.word]
    if len(toks) < 2 or toks[0].low not in page.lex.tokens["iom"]:
        return False
    rest = toks[1:]
    if len(rest) == 1 and rest[0].cap and not rest[0].acr:
        return rest[0].low not in page.lex.initiative_words
    a, b = rest[0].start, rest[-1].end
    places = [(x, y) for _, x, y in page.countries_in(a, b)]
    city = page.city_in(a, b)
    if city is not None:
        places.append(city[2:])
    if (a, b) in places:
        return True
    # "IOM Tajikistan Today": the office's name and one word that names no initiative
    word = page.lex.initiative_words.get(rest[-1].low)
    return len(rest) >= 2 and (a, rest[-2].end) in places and (word is None or word[1])


def _opens_with_organisation(page: Page, line: Line) -> bool:
    """True for a heading with no initiative word whose first capitalised run is headed by an
    organisation noun: a contact's address or a partner, not a project's title ("Strengthening
    the Capacity of the State Migration Service" is headed by its verb)."""
    if page.lex.org_words.isdisjoint(_WORD.findall(page.folded, line.start, line.end)):
        return False  # (no organisation noun: the cheap test first)
    every = tokenize(page, line.start, line.end)
    bracket = next((k for k, t in enumerate(every) if t.text == "("), len(every))
    toks = [t for t in every[:bracket] if t.word]  # not a donor in brackets after the title
    if not toks or title_head(page, toks) is not None:
        return False
    first = runs(page, toks)
    if not first or first[0].first != 0:
        return False
    # its head: the word before the run's first "of", "for" … ("… Social Commission for Asia")
    name = toks[: first[0].last + 1]
    joins = page.lex.tokens["connector"] - COORDINATORS
    k = next((k for k, t in enumerate(name) if k and t.low in joins), len(name))
    return name[k - 1].low in page.lex.org_words


def _section_heading(page: Page, text: str) -> bool:
    """True for an English heading in sentence case with no initiative word, acronym or figure
    ("Direct assistance to migrants"): English projects are written in title case, so this
    names a part of the page. French and Spanish titles are in sentence case: never true."""
    words = text.split()
    if page.lang != "en" or len(words) < _SECTION_WORDS:
        return False
    rest = [w for w in words[1:] if w[:1].isalpha()]
    return (
        bool(rest)
        and all(w[:1].islower() for w in rest)
        and not any(page.lex.initiative_words.get(w.casefold().strip(",.:;")) for w in words)
        and not any(ch.isdigit() for ch in text)
    )


_SECTION_WORDS = 2

_LIST_GAP = re.compile(rf"[\s,;/&]|\b(?:{alt('and')})\b", re.IGNORECASE)
"""What may stand between the names of a list."""


def _without(text: str, start: int, spans: list[tuple[str, int, int]]) -> str:
    """``text`` (which starts at page offset ``start``) with the spans cut out."""
    kept, at = [], 0
    for _, a, b in spans:
        kept.append(text[at : a - start])
        at = b - start
    return "".join(kept) + text[at:]


_ITEM_LABELS = frozenset({"period", "start", "end", "funders", "budget", "status"})
"""Fields of label lines that, right under a heading, make it a project's title."""


def _labelled(page: Page, lines: list[Line]) -> list[int]:
    """Indexes of headings over a project's label lines ("Durée :", "Donante:", "Budget:"),
    right under them or after a paragraph of their section, and, among such headings, of those
    that an initiative word opens or ends ("Iniciativa Regional …", "… Programme")."""
    heads = [k for k, ln in enumerate(lines) if _headline(page, ln)]
    out = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        for ln in lines[k + 1 : min(stop, k + 1 + _SECTION_LINES)]:
            got = label_of(page.folded[ln.start : ln.end], page.lex) if ln.role == "label" else None
            if got is not None and got[0] in _ITEM_LABELS:
                out.append(k)
                break
    if out:
        out = sorted(
            set(out)
            | {
                k
                for k in heads
                if k > out[0]
                and (_names_itself(page, lines[k]) or _called_so(page, lines[k + 1 : k + 2]))
            }
        )
    return out


_CALLED_WORDS = 12
"""Words at the start of a heading's paragraph in which it may be called "this initiative"."""


def _called_so(page: Page, after: list[Line]) -> bool:
    """True when the paragraph under a heading calls it "this (pilot) initiative / esta
    iniciativa piloto / ce projet": the heading is that initiative's name."""
    if not after or after[0].role != "body":
        return False
    words = page.folded[after[0].start : after[0].end].replace(",", " ").split()
    this = page.lex.tokens["pronoun"]
    return any(
        w in this
        and any(
            (word := page.lex.initiative_words.get(v)) is not None and not word[1]
            for v in words[i + 1 : i + 3]
        )
        for i, w in enumerate(words[:_CALLED_WORDS])
    )


_SECTION_LINES = 4
"""How far under a heading its label lines may start (a paragraph may come first)."""


def _names_itself(page: Page, line: Line) -> bool:
    """True for a title that an initiative word opens (French, Spanish) or ends (English)."""
    toks = [t for t in tokenize(page, line.start, line.end) if t.word]
    if not toks:
        return False
    tok = toks[0] if page.lang in {"fr", "es"} else toks[-1]
    word = page.lex.initiative_words.get(tok.low)
    return word is not None and not word[1] and tok.cap


_RUN_IN = re.compile(
    r"\(([A-Z][A-Za-z0-9+&/\-]{1,15})\)(?:\.\s+(?=[A-Z])|\s*:\s+(?=\w)|\s+[–—-]\s+(?=\w))"
)
_RUN_IN_MIN = 2


def _run_in(page: Page, lines: list[Line]) -> list[tuple[int, int, int]]:
    """Paragraphs, or items of a list, opened by a title in Title Case and its acronym, then a
    full stop, a colon or a dash: "Community-Based Reintegration Assistance (CoBRA). The
    project …", "- Safe Migration Project (SMP): funded by …", as (line index, title start,
    title end)."""
    connectors = page.lex.tokens["connector"] | page.lex.tokens["article"]
    out = []
    for k, ln in enumerate(lines):
        if ln.role != "body":
            continue
        m = _RUN_IN.search(page.text, ln.start, min(ln.end, ln.start + 200))
        if m is None:
            continue
        toks = tokenize(page, ln.start, m.start())
        named = [t for t in toks if t.word and t.low not in connectors]
        if len(named) >= 2 and all(t.cap for t in named) and not any(t.text == "," for t in toks):
            if any(a <= named[0].start and named[-1].end <= b for _, a, b in page.organizations()):
                continue  # "European Union (EU): the main donor": a body, not a project
            out.append((k, ln.start, m.end(1) + 1))
    return out


def _items(page: Page) -> list[Item]:
    """The projects the page describes."""
    lines = page.lines[page.content_from :]
    end = len(page.text)
    listed = [
        k
        for k, ln in enumerate(lines[:-1])
        if ln.bullet and lines[k + 1].role == "marker" and ln.text.lstrip(_QUOTES)[:1].isupper()
    ]
    if listed:
        bounds = [lines[k].start for k in listed] + [end]
        return [_title_item(page, lines[k], bounds[n + 1]) for n, k in enumerate(listed)]
    dated_at = [
        k for k, ln in enumerate(lines) if _headline(page, ln) and _dated_item(page, ln, end)
    ]
    dated = [_title_item(page, lines[k], end) for k in dated_at]
    labelled = _labelled(page, lines)
    if len(labelled) >= max(2, len(dated)) or (labelled and dated):
        # Several "Title" headings over their own "Period: / Donor:" lines, or with their
        # period in brackets ("Title (Completed: December 2022)"): one project each
        heads = sorted({*labelled, *dated_at})
        bounds = [lines[k].start for k in heads] + [end]
        return [_title_item(page, lines[k], bounds[n + 1]) for n, k in enumerate(heads)]
    run_in = _run_in(page, lines)
    if len(run_in) >= max(_RUN_IN_MIN, len(dated)):
        # Paragraphs each opened by "Title (ACR)." : one project each, up to the next one
        bounds = [a for _, a, _ in run_in] + [end]
        named = [
            Named(clean_title(page.text[a:b]), a, b, "project", how="heading") for _, a, b in run_in
        ]
        return [Item(n, n.start, stop) for n, stop in zip(named, bounds[1:], strict=False)]
    headed = _project_headings(page, lines, end)
    if len(headed) >= max(2, len(dated) + 1):
        # Several headings, each over a text about "the project" it titles: one project each
        heads = sorted({*headed, *dated_at})
        bounds = [lines[k].start for k in heads] + [end]
        return [_title_item(page, lines[k], bounds[n + 1]) for n, k in enumerate(heads)]
    if len(dated) >= 2:
        # Several "Title (period or status)" headings: one project each, up to the next one
        for item, nxt in zip(dated, [*dated[1:], None], strict=True):
            item.end = nxt.start if nxt is not None else end
        return dated
    start = lines[0].start if lines else 0
    if len(dated) == 1:
        # one "Title (January 2006 - June 2008)" heading under the site's and section's
        # headings: the project, not the first heading of the page
        dated[0].start = start
        return dated
    title: Line | None
    title_dropped = False  # a theme or a cut last line: the text's names are the projects
    if labelled:
        # one project heading over its label lines, under the site's and section's headings
        title = lines[labelled[0]]
    else:
        title = next((ln for ln in lines if _headline(page, ln)), None)
        if title is not None and _theme(page, title, end):
            title_dropped = True
            title = None  # "Migration and Border Management" over "… projects on Capacity
            # Building for Migration Management (CBMM)": the page's theme; its text names them
        if title is not None and _last_under_names(page, title):
            title_dropped = True
            title = None  # "… under the EU-IOM Joint Initiative … / The DFID-funded project
            # provides reintegrati": the cut last line of a text that names its programmes
    if title is not None and not labelled:
        title = _acronym_over(page, lines, title)
    if title is not None:
        trailing = None if labelled else _trailing_item(page, lines, title, end)
        if trailing is not None:
            # "Title 1 / its text / Este proyecto, que se ejecuta … / Title 2": the last heading,
            # with nothing after it, titles the paragraph before it
            heading = _title_item(page, title, trailing.start)
            heading.start = start
            return [heading, trailing]
        item = _title_item(page, title, end)
        item.start = start
        fuller = None if labelled else _fuller_name(page, title, end)
        if fuller is not None:
            # "Voluntary Return" over "IOM Ireland's Voluntary Assisted Return and
            # Reintegration Programme (VARRP) helps …": the section heading shortens the name
            item.named = fuller
        return [item]
    found: list[Named] = []
    for s0, s1 in page.sentences(start, end):
        found += [
            n
            for n in find_named(page, s0, s1)
            if n.how in {"acronym_word", "acronym", "apposition"}
            or (n.how == "quoted" and (n.acronym or _word_before(page, n)))
        ]  # "The project “Assisted Voluntary Return from Lithuania” (AVRL) was …", "Under the
        # Sustainable Return and Reintegration in Iraq (SRRI) programme, …"
        found += _via_acronym(page, s0, s1)
    if not found:
        found = [n for s0, s1 in page.sentences(start, end) for n in _defined_and_run(page, s0, s1)]
    if not found:
        # no heading, no acronym: the programmes the prose names after an article ("ejecutamos
        # el Programa de Prevención de …", "con el proyecto Retorno y Reintegración"), each one
        # an item of its own
        introduced = merge(
            [
                n
                for s0, s1 in page.sentences(start, end)
                for n in find_named(page, s0, s1)
                if n.how == "apposed" or _headed_after_article(page, n)
            ]
        )
        if len(introduced) >= 2:
            starts = [page.sentence_at(n.start)[0] for n in introduced]
            return [
                Item(n, a, b)
                for n, a, b in zip(introduced, starts, [*starts[1:], end], strict=True)
            ]
        found = introduced  # one: "l'Initiative conjointe UE-OIM pour la protection … vise à"
    named = merge(found)
    if not named:
        return []
    if len(named) >= 2 and title_dropped:
        starts = [page.sentence_at(n.start)[0] for n in named]
        if len(set(starts)) == len(starts):
            return [
                Item(n, a, b) for n, a, b in zip(named, starts, [*starts[1:], end], strict=True)
            ]
    # a project or programme before a strategy or policy it serves ("la Stratégie Nationale
    # (SNGM) … le projet MIDRIM … contribue": the page is the project's), then the most named
    best = max(
        named,
        key=lambda n: (n.itype in _OWN_TYPES, len(find_mentions(page, n, start, end))),
    )
    # what the page says before the name ("IOM has had a presence in Lithuania since 1998")
    # is about the office, not the project; label lines right before it ("Duration: 15.12.2005
    # to 31.01.2010") are the project's
    first = min((m[0] for m in find_mentions(page, best, start, end)), default=best.start)
    opening = page.sentence_at(min(first, best.start))[0]
    return [Item(best, _labels_before(page, start, opening), end)]


def _acronym_over(page: Page, lines: list[Line], title: Line) -> Line:
    """The heading right over ``title`` when it is an acronym alone, no organisation's ("CARE"
    over "Une approche coordonnée pour la réinsertion des victimes de la traite …"): the
    project's name, the line under it saying what it is; else ``title``."""
    k = lines.index(title)
    if not k or lines[k - 1].role != "heading":
        return title
    above = lines[k - 1]
    word = page.text[above.start : above.end].strip()
    if " " in word or not is_acronym(word) or is_iom(page, above.start, above.end):
        return title
    if find_organizations(word) or page.countries_in(above.start, above.end):
        return title
    return above


_OWN_TYPES = frozenset({"project", "programme"})
"""Types of initiative an office page describes as its own work."""


def _project_headings(page: Page, lines: list[Line], end: int) -> list[int]:
    """Indexes of the heading lines whose text, up to the next heading, opens by speaking of
    the project it titles: "Enhancing Border Management in Georgia / The project, funded by
    the EU, …", "Projet d'appui au retour (PARV) / Ce projet, financé par l'Italie, …"."""
    found = []
    heads = [k for k, ln in enumerate(lines) if ln.role == "heading"]
    for n, k in enumerate(heads):
        if not _headline(page, lines[k]) or not _name_like(page, lines[k]):
            continue
        stop = lines[heads[n + 1]].start if n + 1 < len(heads) else end
        text = page.sentences(lines[k].end, stop)[:_OPENING_SENTENCES]
        if any(_speaks_of_the_initiative(page, s0, s1) for s0, s1 in text):
            found.append(k)
    return found


def _name_like(page: Page, line: Line) -> bool:
    """True for a heading long enough to name a project, or holding an initiative word or an
    acronym; a short one ("Partenaires financiers") names a section of the page."""
    toks = [t for t in tokenize(page, line.start, line.end) if t.word]
    return len(toks) >= _NAME_WORDS or any(
        t.acr or t.low in page.lex.initiative_words for t in toks
    )


_NAME_WORDS = 4
"""Words of a heading that may name a project without an initiative word or an acronym."""
_OPENING_SENTENCES = 2
"""Sentences under a heading in which its text must speak of "the project"."""


def _speaks_of_the_initiative(page: Page, s0: int, s1: int) -> bool:
    """True when the sentence holds a definite article (or demonstrative) and a singular
    initiative word: "The project …", "Funded by Sweden, this project …", "… ce projet"."""
    if not page.hits.marked("initiative_word", s0, s1):
        return False
    toks = [t for t in tokenize(page, s0, s1) if t.word]
    return any(the_initiative_word(page, a.low, b.low) for a, b in itertools.pairwise(toks))


def _labels_before(page: Page, start: int, at: int) -> int:
    """The start of the run of label lines that ends right before offset ``at`` (``at`` when
    none does), not before ``start``."""
    lines = [ln for ln in page.lines if start <= ln.start < at]
    k = len(lines)
    while k and lines[k - 1].role == "label":
        k -= 1
    return lines[k].start if k < len(lines) else at


def _headed_after_article(page: Page, named: Named) -> bool:
    """True when ``named`` opens with a capitalised initiative word right after a definite
    article ("el Programa Mesoamérica", "the PROMISE Programme" is not: the word ends it)."""
    first = named.title.split(maxsplit=1)[0]
    word = page.lex.initiative_words.get(first.casefold())
    m = _WORD_BEFORE.search(page.folded, max(0, named.start - 12), named.start)
    return (
        word is not None
        and not word[1]
        and first[0].isupper()
        and " " in named.title
        and m is not None
        and _elided(page, m) in page.lex.tokens["definite"]
    )


def _elided(page: Page, m: re.Match[str]) -> str:
    """The word ``m`` found before a name, with its apostrophe when it is elided onto the name
    ("l'Initiative conjointe …": the article "l'")."""
    return m.group(1) + "'" if page.folded.startswith("'", m.end(1)) else m.group(1)


def _trailing_item(page: Page, lines: list[Line], title: Line, end: int) -> Item | None:
    """The project of a heading that ends the page, below the paragraph it titles, when that
    paragraph opens with "this project" ("Este proyecto, que se ejecuta …") after the text of an
    earlier heading: some office pages write a project's title after its text."""
    last = lines[-1] if lines else None
    if last is None or last is title or not _headline(page, last):
        return None
    if _the_initiative(page, last.start, last.end) is not None:
        return None  # "The overall objective of this project was to st": the cut text's line
    before = [p for p in page.paragraphs if title.end <= p.start and p.end <= last.start]
    if len(before) < 2 or not before[-1].sentences:  # the first heading's text, then this one's
        return None
    s0, s1 = before[-1].sentences[0]
    if not opened_by_initiative(page, s0, s1):
        return None
    item = _title_item(page, last, end)
    item.start = before[-1].start
    return item


def _theme(page: Page, title: Line, end: int) -> bool:
    """True for a short heading naming a field, or two joined with "and", with no initiative
    word, acronym or figure ("Labour Migration", "Migration and Border Management", "Diaspora
    and Development"), over a text whose first sentences define names by their acronyms that
    do not hold the heading's words: the theme of the page, whose projects the text names."""
    toks = [t for t in tokenize(page, title.start, title.end) if t.word]
    if not toks or len(toks) > _THEME_WORDS:
        return False
    if any(t.low in page.lex.initiative_words or t.acr or t.text[0].isdigit() for t in toks):
        return False
    joined = any(t.low in COORDINATORS for t in toks[1:-1])  # two fields: "Diaspora and …"
    bare = len(toks) <= _FIELD_WORDS and not any(
        t.low in page.lex.tokens["connector"] for t in toks
    )  # one field: "Labour Migration", "Border Management"
    if not (joined or bare):
        return False  # "Safe Homecoming for Stranded Workers" names a project
    words = set(_WORD.findall(page.folded, title.start, title.end))
    return any(
        not words <= set(_WORD.findall(page.folded, n.start, n.end))
        for n in _acronym_named(page, page.sentences(title.end, end)[:_THEME_SENTENCES])
    )


def _acronym_named(page: Page, sentences: list[tuple[int, int]]) -> Iterator[Named]:
    """The names ``sentences`` define by their acronyms ("Capacity Building for Migration
    Management (CBMM)", "the project SAFE (Safe Migration …)")."""
    for s0, s1 in sentences:
        for named in find_named(page, s0, s1):
            if named.how in {"acronym", "acronym_word"}:
                yield named


_THEME_WORDS = 6
_FIELD_WORDS = 3
_THEME_SENTENCES = 10
"""Sentences under a theme heading in which the names it stands over are looked for."""


def _last_under_names(page: Page, title: Line) -> bool:
    """True when the only heading is the page's last line and the text above it names
    initiatives by their acronyms: that line is the start of a sentence the page cuts, not a
    title written after its text (which the text above calls "this project")."""
    if title.index != len(page.lines) - 1:
        return False
    above = page.sentences(page.lines[page.content_from].start, title.start)
    if above and opened_by_initiative(page, *above[0]):
        return False  # "Este proyecto, ejecutado entre …": the title written after its text
    return any(True for _ in _acronym_named(page, above))


def _fuller_name(page: Page, title: Line, end: int) -> Named | None:
    """The name in the paragraph under a heading that holds every word of the heading and
    defines an acronym, if any."""
    words = set(_WORD.findall(page.folded, title.start, title.end))
    after = next((p for p in page.paragraphs if p.start > title.end), None)
    if after is None or not after.sentences:
        return None
    s0, s1 = after.sentences[0]
    for named in find_named(page, s0, min(s1, end)):
        if named.acronym and words <= set(_WORD.findall(page.folded, named.start, named.end)):
            return named
    return None


_WORD = re.compile(r"\w+")
"""A word, elisions cut off: the heading "Aide au retour …" is in "Programme d'aide au retour …"."""


def _defined_and_run(page: Page, s0: int, s1: int) -> list[Named]:
    """A capitalised name of three words or more that an acronym in brackets defines, in a
    sentence that says it was carried out or implemented ("Enhancing Sustainable Returns from
    Estonia (ESTRET) was carried out by IOM from 01.09.2015 to 31.08.2017"): on a page that
    names no project otherwise, its project, though no initiative word says so."""
    if not page.hits.within("cue:implementation", s0, s1):
        return []
    out: list[Named] = []
    for m in _BRACKETED_ACRONYM.finditer(page.text, s0, s1):
        if not is_acronym(m.group(1)) or any(
            a <= m.start(1) < b for _, a, b in page.organizations()
        ):
            continue
        before = tokenize(page, s0, m.start())
        got = [r for r in runs(page, before) if r.last == len(before) - 1]
        if not got or got[0].caps < _DEFINED_WORDS:
            continue
        name = before[got[0].first :]
        if any(t.low in page.lex.org_words for t in name) or any(
            a <= name[0].start and name[-1].end <= b for a, b in page.places()
        ):
            continue
        title = clean_title(page.text[name[0].start : m.end()])
        out.append(Named(title, name[0].start, m.end(), "project", m.group(1), "acronym"))
    return out


_BRACKETED_ACRONYM = re.compile(BRACKETED_ACRONYM)
_DEFINED_WORDS = 3
"""Capitalised words, at least, of a name an acronym defines without an initiative word."""


def _via_acronym(page: Page, s0: int, s1: int) -> list[Named]:
    """ "Through the SSS 2, IOM ...": a programme named by an acronym after a channel word."""
    out: list[Named] = []
    orgs = page.organizations()
    for hit in page.hits.within("cue:via", s0, s1):
        toks = tokenize(page, hit.end, min(s1, hit.end + 40))
        k = 1 if toks and toks[0].low in page.lex.tokens["article"] else 0
        if k < len(toks) and toks[k].acr and not any(a <= toks[k].start < b for _, a, b in orgs):
            stop = (
                toks[k + 1].end if k + 1 < len(toks) and toks[k + 1].text.isdigit() else toks[k].end
            )
            out.append(
                Named(page.text[toks[k].start : stop], toks[k].start, stop, "programme", how="via")
            )
    return out


def _itype(page: Page, item: Item, sentences: list[tuple[int, int]]) -> str:
    """Initiative type: the title's head noun, else the first initiative word of the text."""
    toks = [t for t in tokenize(page, item.named.start, item.named.end) if t.word]
    if toks:
        for k in (len(toks) - 1, 0):
            word = page.lex.initiative_words.get(toks[k].low)
            if word and not word[1] and (k == 0) == (page.lang in {"fr", "es"}):
                return word[0]
    if item.named.how != "heading":
        return item.named.itype
    for s0, s1 in sentences:
        itype = _the_initiative(page, s0, s1)
        if itype is not None:
            return itype
    return item.named.itype


def _the_initiative(page: Page, a: int, b: int) -> str | None:
    """The type of the first lower-case singular initiative word after a definite article in
    ``[a, b)``: "this project", "le programme", "del proyecto"."""
    toks = tokenize(page, a, b)
    for k, tok in enumerate(toks):
        if k and tok.text.islower() and the_initiative_word(page, toks[k - 1].low, tok.low):
            if page.hits.overlapping("cue:via", tok.start, tok.end):
                continue  # "dans le cadre des programmes", "en el marco de": a channel's words
            return page.lex.initiative_words[tok.low][0]
    return None


def _labels(page: Page, item: Item, draft: InitiativeDraft, fundings: list[FundingDraft]) -> None:
    """Fields from label lines ("Donor:", "Durée :", "Budget:") inside the item; the amounts
    a "Donor:" line gives its givers go to ``fundings``."""
    lines = [ln for ln in page.lines if item.start <= ln.start < item.end]
    for k, ln in enumerate(lines):
        if ln.role != "label":
            continue
        got = label_of(page.folded[ln.start : ln.end], page.lex)
        if got is None:
            continue
        field_name, offset = got
        a, b = ln.start + offset, ln.end
        if a >= b and k and draft.status is None:
            # a card: "Past activities" / "Start and End Date" / "1 April 2016 – 30 June 2019"
            # (a bare status line over a bare label)
            draft.status = _status_line(page, lines[k - 1])
        if a >= b and k + 1 < len(lines):
            a, b = lines[k + 1].start, lines[k + 1].end
        value = page.text[a:b].strip()
        if not value:
            continue
        label_value(page, draft, field_name, value, span=(a, b), fundings=fundings)
    for s0, s1 in page.sentences(item.start, item.end):
        # a label run into the prose: "… (VRP-UK). Duration: January 2016 – March 2019."
        if page.text.find(":", s0, s1) < 0:
            continue
        got = label_of(page.folded[s0:s1], page.lex)
        if got is not None and got[0] in _ITEM_LABELS:
            a, b = s0 + got[1], s1
            value = page.text[a:b].strip().rstrip(".")
            if value:
                label_value(page, draft, got[0], value, span=(a, b), fundings=fundings)


def _donor_line(page: Page, item: Item) -> list[Spanned[str]]:
    """The givers a card names on a line of their own between its fields and its first
    section ("Budget EUR 498,528" / "Bureau of Population, Refugees, and Migration" /
    "Project Description"): a "Donor" label the page shows as an image."""
    lines = [ln for ln in page.lines if item.start <= ln.start < item.end]
    k = next((k for k, ln in enumerate(lines[:_CARD_LINES]) if ln.role == "section"), None)
    if k is None or k < _CARD_MIN:
        return []
    line = lines[k - 1]
    if line.role not in {"heading", "body"} or label_field(line.text) is not None:
        return []
    orgs = capture_orgs(page, tokenize(page, line.start, line.end), 0)
    if not orgs or orgs[0][0] != line.start or page.text[orgs[-1][1] : line.end].strip(" ."):
        return []  # (names only: "European Commission through IPA II fund and …" is prose)
    return [Spanned(clean_title(page.text[a:b]), a, b) for a, b in orgs if not is_iom(page, a, b)]


_CARD_LINES = 12
"""Lines from an item's title in which a card's first section heading is looked for."""
_CARD_MIN = 3
"""The title, one field line at least, then the givers' line."""


def _status_line(page: Page, line: Line) -> Spanned[str] | None:
    """The status a short heading names whole ("Past activities", "Ongoing"), if any (a
    whole label of the vocabulary, not a prefix of one)."""
    if line.role != "heading" or len(line.text.split()) > _STATUS_WORDS:
        return None
    status = exact("status", line.text, page.lang)
    return None if status is None else Spanned(status, line.start, line.end)


_STATUS_WORDS = 3
"""Words of a status line at most ("Past activities", "En cours")."""


def _about(
    page: Page, sentences: list[tuple[int, int]], item: Item, *, every: bool = False
) -> list[tuple[int, int]]:
    """Sentences about the item: naming it, an initiative word or IOM (``every``: all but
    label lines)."""
    mentions = find_mentions(page, item.named, item.start, item.end)
    labels = [(ln.start, ln.end) for ln in page.lines if ln.role == "label"]
    out: list[tuple[int, int]] = []
    for k, (s0, s1) in enumerate(sentences):
        if any(a <= s0 < b for a, b in labels):
            continue
        if (
            every
            or any(s0 <= m[0] < s1 for m in mentions)
            or has_word(page, "initiative_word", s0, s1)
            or has_word(page, "iom", s0, s1)
            or bool(page.hits.within("cue:funding", s0, s1))  # "Funding was provided by …"
            or bool(page.hits.within("cue:activities", s0, s1))  # "Les activités se déroulent …"
            or (k and out and out[-1] == sentences[k - 1] and _opens_with_running(page, s0, s1))
        ):
            out.append((s0, s1))
    return out


def _opens_with_running(page: Page, s0: int, s1: int) -> bool:
    """True when the sentence opens with a verb of running, its subject left out: "Este
    proyecto … fortalece … . Se ejecuta entre enero de 2022 y diciembre de 2023 …" goes on
    about the initiative of the sentence before."""
    return any(hit.start == s0 for hit in page.hits.within("cue:implementation", s0, s1))


def _office_country(page: Page, end: int) -> Spanned[str] | None:
    """The country of the office, written before the first project: "IOM Armenia",
    "l'OIM Tunisie", "La OIM en Ecuador", "IOM in Ghana"."""
    iom = page.lex.tokens["iom"]
    start = page.lines[page.content_from].start if page.content_from < len(page.lines) else 0
    for code, a, b in page.countries:
        if not start <= a < end:
            continue
        before = [w.split("'")[-1] for w in page.folded[max(0, a - 20) : a].split()]
        if after_iom(before, iom):
            return Spanned(code, a, b)
    return None


def extract_office_page(doc: Document, lang: str | None) -> Extraction:
    """Projects, returns and fundings that an office page describes."""
    return extract_page(doc.text, lang, "office_page", _extract)


def _extract(page: Page, extraction: Extraction) -> None:
    """Fill ``extraction`` from ``page``."""
    lines = page.lines[page.content_from :]
    # (a thematic area's heading, "Migration and Development", names the page it opens)
    head = next(
        (ln for ln in lines if ln.role in {"heading", "theme"}), lines[0] if lines else None
    )
    if head is not None:
        extraction.title = Spanned(clean_title(head.text), head.start, head.end)
    extraction.published = page.published()
    items = _items(page)
    if not items:
        extraction.warnings.append("no project title or project name found")
    office = _office_country(page, min((item.named.start for item in items), default=0))
    if items and page.content_from < len(page.lines):
        # the office's own figures, written before its first project
        intro = page.sentences(page.lines[page.content_from].start, items[0].start)
        extraction.returns.extend(find_returns(page, intro))
        extraction.initiatives += _introduced_programmes(page, intro, items)
    for item in items:
        sentences = page.sentences(item.start, item.end)
        # Under one of several project headings, every sentence up to the next is about it
        about = _about(page, sentences, item, every=len(items) > 1)
        scope = Scope(item.named, about)
        # "… by the Estonian Ministry of the Interior. It was completed in December 2016."
        follow_pronouns(page, sentences, [scope])
        scope.sentences.sort()
        scope.mentions = find_mentions(page, item.named, item.start, item.end)
        item.named.itype = _itype(page, item, scope.sentences)
        draft = build(page, [scope], exclude=list(item.funders))[0]
        for a, b in item.funders:
            draft.funders.insert(0, Spanned(clean_title(page.text[a:b]), a, b))
        draft.status = item.status or draft.status
        draft.start = item.start_date or draft.start
        draft.end = item.end_date or draft.end
        draft.iom_project_code = item.code or draft.iom_project_code
        labelled: list[FundingDraft] = []
        _labels(page, item, draft, labelled)
        if not draft.funders:
            draft.funders = _donor_line(page, item)
        if not draft.countries and office is not None:
            draft.countries.append(office)  # a project of "IOM Ecuador" works in Ecuador
        draft.gcm_objectives += gcm_objectives(page, item.start, item.end)
        extraction.initiatives.append(draft)
        if draft.budget_amount is None:
            prose_budget(page, sentences, draft)
        # a return word of the name, not one inside "Returnee" ("Returnee Reintegration and
        # Community Stabilization"): the project's figures count returns
        context = return_context(page, (item.named.start, item.named.end))
        for ret in find_returns(page, sentences, context=context):
            if ret.programme is None and context:
                ret.programme = Spanned(item.named.title, item.named.start, item.named.end)
            if ret.start is None and ret.end is None:
                # "During this period, the programme helped 1,214 …": the project's period
                s0, s1 = page.sentence_at(ret.count.start)
                if page.hits.within("cue:this_period", s0, s1):
                    ret.start, ret.end = draft.start, draft.end
            extraction.returns.append(ret)
        for funding in labelled + find_fundings(page, sentences):
            funding.recipient_title = item.named.title
            extraction.fundings.append(funding)
        for event in find_events(page, Story(item.start, item.end), sentences):
            if reported(event):  # a project's activities in general are not events
                event.initiative_title = item.named.title
                if event.country is None and event.city is not None and office is not None:
                    event.country = office  # a town the city table lacks, on an office's page
                extraction.events.append(event)
        extraction.publications.extend(find_publications(page, sentences))
        extraction.initiatives += _apposed(page, sentences, item, extraction)
    funders_from_fundings(page, extraction.initiatives, extraction.fundings)
    drop_donor_funds(extraction)


def _introduced_programmes(
    page: Page, intro: list[tuple[int, int]], items: list[Item]
) -> list[InitiativeDraft]:
    """Initiatives the office's text before its project headings names with an acronym
    ("Depuis 2005, l’OIM Maroc met en œuvre un programme d’aide au retour volontaire et à la
    réintégration (AVRR) …"), with the fields of their own sentences."""
    titles = {item.named.title.casefold() for item in items}
    found = [
        named
        for s0, s1 in intro
        for named in find_named(page, s0, s1)
        if named.how == "acronym" and named.title.casefold() not in titles
    ]
    return [
        build(page, [_scope_in(page, named, intro, intro[0][0], intro[-1][1])])[0]
        for named in merge(found)
    ]


def _scope_in(
    page: Page, named: Named, sentences: list[tuple[int, int]], start: int, end: int
) -> Scope:
    """The scope of ``named``: its mentions in ``[start, end)`` and the sentences holding them."""
    scope = Scope(named)
    scope.mentions = find_mentions(page, named, start, end)
    scope.sentences = [s for s in sentences if any(s[0] <= m[0] < s[1] for m in scope.mentions)]
    return scope


def _introduced(page: Page, named: Named) -> bool:
    """True when an initiative word stands right before a name ("the follow-up project,
    Strengthening …", "le projet Tremplin"), or the name is quoted by one ("the project
    titled ‘Strengthening …’", "the “…” project")."""
    return named.how in ("apposed", "quoted") or bool(named.acronym and _word_before(page, named))


def _word_before(page: Page, named: Named) -> tuple[str, bool] | None:
    """(initiative_type, plural) of the initiative word right before a name, if any."""
    m = _WORD_BEFORE.search(page.folded, max(0, named.start - 30), named.start)
    return page.lex.initiative_words.get(m.group(1)) if m else None


_WORD_BEFORE = re.compile(r"(\w+)\s*,?\s*[\"“«‘']?\s*$")


def _apposed(
    page: Page, sentences: list[tuple[int, int]], item: Item, extraction: Extraction
) -> list[InitiativeDraft]:
    """Other initiatives a project's text introduces by an initiative word ("The follow-up
    project, Strengthening Return Counselling in Reception Centres (STREC), started …"), with
    the fields of their own sentences."""
    known = " | ".join(d.title.value.casefold() for d in extraction.initiatives)
    found = [
        named
        for s0, s1 in sentences
        for named in find_named(page, s0, s1)
        if _introduced(page, named)
        and named.title.casefold() not in known  # "le projet MORE" under "Projet … (MORE)"
        and not (named.acronym and f"({named.acronym.casefold()})" in known)
        and not (item.named.start <= named.start < item.named.end)
        and not same(named, item.named)  # the heading's project, written without its "the"
    ]
    out: list[InitiativeDraft] = []
    for named in merge(found):
        word = _word_before(page, named)
        if word is not None:
            named.itype = word[0]  # "the follow-up project, Strengthening … Centres (STREC)"
        scope = _scope_in(page, named, sentences, item.start, item.end)
        follow_pronouns(page, sentences, [scope])  # "It trains the staff of … in Finland"
        out += build(page, [scope])
    return out
