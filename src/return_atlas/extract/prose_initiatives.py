"""Named initiatives of a prose document: merging repeated names and filling their fields.

The fields come from the sentences that mention an initiative (by title, acronym or a short
form): countries named there, funders after a funding cue ("funded by", "financé par",
"con el apoyo de") or before "-funded", implementers, start and end dates, status and coverage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from return_atlas.classify._data import LANGS, lang_lines
from return_atlas.extract.drafts import (
    Extraction,
    FundingDraft,
    InitiativeDraft,
    ReturnDraft,
    Spanned,
)
from return_atlas.extract.prose import Page, after_dateline, clean_title, is_acronym
from return_atlas.extract.prose_facts import find_returns, given_amount, giver_before
from return_atlas.extract.prose_lexicon import Hit, content_words, key, lexicon, pfold
from return_atlas.extract.prose_lines import BRACKETED_ACRONYM
from return_atlas.extract.prose_names import Named
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import capture_orgs, more_givers
from return_atlas.normalise import grammar
from return_atlas.normalise.countries import country_code
from return_atlas.normalise.grammar import alt, joined, lead
from return_atlas.normalise.money import find_amounts
from return_atlas.normalise.organizations import resolve_organization
from return_atlas.normalise.text import fold
from return_atlas.normalise.vocab import lookup

_FUNDED = re.compile(r"\b([A-Z][\w&]*(?:[-/][A-Z][\w&]*)*)[-‑]funded\b")
_FUNDED_HOW = grammar.words("funded_how")
_BRACKET_OR_COLON = re.compile(rf"(?!{BRACKETED_ACRONYM})\(|:")
"""A bracket (not one around an acronym: "(RRSP-WA)") or a colon: what follows is aside."""
_HOW_RANK = {
    "heading": 0,
    "acronym": 1,
    "apposed": 1,
    "quoted": 2,
    "run": 3,
    "funded": 3,
    "acronym_word": 4,
}


def same(a: Named, b: Named) -> bool:
    """True when two names stand for one initiative."""
    if a.acronym and b.acronym:
        return a.acronym == b.acronym
    fa, fb = fold(a.title), fold(b.title)
    if fa == fb or (a.acronym and fb == fold(a.acronym)) or (b.acronym and fa == fold(b.acronym)):
        return True
    short, long_ = sorted((fa, fb), key=len)
    if len(short.split()) >= 2 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_):
        return True
    if fuzz.ratio(fa, fb) >= 90:
        return True
    # the same words in another order: "National Policy on Labour Migration, Sri Lanka" and
    # "National Labour Migration Policy of Sri Lanka"
    words_a, words_b = _content_words(fa), _content_words(fb)
    return len(words_a) >= 3 and words_a == words_b


def _content_words(folded: str) -> frozenset[str]:
    """The words of a folded title that are not function words of any language."""
    return frozenset(_WORD.findall(folded)) - _function_words()


@cache
def _function_words() -> frozenset[str]:
    """Stopwords of every language."""
    return frozenset(fold(word) for lang in LANGS for word in lang_lines(lang, "stopwords.txt"))


_WORD = re.compile(r"\w+")


def merge(found: list[Named]) -> list[Named]:
    """One entry per initiative, in order of first mention, with the fullest reliable title."""
    out: list[Named] = []
    for named in found:
        twin = next((m for m in out if same(m, named)), None)
        if twin is None:
            out.append(named)
            continue
        twin.acronym = twin.acronym or named.acronym
        better = _HOW_RANK.get(named.how, 5) < _HOW_RANK.get(twin.how, 5)
        contains = fold(twin.title) in fold(named.title)
        if better or (contains and named.how != "acronym_word"):
            twin.title, twin.how = named.title, named.how
            twin.start, twin.end = named.start, named.end
            if named.itype and (better or twin.itype == "other"):
                twin.itype = named.itype
    return out


_HEAD_END = re.compile(rf"\s{alt('head_end')}\s")
"""Where the head of a name ends: "Programme for …", "Projet de …", "Proyecto sobre …"."""


def find_mentions(page: Page, named: Named, start: int, end: int) -> list[tuple[int, int]]:
    """Spans in ``[start, end)`` naming the initiative: its title, acronym or short form."""
    forms = {fold(named.title)}
    capitalised: set[str] = set()
    if len(named.title.split()) > 3:
        head = _HEAD_END.split(named.title, maxsplit=1)[0]
        distinct = len(head.split()) >= 3 or any(is_acronym(w) for w in head.split())
        if distinct and head != named.title:
            forms.add(fold(head))
            # "l'Initiative conjointe" for "Initiative conjointe UE-OIM pour la protection …",
            # "the Joint Initiative": the head without its owners' acronyms, capitalised
            bare = [w for w in head.split() if not is_acronym(w)]
            if len(bare) >= 2 and len(bare) < len(head.split()):
                capitalised.add(fold(" ".join(bare)))
    spans: list[tuple[int, int]] = []
    folded = page.folded
    for form in forms | capitalised:
        if len(form) < 3:
            continue
        pos = folded.find(form, start, end)
        while pos >= 0:
            if form not in capitalised or page.text[pos].isupper():
                spans.append((pos, pos + len(form)))
            pos = folded.find(form, pos + 1, end)
    acronyms = [named.acronym] if named.acronym else []
    words = named.title.split()
    if words and is_acronym(words[0]) and len(words) <= 2:
        acronyms.append(named.title)
    for acr in acronyms:
        if page.text.find(acr, start, end) < 0:
            continue
        # The acronym first (a literal, searched fast), then no word character or "-" around it.
        bounded = rf"{re.escape(acr)}(?<![\w-]{'.' * len(acr)})(?![\w-])"
        for m in re.finditer(bounded, page.text[start:end], re.DOTALL):
            spans.append((start + m.start(), start + m.end()))
    return sorted(set(spans))


@dataclass(slots=True)
class Scope:
    """An initiative with the sentences that speak of it."""

    named: Named
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    funding_sentences: list[tuple[int, int]] = field(default_factory=list)
    """Sentences read for the initiative's funders only: "The policy was drafted with funding
    from …" after a sentence naming the policy (its other places and dates may be anyone's)."""
    draft: InitiativeDraft | None = None
    """The initiative read from it, once built."""


def follow_pronouns(page: Page, sentences: list[tuple[int, int]], scopes: list[Scope]) -> None:
    """Add to a scope the sentences that a subject pronoun opens right after one of its own
    ("Ouvert en juin 2020, il a déjà reçu …", "It was launched in 2019 by …"), when no other
    scope holds that earlier sentence."""
    pronouns = page.lex.tokens["pronoun"]
    if not pronouns:
        return
    for before, after in pairwise(sentences):
        holders = [scope for scope in scopes if before in scope.sentences]
        if len(holders) == 1 and (
            _funded_anaphor(page, after) or _fronted_funding(page, after, pronouns)
        ):
            # "The project, funded by X, is a continuation of the Y programme": the subject
            # stands for the initiative before, whatever else the sentence names
            if after not in holders[0].sentences + holders[0].funding_sentences:
                holders[0].funding_sentences.append(after)
            continue
        if len(holders) != 1 or any(after in scope.sentences for scope in scopes):
            continue
        words = page.folded[after[0] : min(after[1], after[0] + 60)].replace(",", " ").split()
        # the subject opens the sentence, or follows a fronted participle clause
        clause = page.text.find(",", after[0], min(after[1], after[0] + 60))
        subject = page.folded[clause + 1 : after[1]].split()[:1] if clause >= 0 else []
        if (words and words[0] in pronouns) or (subject and subject[0] in pronouns):
            holders[0].sentences.append(after)
        elif _head_again(page, words, holders[0].named):
            holders[0].funding_sentences.append(after)


def _funded_anaphor(page: Page, sentence: tuple[int, int]) -> bool:
    """True when the sentence's subject is "the project" (or the like) and a funding cue
    follows it: "The project, funded by …", "Le projet est financé par …"."""
    cue = next(iter(page.hits.within("cue:funding", *sentence)), None)
    if cue is None:
        return False
    return _anaphor_subject(page, page.text[after_dateline(page, sentence[0]) : cue.start])


