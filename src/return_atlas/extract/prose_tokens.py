"""Names that words of prose form: capitalised runs, organisation names.

A name is a run of capitalised words that may hold lower-case connectors ("Ministry of the
Interior", "Diplomado sobre Gestión de la Migración"), an acronym in brackets, and, in French
and Spanish, lower-case adjectives ("Commission européenne") or a lower-case tail after a
head noun ("Fonds fiduciaire d'urgence de l'Union européenne pour l'Afrique"). The tokens
themselves come from :mod:`prose_tokenizer`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from return_atlas.extract.prose import Page, acronym_after
from return_atlas.extract.prose_lexicon import COORDINATORS, Lexicon, lexicon
from return_atlas.extract.prose_tokenizer import Tok
from return_atlas.normalise import grammar
from return_atlas.normalise.dates import is_month
from return_atlas.normalise.grammar import alt, lead

NAME_PREPOSITIONS = grammar.words("tail_preposition")

_NEW = tuple.__new__


class Run(NamedTuple):
    """A capitalised name: span, token range and how many capitalised words it holds (a named
    tuple, quick to make)."""

    start: int
    end: int
    first: int
    last: int
    caps: int


def _period_rest(toks: list[Tok], j: int) -> bool:
    """True when ``toks[j:j + 2]`` are a dash and a year right after a year ("2024–2026",
    "2024 – 2026"; "2024-2026" is one token)."""
    return (
        j + 1 < len(toks)
        and toks[j].text in _DASHES
        and toks[j].start - toks[j - 1].end <= 1
        and toks[j + 1].start - toks[j].end <= 1
        and _is_year(toks[j - 1].text)
        and _is_year(toks[j + 1].text)
    )


def _is_year(text: str) -> bool:
    """True for a four-digit year of the last two centuries."""
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


_DASHES = frozenset("–—")


def _second_name(toks: list[Tok], j: int, articles: frozenset[str] | set[str]) -> bool:
    """True when an "and" word, an article and a capitalised word start at ``j``: a second
    name joined to the first ("… Project and the Access, Support and Coordination (ASC)
    Programme")."""
    return (
        j + 2 < len(toks)
        and toks[j].low in COORDINATORS
        and toks[j + 1].low in articles
        and toks[j + 2].cap
        and toks[j + 2].word
    )


def _capital_after(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """True when a capitalised word starts at ``k``, perhaps after "of" words and articles
    ("Swiss Agency", "de la Cámara")."""
    k = _past_of_words(lex, toks, k)
    return k < len(toks) and toks[k].cap


def runs(page: Page, toks: list[Tok], *, commas: bool = False, headline: bool = False) -> list[Run]:
    """Capitalised runs of ``toks`` (leading articles and connectors left out).

    In a title-case ``headline`` a verb ("Launched", "Receives") ends a name.
    """
    lex = page.lex
    connectors, articles = lex.tokens["connector"], lex.tokens["article"]
    suffixes = lex.suffixes
    verbs = lex.tokens["headline_verb"] if headline else frozenset()
    skip = lex.name_skip
    out: list[Run] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or not t.word or t.low in verbs or t.low in skip:
            i += 1
            continue
        first = last = i
        caps = 1
        j = i + 1
        lower_budget = 1
        while j < n:
            u = toks[j]
            if u.word and u.cap and u.low not in verbs and u.text != "'s":
                if u.low in articles and toks[j - 1].low not in connectors:
                    break  # "Dakar – Une formation": a new phrase starts
                if j > last + 1 and is_month(u.text):
                    break  # "the … Dialogue in June": a time after the name
                if u.acr and page.hits.within("currency", u.start, u.end):
                    break  # "the IOM Development Fund with USD 85,000": an amount follows
                last, caps, j = j, caps + 1, j + 1
                continue
            if u.word and u.text[0].isdigit() and j == last + 1:
                last, j = j, j + 1
                if _period_rest(toks, j):
                    last, j = j + 1, j + 2  # "… Reintegration 2024–2026": the period's end too
                continue
            if (
                u.text in _DASHES
                and j == last + 1
                and toks[last].acr
                and j + 1 < n
                and toks[j + 1].acr
                and toks[j + 1].word
            ):
                last, caps, j = j + 1, caps + 1, j + 2  # "l'Initiative UE – OIM pour …": a
                # dash spaced out between two acronyms joins them, as a hyphen does
                continue
            if u.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].acr:
                last, j = j + 2, j + 3
                lower_budget = 0  # "… Desarrollo (PNUD) de trabajar …": the acronym closes
                # the name, which a capitalised word may carry on ("(FFUE) pour l'Afrique")
                if j + 1 < n and toks[j].low in COORDINATORS and _capital_after(lex, toks, j + 1):
                    break  # "the IOM Development Fund (IDF) and Swiss Agency …", "… (CAMR) y
                    # de la Cámara de Comercio": two names
                continue
            if (
                u.text == "."
                and j == last + 1
                and "." in toks[last].text
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j + 1].start == u.end + 1
                and toks[j + 1].low not in articles
                and toks[j + 1].low not in lex.tokens["pronoun"]
            ):
                last, j = j, j + 1  # "the U.S. Department of State": the acronym's full stop
                continue
            if (
                suffixes
                and u.word
                and u.text.islower()
                and u.low.endswith(suffixes)
                and j == last + 1
                and u.low not in lex.tokens["passive"]  # "… de Migrantes es financiado": a verb
                and u.low not in lex.tokens["subject_verb"]
            ):
                last, j = j, j + 1
                continue
            if commas and u.text == "," and j + 1 < n and toks[j + 1].low in articles:
                break  # "… in Erbil, Mosul and Baghdad, the Reintegration Hubs": a new phrase
            if (
                commas
                and u.text == ","
                and j + 1 < n
                and toks[j + 1].low in connectors
                and toks[j + 1].low not in COORDINATORS  # ", and Reintegration (MPRR)"
            ):
                break  # "… de San Pedro Sula y Choloma, de los Centros de …": a new phrase
            if (
                j == last + 1
                and u.low in COORDINATORS
                and _second_name(toks, j, articles)
                and (
                    toks[last].low in lex.initiative_words
                    or any(b == toks[last].end for _, _, b in page.organizations())
                )
            ):
                break  # "… Project and the Access, Support … Programme", "the International
                # Organisation for Migration and the International Trade Centre": two names
            if (
                page.lang == "en"
                and u.low in _DEFINITE_EN
                and j == last + 1
                and toks[last].cap
                and toks[last].low not in connectors
                and not toks[last].low.endswith("ing")
            ):
                break  # "at the IOM Transit Center the High Representative met …": an article
                # right after a name's word ("Strengthening the …" aside), with no preposition
                # between, opens a new phrase
            if u.low in connectors or u.low == "'" or (commas and u.text == ","):
                j += 1
                continue
            if (
                suffixes
                and u.word
                and u.text.islower()
                and lower_budget
                and u.low not in articles  # "pour une durée": the sentence goes on
                and (
                    toks[j - 1].low in NAME_PREPOSITIONS
                    or (
                        toks[j - 1].low in articles
                        and j >= 2
                        and toks[j - 2].low in NAME_PREPOSITIONS
                    )
                )
            ):
                lower_budget -= 1
                last, j = j, j + 1
                continue
            break
        out.append(_NEW(Run, (toks[first].start, toks[last].end, first, last, caps)))
        i = max(j, last + 1)
    return out


