"""Initiatives named in prose.

An initiative is a capitalised name (see :mod:`prose_tokens`) whose head noun is an
initiative word ("National Migration Policy", "Diplomado sobre Gestión de la Migración"), an
acronym defined with such a name ("Mediterranean Sustainable Reintegration (MEASURE) Project")
or used with such a word ("The CEDR project", "programa alemán REAG/GARP"), a quoted or
dash-delimited name next to one ('the "Reintegration Facility" project', "The project – X –"),
or a name said to be funded ("the Migration Profile for Rwanda, which is funded by ...").
Names of organisations (Ministry, Office, Comisión ...) are not initiatives.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from return_atlas.extract.prose import (
    QUOTE_PAIRS,
    Page,
    acronym_after,
    clean_title,
    is_acronym,
    shouting,
)
from return_atlas.extract.prose_lexicon import COORDINATORS
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import NAMING, head_initial_tail, runs
from return_atlas.normalise import grammar
from return_atlas.normalise._data import read_csv
from return_atlas.normalise.dates import is_month
from return_atlas.normalise.grammar import alt, lead

_NAMEISH = re.compile(r"[A-ZÀ-Ý\"“«‘']")
_QUOTED_NAME = re.compile(
    r"[ \u00a0]?([\"“«])[ \u00a0]?([A-ZÀ-Ý][^\"“”«»\n]{1,60}?)[ \u00a0]?([\"”»])"
)
"""A quoted proper name right after a name: 'Centro de Atención "Nuevo Amanecer"'."""
_MIXED_OPENERS = frozenset({"«", "“"})
_MIXED_CLOSERS = frozenset({"»", "”"})
"""Quotes a page may mix around one name: « … ” or “ … »."""
_DASHES = frozenset({"–", "—", "-"})
_ACR_PAREN = re.compile(
    r"\(\s*([A-Z][A-Za-z0-9&/\-]*(?: ?& ?[A-Z]+| [A-Z]{2}[A-Z0-9]*)?)\s*"
    rf"(?:[,;]?\s+{alt('acronym_gloss')}[^)]{{0,40}})?\)"
)
_ALT_PAREN = re.compile(r"\(([^()]{3,160}?)\s+[–—-]\s+([A-Z][A-Z0-9]{1,12})\)")


@dataclass(slots=True)
class Named:
    """An initiative named in the text."""

    title: str
    start: int
    end: int
    itype: str
    acronym: str | None = None
    how: str = "run"
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _word_type(page: Page, low: str) -> tuple[str, bool] | None:
    """(initiative_type, plural) of an initiative word."""
    return page.lex.initiative_words.get(low)


_LOW = attrgetter("low")
_TEXT = attrgetter("text")


def _is_org(page: Page, toks: list[Tok]) -> bool:
    """True when a name holds an organisation noun (Ministry, Office, Comisión ...)."""
    return not page.lex.org_words.isdisjoint(map(_LOW, toks))


def _org_headed(page: Page, toks: list[Tok], head: int | None) -> bool:
    """True when an organisation noun heads the name rather than the initiative word at
    ``head``: English names end with their head ("Community Resilience Programme" is a
    programme, "Programme Office" an office), French and Spanish names begin with it."""
    orgs = [k for k, t in enumerate(toks) if t.low in page.lex.org_words]
    if not orgs:
        return False
    if head is None:
        return True
    if page.lang in {"en", None}:
        # "Ministry of Labour and Social Policy": an organisation noun opening the name and
        # followed by its complement heads it, whatever ends it; "Community Stabilization and
        # Reintegration Facility" has no complement, only two words joined
        connectors = page.lex.tokens["connector"] - COORDINATORS
        return orgs[-1] > head or (orgs[0] == 0 and any(t.low in connectors for t in toks[1:head]))
    return orgs[0] < head


def _after_body(page: Page, toks: list[Tok], head: int) -> int:
    """Index of a French or Spanish initiative word that a body of it and a connector open
    the run with: "Comité de pilotage du Programme de protection …", "Secretaría Técnica del
    Programa …"; 0 when there is none. (English names end with their head: "Ministry of
    Labour and Social Policy" is the ministry.)"""
    if page.lang not in {"fr", "es"} or not _org_headed(page, toks, head):
        return 0
    orgs = [k for k, t in enumerate(toks[:head]) if t.low in page.lex.org_words]
    if not orgs:
        return 0
    connectors = page.lex.tokens["connector"] - COORDINATORS
    joined = False
    for k in range(orgs[-1] + 1, head + 1):
        t = toks[k]
        if t.low in connectors:
            joined = True
        elif t.cap and joined:
            if k != head or any(u.low in page.lex.org_words for u in toks[k + 1 :]):
                return 0
            # its complement after it, in lower case ("du Plan (MP)" is a ministry's name)
            after = tokenize(page, t.end, t.end + _COMPLEMENT_REACH)[:1]
            return k if after and after[0].low in connectors else 0
        elif t.cap:
            return 0  # "Programme Office", "Comité National …": the body's own name
    return 0


_COMPLEMENT_REACH = 8
"""Characters after an initiative word in which the word opening its complement is read."""


def _owned_by_org(page: Page, toks: list[Tok], head: int) -> bool:
    """True when an English name ends at its initiative word and an "of" or a "with" then
    names the organisation it belongs to or works with: "Returning Workers Livelihood Fund of
    the Philippine Department of Migrant Workers" is the fund, and whose it is; "National
    Labour Migration Policy with IOM Support" (a headline) the policy, and who helped."""
    if page.lang not in {"en", None} or head < 1 or head + 2 >= len(toks):
        return False
    if toks[head + 1].low not in _OF_OR_WITH:
        return False
    known = page.organizations()
    orgs = [
        k
        for k, t in enumerate(toks)
        if t.low in page.lex.org_words or any(a <= t.start < b for _, a, b in known)
    ]
    return bool(orgs) and orgs[0] > head + 1


_OF_OR_WITH = grammar.words("of", "with", lang="en")


def _after_place(page: Page, toks: list[Tok], head: int) -> bool:
    """True when a French or Spanish name's head word follows a word, a preposition of place
    and an article in the same capitalised run ("Centroamérica en la Estrategia Regional …"):
    the name starts at its head."""
    return (
        page.lang in {"fr", "es"}
        and head >= _WORD_PREPOSITION_ARTICLE
        and toks[head - 1].low in page.lex.tokens["article"]
        and toks[head - 2].low in _AT
    )


_WORD_PREPOSITION_ARTICLE = 3


def _after_giver(page: Page, toks: list[Tok], head: int) -> int:
    """Where a name starts when a body opens its capitalised run and "to (the)" joins them:
    "Italian Ministry of Foreign Affairs and International Cooperation to the Regional
    Reintegration Dialogue" (a gift to the Dialogue); 0 when no body stands before "to"."""
    for k in range(head - 1, 0, -1):
        if toks[k].low in _TO_WORDS and any(t.low in page.lex.org_words for t in toks[:k]):
            start = k + 1
            while start < head and toks[start].low in page.lex.tokens["article"]:
                start += 1
            return start
    return 0


_TO_WORDS = grammar.words("to", lang="en")


_AT = grammar.words("at") - grammar.words("of")


def _head(page: Page, toks: list[Tok]) -> tuple[int, str, bool] | None:
    """The initiative word heading a name: its index, type and plural flag."""
    words = page.lex.initiative_words
    if words.keys().isdisjoint(map(_LOW, toks)):
        return None
    found = [(k, *w) for k, t in enumerate(toks) if (w := words.get(t.low))]
    if not found:
        return None
    connectors = page.lex.tokens["connector"]
    first_prep = next((k for k, t in enumerate(toks) if t.low in connectors and k), len(toks))
    before = [f for f in found if f[0] < first_prep]
    return (before[-1] if before else found[0]) if page.lang == "en" else found[0]