def _fronted_funding(page: Page, sentence: tuple[int, int], pronouns: set[str]) -> bool:
    """True when a funding clause opens the sentence and a subject pronoun or "the project" (or
    the like) follows one of its commas: "Funded through the EU's Trust Fund and implemented by
    IOM, it covers 13 countries", "Funded by X, with a budget of EUR 25 million, the
    initiative …": the subject stands for the initiative named before."""
    s0, s1 = sentence
    cue = next(iter(page.hits.within("cue:funding", s0, s1)), None)
    if cue is None or not _fronted(page.text[after_dateline(page, s0) : cue.start]):
        return False
    comma = page.text.find(",", cue.end, min(s1, cue.end + _FRONTED_REACH))
    while comma >= 0:
        words = page.folded[comma + 1 : comma + 40].split()[:2]
        if words and (
            words[0] in pronouns
            or (len(words) == 2 and the_initiative_word(page, words[0], words[1]))
        ):
            return True
        comma = page.text.find(",", comma + 1, min(s1, cue.end + _FRONTED_REACH))
    return False


def _fronted(lead: str) -> bool:
    """True when ``lead``, what a sentence holds before a cue (its dateline left out), is
    at most one word: the cue opens a clause fronted before the subject ("Funded by …,")."""
    return len(lead.strip(" \"“«'").split()) <= 1


def _fronted_start(page: Page, opening: int, cue: int) -> bool:
    """True when the sentence opens, at ``opening``, with a verb that dates a start and
    reaches the cue at ``cue`` with no comma: the cue is inside a clause of how the subject
    began, fronted before it ("Launched in December 2016 with funding from the EU Trust Fund,
    the Joint Initiative …", "Lancée en 2017 et financée par le Fonds …, l'Initiative …")."""
    return "," not in page.text[opening:cue] and any(
        not page.text[opening : h.start].strip(" \"“«'")
        for h in page.hits.within("cue:start", opening, cue)
    )


_FRONTED_REACH = 200
"""Characters of a fronted funding clause (with its asides) before the subject it opens."""


def _head_again(page: Page, words: list[str], named: Named) -> bool:
    """True when ``words`` open with a definite article and the initiative word that heads
    ``named``: "The policy was drafted with …" after "… the National Labour Migration Policy
    of Lesotho"."""
    return (
        len(words) >= 2
        and the_initiative_word(page, words[0], words[1])
        and words[1] in fold(named.title).split()
    )


def the_initiative_word(page: Page, first: str, second: str) -> bool:
    """True for a definite article and a singular initiative word, folded: "the project",
    "le projet", "este programa"."""
    word = page.lex.initiative_words.get(second)
    return first in page.lex.tokens["definite"] and word is not None and not word[1]


def attach(page: Page, scopes: list[Scope], role: str) -> dict[int, list[tuple[int, int]]]:
    """Organisation spans after each ``role`` cue ("funding", "implemented"), by scope index.

    A cue goes to the initiative last mentioned before it in its sentence, else to the
    initiative the sentence is about (its only scope).
    """
    out: dict[int, list[tuple[int, int]]] = {}
    funding = role == "funding"
    for k, scope in enumerate(scopes):
        for s0, s1 in scope.sentences + (scope.funding_sentences if funding else []):
            for hit in page.hits.within(f"cue:{role}", s0, s1):
                before = [
                    (m[0], j)
                    for j, sc in enumerate(scopes)
                    for m in sc.mentions
                    if s0 <= m[0] < hit.start
                ]
                owner = max(before)[1] if before else None
                later = any(s0 <= m[0] < s1 for sc in scopes for m in sc.mentions)
                # "Funded by X, the project …", "Élaboré avec l'appui financier de X, le MNOR …"
                opening = after_dateline(page, s0)  # "Addis Ababa – "
                lead = page.text[opening : hit.start]
                fronted = _fronted(lead) or _fronted_start(page, opening, hit.start)
                comma = page.text.find(",", hit.end, s1) if fronted else -1
                channel = _channel_at(page, scopes, hit.end, comma) if comma > 0 else None
                if owner is None and channel is not None:
                    # "With funds provided by the EU under the X, the returnees …": the channel
                    # inside the clause is what the funds went to
                    owner = channel[1]
                if owner is None and fronted:
                    # "Funded by the EAR, the project provided ...": the subject after the
                    # clause, not a name inside it ("… du Fonds fiduciaire …, le MNOR")
                    after = sorted(
                        (m[0], j)
                        for j, sc in enumerate(scopes)
                        for m in sc.mentions
                        if max(hit.end, comma) <= m[0] < s1
                    )
                    owner = after[0][1] if after else None
                    if not after:
                        comma = -1  # "Funding came from the Asylum, Migration and …": no clause
                if owner is None and not fronted:
                    # "The project, funded by the Dutch Ministry …, is a continuation of the X
                    # programme": the subject is the initiative named before the sentence
                    owner = _anaphor_owner(page, scopes, (s0, s1), lead)
                if (
                    owner is None
                    and not fronted
                    and (launched := _launched_after(page, scopes, hit.end, s1))
                ):
                    # "IOM, with support from the EU, today (06/12) launched the X Platform":
                    # the clause tells what paid for what the subject launched
                    owner, comma = launched
                if (
                    owner is None
                    and not fronted
                    and (named := _named_after_giver(page, scopes, lead, hit.end, s1))
                ):
                    # "du projet financé par l'Union européenne, « Réponse aux besoins … »":
                    # the initiative word's name, after the clause that tells who funds it
                    owner, comma = named
                if owner is None and later:
                    # "financed by the EU under the MPRR-SSA": the initiative after a channel
                    channel = _channel_at(page, scopes, hit.end, s1)
                    owner = channel[1] if channel else None
                if owner is None and (not later or fronted):
                    givers = capture_orgs(page, tokenize(page, hit.end, s1), 0)
                    owners = [
                        j
                        for j, sc in enumerate(scopes)
                        if (
                            (s0, s1) in sc.sentences
                            or (funding and (s0, s1) in sc.funding_sentences)
                        )
                        # "Funded through the EU's Trust Fund for Africa, it …": a fund named
                        # as the giver is not what is given to
                        and not any(a <= m[0] < b for m in sc.mentions for a, b in givers)
                    ]
                    owner = owners[0] if len(owners) == 1 else None
                if owner != k:
                    continue
                # the initiative after a channel ("… by the EU under the MPRR-SSA") is no giver
                stop = _channel_at(page, scopes, hit.end, s1)
                end = stop[0] if stop else comma if comma > 0 else s1
                toks = tokenize(page, hit.end, end)
                orgs = capture_orgs(page, toks, 0)
                if stop is not None:
                    # "… by the EU through the X project, as well as by the Netherlands"
                    orgs += _givers_after(page, scopes[stop[1]], stop[0], s1)
                if role == "funding":
                    orgs = [
                        o for o in orgs if not is_iom(page, *o) and not _names_a_project(page, o)
                    ]
                out.setdefault(k, []).extend(orgs)
    if role == "funding":
        _backers(page, scopes, out)
        for k, scope in enumerate(scopes):
            for s0, s1 in scope.sentences:
                if page.text.find("funded", s0, s1) < 0:
                    continue  # what the pattern ends with
                for m in _FUNDED.finditer(page.text, s0, s1):
                    if m.group(1).casefold() in _FUNDED_HOW:
                        continue  # "Joint-funded by the UK Home Office and …": how, not who
                    after = [mm for mm in scope.mentions if m.end() <= mm[0] <= m.end() + 40]
                    if after or not any(
                        mm[0] >= m.end() for sc in scopes for mm in sc.mentions if s0 <= mm[0] < s1
                    ):
                        out.setdefault(k, []).append((m.start(1), m.end(1)))
        _participle_givers(page, scopes, out)
    return out