def capture_orgs(page: Page, toks: list[Tok], i: int) -> list[tuple[int, int]]:
    """Organisation names starting at token ``i`` (after a funding cue): "A", "A and B" ...

    A channel after a name ("through the European Return Fund") is skipped, not taken.
    """
    lex = page.lex
    articles = lex.tokens["article"]
    found: list[tuple[int, int]] = []
    n = len(toks)
    while i < n:
        while i < n and (toks[i].low in articles or toks[i].low in _ELIDED):
            i += 1
        if i >= n or not toks[i].word:
            break
        if toks[i].cap or toks[i].acr:
            last = _org_end(page, toks, i)
        else:
            # "le ministère italien des Affaires étrangères", "el gobierno de Japón"; a body
            # the gazetteer knows, written in lower case ("l'union européenne")
            lower = _lower_case_org(page, toks, i) or _known_org(page, toks[i].start)
            last = None
            if lower is not None:
                last = next((k for k in range(i, n) if toks[k].end == lower[1]), None)
                last = None if last is None else last - i
        if last is None:
            break
        last = _state_end(page, toks, i, last)
        end = toks[i + last].end
        if (
            toks[i].cap
            and page.lang in {"fr", "es"}
            and (toks[i].low in lex.org_words or toks[i].low in lex.initiative_words)
        ):
            end = head_initial_tail(page, toks, i + last + 1) or end
            while (
                i + last + 1 < n
                and toks[i + last + 1].end <= end
                and not _for_the_initiative(page, toks, i + last + 1)
            ):
                last += 1
            end = toks[i + last].end
        while (
            page.lang in {"fr", "es"}
            and i + last + 1 < n
            and toks[i + last + 1].text.islower()
            and page.hits.overlapping("demonym", toks[i + last + 1].start, toks[i + last + 1].end)
        ):
            last += 1  # "la Confédération suisse", "la Coopération allemande": one giver
            end = toks[i + last].end
        while (
            i + last + 2 < n
            and toks[i + last + 1].text in POSSESSIVES
            and toks[i + last + 2].cap
            and (more := _org_end(page, toks, i + last + 2)) is not None
        ):
            # "the Australian Government's Department of Home Affairs": one giver
            last += 1 + more + 1
            end = toks[i + last].end
        after = _comma_tail(page, toks, i + last + 1)
        if after > i + last + 1:
            end = toks[after - 1].end  # "Asylum, Migration and Integration Fund"
        if _budget_next(page, toks, after):
            break  # "financed from the State budget": a budget, not a giver
        found.append((toks[i].start, end))
        i = after
        if i < n and toks[i].text == "(":
            close = next((k for k in range(i, min(n, i + 12)) if toks[k].text == ")"), None)
            if close is not None:
                # "(BMZ)" belongs to the name, "(EUR 150,000)" and "(75%)" to the sentence
                if not page.hits.within("currency", toks[i].start, toks[close].end) and not any(
                    tok.text[:1].isdigit() for tok in toks[i:close]
                ):
                    found[-1] = (found[-1][0], toks[close].end)
                i = close + 1
        if i < n and page.hits.within("cue:via", toks[i].start, toks[min(n - 1, i + 4)].end):
            j = i + 1
            while j < n and not (toks[j].word and toks[j].cap):
                j += 1
            skipped = _org_end(page, toks, j) if j < n else None
            # "through the Asylum, Migration and Integration Fund and …": skip the whole name
            i = n if skipped is None else _comma_tail(page, toks, j + skipped + 1)
            more = more_givers(toks, i)
            if more is not None:
                # "… dans le cadre du projet « X (ACR) », ainsi que par le Royaume des Pays-Bas"
                i = more
                continue
        if i < n and (toks[i].low in _AND or toks[i].text == ","):
            k = i + 1
            while k < n and (
                toks[k].low in articles
                or toks[k].low in _ELIDED_ARTICLES | _AGENT_WORDS | _OF_WORDS | _FROM_WORDS
            ):
                k += 1  # "… y del Fondo …", "… et par la Suisse", "… and from the Ministry"
            if toks[i].text == "," and k < n and toks[k].low in lex.tokens["iom"]:
                break  # "funded by the UK Home Office, IOM UK offers …": a new clause
            if (
                k < n
                and toks[k].word
                and (toks[k].cap or _lower_case_org(page, toks, k) is not None)
            ):
                i = k  # "… et par le ministère français des Affaires étrangères"
                continue
        if i < n and toks[i].text == "," and (more := more_givers(toks, i + 1)) is not None:
            # "by the Government of the Netherlands, which has contributed …, and by the EU"
            i = more
            continue
        if i < n and (more := _and_by_after_amount(page, toks, i)) is not None:
            # "funded by the European Union with EUR 18 million and by the Swiss Agency …"
            i = more
            continue
        break
    return found


