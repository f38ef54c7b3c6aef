"""Phrasings of the eighteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.normalise.dates import find_period
from tests.extraction import doc, news, office, office_page, titles, val


def _funders(ex: Extraction) -> dict[str, list[str]]:
    """Each initiative's funders, by title."""
    return {val(i.title): [val(f) for f in i.funders] for i in ex.initiatives}


# --- funders: "the project" as the subject of a funding clause --------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title", "funder"),
    [
        (
            "The Hague – The recently approved programme Connecting Diaspora for Development "
            "(CD4D) links diaspora professionals with institutions. The project, funded by the "
            "Dutch Ministry of Foreign Affairs, is a continuation of the Temporary Return of "
            "Qualified Nationals (TRQN) programme.",
            "en",
            "Connecting Diaspora for Development (CD4D)",
            "Dutch Ministry of Foreign Affairs",
        ),
        (
            "Dakar – Le programme Jeunesse et Emploi au Sénégal (JES) forme les jeunes de retour. "
            "Le projet, financé par l'Agence française de développement, prolonge le programme "
            "Migration et Développement Local (MDL).",
            "fr",
            "Jeunesse et Emploi au Sénégal (JES)",
            "Agence française de développement",
        ),
    ],
)
def test_the_project_as_subject_of_a_funding_clause_is_the_one_named_before(
    body: str, lang: str, title: str, funder: str
) -> None:
    found = _funders(news(body, lang))
    assert found[title] == [funder]
    assert all(givers == [] for name, givers in found.items() if name != title)


def test_the_project_after_two_named_initiatives_stands_for_neither() -> None:
    body = (
        "Accra – The project Connecting Diaspora for Development (CD4D) and the project "
        "Youth Employment and Safe Migration (YESM) train returnees. The project, funded by "
        "the Dutch Ministry of Foreign Affairs, ends in 2025."
    )
    assert all(givers == [] for givers in _funders(news(body, "en")).values())


# --- funders: a giver written as an adjective before "project" ---------------------------------


def test_a_giver_before_a_participle_and_the_initiative_word_funds_it() -> None:
    ex = office(
        "Strengthening Labour Migration Management in Nepal\n\n"
        "IOM is implementing a project on labour migration in Nepal.\n\n"
        "The European Union (EU) supported project aims to strengthen recruitment monitoring.",
        "en",
    )
    assert _funders(ex)["Strengthening Labour Migration Management in Nepal"] == [
        "European Union (EU)"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb with a plural object: the EU supported several projects
        "The European Union supported projects in Nepal and Bangladesh.",
        # no article before the giver: a verb ("The EU supported project activities" is one)
        "In 2019 the European Union supported project activities in Nepal.",
    ],
)
def test_a_giving_verb_before_an_initiative_word_is_no_adjective(sentence: str) -> None:
    ex = office(
        "Strengthening Labour Migration Management in Nepal\n\n"
        f"IOM is implementing a project on labour migration in Nepal.\n\n{sentence}",
        "en",
    )
    assert _funders(ex)["Strengthening Labour Migration Management in Nepal"] == []


