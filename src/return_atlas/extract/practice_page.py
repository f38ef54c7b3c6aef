"""Extractor for repositories of practices: UN Migration Network Hub, GFMD platform, IOM hubs.

A page holds one practice record (a title line, then its text), a listing of records (each
title followed by a "Submitted by ..." line), or a listing of untitled teasers (bullets).
Each titled record is an initiative, of type "practice" unless its text makes it a project,
programme, network, fund or strategy; the bodies, projects and funds a record describes by
name are initiatives too. Record countries are those of its title, else the country its text
speaks of most; "Objective 21" / "GCM Objective 21: ..." ties it to a Global Compact objective.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from return_atlas.extract.drafts import Extraction, InitiativeDraft, ReturnDraft, Spanned
from return_atlas.extract.prose import (
    Line,
    Page,
    clean_title,
    extract_page,
    gcm_objectives,
    label_of,
)
from return_atlas.extract.prose_events import Story, find_events, reported
from return_atlas.extract.prose_facts import find_fundings, find_publications, find_returns
from return_atlas.extract.prose_fields import label_value
from return_atlas.extract.prose_initiatives import (
    Scope,
    build,
    drop_donor_funds,
    find_mentions,
    follow_pronouns,
    merge,
    origins,
    residences,
    the_initiative_word,
)
from return_atlas.extract.prose_lexicon import lexicon
from return_atlas.extract.prose_names import Named, find_named, funded_subjects, title_head
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import POSSESSIVES, capture_orgs, runs
from return_atlas.normalise import grammar
from return_atlas.read.document import Document


@dataclass(slots=True)
class Record:
    """One practice record: its title line (None for a teaser) and its text span."""

    title: Line | None
    start: int
    end: int


def _records(page: Page) -> list[Record]:
    """The records of the page."""
    lines = page.lines[page.content_from :]
    end = len(page.text)
    heads = []
    for k, ln in enumerate(lines):
        if ln.role == "byline":
            title = next((x for x in reversed(lines[:k]) if x.role in {"heading", "body"}), None)
            if title is not None and title not in heads and _titled(title):
                heads.append(title)
    if heads:
        bounds = [h.start for h in heads] + [end]
        return [Record(h, h.start, bounds[n + 1]) for n, h in enumerate(heads)]
    titled = [
        ln
        for ln, nxt in pairwise(lines)
        if ln.bullet
        and ln.role == "heading"
        and nxt.role == "body"
        and len(nxt.text) > _TEASER_LENGTH
    ]
    if len(titled) >= 2:
        # a listing of "• Title" bullets, each followed by the record's text
        bounds = [t.start for t in titled] + [end]
        return [Record(t, t.start, bounds[n + 1]) for n, t in enumerate(titled)]
    teasers = [
        ln for ln in lines if ln.bullet and ln.role == "body" and len(ln.text) > _TEASER_LENGTH
    ]
    if len(teasers) >= 2 and not any(_paragraph(ln) for ln in lines if ln.start < teasers[0].start):
        # (under a paragraph of prose, long bullets are the parts of the record it opens:
        # "It encompasses … four components: • 1. Ensuring …")
        bounds = [t.start for t in teasers] + [end]
        return [Record(None, t.start, bounds[n + 1]) for n, t in enumerate(teasers)]
    # a title heads its text: a heading under the first paragraph is a part of the record
    first_body = next((k for k, ln in enumerate(lines) if ln.role == "body"), len(lines))
    title = next(
        (ln for ln in lines[:first_body] if ln.role == "heading" and not _date_line(page, ln)),
        None,
    )
    if title is None:
        return [Record(None, lines[0].start, end)] if lines else []
    return [Record(title, title.start, end)]


_TITLE_WORDS = 25
"""At most this many words in a record's title: a longer line over a byline is the text of a
record whose title the page lost ("Summary: The EU Global Diaspora Facility … is a pilot
project funded by …")."""


def _paragraph(line: Line) -> bool:
    """True for a paragraph of prose: a long body line that is no bullet."""
    return line.role == "body" and not line.bullet and len(line.text) > _TEASER_LENGTH


_TEASER_LENGTH = 120
"""Characters of a long line: a teaser, or a paragraph."""


def _titled(line: Line) -> bool:
    """True when ``line``, over a "Submitted by" line, can be a record's title: no paragraph of
    sentences."""
    return line.role == "heading" or (
        len(line.text.split()) <= _TITLE_WORDS and not line.text.rstrip().endswith(".")
    )


def _date_line(page: Page, line: Line) -> bool:
    """True for a line that is mostly a date ("Monday, January 28, 2019 - 13:52")."""
    dates = page.dates(line.start, line.end)
    return sum(b - a for _, a, b in dates) >= len(line.text) / 3


def _record_type(page: Page, record: Record, named: Named) -> str:
    """practice, unless the record calls itself a project, programme, network, fund ..."""
    labelled = _labelled_type(page, record)
    if labelled:
        return labelled
    quoted = _quoted_name(page, record)
    if quoted is not None:
        return quoted[0]  # 'The German returnees programme "Returning to …"': a programme
    title_end = named.end
    mentions = find_mentions(page, named, title_end, record.end)
    short = _DASHED.match(named.title)
    if short:
        # "Restart – Reintegration Support for ...": the text calls it "the Restart programme"
        name = short.group(1)
        pos = page.text.find(name, title_end, record.end)
        while pos >= 0:
            mentions.append((pos, pos + len(name)))
            pos = page.text.find(name, pos + 1, record.end)
    for m in sorted(mentions):
        toks = tokenize(page, m[1], min(record.end, m[1] + 80))
        k = 0
        if toks and toks[0].text == "(":
            k = next((i + 1 for i, t in enumerate(toks) if t.text == ")"), len(toks))
        word = page.lex.initiative_words.get(toks[k].low) if k < len(toks) else None
        if word and not word[1]:
            return word[0]
    # The title's head noun (the last initiative word before the first connector in English,
    # the first one in French and Spanish). A plural head names a kind of thing ("Support
    # programmes for ..."), except for a service run at several places ("Migrant Resource
    # Centres", "Counselling Desks at Border Posts"): the record is that service.
    head = title_head(page, [t for t in tokenize(page, named.start, named.end) if t.word])
    if head and (not head[2] or head[1] == "service"):
        return head[1]
    if _called_the_project(page, title_end, record.end):
        return "project"
    return "practice"


def _called_the_project(page: Page, start: int, end: int) -> bool:
    """True when a record's text speaks of "the project" / "ce projet" / "el proyecto", a
    lower-case project word after a definite word with no name after it: the record is a
    project (as on 4 of the 4 real records that say so)."""
    project = _project_words(page)
    if not any(page.folded.find(w, start, end) >= 0 for w in project):
        return False  # (no project word at all: the cheap test first)
    toks = tokenize(page, start, end)
    return any(
        t.low in project
        and t.text.islower()
        and the_initiative_word(page, toks[k - 1].low, t.low)
        and not (k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].word)
        for k, t in enumerate(toks)
        if k
    )