def _budget_next(page: Page, toks: list[Tok], i: int) -> bool:
    """True when the token at ``i`` is a lower-case budget word: the name before it is the
    budget's owner ("the State budget", "the Municipal budget"), not a giver."""
    return (
        i < len(toks)
        and toks[i].word
        and not toks[i].cap
        and bool(page.hits.within("cue:budget", toks[i].start, toks[i].end))
    )


_AMOUNT_REACH = 8
"""Tokens of the amount a giver's name is followed by, before "and by", at most."""


def _and_by_after_amount(page: Page, toks: list[Tok], i: int) -> int | None:
    """Where the next giver's name starts when the tokens from ``i`` are the amount the giver
    gave ("with EUR 18 million", "avec 2 millions d'euros") followed by "and by", "et par",
    "y por"; else None."""
    n = len(toks)
    for j in range(i, min(n - 2, i + _AMOUNT_REACH)):
        if toks[j].low in _AND and toks[j + 1].low in _AGENT_WORDS:
            if j > i and page.hits.within("currency", toks[i].start, toks[j - 1].end):
                return j + 2 if toks[j + 2].word else None
            return None
    return None


def _state_end(page: Page, toks: list[Tok], i: int, last: int) -> int:
    """``last``, or the offset of the country's last token when the name at ``toks[i]`` is a
    state's government ("the Government of Luxembourg to PROCHILD-WA": the giver ends with
    Luxembourg)."""
    if toks[i].low not in _STATE:
        return last
    j = i + 1
    if j < len(toks) and toks[j].low in _OF_WORDS:
        j += 1
    if j < len(toks) and toks[j].low in page.lex.tokens["article"]:
        j += 1
    if j > i + last:
        return last
    country = [
        c for c in page.countries_in(toks[j].start, toks[i + last].end) if c[1] == toks[j].start
    ]
    if not country:
        return last
    k = next((k for k in range(j, i + last + 1) if toks[k].end == country[0][2]), None)
    if k is None or k == i + last or toks[k + 1].cap:
        return last  # "the Government of the Netherlands Ministry of …": one name goes on
    return k - i