def title_head(page: Page, toks: list[Tok]) -> tuple[int, str, bool] | None:
    """The initiative word heading a title's words: its index, type and plural flag."""
    return _head(page, toks) if toks else None


def find_named(page: Page, start: int, end: int, *, headline: bool = False) -> list[Named]:
    """Named initiatives in the sentence ``[start, end)``."""
    if not _NAMEISH.search(page.text, start + 1, end):
        return []
    programme = page.hits.within("programme", start, end)
    if not programme and not page.hits.marked("initiative_word", start, end):
        return []  # every kind of name below needs an initiative word or a programme name
    toks = tokenize(page, start, end)
    words = page.lex.initiative_words
    if not programme and not any(t.low in words for t in toks):
        return []
    if shouting(page.text[start:end]):
        return []
    out: list[Named] = []
    used: set[int] = set()
    _quoted_and_dashed(page, toks, out, used)
    _acronym_definitions(page, toks, out)
    _acronym_with_word(page, toks, out, used)
    _word_after_head(page, toks, out, used)
    _apposed_runs(page, toks, out, used)
    _named_before_word(page, toks, out, used)
    _named_before_apposition(page, toks, out)
    _headed_runs(page, toks, out, headline)
    for trim in _TRIMS:
        out = [trim(page, named) for named in out]
    titles = page.lex.tokens["person_title"]
    # "said …, Director General of the Joint Crisis Coordination Centre": someone's office
    return [
        named
        for named in out
        if not titles.intersection(page.folded[named.start : named.end].split(maxsplit=2)[:2])
        and not _given_by(page, start, named)
        and named.title.casefold() not in page.lex.initiative_words  # "Under the Project, …"
        and not _a_known_body(page, named)
        and not _owners_only(page, named)
        and not _ALIAS_BEFORE.search(page.folded, max(start, named.start - 12), named.start)
    ]


_ALIAS_BEFORE = re.compile(rf"\(\s*(?:{alt('or')})\s*[\"“«‘']?\s*$")
"""Before a name: a bracket and "or" ("« Renforcement … au Mali » (ou « Initiative
Conjointe »)"): another name of the initiative before it, not one of its own."""


def _owners_only(page: Page, named: Named) -> bool:
    """True for a name made of organisations' acronyms only: "the EU-IOM programme", "le
    programme UE-OIM" says whose the programme is, not which; so does one acronym that the
    text gives an organisation in brackets ("financed by the US State Department (JTIP)" …
    "the JTIP project")."""
    parts = [p for p in re.split(r"[-/–\s]+", named.title) if p]
    if not parts or not all(map(is_acronym, parts)):
        return False
    if len(parts) == 1:
        return _an_organisations_acronym(page, parts[0])
    known = {page.text[a:b] for _, a, b in page.organizations()}
    return all(p in known for p in parts)


def _an_organisations_acronym(page: Page, acronym: str) -> bool:
    """True when the text writes ``acronym`` in brackets right after a capitalised name that
    holds an organisation noun: "the US State Department (JTIP)"."""
    pos = page.text.find(f"({acronym})")
    while pos > 0:
        toks = [t for t in tokenize(page, max(0, pos - _OWNER_REACH), pos) if t.word]
        name = list(itertools.takewhile(lambda t: t.cap or t.acr, reversed(toks)))
        if name and _is_org(page, name):
            return True
        pos = page.text.find(f"({acronym})", pos + 1)
    return False


_OWNER_REACH = 60
"""Characters before a bracketed acronym in which the name it stands for is read."""


def _a_known_body(page: Page, named: Named) -> bool:
    """True when ``named`` is exactly a gazetteer organisation (its acronym in brackets aside)
    that is no initiative ("Programa de las Naciones Unidas para el Desarrollo (PNUD)" is UNDP,
    an agency; the IOM Development Fund is a body and a fund: data/gazetteer/
    initiative_bodies.csv), or an initiative word and its connectors before one ("Sistema de
    Naciones Unidas")."""
    end = named.end
    bracket = _TRAILING_ACRONYM.search(page.text, named.start, end)
    if bracket is not None:
        end = bracket.start()
    orgs = page.organizations()
    if not any(b == end for _, _, b in orgs):
        return False  # (no organisation ends where the name does: the cheap test first)
    if any(a == named.start and b == end and org not in _initiative_bodies() for org, a, b in orgs):
        return True
    # "Sistema de Naciones Unidas", "Programme de l'OIM": an initiative word of a body
    toks = tokenize(page, named.start, end)
    k = 1
    while k < len(toks) and (
        toks[k].low in page.lex.tokens["connector"] or toks[k].low in page.lex.tokens["article"]
    ):
        k += 1
    return (
        1 < k < len(toks)
        and toks[0].low in page.lex.initiative_words
        and any(a == toks[k].start and b == end for _, a, b in orgs)
    )


_TRAILING_ACRONYM = re.compile(r"\s*\([^()]{2,16}\)$")


@cache
def _initiative_bodies() -> frozenset[str]:
    """Ids of the gazetteer organisations that are also initiatives (funds)."""
    return frozenset(row["id"] for row in read_csv("gazetteer", "initiative_bodies.csv"))


_PROGRAMME_TYPES = frozenset({"programme", "project"})
_GIVER_GAP = re.compile(rf"\s*(?:{alt('article')}\s+)?$", re.IGNORECASE)
"""What may stand between a funding cue and the name of who gives: "funds from (the) …"."""


def _given_by(page: Page, start: int, named: Named) -> bool:
    """True when ``named``, not a programme or a project, comes right after a funding cue:
    "using funds from King Salman Humanitarian Aid and Relief Centre", "financé par le Fonds
    fiduciaire …" name who gives, an organisation, not an initiative ("thanks to the EU-IOM
    Joint Initiative for …" names a programme that made something possible)."""
    if named.itype in _PROGRAMME_TYPES:
        return False
    cues = page.hits.within("cue:funding", start, named.start)
    return bool(cues) and _GIVER_GAP.match(page.text, cues[-1].end, named.start) is not None


