"""Phrasings the prose extractors read by their grammar, not by one wording (own snippets).

Each test holds short handmade texts in English, French and Spanish, with negative examples
where a near phrasing must not be read.
"""

from __future__ import annotations

from typing import Any

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.extract.prose import read_page
from tests.extraction import dated_returns as returns
from tests.extraction import doc, titles, val


def events(ex: Extraction) -> list[tuple[Any, ...]]:
    """(type, start, city, country) of each event."""
    return [(e.event_type, val(e.start), val(e.city), val(e.country)) for e in ex.events]


# --- project pages: the description after the fields -----------------------------------------

FIELDS_EN = (
    "Better Reintegration Services in Somewhere\n\n"
    "  • Start Date\n    2019\n  • Project Status\n    Active\n"
    "  • Budget Amount (USD)\n    120000.00\n  • Projects ID\n    RT.0001\n"
    "  • Benefiting Member States\n    Albania Serbia\n\n"
)
FIELDS_FR = (
    "Appui aux migrants de retour quelque part\n\n"
    "  • Date de début\n    2017\n  • Statut du projet\n    Achevé\n"
    "  • Projet ID\n    RT.0002\n"
    "  • Etat(s) membre(s) beneficiaires remplissant les conditions requises\n    Mali\n\n"
)
FIELDS_ES = (
    "Apoyo a personas retornadas en algún lugar\n\n"
    "  • Fecha de inicio\n    2018\n  • Tipo de proyecto\n    Activo\n"
    "  • Proyecto ID\n    RT.0003\n"
    "  • Estados miembros beneficiarios\n    Honduras\n\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected_events", "expected_returns"),
    [
        (
            FIELDS_EN + "The project builds on a regional workshop held in Tirana in March 2018 "
            "with the authorities. In 2018, 1,250 Albanian migrants returned from Germany.",
            "en",
            [("workshop", "2018-03", "Tirana", "ALB")],
            [(1250, "DEU", "ALB", "2018", "2018")],
        ),
        (
            FIELDS_FR + "Entre mars 2016 et mai 2017, plus de 2 400 ressortissants maliens sont "
            "rentrés du Niger. Un atelier de validation s'est tenu à Bamako le 3 mai 2017.",
            "fr",
            [("workshop", "2017-05-03", "Bamako", "MLI")],
            [(2400, "NER", "MLI", "2016-03", "2017-05")],
        ),
        (
            FIELDS_ES + "En 2019 se realizó en Tegucigalpa un taller con las alcaldías. "
            "Durante 2018, 3.100 hondureños retornaron desde México.",
            "es",
            [("workshop", "2019", "Tegucigalpa", "HND")],
            [(3100, "MEX", "HND", "2018", "2018")],
        ),
    ],
)
def test_project_page_description_reports_events_and_returns(
    text: str, lang: str, expected_events: list[Any], expected_returns: list[Any]
) -> None:
    ex = extract_project_page(doc(text), lang)
    assert len(ex.initiatives) == 1
    assert events(ex) == expected_events
    assert returns(ex) == expected_returns
    title = ex.initiatives[0].title.value
    assert all(e.initiative_title == title for e in ex.events)


def test_project_page_fields_and_plans_are_not_read_as_prose() -> None:
    text = (
        FIELDS_EN + "The project will organize three workshops in 2020 and will help 500 "
        "migrants to return home."
    )
    ex = extract_project_page(doc(text), "en")
    assert (ex.events, ex.returns, ex.fundings) == ([], [], [])
    assert val(ex.initiatives[0].budget_amount) == 120000.0


def test_project_page_description_without_figures_costs_nothing() -> None:
    ex = extract_project_page(doc(FIELDS_EN + "The project supports returnees."), "en")
    assert (ex.events, ex.returns, ex.warnings) == ([], [], [])


