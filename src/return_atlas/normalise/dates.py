"""Dates and periods in English, French and Spanish text → partial ISO dates.

Month names and the small words around dates ("from", "au", "hasta" …) live in
``data/lang/<lang>/months.csv`` and ``date_words.csv``. Patterns are compiled once, over
folded text (same length as the original, so spans carry over).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.grammar import alt, lead
from return_atlas.normalise.text import alternation, fold_same_length

_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR_ANYWHERE = re.compile(_YEAR)
_BEFORE_YEAR = 48
"""Longest date text before its year ("mercredi 28 septembre de 2019" and the like)."""
_AFTER_YEAR = 8
"""Longest date text after its year ("2019-05-07")."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    months: dict[str, int]
    month_names: ahocorasick.Automaton
    """Every month name, to find where a date may start without trying every offset."""
    dates: re.Pattern[str]
    day_ranges: re.Pattern[str]
    gap: re.Pattern[str]
    opener: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    day_month: re.Pattern[str]
    """A day and a month with no year: "le 5 février", "on 5 March", "on March 5"."""


@cache
def _date_words() -> dict[str, frozenset[str]]:
    """Folded words of data/lang/<lang>/date_words.csv in every language, by role."""
    words: dict[str, set[str]] = {}
    for lang in LANGS:
        for row in read_csv("lang", lang, "date_words.csv"):
            words.setdefault(row["role"], set()).add(fold_same_length(row["word"]))
    return {role: frozenset(found) for role, found in words.items()}


def date_words(role: str) -> frozenset[str]:
    """The folded date words of ``role`` ("weekday", "this_day", "since" …) in every language."""
    return _date_words().get(role, frozenset())


@cache
def date_word_pattern(role: str) -> str:
    """A regular-expression alternation of the folded date words of ``role``."""
    return alternation(date_words(role))


@cache
def _patterns() -> _Patterns:
    """Compile the date patterns from the month and date-word tables of every language."""
    months: dict[str, int] = {}
    words = _date_words()
    for lang in LANGS:
        for row in read_csv("lang", lang, "months.csv"):
            months.setdefault(fold_same_length(row["name"]), int(row["month"]))
    month = rf"(?:{alternation(set(months))})\.?(?![a-z])"
    ordinal = rf"(?:\s?(?:{alternation(words.get('ordinal', set()))}))?"
    sep = rf",?\s+(?:(?:{alternation(words.get('of', set()) | {'de', 'of'})})\s+)?"
    day = rf"(?<!\d)(?P<{{}}>{_DAY}){ordinal}"
    year = rf"(?<![\d.,/])(?P<{{}}>{_YEAR})(?![\d]|[.,]\d)"
    dates = re.compile(
        "|".join(
            [
                rf"(?<![\d.])(?P<iy>{_YEAR})[-/.](?P<im>[01]?\d)[-/.](?P<id>[0-3]?\d)(?!\d)",
                rf"(?<![\d.])(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./](?P<ny>{_YEAR})(?!\d)",
                rf"(?<![\d./])(?P<sm>[01]?\d)/(?P<sy>{_YEAR})(?!\d)",  # 03/2018
                day.format("dd") + rf"{sep}(?P<dm>{month}){sep}" + year.format("dy"),
                # "March 3, 2018", "September 16/2021" (an Ethiopian agency's dateline)
                rf"(?P<mm>{month})\s+"
                + day.format("md")
                + rf"(?:,?\s+|/)(?P<my>{_YEAR})(?![\d]|[.,]\d)",
                rf"(?P<om>{month}){sep}" + year.format("oy"),
                year.format("y"),
            ]
        )
    )
    to = alternation(words.get("to", set()) | words.get("until", set()))
    article = f"{lead('article')}?"  # "entre el 3 y el 5 de marzo"
    day_ranges = re.compile(
        rf"(?P<am>{month})\s+(?P<ad1>{_DAY}){ordinal}\s*(?:{to})\s*(?P<ad2>{_DAY}){ordinal},?\s+"
        + year.format("ay")
        + "|"
        + rf"(?<!\d)(?P<bd1>{_DAY}){ordinal}\s*(?:{to})\s*{article}(?P<bd2>{_DAY}){ordinal}{sep}"
        + rf"(?P<bm>{month}){sep}"
        + year.format("by")
        + "|"
        # "from 28 February to 2 March 2024", "du 28 février au 2 mars 2024": two days of two
        # months of one year
        + rf"(?<!\d)(?P<ed1>{_DAY}){ordinal}{sep}(?P<em1>{month})\s*(?:{to})\s*{article}"
        + rf"(?P<ed2>{_DAY}){ordinal}{sep}(?P<em2>{month}){sep}"
        + year.format("ey")
        + "|"
        # "Between January and July 2019", "entre janvier et septembre 2019", "de enero a
        # agosto de 2019": two months of one year
        + rf"(?P<cm1>{month})\s*(?:{to}|{alt('and')}|[-–])\s*(?P<cm2>{month}){sep}"
        + year.format("cy")
    )
    # (a form's labels: "From: 1 August 2015    To: 31 July 2017")
    # ("until the end of 2023", "à fin 2023", "hasta finales de 2023": the end's year)
    end_of = alternation(words.get("end_of", set()))
    gap = re.compile(
        rf"\s*,?\s*(?:{to})\s*:?\s*(?:(?:{end_of})\s+)?{lead('article')}?$|\s*[-/]\s*$"
    )
    opener = re.compile(rf"(?:^|(?<=[\s(]))(?:{alternation(words.get('from', set()))}):?\s*$")
    since = re.compile(rf"(?:^|(?<=[\s(]))(?:{alternation(words.get('since', set()))})\s+$")
    until = re.compile(rf"(?:^|(?<=[\s(]))(?:{alternation(words.get('until', set()))})\s+$")
    day_month = re.compile(
        day.format("xd") + rf"{sep}(?P<xm>{month})(?!{sep}\d)"
        + "|"
        + rf"(?P<ym>{month})\s+" + day.format("yd") + r"(?![\d,]*\s*\d{4})(?!\d)"
    )  # fmt: skip
    names = ahocorasick.Automaton()
    for name in months:
        names.add_word(name, len(name))
    names.make_automaton()
    return _Patterns(months, names, dates, day_ranges, gap, opener, since, until, day_month)