def _retitled(page: Page, named: Named, start: int, end: int, *, capital: bool = False) -> Named:
    """``named`` narrowed to ``[start, end)``, unless what is left is no name (too short, or
    not capitalised when ``capital``)."""
    title = clean_title(page.text[start:end])
    if len(title) < 3 or (capital and not title[0].isupper()):
        return named
    named.title, named.start, named.end = title, start, end
    return named


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[^\W\d_][\w'’ -]*)$")


def _without_country_owner(page: Page, named: Named) -> Named:
    """``named`` without the country an English name ends with after its head noun: "the
    National Labour Migration Policy of Lesotho" is the country's National Labour Migration
    Policy ("Migration Profile for Rwanda" keeps its "for")."""
    m = _OF_COUNTRY.search(page.text, named.start, named.end)
    if m is None or page.lang not in {"en", None}:
        return named
    head = page.text[named.start : m.start()].split()
    if not head or _word_type(page, head[-1].lower()) is None:
        return named
    places = page.countries_in(m.start("country"), m.end("country"))
    if not places or places[0][1] != m.start("country") or places[-1][2] != named.end:
        return named
    return _retitled(page, named, named.start, m.start())


_ARTICLE_AFTER = re.compile(
    rf"\s*{lead('of')}?{lead('article')}?",
    re.IGNORECASE,
)


def _past_channel(page: Page, named: Named) -> Named:
    """``named`` without the channel word a sentence opens with: "Under the Ghana Integrated
    Migration Management Approach (GIMMA) project" names the project after "Under the"."""
    via = page.hits.within("cue:via", named.start, named.end)
    if not via or via[0].start != named.start:
        return named
    m = _ARTICLE_AFTER.match(page.text, via[0].end, named.end)
    return _retitled(page, named, m.end() if m else via[0].end, named.end, capital=True)


_OWNER = re.compile(
    rf"\s+(?:{alt('and')}\s+)?{alt('of')}\s*{lead('article')}?(?:IOM|OIM)"
    r"(?:\s+(?P<place>[^\W\d_][\w'’ -]*))?$"
)


def _without_owner(page: Page, named: Named) -> Named:
    """``named`` without IOM's office written after it as its owner: "Programa de Retorno
    Voluntario Asistido (RVA) de la OIM México" is the programme "… (RVA)"; "Centro de
    Atención al Migrante Retornado (CAMR) y de la OIM Honduras" names two bodies."""
    m = _OWNER.search(page.text, named.start, named.end)
    if m is None or m.start() == named.start:
        return named
    place = m.group("place")
    if place and not (
        page.countries_in(m.start("place"), m.end("place"))
        or page.city_in(m.start("place"), m.end("place"))
    ):
        return named  # "… of IOM Development Fund": not an office
    return _retitled(page, named, named.start, m.start())


def _past_iom_and(page: Page, named: Named) -> Named:
    """``named`` without IOM and a joining word it starts with: "IOM and the National
    Coalition against Migrant Smuggling …" names the coalition; IOM is its partner."""
    toks = tokenize(page, named.start, named.end)[:4]
    if (
        len(toks) < 3
        or toks[0].low not in page.lex.tokens["iom"]
        or toks[1].low not in COORDINATORS
    ):
        return named
    k = 3 if toks[2].low in page.lex.tokens["article"] and len(toks) > 3 else 2
    return _retitled(page, named, toks[k].start, named.end, capital=True)


_DATE_TAIL = re.compile(rf"[\s,]*{lead('article')}?", re.IGNORECASE)


def _past_date(page: Page, named: Named) -> Named:
    """``named`` without a date it starts with: "(launched on 26) November 2024 the Community
    Reintegration Initiative" names the initiative, the date says when."""
    dates = page.dates(named.start, named.end)
    lead = _SINCE_LEAD.match(page.text, named.start, named.end)
    opens = named.start if lead is None else lead.end()  # "Since 2001 the IOM Development Fund"
    if not dates or dates[0][1] > opens:
        return named
    m = _DATE_TAIL.match(page.text, dates[0][2], named.end)
    return _retitled(page, named, m.end() if m else dates[0][2], named.end, capital=True)


_SINCE_LEAD = re.compile(rf"{alt('since')}\s+", re.IGNORECASE)


def _past_place(page: Page, named: Named) -> Named:
    """``named`` without a place it starts with and the article after it: "(inauguraron en)
    San Pedro Sula el Centro Integral de Orientación al Retornado (CIOR)" names the centre,
    the town says where."""
    cities = [h for h in page.hits.within("city", named.start, named.end) if h.start == named.start]
    ends = [h.end for h in cities] + [b for _, a, b in page.countries if a == named.start]
    if not ends:
        return named
    m = _ARTICLE_NEXT.match(page.text, max(ends), named.end)
    return named if m is None else _retitled(page, named, m.end(), named.end, capital=True)


_ARTICLE_NEXT = re.compile(rf"\s+{lead('article')}", re.IGNORECASE)


def _past_body(page: Page, named: Named) -> Named:
    """``named`` without an organisation it starts with, the organisation's acronym and the
    preposition of purpose or the "and" after them: "(a contract from the) European Union
    (EU) for Phase 4 of the EU Return and Reintegration in Kosovo Programme" names what the
    contract is for; "(the office of the) International Organization for Migration (IOM) and
    the EU-IOM Knowledge Management Hub (organized …)" names the hub, IOM's partner."""
    ends = [b for _, a, b in page.organizations() if a == named.start]
    if not ends:
        return named
    m = _AFTER_BODY.match(page.text, max(ends), named.end)
    return named if m is None else _retitled(page, named, m.end(), named.end, capital=True)


_AFTER_BODY = re.compile(
    rf"(?:\s*\([A-Z][\w-]{{1,10}}\))?\s+(?:{alt('purpose')}|{alt('and')})\s+{lead('article')}?",
    re.IGNORECASE,
)


def _past_phase(page: Page, named: Named) -> Named:
    """``named`` without a phase and its number it starts with: "Phase 4 of the EU Return and
    Reintegration in Kosovo Programme" is a part of the programme, which the name names."""
    m = _PHASE.match(page.text, named.start, named.end)
    return named if m is None else _retitled(page, named, m.end(), named.end, capital=True)


_PHASE = re.compile(
    rf"{alt('phase')}\s+(?:\d{{1,2}}|[IVX]{{1,4}})\s+{alt('of')}\s+{lead('article')}?",
    re.IGNORECASE,
)


def _with_tail(page: Page, named: Named) -> Named:
    """``named`` with the lower-case words that end the names of such bodies in French and
    Spanish after it ("le Programme ACP-UE sur la migration", "l'Observatoire … sur les
    migrations"; cue:name_tail), when it is headed by an initiative word."""
    head = named.title.split(maxsplit=1)[0].casefold()
    if head not in page.lex.initiative_words:
        return named
    tail = page.hits.within("cue:name_tail", named.end, named.end + _TAIL_GAP + 40)
    if not tail or not _TAIL_GAP_TEXT.fullmatch(page.text, named.end, tail[0].start):
        return named
    return _retitled(page, named, named.start, tail[0].end)


def _without_described(page: Page, named: Named) -> Named:
    """``named`` without a hyphenated compound it opens with that says who pays or leads
    ("the EU-funded Transnational Action (TACT) project": "Transnational Action (TACT)")."""
    words = named.title.split(" ")
    k = 0
    while k + 1 < len(words) and _DESCRIBED.search(words[k]):
        k += 1  # "Danish-funded and IOM-administered Programme …": each compound, and the
        if (
            k + 2 < len(words)
            and words[k].casefold() in COORDINATORS
            and _DESCRIBED.search(words[k + 1])
        ):
            k += 1  # word joining two of them
    if not k or len(words) - k < 2:
        return named
    cut = sum(len(w) + 1 for w in words[:k])
    return _retitled(page, named, named.start + cut, named.end, capital=True)


_TAIL_GAP = 12
"""At most this many characters between a name and its tail."""
_TAIL_GAP_TEXT = re.compile(r" (?:\([A-Z][A-Z0-9-]{1,8}\) )?")
"""What may stand between a name and its tail: a space, perhaps its acronym in brackets
("l'Observatoire des régions Afrique, Caraïbes et Pacifique (ACP) sur les migrations")."""


def _with_spelled_out(page: Page, named: Named) -> Named:
    """An acronym written as the name, then what it stands for in brackets: "project SAFE
    (Safe Migration for Migrant Workers)" is named with both, as written."""
    if not is_acronym(named.title):
        return named
    m = _SPELLED_OUT.match(page.text, named.end)
    if m is None or sum(w[:1].isupper() for w in m.group(1).split()) < _SPELLED_CAPITALS:
        return named
    named.acronym = named.acronym or named.title
    named.title = clean_title(page.text[named.start : m.end()])
    named.end = m.end()
    return named


_SPELLED_OUT = re.compile(r"[ \u00a0]?\(([A-ZÀ-Ý][^()]{3,100})\)")
_SPELLED_CAPITALS = 2


def _before_cut(page: Page, named: Named) -> Named:
    """``named`` without a dash and the word the text is cut in, when it runs to the end of a
    cut text ("… l'Initiative conjointe UE-OIM - mis": a clause after a dash, of which the
    store kept a piece of a word; a name cut inside itself, "Fonds européen pour les réfu",
    stays as written)."""
    end = len(page.text.rstrip())
    if named.end < end or not page.text[end - 1 : end].isalnum():
        return named
    m = _DASHED_LAST_WORD.search(page.text, named.start, named.end)
    return named if m is None else _retitled(page, named, named.start, m.start())


_DASHED_LAST_WORD = re.compile(r"\s+[-–—]\s+\w+$")
"""A spaced dash and the last word of a name."""


def _defined_elsewhere(page: Page, named: Named) -> Named:
    """An initiative named by its acronym alone ("The CBMM project, funded by …") under the
    name the page defines it with elsewhere, where no initiative word marks it as one: a
    headline "IOM's Capacity Building in Migration Management (CBMM)". The name's capitalised
    words must spell the acronym."""
    if not is_acronym(named.title) or named.how == "acronym":
        return named
    for m in re.finditer(rf"\(\s*{re.escape(named.title)}\s*\)", page.flat):
        if m.start() <= named.start < m.end():
            continue
        line = page.text.rfind("\n", 0, m.start()) + 1
        toks = tokenize(page, max(line, m.start() - _DEFINITION_REACH), m.start())
        got = runs(page, toks)
        if not got or got[-1].last != len(toks) - 1:
            continue
        words = toks[got[-1].first : got[-1].last + 1]
        if "".join(t.text[0] for t in words if t.cap).upper() != named.title.upper():
            continue
        named.acronym = named.title
        return _retitled(page, named, words[0].start, m.end())
    return named


_DEFINITION_REACH = 120
"""Characters before an acronym's bracket in which the name it stands for is looked for."""


_TRIMS = (
    _before_cut,
    _past_channel,
    _past_date,
    _past_place,
    _past_iom_and,
    _past_body,
    _past_phase,
    _without_owner,
    _without_country_owner,
    _without_described,
    _with_tail,
    _with_spelled_out,
    _defined_elsewhere,
)
"""What a name read from a sentence is stripped of, in this order: a dash and the word a cut
text ends in, the channel word that opens the sentence, a date it starts with, a place it
starts with, IOM and a joining word it starts with, an organisation and the preposition of
purpose it starts with, a phase and its number, IOM's office after it, the country it belongs
to, a compound saying who pays ("EU-funded"); then the lower-case tail such names end with
("… sur la migration"), what a name written as an acronym stands for, in brackets after it
("SAFE (Safe Migration for Migrant Workers)"), and the name an acronym alone is defined by
elsewhere in the page."""


def _quoted_and_dashed(page: Page, toks: list[Tok], out: list[Named], used: set[int]) -> None:
    """'the "Reintegration Facility" project', 'The project – Title –'."""
    n = len(toks)
    for k, t in enumerate(toks):
        opener = t.text
        if opener in QUOTE_PAIRS or (opener in _DASHES and k and _word_type(page, toks[k - 1].low)):
            closer = QUOTE_PAIRS.get(opener, opener)
            dash = opener in _DASHES
            close = next(
                (
                    m
                    for m in range(k + 1, min(n, k + 40))
                    if toks[m].text == closer or (dash and toks[m].text in _DASHES)
                ),
                None,
            )
            if close is None and opener in _MIXED_OPENERS:
                # «Assistance to the Government … in persons”: a page that mixes its quotes
                close = next(
                    (m for m in range(k + 1, min(n, k + 40)) if toks[m].text in _MIXED_CLOSERS),
                    None,
                )
            named = _named_by(page, toks, k)
            lower_ok = bool(named) and toks[k - 1].text != ","  # a naming word's name only
            if close is None or close == k + 1 or not (toks[k + 1].cap or lower_ok):
                continue
            near = (
                named
                or [
                    m
                    for m in (k - 1, k - 2, close + 1)
                    if 0 <= m < n and _word_type(page, toks[m].low)
                ]
                or _word_after(page, toks, close + 1)
            )
            if not near or (opener == "'" and k and toks[k - 1].end == t.start):
                continue
            word = toks[near[0]]
            itype = page.lex.initiative_words[word.low][0]
            title = clean_title(page.text[toks[k + 1].start : toks[close - 1].end])
            # 'le projet « Appui à ... » (ARMIC)': the acronym written after the quotes
            acronym = (
                toks[close + 2].text
                if close + 3 < n
                and toks[close + 1].text == "("
                and toks[close + 2].acr
                and toks[close + 3].text == ")"
                else None
            )
            if len(title) >= 3:
                out.append(
                    Named(title, toks[k + 1].start, toks[close - 1].end, itype, acronym, "quoted")
                )
                used.add(near[0])


def _named_by(page: Page, toks: list[Tok], k: int) -> list[int]:
    """[index] of the initiative word whose naming word stands before the quote at ``k``
    ('le projet de l'OIM intitulé : « gestion coordonnée … »', 'the project titled ‘…’'), or
    whose funding clause ends with a comma before it (see _funded_before); else []. A name
    a naming word introduces may open in lower case."""
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        return _funded_before(page, toks, j)
    if j >= 0 and toks[j].text == ":":
        j -= 1
    if j < 1 or toks[j].low not in NAMING:
        return []
    m, steps = j - 1, 0
    while m >= 0 and steps < _NAMING_REACH:
        if toks[m].text == ")":
            # "un projet (2015 – 2016) intitulé : « … »": the brackets are one step
            opening = next(
                (o for o in range(m - 1, max(-1, m - _BRACKET_REACH), -1) if toks[o].text == "("),
                None,
            )
            if opening is None:
                return []
            m, steps = opening - 1, steps + 1
            continue
        word = _word_type(page, toks[m].low)
        if word is not None and not word[1]:
            return [m]
        m, steps = m - 1, steps + 1
    return []


_NAMING_REACH = 5
"""Tokens between an initiative word and its naming word ("projet de l'OIM intitulé"), a
bracketed aside counting as one ("un projet (2015 – 2016) intitulé")."""
_BRACKET_REACH = 12
"""Tokens of such an aside at most."""


def _funded_before(page: Page, toks: list[Tok], comma: int) -> list[int]:
    """[index] of the initiative word before a clause saying who funds it, whose comma
    stands at ``comma`` before a quote: 'du projet financé par l'Union européenne, « … »'."""
    for m in range(comma - 1, max(-1, comma - 1 - _FUNDED_REACH), -1):
        word = _word_type(page, toks[m].low)
        if word is not None and not word[1]:
            funded = page.hits.within("cue:funding", toks[m].end, toks[comma].start)
            return [m] if funded and not any(t.text in ",;" for t in toks[m + 1 : comma]) else []
    return []


_FUNDED_REACH = 10
"""Tokens between an initiative word and the comma ending the clause after it."""


def _word_after(page: Page, toks: list[Tok], i: int) -> list[int]:
    """[index] of an initiative word after a quoted name, past its acronym or in apposition:
    '"Reintegration and Development in Ghana" (REDEGHA) project', '"Kairylyk", an online
    platform'; else []."""
    n = len(toks)
    if i + 2 < n and toks[i].text == "(" and toks[i + 1].acr and toks[i + 2].text == ")":
        i += 3
        if i + 1 < n and toks[i].text == "," and toks[i + 1].low in page.lex.tokens["article"]:
            i += 2  # 'Known as "Building Resilience …" (BRIDGE), the project is …'
    elif i < n and toks[i].text == "(":  # '"Kayra Kel" (‘Come Back’) programme': a gloss
        close = next(
            (m for m in range(i + 1, min(n, i + _GLOSS_TOKENS)) if toks[m].text == ")"), None
        )
        if close is None:
            return []
        i = close + 1
    elif i + 1 < n and toks[i].text == "," and toks[i + 1].low in page.lex.tokens["article"]:
        i += 2
        for _ in range(2):  # "an online platform": up to two words before the noun
            lower = i < n and toks[i].word and toks[i].text.islower()
            if lower and not _word_type(page, toks[i].low):
                i += 1
    elif page.lang in {"en", None}:
        for _ in range(2):  # 'The "Bienvenue Chez Toi" peer mentoring network'
            lower = i < n and toks[i].word and toks[i].text.islower()
            if lower and not _word_type(page, toks[i].low):
                i += 1
    else:
        return []
    word = _word_type(page, toks[i].low) if i < n else None
    return [i] if word is not None and not word[1] and toks[i].text.islower() else []


def _acronym_definitions(page: Page, toks: list[Tok], out: list[Named]) -> None:
    """ "Mediterranean Sustainable Reintegration (MEASURE) Project" and the like."""
    text = page.text
    lo, hi = toks[0].start, toks[-1].end
    for pattern in (_ACR_PAREN, _ALT_PAREN):
        for m in pattern.finditer(page.flat, lo, hi):
            acronym = m.group(1) if pattern is _ACR_PAREN else m.group(2)
            if not is_acronym(acronym.replace(" ", "")):
                continue
            before = [t for t in toks if t.end <= m.start()]
            named = (
                [r for r in runs(page, before, commas=True) if r.end == before[-1].end]
                if before
                else []
            )
            if not named:
                lower = _lower_case_name(page, before)
                if lower is not None and not any(
                    a <= m.start(1) and m.end(1) <= b for _, a, b in page.organizations()
                ):
                    title = clean_title(text[lower[0] : m.end()])
                    out.append(Named(title, lower[0], m.end(), lower[1], acronym, "acronym"))
                continue
            run = named[0]
            name_toks = before[run.first : run.last + 1]
            if _possessive_cut(name_toks):
                name_toks = _possessive_cut(name_toks)
            after = [t for t in toks if t.start >= m.end()][:2]
            tail = after[0] if after and _word_type(page, after[0].low) else None
            if tail is not None and len(after) > 1 and after[1].low in _TO_WORDS:
                tail = None  # "the Bureau of Manpower … (BMET) plan to reach": a verb
            if not name_toks:
                continue
            head = _head(page, name_toks + ([tail] if tail else []))
            if _org_headed(page, name_toks, head[0] if head else None):
                continue
            itype = head[1] if head else None
            if itype is None and page.hits.within(
                "programme", name_toks[0].start, name_toks[-1].end
            ):
                itype = "programme"
            if itype is None:
                itype = _kind_before(page, toks, name_toks[0])
            if itype is None:
                continue
            pure = (
                pattern is _ACR_PAREN
                and m.group(0).replace(" ", "") == f"({acronym.replace(' ', '')})"
            )
            if any(a <= m.start(1) and m.end(1) <= b for _, a, b in page.organizations()):
                continue  # "the International Centre for Migration Policy Development (ICMPD)"
            # "Mediterranean Sustainable Reintegration (MEASURE) Project": a capitalised word
            # after the acronym belongs to the name; "the … (VHR) programme" is no part of it
            stop = (tail.end if tail and tail.cap else m.end()) if pure else name_toks[-1].end
            title = clean_title(text[name_toks[0].start : stop])
            out.append(Named(title, name_toks[0].start, stop, itype, acronym, "acronym"))


def _kind_before(page: Page, toks: list[Tok], first: Tok) -> str | None:
    """The type a lower-case initiative word and a connector right before a name give it:
    "projects on Capacity Building for Migration Management (CBMM)", "un programme de
    Renforcement des capacités (RC)"."""
    k = next((k for k, t in enumerate(toks) if t is first), 0)
    if k < 2 or toks[k - 1].low not in page.lex.tokens["connector"]:
        return None
    word = page.lex.initiative_words.get(toks[k - 2].low)
    return word[0] if word and toks[k - 2].text.islower() else None


_LOWER_NAME_WORDS = 14
"""Words a lower-case French or Spanish name may hold before its acronym."""


def _lower_case_name(page: Page, before: list[Tok]) -> tuple[int, str] | None:
    """(start, type) of a name written in lower case before its acronym, opened by an
    initiative word: "le programme d'aide au retour volontaire et à la réintégration (AVRR)",
    "el programa de retorno voluntario asistido (RVA)"."""
    if page.lang not in {"fr", "es"} or not before:
        return None
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _LOWER_NAME_WORDS), -1):
        tok = before[k]
        word = _word_type(page, tok.low)
        if tok.text in _NAME_END_MARKS or (tok.word and tok.cap and word is None):
            return None  # a name this long stays inside one clause and in lower case
        if word is not None and not word[1] and k + 1 < len(before):
            # (the initiative word may be capitalised: "Le Programme d'aide au retour …")
            if page.hits.overlapping("cue:via", tok.start, tok.end):
                return None  # "dans le cadre de l'aide au retour (AVRR)": a channel, no name
            return tok.start, word[0]
    return None