_QUOTED_AFTER_WORD = re.compile(
    r"(\w+)\s*[«“\"‘„]\s*([^«»“”\"‘’„]+?)\s*[»”\"’]?(?:\s*\([^()]*\))?\s*$"
)
"""A title that ends with a quoted name after a word, and perhaps the name in another language
in brackets: '… programme "Returning to …"', 'Program "Return to Joy …" (“Retorno a …”)'."""


def _quoted_name(page: Page, record: Record) -> tuple[str, re.Match[str]] | None:
    """(type, match) when the record's title ends with a quoted name after an initiative word."""
    if record.title is None:
        return None
    m = _QUOTED_AFTER_WORD.search(page.text, record.title.start, record.title.end)
    word = page.lex.initiative_words.get(page.folded[m.start(1) : m.end(1)]) if m else None
    return (word[0], m) if word is not None and m is not None else None


def _project_words(page: Page) -> frozenset[str]:
    """The singular project words of the page's lexicon ("project", "projet", "proyecto")."""
    return frozenset(
        w for w, kind in page.lex.initiative_words.items() if kind == ("project", False)
    )


_DASHED = re.compile(r"([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?) [–—-] \S")
"""A short name before a dash that opens a title."""


def _labelled_type(page: Page, record: Record) -> str | None:
    """The type a "Type of practice: Programme" field gives (value on the line or the next)."""
    lines = [ln for ln in page.lines if record.start <= ln.start < record.end]
    for k, ln in enumerate(lines):
        label, _, rest = page.folded[ln.start : ln.end].partition(":")
        if page.lex.labels.get(" ".join(label.split())) != "type":
            continue
        value = rest.split() or (
            page.folded[lines[k + 1].start : lines[k + 1].end].split() if k + 1 < len(lines) else []
        )
        word = page.lex.initiative_words.get(value[0]) if value else None
        if word:
            return word[0]
    return None