# --- events: a noun reported as held, in a sentence that plans something else -----------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The project will build on the conclusions of the regional meeting held in Tirana "
            "in October 2019.",
            "en",
            [("meeting", "2019-10", "Tirana", "ALB")],
        ),
        (
            "Le projet s'appuiera sur les conclusions de l'atelier organisé à Dakar en mai 2018.",
            "fr",
            [("workshop", "2018-05", "Dakar", "SEN")],
        ),
        (
            "El proyecto retomará las conclusiones del taller realizado en Lima en junio de 2017.",
            "es",
            [("workshop", "2017-06", "Lima", "PER")],
        ),
        ("A regional meeting will be held in Tirana in October 2020.", "en", []),
        ("The project will hold a meeting in Tirana in October 2020.", "en", []),
        ("Un atelier sera organisé à Dakar en mai 2021.", "fr", []),
    ],
)
def test_event_reported_as_held_inside_a_plan(
    text: str, lang: str, expected: list[tuple[Any, ...]]
) -> None:
    ex = extract_news_release(doc("A headline here\n\n" + text), lang)
    assert events(ex) == expected


# --- practice records: the head noun of the title gives the type ------------------------------


@pytest.mark.parametrize(
    ("title", "lang", "itype"),
    [
        ("Migrant Resource Centres in Somewhere", "en", "service"),
        ("Return Counselling Desks at Border Posts", "en", "service"),
        ("National Return Helpline", "en", "service"),
        ("Support programmes for returned migrants", "en", "practice"),
        ("Migration policies and the Global Compact", "en", "practice"),
        ("Guichets d'information pour les migrants de retour", "fr", "service"),
        ("Ventanillas de atención a personas retornadas", "es", "service"),
        ("Apoyo psicosocial a personas retornadas", "es", "practice"),
    ],
)
def test_practice_record_type_from_its_title_head(title: str, lang: str, itype: str) -> None:
    text = f"Skip to main content\n\n{title}\n\nLorem text about returnees and their families.\n"
    ex = extract_practice_page(doc(text), lang)
    assert [i.initiative_type for i in ex.initiatives][:1] == [itype]


# --- cities: every capital gives its country --------------------------------------------------


@pytest.mark.parametrize(
    ("city", "code"),
    [("Podgorica", "MNE"), ("Ljubljana", "SVN"), ("Kinshasa", "COD"), ("Kuala Lumpur", "MYS")],
)
def test_capitals_are_known_cities(city: str, code: str) -> None:
    page = read_page(f"A workshop was held in {city} in 2019.", "en")
    found = page.city_in(0, len(page.text))
    assert found is not None
    assert found[:2] == (city, code)


# --- countries: where returnees came from belongs to return programmes only -------------------


def countries(ex: Extraction) -> dict[str, list[str]]:
    """Countries of each initiative, by title."""
    return {i.title.value: [c.value for c in i.countries] for i in ex.initiatives}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Projects\n\nReintegration Support to Returnees from Greece (2016 - 2018)\n\n"
            "The project helped Georgian citizens returning from Greece and Cyprus to start "
            "businesses.\n\nAssisted Voluntary Return of Georgians from Austria (2015 - 2017)\n\n"
            "The project helped Georgian citizens to return from Austria.\n",
            "en",
            {
                "Reintegration Support to Returnees from Greece": ["GEO"],
                "Assisted Voluntary Return of Georgians from Austria": ["GEO", "AUT"],
            },
        ),
        (
            "Projets\n\nRéintégration des Sénégalais de retour d'Italie et d'Espagne "
            "(2014 - 2016)\n\nLe projet a soutenu les Sénégalais de retour d'Italie.\n\n"
            "Aide au retour volontaire depuis le Maroc (2017 - 2019)\n\n"
            "Le projet a aidé des migrants à rentrer depuis le Maroc vers le Sénégal.\n",
            "fr",
            {
                "Réintégration des Sénégalais de retour d'Italie et d'Espagne": ["SEN"],
                "Aide au retour volontaire depuis le Maroc": ["MAR", "SEN"],
            },
        ),
        (
            "Proyectos\n\nReintegración de personas retornadas (2018 - 2020)\n\n"
            "El proyecto apoyó a personas peruanas retornadas desde Chile, Argentina y Brasil."
            "\n\nRetorno Voluntario Asistido desde España (2012 - 2014)\n\n"
            "El programa facilitó el retorno de peruanos desde España.\n",
            "es",
            {
                "Reintegración de personas retornadas": ["PER"],
                "Retorno Voluntario Asistido desde España": ["ESP", "PER"],
            },
        ),
    ],
)
def test_origins_of_returnees_are_project_countries_of_return_programmes_only(
    text: str, lang: str, expected: dict[str, list[str]]
) -> None:
    assert countries(extract_office_page(doc(text), lang)) == expected


