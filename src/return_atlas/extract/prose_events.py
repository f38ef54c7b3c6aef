"""Events reported in prose: workshops, trainings, conferences, meetings, launches, ceremonies.

An event word counts when the sentence reports it as happening (a past or present verb such
as "held", "se realizaron", a relative day such as "today", or the event verb itself:
"launched", "ont signé") and not as planned ("will", "sera", "se realizará"). Later mentions
("the workshop", "durante el lanzamiento") add to the event already found; a headline's event
is the story's first event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from return_atlas.extract.drafts import EventDraft, Spanned
from return_atlas.extract.prose import CLAUSE_MARKS, Page, clean_title
from return_atlas.extract.prose_initiatives import embassy_countries, origins
from return_atlas.extract.prose_lexicon import PEOPLE_ROLES
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import runs
from return_atlas.normalise import grammar
from return_atlas.normalise.dates import (
    DATE_MARKS,
    date_word_pattern,
    date_words,
    day_alone,
    find_day_months,
    is_month,
    range_start,
)
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.vocab import lookup

_QUOTED = re.compile(r"[“«\"‘']\s*([^”»\"’']{3,120}?)\s*[”»\"’']")
_DAY_MONTH = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
_STOP_PUNCT = frozenset(',.;:()[]!?"“”«»')
_STOP_WORDS = grammar.words("event_name_stop")
_DATE_LEAD_WORDS = grammar.words("and", "at", "from", "since", "head_end", "article", "day_noun")
"""Words that may stand between the end of an event's name and its date."""
_WEEKDAYS = date_words("weekday")
_DAY_NUMBERS = re.compile(r"\d+(?:[-–/]\d+)*")
"""A day or a range of days written as one token ("12-13")."""
_VENUE = grammar.words("venue")
_OF = grammar.words("of")


@dataclass(slots=True)
class Story:
    """One news story (a release, or one teaser of a listing)."""

    start: int
    end: int
    headline: tuple[int, int] | None = None
    city: Spanned[str] | None = None
    city_country: Spanned[str] | None = None
    year: str | None = None
    date: Spanned[str] | None = None
    """Date written in the dateline ("Geneva, 7 May 2019 –")."""
    stamped: bool = False
    """The date is a stored page's stamp of its day (" date 2020-09-01 …"), not the release's
    dateline."""
    dateline_end: int = 0


def _happened(page: Page, s0: int, s1: int) -> bool:
    """True when the sentence reports something as having taken place (not "will be held")."""
    hits = [
        h
        for h in page.hits.within("cue:happened", s0, s1)
        if not _in_general(page, s0, h.start) and not _during_no_event(page, h.start, h.end)
    ] + page.hits.within("cue:relative_day", s0, s1)
    return any(not page.future(max(s0, h.start - 25), h.start) for h in hits)


_DURING = grammar.words("during")
_DURING_BEFORE = re.compile(
    rf"\b{alt('during')}(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
)
"""A "during" word a few words before an event noun: "lors d'un atelier", "during the
two-day regional workshop"."""
_DURING_REACH = 3
"""Words between "during" and the event it opens, at most ("during the two-day regional
workshop")."""


def _during_no_event(page: Page, start: int, end: int) -> bool:
    """True when the cue at ``[start, end)`` is "during" and no event word follows it closely:
    "durante todo el trayecto hasta la entrega a las autoridades" tells of a journey, not of an
    event that took place."""
    if " ".join(page.folded[start:end].split()) not in _DURING:
        return False
    return not any(
        len(page.text[end : hit.start].split()) <= _DURING_REACH
        for hit in page.hits.within("event", end, end + 80)
    )


def _passive_before(page: Page, toks: list[Tok], k: int) -> bool:
    """True when a passive auxiliary stands right before ``toks[k]``, or before one adverb
    ("was launched", "was officially launched")."""
    passive = page.lex.tokens["passive"]
    suffixes = tuple(page.lex.tokens["adverb_suffix"])
    if k and toks[k - 1].low in passive:
        return True
    return (
        k >= 2
        and bool(suffixes)
        and toks[k - 1].low.endswith(suffixes)
        and toks[k - 2].low in passive
    )


def _dated_to_the_day(page: Page, start: int, s1: int) -> bool:
    """True when a date to the day follows ``start`` in the sentence: a passive verb so dated
    reports an event ("was officially launched on 5 July 2022")."""
    return any(len(iso) == _DAY for iso, _, _ in page.dates(start, s1))


def _in_general(page: Page, s0: int, pos: int) -> bool:
    """True when a present or infinitive passive stands right before the verb at ``pos``:
    "before any return is organized" tells what is done, not what took place."""
    words = page.folded[max(s0, pos - 12) : pos].split()
    return bool(words) and words[-1] in page.lex.tokens["present_passive"]


def _reported_after(page: Page, pos: int, s1: int) -> bool:
    """True when a participle reports the event named just before ``pos`` as held, whatever the
    sentence plans: "will build on the meeting held in Podgorica in October 2019"."""
    for hit in page.hits.within("cue:happened", pos, min(s1, pos + 60)):
        return not page.future(pos, hit.end)
    return False


_CLAUSE_COMMA = 120
"""Characters from a participle opening a sentence to the comma that ends its clause."""


def _participle_clause(page: Page, pos: int, s1: int) -> bool:
    """True when a comma closes, soon after ``pos``, a clause that a participle opens."""
    comma = page.text.find(",", pos, min(s1, pos + _CLAUSE_COMMA))
    return comma >= 0 and not page.hits.within("cue:relative_day", pos, comma)


def _after_relative(page: Page, toks: list[Tok], pos: int) -> bool:
    """True when a relative pronoun stands right before the verb at ``pos``: "returnees who
    received support" says who people are, not that something was handed over."""
    k = _token_index(toks, pos)
    return k > 0 and toks[k - 1].low in grammar.words("relative", lang=page.lang)


def _attributive(page: Page, toks: list[Tok], k: int, j: int) -> bool:
    """True when the event verb ``toks[k:j]`` stands before a noun as its adjective, after an
    article or "of" and an adverb or not: "a pool of trained counsellors", "the newly
    launched platform"."""
    if k >= 2 and page.lang == "en" and toks[k - 1].low.endswith("ly"):
        k -= 1
    return (
        k > 0
        and j < len(toks)
        and toks[k - 1].low in grammar.words("article", "indefinite", "of", lang=page.lang)
        and toks[j].word
        and toks[j].text.islower()
    )


def _apposed_to(page: Page, target: EventDraft, ev: EventDraft) -> bool:
    """True when ``ev``'s title is set off by a comma right after ``target``'s, an article
    between or not: "for a Regional Consultation on Sustainable Reintegration, the first
    meeting of its kind since …" says more of that event."""
    if target.title is None or ev.title is None or ev.title.start < target.title.end:
        return False
    return _APPOSITION.fullmatch(page.text, target.title.end, ev.title.start) is not None


