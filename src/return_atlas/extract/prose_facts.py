"""Assisted returns, fundings and publications stated in prose.

- A return is a number of migrants (or of a nationality: "99 Maliens") in a sentence about
  return (a return word or a return programme there, or just before, or in the headline);
  targets ("to help 1,000", "will assist") and subsets ("among them 16 children") are not.
- A funding is an amount with a currency in a sentence that names who gives it.
- A publication is a report, handbook, study ... named in a sentence that presents it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from return_atlas.extract.drafts import FundingDraft, PublicationDraft, ReturnDraft, Spanned
from return_atlas.extract.prose import (
    CLAUSE_MARKS,
    QUOTE_PAIRS,
    Page,
    after_dateline,
    clean_title,
    gcm_objectives,
)
from return_atlas.extract.prose_lexicon import Hit, key, lexicon
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import capture_orgs, runs
from return_atlas.normalise import grammar
from return_atlas.normalise.dates import is_month, parse_partial_date
from return_atlas.normalise.grammar import alt, joined, lead
from return_atlas.normalise.money import (
    currency_code_before,
    find_amounts,
    has_word_amount,
    parse_number,
    thousands_words,
)
from return_atlas.normalise.number_words import find_number_words_folded

_THOUSANDS = [word for word in thousands_words() if len(word) > 2]
"""Words worth a thousand ("mil", "thousand"), after which hundreds may follow."""
_NUMBER = re.compile(
    r"(?<![\w.,/])(?<![^\W\d_]-)"
    rf"(\d{{1,3}}[.,]\d{{1,2}}(?=\s+{alt('scale')}\b)|\d{{1,3}}(?:[ .,\u00a0\u202f]\d{{3}})+|\d+)"
    rf"(?:\s+(?:{'|'.join(sorted(map(re.escape, _THOUSANDS), key=len, reverse=True))})\s+\d{{1,3}}"
    rf"(?=\s+[^\W\d])|\s+{alt('scale')})?(?![\w%]|[.,]\d)"
)
"""A figure in digits, with its scale word ("3 million", "2,4 millions", "1.2 million": a
decimal figure only with one), or with the hundreds after a thousands word when a word
follows ("73 mil 402 personas")."""
_AFTER_NUMBER_STOP = re.compile(rf"^\s*(?:%|{alt('unit')})")
_DIGIT = re.compile(r"\d")
_ARTICLE_LAST = re.compile(rf"\s+{alt('article')}\s*$")
_COMPASS_LAST = re.compile(rf"\b(?:{alt('article')}\s*)?{alt('compass')}(?:\s+{alt('of')})?\s*$")
"""A part of a country right before it: "(from) the south of", "(depuis) le nord du", "(desde)
el sur de", "(from) southern"."""
_COUNTED_AFTER = re.compile(r"\s*\(\s*\d")
"""After a country: its own figure in brackets ("la Guinée (5.088)")."""
_UNTIL = re.compile(rf"\s*(?:,\s*)?{alt('until')}\b")
"""After a country: "… to", "… jusqu'à", "… hasta": the end of a range of places."""
_CURRENCY_SIGN = re.compile(r"[$€£¥₣]")
_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"[,;:]\s|\.\s|\.$")
_GIVER_GAP = re.compile(rf"[\s,]*(?:{alt('relative')}\s+)?(?:{alt('auxiliary', 'and')}\s+){{0,2}}")
"""Words between a funder and its verb: "Japan will provide", "Canada has also contributed"."""
_RELATIVE = grammar.words("relative")
_OF = grammar.words("of")
_OF_OR_THE = grammar.words("of", "article")
"""Before a relative pronoun right after a figure, words that make the figure a group of
people: "the 300 who returned", "des 1 200 qui sont rentrés"."""
_BEFORE_TITLE = grammar.words("of", "article") | lexicon(None).tokens["iom"]
"""Words between a publication word and its title: "le rapport de l'OIM intitulé …"."""
_THE = grammar.words("article")


def _prev_sentence(page: Page, s0: int) -> tuple[int, int] | None:
    """The sentence before the one starting at ``s0``, in the same paragraph."""
    for p in page.paragraphs:
        if p.start <= s0 < p.end:
            before = [s for s in p.sentences if s[1] <= s0]
            return before[-1] if before else None
    return None


def return_context(page: Page, span: tuple[int, int] | None) -> bool:
    """True when a return word or a return programme stands in ``span``.

    A return word that only names the people ("returnees", "returning migrants") tells who
    they are, not that they returned: "42 returning migrants received business grants"; one
    inside a phrase that means something else ("leurs revenus", their income) tells nothing.
    """
    if span is None:
        return False
    if page.hits.within("programme", *span):
        return True
    names = page.hits.within("cue:returnee", *span) + page.hits.within("cue:lookalike", *span)
    return any(
        not any(n.start <= h.start and h.end <= n.end for n in names)
        for h in page.hits.within("cue:return", *span)
    )


def _country_before(page: Page, a: int, roles: str) -> bool:
    """True when the words just before offset ``a`` end with a preposition of ``roles``, or
    for the country of return, a return verb, adverbs and a preposition ("return voluntarily
    to", "rentrer volontairement au", "retornaron a")."""
    if _preps_before(page, a, roles):
        return True
    return roles == "to_prep" and _return_verb_to(page, a)


def _preps_before(page: Page, a: int, roles: str) -> list[str]:
    """The prepositions of ``roles`` (as folded phrases) that the words just before offset
    ``a`` end with, an article after them left out."""
    a = _part_of_country(page, a)
    tail = _ARTICLE_LAST.sub(" ", page.folded[max(0, a - 30) : a]).rstrip()
    return [p for p in page.lex.tokens[roles] if tail.endswith(" " + p) or tail == p]


def _part_of_country(page: Page, a: int) -> int:
    """Where the words naming a part of the country at ``a`` begin ("desde el sur de México",
    "from southern Mexico"): what is said before them is said of the country; ``a`` when
    there are none."""
    m = _COMPASS_LAST.search(page.folded, max(0, a - _COMPASS_REACH), a)
    return a if m is None else m.start()


_COMPASS_REACH = 20
"""Characters before a country in which the words naming a part of it are looked for."""


def _return_verb_to(page: Page, a: int) -> bool:
    """True when a return word, then only adverbs and a preposition of place (and an
    article) stand right before ``a``."""
    verbs = page.hits.within("cue:return", max(0, a - 40), a)
    if not verbs:
        return False
    to_word = page.lex.tokens["to_word"]
    words = page.folded[verbs[-1].end : a].replace("'", "' ").split()
    if len(words) > 1 and words[-1] in page.lex.tokens["article"] and words[-2] in to_word:
        words.pop()  # "a la", "en la": the article after the preposition
    if not words:  # the return word holds the preposition: "retornaron a"
        words = page.folded[verbs[-1].start : verbs[-1].end].split()[-1:]
    suffixes = tuple(page.lex.tokens["adverb_suffix"])
    return (
        bool(words)
        and words[-1] in to_word
        and all(bool(suffixes) and w.endswith(suffixes) for w in words[:-1])
    )


