"""What kind of page a document is: project, office, news, practice page or other.

Project pages are recognised by their structure (field-label lines, or the label-less
developmentfund layout of bare code / PRIMA id / budget lines), as is an office's card of
labels that names donors but no code or budget (:func:`office_card`). The other kinds add up the
weights of cues in ``data/lang/<lang>/kind_cues.csv`` (verbs of speech among them, which count
most right after a quotation: “…,” said; days, right after a verb in the past: "lanzó hoy")
plus a few shapes: news datelines ("Geneva – …"),
IOM's "today (15/08)" dates, and listings of news teasers.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import attrgetter

import ahocorasick

from return_atlas.classify._data import LANGS, lang_rows
from return_atlas.classify.layout import PUBLISHED, Line, body_start, simple_fold, split_lines
from return_atlas.extract.drafts import Kind
from return_atlas.normalise import grammar
from return_atlas.normalise.dates import date_word_pattern, day_alone, find_dates, find_day_months
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.text import fold_same_length

PROJECT_CODE = re.compile(r"^[A-Z]{1,3}\d{0,2}[.-]\d{3,4}$")
"""An IOM project code on a line of its own: W34-805, RT.1297, CD.0023."""
PRIMA_ID = re.compile(r"^[A-Z]{2}\d{2}P\d{4}$")
"""A PRIMA id on a line of its own: SV10P0003."""
BARE_AMOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d\d)?$|^\d{4,9}\.\d\d$")
"""A budget figure on a line of its own: 103,058 or 100000.00."""

_PLACE_JOIN = alt("place_connector", "and")
"""A word inside a place's name: "Port of Spain", "Trinidad and Tobago"."""
_DATELINE = re.compile(
    r"^(?P<iso>[^\W\d]{0,8}\s*\d{4}-\d\d-\d\d\s+)?"
    rf"(?:[A-Z][\w'’.]+(?:(?:,?[ ](?:{_PLACE_JOIN}[ ])?|[ ]?[/&][ ]?)[A-Z][\w'’.]+){{0,2}}"
    r"|[A-Z][\w'’.]+,[ ][A-Z][\w'’.]+[ ]&[ ][A-Z][\w'’.]+(?:,[ ][A-Z][\w'’.]+)?)"
    r"(?P<date>,\s*(?:le\s+|el\s+)?\d{1,2}(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d]{3,10}\.?,?"
    r"\s+(?:de\s+)?\d{4}"
    r"|,\s*[^\W\d]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|,?\s+[^\W\d]{3,10}\.?\s+\d{1,2}/\d{4})?"
    r"(?:\s*\([A-Z]{2,8}(?: [A-Z][a-z]+)?\))?"
    r"(?:\s(?:--|[-–—])\s?|(?:--|[-–—])\s|(?(date)(?<=\))\s+|(?!)))(?:[A-Z«\"“]|L['’])"
)
"""A dateline: a place (a city, perhaps with its country: "Addis Ababa, Ethiopia", "Port of
Spain", "Trinidad and Tobago"; two places with a slash or an ampersand: "Haiti /Dominican
Republic", "Ibadan, Nigeria & Accra, Ghana"), perhaps
a full date ("Dhaka, 14 March 2023", "Niamey, le 7 février 2022", "Lima, 3 de mayo de 2021",
"Geneva, May 7, 2019", "GENEVA, 15th March, 2017", "Addis Ababa September 16/2021") and a
news agency in brackets ("(WAM)", "(ILO News)"), then a dash (or "--") and the text, or, after
a date and an agency, the text alone ("Addis Ababa September 16/2021 (ENA) The …"); a wire
page may put the date first, as a year-month-day ("2018-06-14 Addis Ababa - …"). One with a
full date is enough to make a news release; one without needs another cue."""
_BRACKET_DATELINE = re.compile(
    r"[A-Z][\w'’.]+(?: [A-Z][\w'’.]+){0,2},? \((?:[^\W\d]{3,5}\.? ?\d{1,2}/\d{2,4}"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)\s*(?:\.-?|:|[–—-])\s*[A-Z]"
)
"""A dateline of a place and its day in brackets, then a full stop or a dash ("San Salvador
(abr. 29/21). La …", "Tegucigalpa (08/04/2019).- El …")."""
_DATE_PLACE = re.compile(r"\.\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\.\s+[A-Z]")
"""After a dateline's full date: a full stop, a place and another, then the text ("June 22,
2016. Bishkek. Mission of …"); a shape of its own, looked for in every line of the body."""
_DATE_DASH = re.compile(r"\s*(?:--|[-–—]|\([A-Z][^()\d]{2,40}\)\s*[-–—:])\s*(?:[A-Z«\"“]|L['’])")
"""After a dateline of a full date alone: a dash and the text ("31 de mayo, 2014 — La
Organización …"), or the place in brackets and a colon or a dash ("October 28, 2019 (ADDIS
ABABA, Ethiopia): The …"); a period ("1 March 2017 – 31 December 2022") has a figure after
its dash."""