def _participle_givers(
    page: Page, scopes: list[Scope], out: dict[int, list[tuple[int, int]]]
) -> None:
    """Givers written as an adjective before a singular initiative word that opens the
    sentence's subject: "The European Union (EU) supported project aims …" (after an article;
    "The EU supported projects in Nepal" is a verb), or that the initiative's name follows
    anywhere ("… arranged within the European Union funded project “Helping Belarus …”")."""
    for k, scope in enumerate(scopes):
        for s0, s1 in scope.sentences:
            for m in _PARTICIPLE.finditer(page.folded, s0, s1):
                word = page.lex.initiative_words.get(m.group(1))
                if word is None or word[1]:
                    continue
                giver = giver_before(page, s0, m.start())
                if giver is None or is_iom(page, giver.start, giver.end):
                    continue
                named = any(m.end() <= mm[0] <= m.end() + _NAME_GAP for mm in scope.mentions)
                lead = page.folded[after_dateline(page, s0) : giver.start].split()
                if not named and (len(lead) != 1 or lead[0] not in page.lex.tokens["definite"]):
                    continue  # the word names its initiative right after it, or stands for it
                # the initiative word stands for this scope's initiative: no name follows in
                # the sentence, or this one's follows it closely ("… supported project X")
                names = [mm[0] for sc in scopes for mm in sc.mentions if m.end() <= mm[0] < s1]
                if not names or any(m.end() <= mm[0] <= m.end() + 40 for mm in scope.mentions):
                    out.setdefault(k, []).append((giver.start, giver.end))


_NAME_GAP = 3
"""Characters between an initiative word and the name it opens, a quotation mark and a space
("… within the European Union funded project “Helping Belarus …”")."""
_PARTICIPLE = re.compile(rf"(?<=[\w)]) {grammar.alt('giver_participle')} (\w+)")
"""A giver's participle after a name ("(EU) supported"), then the word after it (folded)."""


def _named_after_giver(
    page: Page, scopes: list[Scope], lead: str, pos: int, s1: int
) -> tuple[int, int] | None:
    """(scope index, comma) when ``lead``, the words before a funding cue, ends with a singular
    initiative word and the clause from ``pos`` ends at a comma that the initiative's name
    follows right after ("Dans le contexte du projet financé par l'Union européenne, « Réponse
    aux besoins des migrants », l'OIM …", "under the project funded by the EU, “Response to
    …”"); None otherwise."""
    words = pfold(lead).split()
    if not words or (word := page.lex.initiative_words.get(words[-1])) is None or word[1]:
        return None
    comma = page.text.find(",", pos, s1)
    if comma < 0:
        return None
    after = [
        (m[0], j)
        for j, sc in enumerate(scopes)
        for m in sc.mentions
        if comma < m[0] <= comma + _APPOSITION_GAP
    ]
    return (min(after)[1], comma) if after else None


_APPOSITION_GAP = 4
"""Characters between a comma and the name after it: a space, a quotation mark and a space
(", « Réponse …")."""


def _launched_after(page: Page, scopes: list[Scope], pos: int, s1: int) -> tuple[int, int] | None:
    """(scope index, comma) when the clause from ``pos`` ends at a comma that a verb of
    launching or of carrying out follows, and the initiative it launched right after it
    ("…, with support from the EU, today (06/12) launched the Return and Reintegration
    Platform", "…, con el apoyo de la UE, lanzó el Proyecto …", "…, avec l'appui de l'UE,
    mettent en œuvre depuis 2017 l'Initiative …"); None otherwise."""
    comma = page.text.find(",", pos, s1)
    if comma < 0:
        return None
    reach = min(s1, comma + _LAUNCH_GAP)
    verbs = [h for h in page.hits.within("event", comma, reach) if h.value == "launch:verb"]
    verbs += page.hits.within("cue:carry_out", comma, reach)  # "…, continues to implement the X"
    verbs.sort(key=lambda h: h.start)
    if not verbs:
        return None
    after = [
        (m[0], j)
        for j, sc in enumerate(scopes)
        for m in sc.mentions
        if verbs[0].end <= m[0] <= verbs[0].end + _LAUNCHED_GAP
    ]
    return (min(after)[1], comma) if after else None


_LAUNCH_GAP = 30
"""Characters between a funding clause's comma and the verb of launching ("today (06/12)")."""
_LAUNCHED_GAP = 20
"""Characters between the verb and the name it launched or carries out ("the", "el", "le", a
year between: "depuis 2017 l'")."""


def _anaphor_owner(
    page: Page, scopes: list[Scope], sentence: tuple[int, int], lead: str
) -> int | None:
    """Index of the scope that a subject "the project" / "ce projet" / "el programa" stands for
    when ``lead``, the words before a cue, is that subject ("The project, funded by …", "The
    programme is financed by …"): the one scope that reads the sentence without being named
    in it (a name later in it is an object: "… is a continuation of the TRQN programme")."""
    if not _anaphor_subject(page, lead):
        return None
    s0, s1 = sentence
    owners = [
        j
        for j, sc in enumerate(scopes)
        if (sentence in sc.sentences or sentence in sc.funding_sentences)
        and not any(s0 <= m[0] < s1 for m in sc.mentions)
    ]
    return owners[0] if len(owners) == 1 else None


def _anaphor_subject(page: Page, lead: str) -> bool:
    """True when ``lead`` is a definite singular initiative word and at most a passive or
    auxiliary verb: "The project,", "This programme is", "Le projet a été"."""
    words = pfold(lead).replace(",", " ").split()
    return (
        2 <= len(words) <= 4
        and the_initiative_word(page, words[0], words[1])
        and all(w in _VERB_WORDS or w in page.lex.tokens["passive"] for w in words[2:])
    )


_VERB_WORDS = grammar.words("auxiliary", "copula")


def _backers(page: Page, scopes: list[Scope], out: dict[int, list[tuple[int, int]]]) -> None:
    """Givers named before a giving verb whose object is an initiative: "the US Government will
    provide financial support to the project titled X", "Japan funds the X project", "l'Union
    européenne finance le projet X" (only words of backing, articles and "to" between the verb
    and the name)."""
    for k, scope in enumerate(scopes):
        for s0, s1 in scope.sentences:
            for hit in page.hits.within("cue:give", s0, s1):
                after = [m for m in scope.mentions if hit.end <= m[0] < s1]
                if not after or not _backing_gap(page, hit.start, hit.end, after[0][0]):
                    continue
                giver = giver_before(page, s0, hit.start)
                if giver is not None and not is_iom(page, giver.start, giver.end):
                    out.setdefault(k, []).append((giver.start, giver.end))


def _backing_gap(page: Page, verb: int, a: int, b: int) -> bool:
    """True when a giving verb from ``verb`` to ``a`` gives money to the initiative named at
    ``b``: only words of backing, articles, "to" and naming words, or an initiative word, stand
    between ("financial support to the project titled", "un appui financier au projet"), and
    the verb or those words speak of money ("funds the", "provide financial support to"; not
    "has approved the", "will provide support to")."""
    toks = tokenize(page, a, b)
    lows = {t.low for t in toks}
    return (
        len(toks) <= _BACKING_WORDS
        and all(low in _BACKING or low in page.lex.initiative_words for low in lows)
        and bool((lows | {t.low for t in tokenize(page, verb, a)}) & _MONEY)
    )


_MONEY = grammar.words("backing")
_BACKING = _MONEY | grammar.words("support_noun", "to", "article", "naming")
_BACKING_WORDS = 6


def _channel_at(page: Page, scopes: list[Scope], pos: int, s1: int) -> tuple[int, int] | None:
    """(Offset of the channel word, index of the scope) when the first channel word after
    ``pos`` in the sentence ("under", "dans le cadre de", "en el marco de") leads to the
    mention of an initiative ("under the X", "under the project called X")."""
    for via in page.hits.within("cue:via", pos, s1):
        after = sorted(
            (m[0], j) for j, sc in enumerate(scopes) for m in sc.mentions if via.end <= m[0] < s1
        )
        if after:
            gap = page.text[via.end : after[0][0]].strip(" \"“«'")
            # "under the project (called) X": an article and a word, and perhaps the word
            # that introduces the name
            called = page.hits.within("cue:entitled", via.end, after[0][0])
            if gap.count(" ") <= 1 + len(called[:1]):
                return via.start, after[0][1]
        return None
    return None


def _givers_after(page: Page, channel: Scope, pos: int, s1: int) -> list[tuple[int, int]]:
    """Organisations that "as well as by / ainsi que par / así como por" adds after the mention
    of the channel initiative that follows ``pos`` in the sentence."""
    end = min((b for a, b in channel.mentions if pos <= a < s1), default=None)
    if end is None:
        return []
    toks = tokenize(page, end, s1)
    more = more_givers(toks, 0)
    return [] if more is None else capture_orgs(page, toks, more)