def _from_country(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """The country people left: after "from/depuis/desde/stranded in", or where IOM acts."""
    nationality = page.lex.tokens["nationality"]
    iom = page.lex.tokens["iom"]
    listed: int | None = None  # where a list of countries left ends
    for code, a, b in _places(page, s0, s1):
        before = _words_before(page, s0, _part_of_country(page, a))
        if after_iom(before, iom) or _COUNTED_AFTER.match(page.text, b):
            # "… 5.661 rapatriés, suivis de la Guinée (5.088)": a country with its own figure
            # in brackets is an item of a list of figures, not the one the people left
            continue
        if listed is not None:
            # after a list of countries "from", only where a later clause says they were
            # stranded ("114 migrants hailing from Côte d'Ivoire, Guinea and Liberia who had
            # been stranded in Algeria"; not "bloqués en Libye et au Niger", a list itself)
            if _located_before(page, listed, a, before):
                return Spanned(code, a, b)
            continue
        if not (
            _country_before(page, a, "from_prep")
            or _located_before(page, s0, a, before)
            or _foreigners_in(page, s0, a, code)
        ):
            continue
        if set(before[-4:]) & nationality:
            continue
        if before and before[-1] in _AMBIGUOUS_FROM and not _phrase_before(page, a):
            near = max(s0, a - _MOVED_BEFORE)
            moved = page.hits.within("cue:leave", near, a) or page.hits.within(
                "cue:return", near, a
            )
            ranged = _UNTIL.match(page.folded, b, b + 12)
            if not (moved or ranged or _foreigners_before(page, near, a, code)):
                continue
        if _listed_after(page, b, s1, code):
            listed = b  # "from Libya, Niger and Mali": several countries left
            continue
        return Spanned(code, a, b)  # before the office: "IOM Pristina … 356 from Switzerland"
    if listed is not None:
        return None
    return _office(page, s0, s1) or _programme_country(page, s0, s1)


def _foreigners_before(page: Page, start: int, a: int, code: str) -> bool:
    """True when people of another country are named before "from" ("91 Nigerien migrants from
    Libya"): the country after "from" is then where they were, not theirs."""
    return any(h.value != code for h in page.hits.within("demonym", start, a))


def _phrase_before(page: Page, a: int) -> bool:
    """True when a "from" phrase of several words ends right before offset ``a`` ("au départ
    du Niger", "stranded in"): not the bare "du" of "migrants du Niger" (their nationality)."""
    return any(" " in p for p in _preps_before(page, a, "from_prep"))


_MOVED_BEFORE = 50
"""Characters before "migrants from X" in which a return or leaving word makes X the country
left ("the return of 250 Ethiopian migrants from Yemen"), not where they are from."""


def _places(page: Page, s0: int, s1: int) -> list[tuple[str, int, int]]:
    """Countries and capitalised cities of ``[s0, s1)`` (with their country), in text order."""
    places = [(c, a, b) for c, a, b in page.countries if s0 <= a < s1]
    places += [
        (h.value, h.start, h.end)
        for h in page.hits.within("city", s0, s1)
        if page.text[h.start].isupper()
    ]
    return sorted(places, key=lambda p: p[1])


def _words_before(page: Page, s0: int, a: int) -> list[str]:
    """The folded words of the 40 characters before ``a`` (not before ``s0``), without elided
    articles or brackets ("(IOM) in" → "iom", "in")."""
    return [w.split("'")[-1].strip("()") for w in page.folded[max(s0, a - 40) : a].split()]


def _located_before(page: Page, s0: int, a: int, before: list[str]) -> bool:
    """True when the country at ``a`` is where people "were" or "were living", or were
    stranded, said a few words before it in the same clause: "personas que se encontraban en
    situación de vulnerabilidad en México", "migrants qui se trouvaient depuis des mois au
    Niger", "migrants stranded in different regions in Libya"."""
    if not before or before[-1] not in _IN:
        return False
    near = max(s0, a - _LOCATED_REACH)
    return any(
        CLAUSE_MARKS.isdisjoint(page.text[hit.end : a])
        for hit in page.hits.within("cue:located", near, a)
        + page.hits.within("cue:stranded", near, a)
    )


_LOCATED_REACH = 60
"""Characters before a country in which "who were (living)" says people were there."""


def _foreigners_in(page: Page, s0: int, a: int, code: str) -> bool:
    """True when the country at ``a`` comes right after a noun of people of another country
    and "in" ("19 Senegalese migrants in Niger", "19 migrants sénégalais au Niger", "19
    migrantes senegaleses en Níger"): where they are, the country they leave."""
    for hit in page.hits.within("cue:migrant", max(s0, a - _NOUN_IN_REACH), a):
        end = hit.end
        after = page.hits.within("demonym", end, a)  # "migrants sénégalais au Niger"
        if after and page.folded[end : after[0].start].isspace():
            end = after[0].end
        words = page.folded[end:a].replace("'", "' ").split()
        if (
            words
            and words[0] in _IN
            and all(w in _THE for w in words[1:])
            and _foreigners_before(page, max(s0, hit.start - _NOUN_IN_REACH), end, code)
        ):
            return True
    return False


_NOUN_IN_REACH = 30
"""Characters between a noun of people and a country after it, or a demonym before it."""


def after_iom(before: list[str], iom: set[str]) -> bool:
    """True when the words ``before`` a place end with "IOM" or "IOM in / OIM en / au / aux"
    (an IOM office: "IOM Tunisia", "l'OIM au Niger")."""
    return bool(before) and (
        before[-1] in iom or (len(before) > 1 and before[-1] in _IN and before[-2] in iom)
    )


_IN = grammar.words("at")


def _office(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """The country of the first IOM office named in ``[s0, s1)`` ("IOM Tunisia", "l'OIM au
    Niger"): where IOM acts."""
    iom = page.lex.tokens["iom"]
    for code, a, b in _places(page, s0, s1):
        before = _words_before(page, s0, a)
        if after_iom(before, iom):
            return Spanned(code, a, b)
    return None


_LIST_JOIN = re.compile(rf"\s*{joined('and')}\s*{lead('article', 'of', 'at')}?", re.IGNORECASE)
"""Between two countries of one list: "from Mexico and the US", "au Niger, en Libye et au
Maroc"."""


def _several_origins(page: Page, s0: int, s1: int) -> bool:
    """True when the sentence names several countries people left ("from Mexico and the US")."""
    return any(
        _country_before(page, a, "from_prep") and _listed_after(page, b, s1, code)
        for code, a, b in page.countries
        if s0 <= a < s1
    )


def _listed_after(page: Page, end: int, s1: int, code: str | None = None) -> bool:
    """True when another country follows the place (of country ``code``) ending at ``end``
    in a list; not the place's own country after it ("depuis Niamey, au Niger")."""
    m = _LIST_JOIN.match(page.text, end, s1)
    if m is None or m.end() == end:
        return False
    return any(a == m.end() and c != code for c, a, _ in page.countries if a < s1)


_AMBIGUOUS_FROM = grammar.words("from") - grammar.words("since")
"""From words that may say only where a thing comes from, with no move ("funds from Japan",
"pays de la région"): those that also start a period ("depuis", "desde") say more."""


_STRANDED_AFTER = 30
"""Characters after a figure in which "stranded" says where its people are."""


def _dateline_place(page: Page, s0: int, home: str) -> Spanned[str] | None:
    """The country of the dateline opening the sentence ("Ciudad de México – 64 Salvadorans
    returned today"), when it is not the returnees' own: where they returned from."""
    end = after_dateline(page, s0)
    if end == s0:
        return None
    places = [(c, a, b) for c, a, b in page.countries if s0 <= a < s0 + 40]
    places += [(h.value, h.start, h.end) for h in page.hits.within("city", s0, s0 + 40)]
    for code, a, b in sorted(places, key=lambda p: p[1]):
        if b <= end and code != home:
            return Spanned(code, a, b)
    return None


def _programme_country(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """The country of a national return programme ("programa alemán REAG/GARP" → DEU)."""
    for hit in page.hits.within("demonym", s0, s1):
        words = page.folded[max(s0, hit.start - 15) : hit.end + 15].split()
        if any(page.lex.initiative_words.get(w) for w in words):
            return Spanned(hit.value, hit.start, hit.end)
    return None


def _to_country(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """The country of return after "return to / back to / retour au / retornar a", or at the
    end of a route: "from Yemen to Ethiopia", "de Libye vers le Niger", "desde México hacia
    Guatemala"."""
    places = _places(page, s0, s1)
    for code, a, b in places:
        if _country_before(page, a, "to_prep"):
            # "à rentrer en Guinée et en Côte d'Ivoire": no one country of return
            return None if _listed_after(page, b, s1, code) else Spanned(code, a, b)
    origins = False  # the country just seen is one of the countries left
    previous_end = s0
    for (_, a0, b0), (code, a, b) in pairwise(places):
        origins = _country_before(page, a0, "from_prep") or (
            origins and _LIST_JOIN.fullmatch(page.text, previous_end, a0) is not None
        )
        if origins and _route_gap(page, b0, a):
            # "desde México hacia El Salvador, Guatemala y Honduras": no one country
            return None if _listed_after(page, b, s1, code) else Spanned(code, a, b)
        previous_end = b0
    return None


def _aside_end(page: Page, end: int, part: int, s1: int) -> int | None:
    """Where the aside that a part word at ``part`` opens ends, when the part is set off by
    commas right after the noun of the figure ending at ``end`` and names no place ("150
    migrants, including 30 women, returned …", "214 migrants éthiopiens, dont 38 mineurs, …");
    None otherwise. An aside in brackets is one too ("143 migrants (137 male and 6 female,
    including 5 children) who voluntarily returned from Libya"), and so is a list of groups
    right after the noun, with no comma before it, up to the comma after its last figure
    ("167 migrants including 48 women, 40 children and 79 men, to return home …")."""
    opened = page.text.rfind("(", end, part)
    if 0 <= opened - end <= _ASIDE_NOUN_GAP and ")" not in page.text[opened:part]:
        start, closing = opened, ")"
    elif page.text[end:part].rstrip()[-1:] == "," and part - end <= _ASIDE_NOUN_GAP:
        start, closing = part, ","
    elif part - end <= _ASIDE_NOUN_GAP and _DIGIT_AFTER_PART.match(page.folded, part):
        # "167 stranded migrants including 48 women, 40 children and 79 men, to return home
        # … from Libya": a list of groups with no comma before it ends at the comma after it
        close = next(
            (
                m.start()
                for m in _LIST_COMMA.finditer(page.text, part, min(s1, part + _ASIDE_LENGTH))
                if not _DIGIT.match(page.text, m.end())
            ),
            -1,
        )
        if close < 0 or _places(page, part, close):
            return None
        return close + 1
    else:
        return None
    close = page.text.find(closing, part, min(s1, part + _ASIDE_LENGTH))
    if close < 0 or _places(page, start, close) or not page.text[close + 1 : s1].strip(" ."):
        return None
    return close + 1


_DIGIT_AFTER_PART = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+)?\s+\d")
"""A part word (one or two words: "including", "parmi eux") and a figure right after it."""
_LIST_COMMA = re.compile(r",\s*")
_ASIDE_NOUN_GAP = 40
"""Characters between a figure and the comma that opens an aside about a part of it, at most."""
_ASIDE_LENGTH = 60
"""Characters of an aside about a part of a figure, at most."""


def _home_from(page: Page, end: int, s1: int) -> tuple[Spanned[str], Spanned[str]] | None:
    """(country left, country returned to) when the people counted by the figure ending at
    ``end`` are said to be "from" one country, then to go "home from" another: "1,847
    stranded migrants from Tajikistan to return home from the Russian Federation", "142
    migrants originaires du Burkina Faso à rentrer chez eux depuis la Libye"."""
    places = _places(page, end, s1)
    if len(places) < 2:
        return None
    (own, a, b), (left, c, d) = places[:2]
    if (
        a - end > _HOME_NOUN_GAP
        or own == left
        or not _preps_before(page, a, "from_prep")
        or not _preps_before(page, c, "from_prep")
        or not _HOME_WORD.intersection(page.folded[b:c].replace("'", "' ").split())
        or not page.hits.within("cue:return", b, c)
        or _listed_after(page, d, s1, left)
    ):
        return None
    return Spanned(left, c, d), Spanned(own, a, b)


_HOME_NOUN_GAP = 40
"""Characters between a figure and the "from" country of the people it counts, at most."""
_HOME_WORD = grammar.words("home_word")


def _own_origin(page: Page, parts: list[Hit], s1: int) -> bool:
    """True when a part of the figure names where it left ("dont 1 195 depuis le Niger")."""
    return bool(parts) and any(
        _country_before(page, a, "from_prep")
        for _, a, _ in page.countries
        if parts[0].start <= a < s1
    )


_SUBSET_AFTER = 12
"""Characters after a figure in which "of them" / "d'entre eux" makes it a part."""


def _route_gap(page: Page, end: int, start: int) -> bool:
    """True when the words between two countries are a route's "to" ("to", "vers le", "hacia")."""
    words = page.folded[end:start].replace("'", "' ").split()
    return (
        0 < len(words) <= _ROUTE_WORDS
        and words[0] in page.lex.tokens["route_to"]
        and all(w in page.lex.tokens["article"] for w in words[1:])
    )


_ROUTE_WORDS = 2


def find_returns(
    page: Page,
    sentences: list[tuple[int, int]],
    *,
    context: bool = False,
    headline: tuple[int, int] | None = None,
    since: dict[tuple[int, int], Spanned[str]] | None = None,
) -> list[ReturnDraft]:
    """Numbers of migrants returned or helped to return, stated in ``sentences``."""
    out: list[ReturnDraft] = []
    seen: set[int] = set()
    last: ReturnDraft | None = None
    for s0, s1 in sentences:
        # "Honduras recibió … 60.000 personas retornadas": returnees a country received
        receivers = _received_by(page, s0, s1)
        here = return_context(page, (s0, s1)) or bool(
            receivers and page.hits.within("cue:returnee", s0, s1)
        )
        prev = None if here or context else _prev_sentence(page, s0)
        strong_context = (
            here or context or return_context(page, prev) or return_context(page, headline)
        )
        if not strong_context:
            continue  # no number here can count returns
        figures = _figures(page, s0, s1)
        if not figures:
            continue
        if here or context:
            prev = _prev_sentence(page, s0)
        opening = _of_the_people(page, s0, figures[0].start)
        objectives = {n.start for n in gcm_objectives(page, s0, s1)}
        joined: set[int] = set()
        for k, m in enumerate(figures):
            if m.start in joined:
                continue  # the second group of "164 men and 4 women", counted with the first
            if _AFTER_NUMBER_STOP.match(page.text[m.end : m.end + 12]):
                continue
            if m.start in objectives:
                continue  # "and to Objective 19 on the contribution of migrants": no people
            if _money(page, m.end, s1) or _priced(page, s0, m.start):
                continue  # "85.000 dólares estadounidenses", "USD 1,000": an amount, not people
            if _reintegrated(page, s0, m.start):
                continue  # "a appuyé la réinsertion de 640 Tunisiens rentrés d'Allemagne"
            if _other_count(page, s0, m.start):
                continue  # "trained 65 officials", "there are an estimated 610,128 migrants"
            if _staying(page, m.end, s1, "cue:stay"):
                continue  # "more than 43,000 migrants remain stranded across Yemen"
            if _staying(page, m.end, s1, "cue:took_part"):
                continue  # "y otras 120 personas participaron en mentorías virtuales"
            if _surveyed(page, m.end, s1):
                continue  # "a study of more than 3,000 returnees interviewed after their return"
            subset = bool(
                page.hits.within("cue:subset", s0, m.start)
                or page.hits.within("cue:subset", m.end, min(s1, m.end + _SUBSET_AFTER))
                or (opening is not None and opening <= m.start)
            )  # "among them 16 children", "38 of them children", "Of those returned, 684 …"
            # the noun a number counts comes before the next number ("un convoi de 3 bus
            # transportant 137 migrants": the migrants are the 137, not the 3)
            found = _group_at(
                page, m.start, m.end, figures[k + 1].start if k + 1 < len(figures) else s1
            )
            later = figures[k + 1].start if k + 1 < len(figures) else s1
            if found is None:
                # "… porte le nombre total de migrants aidés à rentrer … à 38 019"
                # (a year between them is no figure of people: "the total number of migrants
                # returning … since 2004 increased to 1 258")
                before = next(
                    (f.end for f in reversed(figures[:k]) if not _may_be_year(f.text)), s0
                )
                found = _number_of_before(page, m.start, before)
            if found is None and last is not None and last.count.start >= s0:
                compared = _compared(page, m, s1, last)
                if compared is not None and compared.count.value not in seen:
                    seen.add(compared.count.value)  # "…, contre 5 089 sur l'année 2016"
                    out.append(compared)
                    continue
            national = _elided_national(page, s0, m, s1) if found is None else None
            if national is not None and last is not None and last.count.start >= s0:
                part = _part_of(page, m, last, destination=national)
                if part is not None and part.count.value not in seen:
                    seen.add(part.count.value)  # "118 nationals of Pakistan, 47 of Bangladesh"
                    out.append(part)
                continue
            if found is None:
                bracketed = (
                    _bracketed_part(page, m, s0, last) or _with_part(page, m, s0, last)
                    if last is not None
                    else None
                )
                if bracketed is not None and bracketed.count.value not in seen:
                    seen.add(bracketed.count.value)  # "returned to Pakistan (1,482), Iraq (…)"
                    out.append(bracketed)
                    continue
                if last is not None and (subset or last.count.start >= s0):
                    part = (
                        (_subset_from(page, m, s1, last) if subset else None)
                        or _part_to(page, m, later, last)
                        or (_part_in_time(page, m, figures[k + 1 :], s1, last) if subset else None)
                    )
                    if part is not None and part.count.value not in seen:
                        seen.add(part.count.value)
                        out.append(part)
                continue
            noun, nationality = found
            if (
                last is not None
                and s0 <= last.count.start
                and _named_returnees(page, m.end, s1)
                and not return_context(
                    page, (max(last.count.end, page.text.rfind(",", s0, m.start) + 1), s1)
                )
            ):
                # "…, y brindó asistencia para la reintegración a 610 personas retornadas",
                # "…, and has supported more than 4,800 returnees with … reintegration projects"
                continue
            if (
                noun == "child"
                and not page.hits.within("cue:return", m.end, s1)
                and not _return_of(page, s0, m.start)
            ):
                continue  # "16 enfants et 20 femmes" listed after the return: not who returned
            if noun == "child" and _breakdown_of(page, last, s0, m.start):
                continue  # "127 stranded migrants – 103 men, 14 women and 10 children – to …"
            if not (here or (noun == "migrant" and strong_context)):
                continue
            if noun != "migrant" and _after_definite(page, s0, m.start):
                continue  # "officials from the six beneficiaries": a known group, no count
            if (
                page.future(s0, m.start)
                or _future_after(page, m.end, s1)
                or (
                    page.hits.within("cue:purpose", s0, m.start)
                    and _initiative_subject(page, s0, m.start)
                )
            ):
                continue
            if subset and nationality is None and last is not None:
                # "Del total, 1.520 personas retornaron a Guatemala": a part with its own
                # destination, the people counted named before it (with no figure of returns
                # before it, "parmi ces bénéficiaires, 3 000 migrants ont été assistés dans le
                # cadre du retour volontaire" is a figure of its own)
                part = _part_to(page, m, later, last, counted=True)
                if part is not None and part.count.value not in seen:
                    seen.add(part.count.value)
                    out.append(part)
                continue
            value = m.value(page.lang)
            if (
                value is None
                or value < 1
                or value != int(value)
                or (
                    _may_be_year(m.text)
                    and (noun != "migrant" or _year_prep_before(page, s0, m.start))
                )
            ):
                continue
            count = int(value)
            end = m.end
            if noun == "child" and k + 1 < len(figures):
                # "164 men and 4 women … returned to The Gambia": the two groups return together
                other = _joined_group(page, m, figures[k + 1], s1)
                if other is not None:
                    count, end = count + other, figures[k + 1].end
                    joined.add(figures[k + 1].start)
            if _rounded_retelling(page, (s0, s1), m, count, out):
                continue  # "… 166 migrants … . Le retour réussi de plus de 160 migrants …"
            if count in seen:
                told = next((d for d in out if d.count.value == count), None)
                if told is not None and told.start is None and told.end is None:
                    # "IOM is assisting 19 migrants … . On 2 March 2016, IOM assisted 19 …":
                    # the same people, the day a later sentence gives
                    told.start, told.end = _return_dates(page, (s0, s1), m.end, since or {})
                continue
            seen.add(count)
            draft = ReturnDraft(count=Spanned(count, m.start, end))
            # a part with its own origin after the figure ("dont 1 195 depuis le Niger") is not
            # where the whole left from
            parts = page.hits.within("cue:subset", m.end, s1)
            until = parts[0].start if parts else s1
            if parts and (aside := _aside_end(page, m.end, parts[0].start, s1)) is not None:
                # "150 migrants, including 30 women, returned from Libya": the part is an
                # aside, and what follows it is said of the whole
                parts = page.hits.within("cue:subset", aside, s1)
                until = parts[0].start if parts else s1
            draft.from_country = _from_country(page, s0, until)
            if (
                draft.from_country is None
                and last is not None
                and not _several_origins(page, s0, until)
                and (nationality or _anaphoric(page, s0, m.start))
            ):
                draft.from_country = last.from_country
            # "148 migrants from Panama: 92 of them returned to Colombia and 56 to Ecuador": the
            # countries of the parts are not where the whole went
            own = next((f.start for f in figures[k + 1 :] if _part_to(page, f, s1, draft)), s1)
            draft.to_country = nationality or _to_country(page, s0, own)
            if draft.to_country is None and len(receivers) == 1:
                draft.to_country = receivers[0]
            if draft.to_country is None and (home := _home_from(page, m.end, until)):
                draft.from_country, draft.to_country = home
            if draft.to_country is None and draft.from_country is not None:
                # "IOM Pristina facilitated the return of 356 persons from Switzerland"
                office = _office(page, s0, m.start)
                if office is not None and office.value != draft.from_country.value:
                    draft.to_country = office
            if (
                draft.from_country
                and draft.to_country
                and (draft.from_country.value == draft.to_country.value)
            ):
                draft.from_country = None  # "IOM Colombo assisted … to return to Sri Lanka"
                office = _office(page, s0, until)
                if office is not None and office.value != draft.to_country.value:
                    # "le vol spécial affrété par l'OIM Libye atterrit à l'aéroport de Conakry …
                    # 161 migrants guinéens": the town of arrival is no country left; the
                    # office that chartered the flight is where they were
                    draft.from_country = office
            if draft.from_country is None:
                # "In 2008, Iran deported 766,000 Afghans": who deports is where they left
                draft.from_country = _deporter(page, s0, m.start)
            if (
                draft.from_country is None
                and nationality is not None
                and not _own_origin(page, parts, s1)
            ):
                draft.from_country = _dateline_place(page, s0, nationality.value)
            if (
                draft.from_country is None
                and nationality is None
                and draft.to_country is None
                and page.hits.within("cue:stranded", m.end, min(s1, m.end + _STRANDED_AFTER))
            ):
                # "Misrata, Libya – …, IOM assisted 127 stranded migrants … to return to their
                # homelands": people stranded where the release is written left that country
                draft.from_country = _dateline_place(page, s0, "")
            if page.hits.within("cue:host_country", s0, s1):
                # "Niger remained the main host country, with 17,310 migrants …, followed by
                # Germany (9,114)": each figure left the country written right before it, or
                # the host the sentence opens with ("L'Allemagne était le principal pays
                # d'accueil d'où … ont été rapatriés (plus de 54 000 migrants), suivie de la
                # Grèce (6 153)": not the next host, after the figure)
                draft.from_country = (
                    _host_before(page, s0, m.start)
                    or _host_subject(page, s0, m.start)
                    or draft.from_country
                )
            if (
                draft.from_country is None
                and draft.to_country is None
                and last is not None
                and prev is not None
                and prev[0] <= last.count.start < prev[1]
                and not page.countries_in(s0, s1)
            ):
                # "… 2.418 personas peruanas que se encontraban en Chile han retornado a su
                # país. Solo en agosto de 2022 retornaron 186 personas": the same route
                draft.from_country, draft.to_country = last.from_country, last.to_country
            draft.start, draft.end = _return_dates(page, (s0, s1), m.end, since or {})
            if (
                last is not None
                and draft.start is None
                and draft.end is None
                and (subset or (_country_item(page, s0, m.start) and count < last.count.value))
            ):
                # "De ellas, 612 eran hondureñas …", "… la Grèce (4.968 migrants), l'Autriche
                # (3.469) …": a part of the figure before, its period
                draft.start, draft.end = last.start, last.end
            draft.programme = _programme(page, (s0, s1), prev, headline)
            out.append(draft)
            if not subset:
                last = draft
    _origin_of_parts(page, out)
    _context_of_parts(page, out)
    return out


FIGURE = re.compile(r"\d(?:[\d,.\u00a0 ]*\d)?")
"""A figure in digits with its group separators ("1,146", "4 968", "3.469"), found as a whole."""
_LISTED_PARTS = 2
"""Figures after a whole that make a list of its parts ("dont 99 Maliens … et 10 …"; one part,
"among them 1,146 Guinean nationals who returned from Mali", has its own origin)."""


def _origin_of_parts(page: Page, drafts: list[ReturnDraft]) -> None:
    """Give a figure with no origin the one its parts after it in the sentence share when a
    relative clause after every part states it: "160 migrants dont 99 Maliens … et 10
    Burkinabè qui étaient bloqués en Libye" reads as the last part's clause, and the whole
    group left Libya too ("including 1,118 from Libya" is the part's own origin)."""
    if len(drafts) < _LISTED_PARTS:
        return
    for k, whole in enumerate(drafts):
        if whole.from_country is not None:
            continue
        sentence = page.sentence_at(whole.count.start)
        parts = [
            d
            for d in drafts[k + 1 :]
            if page.sentence_at(d.count.start) == sentence and d.count.value < whole.count.value
        ]
        if not parts or any(d.from_country is None for d in parts):
            continue
        origins = {d.from_country.value for d in parts if d.from_country is not None}
        last_part = max(d.count.end for d in parts)
        origin = parts[0].from_country
        if (
            len(origins) == 1
            and origin is not None
            and origin.start > last_part
            and set(page.folded[last_part : origin.start].split()) & _RELATIVE
            and len(FIGURE.findall(page.text, whole.count.end, origin.start)) >= _LISTED_PARTS
        ):
            whole.from_country = origin  # a relative clause after a list of parts: of them all


def _context_of_parts(page: Page, drafts: list[ReturnDraft]) -> None:
    """Give a smaller figure later on the page the country left and the period of the first
    figure that states them, when it states neither itself: "IOM supported the voluntary
    return of some 2,565 people from Greece … in 2020. … This was followed by Georgia (529
    migrants), Iraq (489) …" (a breakdown told sentences after its whole, as readers take
    it). A part whose sentence names a month or "this year" has a time of its own, even one
    not read as a date ("on July 14", "in February"), and keeps it; one whose sentence puts
    a "from" before a country keeps its own origin ("desde México y Costa Rica"); one that
    left another country than the whole's is no part of it."""
    ordered = sorted(drafts, key=lambda d: d.count.start)
    whole = next((d for d in ordered if d.from_country or d.start), None)
    if whole is None:
        return
    for part in ordered:
        if part.count.start <= whole.count.start or part.count.value >= whole.count.value:
            continue
        if (
            part.from_country is not None
            and whole.from_country is not None
            and part.from_country.value != whole.from_country.value
        ):
            continue  # "L'OIM a aussi aidé 300 migrants à rentrer d'Algérie": no part of those
            # who left Niger
        if (
            part.from_country is None
            and whole.from_country is not None
            and (part.to_country is None or part.to_country.value != whole.from_country.value)
            and not _origins_told(page, part)
        ):
            part.from_country = whole.from_country
        if part.start is None and part.end is None and not _own_time(page, part):
            part.start, part.end = whole.start, whole.end


def _origins_told(page: Page, part: ReturnDraft) -> bool:
    """True when the sentence of a figure puts a "from" before a country: its people left
    somewhere of their own, perhaps several countries ("desde México y Costa Rica")."""
    s0, s1 = page.sentence_at(part.count.start)
    return any(_country_before(page, a, "from_prep") for _, a, _ in page.countries_in(s0, s1))


def _own_time(page: Page, part: ReturnDraft) -> bool:
    """True when the sentence of a figure names a month or the dateline's year ("this year",
    "l'année dernière"), read as a date or not."""
    s0, s1 = page.sentence_at(part.count.start)
    if any(page.hits.within(f"cue:{role}", s0, s1) for role, _ in _YEARS_BACK):
        return True
    return any(is_month(word) for word in page.folded[s0:s1].split())


def _country_item(page: Page, s0: int, pos: int) -> bool:
    """True when the figure at ``pos`` stands in brackets right after a country: an item of a
    breakdown by country ("la Grèce (4.968 migrants), l'Autriche (3.469)")."""
    bracket = _OPEN_BRACKET_BEFORE.search(page.text, max(s0, pos - 4), pos)
    if bracket is None:
        return False
    found = page.countries_in(max(s0, bracket.start() - _LONGEST_COUNTRY), bracket.start())
    return bool(found) and found[-1][2] == bracket.start()


_OPEN_BRACKET_BEFORE = re.compile(r"\s*\(\s*$")
_LONGEST_COUNTRY = 60
"""Characters before a bracket in which the country it follows is looked for."""


def _rounded_retelling(
    page: Page, sentence: tuple[int, int], m: _Figure, count: int, told: list[ReturnDraft]
) -> bool:
    """True when the figure ``m`` rounds down, after "more than", a return told before, in a
    sentence with no time of its own: "166 ressortissants nigériens … » Le retour réussi de
    plus de 160 migrants nigériens grâce à ce vol": the same people, told again."""
    s0, s1 = sentence
    if _ABOUT_BEFORE.search(page.folded, max(s0, m.start - _ABOUT_REACH), m.start) is None:
        return False
    if page.dates(s0, s1):
        return False
    return any(count < d.count.value < count * _ROUNDING for d in told)


_ABOUT_BEFORE = re.compile(rf"(?<![\w])(?:{alt('about')})\s*$")
_ABOUT_REACH = 20
"""Characters before a figure in which "more than" / "plus de" / "más de" is looked for."""
_ROUNDING = 1.1
"""A figure rounded down after "more than" is within a tenth of the one it retells."""


def _joined_group(page: Page, m: _Figure, nxt: _Figure, s1: int) -> int | None:
    """The size of the group ``nxt`` counts when it is joined to the one ``m`` counts by an
    "and", each figure with its own word for people of a sex or age and nothing else between:
    "164 men and 4 women", "12 hommes et 3 femmes", "20 hombres y 5 mujeres"."""
    between = _JOINED.fullmatch(page.folded, m.end, nxt.start)
    after = _GROUP_WORD.match(page.folded, nxt.end, s1)
    if between is None or after is None:
        return None
    if not (
        page.hits.within("cue:child", between.start(1), between.end(1))
        and page.hits.within("cue:child", after.start(1), after.end(1))
    ):
        return None
    value = nxt.value(page.lang)
    return int(value) if value is not None and value >= 1 and value == int(value) else None


_JOINED = re.compile(rf"\s+([^\W\d_]+)\s+(?:{alt('and')})\s+")
"""Between two groups' figures: the first group's word and an "and"."""
_GROUP_WORD = re.compile(r"\s+([^\W\d_]+)")


def _deporter(page: Page, s0: int, pos: int) -> Spanned[str] | None:
    """The country that deported the people counted at ``pos``: the subject of a verb of
    deporting right before the figure ("Iran deported 766,000 Afghans", "l'Algérie a expulsé
    6 324 migrants", "México deportó a 6.324 hondureños")."""
    verbs = [h for h in page.hits.within("cue:expel", s0, pos) if pos - h.end <= _DEPORTED_GAP]
    if not verbs:
        return None
    before = page.countries_in(s0, verbs[-1].start)
    if not before:
        return None
    code, a, b = before[-1]
    if any(w not in _AUXILIARIES for w in page.folded[b : verbs[-1].start].split()):
        return None  # the country stands right before its verb ("Iran has deported")
    return Spanned(code, a, b)


_AUXILIARIES = frozenset(w for phrase in grammar.words("auxiliary") for w in phrase.split())


_DEPORTED_GAP = 12
"""Characters between a verb of deporting and the figure it counts ("deportó a más de")."""
_HOST_GAP = 60
"""Characters between a host country and the figure of the returns that left it, at most."""


def _host_before(page: Page, s0: int, pos: int, reach: int = _HOST_GAP) -> Spanned[str] | None:
    """The country written right before ``pos`` (at most ``reach`` characters before it), with
    no figure between ("Libya (6,927)", "Libya with 6,492", "Niger alone accounted for 11,406
    departures")."""
    before = [c for c in page.countries_in(s0, pos) if c[2] <= pos]
    if not before:
        return None
    code, a, b = before[-1]
    gap = page.text[b:pos]
    if len(gap) > reach or any(ch.isdigit() for ch in gap):
        return None
    return Spanned(code, a, b)


_HOST_SUBJECT_GAP = 40
"""Characters between a host country and the host word after it ("Germany remained the main")."""


def _host_subject(page: Page, s0: int, pos: int) -> Spanned[str] | None:
    """The country right before the host word that comes before the figure at ``pos``, with
    no figure between them: the host the figure's people left ("Germany was the main host
    country, from which most migrants returned (over 54,000)")."""
    hosts = page.hits.within("cue:host_country", s0, pos)
    if not hosts or any(ch.isdigit() for ch in page.text[hosts[-1].end : pos]):
        return None
    return _host_before(page, s0, hosts[-1].start, _HOST_SUBJECT_GAP)


def _compared(page: Page, m: _Figure, s1: int, last: ReturnDraft) -> ReturnDraft | None:
    """The returns of another period that a figure right after a comparison word counts, the
    same people as ``last``'s: "Depuis janvier 2017, l'OIM a aidé 1 734 migrants à quitter le
    Niger, contre 5 089 sur l'ensemble de l'année 2016" (the period is the one its own clause
    names; none, no figure)."""
    cues = page.hits.within("cue:compared", max(last.count.end, m.start - _COMPARED_REACH), m.start)
    if not cues or _BEFORE_COUNT.match(page.text, cues[-1].end, m.start) is None:
        return None
    value = m.value(page.lang)
    clause = _CLAUSE_END.search(page.text, m.end, s1)
    dates = page.dates(m.end, clause.start() if clause else s1)
    if value is None or value < 1 or value != int(value) or len(dates) != 1:
        return None
    when = Spanned(*dates[0])
    return ReturnDraft(
        count=Spanned(int(value), m.start, m.end),
        from_country=last.from_country,
        to_country=last.to_country,
        start=when,
        end=when,
        programme=last.programme,
    )


_COMPARED_REACH = 20
"""Characters before a figure in which a comparison word sets it against an earlier one."""
_MONEY_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}")
_GIFT_GAP = re.compile(rf"\s*(?:{alt('article')}\s+[\w-]+\s+)?(?:[a-z]+\s+){{0,2}}", re.IGNORECASE)
"""Between a giving verb and its amount: "funds the project with EUR 6.5 million"."""


def _return_of(page: Page, s0: int, pos: int) -> bool:
    """True when the number at ``pos`` is what a return word right before it is of: "the
    voluntary return of 1,347 unaccompanied children", "le retour de 40 enfants"."""
    hits = page.hits.within("cue:return", max(s0, pos - _RETURN_OF), pos)
    return bool(hits) and _OF_GAP.fullmatch(page.text, hits[-1].end, pos) is not None


_RETURN_OF = 45
"""Characters before a number in which "return of" makes the people it counts the returned."""
_OF_GAP = re.compile(
    rf"\s+(?:[^\W\d_]+\s+){{0,2}}?{alt('of')}\s+(?:{alt('about')}\s+)?", re.IGNORECASE
)


def _year_prep_before(page: Page, s0: int, pos: int) -> bool:
    """True when a preposition of time or a month stands right before ``pos``: "launched in
    2015 to help young Ghanaians returning …", "launched in January 2022 with funding from the
    German …" date, they count no one."""
    words = page.folded[max(s0, pos - 16) : pos].split()
    preps = page.lex.tokens["year_prep"]
    if len(words) >= _LONGEST_PREP and " ".join(words[-_LONGEST_PREP:]) in preps:
        return True  # "a partir de 2004 el número de retornados …"
    if words and words[-1] in _MONTH_LINKS and len(words) > 1:
        words.pop()  # "enero de 2022", "January of 2022"
    return bool(words) and (words[-1].split("'")[-1] in preps or is_month(words[-1]))


_LONGEST_PREP = 3
"""Words of the longest preposition of time written in several ("a partir de", "à partir de")."""


_MONTH_LINKS = grammar.words("of")


def _money(page: Page, end: int, s1: int) -> bool:
    """True when a currency word follows the number (after at most a scale word and "de")."""
    for hit in page.hits.within("currency", end, min(s1, end + 30)):
        return _MONEY_GAP.fullmatch(page.folded, end, hit.start) is not None
    return False


_BEFORE_COUNT = re.compile(rf"(?:\s+{alt('about')})?\s*$")


def _reintegrated(page: Page, s0: int, pos: int) -> bool:
    """True when the number at ``pos`` counts people a reintegration word before it is about,
    and no return word comes before it in the sentence: "la réinsertion économique et sociale
    de 640 Tunisiens", "reintegration support to 300 migrants"."""
    found = page.hits.within("cue:reintegration", s0, pos)
    if not found:
        return False
    # the return word must be in the clause of the reintegration word: "… to return to
    # Ethiopia, and has provided reintegration assistance to 4,900 returnees" counts no return
    clause = page.text.rfind(",", s0, found[-1].start) + 1 or s0
    return not return_context(page, (max(s0, clause), pos))


def _named_returnees(page: Page, end: int, s1: int) -> bool:
    """True when the people a number counts are named as returnees ("610 personas retornadas",
    "1,280 returnees"): who they are, not that they returned."""
    return any(hit.start - end <= 1 for hit in page.hits.within("cue:returnee", end, s1))


def _staying(page: Page, end: int, s1: int, role: str) -> bool:
    """True when the people a number counts are said, before any return word, to stay where
    they are ("43,000 migrants remain stranded", "restent bloqués", "permanecen varados";
    ``role`` cue:stay) or to have taken part in something else ("120 personas participaron
    en mentorías", "210 people attended counselling sessions"; cue:took_part)."""
    stay = [h for h in page.hits.within(role, end, s1) if h.start < end + _STAY_AFTER]
    return bool(stay) and not page.hits.within("cue:return", end, stay[0].start)


def _future_after(page: Page, end: int, s1: int) -> bool:
    """True when the people a number counts are the subject of a verb in the future right
    after them ("Around 3,000 returnees are expected to benefit", "500 migrants will
    return"), not of a relative clause ("500 migrants, who will now receive …")."""
    reach = min(s1, end + _FUTURE_AFTER)
    hits = page.hits.within("cue:future", end, reach)
    at = hits[0].start if hits else None
    if at is None:
        # a verb in the future tense ("bénéficieront", "se beneficiarán")
        words = itertools.takewhile(lambda m: m.start() < reach, _WORD.finditer(page.text, end, s1))
        at = next((m.start() for m in words if page.future(*m.span())), None)
    if at is None:
        return False
    between = page.folded[end:at]
    return CLAUSE_MARKS.isdisjoint(between) and _RELATIVE.isdisjoint(between.split())


_FUTURE_AFTER = 30
"""Characters after a number in which a future verb makes the people it counts a target."""
_WORD = re.compile(r"[^\W\d_]+")
"""A word of letters, whose ending may mark the future tense."""


def _initiative_subject(page: Page, s0: int, pos: int) -> bool:
    """True when an initiative word, or a pronoun opening the sentence, stands before ``pos``:
    what an initiative aims at ("the project aims to help 300 …", "Il vise l'insertion de
    1 200 jeunes …") is a target, not a fact."""
    words = page.folded[after_dateline(page, s0) : pos].split()
    return bool(words) and (
        words[0] in page.lex.tokens["pronoun"]
        or any(page.lex.initiative_words.get(w) for w in words)
    )


def _surveyed(page: Page, end: int, s1: int) -> bool:
    """True when the people a number counts were interviewed or surveyed ("3,000 returnees
    interviewed", "1 200 migrants enquêtés", "2.000 personas encuestadas"), or are returnees
    who benefited ("1,100 returnees benefited from its services", "3100 migrants de retour
    volontaire au Sénégal ont bénéficié"): a study's sample or
    beneficiaries, whatever return the sentence tells of."""
    if any(
        h.start < end + _STAY_AFTER and CLAUSE_MARKS.isdisjoint(page.text[end : h.start])
        for h in page.hits.within("cue:surveyed", end, s1)
    ):
        return True
    returnees = [h for h in page.hits.within("cue:returnee", end, s1) if h.start <= end + 1]
    return bool(returnees) and any(
        h.start <= returnees[0].end + _BENEFITED_GAP
        and CLAUSE_MARKS.isdisjoint(page.text[returnees[0].end : h.start])
        for h in page.hits.within("cue:benefited", end, s1)
    )  # "3100 migrants de retour volontaire au Sénégal ont bénéficié d'un soutien"


_BENEFITED_GAP = 30
"""Characters of what qualifies the returnees counted before the verb saying they benefited."""


_STAY_AFTER = 30
"""Characters after a number in which a verb of staying starts to speak of the people it
counts."""


def _priced(page: Page, s0: int, start: int) -> bool:
    """True when a currency stands right before the number at ``start`` ("USD 1,000", "€500",
    "NPR 1,000,000")."""
    return any(
        not page.text[hit.end : start].strip()
        for hit in page.hits.within("currency", max(s0, start - 8), start)
    ) or currency_code_before(page.text, max(s0, start - 5), start)


def _other_count(page: Page, s0: int, pos: int) -> bool:
    """True when the number at ``pos`` follows a cue of people counted for something else than
    return ("trained", "la participation de", "capacidad para recibir hasta"), or of people who
    are somewhere ("there are an estimated 610,128 migrants in Libya", "en el país residen más
    de 450.000"), not a part of those just counted ("Entre ellas había 41 hondureños")."""
    for role in ("cue:not_return", "cue:receive", "cue:exist"):
        for hit in page.hits.within(role, max(s0, pos - 40), pos):
            if role == "cue:receive" and _receivers(page, s0, hit.start):
                continue  # "Honduras recibió en 2021 más de 60.000 personas retornadas"
            if role == "cue:exist" and page.hits.within("cue:subset", s0, hit.start):
                continue
            if _BEFORE_COUNT.match(page.text, hit.end, pos):
                return True
    return False


def _breakdown_of(page: Page, last: ReturnDraft | None, s0: int, pos: int) -> bool:
    """True when the figure at ``pos`` opens or goes on with a breakdown, between dashes or in
    brackets, of the people the figure before it counts: "127 stranded migrants – 103 men, 14
    women and 10 children – to return"; who they are, not more returns."""
    if last is None or not s0 <= last.count.start < pos:
        return False
    return _BREAKDOWN.fullmatch(page.text, last.count.end, pos) is not None


_BREAKDOWN = re.compile(r"[^–—(),.;:\d]{0,40}\s[–—(]\s?(?:[^–—()]*)")
"""From a figure to a figure of its breakdown: its noun, then a dash or a bracket, then any
earlier parts of the breakdown."""


def _receivers(page: Page, s0: int, at: int) -> list[Spanned[str]]:
    """The countries named right before a verb of receiving at ``at``, as its subject
    ("Honduras recibió", "Guatemala, Honduras and El Salvador received"): the people a
    country received are people returned to it."""
    places = page.countries_in(s0, at)
    out: list[Spanned[str]] = []
    end = at
    for code, a, b in reversed(places):
        gap = page.folded[b:end].strip()
        if gap and not (out and (gap == "," or gap.strip(", ") in _JOIN_WORDS)):
            break
        out.insert(0, Spanned(code, a, b))
        end = a
    # the countries are the subject: the sentence, or a clause after a comma, opens with them
    # ("Según datos oficiales, Honduras recibió …"), not "returnees from the Russian
    # Federation received …"
    before = _ARTICLE_LAST.sub("", " " + page.folded[after_dateline(page, s0) : end]).strip()
    return out if not before or before.endswith(",") else []


_JOIN_WORDS = grammar.words("and")


def _received_by(page: Page, s0: int, s1: int) -> list[Spanned[str]]:
    """The countries that a sentence says received people, before its verb of receiving."""
    for hit in page.hits.within("cue:receive", s0, s1):
        if got := _receivers(page, s0, hit.start):
            return got
    return []


def _subset_from(page: Page, m: _Figure, s1: int, parent: ReturnDraft) -> ReturnDraft | None:
    """A part of the last return figure with its own origin: "including 1,118 from Libya",
    "De ellos, 6.318 llegaron en vuelos procedentes de los Estados Unidos"."""
    start = m.end
    sub = page.hits.within("cue:subset", m.end, min(s1, m.end + _SUBSET_AFTER))
    if sub and not page.text[m.end : sub[0].start].strip():
        start = sub[0].end  # "198 of them from Italy"
    toks = tokenize(page, start, min(s1, start + 40))
    from_prep = page.lex.tokens["from_prep"]
    told = _relative_from(toks, from_prep) or _returned_from(page, toks, from_prep)
    if toks and toks[0].low in from_prep:
        after = toks[0].end
    elif told is not None:  # "including 11,342 who travelled home from Niger"
        after = told
    else:  # "coming from" further on in the part's own clause
        coming = page.hits.within("cue:coming_from", m.end, min(s1, m.end + 60))
        if (
            not coming
            or not CLAUSE_MARKS.isdisjoint(page.text[m.end : coming[0].start])
            or _DIGIT.search(page.text, m.end, coming[0].start)
        ):
            return None
        after = coming[0].end
    places = page.countries_in(after, min(s1, after + 30))
    if not places or page.text[after : places[0][1]].strip() not in _ARTICLES:
        return None
    code, a, b = places[0]
    return _part_of(page, m, parent, origin=Spanned(code, a, b))


def _part_in_time(
    page: Page, m: _Figure, after: list[_Figure], s1: int, parent: ReturnDraft
) -> ReturnDraft | None:
    """A part of the last return figure with its own time, after a subset cue: "De ellos,
    1.721 lo hicieron en el periodo 2010-2011 y 1.219 en 2012", "Of these, 1,721 returned in
    2010-2011" (a period, or one year: start and end), up to the next figure that is no
    year (``after``: the sentence's figures after ``m``)."""
    if _YEAR_FIGURE.fullmatch(page.text, m.start, m.end):
        return None  # "… en el periodo 2010-2011": the period's own years
    count = next(
        (f.start for f in after if not _YEAR_FIGURE.fullmatch(page.text, f.start, f.end)), s1
    )
    end = min(count, m.end + _TIME_AFTER)
    period = page.period(m.end, end)
    if period is not None and period[0] and period[1]:
        start, stop = Spanned(period[0], period[2], period[3]), Spanned(period[1], *period[2:])
    else:
        dates = page.dates(m.end, end)
        if len(dates) != 1 or len(dates[0][0]) != _YEAR_ONLY:
            return None
        start = stop = Spanned(dates[0][0], dates[0][1], dates[0][2])
    part = _part_of(page, m, parent)
    if part is None or part.count.value >= parent.count.value:
        return None
    part.start, part.end = start, stop
    return part


_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")
"""A figure that is a year, not a count."""
_TIME_AFTER = 60
"""Characters after a part's figure in which its own period or year is looked for."""
_YEAR_ONLY = len("2012")


def _relative_from(toks: list[Tok], from_prep: set[str]) -> int | None:
    """Where the "from" ends of a relative clause opening right after a figure and telling
    where its people came from: "11,342 who travelled home from Niger", "1 200 qui sont
    rentrés de Libye"; None otherwise."""
    if not toks or toks[0].low not in _RELATIVE:
        return None
    return _from_within(toks[1 : 1 + _RELATIVE_REACH], from_prep)


_RELATIVE_REACH = 5
"""Words of a relative clause before its "from" (verb, auxiliaries, adverbs)."""


def _returned_from(page: Page, toks: list[Tok], from_prep: set[str]) -> int | None:
    """Where the "from" ends of a return verb right after a part's figure: "Parmi eux, 1 362
    sont rentrés de Libye", "Among them, 1,362 returned from Libya"; None otherwise."""
    if not toks or not page.hits.within(
        "cue:return", toks[0].start, toks[min(2, len(toks) - 1)].end
    ):
        return None
    return _from_within(toks[: 1 + _RELATIVE_REACH], from_prep)


def _from_within(toks: list[Tok], from_prep: set[str]) -> int | None:
    """The end of the first "from" word of ``toks``, if no comma or bracket ends the clause
    before it."""
    for tok in toks:
        if not tok.word:
            return None  # a comma or a bracket: the clause has ended
        if tok.low in from_prep:
            return tok.end
    return None


def _part_of(
    page: Page,
    m: _Figure,
    parent: ReturnDraft,
    *,
    origin: Spanned[str] | None = None,
    destination: Spanned[str] | None = None,
) -> ReturnDraft | None:
    """The part the figure ``m`` counts of the return ``parent``, with its own origin or
    destination and the parent's other country, dates and programme; None unless a whole
    number (below the parent's, when the part goes somewhere of its own)."""
    value = m.value(page.lang)
    if value is None or value < 1 or value != int(value):
        return None
    if destination is not None and value >= parent.count.value:
        return None
    return ReturnDraft(
        count=Spanned(int(value), m.start, m.end),
        from_country=origin or parent.from_country,
        to_country=destination or parent.to_country,
        start=parent.start,
        end=parent.end,
        programme=parent.programme,
    )


_PART_REACH = 40
"""Characters before a part's figure in which its country is looked for."""


def _country_before_figure(page: Page, s0: int, m: _Figure) -> tuple[str, int, int] | None:
    """The last country that ends before the figure ``m``, within reach of it."""
    places = [
        c for c in page.countries_in(max(s0, m.start - _PART_REACH), m.start) if c[2] <= m.start
    ]
    return places[-1] if places else None


def _bracketed_part(page: Page, m: _Figure, s0: int, parent: ReturnDraft) -> ReturnDraft | None:
    """A part of the last return figure written in brackets after its country of return:
    "most of them to Pakistan (402), Bangladesh (297) and Morocco (188)"."""
    if not (_OPEN_BRACKET.search(page.text, max(s0, m.start - 3), m.start)):
        return None
    if not page.text.startswith(")", m.end) or parent.count.start > m.start:
        return None
    place = _country_before_figure(page, s0, m)
    if place is None or page.text[place[2] : m.start].strip() != "(":
        return None
    code, a, b = place
    if _stranded_between(page, parent.count.end, a) or (
        parent.from_country is not None
        and parent.to_country is None
        and not _to_word_between(page, parent.count.end, a)
    ):
        # "Niger alone accounted for 11,406 departures, followed by Libya (6,927)": another
        # country left, not a destination of the first figure's people
        return _part_of(page, m, parent, origin=Spanned(code, a, b))
    return _part_of(page, m, parent, destination=Spanned(code, a, b))


_WITH_GAP = re.compile(rf"\s*,?\s*(?:{alt('with')})\s+", re.IGNORECASE)
"""Between a country and the figure of its part: ", with", ", con", ", avec"."""
_WITH_AFTER = re.compile(r"\s*(?:[,;.)(]|$|[^\W\d_]+\s*[,;.(])")
"""After such a figure: a mark, or one word ("cases", "casos") and a mark."""


def _with_part(page: Page, m: _Figure, s0: int, parent: ReturnDraft) -> ReturnDraft | None:
    """A part of the last return figure written after its country and "with": "La mayor
    parte de los retornos se realizaron desde México, con 6,324 casos (63 por ciento),
    seguido por … Guatemala, con 2,325": the country each part left when the sentence opens
    its list with a "from" word, else the one its people went to."""
    if parent.count.start > m.start or _WITH_AFTER.match(page.text, m.end) is None:
        return None
    place = _country_before_figure(page, s0, m)
    if place is None or _WITH_GAP.fullmatch(page.text, place[2], m.start) is None:
        return None
    code, a, b = place
    first = page.countries_in(s0, m.start)[0][1]
    left = [p for p in _preps_before(page, first, "from_prep") if p not in _OF]
    if page.hits.within("cue:host_country", s0, m.start) or left:
        # ("fueron de Honduras": people of Honduras, who went there; "desde México": left it)
        return _part_of(page, m, parent, origin=Spanned(code, a, b))
    return _part_of(page, m, parent, destination=Spanned(code, a, b))


def _stranded_between(page: Page, start: int, end: int) -> bool:
    """True when "stranded" (or "who were in") stands in ``[start, end)``, between a figure
    and a country with its part in brackets: "68,000 … migrants stranded along the main
    migration routes, mainly in Niger (25,400) and Libya (29,900)": where they were (not
    when a return word follows it: "… stranded in Bosnia … returned … to Pakistan (402)")."""
    where = page.hits.within("cue:stranded", start, end) + page.hits.within(
        "cue:located", start, end
    )
    return bool(where) and not page.hits.within("cue:return", max(h.end for h in where), end)


def _to_word_between(page: Page, start: int, end: int) -> bool:
    """True when a preposition of the country of return stands in ``[start, end)``."""
    to_word = page.lex.tokens["to_word"]
    return any(w.split("'")[-1] in to_word for w in page.folded[start:end].split())


_OPEN_BRACKET = re.compile(r"\(\s*$")


def _of_the_people(page: Page, s0: int, first: int) -> int | None:
    """Where a sentence's opening "of the people returned" phrase ends, before its first
    figure: "De las personas retornadas, 684 regresaron a Honduras", "Among the returnees,
    300 …", "Parmi les migrants rapatriés, …". The figures after it count parts of the last
    return told; None when the sentence opens otherwise."""
    start = after_dateline(page, s0)
    opening = page.text[start:first].rstrip()
    if not opening.endswith(",") or len(opening) > _OPENING_REACH or "," in opening[:-1]:
        return None
    words = page.folded[start : start + len(opening) - 1].replace("'", "' ").split()
    if not words or words[0] not in _OF_AMONG:
        return None
    end = start + len(opening)
    people = any(page.hits.within(role, start, end) for role in (*_PEOPLE, "cue:returnee"))
    return end if people else None


_OF_AMONG = grammar.words("of", "among")
_OPENING_REACH = 60
"""Characters of a sentence's opening "of the people returned" phrase at most."""


def _part_to(
    page: Page, m: _Figure, end: int, parent: ReturnDraft, *, counted: bool = False
) -> ReturnDraft | None:
    """A part of the last return figure with its own destination, a country right after a
    "to" word: "92 of them returned to Colombia", "56 a Ecuador", "dont 40 vers le Mali".
    With ``counted``, the figure names the people it counts before the "to" word, in the
    same clause ("1.520 personas retornaron a Guatemala")."""
    places = page.countries_in(m.end, min(end, m.end + _PART_TO_REACH))
    if not places:
        return None
    code, a, b = places[0]
    words = page.folded[m.end : a].replace("'", "' ").split()
    while words and words[-1] in _ARTICLES:
        words.pop()
    if (
        not words
        or words[-1] not in page.lex.tokens["route_to"]
        or _DIGIT.search(page.text, m.end, a)
        or (
            not CLAUSE_MARKS.isdisjoint(page.text[m.end : a])
            if counted
            else any(page.hits.within(role, m.end, a) for role in _PEOPLE)
        )
    ):
        return None  # "including 20 children, return to Mali": people of their own
    return _part_of(page, m, parent, destination=Spanned(code, a, b))


_PEOPLE = ("cue:migrant", "cue:person", "cue:child")
_PART_TO_REACH = 45
"""Characters after a part's figure in which its country of return is looked for."""

_ARTICLES = grammar.words("article") | {""}


@dataclass(frozen=True, slots=True)
class _Figure:
    """A number in a sentence, in digits ("1,200 migrants") or in words ("Twelve hundred")."""

    start: int
    end: int
    text: str
    words: int | None = None
    """The value of a number written in words; None for digits, read by :func:`parse_number`."""

    def value(self, lang: str | None) -> float | None:
        """The number's value (digits are read only when asked: most are never needed)."""
        return parse_number(self.text, lang) if self.words is None else float(self.words)


def _figures(page: Page, s0: int, s1: int) -> list[_Figure]:
    """The numbers of the sentence ``[s0, s1)`` in text order, in digits or in words."""
    found = [
        _Figure(m.start(), m.end(), m.group(0))
        for m in (_numbers(page.text, s0, s1) if _DIGIT.search(page.text, s0, s1) else ())
    ]
    words = find_number_words_folded(page.folded, page.lang, s0, s1)
    if not words:
        return found
    found += [_Figure(a, b, page.text[a:b], value) for value, a, b in words]
    return _hundreds_after_words(sorted(found, key=lambda figure: figure.start), page)


_HUNDREDS = re.compile(r"\d{1,3}")
_GAP = re.compile(r"\s+")


def _hundreds_after_words(figures: list[_Figure], page: Page) -> list[_Figure]:
    """``figures`` with a number in words that ends in a thousands word joined to the hundreds
    written in digits right after it: "mil 79 personas" is 1,079 and "dos mil 500" is 2,500 (a
    way of the Mexican press; "73 mil 402", all digits but the word, is one match of
    ``_NUMBER``)."""
    joined: list[_Figure] = []
    for figure in figures:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.words is not None
            and figure.words is None
            and _HUNDREDS.fullmatch(figure.text)
            and _GAP.fullmatch(page.text, last.end, figure.start)
            and page.folded[last.start : last.end].rsplit(None, 1)[-1] in _THOUSANDS
        ):
            text = page.text[last.start : figure.end]
            joined[-1] = _Figure(last.start, figure.end, text, last.words + int(figure.text))
        else:
            joined.append(figure)
    return joined


def _numbers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_NUMBER`` in ``[start, end)``, as ``finditer`` gives them.

    A number starts where a run of digits does (a digit after a digit has a word character
    before it), so the pattern is tried there only rather than searched for at every offset.
    """
    done = start
    for run in _DIGITS.finditer(text, start, end):
        if run.start() >= done and (found := _NUMBER.match(text, run.start(), end)):
            yield found
            done = found.end()


def _after_definite(page: Page, s0: int, pos: int) -> bool:
    """True when a definite article stands right before the number at ``pos``."""
    words = page.folded[max(s0, pos - 8) : pos].split()
    return bool(words) and words[-1] in page.lex.tokens["definite"]


def _anaphoric(page: Page, s0: int, pos: int) -> bool:
    """True when the number follows "these/ces/estos" or "of the/des/de los" (same group)."""
    words = page.folded[max(s0, pos - 20) : pos].split()
    return bool(words) and words[-1] in {
        "these",
        "ces",
        "estos",
        "estas",
        "les",
        "the",
        "des",
        "los",
        "las",
    }


_LIST_STEP = re.compile(r"\s*(?:,|\band\b|\bet\b|\by\b)\s*", re.IGNORECASE)


def _more_demonyms(page: Page, end: int, s1: int) -> bool:
    """True when another nationality follows the one ending at ``end`` in a list: the people
    counted are of several nationalities, so no single country is where they went."""
    m = _LIST_STEP.match(page.text, end, s1)
    if m is None:
        return False
    nxt = page.hits.within("demonym", m.end(), min(s1, m.end() + 25))
    return bool(nxt) and nxt[0].start == m.end()


_REGION_NOUNS = grammar.words("region_noun")


def _nationals_of(page: Page, end: int, s1: int) -> Spanned[str] | None:
    """The one country after the "of" that follows a noun of nationals ending at ``end``:
    "nationals of Pakistan", "ressortissants du Mali", "nacionales de Honduras"; None when
    none, or when a list of countries follows ("citizens of Mali and Niger")."""
    of = _OF_THE.match(page.folded, end, s1)
    if of is None:
        return None
    places = page.countries_in(of.end(), min(s1, of.end() + _COUNTRY_REACH))
    if not places or places[0][1] != of.end():
        return None
    code, a, b = places[0]
    return None if _listed_after(page, b, s1, code) else Spanned(code, a, b)


_OF_THE = re.compile(rf"\s*{alt('of')}\s*(?:{alt('article')}\s*)?")
"""An "of" word and an article or none: "of", "du", "de la", "de"."""
_COUNTRY_REACH = 40
"""Characters after the "of" of a noun of nationals in which its country is looked for."""


def _elided_national(page: Page, s0: int, m: _Figure, s1: int) -> Spanned[str] | None:
    """The country of a figure that leaves out the noun of nationals written before it in
    the sentence: "118 nationals of Pakistan, 47 of Bangladesh and 31 of Iraq", "dont 118
    ressortissants du Pakistan et 47 du Bangladesh"; None otherwise."""
    nationals = page.lex.tokens["nationals"]
    if not any(
        tok.low in nationals and _nationals_of(page, tok.end, m.start)
        for tok in tokenize(page, s0, m.start)
    ):
        return None
    return _nationals_of(page, m.end, s1)


_NUMBER_OF = re.compile(
    rf"\b{alt('number_noun')}\s+(?:total\s+)?{alt('of')}\s*(?:{alt('article')}\s+)?",
    re.IGNORECASE,
)
""""The (total) number of", before the people it counts."""
_REACHES = re.compile(rf"\b{alt('number_reaches')}\s*$", re.IGNORECASE)
"""Right before a figure: what makes it the value of a total named before it."""
_PEOPLE_AFTER_NUMBER_OF = 3
"""Words after "the number of" among which the noun of the people it counts stands."""


def _number_of_before(page: Page, at: int, previous: int) -> tuple[str, Spanned[str] | None] | None:
    """("migrant", nationality) when the figure at ``at`` gives the value of "the number of"
    people named before it, after the figure before it (``previous``), and a word of return
    stands between the two: "This brings the total number of migrants assisted to return
    home to 38,019", "… porte le nombre total de migrants aidés à rentrer chez eux à 38 019",
    "eleva el número de migrantes retornados a 38.019"."""
    if not _REACHES.search(page.text, max(previous, at - 20), at):
        return None
    numbers = list(_NUMBER_OF.finditer(page.text, previous, at))
    if not numbers:
        return None
    after = numbers[-1].end()
    toks = tokenize(page, after, at)[:_PEOPLE_AFTER_NUMBER_OF]
    nationality: Spanned[str] | None = None
    for tok in toks:
        demonym = page.hits.overlapping("demonym", tok.start, tok.end)
        if demonym:
            nationality = Spanned(demonym[0].value, tok.start, tok.end)
        people = page.hits.overlapping("cue:migrant", tok.start, tok.end) or page.hits.overlapping(
            "cue:returnee", tok.start, tok.end
        )
        if people:
            returned = page.hits.within("cue:return", tok.end, at) or page.hits.within(
                "cue:returnee", tok.start, tok.end
            )
            return ("migrant", nationality) if returned else None
    return None


def _may_be_year(figure: str) -> bool:
    """True when a figure as written may be a year: digits alone, 1900 to 2039."""
    return figure.isdigit() and _YEARS[0] <= int(figure) <= _YEARS[1]


_YEARS = (1900, 2039)


def _group_at(page: Page, a: int, b: int, s1: int) -> tuple[str, Spanned[str] | None] | None:
    """What a number counts, if people: ("migrant" | "person" | "child", nationality as ISO3 or
    None)."""
    toks = tokenize(page, b, min(s1, b + 70))[:6]
    region = next((k for k, tok in enumerate(toks) if tok.low in _REGION_NOUNS), None)
    if region is not None and all(t.cap or t.low in _JOIN_WORDS for t in toks[:region]):
        return None  # "from 15 West and Central African countries": it counts countries
    nationality: Spanned[str] | None = None
    breaks = page.lex.tokens["count_break"]
    for k, tok in enumerate(toks):
        if (
            k == 1
            and tok.text == ","
            and toks[0].word
            and toks[0].text.islower()
            and k + 1 < len(toks)
            and toks[k + 1].word
        ):
            continue  # "131 vulnerable, stranded Ethiopian migrants": adjectives in a row
        if not tok.word or (k and tok.low in breaks and _plural_before(toks[:k])):
            break  # "nine languages and distributed to migrants": the noun came before "and"
            # (not "1,137 unaccompanied and separated children": adjectives joined)
        # a demonym may span words ("Sri Lankan"), a noun may be two ("migrant workers")
        demonym = page.hits.overlapping("demonym", tok.start, tok.end)
        if demonym and not _REGION_BEFORE.search(
            page.folded, max(0, demonym[0].start - 30), demonym[0].start
        ):
            nationality = Spanned(demonym[0].value, tok.start, tok.end)
        # a noun may be two words ("migrant workers", "demandeurs d'asile")
        migrant = bool(page.hits.overlapping("cue:migrant", tok.start, tok.end))
        child = bool(page.hits.overlapping("cue:child", tok.start, tok.end))
        if migrant or child or page.hits.overlapping("cue:person", tok.start, tok.end):
            if tok.low in page.lex.tokens["nationals"]:
                nationality = nationality or _nationals_of(page, tok.end, s1)
            nationality = nationality or _of_nationality(page, toks[k + 1 : k + 4])
            # "ressortissants guinéens", "personas migrantes salvadoreñas": the nationality
            # after the noun (or after a second noun)
            for after in toks[k + 1 : k + 3]:
                if not after.word or nationality is not None:
                    break
                later = page.hits.within("demonym", after.start, after.end)
                if later:
                    nationality = Spanned(later[0].value, after.start, after.end)
                    if _more_demonyms(page, later[0].end, s1):
                        nationality = None  # "personas bolivianas, chilenas y peruanas"
                        break
                elif not (
                    page.hits.within("cue:migrant", after.start, after.end)
                    or page.hits.within("cue:person", after.start, after.end)
                ):
                    break
            if migrant or (nationality is not None and not child):
                # "131 ressortissants guinéens" counts people as "83 Ivoiriens" does
                return "migrant", nationality
            return ("child" if child else "person"), nationality
        if (
            k <= 1
            and page.hits.overlapping("cue:counted_return", tok.start, tok.end)
            and not _may_be_year(page.text[a:b])
        ):  # "17,744 voluntary returns", "17 744 retours volontaires": one person each; not
            # "Of the 2021 returns, more than half …"
            return "migrant", nationality
        last_word = k + 1 >= len(toks) or not page.hits.within(
            "cue:migrant", toks[k + 1].start, toks[k + 1].end
        )
        if (
            demonym
            and last_word
            and (tok.text.endswith("s") or page.lang == "en" or tok.text[:1].isupper())
            and not any(t.low in page.lex.tokens["by"] for t in toks[:k])
        ):  # "96 Guineans", "6 300 Burkinabè" (a capitalised noun in French and Spanish),
            # "1,027 the number of Bangladeshis"; not "2005 and by the Austrian"
            return "migrant", nationality
        if k == 0 and tok.low in _RELATIVE:
            before = page.folded[max(0, a - 12) : a].split()
            if before and before[-1] in _OF_OR_THE:
                return "migrant", None
            return None
        if k >= 4:
            break
    return None


_REGION_BEFORE = re.compile(rf"\b{alt('compass')}\s+{alt('and')}\s+$", re.IGNORECASE)
"""Before a demonym, a point of the compass and "and": the demonym names part of a region,
not a nation ("68,000 West and Central African migrants": not of the Central African
Republic)."""


def _of_nationality(page: Page, toks: list[Tok]) -> Spanned[str] | None:
    """The country of ``toks`` when they say a nationality after a noun of people: "of", the
    noun "nationality" and a demonym, in either order ("personas de nacionalidad hondureña",
    "ressortissants de nationalité guinéenne", "migrants of Honduran nationality")."""
    if len(toks) < 3 or toks[0].low not in _OF or not (toks[1].word and toks[2].word):
        return None
    if toks[1].low in _NATIONALITY_NOUN:
        demonym = toks[2]
    elif toks[2].low in _NATIONALITY_NOUN:
        demonym = toks[1]
    else:
        return None
    hits = page.hits.overlapping("demonym", demonym.start, demonym.end)
    return Spanned(hits[0].value, demonym.start, demonym.end) if hits else None


_NATIONALITY_NOUN = grammar.words("nationality_noun")


def _plural_before(toks: list[Tok]) -> bool:
    """True when a plural-looking word ("languages", "langues", "idiomas") stands in ``toks``:
    a noun the number counted already."""
    return any(t.word and t.low.endswith(("s", "x")) for t in toks)


def _return_dates(
    page: Page, sentence: tuple[int, int], pos: int, since: dict[tuple[int, int], Spanned[str]]
) -> tuple[Spanned[str] | None, Spanned[str] | None]:
    """Start/end of the return figure at ``pos``: "since X" → start; "in 2018" → both."""
    s0, s1 = sentence
    if (s0, s1) in since:
        return since[(s0, s1)], None
    period = page.period(s0, s1)
    if period and period[0] and period[1]:
        return Spanned(period[0], period[2], period[3]), Spanned(period[1], period[2], period[3])
    # the date of a dateline the sentence opens with ("Tripoli, 8 November 2018 – …") dates
    # the figure only when the sentence gives no time of its own
    head = after_dateline(page, s0)
    every = page.dates(s0, s1)
    datelined = [d for d in every if d[1] < head]
    every = [d for d in every if d[1] >= head]
    # a date that dates a start ("launched in 2019") is the initiative's, not the figure's,
    # unless a "since" leads to it ("since the beginning of 2023")
    dates = [
        d
        for d in every
        if not page.hits.within("cue:start", d[1] - 15, d[1])
        or page.hits.within("cue:since", d[1] - 30, d[1])
    ]
    so_far = page.hits.within("cue:year_so_far", s0, s1)
    if so_far and datelined and not every:
        # "Geneva, 5 July 2017 – … since the beginning of the year": from January of that year
        return Spanned(f"{datelined[0][0][:4]}-01", so_far[0].start, so_far[0].end), None
    for hit in page.hits.within("cue:since", s0, s1):
        after = [d for d in dates if d[1] >= hit.end]
        if after:
            return Spanned(*after[0]), None
        # "Launched in April 2021, the project has since helped 1,184 …": the start before
        started = [d for d in every if d[2] <= hit.start and d not in dates]
        if started:
            return Spanned(*started[-1]), None
        month = _MONTH_AFTER.match(page.text, hit.end, s1)
        if month is not None and datelined and is_month(month.group(1)):
            # "Tripoli, 8 November 2018 – Since January, …": that month of the dateline's year
            named = parse_partial_date(f"{month.group(1)} {datelined[0][0][:4]}", page.lang)
            if named is not None:
                return Spanned(named, month.start(1), month.end(1)), None
    if page.hits.within("cue:since_then", s0, s1):
        return None, None
    clause = _CLAUSE_END.search(page.text, pos, s1)
    local = [d for d in dates if pos <= d[1] < (clause.start() if clause else s1)]
    if len(local) == 1 or len(dates) == 1:
        value = Spanned(*(local or dates)[0])
        return value, value
    opening = [d for d in dates if d[2] <= pos and not _CLAUSE_END.search(page.text, d[2], pos)]
    if not local and opening:
        # "Durante 2022 fueron mil 584 las personas …, mientras que el primer semestre del año
        # 2023 sumaron 625": the time of the figure's own clause, before it
        value = Spanned(*opening[-1])
        return value, value
    if datelined and not every:
        for role, back in _YEARS_BACK:
            # " date 2019-07 … Sur les 63.316 migrants assistés l'année dernière": the year
            # before the release's; "… this year they have assisted the return of 500": its own
            said = page.hits.within(f"cue:{role}", s0, s1)
            if said:
                year = Spanned(str(int(datelined[0][0][:4]) - back), said[0].start, said[0].end)
                return year, year
        value = Spanned(*datelined[-1])  # the release's own dateline, after a stored page's
        # day of publication (" date 2017-06 Mardi 13 juin 2017 – …")
        return value, value
    return None, None


_YEARS_BACK = (("last_year", 1), ("this_year", 0))
"""Cue roles that date a return figure by the dateline's year, and the years they go back."""
_MONTH_AFTER = re.compile(r"\s+(?:\w+\s+)?([^\W\d]{3,10}\.?)\b")
"""The word after "since", perhaps past one word ("since January", "desde enero", "depuis le
mois de janvier" is not read): a month's name, if it is one."""


def _programme(page: Page, *spans: tuple[int, int] | None) -> Spanned[str] | None:
    """A return programme named in the first span that names one (acronyms first)."""
    for span in spans:
        if span is None:
            continue
        hits = page.hits.within("programme", *span)
        if hits:
            hit = next((h for h in hits if page.text[h.start : h.end].isupper()), hits[0])
            return Spanned(clean_title(page.text[hit.start : hit.end]), hit.start, hit.end)
    return None


def since_dates(
    page: Page, sentences: list[tuple[int, int]]
) -> dict[tuple[int, int], Spanned[str]]:
    """Sentences saying "since then / desde aquel momento", or "since its launch" with no date
    of their own, → the last start date before them."""
    out: dict[tuple[int, int], Spanned[str]] = {}
    last: Spanned[str] | None = None
    for s0, s1 in sentences:
        if last is not None and (
            page.hits.within("cue:since_then", s0, s1) or _since_its(page, s0, s1)
        ):
            out[(s0, s1)] = last
            continue
        for hit in page.hits.within("cue:since", s0, s1) + page.hits.within("cue:start", s0, s1):
            got = page.dates(hit.end, min(s1, hit.end + 90))
            if got:
                last = Spanned(*got[0])
    return out


def _since_its(page: Page, s0: int, s1: int) -> bool:
    """True when a sentence says "since its launch" ("depuis son lancement", "desde su
    inicio") and names no date: it counts from the start told before."""
    if page.dates(s0, s1):
        return False
    for hit in page.hits.within("cue:since", s0, s1):
        m = _SINCE_ITS.match(page.folded, hit.end, s1)
        if m and any(
            h.start == m.end() for h in page.hits.within("cue:beginning_noun", m.end(), s1)
        ):
            return True
    return False


_SINCE_ITS = re.compile(rf"\s+{alt('possessive')}\s+", re.IGNORECASE)


def _giver_after(page: Page, pos: int, s1: int) -> Spanned[str] | None:
    """The organisation written right after an amount: "EUR 5.2 million from the European
    Union", "3,2 millions d'euros par le Fonds ...", "2,3 millones de dólares del Departamento"."""
    aside = _ASIDE.match(page.text, pos, s1)
    if aside is not None:
        pos = aside.end()  # "3 millions d'Euros (environ deux milliards de francs CFA) par …"
    gift = page.hits.within("cue:funding", pos, min(s1, pos + _GIFT_NOUN))
    lead = _GIVER_LEAD.match(page.folded, pos, s1)
    # where the giver's name may start: after "de la part de" ("8 millions d'euros de la part de
    # l'Union européenne"), after a gift noun and its "from" ("a EUR 2.5 million contribution
    # from the German Federal Foreign Office"), else after a one-word giver preposition
    if lead is not None:
        pos, first = lead.end(), 0
    elif gift and not page.text[pos : gift[0].start].strip():
        pos, first = gift[0].end, 0
    else:
        first = 1
    toks = tokenize(page, pos, min(s1, pos + _GIVER_REACH))
    if first and (len(toks) < 2 or toks[0].low not in page.lex.tokens["giver_prep"]):
        return None
    orgs = capture_orgs(page, toks, first)
    if not orgs:
        return None
    a, b = orgs[0]
    return Spanned(clean_title(page.text[a:b]), a, b)


_GIVER_REACH = 200
"""Characters after an amount in which the name of its giver is read."""
_GIVER_LEAD = re.compile(rf"\s*,?\s*{alt('giver_lead')}\s*")
"""A phrase between an amount and its giver: "de la part de", "por parte de", perhaps after a
comma ("US $10.3 millones, otorgados por …")."""
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
"""A bracketed aside right after an amount: its value in another currency or in words."""

_GIFT_NOUN = 30
"""Characters after an amount in which a gift noun and its "from" start ("contribution from")."""


_BUDGET_GAP = 40
"""Characters between a budget word and the amount it introduces, at most."""


_GIFT_REACH = 60
"""Characters before an amount cue in which a funding cue makes the amount a gift."""


def given_amount(page: Page, s0: int, cue: Hit) -> bool:
    """True when the amount an amount cue ("por un monto de", "to the tune of") introduces is
    what a funder named just before it gives: "con el apoyo de la Unión Europea por un monto
    de 850.000 euros" is a funding, not the initiative's budget."""
    return bool(page.hits.within("cue:funding", max(s0, cue.start - _GIFT_REACH), cue.start))


def _giver_before_verb(page: Page, s0: int, pos: int, previous: int) -> Spanned[str] | None:
    """The giver named before the giving verb that comes right before the amount at ``pos``
    (and after the amount before it, ending at ``previous``): "BMZ has committed EUR …"."""
    verbs = page.hits.within("cue:give", max(s0, previous), pos)
    if not verbs or not _GIFT_GAP.fullmatch(page.text, verbs[-1].end, pos):
        return None
    return giver_before(page, max(s0, previous), verbs[-1].start)


def _funded_before(page: Page, pos: int, previous: int) -> Spanned[str] | None:
    """The one funder that a funding cue names right before the amount at ``pos`` (and after
    the amount before it, ending at ``previous``): "… et cofinancé par l'Agence française de
    développement (AFD) à hauteur de 500 000 EUR"."""
    cues = page.hits.within("cue:funding", previous, pos)
    if not cues:
        return None
    orgs = capture_orgs(page, tokenize(page, cues[-1].end, pos), 0)
    if len(orgs) != 1:
        return None
    a, b = orgs[0]
    lead = page.hits.within("cue:amount", b, pos)
    if not (
        _MONEY_GAP.fullmatch(page.text, b, pos)  # "… by Japan with USD 500,000"
        or (
            lead
            and not page.text[b : lead[0].start].strip()
            and _MONEY_GAP.fullmatch(page.text, lead[-1].end, pos)
        )
    ):
        return None
    return Spanned(clean_title(page.text[a:b]), a, b)


def giver_before(page: Page, s0: int, pos: int) -> Spanned[str] | None:
    """The name right before a giving verb: "Japan has contributed", "l'Agence italienne …
    (AICS), qui y contribue" (a capitalised run or a gazetteer organisation)."""
    spans = [(r.start, r.end) for r in runs(page, tokenize(page, s0, pos))]
    spans += [(a, b) for _, a, b in page.organizations() if s0 <= a and b <= pos]
    spans = [span for span in spans if _GIVER_GAP.fullmatch(page.text, _closed(page, *span), pos)]
    pronouns = page.lex.tokens["pronoun"]
    # "It also invested nearly USD 700": a pronoun at a sentence's start names no giver
    spans = [(a, b) for a, b in spans if key(page.text[a:b]) not in pronouns]
    if not spans:
        return None
    a, b = max(spans, key=lambda span: (span[1], -span[0]))
    return Spanned(clean_title(page.text[a:b]), a, b)


def _closed(page: Page, a: int, b: int) -> int:
    """Where a name ends with its brackets: past the closing one when the name is written
    inside them ("The European Union's Humanitarian Aid department (ECHO) allocated …": the
    acronym is the giver's name the sentence gives whole)."""
    text = page.text
    return b + 1 if a and text[a - 1] == "(" and text[b : b + 1] == ")" else b


def _signer(page: Page, s0: int, s1: int, amount_at: int) -> Spanned[str] | None:
    """The party other than IOM that signs an agreement worth an amount: "Le Gouvernement du
    Japon et l'OIM ont signé un accord de financement de 2,3 millions de dollars"."""
    signs = page.hits.within("cue:sign", s0, amount_at)
    if not signs or not page.hits.within("cue:signing_object", signs[0].end, s1):
        return None
    iom_at = [(a, b) for org_id, a, b in page.organizations() if org_id == _IOM]
    toks = tokenize(page, s0, signs[0].start)
    names: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):  # the subject: names that end right before the verb
        if tok.cap or tok.acr:
            names = capture_orgs(page, toks, i)
            if names and _GIVER_GAP.fullmatch(page.text, names[-1][1], signs[0].start):
                break
            names = []
    others = [
        (a, b)
        for a, b in names
        if not any(a <= x and y <= b for x, y in iom_at)
        and not page.lex.tokens["iom"] & set(page.folded[a:b].split())
    ]
    if len(others) != 1 or len(names) != _PARTIES:
        return None  # "X and IOM signed …": one giver besides IOM
    a, b = others[0]
    return Spanned(clean_title(page.text[a:b]), a, b)