def _date_alone(text: str) -> bool:
    """True when ``text`` is a full date and nothing else ("6 June, 2019"): under a headline, the
    day the release was published (on 3 of the read news releases and on no office page;
    practice pages, which show the day a record was shared, are told by their own cues first)."""
    return day_alone(text) is not None


def place_and_date(text: str) -> bool:
    """True when ``text`` is a place, a comma and a full date, and nothing else but a closing
    full stop, dash or colon: a dateline on a line of its own ("Cachuela Esperanza, 19 de marzo
    de 2024.-", "London, 5 November 2016:")."""
    m = _PLACE_COMMA.match(text)
    return m is not None and _date_alone(text[m.end() :].rstrip(" .-–—:"))


_PLACE_COMMA = re.compile(rf"[A-Z][\w'’.]+(?:[ ](?:{_PLACE_JOIN}[ ])?[A-Z][\w'’.]+){{0,2}},\s*")


def _date_dateline(text: str, after: re.Pattern[str]) -> bool:
    """True when ``text`` opens with a full date, then what ``after`` matches: a dash and the
    text (_DATE_DASH), or a full stop, a place and another (_DATE_PLACE)."""
    dates = find_dates(text[:_DATE_HEAD])
    return (
        bool(dates)
        and dates[0][1] == 0
        and len(dates[0][0]) == _DAY_DATE
        and after.match(text, dates[0][2]) is not None
    )


def _lead_date(text: str, pos: int) -> bool:
    """True when a full date, or a day and its month, opens the text after a dateline, within a
    few words: "Ouagadougou – Du 22 au 24 novembre 2022,", "Dakar – Le 8 juin 2021,", "Port of
    Spain - On February 9th, 2023,", "Chisinau - On January 24, the …"."""
    head = text[pos : pos + _DATE_HEAD]
    return any(
        start <= _LEAD_GAP and len(value) == _DAY_DATE for value, start, _ in find_dates(head)
    ) or any(start <= _LEAD_GAP for _, _, start, _ in find_day_months(head))


_LEAD_GAP = 13
"""Characters after a dateline's dash before the date that opens its text ("Du 22 au ")."""
_DAY_DATE = len("2019-06-06")
_DATE_HEAD = 40
"""Characters at the start of a line in which a dateline's date is looked for."""
_DATELINE_WEIGHT = 2.0
_DATED_DATELINE_WEIGHT = 2.5
_TODAY = re.compile(r"\((?:\d{1,2}[-–])?\d{1,2}/\d{1,2}\)")


_BRACKETED = re.compile(r"\(([^()]{3,24})\)")


def _today_named(text: str) -> bool:
    """True when ``text`` holds IOM's date in brackets with the month named ("lance
    aujourd'hui (7 novembre)", "hoy (15 de mayo)", "today (5 March)")."""
    return any(
        (found := find_day_months(m.group(1))) and found[0][2:] == (0, len(m.group(1)))
        for m in _BRACKETED.finditer(text)
    )