_NAME_END_MARKS = frozenset(',;:.!?()«»"“”')


def _possessive_cut(name_toks: list[Tok]) -> list[Tok]:
    """The tokens after the last possessive ("African Union's X" → X), or [] if none."""
    if "'s" not in map(_TEXT, name_toks):
        return []
    cuts = [k for k, t in enumerate(name_toks) if t.text == "'s"]
    return name_toks[cuts[-1] + 1 :] if cuts else []


def _acronym_with_word(page: Page, toks: list[Tok], out: list[Named], used: set[int]) -> None:
    """ "The CEDR project", "MRRM program", "programa alemán REAG/GARP"."""
    n = len(toks)
    known = {named.acronym for named in out if named.acronym}
    orgs = page.organizations()
    for k, t in enumerate(toks):
        if not t.word or not (t.acr or (t.cap and _acronym_compound(t.text))):
            continue
        if t.text in known or page.hits.overlapping("currency", t.start, t.end):
            continue  # "… was EUR 214,600", "un fondo de US$6 millones": money, no name
        if any(a <= t.start and t.end <= b for _, a, b in orgs):
            continue
        cands = [k + 1, k - 1]
        if k >= 2 and toks[k - 1].word and toks[k - 1].text.islower():
            cands.append(k - 2)
        for m in cands:
            if not 0 <= m < n or m in used:
                continue
            word = _word_type(page, toks[m].low)
            if word and (m == k + 1 or toks[m].text.islower()):
                spelled = _spelled_out(page, toks, m + 1) if m == k + 1 else None
                if spelled is not None:
                    # "The RESCO project (Reintegration Support in Countries of Origin)"
                    a, b = spelled
                    title = clean_title(page.text[a:b])
                    out.append(Named(title, a, b, word[0], t.text, "acronym_word"))
                else:
                    out.append(Named(t.text, t.start, t.end, word[0], t.text, "acronym_word"))
                known.add(t.text)
                break