_PARTIES = 2
_IOM = "iom"
"""The gazetteer id of IOM, the party on the other side of the agreements a release tells of."""


def _own_amounts(
    page: Page,
    s0: int,
    orgs: list[tuple[int, int]],
    amounts: list[tuple[float, str, int, int]],
) -> list[FundingDraft]:
    """One funding per giver when each of several names is followed by its own amount, in
    brackets or after "with": "the Government of Italy (EUR 150,000) and the Kingdom of Belgium
    (EUR 90,000)", "by the European Union with EUR 18 million and by the SDC with CHF 2.5
    million". A giver with no amount after it ("… with EUR 4.2 million and by the Government of
    Germany") funds the initiative, but gave no amount the sentence states."""
    if len(orgs) < _PARTIES:
        return []
    out: list[FundingDraft] = []
    bare = False  # a giver with no amount of its own seen
    for a, b in orgs:
        own = [x for x in amounts if _OWN_AMOUNT.fullmatch(page.text, b, s0 + x[2])]
        if len(own) > 1 or (own and bare):
            return []  # "by the EU and Germany with EUR 5 million": one amount of both
        if not own:
            bare = True
            continue
        value, currency, x, y = own[0]
        out.append(
            FundingDraft(
                funder=Spanned(clean_title(page.text[a:b]), a, b),
                amount=Spanned(value, s0 + x, s0 + y),
                currency=Spanned(currency, s0 + x, s0 + y),
            )
        )
    return out