# --- names: a currency sign glued to its amount is money, not an acronym -----------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Lima – El proyecto contará con un fondo de US$6 millones durante 40 meses.", "es"),
        ("Accra – The project will have a fund of US$6 million over 40 months.", "en"),
    ],
)
def test_a_currency_sign_before_a_figure_names_no_fund(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


def test_an_acronym_before_an_initiative_word_is_still_a_name() -> None:
    assert titles(news("Accra – The CEDR project trains returnees.", "en")) == ["CEDR"]


# --- practices: a quoted name with its translation in brackets ---------------------------------


def test_a_quoted_practice_name_before_its_translation_in_brackets() -> None:
    text = (
        "Repository of Practices\n\n"
        'Program "Return to Joy and Hope for Migrant Children" (“Retorno a la Alegría”)\n\n'
        "In the end of 2014 the Government created a task force for migrant children in "
        "Honduras.\n"
    )
    assert titles(extract_practice_page(doc(text), "en"))[0] == (
        "Return to Joy and Hope for Migrant Children"
    )


# --- office pages: the office's name with one more word, a cut line about "this project" --------


def test_the_offices_name_and_one_more_word_titles_no_project() -> None:
    ex = office_page(
        "IOM Tajikistan Today\n\n"
        "Tajikistan has been an IOM Member State since November 1994.\n\n"
        "Building Coordination Capacities of the Government of Tajikistan\n\n"
        "This project was designed towards building coordination capacities of the migration "
        "authorities.\n",
        "en",
    )
    assert titles(ex) == ["Building Coordination Capacities of the Government of Tajikistan"]


def test_the_offices_name_before_a_singular_initiative_word_still_titles() -> None:
    ex = office_page(
        "IOM Tajikistan Programme\n\n"
        "The programme trains the staff of the migration authorities in Dushanbe.\n",
        "en",
    )
    assert titles(ex) == ["IOM Tajikistan Programme"]


def test_a_cut_last_line_about_this_project_titles_nothing() -> None:
    ex = office_page(
        "Labour Migration in Nepal\n\n"
        "IOM supports the Government of Nepal on labour migration.\n\n"
        "Safe Recruitment for Nepali Workers\n\n"
        "This project was designed to make recruitment safer for Nepali workers abroad.\n\n"
        "The overall objective of this project was to st",
        "en",
    )
    assert "The overall objective of this project was to st" not in titles(ex)


@pytest.mark.parametrize(
    ("menu", "lang"),
    [
        ("Quick Links\n\nMake a Donation", "en"),
        ("Liens rapides\n\nFaire un don", "fr"),
        ("Enlaces rápidos\n\nDonar", "es"),
    ],
)
def test_quick_links_and_donation_lines_are_the_sites_menu(menu: str, lang: str) -> None:
    text = (
        f"{menu}\n"
        "Capacity Building for Diaspora Programming in Moldova\n\n"
        "The second component worked to improve the outreach capacities of consular staff.\n"
    )
    assert titles(office_page(text, lang)) == [
        "Capacity Building for Diaspora Programming in Moldova"
    ]


def test_a_year_alone_in_a_titles_brackets_is_no_part_of_its_name() -> None:
    ex = office_page(
        "Assessment of AVR (2009)\n\n"
        "Geographical Coverage: Hungary\n\n"
        "Duration: March 2009 - December 2009\n\n"
        "Summary: The project assesses the assisted voluntary return programme in Hungary.\n",
        "en",
    )
    assert titles(ex) == ["Assessment of AVR"]
    assert [val(i.start) for i in ex.initiatives] == ["2009-03"]


def test_an_acronym_in_a_titles_brackets_stays() -> None:
    ex = office_page(
        "Assessment of Voluntary Return (AVR)\n\n"
        "Summary: The project assesses the assisted voluntary return programme in Hungary.\n",
        "en",
    )
    assert titles(ex) == ["Assessment of Voluntary Return (AVR)"]


# --- cards: a bare status line over a bare label ----------------------------------------------

_CARD = (
    "Return and Reintegration in the Northern Triangle\n\n"
    "El Salvador, Guatemala, Honduras\n"
    "{status}\n"
    "Start and End Date\n"
    "1 April 2016 – 30 June 2019\n\n"
    "The program tackles the reintegration needs of returning families.\n"
)


def test_a_bare_status_line_over_a_cards_label_is_the_status() -> None:
    ex = office_page(_CARD.format(status="Past activities"), "en")
    assert [val(i.status) for i in ex.initiatives] == ["completed"]


def test_a_line_that_only_begins_like_a_status_is_none() -> None:
    ex = office_page(_CARD.format(status="Past activities and lessons"), "en")
    assert [val(i.status) for i in ex.initiatives] == [None]


# --- forms: "Time-frame" over "From: … To: …" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("From: 1 August 2015    To: 31 July 2017", ("2015-08-01", "2017-07-31")),
        ("From 1 August 2015 to 31 July 2017", ("2015-08-01", "2017-07-31")),
    ],
)
def test_a_period_written_with_from_and_to_labels(text: str, period: tuple[str, str]) -> None:
    found = find_period(text, "en")
    assert found is not None
    assert found[:2] == period