_DIGIT_RUN = re.compile(r"\d+")


def _matches(
    pattern: re.Pattern[str], folded: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(folded, start, end)`` for the date patterns, tried only where a date
    can start: where a run of digits or a month name does (the branches that start with a
    number want no digit before it). Trying the many branches at every offset is what costs."""
    starts = {run.start() for run in _DIGIT_RUN.finditer(folded, start, end)}
    if folded:
        starts.update(
            last - length + 1 for last, length in _patterns().month_names.iter(folded, start, end)
        )
    done = start
    for at in sorted(starts):
        if at >= done and (match := pattern.match(folded, at, end)):
            yield match
            done = match.end()


def is_month(word: str) -> bool:
    """True when ``word`` is a month's name in any of the languages ("June", "juin", "junio",
    "Sept.")."""
    return _month_number(fold_same_length(word.lower())) is not None


def _month_number(name: str) -> int | None:
    """Month number of a folded month name (with or without a final dot)."""
    return _patterns().months.get(name.rstrip("."))


def _format(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """A validated partial date string."""
    try:
        if month is None:
            return f"{year:04d}" if 1000 <= year <= 2999 else None
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _value(match: re.Match[str]) -> str | None:
    """The partial date that a match of the date pattern stands for."""
    groups = match.groupdict()
    if groups["iy"]:
        return _format(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups["ny"]:
        first, second = int(groups["nd"]), int(groups["nm"])
        if second > 12 >= first:
            first, second = second, first
        return _format(int(groups["ny"]), second, first)
    if groups["sy"]:
        return _format(int(groups["sy"]), int(groups["sm"]))
    if groups["dy"]:
        return _format(int(groups["dy"]), _month_number(groups["dm"]), int(groups["dd"]))
    if groups["my"]:
        return _format(int(groups["my"]), _month_number(groups["mm"]), int(groups["md"]))
    if groups["oy"]:
        return _format(int(groups["oy"]), _month_number(groups["om"]))
    return _format(int(groups["y"]))


def find_dates(
    text: str, lang: str | None = None, *, years: bool = False
) -> list[tuple[str, int, int]]:
    """Every date expression in ``text`` as (partial date, start, end); bare years if ``years``."""
    del lang  # month names of the three languages do not clash; all are tried
    folded = fold_same_length(text)
    pattern = _patterns().dates
    found: list[tuple[str, int, int]] = []
    for window_start, window_end in _year_windows(folded):
        for match in _matches(pattern, folded, window_start, window_end):
            if match.group("y") and not years:
                continue
            value = _value(match)
            if value is not None:
                found.append((value, match.start(), match.end()))
    return found


def _year_windows(folded: str) -> list[tuple[int, int]]:
    """Stretches of text around each year (every date form has one), merged, word-aligned."""
    windows: list[tuple[int, int]] = []
    for match in _YEAR_ANYWHERE.finditer(folded):
        start = folded.rfind(" ", 0, max(0, match.start() - _BEFORE_YEAR)) + 1
        end = min(len(folded), match.end() + _AFTER_YEAR)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_day_months(text: str) -> list[tuple[int, int, int, int]]:
    """Days written with their month and no year, as (month, day, start, end): "le 5 février",
    "on 5 March", "el 12 de mayo", "on March 5" (a year after them makes a full date instead)."""
    folded = fold_same_length(text)
    patterns = _patterns()
    found = []
    for match in patterns.day_month.finditer(folded):
        groups = match.groupdict()
        name, day = (groups["xm"], groups["xd"]) if groups["xm"] else (groups["ym"], groups["yd"])
        month = _month_number(name)
        if month is not None:
            found.append((month, int(day), match.start(), match.end()))
    return found


def range_start(text: str, at: int) -> tuple[int, int, int] | None:
    """The first day of a range written right before the day at offset ``at`` of ``text``
    ("28 to " of "from 28 to 31 March", "du 28 au 31 mars", "del 28 al 31 de marzo"), as
    (day, start, end); else None."""
    m = _range_start().search(fold_same_length(text), 0, at)
    if m is None or not 1 <= int(m.group(1)) <= _LAST_DAY:
        return None
    return int(m.group(1)), m.start(1), m.end(1)


@cache
def _range_start() -> re.Pattern[str]:
    """A day and a range word of the date-word tables ("to", "au", "al") ending the text."""
    return re.compile(rf"\b(\d{{1,2}})\s*(?:{alternation(date_words('to'))})\s*$")


_LAST_DAY = 31


DATE_MARKS = " ,.-–—"
"""Punctuation that may stand around a date on a line or in a sentence of its own."""


def day_alone(text: str, around: str = "") -> tuple[str, int, int] | None:
    """The full date (to the day) that is all ``text`` holds, but for the characters of
    ``around`` before or after it ("12 March 2019", "6 June, 2019", "– 5 mai 2020."): the
    date and its span; else None."""
    dates = find_dates(text)
    if len(dates) != 1 or len(dates[0][0]) != len("2019-03-12"):
        return None
    _, a, b = dates[0]
    return dates[0] if not (text[:a] + text[b:]).strip(around) else None


def parse_partial_date(text: str, lang: str | None = None) -> str | None:
    """The first date written in ``text`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    dates = find_dates(text, lang, years=True)
    return dates[0][0] if dates else None


def _ordered(start: str, end: str) -> bool:
    """True when ``end`` is not before ``start`` (compared at their common precision)."""
    size = min(len(start), len(end))
    return start[:size] <= end[:size]


def find_period(
    text: str, lang: str | None = None
) -> tuple[str | None, str | None, int, int] | None:
    """The first period in ``text`` as (start, end, span start, span end), or None."""
    patterns = _patterns()
    folded = fold_same_length(text)
    ranged = None
    for window_start, window_end in _year_windows(folded):
        ranged = next(_matches(patterns.day_ranges, folded, window_start, window_end), None)
        if ranged:
            break
    dates = find_dates(text, lang, years=True)
    for (first, a_start, a_end), (second, b_start, b_end) in itertools.pairwise(dates):
        if ranged and ranged.start() < a_start:
            break
        if patterns.gap.match(folded[a_end:b_start]) and _ordered(first, second):
            window_start = max(0, a_start - 12)
            opener = patterns.opener.search(folded[window_start:a_start])
            start = window_start + opener.start() if opener else a_start
            return first, second, start, b_end
    if ranged and ranged.group("ey"):
        year = int(ranged.group("ey"))
        start_date = _format(year, _month_number(ranged.group("em1")), int(ranged.group("ed1")))
        end_date = _format(year, _month_number(ranged.group("em2")), int(ranged.group("ed2")))
        if start_date and end_date and start_date <= end_date:
            return start_date, end_date, ranged.start(), ranged.end()
        ranged = None
    if ranged and ranged.group("cy"):
        year = int(ranged.group("cy"))
        start_date = _format(year, _month_number(ranged.group("cm1")))
        end_date = _format(year, _month_number(ranged.group("cm2")))
        if start_date and end_date and start_date <= end_date:
            return start_date, end_date, ranged.start(), ranged.end()
        ranged = None
    if ranged:
        groups = ranged.groupdict()
        prefix = "a" if groups["ay"] else "b"
        year, month = int(groups[f"{prefix}y"]), _month_number(groups[f"{prefix}m"])
        start_date = _format(year, month, int(groups[f"{prefix}d1"]))
        end_date = _format(year, month, int(groups[f"{prefix}d2"]))
        if start_date and end_date and start_date <= end_date:
            return start_date, end_date, ranged.start(), ranged.end()
    for value, start, end in dates:
        before = folded[max(0, start - 14) : start]
        if patterns.since.search(before):
            return value, None, start, end
        if patterns.until.search(before):
            return None, value, start, end
    return None