_OWN_AMOUNT = re.compile(rf"\s*(?:\(\s*|{alt('with')}\s+)")
"""Between a giver's name and its own amount: a bracket, or "with" ("avec", "con")."""


def find_fundings(page: Page, sentences: list[tuple[int, int]]) -> list[FundingDraft]:
    """Amounts given by a named funder."""
    out: list[FundingDraft] = []
    for s0, s1 in sentences:
        if not _DIGIT.search(page.text, s0, s1) and not has_word_amount(page.folded, s0, s1):
            continue  # ("un million de dollars": a number in words)
        cued = page.hits.within("cue:funding", s0, s1) or page.hits.within("cue:give", s0, s1)
        if not (
            cued or page.hits.within("currency", s0, s1) or _CURRENCY_SIGN.search(page.text, s0, s1)
        ):
            continue  # no amount here can name its giver
        budgets = [
            h for h in page.hits.within("cue:budget", s0, s1) if not given_amount(page, s0, h)
        ]
        amounts = [
            amount
            for amount in find_amounts(page.text[s0:s1], page.lang)
            if not any(0 <= s0 + amount[2] - hit.end <= _BUDGET_GAP for hit in budgets)
        ]  # "a total budget of EUR 2.7 million": the initiative's own money, not a gift
        # "3 millions d'euros soit près de 2 milliards de francs CFA": the same money again
        amounts = [
            amount
            for k, amount in enumerate(amounts)
            if not (k and _RESTATED.fullmatch(page.text, s0 + amounts[k - 1][3], s0 + amount[2]))
        ]
        if not amounts:
            continue
        givers = [_giver_after(page, s0 + b, s1) for _, _, _, b in amounts]
        if any(givers):
            # "BMZ has committed EUR 24 million …, and an additional EUR 3.5 million from the
            # EU …": an amount with no giver after it may have one before its giving verb
            # (each amount with the end of the amount before it, or the sentence's start)
            previous = [s0, *(s0 + b for _, _, _, b in amounts[:-1])]
            givers = [
                giver
                or _giver_before_verb(page, s0, s0 + a, before)
                or _funded_before(page, s0 + a, before)
                for (_, _, a, _), giver, before in zip(amounts, givers, previous, strict=True)
            ]
            for (value, currency, a, b), giver in zip(amounts, givers, strict=True):
                if giver is not None:
                    out.append(
                        FundingDraft(
                            funder=giver,
                            amount=Spanned(value, s0 + a, s0 + b),
                            currency=Spanned(currency, s0 + a, s0 + b),
                        )
                    )
            continue
        funder: Spanned[str] | None = None
        funding_at = s1
        orgs: list[tuple[int, int]] = []
        own: list[FundingDraft] = []
        for hit in page.hits.within("cue:funding", s0, s1):
            orgs = capture_orgs(page, tokenize(page, hit.end, s1), 0)
            own = _own_amounts(page, s0, orgs, amounts)
            if own:  # "co-financed by Italy (EUR 150,000) and Belgium (EUR 90,000)"
                break
            if orgs:
                joined = len(orgs) <= 3 and not _DIGIT.search(page.text, orgs[0][1], orgs[-1][0])
                # (not "… of Germany through the RDH-RR (EUR 6.5 million) and of the Government
                # of Switzerland": the first giver, its amount, then another)
                a, b = orgs[0][0], orgs[-1][1] if joined else orgs[0][1]
                funder = Spanned(clean_title(page.text[a:b]), a, b)
                funding_at = hit.start
                break
        last_amount = s0 + amounts[-1][3]
        for hit in page.hits.within("cue:give", s0, s1):
            if funder is not None and (hit.start <= funding_at or hit.start > last_amount):
                # "Funded by the EU with EUR 12 million, SURCI will provide …"; "financé par le
                # Japon à hauteur de …": the funding cue's own verb names no other giver
                continue
            # "co-financed by A and B, which contributes EUR …": B gives the amount
            if orgs and _GIVER_GAP.fullmatch(page.text, orgs[-1][1], hit.start):
                a, b = orgs[-1]
                funder = Spanned(clean_title(page.text[a:b]), a, b)
                break
            before = giver_before(page, s0, hit.start)
            if before is not None:
                funder = before
                break
        # "Le Gouvernement du Japon et l'OIM ont signé un accord de … 2,3 millions de dollars"
        if own:
            out += own
            continue
        funder = funder or _signer(page, s0, s1, s0 + amounts[0][2])
        if funder is None:
            continue
        ends: list[int | None] = [None, *(s0 + b for _, _, _, b in amounts[:-1])]
        for (value, currency, a, b), end_before in zip(amounts, ends, strict=True):
            giver = (
                _gapped_giver(page, end_before, s0 + a)
                # "…, while the Netherlands Ministry … provided an additional EUR 6 million"
                or _giver_before_verb(page, s0, s0 + a, end_before)
                if end_before is not None
                else None
            )
            out.append(
                FundingDraft(
                    funder=giver or funder,
                    amount=Spanned(value, s0 + a, s0 + b),
                    currency=Spanned(currency, s0 + a, s0 + b),
                )
            )
    return out


