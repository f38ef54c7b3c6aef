"""Phrasings and layouts of the twenty-ninth round (the thirty-third session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

from typing import Any

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.dispatch import extract_document
from tests.extraction import dated_returns as returns
from tests.extraction import doc, news, val

_BREAKDOWN = (
    "Vienna – IOM helped some 3,410 people to return voluntarily from Austria to their"
    " countries of origin in 2021, working with the Austrian authorities.\n\n"
    "The 3,410 returnees of the AVRR programme originated from 38 countries, with the largest"
    " contingent (612 migrants) coming from Iraq. {part}\n\nThe programme also offered"
    " counselling.\n"
)


def test_a_breakdown_told_after_its_whole_shares_its_origin_and_period() -> None:
    part = "This was followed by Georgia (405 migrants), Serbia (298) and Nigeria (150)."
    found = returns(news(_BREAKDOWN.format(part=part), "en"))
    assert (3410, "AUT", None, "2021", "2021") in found
    for count, home in ((298, "SRB"), (150, "NGA")):
        assert (count, "AUT", home, "2021", "2021") in found


def test_a_later_figure_with_a_month_of_its_own_keeps_no_borrowed_year() -> None:
    part = "A charter flight on 14 July took 84 migrants home to Georgia."
    found = returns(news(_BREAKDOWN.format(part=part), "en"))
    assert (84, "AUT", "GEO", None, None) in found


def test_a_later_figure_that_left_several_countries_borrows_no_origin() -> None:
    text = (
        "Ciudad de Guatemala – En 2023 fueron retornadas desde México 48.715 personas"
        " guatemaltecas. Desde 2019, la OIM ha apoyado el retorno voluntario asistido de 2.140"
        " guatemaltecos desde México y Costa Rica.\n\nEl programa continúa.\n"
    )
    found = returns(extract_document(doc("Retornos desde México\n\n" + text)))
    assert (2140, None, "GTM", "2019", None) in found


def test_a_larger_figure_later_on_is_no_part_of_the_first() -> None:
    part = "Since 2015, the programme has helped 21,300 migrants to return home."
    found = returns(news(_BREAKDOWN.format(part=part), "en"))
    assert (21300, None, None, "2015", None) in found


_GAZETTE = (
    "Official Journal\n\nDocument 2021-1187\n\n{heading}\n\nPublished in: Journal no. 88, of 12"
    " May 2021, pages 4410 to 4432 (23 pages)\nSection: General provisions\n\n{body}\n"
)
_HEADING = (
    "Agreement between the Ministry of Foreign Affairs of the Republic of Estonia and the"
    " International Organization for Migration (IOM) on projects of assisted voluntary return"
    " and reintegration, done at Tallinn on 3 and 4 May 2021."
)
_DONOR = (
    "This Agreement is concluded between the Ministry of Foreign Affairs of the Republic of"
    " Estonia (hereinafter “the Donor”), Islandi väljak 1, Tallinn, represented by its"
    " Minister, and the International Organization for Migration (hereinafter “IOM”)."
)


def test_a_gazettes_agreement_with_iom_is_an_initiative_of_another_kind() -> None:
    extraction = extract_document(doc(_GAZETTE.format(heading=_HEADING, body=_DONOR)))
    assert extraction.kind == "other"
    [agreement] = extraction.initiatives
    assert agreement.initiative_type == "other"
    assert agreement.title.value == _HEADING.split(", done at", maxsplit=1)[0]
    assert [val(f) for f in agreement.funders] == [
        "Ministry of Foreign Affairs of the Republic of Estonia"
    ]


def test_a_spanish_agreement_is_titled_up_to_where_it_was_signed() -> None:
    heading = (
        "Acuerdo suscrito entre el Ministerio de Trabajo de la República del Paraguay y la"
        " Organización Internacional para las Migraciones (OIM) relativo a proyectos de retorno"
        " voluntario asistido, hecho en Asunción el 2 de marzo de 2022."
    )
    body = (
        "El presente Acuerdo se establece entre el Ministerio de Trabajo de la República del"
        " Paraguay (en adelante «el Ministerio») y la OIM."
    )
    extraction = extract_document(doc(_GAZETTE.format(heading=heading, body=body)))
    [agreement] = extraction.initiatives
    assert agreement.title.value == heading.split(", hecho en", maxsplit=1)[0]
    assert agreement.funders == []  # the party is "the Ministry", no donor


def test_an_agreement_without_iom_is_no_initiative() -> None:
    heading = "Agreement between the Republic of Estonia and the Republic of Latvia on fisheries."
    extraction = extract_document(doc(_GAZETTE.format(heading=heading, body="Text follows.")))
    assert extraction.kind == "other"
    assert extraction.initiatives == []


_STORY = (
    "Starting Again at Home\n\nAfter eight years in Libya, Samuel Mensah returned to Ghana in"
    " 2019 with the support of the reintegration programme. {pronoun} opened a tailoring shop in"
    " Kumasi and now employs two apprentices, who learn the trade from him.\n\nThe programme"
    " offers counselling, vocational training and small business grants to returning"
    " migrants.{more}\n"
)


def test_a_story_told_of_a_person_leans_to_a_release() -> None:
    text = _STORY.format(pronoun="He", more="\n\nRead more")
    assert detect_kind(text) == "news_release"


def test_a_person_told_of_alone_does_not_make_a_release() -> None:
    # (a returnee's story on an office's site is an office page: the lean needs another cue)
    assert detect_kind(_STORY.format(pronoun="He", more="")) == "office_page"
    assert detect_kind(_STORY.format(pronoun="Samuel", more="\n\nRead more")) == "office_page"


def test_people_of_several_countries_stranded_in_one_left_that_one() -> None:
    text = (
        "Geneva – IOM organized a voluntary return flight for 114 migrants hailing from"
        " Côte d'Ivoire, Guinea and Liberia who had been stranded in Algeria.\n\nMore follows.\n"
    )
    assert returns(news(text, "en"))[0][:2] == (114, "DZA")


def test_people_stranded_in_several_countries_left_no_one_of_them() -> None:
    text = (
        "Entre 2017 et 2020, plus de 2 300 Tchadiens bloqués en Libye et au Niger ont"
        " été aidés par l’OIM à rentrer au Tchad.\n\nLa suite.\n"
    )
    assert returns(news(text, "fr"))[0][:3] == (2300, None, "TCD")


def test_the_year_opening_a_figures_clause_dates_it_when_a_later_one_dates_another() -> None:
    text = (
        "Durante 2021 fueron 3.210 las personas migrantes apoyadas con su retorno voluntario,"
        " mientras que en el primer semestre de 2022 sumaron 940 más.\n\nLa OIM sigue.\n"
    )
    found = {r[0]: r[3:] for r in returns(news(text, "es"))}
    assert found[3210] == ("2021", "2021")


def _figure_dates(text: str) -> list[tuple[Any, ...]]:
    return [r[3:] for r in returns(extract_document(doc(text)))]


def test_a_day_without_its_year_takes_the_datelines_year() -> None:
    text = (
        "IOM Helps Stranded Migrants Return Home\n\nLondon, 5 November 2016:\nIOM announced"
        " yesterday that it had assisted 167 stranded Nigerien migrants to return home to Niger"
        " from southern Libya on 1 November.\n\nThe flight was coordinated with the authorities.\n"
    )
    assert _figure_dates(text) == [("2016-11-01", "2016-11-01")]


def test_a_day_after_the_datelines_is_of_the_year_before() -> None:
    text = (
        "IOM Helps Stranded Migrants Return Home\n\nTripoli, 3 January 2018 – IOM assisted 142"
        " stranded migrants to return home to Gambia from Libya on 28 December.\n\nThe flight"
        " was coordinated with the authorities.\n"
    )
    assert _figure_dates(text) == [("2017-12-28", "2017-12-28")]


def test_a_stored_pages_stamp_gives_no_year_to_a_day_without_one() -> None:
    text = (
        " date 2020-09-01 ANKARA (AA) – IOM said it organized a voluntary return flight for 114"
        " migrants stranded in Algeria.\n\nIt follows the voluntary return of 84 migrants to"
        " Mali on July 14, it said.\n"
    )
    assert _figure_dates(text)[1] == (None, None)


def test_parts_in_brackets_after_where_people_were_stranded_left_those_countries() -> None:
    text = (
        "Dakar – Since 2019, over 12,000 Malian migrants stranded along the central route,"
        " mainly in Niger (5,100) and Libya (4,800), have been assisted to return to their"
        " countries of origin.\n\nMore follows.\n"
    )
    found = {r[0]: r[1:3] for r in returns(news(text, "en"))}
    assert found[5100] == ("NER", "MLI")
    assert found[4800] == ("LBY", "MLI")


def test_parts_in_brackets_after_a_return_word_are_where_people_went() -> None:
    text = (
        "Sarajevo – In 2022, 900 migrants stranded in Serbia returned voluntarily to 20"
        " countries of origin, most of them to Pakistan (310) and Morocco (140).\n\nMore.\n"
    )
    found = {r[0]: r[1:3] for r in returns(news(text, "en"))}
    assert found[310] == ("SRB", "PAK")


def test_the_office_that_flew_people_home_is_where_they_were_not_the_airport_of_arrival() -> None:
    text = (
        "Ce mardi, le vol spécial affrété par l’OIM Niger a atterri à l’aéroport de Bamako, avec"
        " à son bord 150 migrants maliens, dont 12 femmes.\n\nLa suite.\n"
    )
    assert returns(news(text, "fr"))[0][:3] == (150, "NER", "MLI")


def test_since_and_a_participle_tell_how_a_programme_began_not_an_event() -> None:
    text = (
        "Athens – IOM supported the return of 2,565 people in 2020.\n\nSince launched in Greece"
        " in 2010, the AVRR programme has assisted more than 50,000 people to return.\n\nMore.\n"
    )
    assert news(text, "en").events == []


def test_the_official_launch_after_a_launch_told_is_that_launch() -> None:
    text = (
        "San José – The Ministry of Labour and IOM today launched a project that supports the"
        " reintegration of returnees.\n\nThe official launch was attended by the Deputy"
        " Minister and the Chief of Mission.\n\nMore.\n"
    )
    assert [e.event_type for e in news(text, "en").events] == ["launch"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Colombo – A needs assessment was conducted in consultation with the returnees and"
            " local officers on 3 May 2022.",
            "en",
        ),
        (
            "Dakar – Un diagnostic a été réalisé en consultation avec les migrants de retour le"
            " 3 mai 2022.",
            "fr",
        ),
    ],
)
def test_in_consultation_with_names_no_meeting(text: str, lang: str) -> None:
    assert news(text + "\n\nMore.\n", lang).events == []


def test_west_and_central_african_names_a_region_not_a_nation() -> None:
    text = (
        "Since 2017, over 9,000 West and Central African migrants stranded along the routes"
        " have been assisted to return to their countries of origin.\n\nMore.\n"
    )
    assert returns(news(text, "en"))[0][:3] == (9000, None, None)


def test_central_african_alone_is_the_nation() -> None:
    text = "In 2019, 1,200 Central African migrants returned home with IOM support.\n\nMore.\n"
    assert returns(news(text, "en"))[0][:3] == (1200, None, "CAF")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Conakry – Le projet « Renforcement de la gouvernance des migrations en Guinée »,"
            " mis en œuvre depuis avril 2017 par l’OIM, a réuni son comité de pilotage.",
            "fr",
        ),
        (
            "Tegucigalpa – El Proyecto Retorno y Reintegración en Honduras, que la OIM"
            " desarrolla desde 2016, presentó sus resultados.",
            "es",
        ),
    ],
)
def test_a_project_carried_out_since_a_date_is_active(text: str, lang: str) -> None:
    found = news(text + "\n\nMás.\n", lang).initiatives
    assert [val(d.status) for d in found] == ["active"]


_LISTED = (
    "IOM Tallinn\n\nIOM supports the Government in managing migration for the benefit of all.\n\n"
    "{heading}\n\nReturn and Reintegration Assistance for Migrants in Estonia\n\nThe project"
    " “Return and Reintegration Assistance for Migrants in Estonia” assisted migrants to"
    " return home. It was financed by the European Union. The duration of the project was"
    " March 2011 – February 2013.\n"
)


@pytest.mark.parametrize(
    ("heading", "status"),
    [("Completed Projects", "completed"), ("Ongoing projects", "active"), ("Our Projects", None)],
)
def test_a_heading_over_an_offices_projects_gives_them_its_status(
    heading: str, status: str | None
) -> None:
    extraction = extract_document(doc(_LISTED.format(heading=heading)))
    assert extraction.kind == "office_page"
    assert [val(d.status) for d in extraction.initiatives] == [status]


def test_a_hubs_page_that_describes_itself_as_a_paper_is_another_kind() -> None:
    text = (
        "Skip to main content\n\nPosition Paper: Safe Return and Sustainable Reintegration\n\n"
        "This paper sets out the common position of the Network on return and reintegration."
        " It seeks to help States to operationalize Objective 21 of the GCM.\n\nGCM Objectives\n"
        "\n21 - Cooperate in facilitating safe and dignified return\n\nThis checklist helps"
        " Governments to assess their practices against the Compact.\n"
    )
    assert detect_kind(text) == "other"


def test_a_release_that_presents_a_study_stays_a_release() -> None:
    text = (
        "IOM Publishes a Study on Reintegration\n\nGeneva, 12 May 2022 – IOM today published a"
        " study on the reintegration of returnees in West Africa. The study shows that"
        " psychosocial support matters as much as grants, said the Director.\n\nMore follows.\n"
    )
    assert detect_kind(text) == "news_release"
