"""Numbers written in words: the parser, and returns whose count is written in words."""

from __future__ import annotations

from typing import Any

import pytest

from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.number_words import find_number_words, find_number_words_folded
from return_atlas.normalise.text import fold_same_length
from tests.extraction import news, returns

KINDS = {
    "unit",
    "ten",
    "ten_teen",
    "hundreds",
    "hundred",
    "thousand",
    "joiner",
    "ratio",
    "vague",
    "not_number",
}
"""The kinds the parser knows (described in the header of en/number_words.csv)."""


def values(text: str, lang: str | None) -> list[int]:
    """The values of the numbers written in words in ``text``."""
    return [value for value, _, _ in find_number_words(text, lang)]


def spans(text: str, lang: str | None) -> list[str]:
    """The text of each number written in words in ``text``."""
    return [text[a:b] for _, a, b in find_number_words(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # English
        ("Two hundred and twelve Ethiopian migrants", "en", [212]),
        ("Thirty-five Malians returned", "en", [35]),
        ("sixty-four", "en", [64]),
        ("sixty four", "en", [64]),
        ("one hundred", "en", [100]),
        ("Two Hundred", "en", [200]),
        ("TWENTY-ONE", "en", [21]),
        ("a hundred and fifty", "en", [150]),
        ("eleven", "en", [11]),
        ("nineteen", "en", [19]),
        ("ninety-nine", "en", [99]),
        ("fifteen hundred", "en", [1500]),
        ("twenty-five hundred", "en", [2500]),
        ("one thousand and one", "en", [1001]),
        ("two thousand three hundred and forty", "en", [2340]),
        ("two hundred thousand", "en", [200000]),
        ("two hundred and five thousand", "en", [205000]),
        ("ten thousand", "en", [10000]),
        # French
        ("Cent quarante-deux migrants guinéens", "fr", [142]),
        ("vingt et un", "fr", [21]),
        ("vingt-et-un", "fr", [21]),
        ("vingt-huit", "fr", [28]),
        ("dix-sept", "fr", [17]),
        ("soixante-dix", "fr", [70]),
        ("soixante et onze", "fr", [71]),
        ("soixante-douze", "fr", [72]),
        ("soixante-dix-neuf", "fr", [79]),
        ("quatre-vingts", "fr", [80]),
        ("quatre-vingt-un", "fr", [81]),
        ("quatre-vingt-onze", "fr", [91]),
        ("quatre-vingt-dix", "fr", [90]),
        ("quatre-vingt-dix-sept", "fr", [97]),
        ("quatre vingt dix sept", "fr", [97]),
        ("nonante-deux", "fr", [92]),
        ("deux cents", "fr", [200]),
        ("trois cent quatre", "fr", [304]),
        ("mille", "fr", [1000]),
        ("deux mille trois cents", "fr", [2300]),
        ("deux-mille-trois-cent-cinq", "fr", [2305]),
        ("mille et un", "fr", [1001]),
        ("Quatre-Vingt-Dix-Sept Guinéens", "fr", [97]),
        # Spanish
        ("Ciento veinte migrantes hondureños", "es", [120]),
        ("ciento veinte", "es", [120]),
        ("cien", "es", [100]),
        ("cuarenta y dos", "es", [42]),
        ("doscientos cuarenta y seis", "es", [246]),
        ("dos mil trescientos", "es", [2300]),
        ("doscientas", "es", [200]),
        ("veintiuno", "es", [21]),
        ("veintiún migrantes", "es", [21]),
        ("veintitrés", "es", [23]),
        ("dieciséis", "es", [16]),
        ("DIECISÉIS", "es", [16]),
        ("quinientos mil", "es", [500000]),
        ("mil", "es", [1000]),
        ("mil y una", "es", [1001]),
        ("novecientos noventa y nueve", "es", [999]),
    ],
)
def test_numbers_in_words(text: str, lang: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # articles and pronouns: a lone one is no count
        ("One Ethiopian migrant returned", "en"),
        ("one of the returnees", "en"),
        ("un migrant", "fr"),
        ("une femme", "fr"),
        ("uno de ellos", "es"),
        ("una mujer", "es"),
        # words that merely hold a number word
        ("the sixth convoy", "en"),
        ("often", "en"),
        ("someone", "en"),
        ("au centre", "fr"),
        ("septembre", "fr"),
        ("des milliers de migrants", "fr"),
        ("miles de migrantes", "es"),
        ("hundreds of migrants", "en"),
        # vague quantities and ratios
        ("several thousand migrants", "en"),
        ("a few hundred returnees", "en"),
        ("one in five returnees", "en"),
        ("two out of three migrants", "en"),
        ("un sur cinq", "fr"),
        ("uno de cada cinco retornados", "es"),
        # words after digits are the scale of a written number
        ("2 mil migrantes", "es"),
        ("5 thousand", "en"),
        ("3 mille", "fr"),
        ("", "en"),
    ],
)
def test_no_number_in_words(text: str, lang: str) -> None:
    assert values(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a joiner joins the parts of one number, never two numbers
        ("five and six", "en", [5, 6]),
        ("twenty and thirty", "en", [20, 30]),
        ("twenty and five", "en", [20, 5]),
        ("cinq et six", "fr", [5, 6]),
        ("cinco y seis", "es", [5, 6]),
        ("entre veinte y treinta", "es", [20, 30]),
        ("five hundred and six hundred", "en", [500, 600]),
        ("five thousand and six thousand", "en", [5000, 6000]),
        ("cinq cents et six cents", "fr", [500, 600]),
        # numbers next to each other are two numbers
        ("five six", "en", [5, 6]),
        ("twenty thirty", "en", [20, 30]),
        ("doscientos trescientos", "es", [200, 300]),
        # a joiner at either end is not part of the number
        ("and twenty", "en", [20]),
        ("hundred and", "en", [100]),
    ],
)
def test_joiners_only_join_inside_a_number(text: str, lang: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


def test_spans_are_offsets_into_the_original_text() -> None:
    text = "Árbol – Doscientos cuarenta y seis salvadoreños y veintidós guatemaltecos"
    assert find_number_words(text, "es") == [(246, 8, 34), (22, 50, 59)]
    assert spans(text, "es") == ["Doscientos cuarenta y seis", "veintidós"]


def test_a_run_ends_at_any_other_word() -> None:
    text = "Twelve women, three children and forty men: ninety-five Malians in all."
    assert values(text, "en") == [12, 3, 40, 95]
    assert spans(text, "en") == ["Twelve", "three", "forty", "ninety-five"]


def test_cinq_pour_cent_is_five_and_no_hundred() -> None:
    assert values("cinq pour cent des migrants", "fr") == [5]
    assert values("cinco por ciento de los migrantes", "es") == [5]


def test_the_words_of_one_language_only() -> None:
    assert values("once upon a time", "en") == []
    assert values("once migrantes", "es") == [11]
    assert values("sept migrants", "en") == []


def test_no_language_reads_every_language() -> None:
    assert values("deux cents, doscientos, two hundred", None) == [200, 200, 200]


def test_folded_text_inside_a_window() -> None:
    text = "Twenty returned. Thirty stayed."
    folded = fold_same_length(text)
    assert find_number_words_folded(folded, "en", 17, len(text)) == [(30, 17, 23)]
    assert find_number_words_folded(folded, "en", 0, 16) == [(20, 0, 6)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_vocabulary_is_well_formed(lang: str) -> None:
    rows = read_csv("lang", lang, "number_words.csv")
    assert rows
    for row in rows:
        assert row["kind"] in KINDS, row
        assert row["word"], row
        assert row["word"] == row["word"].strip(), row
        if row["kind"] in {"unit", "ten", "ten_teen", "hundreds", "hundred", "thousand"}:
            assert int(row["value"]) >= 1, row
        if row["kind"] == "joiner":
            assert int(row["value"]) in {10, 100, 1000}, row


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_with_a_value_reads_as_itself(lang: str) -> None:
    for row in read_csv("lang", lang, "number_words.csv"):
        if row["kind"] in {"unit", "ten", "ten_teen", "hundreds", "hundred", "thousand"}:
            value = int(row["value"])
            assert values(row["word"], lang) == ([value] if value >= 2 else []), row


# --- returns whose count is written in words ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Addis Ababa – Two hundred and twelve Ethiopian migrants who had been stranded in "
            "Yemen returned home yesterday on a flight organized by IOM.",
            "en",
            (212, "YEM", "ETH"),
        ),
        (
            "Conakry – Quatre-vingt-dix-sept Guinéens sont rentrés du Niger mardi à bord d'un "
            "vol affrété par l'OIM.",
            "fr",
            (97, "NER", "GIN"),
        ),
        (
            "Tegucigalpa – Ciento veinte migrantes hondureños retornaron desde México el martes "
            "con el apoyo de la OIM.",
            "es",
            (120, "MEX", "HND"),
        ),
    ],
)
def test_return_counted_in_words(body: str, lang: str, expected: tuple[Any, ...]) -> None:
    assert returns(news(body, lang)) == [expected]