_RESTATED = re.compile(
    rf"\s*(?:[,(]?\s*{alt('restate')}|\()\s*(?:{alt('about')}\s*)?(?:{alt('article')}\s*)?",
    re.IGNORECASE,
)
"""Between two amounts, words that say the second is the first in another currency: "soit
près de", "i.e.", "or about", "es decir", or a bracket opening the second ("EUR 2 million
(LKR 277.82 million)", "2,4 millions d'euros (environ 1,6 milliard de francs CFA)")."""


def _gapped_giver(page: Page, previous: int, pos: int) -> Spanned[str] | None:
    """The giver named right before the amount at ``pos``, after an "and" word that follows
    the amount before it, its verb left out: "Germany has committed EUR 18 million to R3SP-WA
    and the Netherlands EUR 7.5 million", "… and the Netherlands a further 2.1 million"."""
    named = [(a, b) for a, b in page.places() if previous <= a and b <= pos]
    named += [(r.start, r.end) for r in runs(page, tokenize(page, previous, pos))]
    if not named:
        return None
    a, b = max(named)
    # "… and the Netherlands a further 2.1 million euros": up to two small words between
    if not _MONEY_GAP.fullmatch(page.text, b, pos) or not _AND_BEFORE.search(
        page.text, previous, a
    ):
        return None
    return Spanned(clean_title(page.text[a:b]), a, b)