def _names_a_project(page: Page, org: tuple[int, int]) -> bool:
    """True when an initiative word follows the name: "with the support of the ILO-EU project"
    is help from a project, not money from a donor."""
    words = page.folded[org[1] : org[1] + 30].split()
    return bool(words) and words[0] in page.lex.initiative_words


def is_iom(page: Page, a: int, b: int) -> bool:
    """True for IOM itself: "with support from IOM" is the agency's help, not a donor's money
    (the IOM Development Fund is another name)."""
    return any(oid == "iom" and oa <= a and b <= ob + 6 for oid, oa, ob in page.organizations())


_ORIGIN_GAP = re.compile(r"[\s,]*(?:\w+[\s,]+){0,3}?$")
_LIST_JOIN = re.compile(rf"\s*{joined('and', 'or')}\s*{lead('article', 'of')}?", re.IGNORECASE)


def origins(page: Page, s0: int, s1: int) -> set[int]:
    """Start offsets of the countries that people returned FROM in ``[s0, s1)``.

    A country after a "from" word that follows a return word ("returning from Poland",
    "de retour d'Allemagne, de Suisse et de Belgique", "retornadas desde Estados Unidos, México
    y España") and the countries listed after it. Only a return programme works there: a
    reintegration project works where people came back to.
    """
    out: set[int] = set()
    if not page.hits.within("cue:return", s0, s1):
        return out
    places = page.countries_in(s0, s1)
    ends = {a: b for _, a, b in places}
    for _, a, _ in places:
        if a in out:
            continue
        if not _from_word_before(page, s0, a):
            if _after_listed_regions(page, s0, a):
                out.add(a)  # "returning from the Gulf countries, Malaysia and Singapore"
            continue
        if not any(
            _ORIGIN_GAP.fullmatch(page.folded, hit.end, _from_start(page, s0, a))
            or _after_return_list(page, places, hit.end, _from_start(page, s0, a))
            for hit in page.hits.within("cue:return", max(s0, a - 90), a)
        ):
            continue
        out.update(_and_listed(_LIST_JOIN, page.text, a, s1, ends))
    return out


_REGION = (
    rf"{lead('article')}?[A-ZÀ-Ý][\w'’-]*"
    rf"(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|{alt('region_noun', 'of', 'article')}))*"
)
_AND = joined("and")
_LISTED_REGIONS = re.compile(
    rf"\s*(?i:{alt('from')})\s*{_REGION}(?:\s*{_AND}\s*{_REGION})*\s*{_AND}\s*"
    rf"{lead('article', 'of')}?"
)
"""After a return word: "from" and a list of places, some of them no country ("from the Gulf
Cooperation Council countries, Malaysia and", "from Europe and")."""


_TO_PLACE = re.compile(rf"\s*{alt('to', 'at')}\s+{lead('article')}?", re.IGNORECASE)


def _after_return_list(
    page: Page, places: list[tuple[str, int, int]], end: int, from_at: int
) -> bool:
    """True when only the countries people returned to stand between a return word and a
    "from" word: "returning to Senegal and The Gambia from Libya"."""
    starts = {a: b for _, a, b in places}
    m = _TO_PLACE.match(page.text, end, from_at)
    a = m.end() if m else None
    while a in starts:
        if not page.text[starts[a] : from_at].strip():
            return True
        a = _listed_next(_PLACE_JOIN, page.text, starts[a], from_at, starts)
    return False


def _after_listed_regions(page: Page, s0: int, a: int) -> bool:
    """True when the country at ``a`` goes on a list of places after "returning from"."""
    return any(
        _LISTED_REGIONS.fullmatch(page.text, hit.end, a)
        for hit in page.hits.within("cue:return", max(s0, a - 120), a)
    )


def residences(page: Page, s0: int, s1: int) -> set[int]:
    """Start offsets of the countries people live in or come from, after "residing in /
    résidant en / residentes en", "coming from / en provenance de / provenientes de" or "the
    diaspora (organisations) in", or elsewhere ("the borders with Guinea and Liberia",
    "attempts to reach Italy or Greece"), and listed after it: a diaspora's or the migrants'
    origins, neighbours, destinations, not where the initiative works."""
    out: set[int] = set()
    ends = {a: b for _, a, b in page.countries_in(s0, s1)}
    starts = [
        h.end
        for h in page.hits.within("cue:residing", s0, s1)
        + page.hits.within("cue:coming_from", s0, s1)
        + page.hits.within("cue:elsewhere", s0, s1)
    ]
    for hit in page.hits.within("cue:diaspora", s0, s1):
        at = _DIASPORA_AT.match(page.text, hit.end, s1)  # "diaspora organisations in"
        if at:
            starts.append(at.end())
    for end in starts:
        m = _ARTICLE.match(page.text, end, s1)
        a = m.end() if m else end
        if a in ends:
            out.update(_and_listed(_PLACE_JOIN, page.text, a, s1, ends))
    return out


_ARTICLE = re.compile(rf"\s*{lead('article')}?", re.IGNORECASE)
_DIASPORA_AT = re.compile(rf"(?:\s+[^\W\d_]+){{0,2}}?\s+{alt('at')}\b", re.IGNORECASE)
"""After a diaspora word, up to two words and the preposition before where it lives."""
_ARTICLE_END = re.compile(rf"{lead('article')}$", re.IGNORECASE)


def _and_listed(
    join: re.Pattern[str], text: str, a: int, s1: int, ends: dict[int, int]
) -> list[int]:
    """Starts of the place starting at ``a`` and of the places listed after it before ``s1``
    ("from Libya, Niger and Mali"; ``join`` reads what stands between two)."""
    found = [a]
    while (following := _listed_next(join, text, ends[found[-1]], s1, ends)) is not None:
        found.append(following)
    return found


def _listed_next(
    join: re.Pattern[str], text: str, end: int, s1: int, starts: dict[int, int]
) -> int | None:
    """Start of the next place of a list after the place ending at ``end`` (``join`` reads
    what stands between), or None. A place named with its article ("the Netherlands")
    starts at the article, which ``join`` may have read."""
    m = join.match(text, end, s1)
    if m is None:
        return None
    if m.end() in starts:
        return m.end()
    article = _ARTICLE_END.search(text, end, m.end())
    return article.start() if article is not None and article.start() in starts else None


_PLACE_JOIN = re.compile(
    rf"\s*{joined('and', 'or')}\s*{lead('from')}?{lead('at', 'article')}?", re.IGNORECASE
)
"""Between two places of one list: "in France and Canada", "en France et au Canada", "du
Venezuela et de la Colombie"."""


def _from_start(page: Page, s0: int, a: int) -> int:
    """Start of the "from" word (and article) written before the country at ``a``."""
    m = _FROM_BEFORE.search(page.folded, max(s0, a - 20), a)
    return m.start() if m else a


_FROM_BEFORE = re.compile(rf"(?<!\w){alt('from')}\s*(?:{alt('article')}\s*)?$")


def _guests(page: Page, s0: int, s1: int) -> set[int]:
    """Start offsets of the countries the people at an event came from ("a final conference
    in Tallinn, which brought together … partner organizations from Latvia and Finland"),
    and those listed after them: where guests live, not where the initiative works."""
    if not page.hits.within("event", s0, s1) or page.hits.within("cue:return", s0, s1):
        return set()
    places = page.countries_in(s0, s1)
    ends = {a: b for _, a, b in places}
    out: set[int] = set()
    for _, a, _ in places:
        if a in out or not _GUEST_FROM.search(page.folded, max(s0, a - 20), a):
            continue
        out.update(_and_listed(_PLACE_JOIN, page.text, a, s1, ends))
    return out


_GUEST_FROM = re.compile(rf"(?<!\w){alt('from', unless=('of',))}\s*(?:{alt('article')}\s*)?$")
"""A "from" word that is not also "of" ("from", "depuis", "desde"; not "de", which also
opens "la Ciudad de Guatemala"), then an article, right before a country."""