_APPOSITION = re.compile(rf"\s*,\s*(?:{alt('article', 'indefinite')}\s+)?", re.IGNORECASE)


def _launched_before(page: Page, s0: int, pos: int) -> bool:
    """True when a launch verb stands before ``pos`` in its sentence ("… was launched this
    week at a ceremony"): the ceremony is the launch's."""
    return any(h.value == "launch:verb" for h in page.hits.within("event", s0, pos))


def _over_a_period(ev: EventDraft) -> bool:
    """True when an event told by its verb is dated by a period of months or years ("between
    June 2009 and May 2011"): something done all along, not one event."""
    return (
        ev.start is not None
        and ev.end is not None
        and ev.start.value != ev.end.value
        and len(ev.start.value) < _DAY
        and len(ev.end.value) < _DAY
    )


def _token_index(toks: list[Tok], pos: int) -> int:
    """Index of the token starting at or after ``pos``."""
    return next((k for k, t in enumerate(toks) if t.start >= pos), len(toks))


def _noun_title(page: Page, toks: list[Tok], k: int, j: int) -> Spanned[str]:
    """The noun phrase around the event word ``toks[k:j]`` ("final validation workshop on X")."""
    lex = page.lex
    articles = lex.tokens["article"]  # possessives too: "its", "son", "su"
    first = k
    named = (
        [r for r in runs(page, toks[: k + (1 if toks[k].cap else 0)]) if r.end >= toks[k - 1].end]
        if k
        else []
    )
    if named and (toks[k].cap or named[-1].last == k - 1):
        first = named[-1].first
        dates = page.dates(toks[first].start, toks[k].start)
        if dates and dates[0][1] == toks[first].start:
            # "(from 12 to 14) September 2023 for the Regional Dialogue on …": the date and the
            # words after it are the sentence's, the name starts at its next capital
            first = next(
                (m for m in range(first, k + 1) if toks[m].start >= dates[0][2] and toks[m].cap),
                first,
            )
    else:
        for m in range(k - 1, max(-1, k - 5), -1):
            t = toks[m]
            if t.low in articles:
                first = m + 1
                break
            if (
                not t.word
                or t.cap
                or t.low in lex.tokens["passive"]
                or page.hits.overlapping("cue:happened", t.start, t.end)
            ):
                break
    last = j - 1
    stops = _STOP_WORDS | lex.tokens["passive"] | lex.tokens["subject_verb"]
    reach = min(len(toks), j + 18)
    dated = (
        {a for _, a, _ in page.dates(toks[j].start, toks[reach - 1].end)} if j < reach else set()
    )
    for m in range(j, reach):
        t = toks[m]
        if toks[k].cap and _name_goes_on(page, toks, m):
            last = m
            continue
        if (
            t.text in _STOP_PUNCT
            or t.low in stops
            or page.hits.overlapping("cue:happened", t.start, t.end)
            or t.start in dated
            or (m + 1 < len(toks) and toks[m + 1].start in dated and not t.cap)
            or ((t.cap or page.lang != "en") and is_month(t.text))  # "… in June", "en juin"
            or t.low in _WEEKDAYS  # "the forum in Kumasi on Monday"
        ):
            break  # "a final seminar on 8 December 2016 in Tallinn": the name ends at its date
        last = m
    while last >= j and (
        _DAY_NUMBERS.fullmatch(toks[last].text) or toks[last].low in _DATE_LEAD_WORDS
    ):
        last -= 1  # "… workshop in Kindia on 15 and 16 May 2019": no "on 15 and" left over
        # ("on 12-13 March", "los días 16 y 17 de julio": a range's first day, a day noun)
    tail = last
    while tail > k and (_is_place(page, toks[tail]) or _town_of(page, toks, tail, last)):
        tail -= 1
    if tail < last and toks[tail].low in _VENUE:
        last = tail - 1
    return _spanned(page, toks[first].start, toks[last].end)


def _name_goes_on(page: Page, toks: list[Tok], m: int) -> bool:
    """True when ``toks[m]``, a comma or a word that opens a purpose ("para", "pour"), stands
    inside a capitalised event name: a comma between capitalised words that an "and" word
    then joins ("Meeting on Return, Readmission and Reintegration"), or a purpose word before
    a capitalised word, after an article or not ("Encuentro … para el Desarrollo Regional")."""
    t = toks[m]
    if t.text == ",":
        for n in range(m + 1, min(len(toks), m + 8)):
            u = toks[n]
            if u.low in _AND_WORDS:
                return n + 1 < len(toks) and toks[n + 1].cap and n > m + 1
            if not (u.cap or u.text == ",") or is_month(u.text):
                return False
        return False
    if t.low not in _STOP_WORDS or t.low not in _HEAD_END:
        return False
    n = m + 1
    if n < len(toks) and toks[n].low in page.lex.tokens["article"]:
        n += 1
    return n < len(toks) and toks[n].cap and not is_month(toks[n].text)


_AND_WORDS = grammar.words("and")
_HEAD_END = grammar.words("head_end")


def _spanned(page: Page, start: int, end: int) -> Spanned[str]:
    """A cleaned title with the span of its text."""
    return Spanned(clean_title(page.text[start:end]), start, end)


_DAY = len("2022-05-10")
"""Length of a date to the day."""


def _aggregate(page: Page, toks: list[Tok], span: tuple[int, int], kind: str, etype: str) -> bool:
    """True for a count of events or of people trained ("45 workshops", "trained 1,200")."""
    k, j = span
    if kind == "verb":
        after = toks[j : j + 3]
        dated = any(len(d) == _DAY for d, _, _ in page.dates(toks[0].start, toks[-1].end)) or bool(
            page.hits.within("cue:relative_day", toks[0].start, toks[-1].end)
        )
        return (
            etype == "training"
            and not dated  # "On 10 May 2022, IOM trained 45 officials in Lagos", "IOM today
            # trained 45 officials": one session
            and any(
                t.text[0].isdigit() and toks[j + i - 1].text != "(" for i, t in enumerate(after)
            )
        )
    before = toks[max(0, k - 3) : k]
    dates = page.dates(before[0].start, toks[k].start) if before else []
    if any(
        t.text[0].isdigit()
        and not _LASTING.fullmatch(t.text)  # "a 2-day workshop": how long, not how many
        and not _ORDINAL.fullmatch(t.text)  # "the 14th Forum", "el 14º Foro": which one
        and not any(a <= t.start < b for _, a, b in dates)  # "Le 8 février 2022, un atelier"
        and not any(u.text in CLAUSE_MARKS for u in before[i + 1 :])
        for i, t in enumerate(before)
    ):
        return True
    return bool(before) and bool(page.hits.within("cue:quantity", before[0].start, toks[k].start))


