"""Numbers and money amounts in English, French and Spanish text.

Scale words ("million", "millions", "millones", "mil", "milliards" …) live in
``data/lang/<lang>/numbers.csv``; currency words and symbols in ``currencies.csv``.
Patterns are compiled once, over folded text (same length as the original).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from return_atlas.codelists import codes
from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.number_words import find_number_words_folded, words_worth
from return_atlas.normalise.text import alternation, fold_same_length

_NUMBER = (
    r"(?<![\d.,])(?:\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?: \d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?!\d)"
)


@dataclass(frozen=True, slots=True)
class _Tables:
    scales: dict[str, float]
    currencies: dict[str, str]
    number: re.Pattern[str]
    amount: re.Pattern[str]
    scale_words: re.Pattern[str]
    iso_amount: re.Pattern[str]
    """An amount with a three-letter code the currency words do not hold ("NPR 1,000,000")."""
    iso_codes: frozenset[str]
    word_amount: re.Pattern[str]
    """A scale word of a million or more, then a currency: the part of an amount whose number
    may be written in words ("millions d'euros", "million US dollars", "millón de dólares")."""
    one_before: re.Pattern[str]
    """The word for one right before a scale word ("un", "une", "one", "uno", "una")."""
    bare_big: re.Pattern[str]
    """A figure and a scale word of a million or more with no currency after them, then a
    mark or a relative word: "uno dotado con 1.8 millones que …", "dont 1,5 million."."""


@cache
def _tables() -> _Tables:
    """Compile the number and amount patterns from the data tables of every language."""
    scales: dict[str, float] = {}
    currencies: dict[str, str] = {}
    for lang in LANGS:
        for row in read_csv("lang", lang, "numbers.csv"):
            scales.setdefault(fold_same_length(row["word"]), float(row["multiplier"]))
        for row in read_csv("lang", lang, "currencies.csv"):
            currencies.setdefault(" ".join(fold_same_length(row["word"]).split()), row["code"])
    long_scales = {word for word in scales if len(word) > 2}
    short_scales = set(scales) - long_scales
    scale = (
        rf"(?:\s*(?:{alternation(long_scales)})(?![\w])|(?:{alternation(short_scales)})(?![\w]))"
    )
    currency = alternation(currencies, lambda word: re.escape(word).replace(r"\ ", r"\s+"))
    amount = re.compile(
        rf"(?<![\w$€£¥])(?P<ca>{currency})\s?(?P<na>{_NUMBER})(?P<sa>{scale}*)"
        rf"|(?P<nb>{_NUMBER})(?P<sb>{scale}*)\s*(?:{alt('of', 'at')}\s*)?(?P<cb>{currency})(?![\w])"
    )
    number = re.compile(rf"(?P<n>{_NUMBER})(?P<s>{scale}*)")
    scale_words = re.compile(rf"{scale}")
    iso_amount = re.compile(
        rf"(?<![\w$€£¥])(?P<ca>[a-z]{{3}})\s?(?P<na>{_NUMBER})(?P<sa>{scale}*)"
        rf"|(?P<nb>{_NUMBER})(?P<sb>{scale}*)\s?(?P<cb>[a-z]{{3}})(?![\w])"
    )
    iso_codes = codes("currencies")
    big = {word for word, value in scales.items() if value >= _MILLION and len(word) > 2}
    word_amount = re.compile(
        rf"(?<![\w])(?P<s>{alternation(big)})(?![\w])\s*(?:{alt('of', 'at')}\s*)?"
        rf"(?P<c>{currency})(?![\w])"
    )
    one_before = re.compile(rf"(?<![\w])(?:{alternation(words_worth(1))})\s*$")  # "d'un million"
    bare_big = re.compile(
        rf"(?P<n>{_NUMBER})\s*(?P<s>{alternation(big)})(?![\w])"
        rf"(?=\s*(?:[,.;:)]|$|(?:{alt('relative')})(?![\w])))"
    )
    return _Tables(
        scales,
        currencies,
        number,
        amount,
        scale_words,
        iso_amount,
        iso_codes,
        word_amount,
        one_before,
        bare_big,
    )


def _number_value(
    digits: str, lang: str | None, scaled: bool, *, money: bool = False
) -> float | None:
    """Read one written number, deciding which of ``,`` and ``.`` is the decimal mark. An
    amount of ``money`` with no scale word has no third decimal: "USD 750.000" is 750,000
    in an English text too."""
    text = digits.replace(" ", "")
    comma, dot = text.count(","), text.count(".")
    if comma and dot:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif comma:
        head, _, tail = text.rpartition(",")
        decimal_comma = len(tail) != 3 or (scaled and lang in ("fr", "es"))
        text = f"{head}.{tail}" if comma == 1 and decimal_comma else text.replace(",", "")
    elif dot:
        head, _, tail = text.rpartition(".")
        thousands = dot > 1 or (len(tail) == 3 and (lang != "en" or (money and not scaled)))
        text = text.replace(".", "") if thousands else text
    try:
        return float(text)
    except ValueError:
        return None


def _scaled(value: float, scale_text: str) -> float:
    """Multiply ``value`` by every scale word in ``scale_text`` ("mil millones" = 1e9)."""
    tables = _tables()
    for match in tables.scale_words.finditer(scale_text):
        value *= tables.scales.get(match.group().strip(), 1.0)
    return value


def parse_number(text: str, lang: str | None = None) -> float | None:
    """The first number in ``text`` with its scale words ("2,4 millions" → 2400000.0), and
    the hundreds written after a thousands word ("73 mil 402" → 73402.0)."""
    folded = fold_same_length(text)
    match = _tables().number.search(folded)
    if match is None:
        return None
    value = _number_value(match.group("n"), lang, bool(match.group("s")))
    if value is None:
        return None
    scaled = _scaled(value, match.group("s"))
    rest = _HUNDREDS_AFTER.match(folded, match.end())
    if rest is not None and scaled != value and scaled / value == _THOUSAND:
        scaled += float(rest.group(1))
    return scaled


_THOUSAND = 1000.0
_HUNDREDS_AFTER = re.compile(r"\s+(\d{1,3})(?!\d)")
"""The hundreds after a thousands word: "73 mil 402" (a Spanish way of writing 73,402)."""


def thousands_words() -> frozenset[str]:
    """The scale words worth a thousand ("mil", "thousand"), folded."""
    return frozenset(word for word, value in _tables().scales.items() if value == _THOUSAND)


def find_amounts(text: str, lang: str | None = None) -> list[tuple[float, str, int, int]]:
    """Money amounts with an explicit currency as (amount, ISO 4217, start, end)."""
    tables = _tables()
    found: list[tuple[float, str, int, int]] = []
    folded = fold_same_length(text)
    matches = (
        match
        for window_start, window_end in _number_windows(folded)
        for match in tables.amount.finditer(folded, window_start, window_end)
    )
    for match in matches:
        prefix = "a" if match.group("ca") else "b"
        scale_text = match.group(f"s{prefix}")
        value = _number_value(match.group(f"n{prefix}"), lang, bool(scale_text), money=True)
        code = tables.currencies.get(" ".join(match.group(f"c{prefix}").split()))
        if value is None or code is None:
            continue
        found.append((_scaled(value, scale_text), code, match.start(), match.end()))
    for window_start, window_end in _number_windows(folded):
        for match in tables.iso_amount.finditer(folded, window_start, window_end):
            prefix = "a" if match.group("ca") else "b"
            code = text[match.start(f"c{prefix}") : match.end(f"c{prefix}")]
            if not is_currency_code(code) or _shouted(text, match.start(), match.end()):
                continue  # an ISO 4217 code only as one writes it: "NPR 1,000,000", not "all 3"
            if any(a < match.end() and match.start() < b for *_, a, b in found):
                continue
            scale_text = match.group(f"s{prefix}")
            value = _number_value(match.group(f"n{prefix}"), lang, bool(scale_text), money=True)
            if value is not None:
                found.append((_scaled(value, scale_text), code, match.start(), match.end()))
    found += _word_amounts(folded, lang, found)
    found += _bare_millions(folded, lang, found)
    return sorted(found, key=lambda amount: amount[2])


def _bare_millions(
    folded: str, lang: str | None, found: list[tuple[float, str, int, int]]
) -> list[tuple[float, str, int, int]]:
    """Millions written without their currency after an amount that gives it: "España
    aportará 4 millones de euros …, entre ellos uno dotado con 1.8 millones que …" (euros
    too). Only where a mark or a relative word follows: "1,2 millones de personas" counts
    people."""
    out: list[tuple[float, str, int, int]] = []
    for match in _tables().bare_big.finditer(folded):
        if any(a < match.end() and match.start() < b for *_, a, b in found):
            continue
        before = [amount for amount in found if amount[3] <= match.start()]
        value = _number_value(match.group("n"), lang, True, money=True)
        if not before or value is None:
            continue
        out.append((_scaled(value, match.group("s")), before[-1][1], match.start(), match.end()))
    return out


def _word_amounts(
    folded: str, lang: str | None, found: list[tuple[float, str, int, int]]
) -> list[tuple[float, str, int, int]]:
    """Amounts whose number is written in words before a scale word of a million or more:
    "un million de dollars", "deux millions d'euros", "one million US dollars", "un millón de
    dólares" (a lone "one" or "un" counts here: it is the number the scale multiplies)."""
    tables = _tables()
    out: list[tuple[float, str, int, int]] = []
    for match in tables.word_amount.finditer(folded):
        if any(a < match.end() and match.start() < b for *_, a, b in found):
            continue
        head = len(folded[: match.start()].rstrip())
        words = find_number_words_folded(folded, lang, max(0, head - _WORDS_BEFORE), head)
        if words and words[-1][2] == head:
            value, start = float(words[-1][0]), words[-1][1]
        elif one := tables.one_before.search(folded, max(0, head - _WORDS_BEFORE), head):
            value, start = 1.0, one.start()
        else:
            continue
        code = tables.currencies.get(" ".join(match.group("c").split()))
        if code is not None:
            out.append((_scaled(value, match.group("s")), code, start, match.end()))
    return out