def _returns_since(page: Page, hit: Hit, s0: int, s1: int) -> bool:
    """True when a "since" dates the returns its sentence counts, not the initiative: "Since
    January 2022, 4,870 migrants have returned …", but not "Since its launch in March 2022,
    CORE has supported the return of …"."""
    words = page.folded[hit.end : min(s1, hit.end + 20)].split()[:2]
    if _POSSESSIVE.intersection(words):
        return False
    if _since_its_beginning(page, hit.end, s1):
        return False  # "Since the start of the project in 2020, 1,325 migrants …"
    if _after_named_relative(page, s0, hit.start):
        return False  # "del programa Retorno Digno, que desde 2019 ha apoyado el retorno de …"
    return bool(find_returns(page, [(s0, s1)]))


_NAMED_RELATIVE = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]*|[)»”\"])\s*,\s*(\w+)\s*$")
"""A capitalised word (or a closing bracket or quote), a comma and one word, right before a
"since"."""
_RELATIVE = grammar.words("relative")


def _after_named_relative(page: Page, s0: int, pos: int) -> bool:
    """True when a relative pronoun after a name and its comma stands right before ``pos``:
    "the programme Retorno Digno, which since 2019 has helped 3,412 people return": the since
    is the named initiative's own, not only its returns'."""
    m = _NAMED_RELATIVE.search(page.text, max(s0, pos - 60), pos)
    return m is not None and m.group(1).lower() in _RELATIVE


_POSSESSIVE = grammar.words("possessive")


def _beginning_of(page: Page, pos: int, s1: int) -> list[Tok]:
    """The tokens after "the start of" / "le lancement du" right after ``pos`` (a word of
    beginning, then "of" first among them), or [] when none follows."""
    begins = [
        h for h in page.hits.within("cue:beginning_noun", pos, s1) if h.start - pos <= _BEGIN_GAP
    ]
    toks = tokenize(page, begins[0].end, s1)[:_OF_THE_WORD] if begins else []
    return toks if toks and toks[0].low in _OF else []


def _since_its_beginning(page: Page, pos: int, s1: int) -> bool:
    """True when a "since" ending at ``pos`` opens "the start of the project" ("depuis le
    lancement du programme"): the initiative's own beginning, not the start of a phase."""
    return any(
        (w := page.lex.initiative_words.get(t.low)) is not None and not w[1]
        for t in _beginning_of(page, pos, s1)[1:]
    )


_DATE_REACH = 80
"""Characters after a start or "since" cue in which its date is written."""
_NAMED_REACH = 160
"""The same after "since the launch of", which a name may follow before its date."""
_BEGIN_GAP = 6
"""Characters between "since" and the word of beginning (an article)."""
_OF_THE_WORD = 4
"""Tokens after a word of beginning: "of", an article, an adjective or not, the word."""


def _from_word_before(page: Page, s0: int, a: int) -> bool:
    """True when a "from" word (from, de, d', depuis, desde ...) stands right before ``a``."""
    return _FROM_BEFORE.search(page.folded, max(s0, a - 20), a) is not None


def _dates_after(page: Page, pos: int, end: int) -> list[tuple[str, int, int]]:
    """Dates written with a year in ``[pos, end)``, offsets into the page."""
    return page.dates(pos, end)


def dates_for(
    page: Page, s0: int, s1: int
) -> tuple[Spanned[str] | None, Spanned[str] | None, bool]:
    """(start, end, completed) that one sentence states for the initiative it speaks of."""
    start: Spanned[str] | None = None
    end: Spanned[str] | None = None
    completed = False
    period = page.period(s0, s1)
    cue_hits = {r: page.hits.within(f"cue:{r}", s0, s1) for r in ("start", "since", "completed")}
    if (
        period
        and (period[0] or period[1])
        and (
            page.hits.within("cue:implementation", s0, s1)
            or _word_bracket(page, s0, period[2])
            or (
                period[0]
                and period[1]
                and (
                    opened_by_initiative(page, s0, s1)
                    or _period_of_the_initiative(page, s0, s1, period)
                )
            )
        )
        and not _events_period(page, s0, period[2])
        and not _a_funds_period(page, s0, period[2])
    ):
        a, b = period[2], period[3]
        start = Spanned(period[0], a, b) if period[0] else None
        end = Spanned(period[1], a, b) if period[1] else None
        if start is not None and len(start.value) == _YEAR_ONLY:
            start = _finer_start(page, cue_hits["start"], s1, start)
        return start, end, False
    for role in ("start", "since"):
        for hit in cue_hits[role]:
            if role == "since" and _returns_since(page, hit, s0, s1):
                continue  # "Since January 2022, 4,870 migrants have returned": not the start
            if role == "since" and page.hits.within(
                "cue:first_time", max(s0, hit.start - 25), hit.start
            ):
                continue  # "For the first time since independence in 1957, …": not the start
            # "since the launch of the Regional … Programme for West Africa (RRSP-WA) in 2021":
            # past the name the beginning is of
            reach = _NAMED_REACH if _beginning_of(page, hit.end, s1) else _DATE_REACH
            got = _dates_after(page, hit.end, min(s1, hit.end + reach))
            got = [
                g
                for g in got
                if not page.hits.within("cue:until", hit.end, g[1])
                and not _BRACKET_OR_COLON.search(page.text, hit.end, g[1])
            ]  # "desde Chile (Finalizado: marzo de 2017)": the date is not the start's
            if not got and role == "start":
                got = _dates_after(page, s0, hit.start)
            if got and start is None:
                start = Spanned(got[0][0], got[0][1], got[0][2])
    for hit in cue_hits["completed"]:
        got = _dates_after(page, hit.end, min(s1, hit.end + 60))
        if got:
            end, completed = Spanned(got[0][0], got[0][1], got[0][2]), True
    if end is None:  # "will run until December 2025": an end, not yet a completion
        for hit in page.hits.within("cue:run_until", s0, s1):
            got = _dates_after(page, hit.end, min(s1, hit.end + 30))
            if got:
                end = Spanned(got[0][0], got[0][1], got[0][2])
                break
    return start, end, completed


_YEAR_ONLY = len("2017")


def _finer_start(page: Page, hits: list[Hit], s1: int, start: Spanned[str]) -> Spanned[str]:
    """The start a start word gives in the year of a period's ``start``, when it names the
    month: "Le projet débuté en juin 2017 … de 2017 à 2020" started in June 2017."""
    for hit in hits:
        got = _dates_after(page, hit.end, min(s1, hit.end + _DATE_REACH))
        if got and len(got[0][0]) > _YEAR_ONLY and got[0][0].startswith(start.value):
            return Spanned(got[0][0], got[0][1], got[0][2])
    return start


def opened_by_initiative(page: Page, s0: int, s1: int) -> bool:
    """True when the sentence opens with an article and a singular initiative word: "Este
    proyecto, financiado por …, acompañó entre marzo de 2021 y agosto de 2022 a …", whose
    period is the initiative's."""
    toks = [t for t in tokenize(page, after_dateline(page, s0), s1)[:2] if t.word]
    if len(toks) < 2 or toks[0].low not in page.lex.tokens["article"]:
        return False
    word = page.lex.initiative_words.get(toks[1].low)
    return word is not None and not word[1]


def _period_of_the_initiative(
    page: Page, s0: int, s1: int, period: tuple[str | None, str | None, int, int]
) -> bool:
    """True when the period opening the sentence is followed by a comma, an article and a
    singular initiative word, and the sentence counts no returns: "From January 2021 to
    December 2023, the project supported …" ("Entre 2014 y 2016, el programa facilitó el
    retorno voluntario de 486 ecuatorianos" dates the returns it counts)."""
    if len(page.text[after_dateline(page, s0) : period[2]].split()) > 1:
        return False  # more than the period's own first word before it: it opens nothing
    m = _COMMA_AFTER.match(page.text, period[3])
    return (
        m is not None
        and opened_by_initiative(page, m.end(), s1)
        and not find_returns(page, [(s0, s1)])
    )


_COMMA_AFTER = re.compile(r"\s*,\s*")


def _a_funds_period(page: Page, s0: int, pos: int) -> bool:
    """True when the period at ``pos`` is written right after a fund's name, its acronym in
    brackets or not: the fund's own years ("under the Asylum, Migration and Integration Fund
    (AMIF) 2014-2020"), not the initiative's."""
    m = _LAST_WORD.search(page.folded, max(s0, pos - _FUND_REACH), pos)
    if m is None:
        return False
    found = page.lex.initiative_words.get(m.group(1))
    return found is not None and found[0] == "fund"


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*(?:\([^()]{2,16}\)\s*)?$")
"""The last word before a position, a bracketed acronym after it left aside."""
_FUND_REACH = 30