_LASTING = re.compile(r"\d+-[^\W\d_]+")
"""A number joined to a word by a hyphen ("2-day", "3-week"): what an event lasts."""
_ORDINAL = re.compile(r"\d+(?:º|ª|°|st|nd|rd|th|e|er|re|ème|eme)", re.IGNORECASE)
"""An ordinal number ("14th", "14º", "2e", "1er"): which event of a series, not how many."""


def _modifier(page: Page, toks: list[Tok], k: int, j: int) -> bool:
    """True when the event word qualifies a noun ("training manual", "proyecto de formación")."""

    def thing(t: Tok) -> bool:
        return bool(
            page.lex.initiative_words.get(t.low)
            or page.hits.overlapping("pub", t.start, t.end)
            or page.hits.overlapping("event", t.start, t.end)
        )

    if j < len(toks) and thing(toks[j]):
        return True
    return k >= 2 and toks[k - 1].low in _OF and thing(toks[k - 2])


def _in_body_name(page: Page, toks: list[Tok], k: int, headline: bool) -> bool:
    """True when the capitalised event word ``toks[k]`` is part of an organisation's name, a
    capitalised run with an organisation word before it ("the Bureau of Manpower, Employment
    and Training", "The Secretariat of State for Vocational Training and Employment"). Right
    after the organisation word, the event word is the head of its phrase, the body's own
    gathering: "the Project Steering Committee Meeting"."""
    if not toks[k].cap or (k and toks[k - 1].low in page.lex.org_words):
        return False
    org_words = page.lex.org_words
    return any(
        run.first <= k <= run.last and any(t.low in org_words for t in toks[run.first : k])
        for run in runs(page, toks, commas=True, headline=headline)
    )


def _is_place(page: Page, tok: Tok) -> bool:
    """True for a token that is (part of) a country or city name."""
    return any(a <= tok.start and tok.end <= b for _, a, b in page.countries) or any(
        h.start <= tok.start and tok.end <= h.end
        for h in page.hits.within("city", tok.start - 30, tok.end + 30)
    )


def _town_of(page: Page, toks: list[Tok], m: int, last: int) -> bool:
    """True when ``toks[m]``, the last word of a title, is a town that the country written
    after the title places ("… Data in Saly, Senegal, on 14 November")."""
    if m != last or not toks[m].cap:
        return False
    after = page.text[toks[m].end : toks[m].end + 3]
    return after.startswith(", ") and any(a == toks[m].end + 2 for _, a, _ in page.countries)


def _quoted_after(page: Page, s0: int, s1: int) -> Spanned[str] | None:
    """A name in quotes after an "entitled" cue in the sentence."""
    for hit in page.hits.within("cue:entitled", s0, s1):
        m = _QUOTED.search(page.text, hit.end, s1)
        if m and m.start() < hit.end + 4:
            return _spanned(page, m.start(1), m.end(1))
    return None


def _day_before(iso: str) -> str | None:
    """The ISO date of the day before ``iso`` (None if ``iso`` is no valid date)."""
    try:
        return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


_LAUNCHED_GAP = 20
"""Characters between a verb of launching and the name of what it launched, at most ("the
new", "officiellement le")."""
_VERB_DAY = 30
"""Characters from an event's verb to the day written after it ("présenté le 7 mars 2019")."""


def _date(
    page: Page, story: Story, s0: int, s1: int, verb_end: int | None = None
) -> tuple[Spanned[str] | None, Spanned[str] | None]:
    """Start and end of an event from its sentence (a year must be written somewhere for it).

    A day written right after the verb that tells the event (``verb_end``) is its day:
    "Le guide, publié en février 2019, a été présenté le 7 mars 2019 à Rabat"."""
    if verb_end is not None:
        after = [
            d for d in page.dates(verb_end, min(s1, verb_end + _VERB_DAY)) if len(d[0]) == _DAY
        ]
        if after and not page.period(verb_end, min(s1, verb_end + _VERB_DAY)):
            return Spanned(after[0][0], after[0][1], after[0][2]), None
    if story.city and s0 <= story.city.start < s1:
        s0 = max(s0, story.dateline_end)
    chunk = page.text[s0:s1]
    relative = page.hits.within("cue:relative_day", s0, s1)
    if relative:
        m = _DAY_MONTH.search(chunk)
        if m and story.year:
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12:
                return Spanned(
                    f"{story.year}-{month:02d}-{day:02d}", s0 + m.start(), s0 + m.end()
                ), None
        word = page.folded[relative[0].start : relative[0].end]
        if m is None and story.date and len(story.date.value) == 10:
            if word in page.lex.tokens["today"]:
                return story.date, None
            if word in page.lex.tokens["yesterday"]:  # "Bamako, 14 March 2024 – … yesterday"
                before = _day_before(story.date.value)
                if before is not None:
                    return Spanned(before, relative[0].start, relative[0].end), None
        if m is not None:
            return None, None
    period = page.period(s0, s1)
    named = period is not None and _a_names_period(page, period[2], period[3])
    if period and period[0] and not period[1]:
        # "presentaron el 5 de abril de 2019 … el programa, que desde 2016 ha entregado …":
        # a day the sentence gives dates the event, not what has gone on since a year
        exact = next(
            (
                d
                for d in page.dates(s0, s1)
                if len(d[0]) == _DAY and not period[2] <= d[1] < period[3]
            ),
            None,
        )
        if exact is not None:
            return Spanned(exact[0], exact[1], exact[2]), None
    if period and period[0] and not named:
        a, b = period[2], period[3]
        return Spanned(period[0], a, b), Spanned(period[1], a, b) if period[1] else None
    dates = [
        d
        for d in page.dates(s0, s1)
        if not _a_names_period(page, d[1], d[2])
        and not (period is not None and named and period[2] <= d[1] < period[3])
    ]  # (nor one end of a period that names something: "the 2024–2025 Action Plan")
    if dates:
        value, a, b = dates[0]
        return Spanned(value, a, b), None
    if story.year:
        # "le 5 février" under a dateline of 2022: the day of that year
        for month, day, a, b in find_day_months(chunk):
            if 1 <= day <= 31:
                end = Spanned(f"{story.year}-{month:02d}-{day:02d}", s0 + a, s0 + b)
                first = range_start(chunk, a)
                if first is not None and first[0] < day:
                    # "from 28 to 31 March", "du 28 au 31 mars", "del 28 al 31 de marzo"
                    start = f"{story.year}-{month:02d}-{first[0]:02d}"
                    return Spanned(start, s0 + first[1], s0 + b), end
                return end, None
    if story.date and len(story.date.value) == 10 and page.hits.within("cue:same_day", s0, s1):
        return story.date, None  # "On the same day, IOM held …": the day of the release
    if (
        story.date
        and len(story.date.value) == _DAY
        and story.dateline_end
        and s0 <= story.dateline_end + _LEAD_AT
        and not relative
    ):
        # "Cairo, 6 March 2018 – IOM held a launching workshop …": the lead of a story that
        # its dateline dates, and that gives no time of its own, tells what happened that day
        return story.date, None
    return None, None