def test_office_project_without_a_country_works_where_the_office_is() -> None:
    text = (
        "Nuestros proyectos\n\nLa OIM en Paraguay apoya a las personas retornadas.\n\n"
        "Proyecto Semilla (2019 - 2020)\n\nEl proyecto entrega capital semilla en Itapúa.\n\n"
        "Proyecto Puente (2021 - en curso)\n\nEl proyecto apoya a familias bolivianas.\n"
    )
    assert countries(extract_office_page(doc(text), "es")) == {
        "Proyecto Semilla": ["PRY"],
        "Proyecto Puente": ["BOL"],
    }


def test_office_sentences_under_a_project_heading_are_about_it() -> None:
    text = (
        "Projects - IOM Somewhere\n\nReturn of Stranded Migrants (2016 - 2018)\n\n"
        "The project gave shelter to stranded migrants. In total, 800 migrants went back "
        "home from Niger, mostly to Mali and Guinea.\n\nLabour Mobility Scheme (2019 - 2020)"
        "\n\nThe scheme trains workers in Ghana.\n"
    )
    got = countries(extract_office_page(doc(text), "en"))
    assert got["Return of Stranded Migrants"] == ["NER", "MLI", "GIN"]


# --- names: an organisation word inside a programme name; headlines that only describe -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The partners launched the Rural Community Recovery Programme (RCRP) in Gao.",
            "en",
            ["Rural Community Recovery Programme (RCRP)"],
        ),
        (
            "Les partenaires ont lancé le Programme Jeunesse et Communauté (PJC).",
            "fr",
            ["Programme Jeunesse et Communauté (PJC)"],
        ),
        ("The Ministry of Labour Programme Office (MLPO) opened in Accra.", "en", []),
        ("Le Ministère du Plan (MP) a ouvert un bureau à Dakar.", "fr", []),
    ],
)
def test_organisation_word_inside_a_programme_name(
    text: str, lang: str, expected: list[str]
) -> None:
    assert titles(extract_news_release(doc("A headline here\n\n" + text), lang)) == expected


def test_headline_that_only_describes_is_no_initiative() -> None:
    text = (
        "IOM Opens New Centre for Returnees in Lomé\n\nLomé – IOM opened today the Lomé "
        "Reception and Referral Centre (LRRC) for returning migrants.\n"
    )
    assert titles(extract_news_release(doc(text), "en")) == [
        "Lomé Reception and Referral Centre (LRRC)"
    ]


def test_headline_name_repeated_or_with_an_acronym_is_kept() -> None:
    text = (
        "National Reintegration Strategy for Benin Adopted\n\nCotonou – The National "
        "Reintegration Strategy for Benin was adopted on Monday.\n"
    )
    assert titles(extract_news_release(doc(text), "en")) == [
        "National Reintegration Strategy for Benin"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'La OIM abrió el Centro de Atención a Familias Retornadas "Casa Nueva", '
            "con capacidad para 80 personas.",
            "es",
            'Centro de Atención a Familias Retornadas "Casa Nueva"',
        ),
        (
            "IOM opened the Return Counselling Centre “Open Door” in Erbil in 2020.",
            "en",
            "Return Counselling Centre “Open Door”",
        ),
        (
            "L'OIM a ouvert le Centre d'Accueil des Migrants « Espoir » à Agadez.",
            "fr",
            "Centre d'Accueil des Migrants « Espoir »",
        ),
    ],
)
def test_title_runs_on_into_its_quoted_name(text: str, lang: str, expected: str) -> None:
    assert titles(extract_news_release(doc("A headline here\n\n" + text), lang)) == [expected]


def test_a_quote_that_is_no_name_does_not_join_the_title() -> None:
    text = 'IOM opened the Return Counselling Centre "to help returnees" in Erbil in 2020.'
    assert titles(extract_news_release(doc("A headline here\n\n" + text), "en")) == [
        "Return Counselling Centre"
    ]