_CLAUSE_ENDS = frozenset(",;:.")
_RELATIVES = grammar.words("relative")


def _word_after_head(page: Page, toks: list[Tok], out: list[Named], used: set[int]) -> None:
    """A French or Spanish name of one capitalised word right after an article and a singular
    initiative word, a comma or a relative pronoun after it: "le projet Foras, qui est
    complémentaire …", "el proyecto Foras, que …" (the English "the Foras project" puts it
    before its word; no place, organisation, month or other capitalised word next to it)."""
    if page.lang not in {"fr", "es"}:
        return
    articles = page.lex.tokens["definite"]
    known = {(named.start, named.end) for named in out}
    for k in range(2, len(toks)):
        t = toks[k]
        if not (t.word and t.cap) or t.acr or k in used or (t.start, t.end) in known:
            continue
        head, article = toks[k - 1], toks[k - 2]
        word = _word_type(page, head.low)
        if word is None or word[1] or not head.text.islower() or article.low not in articles:
            continue
        after = toks[k + 1 : k + 3]
        if any(u.word and (u.cap or u.text[0].isdigit()) for u in after):
            continue  # "el proyecto Retorno y Reintegración", "la iniciativa Comunidades que
            # Integran": a longer name, read elsewhere
        if after and not (after[0].text in _CLAUSE_ENDS or after[0].low in _RELATIVES):
            continue  # "le projet Réintégration durable des migrants (REDUR)": a name in
            # sentence case, read elsewhere
        if (
            t.low in page.lex.initiative_words
            or t.low in page.lex.org_words
            or is_month(t.text)
            or page.countries_in(t.start, t.end)
            or page.city_in(t.start, t.end)
            or any(a <= t.start < b for _, a, b in page.organizations())
            or page.hits.overlapping("demonym", t.start, t.end)
        ):
            continue
        # (kept as a short name its word heads is, like "le projet MoTuSe")
        out.append(Named(t.text, t.start, t.end, word[0], None, "acronym_word"))
        used.add(k)