_LEAD_AT = 2
"""Characters between a dateline's end and the start of the sentence it opens, at most."""


def _a_names_period(page: Page, a: int, b: int) -> bool:
    """True when the date at ``[a, b)`` stands in brackets right after a capitalised name,
    or between an article and one: "its first Diaspora Engagement Strategy (2024-2030)",
    "to validate the 2024–2025 Action Plan" date the strategy and the plan, not the event.
    A bracketed date with its day ("Mombasa, Kenya (8-10 March 2017)") names no period."""
    if _ARTICLE_END.search(page.text, max(0, a - 8), a) and _CAPITAL_NEXT.match(page.text, b):
        return True
    opening = page.text.rfind("(", max(0, a - 15), a)
    if opening < 0 or ")" in page.text[opening:a]:
        return False
    if any(len(d[0]) == _DAY for d in page.dates(opening, b)):
        return False  # "in Mombasa, Kenya (8-10 March 2017)": a day is the event's, no name's
    return (
        _NAME_BEFORE.search(page.text, max(0, opening - 40), opening) is not None
        and _BRACKET_CLOSE.match(page.text, b) is not None
    )


_ARTICLE_END = re.compile(rf"\b{alt('article')}\s+$", re.IGNORECASE)
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s*$")
"""A capitalised word right before a bracket."""
_BRACKET_CLOSE = re.compile(r"[^()]{0,12}\)")
"""The rest of a short bracket after a date: ")" or "-2030)"."""


def _place(
    page: Page, story: Story, sentence: tuple[int, int], ev: EventDraft, cue: tuple[int, int]
) -> None:
    """City and country of an event: its sentence first, then the story's dateline."""
    s0, whole = sentence
    which = _RELATIVE_CLAUSE.search(page.text, cue[1], whole)
    # "… received computers from IOM this week, which will allow the Service to connect its
    # offices in Osh": a town of a relative clause in the future is not where the event took
    # place (one in the past may be: "…, dont la première réunion s'est tenue à Libreville")
    future = which is not None and page.future(which.end(), min(whole, which.end() + _WILL))
    s1 = which.start() if which is not None and future else whole
    city = page.city_in(max(s0, cue[0] - 12), min(s1, cue[1] + 100))
    if city and story.city and city[2] == story.city.start:
        city = None
    if city is not None:
        city = _town_before_bracket(page, city)
    if city is None:
        # "Un atelier …, réunissant …, s'est tenu à Rabat": the place the verb of holding gives
        city = next(
            (
                got
                for hit in page.hits.within("cue:happened", cue[1], s1)
                if (got := page.city_in(hit.end, min(s1, hit.end + 40)))
                and got[2] <= hit.end + 6  # "held in X", "s'est tenu à X", "se celebró en X"
            ),
            None,
        )
    if city is None:
        city = _named_place(page, cue[1], s1)
    if city is None:
        # "… le Centre … (COAM) dans le quartier de Hamdallaye, à Bamako": a known town after
        # an "at" word, farther on in the sentence
        city = next(
            (
                (page.text[h.start : h.end], h.value, h.start, h.end)
                for h in page.hits.within("city", cue[1], s1)
                if page.text[h.start].isupper() and _AT_BEFORE.search(page.text, s0, h.start)
            ),
            None,
        )
    if city is None:
        # the venue written before the event word: "ont participé à Saint-Louis à un atelier"
        city = _venue_before(page, story, max(s0, story.dateline_end), cue[0])
    if city:
        ev.city = Spanned(clean_title(city[0]), city[2], city[3])
        if city[1]:
            ev.country = Spanned(city[1], city[2], city[3])
            return
    elif story.city:
        ev.city = story.city
        ev.country = story.city_country
        if ev.country is None and story.headline:
            # a town the gazetteer does not know: the country the headline names is the
            # story's ("Kyrgyzstan Opens Migrant Information Centre in Osh"), not one the
            # sentence names farther on ("… their rights in the Russian Federation")
            found = [c for c in page.countries_in(*story.headline) if not _donor_of(page, c[2])]
            if found:
                ev.country = Spanned(found[0][0], found[0][1], found[0][2])
                return
    if ev.country is None:
        away = origins(page, s0, s1)  # "migrants who came back from the Russian Federation"
        # nor a foreign body's country: "in the presence of the Ambassador of Japan to Mali"
        away |= {a for a, b in embassy_countries(page) if s0 <= a and b <= s1}
        found = [
            c
            for c in page.countries_in(s0, s1)
            if c[1] not in away and not _STATE_BEFORE.search(page.text, max(s0, c[1] - 30), c[1])
        ]  # not a giver: "funded by the Government of the Netherlands"
        if not found and story.city_country:
            ev.country = story.city_country
            return
        if not found and story.headline:
            found = [c for c in page.countries_in(*story.headline) if not _donor_of(page, c[2])]
        if found:
            ev.country = Spanned(found[0][0], found[0][1], found[0][2])


_RELATIVE_CLAUSE = re.compile(rf",\s+{alt('relative')}\b", re.IGNORECASE)
_WILL = 25
"""Characters after a relative pronoun in which a future verb makes its clause a future one."""


def _town_before_bracket(page: Page, city: tuple[str, str, int, int]) -> tuple[str, str, int, int]:
    """The town a known city in brackets follows ("en Aguas Verdes (Tumbes)": the event was in
    Aguas Verdes, in Tumbes's province), with the known city's country; else ``city``."""
    _, code, a, b = city
    m = _TOWN_BRACKET.search(page.text, max(0, a - 40), a)
    if m is None or not page.text.startswith(")", b):
        return city
    return (m.group(1), code, m.start(1), m.end(1))


_TOWN_BRACKET = re.compile(rf"\b{alt('at')}\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*\($")


_DONOR_HYPHEN = re.compile(r"[-‑]funded\b", re.IGNORECASE)
"""After a country: "Japan-Funded Project …" names the donor, not where the event is."""


def _donor_of(page: Page, end: int) -> bool:
    """True when the country ending at ``end`` is joined to "-funded": a donor."""
    return _DONOR_HYPHEN.match(page.text, end) is not None


_STATE_BEFORE = re.compile(
    rf"\b{alt('state')}\s+{alt('of')}\s*(?:{alt('article')}\s+)?$", re.IGNORECASE
)
"""A state's government right before a country: the country gives, it is no place."""
_AT_BEFORE = re.compile(rf"\b{alt('at')}\s+$", re.IGNORECASE)
"""An "at" word right before a place: "à ", "in ", "en "."""