@cache
def _weekday_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday word (data/lang/<lang>/date_words.csv), folded, with what may stand between
    it and a date after it; and what may stand right before it: a word naming the release's
    week ("ce mardi", "este lunes", "last Thursday", "on Tuesday") or a comma (", mardi,").
    The two are searched apart: one pattern opening with an optional part is tried at every
    character of the page, the weekday alone only where a word starts."""
    weekday = re.compile(
        rf"\b(?:{date_word_pattern('weekday')})\b(?P<closed>\s*,)?,?\s*(?:le\s+|el\s+)?"
    )
    before = re.compile(rf"(?:\b(?P<this>{date_word_pattern('this_day')})\s+|(?P<aside>,\s*))$")
    return weekday, before


_BEFORE_WEEKDAY = 40
"""Characters before a weekday in which the word naming its week is looked for."""


def _weekday_date(folded: str) -> bool:
    """True when a weekday names a day of the release's week ("ont démarré ce mardi à Lomé",
    "llegó este lunes", "said on Tuesday", or set off by commas: "a indiqué, mardi, la …") or
    comes right before a date written day first, with or without its year ("mercredi 16
    février 2022", "el martes 6 de agosto de 2019", "el pasado viernes 20 de febrero"): how
    a release dates what it reports (before a date: on 32 of the read releases and no other
    page, a practice record's "Monday, January 28, 2019" putting the month first; alone: on
    33 news releases and no other page of the read and synthetic sets).

    What stands before a weekday is looked for only after the end of the weekday read before
    it ("lundi, mardi,": the comma after "lundi" is that weekday's, not an aside before
    "mardi")."""
    weekday, before = _weekday_patterns()
    taken = 0
    for m in weekday.finditer(folded):
        prefix = before.search(folded, max(taken, m.start() - _BEFORE_WEEKDAY), m.start())
        taken = m.end()
        if prefix and (prefix.group("this") or m.group("closed")):
            return True  # "ce mardi", "on Tuesday", "a indiqué, mardi, la responsable"
        if not folded[m.end() : m.end() + 1].isdigit():
            continue
        head = folded[m.end() : m.end() + _DATE_HEAD]
        dates = find_dates(head)
        if dates and dates[0][1] == 0 and len(dates[0][0]) == _DAY_DATE:
            return True
        days = find_day_months(head)
        if days and days[0][2] == 0:
            return True
    return False


_DATED_TITLE = re.compile(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)$")
"""A title ending in a bracketed period or status, "(March 2015 - February 2017)": a project
of an office page, not a news headline."""
_MIN_LABEL_LINES = 3
_MIN_BARE_SHAPES = 2
_BARE_WINDOW = 15
_TEASER_MIN_PAIRS = 3
_MAX_REPEATS = 2
"""A line cue seen on several lines (a listing) counts at most this many times."""
_HEADLINE_WORDS = (4, 30)
_PARAGRAPH_WORDS = 25
_PRACTICE_THRESHOLD = 3.0
_NEWS_THRESHOLD = 2.5
_OTHER_THRESHOLD = 2.0
"""An "other" page needs one strong cue (a publication's "Date published", weight 2) that no
office cue outweighs; at 3.0, two were needed, and publication pages of one label were read
as office pages (read real pages: two more pages right, none wrong)."""
_WORDS = attrgetter("words")


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue of a page kind, folded, with its weight and where it must stand."""

    kind: str
    cue: str
    weight: float
    where: str


@cache
def _cues() -> tuple[_Cue, ...]:
    """Every kind cue of every language, folded (a cue written twice counts once)."""
    cues: dict[tuple[str, str, str], float] = {}
    for lang in LANGS:
        for row in lang_rows(lang, "kind_cues.csv"):
            if row.get("cue"):
                key = (row["kind"], simple_fold(row["cue"]), row["where"])
                cues[key] = max(cues.get(key, 0.0), float(row["weight"]))
    return tuple(_Cue(kind, cue, weight, where) for (kind, cue, where), weight in cues.items())


@cache
def project_labels() -> dict[str, str]:
    """Folded project-page label → field, for every language."""
    return {
        simple_fold(row["label"]): row["field"]
        for lang in LANGS
        for row in lang_rows(lang, "project_labels.csv")
        if row.get("label")
    }


@cache
def _longest_label() -> int:
    return max((len(label) for label in project_labels()), default=0)


def label_field(text: str) -> str | None:
    """The field whose label ``text`` is (exact after folding), or None."""
    if len(text) > _longest_label() + 4:
        return None
    return project_labels().get(simple_fold(text).rstrip(" :"))


def _label_fields(lines: list[Line]) -> list[str]:
    """The field of each project-page label line of ``lines``."""
    labels = project_labels()
    return [field for line in lines if (field := labels.get(line.key.rstrip(" :")))]


def _project_card(fields: list[str]) -> bool:
    """True when the project-page label lines' ``fields`` make a project page's card: three or
    more labels, that do not only say where the work is and how it stands ("Pays" / "Région" /
    "Statut" over a programme's description, on an office's page), nor name its donors and
    neither code nor budget it (an office's card, see :func:`office_card`): a project page's
    card also dates, codes or types its project."""
    return (
        len(fields) >= _MIN_LABEL_LINES
        and not _PLACE_AND_STATE.issuperset(fields)
        and not _an_office_card(fields)
    )


def office_card(lines: list[Line]) -> bool:
    """True when ``lines`` hold a card of labels that says where an office's project is, how
    it stands, when it runs and who funds it, and neither codes nor budgets it ("Countries" /
    "Region" / "Status" / "Start and End Date" / "Donors" on a regional office's page): the
    labels are read as a project page's are, and the page is an office's page (the read
    real pages hold 3 such cards, all of office pages; none of the 457 project pages with
    label lines of the read, development and synthetic sets names its donors under a label)."""
    return _an_office_card(_label_fields(lines))


def _an_office_card(fields: list[str]) -> bool:
    """:func:`office_card` of the fields of a page's label lines."""
    return (
        len(fields) >= _MIN_LABEL_LINES
        and "funders" in fields  # (a project page cut short may have lost its code lines)
        and _OFFICE_CARD.issuperset(fields)
    )


_PLACE_AND_STATE = frozenset({"countries", "iom_region", "status"})
_OFFICE_CARD = _PLACE_AND_STATE | {"funders", "period", "start", "end"}


_BARE_SHAPE = re.compile(
    "|".join(f"(?:{shape.pattern})" for shape in (PROJECT_CODE, PRIMA_ID, BARE_AMOUNT))
)
"""Any of the three bare shapes (each starts with a capital A-Z or a decimal digit)."""


def _bare_shapes(lines: list[Line]) -> int:
    """The most code / PRIMA / budget lines found in a window of consecutive lines."""
    # A shape holds no white space, so only a one-word line can be one (found at C speed).
    found = [
        index
        for index in compress(range(len(lines)), map((1).__eq__, map(_WORDS, lines)))
        if (first := lines[index].content[:1])
        and ("A" <= first <= "Z" or first.isdecimal())
        and _BARE_SHAPE.match(lines[index].content)
    ]
    # The fullest window starts at a shape line: count the shapes from each one on.
    return max(
        (bisect_left(found, at + _BARE_WINDOW, k) - k for k, at in enumerate(found)), default=0
    )


def _headline(line: Line) -> bool:
    """True for a line shaped like a news headline: 4 to 20 words, a capital or a figure first
    ("300 Haitian migrants return …"), no closing stop, no bracketed period (a dateline right
    under one opens a news release)."""
    low, high = _HEADLINE_WORDS
    return (
        not line.bullet
        and low <= line.words <= high
        and (line.text[0].isupper() or line.text[0].isdecimal())
        and not line.text.endswith((".", ":", ";"))
        and not _DATED_TITLE.search(line.text)
    )


def _teaser_pairs(lines: list[Line]) -> int:
    """Headline lines directly followed by a long paragraph (a listing of news teasers)."""
    return sum(
        1
        for head, paragraph in itertools.pairwise(lines)
        if paragraph.words >= _PARAGRAPH_WORDS and _headline(head)
    )


@dataclass(frozen=True, slots=True)
class _CueIndex:
    line: dict[str, list[_Cue]]
    start: re.Pattern[str] | None
    start_cues: dict[str, list[_Cue]]
    text: ahocorasick.Automaton | None
    quoted: re.Pattern[str] | None
    quoted_cues: dict[str, list[_Cue]]
    quoted_next: re.Pattern[str] | None
    quoted_next_cues: dict[str, list[_Cue]]
    headline: dict[str, list[_Cue]]
    headline_first: dict[str, list[_Cue]]
    chrome: dict[str, list[_Cue]]
    after_past: re.Pattern[str] | None
    after_past_days: re.Pattern[str] | None
    after_past_cues: dict[str, list[_Cue]]


@cache
def _cue_index() -> _CueIndex:
    """The cues arranged for one pass over a document."""
    line: dict[str, list[_Cue]] = {}
    start: dict[str, list[_Cue]] = {}
    automaton = ahocorasick.Automaton()
    text: dict[str, list[_Cue]] = {}
    quoted: dict[str, list[_Cue]] = {}
    quoted_next: dict[str, list[_Cue]] = {}
    headline: dict[str, list[_Cue]] = {}
    headline_first: dict[str, list[_Cue]] = {}
    chrome: dict[str, list[_Cue]] = {}
    after_past: dict[str, list[_Cue]] = {}
    targets = {
        "line": line,
        "start": start,
        "quoted": quoted,
        "quoted_next": quoted_next,
        "headline": headline,
        "headline_first": headline_first,
        "chrome": chrome,
        "after_past": after_past,
    }
    for cue in _cues():
        targets.get(cue.where, text).setdefault(cue.cue, []).append(cue)
    for word, cues in text.items():
        automaton.add_word(word, (len(word), tuple(cues)))
    if text:
        automaton.make_automaton()
    # a cue that ends in a letter ends a word ("hier", not "hierarchy"; "News article25 May")
    alternation = "|".join(
        re.escape(cue) + (r"(?![^\W\d_])" if cue[-1:].isalpha() else "")
        for cue in sorted(start, key=len, reverse=True)
    )
    speech = "|".join(re.escape(cue) for cue in sorted(quoted, key=len, reverse=True))
    speech_next = "|".join(re.escape(cue) for cue in sorted(quoted_next, key=len, reverse=True))
    days = "|".join(re.escape(cue) for cue in sorted(after_past, key=len, reverse=True))
    return _CueIndex(
        line=line,
        start=re.compile(rf"^(?:{alternation})", re.MULTILINE) if start else None,
        start_cues=start,
        text=automaton if text else None,
        quoted=re.compile(rf"{_QUOTE_END}{_SPEAKER}({speech})\b") if quoted else None,
        quoted_next=re.compile(rf"{_QUOTE_END}({speech_next})\b") if quoted_next else None,
        quoted_next_cues=quoted_next,
        quoted_cues=quoted,
        headline=headline,
        headline_first=headline_first,
        chrome=chrome,
        after_past=re.compile(rf"([^\W\d_]+)[ ]({days})(?![^\W\d_])") if after_past else None,
        after_past_days=re.compile(rf"[ ](?:{days})(?![^\W\d_])") if after_past else None,
        after_past_cues=after_past,
    )


_HEADLINE_LOOK = 6
"""Body lines in which a news headline is looked for."""
_WORD_MARKS = "“”\"'«»,.:;!?()"

_SPEAKER = r"(?:[\w’'-]+[ \t\u00a0]+){0,3}?"
"""Up to three words between a quotation and its verb of speech: “…,” she said; ”, the
Minister said."""
_QUOTE_END = r"[”\"»][ \t\u00a0]*,?[ \t\u00a0]*"
"""A closing quotation mark, perhaps a comma, before a verb of speech: “…,” said; « … », a
déclaré."""


def _runs_on(line: Line, following: Line) -> bool:
    """True when ``line`` is prose that a hard line break cuts ("… recibe y capacita" / "a …"):
    the next line follows with no blank line between and opens in lower case (debris glued
    to a paragraph after a blank line, "nieuwsbrief2Engaging …", continues nothing)."""
    return following.text[0].islower() and following.start - line.end == 1  # one "\n"


def kind_scores(lines: list[Line], start: int | None = None) -> dict[str, float]:
    """Cue weight per kind for a document split into lines (body lines only).

    ``start`` is the :func:`body_start` of ``lines`` when the caller knows it already.
    """
    body = lines[body_start(lines) if start is None else start :]
    scores = {"news_release": 0.0, "practice_page": 0.0, "office_page": 0.0, "other": 0.0}
    index = _cue_index()
    folded_text = " ".join(line.key for line in body)  # a phrase may run over a line break
    counts: dict[_Cue, int] = {}
    if index.chrome:
        for line in lines[: len(lines) - len(body)]:  # the site's menu, before the body
            for cue in index.chrome.get(line.key, ()):
                counts[cue] = 1
    for line in body:
        for cue in index.line.get(line.key, ()):
            counts[cue] = counts.get(cue, 0) + 1
    if index.start is not None:
        for line in body:  # the pattern is anchored at line starts, and no cue holds a line break
            match = index.start.match(line.key)
            if match is not None:
                for cue in index.start_cues[match.group()]:
                    counts[cue] = counts.get(cue, 0) + 1
    if index.text is not None:
        size = len(folded_text)
        for end, (length, cues) in index.text.iter(folded_text):
            before = folded_text[end - length] if end >= length else " "
            after = folded_text[end + 1] if end + 1 < size else " "
            if before.isalnum() or after.isalnum():
                continue  # part of a longer word
            for cue in cues:
                counts[cue] = 1
    for pattern, cues_of in (
        (index.quoted, index.quoted_cues),
        (index.quoted_next, index.quoted_next_cues),
    ):
        if pattern is not None:
            for found in set(pattern.findall(folded_text)):
                for cue in cues_of[found]:
                    counts[cue] = 1
    if index.headline or index.headline_first:
        # a verb of a news headline ("… Launches …", "… lance …", "… inaugura …") in one of the
        # first headline-shaped lines, not as its first word
        look = body[: _HEADLINE_LOOK + 1]
        heads = [
            ln
            for k, ln in enumerate(look[:_HEADLINE_LOOK])
            if _headline(ln) and k + 1 < len(look) and not _runs_on(ln, look[k + 1])
        ]  # (a headline stands over a text: the page's last line, cut short, heads nothing)
        for line in heads[:2]:
            words = [word.strip(_WORD_MARKS) for word in line.key.split()]
            for word in words[1:]:
                for cue in index.headline.get(word, ()):
                    counts[cue] = 1
            # a Spanish headline may open with its verb, the subject left out ("Fortalecen la
            # asistencia a los migrantes retornados"); a title opens with a noun
            for cue in index.headline_first.get(words[0] if words else "", ()):
                counts[cue] = 1
    days = index.after_past_days
    if index.after_past is not None and days is not None and days.search(folded_text):
        # (the day words first, in the folded text at hand: most pages write none)
        for cue in _after_past(body, index.after_past, days, index.after_past_cues):
            counts[cue] = 1
    for cue, hits in counts.items():
        scores[cue.kind] = scores.get(cue.kind, 0.0) + cue.weight * min(hits, _MAX_REPEATS)
    datelines = [
        (m, k)
        for k, line in enumerate(body)
        if len(line.text) > 60 and (m := _DATELINE.match(line.text))
    ]
    scores["news_release"] += sum(
        _DATED_DATELINE_WEIGHT
        if m.group("date")
        or m.group("iso")
        or _lead_date(m.string, m.end() - 1)
        or (k and _headline(body[k - 1]))
        else _DATELINE_WEIGHT
        for m, k in datelines[:2]
    )
    first = body[:_HEADLINE_LOOK]
    if not datelines and (
        any(
            (len(line.text) > 60 and _date_dateline(line.text, _DATE_DASH))
            or _date_alone(line.text)
            for line in first
        )
        or any(
            (len(line.text) > 60 and _date_dateline(line.text, _DATE_PLACE))
            or place_and_date(line.text)
            for line in body
        )
    ):
        # "31 de mayo, 2014 — La OIM …", or a line of its own under the headline: "6 June,
        # 2019"; anywhere in the body: "June 22, 2016. Bishkek. Mission of …", or a place and
        # a full date on a line of their own, which a fact sheet puts under its menu and
        # headline: "Brussels, 15 December 2016"
        scores["news_release"] += _DATED_DATELINE_WEIGHT
    if any(_BRACKET_DATELINE.match(line.text) for line in first):
        # "San Salvador (abr. 29/21). La Embajada …", "Tegucigalpa (08/04/2019).- El …"
        scores["news_release"] += _DATED_DATELINE_WEIGHT
    if any(_TODAY.search(line.text) for line in body) or _today_named(folded_text):
        scores["news_release"] += 2.0
    if _weekday_date(folded_text):
        scores["news_release"] += _DATED_DATELINE_WEIGHT
    if lines and PUBLISHED.match(lines[0].text):
        # " date 2019-11 La OIM ayuda …": the store dates the pages it holds as published on
        # a day (news releases, stories), not the standing pages of an office or a project
        scores["news_release"] += _DATED_DATELINE_WEIGHT
    if _wrapped_lines(body) >= _MIN_WRAPS:
        scores["news_release"] += _WRAPPED_WEIGHT
    if _teaser_pairs(body) >= _TEASER_MIN_PAIRS:
        scores["news_release"] += _NEWS_THRESHOLD
    return scores


def _after_past(
    body: list[Line],
    pattern: re.Pattern[str],
    days: re.Pattern[str],
    cues_of: dict[str, list[_Cue]],
) -> list[_Cue]:
    """The cues of days ("today", "hoy", "hier") written right after a verb in the past
    ("launched today", "lanzó hoy", "a lancé hier"): the day a release reports. The verb's
    ending is read as written, accents kept ("lanzó", not "como hoy"; "lancé", not "encore
    aujourd'hui"). Only a line that holds a day is read, with the line before it (a hard
    line break may stand between the verb and the day)."""
    found: list[_Cue] = []
    for k, line in enumerate(body):
        if days.search(" " + line.key) is None:
            continue
        raw = " ".join(" ".join(ln.text.split()) for ln in body[max(0, k - 1) : k + 1])
        for m in pattern.finditer(fold_same_length(raw)):
            if raw[m.start(1) : m.end(1)].lower().endswith(_PAST_ENDINGS):
                found.extend(cues_of[m.group(2)])
    return found


_PAST_ENDINGS = tuple(grammar.written("past_ending"))


_MIN_WRAPS = 3
_WRAPPED_WEIGHT = 1.5
"""Prose broken mid-sentence at a fixed width, as older press releases were, is a weak sign of
a news release (on 5 of the 26 real ones of the development and read real-page sets, on none of
their office or practice pages): it counts with another cue."""
_WRAP_WIDTH = 40


def _wrapped_lines(lines: list[Line]) -> int:
    """Lines of prose that a hard line break cuts mid-sentence: a long line ending in a letter,
    the next one opening in lower case."""
    return sum(
        1
        for line, following in itertools.pairwise(lines)
        if len(line.text) > _WRAP_WIDTH and line.text[-1].isalpha() and following.text[0].islower()
    )


def detect_kind_of_lines(lines: list[Line], start: int | None = None) -> Kind:
    """The kind of a document already split into lines (``start``: its body start, if known)."""
    return kind_and_cue(lines, start)[0]


def kind_and_cue(lines: list[Line], start: int | None = None) -> tuple[Kind, bool]:
    """The kind of a document already split into lines, and whether a cue of that kind was
    seen: an office page is also what a page with no cue of any kind is taken for, a story
    told with no dateline as often as an office's account of its projects."""
    fields = _label_fields(lines)
    if _project_card(fields) or _bare_shapes(lines) >= _MIN_BARE_SHAPES:
        return "project_page", True
    if _an_office_card(fields):
        return "office_page", True
    scores = kind_scores(lines, start)
    if (
        scores["practice_page"] >= _PRACTICE_THRESHOLD
        and scores["practice_page"] >= scores["news_release"]
        and scores["practice_page"] > scores["other"]  # a hub's publication page, not a record
    ):
        return "practice_page", True
    if (
        scores["news_release"] >= _NEWS_THRESHOLD
        and scores["news_release"] > scores["office_page"]
        and scores["news_release"] >= scores["other"]
    ):
        return "news_release", True
    if scores["other"] >= _OTHER_THRESHOLD and scores["other"] > scores["office_page"]:
        return "other", True
    return "office_page", scores["office_page"] > 0


def detect_kind(text: str) -> Kind:
    """The kind of page ``text`` is: project, office, news, practice page or other."""
    return detect_kind_of_lines(split_lines(text))