def has_word_amount(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]`` holds a scale word of a million or more before a
    currency, the part of an amount whose number may be written in words."""
    return _tables().word_amount.search(folded, start, end) is not None


_WORDS_BEFORE = 60
"""Characters before a scale word in which its number, written in words, is read."""


_MILLION = 1e6


def is_currency_code(word: str) -> bool:
    """True when ``word`` is an ISO 4217 code written as one (upper case): "NPR", "GHS"."""
    return word.isupper() and word in _tables().iso_codes


_CODE_BEFORE = re.compile(r"(?<![\w])([A-Z]{3})\s?$")


def currency_code_before(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with an ISO 4217 code in capitals ("NPR "): the
    number at ``end`` is an amount."""
    m = _CODE_BEFORE.search(text, start, end)
    return m is not None and is_currency_code(m.group(1))


_SHOUTED_BEFORE = re.compile(r"(?<![\w])[A-Z]{2,}\W*$")
_SHOUTED_AFTER = re.compile(r"\W*[A-Z]{2,}(?![\w])")


def _shouted(text: str, start: int, end: int) -> bool:
    """True when a word in capitals stands next to ``[start, end)``: text in capitals
    ("ALL 1,000 MIGRANTS") holds no currency code."""
    return bool(
        _SHOUTED_BEFORE.search(text, max(0, start - 20), start)
        or _SHOUTED_AFTER.match(text, end, end + 20)
    )


_DIGITS = re.compile(r"\d[\d., ]*")
_BEFORE_NUMBER = 40
"""Longest currency text before a number ("dollars des États-Unis" is after; "US$" before)."""
_AFTER_NUMBER = 48
"""Longest scale and currency text after a number ("millions de dollars des États-Unis")."""


def _number_windows(folded: str) -> list[tuple[int, int]]:
    """Stretches of text around each number (every amount has one), merged, word-aligned."""
    windows: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(folded):
        start = folded.rfind(" ", 0, max(0, match.start() - _BEFORE_NUMBER)) + 1
        end = folded.find(" ", min(len(folded), match.end() + _AFTER_NUMBER))
        end = len(folded) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