def _venue_before(
    page: Page, story: Story, start: int, cue: int
) -> tuple[str, str, int, int] | None:
    """The last place named before the event word, unless another event word just precedes it
    ("the summit in New York, IOM is launching ..." : New York is the summit's)."""
    known = [h for h in page.hits.within("city", start, cue) if page.text[h.start].isupper()]
    place = (
        (
            page.text[known[-1].start : known[-1].end],
            known[-1].value,
            known[-1].start,
            known[-1].end,
        )
        if known
        else _named_place(page, start, cue, last=True)
    )
    if place is None or (story.city and place[2] == story.city.start):
        return None
    if page.hits.within("event", max(start, place[2] - 40), place[2]):
        return None
    return place


_PLACE_NAME = r"\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
_IN_PLACE = re.compile(rf"\b(?:{alt('region_of')}|{alt('at')}){_PLACE_NAME}")
_IN_PLACE_EN = re.compile(
    rf"\b(?:{alt('region_of', lang='en')}|{alt('at', lang='en')}){_PLACE_NAME}"
)
"""In English only "in": "opened a Migrant Response Centre" holds the article "a", not the
Spanish or French "a"."""


_NAME_GOES_ON = re.compile(rf"\s+{alt('with')}\s+[A-Z]")
"""After a place no gazetteer knows, "with" and a capital: the title-case name of an event goes
on ("… Conference in Solidarity with Venezuelan …"); "in Kédougou with the …" ends a place."""


_EVENT_WORD = 40
"""The longest event word or phrase looked for right after a place."""


def _named_place(
    page: Page, start: int, end: int, *, last: bool = False
) -> tuple[str, str, int, int] | None:
    """A place written "in X" / "en X" / "à X", or a region's name ("dans la région de X"),
    that is not a country, a month or an organisation (the first one within 100 characters of
    ``start``, or with ``last`` the last one)."""
    pattern = _IN_PLACE_EN if page.lang == "en" else _IN_PLACE
    # "remet au Gouvernement guinéen un centre … à Kankan": a body is no place, the next is
    found = [
        m
        for m in pattern.finditer(page.text, start, end)
        if page.folded[m.start(1) : m.end(1)].split()[0] not in page.lex.org_words
    ]
    if last:
        m = found[-1] if found else None
    else:
        m = found[0] if found else None
        if m is not None and m.start() > start + 100:
            return None
    if m is None:
        return None
    a, b = m.start(1), m.end(1)
    if any(x < b and a < y for _, x, y in page.countries + page.organizations()):
        return None
    if _inside_quotes(page.text[start:a]):
        return None  # "the project “Engaging the Armenian Diaspora in Regional Development”"
    if any(h.start == b + 1 for h in page.hits.within("event", b + 1, b + _EVENT_WORD)):
        return None  # "a one-day Trafficking in Persons training": a name before the event word
    if page.dates(a, min(len(page.text), b + 6)) or page.text[a:b].isupper():
        return None
    if is_month(page.text[a:b]):
        return None  # "in June": a time
    if any(page.hits.within(role, a, b) for role in _PEOPLE):
        return None  # "especializado en Migrantes y Refugiados": people, no place
    if _NAME_GOES_ON.match(page.text, b):
        return None  # "Conference in Solidarity with Venezuelan Refugees": inside a name
    if lookup("iom_region", page.text[a:b], page.lang):
        return None  # "in Europe and North America": a region, not a city
    if page.folded[a:b].split()[0] in _CONTINENTS:
        return None  # "en África Occidental y Central": a region the table does not hold
    country = page.countries_in(b, min(len(page.text), b + 30))
    return (page.text[a:b], country[0][0] if country else "", a, b)


_CONTINENTS = grammar.words("continent")
_PEOPLE = tuple(f"cue:{role}" for role in PEOPLE_ROLES)
"""Hits of words for people, which name no place even in capitals."""


def _inside_quotes(before: str) -> bool:
    """True when ``before`` leaves a quotation open: what follows is inside a quoted name."""
    opened = before.count("“") + before.count("«") - before.count("”") - before.count("»")
    return opened > 0 or before.count('"') % 2 == 1


_OBJECT_REACH = 45
"""Characters after a handover verb in which the thing handed over is named."""


def _handed_over(page: Page, end: int, s1: int) -> bool:
    """True when a thing handed over ("kits", "certificados") or a publication ("the
    handbook") follows a handover verb in its clause: "received start-up kits", not "received
    109,185 returnees, who were provided with hygiene kits"."""
    stop = min(s1, end + _OBJECT_REACH)
    comma = page.text.find(",", end, stop)
    stop = stop if comma < 0 else comma
    return bool(
        page.hits.within("cue:handover_object", end, stop) or page.hits.within("pub", end, stop)
    )


_BRACKETED = re.compile(r"\s*\([^()]{1,20}\)")
"""A short bracket right after a verb: "met (9-10/5) in Maseru"."""


@cache
def _weekday_after() -> re.Pattern[str]:
    """A weekday right after a verb, perhaps after a word naming the release's week, in folded
    text: "a été lancé vendredi à Dakar", "was launched on Friday", "fue inaugurado este
    lunes": the day of the release's week the event took place."""
    this, weekday = date_word_pattern("this_day"), date_word_pattern("weekday")
    return re.compile(rf"\s*(?:(?:{this})\s+)?(?:{weekday})\b")


_DAY_MONTH_AFTER = re.compile(r"\s*\(\d{1,2}(?:[-–]\d{1,2})?/\d{1,2}\)")
"""A bracketed day and month right after a verb: "was presented (21/11)"."""
_THEN_PLACE = grammar.words("venue", "to")


def _place_follows(page: Page, end: int, s1: int) -> bool:
    """True when a place or a purpose ("in", "at", "à", "to", "pour") follows a verb ending at
    ``end``, past a bracketed day and month or a date: "met (9-10/5) in Maseru", "met to
    validate", "met on 21 and 22 November 2022 in Praia"."""
    bracket = _BRACKETED.match(page.text, end, s1)
    at = bracket.end() if bracket else end
    words = page.folded[at:s1].split(maxsplit=1)
    if words and words[0] in _ON_DATE:
        period = page.period(at, s1)
        dates = page.dates(at, s1)
        first = min(
            ([period[2:]] if period else []) + [(a, b) for _, a, b in dates[:1]], default=None
        )
        if first is not None and not page.text[at : first[0]].strip().split()[1:]:
            words = page.folded[first[1] : s1].split(maxsplit=1)
    return bool(words) and words[0] in _THEN_PLACE


_ON_DATE = grammar.words("on_date")