def _events_period(page: Page, s0: int, pos: int) -> bool:
    """True when the period at ``pos`` is an event's: an event word stands before it in the
    sentence with no initiative word between ("The Regional Reintegration Dialogue, which ran
    from 11 to 14 November 2024, was organized under the … programme")."""
    events = page.hits.within("event", s0, pos)
    return bool(events) and not page.hits.marked("initiative_word", events[-1].end, pos)


_WORD_BRACKET = re.compile(r"(\w+)(?:\s+\w+)?(?:\s+\w+\s+\d+\s+\w+)?\s*\(\s*$")


def _word_bracket(page: Page, s0: int, pos: int) -> bool:
    """True when a period at ``pos`` stands in brackets after an initiative word (and one more
    word, and perhaps its length): "esta iniciativa piloto (2022-2023)", "the project
    (2019-2021)", "ce projet de 18 mois (février 2015 à juillet 2016)"."""
    m = _WORD_BRACKET.search(page.folded, max(s0, pos - 40), pos)
    return m is not None and any(
        w in page.lex.initiative_words for w in m.group(0).rstrip("( ").split()
    )  # "the project (January 2021 – June 2023)", "esta iniciativa piloto (2022-2023)"


_APPOSED_STATUS = re.compile(r"\s*,\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*,")