_AND_BEFORE = re.compile(rf"\b{alt('and')}\s+(?:{alt('article')}\s+)?$", re.IGNORECASE)


def find_publications(page: Page, sentences: list[tuple[int, int]]) -> list[PublicationDraft]:
    """Publications that a sentence presents, with their publisher and year when stated."""
    out: list[PublicationDraft] = []
    titles: set[str] = set()
    pending: tuple[str, int, int] | None = None
    for s0, s1 in sentences:
        pubs = page.hits.within("pub", s0, s1)
        if not pubs and not (pending and pending[2] <= s0):
            continue  # nothing to read here
        publish = page.hits.within("cue:publish", s0, s1)
        toks = tokenize(page, s0, s1)
        found: list[tuple[int, int, str]] = []
        for hit in pubs:
            k = next((i for i, t in enumerate(toks) if t.start >= hit.end), len(toks))
            while k < len(toks) and (
                page.hits.within("cue:entitled", toks[k].start, toks[k].end)
                or toks[k].low in _BEFORE_TITLE
                or toks[k].text in "“«\"‘'"
                or (  # "The study, titled …"
                    toks[k].text == ","
                    and k + 1 < len(toks)
                    and page.hits.within("cue:entitled", toks[k + 1].start, toks[k + 1].end)
                )
            ):
                k += 1
            quoted = _quoted_title(page, toks, k, s1)
            if quoted is not None:
                # "le rapport « Profil migratoire du Sénégal 2018 »": the quotation, whatever
                # its case
                found.append((*quoted, hit.value))
            elif page.text[toks[max(0, k - 1)].start] in "“«\"‘'" or (
                k < len(toks) and toks[k].cap
            ):
                got = [r for r in runs(page, toks[k:]) if r.first == 0]
                if got and got[0].caps >= 2:
                    end = _subtitle_end(page, toks, got[0].end)
                    found.append((got[0].start, end, hit.value))
            start_run = [r for r in runs(page, toks) if r.start == hit.start and r.caps >= 2]
            if start_run:
                found.append((start_run[0].start, start_run[0].end, hit.value))
            elif publish and not found:
                pending = (hit.value, s0, s1)
        publisher_span = (s0, s1)
        if not found and pending and pending[2] <= s0 and toks and toks[0].low in _THE:
            got = [r for r in runs(page, toks[1:]) if r.first == 0 and r.caps >= 4]
            if got:
                found.append((got[0].start, got[0].end, pending[0]))
                publish = publish or page.hits.within("cue:publish", pending[1], pending[2])
                publisher_span = (pending[1], pending[2])
            pending = None
        for a, b, ptype in found:
            title = clean_title(page.text[a:b])
            if not publish or title.casefold() in titles:
                continue
            titles.add(title.casefold())
            draft = PublicationDraft(title=Spanned(title, a, b), publication_type=ptype)
            draft.publisher = _publisher(page, *publisher_span)
            for hit in publish:
                years = page.dates(hit.end, min(s1, hit.end + 25))
                if years:
                    draft.year = Spanned(int(years[0][0][:4]), years[0][1], years[0][2])
            out.append(draft)
    return out