def _fill(into: EventDraft, other: EventDraft) -> None:
    """Fill the empty fields of ``into`` from ``other``."""
    into.title = into.title or other.title
    into.start = into.start or other.start
    into.end = into.end or other.end
    into.city = into.city or other.city
    into.country = into.country or other.country
    into.initiative_title = into.initiative_title or other.initiative_title


def _the_date_alone(page: Page, story: Story, s0: int, s1: int) -> bool:
    """True when the sentence ``[s0, s1)`` is the story's date and nothing else."""
    if story.date is None:
        return False
    found = day_alone(page.text[s0:s1], DATE_MARKS)
    return found is not None and s0 + found[1] == story.date.start


def reported(event: EventDraft) -> bool:
    """True for an event that an office or practice page dates, or names with its town ("a
    closing seminar held in Tallinn on 15 February 2018", "un encuentro binacional en
    Tulcán"), as every event their annotators list is; what a project does in general ("IOM
    trained border officials in Freetown") is no event it reports."""
    return event.start is not None or (event.city is not None and event.title is not None)


def find_events(
    page: Page,
    story: Story,
    sentences: list[tuple[int, int]],
    link: Callable[[int, int, int], str | None] | None = None,
    named_at: Callable[[int, int], tuple[int, int] | None] | None = None,
) -> list[EventDraft]:
    """Events of one story, from its headline and sentences.

    ``link(sentence start, sentence end, offset)`` names the initiative an event belongs to;
    ``named_at(start, end)`` is the span of an initiative's name that starts in ``[start,
    end)``, if any.
    """
    head_events: list[EventDraft] = []
    body: list[EventDraft] = []
    lead = next(
        (s for s in sentences if s != story.headline and not _the_date_alone(page, story, *s)),
        None,
    )  # (the date a release may write on a line of its own under its headline is no lead)
    told: EventDraft | None = None  # a meeting or handover the lead tells by its verb alone
    launched: list[tuple[EventDraft, tuple[int, int]]] = []  # launches and what they launched
    plural: set[int] = set()  # the events told by a plural noun
    last_at = -2  # the index of the sentence that told the last event of the body
    for at, (s0, s1) in enumerate(sentences):
        in_headline = story.headline == (s0, s1)
        here = len(body)
        event_hits = page.hits.within("event", s0, s1)
        if not event_hits:
            continue
        toks = tokenize(page, s0, s1)
        for hit in event_hits:
            if page.hits.overlapping("cue:idiom", hit.start, hit.end):
                continue  # "conducted in consultation with the returnees": no meeting
            etype, kind = hit.value.split(":")
            named = kind == "name"
            if kind == "verb_at":
                if not _place_follows(page, hit.end, s1):
                    continue  # "the project met its targets"
                kind = "verb"
            if kind == "verb_passive":
                # "The study “…” was presented on 3 May 2022", not "IOM presented its findings"
                # nor "were presented at a round table held in Yerevan" (the round table is it)
                if not _passive_before(page, toks, _token_index(toks, hit.start)) or any(
                    h is not hit and h.start - hit.end <= _AT_EVENT
                    for h in page.hits.within("event", hit.end, s1)
                ):
                    continue
                kind = "verb"
            if named:
                if not page.text[hit.start].isupper():
                    continue  # "a dialogue targeting …": a kind of talk, not one named meeting
                if _apposed_initiative(page, toks, _token_index(toks, hit.end)):
                    continue  # "the Regional Reintegration Dialogue, a platform launched in …"
                kind = "noun"  # "the Regional Dialogue on Sustainable Reintegration"
            cue = page.folded[hit.start : hit.end]
            # a verb in the past is not made future by a later clause ("launched a platform
            # that will connect …"); a noun is ("a workshop will be held")
            later = s1 if kind == "noun" else hit.start
            if (
                page.future(s0, hit.start)
                or (page.future(s0, later) and not _happened(page, s0, s1))
            ) and not (kind == "noun" and _reported_after(page, hit.end, s1)):
                continue
            if etype == "other" and kind == "verb" and not _handed_over(page, hit.end, s1):
                continue
            if etype == "other" and kind == "verb" and _after_relative(page, toks, hit.start):
                continue  # "returnees who received reintegration support": who they are
            if kind == "verb" and _inside_quotes(page.text[page.paragraph_start(s0) : hit.start]):
                continue  # "“They need to be received by trained professionals …”": a quote
            if (
                etype == "ceremony"
                and kind == "verb"
                and ("sign" in cue or "firm" in cue)
                and not page.hits.within("cue:signing_object", s0, s1)
            ):
                continue
            k = _token_index(toks, hit.start)
            j = _token_index(toks, hit.end)
            opening = (
                k == 0
                or (k == 1 and toks[0].low in _SINCE)  # "Since launched in Greece in 2010, …"
                or (
                    story.city is not None
                    and s0 <= story.city.start < s1
                    and k == _token_index(toks, story.dateline_end)
                )
            )  # the first word of the sentence, after its dateline
            if kind == "verb" and _attributive(page, toks, k, j):
                continue  # "a regional pool of trained reintegration counsellors": who they are
            if kind == "verb" and opening and _participle_clause(page, hit.end, s1):
                continue  # "Lancé en 2018, le Programme …": how the initiative began, no event
            passive = kind == "verb" and _passive_before(page, toks, k) and not cue.endswith("ing")
            if (
                passive
                and not _dated_to_the_day(page, hit.end, s1)
                and not page.hits.within("cue:relative_day", hit.end, min(s1, hit.end + 12))
                and not _DAY_MONTH_AFTER.match(page.text, hit.end, s1)  # "was presented (21/11)"
                and not _weekday_after().match(page.folded, hit.end, s1)  # "a été lancé vendredi"
                # "a été lancé récemment à Azaguié", "was recently launched in": just now
                and not page.hits.within("cue:recently", max(s0, hit.start - 12), hit.end + 12)
            ):
                continue  # "The programme was launched in 2019": how it began, not an event told
                # ("a été présenté hier à Rabat" tells one)
            if (
                kind == "verb"
                and etype == "launch"
                and not (
                    page.hits.within("pub", hit.end, s1)
                    or page.hits.within("cue:launch_object", hit.end, s1)
                    or any(page.lex.initiative_words.get(t.low) for t in toks[j : j + 14])
                    # "The National Migration Data Portal (PNDM) … was officially launched on
                    # 5 July 2022": what was launched stands before a passive verb
                    or (
                        passive
                        and (
                            page.hits.within("pub", s0, hit.start)
                            or page.hits.within("cue:launch_object", s0, hit.start)
                            or any(page.lex.initiative_words.get(t.low) for t in toks[:k])
                        )
                    )
                )
            ):
                continue
            bare = bool(k) and (
                toks[k - 1].low in page.lex.tokens["definite"]
                or toks[k - 1].low in page.lex.tokens["fused_article"]
            )  # "the workshop", "del taller": the event told before
            target = next((e for e in reversed(body) if e.event_type == etype), None)
            if not bare and k >= 2 and toks[k - 2].low in page.lex.tokens["definite"]:
                # the article one word further back: "the launch workshop" (a modifier of
                # another type names the event told), "the official launch" (the one told)
                before = toks[k - 1]
                if target is None:
                    modifier = page.hits.overlapping("event", before.start, before.end)
                    kinds = {h.value.split(":")[0] for h in modifier}
                    target = next((e for e in reversed(body) if e.event_type in kinds), None)
                    bare = target is not None
                else:
                    bare = kind == "noun" and before.word and before.text.islower()
            if (
                kind == "noun"
                and bare
                and target is None
                and told is not None
                and told.event_type == "meeting"
                and any(e is told for e in body)
                and not _since_the(page, toks, k)  # "… since the launch of the programme"
            ):
                # "… gathered in Nuku'alofa this week to agree on … . The workshop was
                # organized by …": the gathering the lead told was that workshop
                told.event_type = etype
                continue
            if kind == "noun" and bare and target is None and etype == "ceremony":
                # "IOM handed over … on 14 February. Following the handover, …": the handover
                # a verb told (type other) is the ceremony the noun refers back to
                target = next((e for e in reversed(body) if e.event_type == "other"), None)
                if target is not None:
                    target.event_type = etype
            if kind == "noun" and bare and target is not None:
                if target.title is None and not (target is told and story.headline):
                    target.title = _spanned(page, hit.start, hit.end)
                continue
            # "… a procédé au lancement des deux projets … . Cette cérémonie … s'est tenue … le
            # 24 janvier 2019", "… à un atelier … . La rencontre a réuni 14 participants": an
            # event word after "the" or "this", of no type told before, is the event the last
            # sentence told, under another word; its day and place are that event's
            refers = body[here - 1] if kind == "noun" and bare and target is None and here else None
            if (
                kind == "noun"
                and body
                and etype not in _OWN_EVENTS
                and page.hits.within("cue:event_part", max(s0, hit.start - 12), hit.end + 20)
            ):
                continue  # "the closing ceremony": part of the event already reported (not "un
                # atelier de clôture, organisé à Tirana": a workshop of its own)
            if kind == "noun" and not (_happened(page, s0, s1) or in_headline):
                continue
            if kind == "noun" and any(
                h.start == hit.end + 1 for h in page.hits.within("cue:modified", hit.end, s1)
            ):
                continue  # "other training materials", "the workshop report": no event
            if kind == "noun" and any(
                e.title is not None and e.title.start <= hit.start and hit.end <= e.title.end
                for e in body[here:]
            ):
                continue  # "un atelier régional de lancement": a word of the event's own title
            if kind == "noun" and _since_the(page, toks, k):
                continue  # "Depuis son lancement, 186 agents …": a time, not an event told
            if kind == "noun" and _modifier(page, toks, k, j):
                continue
            if kind == "noun" and _in_body_name(page, toks, k, in_headline):
                continue  # "the Secretariat of State for Vocational Training and Employment"
            if _aggregate(page, toks, (k, j), kind, etype):
                continue
            ev = EventDraft(event_type=etype)
            if kind == "noun" and page.folded[hit.end - 1] == "s":
                # "talleres", "formations", "trainings" (a singular noun ending in "s", as
                # "congrès", is read as a plural: no bare one stands in the events table)
                plural.add(id(ev))
            title = _quoted_after(page, s0, s1)
            if title is None and kind == "noun":
                title = _noun_title(page, toks, k, j)
            if title is None and in_headline and etype in {"other", "ceremony"}:
                title = _spanned(page, s0, s1)
            if (
                title is None
                and etype == "ceremony"
                and story.headline
                and page.hits.within("cue:signing_object", *story.headline)
            ):
                title = _spanned(page, *story.headline)
            if title is None and kind == "verb" and etype == "launch" and named_at is not None:
                # "IOM today launched the Joint Initiative for …": the launch of that name, if
                # no word of the story names the event itself
                name = named_at(hit.end, min(s1, hit.end + _LAUNCHED_GAP))
                if name is not None:
                    launched.append((ev, name))
            if title and title.value:
                ev.title = title
            ev.start, ev.end = _date(page, story, s0, s1, hit.end if kind == "verb" else None)
            if kind == "verb" and _over_a_period(ev):
                continue  # "Between June 2009 and May 2011, IOM … trained staff": an activity
            ev.initiative_title = link(s0, s1, hit.start) if link else None
            _place(page, story, (s0, s1), ev, (hit.start, hit.end))
            if (s0, s1) == lead and kind == "verb" and etype in _TOLD and title is None:
                told = told or ev
            if in_headline:
                head_events.append(ev)
            elif named and len(body) > here:
                # "met in Hanoi on 23–24 November 2022 for the third ASEAN Regional Dialogue …":
                # the meeting the sentence reports, by its name
                body[-1].title = body[-1].title or ev.title
                _fill(body[-1], ev)
            elif (
                named
                and len(body) == here
                and last_at == at - 1
                and body[-1].start is None
                and ev.title is not None
                and _opens_with(page, toks, ev.title.start)
            ):
                # "… concluded a four-day regional meeting in Dakar. The Regional Reintegration
                # Dialogue, which ran from 11 to 14 November 2024, …": that meeting, by its name
                if body[-1].title is None or body[-1].title.value[:1].islower():
                    body[-1].title = ev.title
                _fill(body[-1], ev)
            elif (
                kind == "noun"
                and len(body) > here
                and body[-1].event_type == "meeting"
                and body[-1].title is None
                and ev.title is not None
            ):
                # "met in Niamey for a regional conference on …": the meeting is the conference
                body[-1].event_type, body[-1].title = etype, ev.title
                _fill(body[-1], ev)
            elif (
                kind == "noun"
                and len(body) > here
                and body[-1].event_type in {"launch", "other"}
                and _DURING_BEFORE.search(page.text, max(s0, hit.start - 40), hit.start)
            ):
                # "Un guide … a été présenté le 7 mars 2019 à Dakar, lors d'un atelier national
                # de présentation": what was presented was presented at that workshop
                body[-1].event_type, body[-1].title = etype, ev.title or body[-1].title
                _fill(body[-1], ev)
            elif (
                kind == "noun"
                and etype == "meeting"
                and len(body) > here
                and body[-1].event_type == etype
                and _same_occasion(body[-1], ev)
            ):
                # "le Comité de pilotage (COPIL) … tient sa première réunion": one meeting
                _fill(body[-1], ev)
            elif kind == "noun" and etype == "ceremony" and len(body) > here:
                ev.title = None  # "launched X at a ceremony held in Conakry": one occasion
                _fill(body[-1], ev)
                if body[-1].event_type == "other":
                    body[-1].event_type = etype  # "received start-up kits at a ceremony"
            elif (
                kind == "verb"
                and etype == "other"
                and len(body) > here
                and body[-1].event_type == "ceremony"
            ):
                # "en una ceremonia de entrega de equipos realizada en Tacna, la OIM entregó …":
                # what the sentence's ceremony handed over is that ceremony
                _fill(body[-1], ev)
            elif kind == "noun" and etype == "ceremony" and _launched_before(page, s0, hit.start):
                # "X was launched this week (08/10) at a ceremony attended by …": the launch
                ev.event_type, ev.title = "launch", None
                launch = next((e for e in reversed(body) if e.event_type == "launch"), None)
                if launch is not None:
                    _fill(launch, ev)
                else:
                    body.append(ev)
            elif target is not None and (
                ev.title is None
                or (target.title and target.title.value == ev.title.value)
                or _apposed_to(page, target, ev)
            ):
                _fill(target, ev)
            elif refers is not None:
                ev.title = None
                _fill(refers, ev)
            else:
                body.append(ev)
        if len(body) > here:
            last_at = at
    for ev in head_events:
        if body:
            first = next((e for e in body if e.event_type == ev.event_type), body[0])
            _fill(first, ev)
        elif not any(e.event_type == ev.event_type for e in body):
            body.append(ev)
    if told is not None and told.title is None and story.headline and any(e is told for e in body):
        # the story's lead reports what its headline names: "Lesotho Validates Draft Labour
        # Migration Policy" above "… met (9-10/5) in Maseru to validate …"
        told.title = _spanned(page, *story.headline)
    for ev, name in launched:
        ev.title = ev.title or _spanned(page, *name)
    # "cursos", "talleres": events told by a bare plural noun, with no day and no town, are
    # what a project does, not one event told ("talleres virtuales" says which)
    body = [
        ev
        for ev in body
        if not (
            id(ev) in plural
            and ev.start is None
            and ev.city is None
            and (ev.title is None or " " not in ev.title.value)
        )
    ]
    return [got for ev in body for got in (ev, _second_venue(page, ev)) if got is not None]