def test_a_colon_after_a_word_that_is_no_to_word_makes_no_period() -> None:
    assert find_period("Signed: 1 August 2015    Filed: 31 July 2017", "en") is None


def test_a_time_frame_label_dates_the_project() -> None:
    ex = office_page(
        "Consolidating the Migration and Development Framework of Moldova\n\n"
        "Time-frame\nFrom: 1 August 2015    To: 31 July 2017\n\n"
        "Objectives\nThe overall goal of the project is to maximize the impact of migration.\n",
        "en",
    )
    assert [(val(i.start), val(i.end)) for i in ex.initiatives] == [("2015-08-01", "2017-07-31")]


# --- fundings: a bracketed aside between the amount and its giver -----------------------------


@pytest.mark.parametrize(
    ("body", "lang", "giver"),
    [
        (
            "Niamey – Le projet « Gestion des frontières au Niger » est financé à hauteur de "
            "3 millions d’Euros (environ deux milliards de francs CFA) par le Ministère des "
            "Affaires étrangères d’Italie.",
            "fr",
            "Ministère des Affaires étrangères d’Italie",
        ),
        (
            "Accra – The Border Management Project is funded with EUR 3 million (about USD 3.3 "
            "million) by the Government of Italy.",
            "en",
            "Government of Italy",
        ),
    ],
)
def test_an_aside_after_the_amount_keeps_its_giver(body: str, lang: str, giver: str) -> None:
    ex = news(body, lang)
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [(giver, 3000000.0)]


# --- names: "the USAID-funded Project" is none; the name after its colon is -------------------


def test_a_modifier_and_a_capitalised_initiative_word_name_nothing() -> None:
    body = (
        "Dushanbe – IOM, within the frame of the USAID-funded Project, organized a meeting of "
        "the referral mechanism's partners."
    )
    assert titles(news(body, "en")) == []


def test_the_name_after_a_capitalised_initiative_words_colon() -> None:
    body = (
        "Dushanbe – The meeting is supported through the USAID-funded Project: Tajikistan Safe "
        "Migration and Countering Trafficking in Persons with the aim of identifying gaps."
    )
    assert titles(news(body, "en")) == [
        "Tajikistan Safe Migration and Countering Trafficking in Persons"
    ]


def test_a_capitalised_initiative_word_without_a_colon_introduces_no_name() -> None:
    body = "Dushanbe – The USAID-funded Project Safe Migration Support trains officials."
    assert "Safe Migration Support" not in titles(news(body, "en"))


# --- names: quotes mixed around one name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Bishkek – Assistance was provided within the framework of project «Assistance to "
            "the Government of Kyrgyzstan against Trafficking in Persons”, financed by the US "
            "State Department.",
            "en",
        ),
        (
            "Bichkek – L'appui a été fourni dans le cadre du projet “Assistance to the "
            "Government of Kyrgyzstan against Trafficking in Persons», financé par les "
            "États-Unis.",
            "fr",
        ),
    ],
)
def test_a_name_between_mixed_quotes(body: str, lang: str) -> None:
    assert "Assistance to the Government of Kyrgyzstan against Trafficking in Persons" in titles(
        news(body, lang)
    )


def test_a_straight_quote_does_not_close_a_guillemet() -> None:
    body = (
        'Bishkek – The project «Safe Migration" was discussed by partners, and the "Youth '
        'Employment" scheme too.'
    )
    assert "Safe Migration" not in titles(news(body, "en"))


# --- cards: the givers' line between the fields and the first section -------------------------

_FIELDS_CARD = (
    "Addressing Irregular Migration Flows in Southern Africa\n\n"
    "Project Period 1 October 2015 - 30 September 2016\n"
    "Partners Ministry of Home Affairs\n"
    "Budget EUR 498,528\n\n"
    "{line}\n\n"
    "Project Description\n\n"
    "The project's objective is to support governments in the region to manage migration.\n"
)


