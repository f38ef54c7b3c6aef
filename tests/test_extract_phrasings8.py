"""Phrasings of the eighth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.office_page import extract_office_page
from tests.extraction import doc, news, returns, titles

# --- names: "desde" / "depuis" inside a name, like "from" --------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Ciudad de México – La OIM apoyó el retorno de 3.402 personas, en el marco del "
            "Programa de Retorno Asistido desde México (PRAM).",
            "es",
            "Programa de Retorno Asistido desde México (PRAM)",
        ),
        (
            "Tijuana – La OIM lanzó el Programa de Retorno Asistido desde la Frontera Norte "
            "(PRAFN) para 500 personas.",
            "es",
            "Programa de Retorno Asistido desde la Frontera Norte (PRAFN)",
        ),
        (
            "Agadez – L'OIM a lancé le Programme de Retour Volontaire depuis le Niger (PRVN) "
            "pour 800 migrants.",
            "fr",
            "Programme de Retour Volontaire depuis le Niger (PRVN)",
        ),
        (
            "Geneva – IOM supported 300 people under the Assisted Return from Libya Programme "
            "(ARLP).",
            "en",
            "Assisted Return from Libya Programme (ARLP)",
        ),
    ],
)
def test_a_from_word_goes_on_a_name(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


def test_a_year_after_desde_is_no_part_of_the_name() -> None:
    body = (
        "Tegucigalpa – El Programa de Reintegración Comunitaria (PRC) apoya desde 2019 a "
        "personas retornadas."
    )
    assert titles(news(body, "es")) == ["Programa de Reintegración Comunitaria (PRC)"]


# --- returns: a part of a total that names the people it counts --------------------------------

_TOTAL_ES = (
    "Ciudad de México – Entre enero y agosto de 2023, la OIM apoyó el retorno voluntario de "
    "3.402 personas migrantes desde México hacia sus países de origen. "
)


@pytest.mark.parametrize(
    ("body", "lang", "parts"),
    [
        (
            _TOTAL_ES + "Del total, 1.520 personas retornaron a Guatemala, 1.180 a Honduras y "
            "702 a El Salvador.",
            "es",
            [(1520, "MEX", "GTM"), (1180, "MEX", "HND"), (702, "MEX", "SLV")],
        ),
        (
            "Niamey – IOM helped 900 migrants return voluntarily from Niger to their countries "
            "of origin in March. Of these, 410 migrants returned to Mali and 260 to Guinea.",
            "en",
            [(410, "NER", "MLI"), (260, "NER", "GIN")],
        ),
    ],
)
def test_a_part_that_names_its_people_goes_where_it_says(
    body: str, lang: str, parts: list[tuple[int, str, str]]
) -> None:
    found = returns(news(body, lang))
    assert found[1:] == parts


def test_people_of_their_own_after_a_comma_are_no_part() -> None:
    body = (
        "Niamey – IOM helped 900 migrants return voluntarily from Niger in March, among them "
        "120 children, some of whom had been separated, to Mali."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [900]


# --- office pages: a heading that quotes its project's name ------------------------------------

_LABELS = {
    "en": "Period: March 2020 – February 2022\nDonor: Government of Japan\n",
    "fr": "Période : mars 2020 – février 2022\nBailleur : Gouvernement du Japon\n",
    "es": "Período de ejecución: marzo de 2020 – febrero de 2022\nDonante: Gobierno de Japón\n",
}


def _office(heading: str, lang: str) -> list[str]:
    text = f"Assisted Voluntary Return\n\n{heading}\n{_LABELS[lang]}\nIOM helped 300 people.\n"
    return titles(extract_office_page(doc(text), lang))


@pytest.mark.parametrize(
    ("heading", "lang", "title"),
    [
        ("Proyecto “Camino a Casa”", "es", "Camino a Casa"),
        ("Projet « Retour Digne » (REDI)", "fr", "Retour Digne (REDI)"),
        ('Project "Safe Way Home"', "en", "Safe Way Home"),
        ("Proyecto “Camino a Casa: reintegración de personas retornadas", "es",
         "Camino a Casa: reintegración de personas retornadas"),
    ],
)  # fmt: skip
def test_a_heading_that_quotes_the_name_is_titled_by_the_name(
    heading: str, lang: str, title: str
) -> None:
    assert _office(heading, lang) == [title]


def test_a_heading_that_quotes_a_name_after_other_words_keeps_them() -> None:
    assert _office("Apoyo al proyecto “Camino a Casa”", "es") == [
        "Apoyo al proyecto “Camino a Casa"
    ]