def one_per_title(events: list[EventDraft]) -> list[EventDraft]:
    """``events``, an event of the same type and title as one before it (case aside) and of no
    other day or place merged into that one: a title a page writes again ("Premier Comité de
    pilotage …" / "Premier comité de pilotage …")."""
    kept: list[EventDraft] = []
    for ev in events:
        same = next(
            (
                k
                for k in kept
                if ev.title is not None
                and k.title is not None
                and k.event_type == ev.event_type
                and k.title.value.casefold() == ev.title.value.casefold()
                and _same_occasion(k, ev)
            ),
            None,
        )
        if same is None:
            kept.append(ev)
        else:
            _fill(same, ev)
    return kept


def _same_occasion(told: EventDraft, event: EventDraft) -> bool:
    """True when nothing of ``event``'s own day and place differs from ``told``'s ("…; a
    technical meeting on data was held in Accra on 20 November" is a meeting of its own)."""
    return all(
        mine is None or theirs is None or mine.value == theirs.value
        for mine, theirs in ((event.start, told.start), (event.city, told.city))
    )


_SECOND_VENUE = re.compile(rf"\s*,?\s*{alt('and')}\s+{alt('at')}\s+", re.IGNORECASE)
"""After an event's place and day: "and" and an "at" word before another place."""
_SECOND_DAY_REACH = 40
"""Characters after the second place in which its day is written."""
_DAY_LENGTH = len("2024-09-02")
"""A date to the day, as the dates of a page are written."""