def test_an_organisation_alone_before_the_first_section_is_the_donor() -> None:
    ex = office_page(
        _FIELDS_CARD.format(line="Bureau of Population, Refugees, and Migration"), "en"
    )
    assert _funders(ex) == {
        "Addressing Irregular Migration Flows in Southern Africa": [
            "Bureau of Population, Refugees, and Migration"
        ]
    }


@pytest.mark.parametrize(
    "line",
    [
        # prose after the name: which of them gives is for the text to say
        "European Commission through the IPA II fund and bilateral contributions",
        # no organisation opens the line
        "Governments in the region and civil society",
    ],
)
def test_a_line_that_is_not_names_only_gives_no_donor(line: str) -> None:
    ex = office_page(_FIELDS_CARD.format(line=line), "en")
    assert _funders(ex) == {"Addressing Irregular Migration Flows in Southern Africa": []}


# --- returns: parts of a return figure with their own time -------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Santo Domingo – Desde 2010, la OIM ha ayudado a 2.940 haitianos a regresar a Haití "
            "desde República Dominicana. De ellos, 1.721 lo hicieron en el periodo 2010-2011 y "
            "1.219 en 2012.",
            "es",
        ),
        (
            "Santo Domingo – Since 2010, IOM has helped 2,940 Haitians to return to Haiti from "
            "the Dominican Republic. Of these, 1,721 returned in 2010-2011 and 1,219 in 2012.",
            "en",
        ),
    ],
)
def test_parts_of_a_return_figure_by_year(body: str, lang: str) -> None:
    found = [
        (val(r.count), val(r.from_country), val(r.to_country), val(r.start), val(r.end))
        for r in news(body, lang).returns
    ]
    assert found == [
        (2940, "DOM", "HTI", "2010", None),
        (1721, "DOM", "HTI", "2010", "2011"),
        (1219, "DOM", "HTI", "2012", "2012"),
    ]


def test_a_figure_after_a_subset_cue_with_no_time_of_its_own_is_no_part() -> None:
    body = (
        "Santo Domingo – IOM has helped 2,940 Haitians to return to Haiti from the Dominican "
        "Republic. Of these, 1,721 received reintegration grants."
    )
    assert [val(r.count) for r in news(body, "en").returns] == [2940]


# --- names: a list inside a French or Spanish name goes on past its commas --------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Dakar – Le Programme de protection, de retour et de réintégration des migrants en "
            "Afrique subsaharienne tient sa première réunion.",
            "fr",
            "Programme de protection, de retour et de réintégration des migrants en Afrique "
            "subsaharienne",
        ),
        (
            "Dakar – La Stratégie de l'OIM pour la jeunesse, l'emploi et la migration a été "
            "présentée aux partenaires.",
            "fr",
            "Stratégie de l'OIM pour la jeunesse, l'emploi et la migration",
        ),
        (
            "Lima – El Programa de prevención, de protección y de reintegración de víctimas de "
            "trata fue presentado hoy.",
            "es",
            "Programa de prevención, de protección y de reintegración de víctimas de trata",
        ),
    ],
)
def test_a_list_inside_a_sentence_case_name(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


def test_places_listed_after_a_head_word_are_no_name() -> None:
    body = (
        "Douala – L'OIM a formé des agents dans les régions du Centre, du Littoral et de "
        "l'Ouest du pays."
    )
    assert titles(news(body, "fr")) == []


# --- names: an organisation's acronym before an initiative word is whose, not which -----------


def test_an_acronym_the_text_gives_an_organisation_names_no_initiative() -> None:
    body = (
        "Bishkek – The project Assistance to the Government against Trafficking in Persons is "
        "financed by the US State Department (JTIP). In addition, the JTIP project includes "
        "the development of amendments."
    )
    assert "JTIP" not in titles(news(body, "en"))


def test_an_acronym_the_text_gives_an_initiative_still_names_one() -> None:
    body = (
        "Accra – The Community Reintegration Support (CRS) scheme trains returnees. In "
        "addition, the CRS project includes grants."
    )
    assert any("CRS" in title for title in titles(news(body, "en")))