@pytest.mark.parametrize(
    ("words", "digits", "lang"),
    [
        (
            "Cent quarante-deux migrants guinéens rentrent de Tunisie grâce à l'OIM.",
            "142 migrants guinéens rentrent de Tunisie grâce à l'OIM.",
            "fr",
        ),
        (
            "Vingt et un migrants maliens ont été rapatriés d'Algérie.",
            "21 migrants maliens ont été rapatriés d'Algérie.",
            "fr",
        ),
        (
            "Thirty-five Malians returned from Libya on Tuesday.",
            "35 Malians returned from Libya on Tuesday.",
            "en",
        ),
        (
            "Doscientos cuarenta y seis salvadoreños retornaron desde Estados Unidos.",
            "246 salvadoreños retornaron desde Estados Unidos.",
            "es",
        ),
        (
            "Two flights carrying 160 Malians landed in Bamako after their return from Libya.",
            "2 flights carrying 160 Malians landed in Bamako after their return from Libya.",
            "en",
        ),
    ],
)
def test_words_and_digits_make_the_same_returns(words: str, digits: str, lang: str) -> None:
    for headline in ("Something Happened Somewhere", "IOM Helps Migrants Return Home"):
        assert returns(news(words, lang, headline)) == returns(news(digits, lang, headline))


def test_the_noun_of_a_number_in_words_comes_before_the_next_number() -> None:
    body = "Niamey – Un convoi de trois bus transportant 137 migrants rapatriés a quitté le Niger."
    assert returns(news(body, "fr")) == [(137, "NER", None)]


def test_grants_to_returnees_are_no_return_in_words_as_in_digits() -> None:
    """No return is told ("returnees" only names the people): in words as in digits."""
    words = "One hundred and fifty returnees received business grants at a ceremony."
    digits = "150 returnees received business grants at a ceremony."
    assert returns(news(words, "en")) == returns(news(digits, "en")) == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Bamako – Every year several thousand migrants return to Mali from Libya.", "en"),
        ("Bamako – One in five returnees said they would migrate again.", "en"),
        ("Tegucigalpa – Uno de cada cinco retornados quiere volver a migrar.", "es"),
        ("Bamako – Returnees aged between eighteen and thirty-five can apply.", "en"),
    ],
)
def test_no_return_counted_in_words(body: str, lang: str) -> None:
    assert returns(news(body, lang, "IOM Helps Migrants Return Home")) == []