def _second_venue(page: Page, ev: EventDraft) -> EventDraft | None:
    """The same event held again in a second town on a day of its own, told right after the
    first town and day: "a organisé des ateliers … à Ibadan, au Nigéria, le 2 septembre 2024,
    et à Accra, au Ghana, le 6 septembre 2024" (two workshops); None when there is none."""
    if ev.city is None or ev.start is None or ev.end is not None or ev.start.start < ev.city.end:
        return None
    if len(ev.start.value) != _DAY_LENGTH:
        return None
    s1 = page.sentence_at(ev.start.start)[1]
    m = _SECOND_VENUE.match(page.text, ev.start.end, s1)
    if m is None:
        return None
    city = page.city_in(m.end(), min(s1, m.end() + _SECOND_DAY_REACH))
    if city is None or city[2] != m.end():
        return None
    day = next(
        (
            d
            for d in page.dates(city[3], min(s1, city[3] + _SECOND_DAY_REACH))
            if len(d[0]) == _DAY_LENGTH
        ),
        None,
    )
    if day is None or day[0] == ev.start.value:
        return None
    return EventDraft(
        event_type=ev.event_type,
        title=ev.title,
        start=Spanned(day[0], day[1], day[2]),
        city=Spanned(clean_title(city[0]), city[2], city[3]),
        country=Spanned(city[1], city[2], city[3]) if city[1] else None,
        initiative_title=ev.initiative_title,
    )


_INDEFINITE = grammar.words("indefinite")


_AT_EVENT = 25
"""Characters from a verb of presenting to the event noun it happened at ("… were presented at a
final conference"), at most."""


_OWN_EVENTS = frozenset({"workshop", "conference", "training"})
"""Types of events that an opening or closing word does not make part of another one."""


def _apposed_initiative(page: Page, toks: list[Tok], j: int) -> bool:
    """True when a comma, an indefinite article and, within two more words, an initiative word
    follow ``toks[j - 1]``: "the Regional Reintegration Dialogue, a platform launched in 2021
    by IOM and ECOWAS" names a standing initiative, not a meeting."""
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].low not in _INDEFINITE:
        return False
    return any(t.low in page.lex.initiative_words for t in toks[j + 2 : j + 5])


def _since_the(page: Page, toks: list[Tok], k: int) -> bool:
    """True when "since" and an article or possessive stand right before ``toks[k]``: "since
    its launch", "depuis son lancement", "desde su lanzamiento"."""
    return k >= 2 and toks[k - 1].low in page.lex.tokens["article"] and toks[k - 2].low in _SINCE


_SINCE = grammar.words("since")


def _opens_with(page: Page, toks: list[Tok], start: int) -> bool:
    """True when the sentence of ``toks`` opens with a definite article and the name starting
    at ``start``: "The Regional Reintegration Dialogue, which ran …"."""
    k = _token_index(toks, start)
    return k == 1 and toks[0].low in page.lex.tokens["definite"]


_TOLD = frozenset({"meeting", "other"})
"""Types of events whose verb names no event ("met", "handed over"): the headline does."""