_DEFINITE_EN = grammar.words("article", lang="en") - grammar.words("indefinite", lang="en")
"""English's definite article: "the" (not "a", which is also a word of French and Spanish
names quoted in an English text: "Programa Volver a Casa")."""
_STATE = grammar.words("state")
_AGENT_WORDS = lexicon(None).tokens["by"]
_AND = grammar.words("and") | {"&"}
_ALSO = (
    *(tuple(phrase.split()) for phrase in sorted(grammar.words("also"))),
    *(
        (mark, a, b)
        for mark in (",", ")")
        for a in sorted(grammar.words("and"))
        for b in sorted(lexicon(None).tokens["by"] | grammar.words("of"))
    ),
)
"""Words (folded, as tokens' ``low``) that add more givers after a channel or a clause: "as
well as by", "ainsi que par", "así como por", ", and by", ", y del" ("con el apoyo de la
PRM, que aportó …, y del Gobierno de Canadá"), ") and by" ("from its … Fund (75%) and by
the Estonian Ministry of the Interior")."""
_ALSO_BY_FIRST = {first: [w for w in _ALSO if w[0] == first] for first in {w[0] for w in _ALSO}}
"""The sequences of _ALSO by their first word, looked up token by token."""


def more_givers(toks: list[Tok], i: int) -> int | None:
    """Where the names start that the first "as well as (by) / ainsi que (par) / así como
    (por) / , and by" from token ``i`` on adds ("…, ainsi que par le Royaume des Pays-Bas"),
    if any."""
    n = len(toks)
    for k in range(i, n):
        for words in _ALSO_BY_FIRST.get(toks[k].low, ()):
            j = k + len(words)
            if j < n and tuple(t.low for t in toks[k:j]) == words:
                j += 1 if toks[j].low in _AGENT_WORDS else 0
                return j if j < n and toks[j].word else None
    return None


def _comma_tail(page: Page, toks: list[Tok], i: int) -> int:
    """Index after the words that go on, from token ``i``, a name written with commas ("Asylum,
    Migration and Integration Fund"); ``i`` itself when none do."""
    n = len(toks)
    while (
        i + 2 < n
        and toks[i].text == ","
        and toks[i + 1].cap
        and not toks[i + 1].acr
        and (toks[i + 2].text == "," or toks[i + 2].low in COORDINATORS)
    ):
        k = i + 2 + (1 if toks[i + 2].text == "," else 0)
        k += 1 if k < n and toks[k].low in COORDINATORS else 0
        more = _org_end(page, toks, k) if k < n and toks[k].cap else None
        if more is None:
            break
        i = k + more + 1
    return i