def status_near(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """A status set off by commas right after an initiative word: "Le projet, en cours,
    soutient …", "The programme, completed in 2019, …" reads only the bare word ("ongoing");
    or active, in a sentence that tells the initiative is being carried out now ("is being
    implemented", "actualmente en curso")."""
    if not page.hits.marked("initiative_word", s0, s1):
        return None
    toks = tokenize(page, s0, s1)
    if done := _completed_alone(page, toks, s0, s1):
        return done
    ongoing = page.hits.within("cue:ongoing", s0, s1)
    if ongoing and not page.future(s0, s1):
        # "… the ASC Programme, which are currently being implemented by IOM", "un proyecto
        # actualmente en curso": carried out now
        return Spanned("active", ongoing[0].start, ongoing[0].end)
    for k, tok in enumerate(toks):
        word = page.lex.initiative_words.get(tok.low)
        if word is None or word[1]:
            continue
        before = toks[k - 1] if k else None
        if (
            before is not None
            and before.text.islower()
            and k >= 2
            and toks[k - 2].low in page.lex.tokens["definite"]
            and (status := lookup("status", before.text, page.lang))
        ):
            return Spanned(status, before.start, before.end)  # "This ongoing project assists …"
        m = _APPOSED_STATUS.match(page.text, tok.end, s1)
        status = lookup("status", m.group(1), page.lang) if m else None
        if m and status:
            return Spanned(status, m.start(1), m.end(1))
    return None


def _completed_alone(page: Page, toks: list[Tok], s0: int, s1: int) -> Spanned[str] | None:
    """A sentence that says no more than that its initiative ended: "The project has been
    completed.", "Le projet est achevé.", "El proyecto ha finalizado."."""
    if len(toks) < 3 or not the_initiative_word(page, toks[0].low, toks[1].low):
        return None
    if page.future(s0, s1):
        return None
    for hit in page.hits.within("cue:completed", toks[2].start, s1):
        if (page.text[hit.end : s1].strip(_CLOSING) and not _ended_with(page, hit.end, s1)) or any(
            t.low not in _AUXILIARY and t.low not in page.lex.tokens["passive"]
            for t in toks[2:]
            if t.end <= hit.start
        ):
            continue
        return Spanned("completed", hit.start, hit.end)
    return None


def _ended_with(page: Page, pos: int, s1: int) -> bool:
    """True when what follows a verb of ending at ``pos`` is the event that ended the
    initiative: "El proyecto concluyó con un taller de cierre …", "The project ended with a
    final conference in …"."""
    m = _ENDED_WITH.match(page.text, pos, s1)
    return m is not None and any(
        h.start - m.end() <= _EVENT_AFTER for h in page.hits.within("event", m.end(), s1)
    )


_ENDED_WITH = re.compile(
    rf"\s+{alt('ended_with')}\s+{alt('article', 'indefinite')}\b\s*", re.IGNORECASE
)
_EVENT_AFTER = 12
"""Characters between the article and the event word (an adjective: "a final workshop")."""
_AUXILIARY = grammar.words("auxiliary")
_CLOSING = " .;!"


def coverage_near(page: Page, s0: int, s1: int, itype: str) -> Spanned[str] | None:
    """Coverage from an adjective before an initiative word ("a regional project")."""
    if not page.hits.marked("initiative_word", s0, s1):
        return None
    toks = tokenize(page, s0, s1)
    for k in range(1, len(toks)):
        word = page.lex.initiative_words.get(toks[k].low)
        if word and word[0] == itype:
            for j in (k - 1, k + 1):
                if 0 <= j < len(toks) and toks[j].text.islower():
                    value = lookup("coverage", toks[j].text, page.lang)
                    if value:
                        return Spanned(value, toks[j].start, toks[j].end)
    return None


_DATE_LEAD = re.compile(rf"(?:\s+{alt('from', 'at', 'since')})*\s*$", re.IGNORECASE)


def _before_date(page: Page, a: int, b: int) -> int:
    """The end of a name read up to a date after it ("mis en œuvre par l'OIM France de
    janvier 2012 à …"): a name holds no date."""
    dates = page.dates(a, b)
    if not dates or dates[0][1] <= a:
        return b
    m = _DATE_LEAD.search(page.text, a, dates[0][1])
    return m.start() if m else dates[0][1]


def _distinct(page: Page, spans: list[tuple[int, int]]) -> list[Spanned[str]]:
    """Organisation names, each once ("European Union" after "European Union (EU)" is dropped)."""
    out: list[Spanned[str]] = []
    for a, read_to in spans:
        b = _before_date(page, a, read_to)
        name = clean_title(page.text[a:b])
        if name and not any(fuzz.token_set_ratio(fold(name), fold(o.value)) >= 80 for o in out):
            out.append(Spanned(name, a, b))
    return out


def build(
    page: Page,
    scopes: list[Scope],
    exclude: list[tuple[int, int]] | None = None,
    since: dict[tuple[int, int], Spanned[str]] | None = None,
) -> list[InitiativeDraft]:
    """Initiative drafts with the fields their sentences state."""
    funders = attach(page, scopes, "funding")
    implementers = attach(page, scopes, "implemented")
    # a donor's country is not where an initiative works ("financé par la Confédération
    # suisse", "the German Federal Ministry for …"), whichever initiative it funds
    donors = [span for spans in funders.values() for span in spans]
    donors += [(a, b) for _, a, b in page.organizations()]
    # "1,1 millones de dólares canadienses": a currency's nationality is no country either
    money = [(h.start, h.end) for h in page.hits.within("currency", 0, len(page.text))]
    donors += embassy_countries(page) + body_nationalities(page)
    drafts: list[InitiativeDraft] = []
    for k, scope in enumerate(scopes):
        named = scope.named
        draft = InitiativeDraft(
            title=Spanned(named.title, named.start, named.end), initiative_type=named.itype
        )
        draft.generic = generic_name(page, named.title)
        taken = funders.get(k, [])
        draft.funders = _distinct(page, taken)
        draft.implementers = _distinct(page, implementers.get(k, []))
        blocked = taken + donors + money + (exclude or []) + _repeated(page, taken)
        seen: set[str] = set()
        returns_people = returns_people_named(page, named)
        own = (named.start, named.end)
        for s0, s1 in scope.sentences:
            left = set() if returns_people else origins(page, s0, s1)
            if left and _returned_by(page, scope, s0, s1):
                left = set()  # it returned people from there: "the project has assisted N ..."
            left |= residences(page, s0, s1) | _guests(page, s0, s1)
            if named.itype == "dialogue":
                left = set()  # "officials from China, Japan, Mongolia and … met for the … Dialogue"
            for code, a, b in page.countries_in(s0, s1):
                if a in left:
                    continue  # where returnees came from is not where reintegration happens
                if code not in seen and not any(x <= a < y for x, y in blocked):
                    seen.add(code)
                    draft.countries.append(Spanned(code, a, b))
            start, end, completed = dates_for(page, s0, s1)
            if start and any(a <= start.start < b for a, b in [*scope.mentions, own]):
                start = None  # "has adopted its Migration Strategy 2021-2030": the name's years
            dated = start or end
            if dated and _after_other_name(page, scopes, k, dated.start):
                start = end = None  # "They build on the ECOWAS Child Policy (2019-2030) and …"
            start = start or (since or {}).get((s0, s1))
            if start and end and start.start == end.start and draft.end is None:
                draft.start = start  # a stated period ("will run from December 2024 to November
                # 2028") dates the initiative better than the day it was launched
            draft.start = draft.start or start
            draft.end = draft.end or end
            if completed and draft.status is None and end is not None:
                draft.status = Spanned("completed", end.start, end.end)
            draft.coverage = draft.coverage or coverage_near(page, s0, s1, named.itype)
            draft.status = draft.status or status_near(page, s0, s1)
        if draft.start is None and draft.end is None:
            draft.start, draft.end = _named_period(page, named)
        if not draft.countries and (town := page.city_in(named.start, named.end)):
            # "Projet d'appui à la réintégration communautaire à Agadez (PARCA)": where it works
            draft.countries.append(Spanned(town[1], town[2], town[3]))
        prose_budget(page, scope.sentences, draft)
        drafts.append(draft)
    return drafts


_BUDGET_GAP = 40
"""Characters between a budget word and the amount it introduces, at most."""


def prose_budget(page: Page, sentences: list[tuple[int, int]], draft: InitiativeDraft) -> None:
    """The budget a sentence states: "D'un montant total de 2,7 millions d'euros, ce
    programme …", "with a total budget of USD 1.2 million", "The USD 4.2 million project",
    "un projet de 3 millions d'euros"."""
    for s0, s1 in sentences:
        if (
            page.hits.marked("initiative_word", s0, s1)
            and page.hits.within("currency", s0, s1)
            and not _heading(page, s0)
        ):
            for value, currency, a, b in find_amounts(page.text[s0:s1], page.lang):
                if _costs_the_initiative(page, s0, s1, s0 + a, s0 + b):
                    span = (s0 + a, s0 + b)
                    draft.budget_amount = Spanned(value, *span)
                    draft.budget_currency = Spanned(currency, *span)
                    return
        for hit in page.hits.within("cue:budget", s0, s1):
            if given_amount(page, s0, hit):
                continue  # "con el apoyo de la UE por un monto de 850.000 euros": a gift
            for value, currency, a, b in find_amounts(page.text[hit.end : s1], page.lang):
                if a <= _BUDGET_GAP:
                    span = (hit.end + a, hit.end + b)
                    draft.budget_amount = Spanned(value, *span)
                    draft.budget_currency = Spanned(currency, *span)
                    return


def _costs_the_initiative(page: Page, s0: int, s1: int, a: int, b: int) -> bool:
    """True when the amount at ``[a, b)`` says what an initiative costs, written next to its
    initiative word: before it ("The USD 4.2 million project") or after it and "of" ("un
    projet de 3 millions d'euros", "un proyecto de 2 millones de dólares")."""
    words = page.lex.initiative_words
    after = _WORD_AFTER.match(page.folded, b, s1)
    if after and (word := words.get(after.group(1))) and not word[1]:
        return True
    before = _WORDS_BEFORE.search(page.folded, max(s0, a - 30), a)
    return (
        before is not None
        and before.group(2) in _OF
        and (word := words.get(before.group(1))) is not None
        and not word[1]
    )


def _heading(page: Page, s0: int) -> bool:
    """True when a heading starts at ``s0``: a headline's "un projet de 2,8 millions d'euros"
    sums up what the text tells, often a donor's gift rather than the project's cost."""
    return any(line.start == s0 and line.role == "heading" for line in page.lines)


_OF = grammar.words("of")
_WORD_AFTER = re.compile(r"[ -]?(\w+)")
_WORDS_BEFORE = re.compile(r"(\w+) (\w+'?) ?$")


_EMBASSY_OF = re.compile(rf"\s*{alt('of')}?\s*(?:{alt('article')}\s*)?", re.IGNORECASE)


def embassy_countries(page: Page) -> list[tuple[int, int]]:
    """Spans of the countries whose embassy or consulate the page names ("the Embassy of the
    Kingdom of the Netherlands", "l'ambassade suisse", "the Swiss Embassy"): a foreign body's
    country is where the money comes from, not where an initiative works."""
    found: list[tuple[int, int]] = []
    for hit in page.hits.within("cue:embassy", 0, len(page.text)):
        for _, a, b in page.countries_in(hit.end, min(len(page.text), hit.end + 50)):
            if _EMBASSY_OF.fullmatch(page.text, hit.end, a):
                found.append((a, b))  # "Embassy of Japan", "ambassade suisse"
            break
        for _, a, b in page.countries_in(max(0, hit.start - 30), hit.start)[-1:]:
            if not page.text[b : hit.start].strip():
                found.append((a, b))  # "the Swiss Embassy"
    return found


def generic_name(page: Page, title: str) -> bool:
    """True when ``title`` names a kind of initiative that many places have, not one: a known
    programme ("Programa de Retorno Voluntario Asistido (RVA)") or a national one ("National
    Labour Migration Policy", "Stratégie nationale de réintégration")."""
    return _generic(page.lang, title)


@lru_cache(maxsize=4096)
def _generic(lang: str | None, title: str) -> bool:
    """:func:`generic_name` for a page language (titles recur across pages: cached)."""
    lex = lexicon(lang)
    folded = key(title)
    if content_words(lex, folded) in lex.programme_keys:
        return True
    return any(w in lex.tokens["national"] for w in folded.split()[:3])


def _repeated(page: Page, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every other place on the page where the names of ``spans`` are written again ("funded
    by the Government of Sweden" … "supported by the Government of Sweden with SEK 45
    million"): a funder's country is no country of the initiative, wherever it is named."""
    found: list[tuple[int, int]] = []
    names = {page.text[a:b] for a, b in spans if page.countries_in(a, b)}  # names with a country
    for name in sorted(names):
        at = page.text.find(name)
        while at >= 0:
            found.append((at, at + len(name)))
            at = page.text.find(name, at + len(name))
    return found


def body_nationalities(page: Page) -> list[tuple[int, int]]:
    """Spans of the nationalities that qualify a public body ("le ministère fédéral allemand",
    "la Coopération suisse", "el gobierno japonés"): the body's country gives or acts, the
    initiative does not work there for it."""
    found: list[tuple[int, int]] = []
    for hit in page.hits.within("demonym", 0, len(page.text)):
        words = page.folded[max(0, hit.start - 30) : hit.start].split()[-2:]
        if any(w.split("'")[-1] in page.lex.org_words for w in words):
            found.append((hit.start, hit.end))
    return found


_NAMED_PERIOD = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)\)?\s*$")


def _after_other_name(page: Page, scopes: list[Scope], k: int, pos: int) -> bool:
    """True when the date at ``pos`` stands in brackets right after the name of another
    initiative than ``scopes[k]``: the period is that one's."""
    bracket = page.text.rfind("(", max(0, pos - 3), pos)
    if bracket < 0 or page.text[bracket + 1 : pos].strip():
        return False
    before = len(page.text[:bracket].rstrip())  # where a name right before the bracket ends

    def named_before(scope: Scope) -> bool:
        ends = [b for _, b in scope.mentions] + [scope.named.end]
        return before in ends

    own = named_before(scopes[k])
    return not own and any(named_before(other) for j, other in enumerate(scopes) if j != k)


_PERIOD_AFTER = re.compile(r"\s*\(((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\)")
"""A period of years in brackets right after a name."""


def _named_period(page: Page, named: Named) -> tuple[Spanned[str] | None, Spanned[str] | None]:
    """The period a name ends with ("Migration Strategy 2021-2030", "Plan national
    (2020-2024)"): the initiative's start and end years, when nothing else dates it."""
    m = _NAMED_PERIOD.search(page.text, named.start, named.end) or _PERIOD_AFTER.match(
        page.text, named.end
    )  # "the ECOWAS Regional Roadmap on Return and Reintegration (2024-2026)"
    if m is None or m.group(1) >= m.group(2):
        return None, None
    return Spanned(m.group(1), m.start(1), m.end(1)), Spanned(m.group(2), m.start(2), m.end(2))


def _returned_by(page: Page, scope: Scope, s0: int, s1: int) -> bool:
    """True when the sentence tells of returns that the initiative itself made: a figure
    after its name or "the project / le projet / el proyecto" ("So far, the project has
    assisted 1,036 Ghanaians to return home from Libya"), not after another subject ("los
    CAMR recibieron a 55.012 hondureños retornados desde México")."""
    found = find_returns(page, [(s0, s1)], context=True)
    if not found:
        return False
    first = min(r.count.start for r in found)
    mentioned = [a for a, _ in scope.mentions if s0 <= a < first]
    if mentioned and page.hits.within("cue:receive", mentioned[0], first):
        return False  # "el CAMR recibió a 58.000 personas retornadas desde México": received
    if mentioned:
        return True
    words = page.folded[s0:first].split()
    return any(
        the_initiative_word(page, w, nxt) for w, nxt in pairwise(words)
    ) and not _other_subject(page, scope, s0, first)


def _other_subject(page: Page, scope: Scope, s0: int, pos: int) -> bool:
    """True when an acronym other than the initiative's stands before ``pos`` in the sentence."""
    own = scope.named.acronym
    return any(t.acr and t.text != own for t in tokenize(page, s0, pos) if t.word)


def returns_people_named(page: Page, named: Named) -> bool:
    """True when a name says that the initiative returns people ("Assisted Voluntary Return",
    "aide au retour", "Retorno Voluntario"): a return programme."""
    return bool(
        page.hits.within("programme", named.start, named.end)
        or page.hits.within("cue:return_action", named.start, named.end)
    )


def add_return_countries(draft: InitiativeDraft, returns: list[ReturnDraft]) -> None:
    """A return programme works where the people it returned left and went back to."""
    seen = {c.value for c in draft.countries}
    for ret in returns:
        for place in (ret.from_country, ret.to_country):
            if place is not None and place.value not in seen:
                seen.add(place.value)
                draft.countries.append(place)


def funders_from_fundings(
    page: Page, drafts: list[InitiativeDraft], fundings: list[FundingDraft]
) -> None:
    """A funding's giver funds the initiative it goes to ("X, funded with EUR 5 million from Y");
    a country named beside one of its own public bodies is that body, not a second giver. The
    country in a giver's name is not the initiative's wherever the name is written ("The
    Government of Japan and IOM launched a new project …" before "USD 3.4 million from the
    Government of Japan")."""
    for each in drafts:
        each.funders = [
            f for f in each.funders if _national_body(f.value, each.funders) is None
        ]  # "Bailleur : Ministère fédéral … (BMZ), Allemagne"
    for funding in fundings:
        draft = next((d for d in drafts if d.title.value == funding.recipient_title), None)
        if draft is None:
            continue
        # a country read inside a giver's span is the donor's ("Germany has contributed …",
        # "…, and the Netherlands a further 2.1 million euros"), whatever the giver turns out
        # to be below
        _drop_countries_in(draft, funding.funder)
        body = _national_body(funding.funder.value, draft.funders)
        if body is not None:  # "Germany has contributed …": "the contribution from the ministry"
            funding.funder = body
            continue
        defined = next((f for f in draft.funders if f"({funding.funder.value})" in f.value), None)
        if defined is not None:
            funding.funder = defined  # "ECHO has provided …" after "… department (ECHO)"
            continue
        whole = _state_of_body(funding.funder.value, draft.funders)
        if whole is not None:
            # "the Netherlands Ministry of Foreign Affairs provided …" after "funded by the
            # Kingdom of the Netherlands": the state already named gives through its ministry
            funding.funder = whole
            continue
        name = fold(funding.funder.value)
        state = _state(funding.funder.value)
        same = next(
            (
                f
                for f in draft.funders
                if fuzz.token_set_ratio(name, fold(f.value)) >= 80
                or (state is not None and state == _state(f.value))
            ),
            None,
        )
        if same is None:
            draft.funders.append(funding.funder)
        elif state is not None and state == _state(same.value):
            # "EUR 18.5 million from Germany" after "funded by the Federal Republic of Germany",
            # "The Government of the Netherlands has committed …" after "funded by the Kingdom
            # of the Netherlands": one giver (the country of its gift, left out above, is the
            # donor's)
            funding.funder = same
    for draft in drafts:
        drop_funder_countries(page, draft)


def _drop_countries_in(draft: InitiativeDraft, giver: Spanned[str]) -> None:
    """Leave out the countries read inside ``giver``'s span: the donor's, not the
    initiative's."""
    draft.countries = [
        c for c in draft.countries if not (c.start < giver.end and giver.start < c.end)
    ]


def drop_donor_funds(extraction: Extraction) -> None:
    """Leave out the funds that give to the page's initiatives rather than being one ("funded
    by the European Union Emergency Trust Fund for Africa", "the IOM Development Fund"): a fund
    that funds another initiative there, or a donor the gazetteer knows. A fund for
    returnees ("Returnee Migrant Entrepreneurship Fund") stays."""
    funders = [fold(f.value) for d in extraction.initiatives for f in d.funders]
    funders += [fold(f.funder.value) for f in extraction.fundings]
    dropped = {
        d.title.value
        for d in extraction.initiatives
        if d.initiative_type == "fund"
        and (
            any(fuzz.token_set_ratio(fold(d.title.value), f) >= _SAME_FUND for f in funders)
            or resolve_organization(d.title.value).organization_type == "multilateral"
        )
    }
    drop_initiatives(extraction, dropped)


def drop_initiatives(extraction: Extraction, titles: set[str]) -> None:
    """Leave out the initiatives of ``titles``, and the links of events and fundings to them."""
    if not titles:
        return
    extraction.initiatives = [d for d in extraction.initiatives if d.title.value not in titles]
    for event in extraction.events:
        if event.initiative_title in titles:
            event.initiative_title = None
    for funding in extraction.fundings:
        if funding.recipient_title in titles:
            funding.recipient_title = None


_SAME_FUND = 90
"""Fuzzy score (token set ratio) at which a fund's title and a funder's name are one body."""


def _state(name: str) -> str | None:
    """The country whose state ``name`` names: a country ("Germany", "Kingdom of the
    Netherlands") or its government ("Government of the Netherlands"); None otherwise."""
    code = country_code(name)
    if code is not None:
        return code
    org = resolve_organization(name)
    return (
        org.country if org.organization_type == "government" and _GOVERNMENT.match(name) else None
    )


_GOVERNMENT = re.compile(rf"(?:{lead('article')})?{alt('state')}\b", re.IGNORECASE)
"""A name for a whole state's government, not one of its bodies ("Ministry of …")."""


def _state_of_body(giver: str, funders: list[Spanned[str]]) -> Spanned[str] | None:
    """The funder that is the whole state ``giver`` is a public body of, if ``giver`` is such
    a body: "Italian Ministry of Foreign Affairs …" under "Government of Italy"."""
    org = resolve_organization(giver)
    if org.organization_type != "government" or org.country is None or _state(giver) is not None:
        return None
    return next((f for f in funders if _state(f.value) == org.country), None)


def _national_body(giver: str, funders: list[Spanned[str]]) -> Spanned[str] | None:
    """The one funder that is a public body of the country ``giver`` names, if ``giver`` is a
    country: "Germany" gives through "the German Federal Ministry for … (BMZ)"."""
    code = country_code(giver)
    if code is None:
        return None
    bodies = [
        f
        for f in funders
        if country_code(f.value) is None
        and (org := resolve_organization(f.value)).country == code
        and org.organization_type == "government"
    ]
    return bodies[0] if len(bodies) == 1 else None


def drop_funder_countries(page: Page, draft: InitiativeDraft) -> None:
    """Countries read inside a funder's name ("Swiss Agency for ..."), there or wherever the
    page writes the name again, are the donor's, not the initiative's."""
    spans = [(f.start, f.end) for f in draft.funders]
    spans += _repeated(page, spans)
    draft.countries = [
        c for c in draft.countries if not any(a <= c.start and c.end <= b for a, b in spans)
    ]