def _quoted_title(page: Page, toks: list[Tok], k: int, s1: int) -> tuple[int, int] | None:
    """The span inside the quotation marks that open right before ``toks[k]``, when they
    close in the sentence around at least two words."""
    if not 0 < k < len(toks) or toks[k - 1].text not in _OPENING_QUOTES:
        return None
    close = page.text.find(_OPENING_QUOTES[toks[k - 1].text], toks[k].start, s1)
    if close < 0 or len(page.text[toks[k].start : close].split()) < 2:
        return None
    return toks[k].start, len(page.text[:close].rstrip())


_OPENING_QUOTES = {o: c for o, c in QUOTE_PAIRS.items() if o in '«“"'}
"""The double quotation marks of QUOTE_PAIRS (a single one may close at an apostrophe)."""


def _subtitle_end(page: Page, toks: list[Tok], end: int) -> int:
    """The end of a title's subtitle, when a colon and a capitalised run follow the title
    ending at ``end`` ("Coming Home: Returnee Reintegration in Bangladesh"); else ``end``."""
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    if k + 1 >= len(toks) or toks[k].text != ":" or not toks[k + 1].cap:
        return end
    got = [r for r in runs(page, toks[k + 1 :]) if r.first == 0]
    return got[0].end if got and got[0].caps >= 2 else end


def _publisher(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """Who publishes: "by X" after the publish verb, else IOM named in the sentence."""
    for hit in page.hits.within("cue:publish", s0, s1):
        toks = tokenize(page, hit.end, s1)
        for k, tok in enumerate(toks[:6]):
            if tok.low in page.lex.tokens["by"]:
                orgs = capture_orgs(page, toks, k + 1)
                if orgs:
                    a, b = orgs[0]
                    return Spanned(clean_title(page.text[a:b]), a, b)
    for tok in tokenize(page, s0, s1):
        if tok.low in page.lex.tokens["iom"] and tok.text.isupper():
            return Spanned(tok.text, tok.start, tok.end)
    return None
