"""Phrasings of the fourteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.news_release import extract_news_release
from tests.extraction import doc, news, office, project, returns, val

# --- returns: a part of a country still names the country left ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "La OIM apoyó el retorno voluntario de 1.237 personas migrantes desde "
            "el sur de México hacia Guatemala.",
            "es",
        ),
        (
            "IOM supported the voluntary return of 1,237 migrants from southern "
            "Mexico to Guatemala.",
            "en",
        ),
        (
            "IOM supported the voluntary return of 1,237 migrants from the south of "
            "Mexico to Guatemala.",
            "en",
        ),
    ],
)
def test_the_south_of_a_country_is_still_the_country_left(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(1237, "MEX", "GTM")]


@pytest.mark.parametrize("part", ["le nord du", "l'est du"])
def test_a_french_part_of_a_country_is_still_the_country_left(part: str) -> None:
    body = (
        f"L'OIM a appuyé le retour volontaire de 1 237 migrants depuis {part} Niger vers le Mali."
    )
    assert returns(news(body, "fr")) == [(1237, "NER", "MLI")]


# --- returns: parts counted as nationals "of" a country ----------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "origin"),
    [
        (
            "IOM helped 212 migrants to return voluntarily from Albania, among them 118 "
            "nationals of Pakistan, 47 of Bangladesh and 31 of Iraq.",
            "en",
            "ALB",
        ),
        (
            "L'OIM a aidé 212 migrants à rentrer volontairement du Maroc, dont 118 "
            "ressortissants du Pakistan, 47 du Bangladesh et 31 de l'Irak.",
            "fr",
            "MAR",
        ),
        (
            "La OIM apoyó el retorno voluntario de 212 personas migrantes desde México, entre "
            "ellas 118 nacionales de Pakistán, 47 de Bangladesh y 31 de Irak.",
            "es",
            "MEX",
        ),
    ],
)
def test_parts_counted_as_nationals_of_a_country_returned_there(
    body: str, lang: str, origin: str
) -> None:
    assert returns(news(body, lang)) == [
        (212, origin, None),
        (118, origin, "PAK"),
        (47, origin, "BGD"),
        (31, origin, "IRQ"),
    ]


def test_nationals_of_one_country_returned_there() -> None:
    body = "IOM helped 212 nationals of Mali to return from Libya."
    assert returns(news(body, "en")) == [(212, "LBY", "MLI")]


def test_nationals_of_several_countries_name_no_country_of_return() -> None:
    body = "IOM helped 212 citizens of Mali and Niger to return from Libya."
    assert returns(news(body, "en")) == [(212, "LBY", None)]


# --- events: a body after "au" is no place ----------------------------------------------------


def test_a_government_handed_something_is_no_city_the_town_after_is() -> None:
    text = (
        "Communiqué\nGlobal\n\nL’OIM remet au Gouvernement guinéen un centre d’accueil pour "
        "migrants de retour à Kankan\n\nLe centre offre un hébergement temporaire.\n"
    )
    (event,) = extract_news_release(doc(text), "fr").events
    assert (val(event.city), val(event.country)) == ("Kankan", "GIN")


def test_a_ministry_handed_something_is_no_city_in_spanish_either() -> None:
    text = (
        "Comunicado\nGlobal\n\nLa OIM entrega al Ministerio de Trabajo un centro de atención "
        "en Tegucigalpa\n\nEl centro ofrece alojamiento temporal.\n"
    )
    (event,) = extract_news_release(doc(text), "es").events
    assert (val(event.city), val(event.country)) == ("Tegucigalpa", "HND")


# --- fundings: a giver named by its bracketed acronym right before the verb ---------------------


def test_a_bracketed_acronym_before_the_giving_verb_is_the_giver() -> None:
    body = (
        "Aden - The flight was organized under the Voluntary Humanitarian Return (VHR) "
        "programme. The European Union’s Humanitarian Aid department (ECHO) allocated EUR 2.5 "
        "million to the Voluntary Humanitarian Return programme this year."
    )
    (funding,) = news(body, "en").fundings
    assert (val(funding.funder), val(funding.amount), val(funding.currency)) == (
        "ECHO",
        2_500_000.0,
        "EUR",
    )


# --- events: "a permis d'organiser" tells that the project held it ------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Il a permis de réaliser une évaluation de douze postes, de former 120 agents et "
            "d’organiser un atelier transfrontalier à Kambia en mars 2022.",
            "fr",
        ),
        (
            "El proyecto permitió capacitar a 80 agentes y realizar un taller binacional en "
            "Tumbes en marzo de 2022.",
            "es",
        ),
        (
            "The project made it possible to train 80 officers and to organise a cross-border "
            "workshop in Kambia in March 2022.",
            "en",
        ),
    ],
)
def test_what_a_project_made_possible_took_place(sentence: str, lang: str) -> None:
    (event,) = project(sentence, lang).events
    assert (event.event_type, val(event.start)) == ("workshop", "2022-03")


def test_what_a_project_will_make_possible_has_not_taken_place() -> None:
    sentence = "Le projet permettra d’organiser un atelier transfrontalier à Kambia en mars 2022."
    assert project(sentence, "fr").events == []


# --- events: a project that "ended with" an event held it --------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "event_type"),
    [
        (
            "Tallinn – The project ended with a closing conference in Tallinn on 10 December "
            "2020, where partners discussed how counselling could continue.",
            "en",
            "conference",
        ),
        (
            "Lima – El proyecto concluyó con un taller de cierre en Lima el 10 de diciembre "
            "de 2020.",
            "es",
            "workshop",
        ),
        (
            "Dakar – Le projet s'est achevé par un atelier de clôture à Dakar le 10 décembre 2020.",
            "fr",
            "workshop",
        ),
    ],
)
def test_a_project_that_ended_with_an_event_held_it(body: str, lang: str, event_type: str) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.start)) == (event_type, "2020-12-10")


def test_a_project_that_will_end_with_an_event_has_not_held_it() -> None:
    body = "Tallinn – The project will end with a closing conference in Tallinn in December 2026."
    assert news(body, "en").events == []


# --- events: a "course" is a training ------------------------------------------------------------


def test_a_course_that_took_place_is_a_training() -> None:
    body = (
        "Maseru - Thirty-five immigration officers completed a three-day course (12-14/6) on "
        "the collection and analysis of border data, organized by IOM."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.title)) == ("training", "three-day course")


# --- events: more things handed over -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Bissau — IOM handed over twelve passport readers and four solar power kits to the "
            "Directorate of Migration and Borders on 18 June 2019.",
            "en",
        ),
        (
            "Bissau — L'OIM a remis douze lecteurs de passeports et quatre kits solaires à la "
            "Direction des migrations le 18 juin 2019.",
            "fr",
        ),
        (
            "Tegucigalpa — La OIM entregó doce lectores de pasaportes y cuatro kits solares a "
            "la Dirección de Migración el 18 de junio de 2019.",
            "es",
        ),
    ],
)
def test_handing_over_passport_readers_is_an_event(body: str, lang: str) -> None:
    (event,) = news(body, lang).events
    assert val(event.start) == "2019-06-18"


# --- dates: "ran the X project from … to …" dates it ---------------------------------------------


def test_an_office_that_ran_a_named_project_from_to_dates_it() -> None:
    body = (
        "IOM Tallinn ran the RESTART project from 01.03.2015 to 29.02.2016. Its purpose was to "
        "offer information on voluntary return."
    )
    (initiative,) = office(body, "en", office="IOM Estonia").initiatives
    assert (val(initiative.start), val(initiative.end)) == ("2015-03-01", "2016-02-29")


# --- events: a long participle clause opening a sentence tells how a project began --------------


def test_a_long_launched_clause_opening_a_sentence_is_no_event() -> None:
    body = (
        "Return Assistance to Albanian Nationals (Completed: June 2004)\n\nLaunched in July "
        "2003 with funding from the Italian Ministry of Labour and Social Policies, the project "
        "offered Albanian nationals the possibility to return home."
    )
    ex = office(body, "en", office="What We Do")
    assert ex.events == []
    assert [val(i.start) for i in ex.initiatives] == ["2003-07"]