def _record_countries(
    page: Page, record: Record, title_start: int, title_end: int
) -> list[Spanned[str]]:
    """Countries of the record's title (or of the name a teaser opens with), else the
    country its text names most often, else the countries of the one sentence that names any
    (see _one_list)."""
    found = page.countries_in(title_start, title_end)
    if not found:
        mentions = page.countries_in(title_end, record.end)
        counts = Counter(code for code, _, _ in mentions)
        if counts:
            top = max(counts.values())
            if top >= 2 or len(counts) == 1:
                found = [m for m in mentions if counts[m[0]] == top]
            else:
                found = _one_list(page, mentions)
    out: list[Spanned[str]] = []
    for code, a, b in found:
        if code not in {c.value for c in out}:
            out.append(Spanned(code, a, b))
    return out


def _one_list(page: Page, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Countries each named once, all in one sentence ("in Cambodia, the Lao People's
    Democratic Republic, Myanmar and Viet Nam"): where the practice works. Its donors'
    countries ("with funding from the Government of Australia") are left out first, and so
    are those that people returned from or live in ("returnees from Iran and Pakistan")."""
    donors = [
        span
        for s0, s1 in {page.sentence_at(a) for _, a, _ in mentions}
        for hit in page.hits.within("cue:funding", s0, s1)
        for span in capture_orgs(page, tokenize(page, hit.end, s1), 0)
    ]
    mentions = [m for m in mentions if not any(a <= m[1] < b for a, b in donors)]
    sentences = {page.sentence_at(a) for _, a, _ in mentions}
    if len(sentences) != 1:
        return []
    ((s0, s1),) = sentences
    away = origins(page, s0, s1) | residences(page, s0, s1)
    return [m for m in mentions if m[1] not in away]


def extract_practice_page(doc: Document, lang: str | None) -> Extraction:
    """Practices, named initiatives, events, fundings and publications of a practice page."""
    return extract_page(doc.text, lang, "practice_page", _extract)


def _extract(page: Page, extraction: Extraction) -> None:
    """Fill ``extraction`` from ``page``."""
    extraction.published = page.published()
    records = _records(page)
    if not records:
        extraction.warnings.append("no practice record found")
        return
    if records[0].title is not None:
        t = records[0].title
        extraction.title = Spanned(clean_title(t.text), t.start, t.end)
    for record in records:
        _record(page, record, extraction)
    drop_donor_funds(extraction)


def _after_record_label(page: Page, title: Line) -> int | None:
    """Where the name starts after a label of the record's kind that opens ``title`` ("Best
    Practice:", "Buena práctica:"), if one does and a name follows it."""
    for hit in page.hits.within("cue:record_label", title.start, title.end):
        if hit.start != title.start:
            continue
        rest = page.text[hit.end : title.end]
        if not rest.lstrip().startswith(":"):
            return None
        name = rest.lstrip()[1:].lstrip()
        return title.end - len(name) if name else None
    return None


def _record(page: Page, record: Record, extraction: Extraction) -> None:
    """Initiatives, events, fundings and publications of one record."""
    sentences = page.sentences(record.start, record.end)
    body = [s for s in sentences if record.title is None or s[0] >= record.title.end]
    found: list[Named] = []
    head: Named | None = None
    title = clean_title(record.title.text) if record.title is not None else ""
    if record.title is not None and title:  # (a title line of debris only, "«", names nothing)
        head = Named(title, record.title.start, record.title.end, "practice", how="heading")
        opens = _after_record_label(page, record.title)
        if opens is not None:  # "Best Practice:Rehabilitation of …": the record's kind, no name
            head.title = clean_title(page.text[opens : record.title.end])
            head.start = opens
        quoted = _quoted_name(page, record)
        if quoted is not None:
            # 'The German returnees programme "Returning to New Opportunities"': the quotes say
            # where the name starts and ends, the word before them what it is
            _, m = quoted
            head.title = clean_title(m.group(2))
            head.start, head.end = m.start(2), m.end(2)
        found.append(head)
    for s0, s1 in body:
        found += [
            named
            for named in find_named(page, s0, s1) + funded_subjects(page, s0, s1)
            if head is None or not _short_for(named, head)
        ]
    if record.title is None and body and not any(body[0][0] <= n.start < body[0][1] for n in found):
        # an untitled teaser that opens with its practice's name: that practice is its head
        head = _teaser_subject(page, *body[0])
        if head is not None:
            found.append(head)
    scopes: list[Scope] = []
    for named in merge(found):
        scope = Scope(named)
        scope.mentions = find_mentions(page, named, record.start, record.end)
        if named is head:
            scope.sentences = sentences
        else:
            scope.sentences = [s for s in body if any(s[0] <= m[0] < s[1] for m in scope.mentions)]
        scopes.append(scope)
    follow_pronouns(page, body, [scope for scope in scopes if scope.named is not head])
    drafts = build(page, scopes)
    record_countries: list[Spanned[str]] = []
    if head is not None and record.title is not None:
        head.itype = _record_type(page, record, head)
        record_countries = _record_countries(page, record, record.title.start, record.title.end)
    elif head is not None:
        # "In Georgia, the Return Information Points …", "Ecuador’s … Roundtable": the
        # country before the name is the practice's
        record_countries = _record_countries(page, record, body[0][0], head.end)
    objectives = [
        objective
        for ln in page.lines
        if record.start <= ln.start < record.end and ln.role != "feed"
        for objective in gcm_objectives(page, ln.start, ln.end)
    ]
    returns = find_returns(page, body)
    for scope, draft in zip(scopes, drafts, strict=True):
        if scope.named is head:
            draft.initiative_type = head.itype
            draft.countries = record_countries + _return_countries(page, returns, record_countries)
            draft.gcm_objectives = objectives
            _record_labels(page, record, draft)
        elif not draft.countries:
            draft.countries = list(record_countries)
        _keep(extraction, draft)
    story = Story(record.start, record.end)
    # a record tells how its practice began ("In March 2016 the Government of Georgia
    # launched an online platform"): a start, not a launch event to report
    # … nor is the practice itself ("Ecuador’s Inter-institutional Return Roundtable brings
    # together …" names a standing body, not a meeting held)
    own = head.title.casefold() if head is not None else None
    extraction.events.extend(
        e
        for e in find_events(page, story, body)
        if e.event_type != "launch"
        and (e.title is None or e.title.value.casefold() != own)
        and reported(e)
    )
    extraction.fundings.extend(find_fundings(page, body))
    extraction.returns.extend(returns)
    extraction.publications.extend(find_publications(page, body))


def _teaser_subject(page: Page, s0: int, s1: int) -> Named | None:
    """The practice an untitled teaser's first sentence opens with, when no initiative word
    names it: "The Returnee Skills Passport, piloted by …", "In Georgia, the Return Information
    Points (RIPs) run by …", "Ecuador’s Inter-institutional Return Roundtable brings …". The
    subject is a capitalised run of two words or more, after an opening clause and its comma,
    an article or a country's possessive; no organisation, place or IOM; a verb, a comma or
    "is" after it. A place after "in" ends it ("The Diaspora Skills Bridge in Armenia matches
    …") unless an acronym closes the name."""
    toks = tokenize(page, s0, s1)
    starts = [0]
    comma = next((k for k, t in enumerate(toks[:_OPENING_TOKENS]) if t.text == ","), None)
    if comma is not None:
        starts.append(comma + 1)
    for start in starts:
        k = start + (
            1 if start < len(toks) and toks[start].low in page.lex.tokens["article"] else 0
        )
        if k + 1 < len(toks) and toks[k + 1].text in POSSESSIVES and toks[k].cap:
            k += 2  # "Ecuador’s …"
        if k == 0:
            continue  # "Across the Pacific, …", "Since April 2023, …": a sentence's first capitals
        got = runs(page, toks[k:])
        if not got or got[0].first != 0 or got[0].caps < _SUBJECT_CAPS:
            continue
        name = toks[k : k + got[0].last + 1]
        after = toks[k + got[0].last + 1] if k + got[0].last + 1 < len(toks) else None
        if after is None or not (after.text == "," or (after.word and after.text.islower())):
            continue
        if name[-1].text != ")":
            name = _before_place(page, name)
        if len(name) < _SUBJECT_CAPS or any(
            t.low in page.lex.org_words or t.low in page.lex.tokens["iom"] for t in name
        ):
            continue
        a, b = name[0].start, name[-1].end
        if any(x <= a and b <= y for x, y in page.places()):
            continue
        head = title_head(page, [t for t in name if t.word])
        if head and (not head[2] or head[1] == "service"):
            itype = head[1]
        elif page.hits.within("cue:gathers", b, s1):
            itype = "network"  # "The Mesa Interinstitucional de Retorno brings together …"
        else:
            itype = "practice"
        return Named(clean_title(page.text[a:b]), a, b, itype, how="subject")
    return None


def _before_place(page: Page, name: list[Tok]) -> list[Tok]:
    """``name`` without a closing "in Armenia" / "en Colombie" (a place, not the name's)."""
    for k in range(len(name) - 2, 0, -1):
        if name[k].low in _AT and any(
            a <= name[k + 1].start and name[-1].end <= b for _, a, b in page.countries
        ):
            return name[:k]
    return name


_AT = grammar.words("at")

_OPENING_TOKENS = 8
"""Tokens an opening clause before a teaser's subject holds, at most ("Opened in Tbilisi in
2018,")."""
_SUBJECT_CAPS = 2
"""Capitalised words a teaser's subject holds, at least (one, "ReStart", is told by "is a")."""


_RECORD_FIELDS = frozenset({"period", "start", "end", "funders", "budget", "status"})
"""Fields that a record's label lines give its practice (countries and objectives are read
from the whole record already)."""


def _short_for(named: Named, head: Named) -> bool:
    """True when a name in a record's text is its title or another form of it: the title's
    short form ("the Restart programme" in "Restart – Reintegration Support for …"), the
    title's name before its place with more after it, its words
    in another order ("The Beitbridge Reception and Support Centre" in "Returnee Reception and
    Support Centre, Beitbridge (Zimbabwe)") or its acronym ("… (CAMR)")."""
    title, own = named.title.casefold(), head.title.casefold()
    if own == title or own.startswith(title + " "):
        return True
    core = own.split(",", 1)[0]
    if core != own and title.startswith(core + " "):
        return True  # "the Returning Overseas Workers Desk of the National Reintegration
        # Center" under "Returning Overseas Workers Desk, Philippines"
    acronyms = set(_BRACKETED.findall(named.title)) | ({named.acronym} if named.acronym else set())
    if any(f"({a.casefold()})" in own for a in acronyms):
        return True
    return set(_WORDS.findall(title)) <= set(_WORDS.findall(own))


_WORDS = re.compile(r"\w+")
_BRACKETED = re.compile(r"\(([^()\s]{2,15})\)")


def _record_labels(page: Page, record: Record, draft: InitiativeDraft) -> None:
    """Fields of the record's label lines: "Timeframe" over "2020 - 2023", "Financement" over
    "Union européenne", or "Funding: AICS" on one line."""
    lines = [ln for ln in page.lines if record.start <= ln.start < record.end]
    for k, ln in enumerate(lines):
        field_name = _own_line_label(page, ln)
        if field_name is not None:
            if k + 1 < len(lines) and _own_line_label(page, lines[k + 1]) is None:
                a, b = lines[k + 1].start, lines[k + 1].end
            else:
                continue
        elif ":" in ln.text and (got := label_of(page.folded[ln.start : ln.end], lexicon(None))):
            field_name, a, b = got[0], ln.start + got[1], ln.end
        else:
            continue
        value = page.text[a:b].strip()
        if field_name in _RECORD_FIELDS and value:
            label_value(page, draft, field_name, value, span=(a, b))


def _own_line_label(page: Page, line: Line) -> str | None:
    """The field of a line that is a label and nothing else ("Timeframe", "Période :")."""
    if len(line.text) > _LONGEST_LABEL:
        return None
    # labels of every language: the Hub writes "Timeframe" over Spanish and French records
    labels = lexicon(None).labels
    return labels.get(" ".join(page.folded[line.start : line.end].split()).rstrip(" :"))


_LONGEST_LABEL = 40


def _return_countries(
    page: Page, returns: list[ReturnDraft], known: list[Spanned[str]]
) -> list[Spanned[str]]:
    """Countries named where the record tells of people it helped return: a practice that
    returns people works where they left and where they went back to."""
    seen = {c.value for c in known}
    out: list[Spanned[str]] = []
    for draft in returns:
        s0, s1 = page.sentence_at(draft.count.start)
        for code, a, b in page.countries_in(s0, s1):
            if code not in seen:
                seen.add(code)
                out.append(Spanned(code, a, b))
    return out


def _keep(extraction: Extraction, draft: InitiativeDraft) -> None:
    """Add a draft unless the page already holds one of the same title."""
    title = draft.title.value.casefold()
    if all(d.title.value.casefold() != title for d in extraction.initiatives):
        extraction.initiatives.append(draft)