def _known_org(page: Page, start: int) -> tuple[int, int] | None:
    """The span of the gazetteer organisation that starts at ``start``, whatever its case."""
    return next(((a, b) for _, a, b in page.organizations() if a == start), None)


def _lower_case_org(page: Page, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """A French or Spanish name that starts with a lower-case organisation word and goes on to
    a capitalised word or a nationality: "ministère italien des Affaires étrangères",
    "gobierno de Japón", "coopération allemande"."""
    if page.lang not in {"fr", "es"} or toks[i].low not in page.lex.org_words:
        return None
    end = head_initial_tail(page, toks, i + 1)
    if end is None:
        return None
    # the name ends with its last capitalised word or nationality, and the lower-case
    # adjectives right after it ("des Affaires étrangères", "coopération allemande")
    last = None
    for k in range(i + 1, len(toks)):
        t = toks[k]
        if t.end > end:
            break
        named = t.cap or page.hits.overlapping("demonym", t.start, t.end)
        adjective = last == k - 1 and t.text.islower() and t.low.endswith(page.lex.suffixes)
        if named or (t.word and adjective):
            last = k
    return None if last is None else (toks[i].start, toks[last].end)


def _org_end(page: Page, toks: list[Tok], i: int) -> int | None:
    """Offset (from ``i``) of the last token of the name starting at ``toks[i]``.

    A name stops before "and"/"et"/"y" when an article or an acronym follows: "European
    Union (EU) and EU Member States" holds two names.
    """
    got = runs(page, toks[i:])
    if not got or got[0].first != 0:
        return None
    last = got[0].last
    run_end = toks[i + last].end
    longer = [b for _, a, b in page.organizations() if toks[i].start <= a < run_end < b]
    if longer:
        # "the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)": a body the
        # gazetteer knows runs on past a lower-case word that ends a run of capitalised words
        last = next((k - i for k in range(i + last, len(toks)) if toks[k].end == max(longer)), last)
    # "la OIM desde México": a preposition that ends a name's tail ends an organisation's
    last = next((k - 1 for k in range(1, last + 1) if toks[i + k].low in _TAIL_BREAKS), last)
    if any(a == toks[i].start for _, a, _ in page.organizations()):
        # "the European Union (EU) for Phase 4 of the … Programme": after a body the gazetteer
        # knows and its acronym, a word of purpose opens what the body gave for
        last = next(
            (
                k - 1
                for k in range(2, last + 1)
                if toks[i + k].low in _PURPOSE and toks[i + k - 1].text == ")"
            ),
            last,
        )
    # "l'Union européenne pour le projet X": what the money is for ends the giver's name
    last = next((k - 1 for k in range(1, last - 1) if _for_the_initiative(page, toks, i + k)), last)
    for k in range(1, last):
        nxt = toks[i + k + 1]
        if toks[i + k].low in COORDINATORS and (
            nxt.acr
            or nxt.low in page.lex.tokens["article"]
            or nxt.low in _AGENT_OR_SOURCE  # "… Fund (AMIF) and from the Estonian Ministry"
            or _second_head(page.lex, toks, i + k + 1)
        ):
            return k - 1
    j = i + last + 1
    if (
        j + 3 < len(toks)
        and toks[j].text.islower()
        and toks[j].low in page.lex.org_words
        and toks[j + 1].text == "("
        and toks[j + 2].acr
        and toks[j + 3].text == ")"
    ):
        return last + 4  # "… Humanitarian Aid and Civil Protection department (ECHO)"
    return last


def _for_the_initiative(page: Page, toks: list[Tok], k: int) -> bool:
    """True when a connector (not "of"), an article and a lower-case initiative word start
    at ``k``, perhaps with the initiative's capitalised name before that word: "pour le
    projet", "para el programa", "to the Safe Migration project"."""
    if not (
        k + 2 < len(toks)
        and toks[k].low in page.lex.tokens["connector"]
        and toks[k].low not in _OF_WORDS
        and toks[k + 1].low in page.lex.tokens["article"]
    ):
        return False
    j = k + 2
    while j < min(len(toks), k + 2 + _NAME_BEFORE_HEAD) and toks[j].cap:
        j += 1
    return j < len(toks) and toks[j].text.islower() and toks[j].low in page.lex.initiative_words


_NAME_BEFORE_HEAD = 5
"""Capitalised words of an initiative's name before its lower-case head word, at most."""


_TAIL_TOKENS = 16
"""Tokens a lower-case tail may hold ("d'appui à la réintégration durable des migrants de retour
au Mali")."""


def _second_head(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """True when "del/du/de la" and a capitalised initiative word start at ``k``: the head of
    another name ("y del Fondo …", "et du Programme …")."""
    k = _past_of_words(lex, toks, k)
    return k < len(toks) and toks[k].cap and toks[k].low in lex.initiative_words


def _past_of_words(lex: Lexicon, toks: list[Tok], k: int) -> int:
    """The index of the first token from ``k`` on that is no "of" word and no article ("del",
    "de la", "du")."""
    while k < len(toks) and (toks[k].low in _OF_WORDS or toks[k].low in lex.tokens["article"]):
        k += 1
    return k


POSSESSIVES = frozenset({"'s", "’s"})
"""The possessive ending as a token: "the Australian Government's …", "Ecuador’s …"."""
_OF_WORDS = grammar.words("of")
_ELIDED_ARTICLES = frozenset(w for w in grammar.words("article") if w.endswith(("'", "’")))
_ELIDED = _ELIDED_ARTICLES | frozenset(w for w in _OF_WORDS if w.endswith(("'", "’")))
"""Elided articles and "of" words ("l'", "d'"), which a name's first word may follow."""
_TAIL_BREAKS = grammar.words("tail_break")
"""Prepositions that end a lower-case tail: what follows them is the sentence's, not the name's
("le Programme pilote avec les autorités")."""
_PURPOSE = grammar.words("purpose")
"""Words of purpose after a body and its acronym: "for", "pour", "para"."""
NAMING = grammar.words("naming")
"""Words that introduce a name: "called", "intitulé", "denominado"."""
_VERB_ENDINGS = tuple(grammar.written("verb_ending"))
"""Endings of lower-case words that are verbs ("desarrolló"): they end a tail."""
_NAME_END = frozenset(',;.()[]:«»"“”!?')


_BETWEEN_WORDS = grammar.words("between")
_PAIR_GAP = re.compile(rf"\s+{alt('and')}\s+{lead('article')}?", re.IGNORECASE)
_PAIR_LEAD = re.compile(rf"\s+{lead('article')}?", re.IGNORECASE)


def _country_pair(page: Page, pos: int) -> int | None:
    """The end of two countries joined by "and" right after ``pos`` ("entre la Guinée et le
    Mali", "between Haiti and the Dominican Republic"), else None."""
    lead = _PAIR_LEAD.match(page.text, pos)
    if lead is None:
        return None
    first = next((c for c in page.countries if c[1] == lead.end()), None)
    gap = _PAIR_GAP.match(page.text, first[2]) if first is not None else None
    second = next((c for c in page.countries if gap and c[1] == gap.end()), None)
    return second[2] if second is not None else None


def head_initial_tail(page: Page, toks: list[Tok], i: int) -> int | None:
    """End of the lower-case rest of a French or Spanish name: "Initiative conjointe UE-OIM pour la
    protection et la réintégration des migrants", up to a comma, a verb or a funding cue."""
    lex = page.lex
    stops = lex.tokens["subject_verb"] | lex.tokens["passive"] | lex.tokens["by"] | _RELATIVE_WORDS
    end: int | None = None
    skip = -1
    for j in range(i, min(len(toks), i + _TAIL_TOKENS)):
        t = toks[j]
        if t.start < skip:
            continue
        if t.low in _FROM_WORDS and (place := _place_before_acronym(page, t.end)) is not None:
            end = skip = place  # "… retour volontaire depuis le Niger (PARVEN)": in the name
            continue
        if t.low in _BETWEEN_WORDS and (pair := _country_pair(page, t.end)) is not None:
            return pair  # "… Gestion Intégrée des Frontières entre la Guinée et le Mali"
        if t.text == "," and _list_goes_on(lex, toks, j):
            continue  # "Programme de protection, de retour et de réintégration des migrants"
        if (
            t.text in _NAME_END
            or (t.low in stops and t.text != "à")  # "à" folds to the verb "a"
            or t.low in _TAIL_BREAKS
            or t.low in NAMING  # "… en Trata de Personas denominado “…”": the name is done
            or (len(t.text) > 3 and t.text.islower() and t.text.endswith(_VERB_ENDINGS))
            or t.text[:1].isdigit()  # "… du Japon à hauteur de 1,2 million": an amount
            or is_month(t.text)  # "l'Initiative conjointe en avril 2017": a time
            or any(
                page.hits.overlapping(g, t.start, t.end)
                for g in (
                    "cue:via",
                    "cue:funding",
                    "cue:give",
                    "cue:amount",
                    "cue:implemented",
                    "cue:happened",
                    "event",
                    "currency",
                )
            )
        ):
            break
        if (
            t.low in COORDINATORS
            and j + 1 < len(toks)
            and toks[j + 1].text.islower()
            and toks[j + 1].low not in lex.tokens["article"]
            and toks[j + 1].low not in lex.tokens["connector"]
            and not _acronym_ahead(toks, j + 1, stops)
        ):
            break  # "… et forme": a verb; "… et de référencement": the name goes on
        if (
            t.low in COORDINATORS
            and j + 2 < len(toks)
            and toks[j + 1].low in lex.tokens["article"]
            and toks[j + 2].cap
        ):
            break  # "l'Union européenne (UE) et l'Agence …": a second name
        if t.low in COORDINATORS and _second_head(lex, toks, j + 1):
            break  # "Gobierno de Chile y del Fondo de la OIM …": a fund of its own
        if t.low not in lex.tokens["connector"] and t.low not in lex.tokens["article"]:
            end = t.end
    return end


def _list_goes_on(lex: Lexicon, toks: list[Tok], j: int) -> bool:
    """True when the comma at ``toks[j]`` joins the items of a list inside a name: a
    connector or an article and a lower-case word after it, then, before any other mark,
    "et" / "y" and another connector or article (", de retour et de réintégration", ",
    l'emploi et la migration")."""
    words = lex.tokens["connector"] | lex.tokens["article"]
    if j + 2 >= len(toks) or toks[j + 1].low not in words or not toks[j + 2].text.islower():
        return False  # (", du Littoral et de l'Ouest": places, listed after a name's head)
    for m in range(j + 2, min(len(toks) - 1, j + 2 + _LIST_ITEM_TOKENS)):
        if toks[m].text in _NAME_END:
            return False
        if toks[m].low in COORDINATORS:
            return toks[m + 1].low in words
    return False


_LIST_ITEM_TOKENS = 4
"""Tokens of a list item inside a name, between its comma and the "et" of the last item."""


_ACRONYM_AHEAD = 8
"""Tokens from a lower-case word after "et" / "y" to the bracketed acronym that ends the name."""


def _acronym_ahead(toks: list[Tok], k: int, stops: set[str] | frozenset[str]) -> bool:
    """True when an acronym in brackets closes the name soon after ``toks[k]``, with no comma,
    verb or bracket before it: "Retour et réintégration au Sahel (RRS)", where "et" joins two
    words of one name."""
    for m in range(k, min(len(toks) - 2, k + _ACRONYM_AHEAD)):
        if toks[m].text == "(":
            return toks[m + 1].acr and toks[m + 2].text == ")"
        if not toks[m].word or toks[m].low in stops:
            return False
    return False


_RELATIVE_WORDS = grammar.words("relative")
_FROM_WORDS = grammar.words("from")
_AGENT_OR_SOURCE = _AGENT_WORDS | (_FROM_WORDS - _OF_WORDS)
"""Words that open a second giver after "and": "and by", "and from", "et par", "y desde"."""


def _place_before_acronym(page: Page, pos: int) -> int | None:
    """The end of a country named right after ``pos`` (after an article) when the name's
    acronym follows it in brackets ("depuis le Niger (PARVEN)"), else None."""
    places = page.countries_in(pos, min(len(page.text), pos + 40))
    if not places:
        return None
    _, a, b = places[0]
    if page.folded[pos:a].strip() not in _ARTICLE_WORDS:
        return None
    return b if acronym_after(page.text, b) else None


_ARTICLE_WORDS = grammar.words("article") | {""}