def _acronym_compound(word: str) -> bool:
    """True for an acronym joined to a capitalised word by a hyphen: "PROTECT-Enfance"."""
    head, hyphen, rest = word.partition("-")
    return (
        bool(hyphen)
        and len(head) >= 3
        and is_acronym(head)
        and rest[:1].isupper()
        and rest[1:].isalpha()
    )


def _spelled_out(page: Page, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The span of a bracketed name right at ``toks[i]``, two capitalised words or more:
    "(Reintegration Support in Countries of Origin)"."""
    if i >= len(toks) or toks[i].text != "(":
        return None
    close = next(
        (c for c in range(i + 1, min(len(toks), i + _GLOSS_TOKENS + 4)) if toks[c].text == ")"),
        None,
    )
    if close is None or close < i + _SPELLED_MIN:
        return None
    got = runs(page, toks[i + 1 : close])
    if not got or got[0].first != 0 or got[0].last != close - i - 2 or got[0].caps < _SPELLED_MIN:
        return None
    return toks[i + 1].start, toks[close - 1].end


_SPELLED_MIN = 2
"""Capitalised words of a name spelled out in brackets after its acronym."""


def _apposed_runs(page: Page, toks: list[Tok], out: list[Named], used: set[int]) -> None:
    """A name written right after a lower-case initiative word: "the project Community-Based
    Reintegration Support (COMRISE)", "le projet Appui à ...", "del proyecto Retorno Seguro
    (RESNIM)". The word is singular and follows an article or a preposition; the name holds
    two capitalised words of its own (not places or organisations), or defines an acronym."""
    lex = page.lex
    before = lex.name_skip  # articles and connectors
    words = lex.initiative_words
    n = len(toks)
    for k in [k for k, t in enumerate(toks) if t.low in words]:
        if not 0 < k < n - 1 or k in used:
            continue
        first = k + 1
        comma = toks[first].text == "," and first + 1 < n
        if comma:
            first += 1  # "The follow-up project, Strengthening Return Counselling … (STREC),"
        named_as = first + 1 < n and (toks[first].low in NAMING or toks[first].text == ":")
        if named_as:
            first += 1  # "the project called Prevention and …", "project: Comprehensive …"
        if toks[first].low in _OF and first + 1 < n:
            first += 1  # "le programme d'Aide au retour volontaire … (AVRR)"
        t, nxt = toks[k], toks[first]
        # a capitalised word only before a colon: "the USAID-funded Project: Tajikistan Safe …"
        colon = named_as and toks[first - 1].text == ":"
        if not (nxt.cap and nxt.word and not nxt.acr) or not (t.text.islower() or colon):
            continue
        word = words[t.low]
        if word[1] or not (toks[k - 1].low in before or _modified(page, toks, k, before)):
            continue
        if page.hits.overlapping("cue:via", t.start, t.end):
            continue  # "dans le cadre du Programme …", "en el marco del …": a channel's words
        places = page.places()
        got = runs(page, toks[first:])
        if not got or got[0].first != 0:
            continue
        name = _owner_cut(page, toks[first : first + 1 + got[0].last])
        if name[0].low in lex.org_words:
            continue
        own = [
            u
            for u in name
            if u.word
            and u.cap
            and not u.acr
            and not any(a <= u.start and u.end <= b for a, b in places)
        ]
        defined = name[-1].text == ")" and name[-2].acr
        said = False  # a name in sentence case that a naming word introduces
        if len(own) < 2 and not defined and page.lang in {"fr", "es"}:
            # a name in sentence case, known as one by the acronym after it, or by the naming
            # word before it ("le projet intitulé Renforcer la gestion des frontières")
            stop = head_initial_tail(page, toks, first + len(name))
            bracketed = acronym_after(page.text, stop) if stop else None
            if bracketed is not None:
                name = [u for u in toks[first:] if u.end <= bracketed.end()]
                defined = True
            elif stop and named_as and toks[first - 1].low in NAMING:
                name = [u for u in toks[first:] if u.end <= stop]
                said = True
        if len(own) < 2 and not (own and (defined or said)):
            continue
        if first > k + 1 and not defined and not named_as:
            continue  # after "de" or a comma, only a name with its acronym
        title = clean_title(page.text[name[0].start : name[-1].end])
        acronym = name[-2].text if defined else None
        out.append(Named(title, name[0].start, name[-1].end, word[0], acronym, "apposed"))
        used.add(k)


def _owner_cut(page: Page, name: list[Tok]) -> list[Tok]:
    """``name`` up to its bracketed acronym when an organisation follows it: "Retorno
    Voluntario Asistido (RVA) de la Organización Internacional para las Migraciones (OIM)" is
    the programme and whose it is."""
    skip = page.lex.name_skip
    for k in range(2, len(name) - 1):
        if name[k].text == ")" and name[k - 1].acr and name[k - 2].text == "(":
            rest = [u for u in name[k + 1 :] if u.low not in skip]
            if rest and rest[0].low in page.lex.org_words:
                return name[: k + 1]
    return name


_OF = grammar.words("of")
_MODIFIER_ENDS = ("-funded", "-financed", "-led", "-supported", "-backed")


def _modified(page: Page, toks: list[Tok], k: int, before: frozenset[str] | set[str]) -> bool:
    """True when one modifier stands between an article and the initiative word at ``k``:
    "the pilot project", "the IDF-funded project"; an adverb may come first ("the recently
    approved programme")."""
    if k < 2 or not toks[k - 1].word:
        return False
    opener = k - 2
    if (
        opener > 0
        and toks[opener].text.islower()
        and toks[opener].low.endswith(tuple(page.lex.tokens["adverb_suffix"]))
    ):
        opener -= 1  # "the recently approved programme"
    if toks[opener].low not in before:
        return False
    modifier = toks[k - 1]
    return modifier.text.islower() or modifier.low.endswith(_MODIFIER_ENDS)


_GLOSS_TOKENS = 10
"""Tokens a bracketed gloss between a name and its initiative word may hold."""


def _before_gloss(toks: list[Tok], close: int) -> int:
    """The index of the token before the bracketed gloss that ``toks[close]`` (a ")") ends,
    or -1 when no "(" opens it within reach: "Phire Asha (‘Returning Hope’)" → "Asha"."""
    return next(
        (m - 1 for m in range(close, max(0, close - _GLOSS_TOKENS), -1) if toks[m].text == "("),
        -1,
    )


def _opens_dateline(page: Page, title: str) -> bool:
    """True when ``title`` opens a line as a dateline does ("Obock – IOM …"): a place."""
    return re.search(rf"(?m)^{re.escape(title)},?\s+[–—-]\s", page.text) is not None


def _named_before_word(page: Page, toks: list[Tok], out: list[Named], used: set[int]) -> None:
    """An English name of its own right before a lower-case initiative word, after an article:
    "under the Phire Asha project", "the Phire Asha (‘Returning Hope’) project". Its words are
    capitalised, none a place or an organisation, and none an initiative word."""
    if page.lang not in {"en", None}:
        return  # French and Spanish write the word first ("le projet Tremplin")
    words = page.lex.initiative_words
    connectors = page.lex.tokens["connector"]  # "the Local Pathways to Reintegration project"
    for k, t in enumerate(toks):
        if k < 2 or k in used or t.low not in words or not t.text.islower() or words[t.low][1]:
            continue
        e = k - 1
        if toks[e].text == ")":
            e = _before_gloss(toks, e)
        if e < 1:
            continue
        got = [r for r in runs(page, toks[: e + 1]) if r.last == e]
        if not got:
            continue
        name = toks[got[0].first : e + 1]
        before = toks[got[0].first - 1] if got[0].first else None
        if (
            before is None
            or before.low not in page.lex.tokens["article"]
            or any(u.acr or u.low in words or u.text[:1].isdigit() for u in name)
            or _on_place(page, name)
            or any(
                u.word and not u.cap and u.low not in COORDINATORS and u.low not in connectors
                for u in name
            )
            or _DESCRIBED.search(name[-1].text)  # "this US-funded programme": who pays, no name
        ):
            continue
        title = clean_title(page.text[name[0].start : name[-1].end])
        if _opens_dateline(page, title):
            continue  # "the head of the Obock centre" under "Obock – …": a town
        out.append(Named(title, name[0].start, name[-1].end, words[t.low][0], None, "before_word"))
        used.add(k)


_DESCRIBED = re.compile(r"[-‑][^\W\d_A-Z]+$")
"""A compound ending in a lower-case word after a hyphen: "US-funded", "IOM-led", "EU-backed"."""


def _named_before_apposition(page: Page, toks: list[Tok], out: list[Named]) -> None:
    """A name that a comma (or "is") and an indefinite initiative word then say what it is:
    "launched DiasporaInvest, an online portal that …", "a lancé Retour Plus, une plateforme …",
    "lanzó Conecta, una plataforma …", "ReStart is a reintegration scheme". The name is a
    capitalised run ending at the comma (or "is"), no place, organisation or initiative word;
    up to two lower-case words may stand between the article and the (singular) initiative
    word ("an online portal"). With "are" and no article, a name that defines its acronym and a
    plural initiative word: "Pre-Departure Orientation Seminars (PDOS) are mandatory information
    programmes"."""
    words, indefinite = page.lex.initiative_words, grammar.words("indefinite", lang=page.lang)
    copula = grammar.words("copula", lang=page.lang)
    are = grammar.words("copula_plural", lang=page.lang)
    known = {(named.start, named.end) for named in out}
    for k, t in enumerate(toks):
        if t.text != "," and t.low not in copula and t.low not in are:
            continue
        many = t.low in are  # "Pre-Departure Orientation Seminars (PDOS) are … programmes"
        if k < 1 or k + 2 >= len(toks) or (toks[k + 1].low not in indefinite and not many):
            continue
        first = k + 1 if many else k + 2
        head = next(
            (
                m
                for m in range(first, min(len(toks), first + 3))
                if toks[m].low in words or not (toks[m].word and toks[m].text.islower())
            ),
            None,
        )
        if head is None or toks[head].low not in words or not toks[head].text.islower():
            continue
        itype, plural = words[toks[head].low]
        if plural != many:
            continue  # "X is a programme", "X are programmes"
        e = k - 1
        if toks[e].text == ")" and not (e >= 2 and toks[e - 1].acr and toks[e - 2].text == "("):
            # "launched Notun Shuru (‘New Beginning’), a three-year project": a gloss; an
            # acronym in brackets belongs to the name ("… Partnership (SRP), a programme")
            e = _before_gloss(toks, e)
        got = [r for r in runs(page, toks[: e + 1]) if r.last == e] if e >= 0 else []
        if not got or (many and toks[e].text != ")"):
            continue  # a plural name only with its acronym: "… Seminars (PDOS) are …"
        first = got[0].first
        while first <= e and (is_month(toks[first].text) or toks[first].text.isdecimal()):
            first += 1  # "launched on 7 February 2022 ReturnLink Ghana, a …": the date
        name = toks[first : e + 1]
        if (
            not name
            or not name[0].text[:1].isupper()  # "… on 4 April 2022 in Sikasso, a project"
            or (first == e and first and toks[first - 1].low in _AT)  # "a lancé, le 4 avril à
            # Sikasso, un projet": one word after "à" is a town
            or any(u.low in words or u.low in page.lex.org_words for u in name)
            or _on_place(page, name[:1])  # "Conecta Ecuador, an online platform": a name that
            # only ends with a place is still a name
            or (name[0].start, name[-1].end) in known
        ):
            continue
        title = clean_title(page.text[name[0].start : name[-1].end])
        if len(title) >= 3:
            out.append(Named(title, name[0].start, name[-1].end, itype, None, "apposition"))


def _on_place(page: Page, name: list[Tok]) -> bool:
    """True when ``name`` overlaps a country, a gazetteer organisation or a known town: a
    place or a body, not an initiative's own name."""
    start, end = name[0].start, name[-1].end
    return any(a < end and start < b for a, b in page.places()) or bool(
        page.hits.within("city", start, end)
    )


def _headed_runs(page: Page, toks: list[Tok], out: list[Named], headline: bool) -> None:
    """Capitalised names whose head noun is an initiative word ("National Migration Policy")."""
    connectors, verbs = page.lex.tokens["connector"], page.lex.tokens["subject_verb"]
    places = page.places()
    for run in runs(page, toks, commas=headline, headline=headline):
        name = toks[run.first : run.last + 1]
        name = _possessive_cut(name) or name
        head = _head(page, name)
        if head is not None and _owned_by_org(page, name, head[0]):
            name = name[: head[0] + 1]  # "Returning Workers Livelihood Fund of the Department …"
        if head is not None and _after_place(page, name, head[0]):
            name = name[head[0] :]  # "… de Centroamérica en la Estrategia Regional de …"
            head = _head(page, name)
        if head is not None and (cut := _after_giver(page, name, head[0])):
            name = name[cut:]  # "… from the Italian Ministry … to the Regional … Dialogue"
            head = _head(page, name)
        if head is not None and (cut := _after_body(page, name, head[0])):
            name = name[cut:]  # "le Comité de pilotage du Programme de protection …"
            head = _head(page, name)
        if head is not None and head[0] and name[0].low in _PHASES:
            # "la Fase 2 del Proyecto Retorno Seguro", "Phase 2 of the Return Project": a part
            # of the initiative, whose name starts at the first capital after "of" (and "the")
            joins = page.lex.tokens["connector"] | page.lex.tokens["article"]
            name = next(
                (
                    name[j:]
                    for j in range(2, head[0] + 1)
                    if name[j].cap and name[j - 1].low in joins
                ),
                name,
            )
            head = _head(page, name)
        if head is None or _org_headed(page, name, head[0]):
            continue
        if page.hits.within("currency", name[0].start, name[-1].end):
            continue  # "Launch EUR 9.5 Million Project to Support …": a headline's phrase
        k, itype, plural = head
        if k == 0 and len(name) > 1 and name[1].low in COORDINATORS:
            continue  # "les régions du Littoral, du Centre et de l'Ouest": an item of a list
        # a year or a period after the head is part of the name ("Migration Strategy 2021-2030")
        last = k == len(name) - 1 or _years_only(name[k + 1 :])
        stop = name[-1].end
        defined: str | None = None
        if page.lang in {"en", None} and last:
            stop = _post_modifier(toks, run.last + 1, verbs) or stop
        elif page.lang in {"fr", "es"} and k == 0 and name[-1].text != ")" and not name[-1].acr:
            # (a name that ends with its acronym, "Red ACORE", has no lower-case tail)
            if not _ends_with_years(page, name, toks, run.last + 1):
                stop = head_initial_tail(page, toks, run.last + 1) or stop
            acronym = acronym_after(page.text, stop)
            if acronym is not None:
                stop = acronym.end()  # "Programme d'appui … au Mali (PARDIM)"
                defined = acronym.group(1)
            name = [t for t in toks if name[0].start <= t.start and t.end <= stop]
        words = [t for t in name if t.word]
        has_acr = any(t.acr for t in words)
        own = [
            t
            for t in words
            if (t.cap or t.acr)
            and t is not name[k]
            and not t.low.endswith(_MODIFIER_ENDS)  # "the USAID-funded Project": no name
            and not any(a <= t.start and t.end <= b for a, b in places)
        ]
        # French and Spanish write names in sentence case: a capitalised head inside a
        # sentence ("le Programme d'appui à la réintégration …") names, with a tail of words
        sentence_case = (
            page.lang in {"fr", "es"}
            and k == 0
            and name[0] is not toks[0]
            and sum(1 for t in words if t.word and t.low not in connectors) >= _SENTENCE_CASE_WORDS
            and _named_in_sentence_case(toks, run.first, name, connectors)
        )
        if (plural and not has_acr) or not (own or sentence_case):
            continue
        followed = k + 1 < len(name) and name[k + 1].low in connectors
        if page.lang == "en" and not (last or followed):
            continue
        if page.lang in {"fr", "es"} and not (k == 0 or last):
            continue
        if page.lang in {"fr", "es"} and k and last and name[k - 1].low in connectors:
            continue  # "régions de l'Ouest, du Littoral et du Centre": a place, no head-last name
        if headline and not (has_acr or followed):
            continue
        if followed and name[-1].cap:
            # "National Guidelines on Return, Readmission and Reintegration": a list of
            # capitalised words after the head's connector goes on the name
            listed = _CAPITAL_LIST.match(page.text, stop)
            if listed is not None and not any(
                listed.start() <= a < listed.end() for a, _ in page.places()
            ):
                stop = listed.end()
        title = clean_title(page.text[name[0].start : stop])
        quoted = _QUOTED_NAME.match(page.text, stop)
        if quoted is not None and QUOTE_PAIRS.get(quoted.group(1)) == quoted.group(3):
            # 'el Centro de Atención ... "Nuevo Amanecer"': its own name, quotes as written
            title += page.text[stop : quoted.end()]
            stop = quoted.end()
        out.append(Named(title, name[0].start, stop, itype, defined))


def _named_in_sentence_case(
    toks: list[Tok], first: int, name: list[Tok], connectors: frozenset[str] | set[str]
) -> bool:
    """True when a capitalised French or Spanish head word and its lower-case tail read as a
    name: no indefinite article before the head or after its connector ("le Programme d'appui
    à …", "la Plateforme numérique de …"; not "un nouveau Projet destiné à …", "le Projet d'une
    enveloppe de …": a project spoken of with a capital)."""
    if len(name) > 2 and name[2].low in _INDEFINITE and name[1].low in connectors:
        return False
    return not any(t.low in _INDEFINITE for t in toks[max(0, first - 2) : first])


_INDEFINITE = grammar.words("indefinite")
_PHASES = grammar.words("phase")


_CAPITAL_LIST = re.compile(
    rf"(?:,\s+[A-ZÀ-Ý][\w’'-]+)+,?\s+{alt('and')}\s+[A-ZÀ-Ý][\w’'-]+(?![\w’'-]*\s+[A-ZÀ-Ý])"
)
"""The rest of a list of single capitalised words: ", Readmission and Reintegration"."""


def _years_only(toks: list[Tok]) -> bool:
    """True when ``toks`` are a year or a period of years ("2030", "2021-2030", "2021 – 2030")."""
    return any(t.word for t in toks) and all(
        _YEAR.fullmatch(t.text) if t.word else t.text in _YEAR_JOINS for t in toks
    )


def _ends_with_years(page: Page, name: list[Tok], toks: list[Tok], i: int) -> bool:
    """True when ``name`` ends with its year or period and no "of" word follows it: the name
    is whole, and a lower-case word after it is the sentence's ("el Marco de Cooperación
    2021-2025 representa …"; not "Plan d'action national 2008-2012 de lutte contre …")."""
    return (
        _years_only(name[-1:]) and i < len(toks) and toks[i].low not in page.lex.tokens["connector"]
    )


_YEAR = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")
_YEAR_JOINS = frozenset("-–—/")
_HEAD_END_EN = grammar.words("head_end", lang="en")
_SENTENCE_CASE_WORDS = 3
"""Words (head included, connectors not) that a sentence-case name holds at least."""


def _post_modifier(toks: list[Tok], i: int, verbs: set[str]) -> int | None:
    """End of a lower-case tail "for the protection of children" when a verb follows it."""
    if i >= len(toks) or toks[i].low not in _HEAD_END_EN:
        return None
    for j in range(i + 1, min(len(toks), i + 8)):
        if not toks[j].word:
            return None
        if toks[j].low in verbs and j > i + 1:
            return toks[j - 1].end
    return None


_FILLERS = grammar.words("funded_gap") | {","}


def funded_subjects(page: Page, s0: int, s1: int) -> list[Named]:
    """Names said to be funded: "the Migration Profile for Rwanda, which is funded by ..."."""
    out: list[Named] = []
    for hit in page.hits.within("cue:funding", s0, s1):
        toks = tokenize(page, s0, hit.start)
        k = len(toks)
        while k and toks[k - 1].low in _FILLERS:
            k -= 1
        if k == len(toks) or k == 0:
            continue
        got = [r for r in runs(page, toks[:k]) if r.last == k - 1 and r.caps >= 2]
        if not got:
            continue
        name = toks[got[0].first : k]
        if (
            _is_org(page, name)
            or page.hits.within("event", name[0].start, name[-1].end)
            or _no_project(page, name)
            or is_month(name[0].text)  # "… held on 22 and 23 March 2022 in Naivasha, with
            # support from IOM": a date and a place
        ):
            continue
        title = clean_title(page.text[name[0].start : name[-1].end])
        named = Named(title, name[0].start, name[-1].end, "project", how="funded")
        out.append(_without_owner(page, _past_place(page, named)))
    return out


def _no_project(page: Page, name: list[Tok]) -> bool:
    """True when a run before a funding cue holds no initiative word and opens with a known
    organisation ("mis en œuvre par l'OIM au Maroc, avec le financement de …": an office) or
    joins words by "and / et / y" ("… departamentos de Norte de Santander, La Guajira y Arauca,
    con financiamiento de …": places)."""
    if any(t.low in page.lex.initiative_words for t in name):
        return False
    return any(t.low in COORDINATORS for t in name) or any(
        a == name[0].start for _, a, _ in page.organizations()
    )
