"""Phrasings and layouts of the nineteenth round (the twenty-third session's real pages).

Each test holds a made-up text with the shape of a page the converter read wrongly.
"""

from __future__ import annotations

import pytest

from return_atlas.extract import dispatch
from return_atlas.extract.dispatch import extract_document, not_a_name, sentence_verb
from return_atlas.extract.drafts import Extraction, InitiativeDraft, Spanned
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.project_page import extract_project_page
from return_atlas.read.document import Document
from tests.extraction import doc, news, office, office_page, titles, val

_ONE_A_LINE = """Development of a Regional Plan on Migration

  • Start Date
    2023
  • Other Countries Benefiting at Time of Allocation
    Chile
    Uruguay
  • Prima ID
    AR99P0000
  • Benefiting Member States
    Argentina Paraguay Peru
Over the last two decades, migration in Venezuela and Colombia changed.
"""


def test_a_countries_label_takes_its_names_one_to_a_line() -> None:
    ex = extract_project_page(doc(_ONE_A_LINE), "en")
    (project,) = ex.initiatives
    assert [c.value for c in project.countries] == ["CHL", "URY", "ARG", "PRY", "PER"]
    assert not [w for w in ex.warnings if "stray line" in w]


def test_the_text_after_the_last_countries_line_adds_none() -> None:
    text = _ONE_A_LINE.replace("  • Prima ID\n    AR99P0000\n", "").replace(
        "    Argentina Paraguay Peru\n", "    Argentina Paraguay Peru\n    Brazil\n"
    )
    (project,) = extract_project_page(doc(text), "en").initiatives
    assert [c.value for c in project.countries] == ["CHL", "URY", "ARG", "PRY", "PER", "BRA"]


_EMPTY_BUDGET = """Strengthening Safe Migration in Somewhere

  • Project Type
    Labour Migration
  • Budget Amount (USD)
  • Coverage
    National
  • Benefiting Member States
    Cambodia

The objective of this project is to support the Ministry of Labour.
The project budget is USD 49,983.
"""


def test_the_description_gives_the_budget_an_empty_label_does_not() -> None:
    (project,) = extract_project_page(doc(_EMPTY_BUDGET), "en").initiatives
    assert (val(project.budget_amount), val(project.budget_currency)) == (49983.0, "USD")


def test_a_budget_label_with_its_value_wins_over_the_description() -> None:
    text = _EMPTY_BUDGET.replace("(USD)\n", "(USD)\n    20000.00\n")
    (project,) = extract_project_page(doc(text), "en").initiatives
    assert (val(project.budget_amount), val(project.budget_currency)) == (20000.0, "USD")


def test_a_spanish_preterite_ends_a_names_tail() -> None:
    body = (
        "En los últimos dos meses, el Programa Mesoamérica desarrolló una serie de talleres "
        "en comunidades fronterizas de Guatemala."
    )
    assert titles(news(body, "es")) == ["Programa Mesoamérica"]


def test_a_lower_case_noun_ending_in_o_stays_in_the_tail() -> None:
    body = "El Programa de apoyo al desarrollo local beneficia a 300 familias retornadas."
    assert titles(news(body, "es")) == ["Programa de apoyo al desarrollo local"]


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("L’OIM et l’Union européenne (UE) lancent un projet de protection", "lancent"),
        ("Introduction: The Western Balkans region has witnessed a sharp increase", "has"),
        ("Among the key challenges for countries is to enhance formal remittances", "is"),
        ("L’OIM aide des migrants d’Afrique de l’Ouest à rentrer chez eux", "aide"),
        # names: no verb, a verb in a relative clause, a noun after an elision, "a"/"à"
        ("Development of a Regional Plan to Address Migration", None),
        ("Programa que apoya la reintegración de migrantes retornados", None),
        ("Programme d’aide au retour volontaire et à la réintégration", None),
        ("Demande d'Asile a été Rejetée (PRIRAC)", None),
        ("Return is Possible", None),  # too short to tell
    ],
)
def test_a_title_with_a_verb_after_its_subject_is_a_sentence(title: str, verb: str | None) -> None:
    assert sentence_verb(title) == verb


def test_an_initiative_titled_by_a_sentence_is_left_out_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def extractor(document: Document, lang: str) -> Extraction:
        ex = Extraction(kind="office_page", language=lang)
        for title in ("L’OIM et l’UE lancent un projet au Mali", "Projet PRIMA au Mali"):
            ex.initiatives.append(InitiativeDraft(title=Spanned(title, 0, 1)))
        return ex

    monkeypatch.setitem(dispatch.EXTRACTORS, "office_page", extractor)
    ex = extract_document(doc("IOM Tallinn\n\nThe office works with the government.\n"))
    assert ex.kind == "office_page"
    assert titles(ex) == ["Projet PRIMA au Mali"]
    assert any("lancent" in w for w in ex.warnings)


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("While the EU Anti-Trafficking Strategy", "a clause"),
        ("Bien que le projet de retour", "a clause"),
        ("Le projet", "a mention"),
        ("the programme", "a mention"),
        ("L’OIM aide des migrants d’Afrique de l’Ouest à rentrer chez eux", "a sentence ('aide')"),
        ("Bien-être des migrants de retour", None),
        ("Projet PRIMA", None),
        ("Programa Mesoamérica", None),
    ],
)
def test_what_cannot_name_an_initiative(title: str, why: str | None) -> None:
    assert not_a_name(title) == why


def test_a_naming_word_ends_the_name_before_it() -> None:
    body = (
        "Las agencias anuncian el inicio del Programa de Capacitación en Trata de Personas "
        "denominado “Aplicación de Procedimientos Operativos”."
    )
    assert "Programa de Capacitación en Trata de Personas" in titles(news(body, "es"))


def test_a_name_after_a_naming_word_and_a_colon_may_open_in_lower_case() -> None:
    body = (
        "Les agents ont été formés dans le cadre du projet de l’OIM intitulé : « gestion "
        "coordonnée des frontières au Mali et au Niger », financé par le Japon."
    )
    assert titles(news(body, "fr")) == ["gestion coordonnée des frontières au Mali et au Niger"]


def test_a_lower_case_quotation_after_an_initiative_word_alone_is_no_name() -> None:
    body = (
        "Les agents ont été formés dans le cadre du projet « gestion coordonnée des frontières »."
    )
    assert titles(news(body, "fr")) == []


_OFFICE_TEXT = (
    "Return and Reintegration\n\nSince April 2017, IOM has assisted returns to Nigeria. IOM "
    "also runs the UK Home Office-funded project titled ‘Strengthening Direct Assistance for "
    "Victims of Trafficking in Nigeria’. It helps victims. Its staff share the “Stronger "
    "Together” motto."
)


def test_an_office_page_reads_a_name_its_initiative_word_quotes() -> None:
    found = titles(office(_OFFICE_TEXT, "en"))
    assert "Strengthening Direct Assistance for Victims of Trafficking in Nigeria" in found
    assert "Stronger Together" not in found  # quoted, but by no initiative word


def test_a_quoted_name_after_its_initiative_words_funding_clause() -> None:
    body = (
        "Dans le contexte du projet financé par l’Union européenne, « Réponse aux besoins des "
        "migrants vulnérables », l’OIM a organisé un atelier à Rabat."
    )
    assert titles(news(body, "fr")) == ["Réponse aux besoins des migrants vulnérables"]


def test_a_lower_case_quotation_after_a_funding_clause_is_no_name() -> None:
    body = "Under the project funded by the European Union, “a real success”, IOM assisted 300."
    assert titles(news(body, "en")) == []


@pytest.mark.parametrize(
    "body",
    [
        "El Proyecto de Protección de Migrantes (PPM) es financiado por la Unión Europea.",
        "El Proyecto de Protección de Migrantes es financiado por la Unión Europea.",
    ],
)
def test_the_verb_es_is_no_adjective_ending_a_spanish_name(body: str) -> None:
    (title,) = titles(news(body, "es"))
    assert not title.endswith(" es")


def test_an_adjective_still_goes_on_a_spanish_name() -> None:
    body = "La Cooperación Española apoya el Programa Mesoamericano de Retorno."
    assert titles(news(body, "es")) == ["Programa Mesoamericano de Retorno"]


@pytest.mark.parametrize(
    ("body", "lang", "name"),
    [
        (
            "Ce projet, intitulé Renforcer la gestion des frontières, est financé par le Japon.",
            "fr",
            "Renforcer la gestion des frontières",
        ),
        (
            "El proyecto denominado Fortalecer la gestión de fronteras es financiado por Japón.",
            "es",
            "Fortalecer la gestión de fronteras",
        ),
    ],
)
def test_a_naming_word_introduces_a_name_in_sentence_case(body: str, lang: str, name: str) -> None:
    assert titles(news(body, lang)) == [name]


def test_a_sentence_case_phrase_after_an_initiative_word_alone_is_no_name() -> None:
    assert titles(news("Le projet Appui aux migrants aide 200 personnes.", "fr")) == []


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "IOM held a two-day workshop on reintegration in Accra on 12-13 March 2019.",
            "en",
            "two-day workshop on reintegration",
        ),
        (
            "La OIM realizó un taller regional en Ciudad de Panamá los días 16 y 17 de julio "
            "de 2018.",
            "es",
            "taller regional",
        ),
    ],
)
def test_an_events_name_ends_before_its_place_and_days(body: str, lang: str, title: str) -> None:
    (event,) = news(body, lang).events
    assert val(event.title) == title


def test_a_programme_named_after_its_committee_in_french() -> None:
    body = (
        "Le Comité de pilotage du Programme de protection, de retour et de réintégration des "
        "migrants en Afrique subsaharienne tient sa première réunion à Dakar."
    )
    assert titles(news(body, "fr")) == [
        "Programme de protection, de retour et de réintégration des migrants en Afrique "
        "subsaharienne"
    ]


def test_an_english_ministry_of_a_policy_is_still_the_ministry() -> None:
    body = "The Ministry of Labour and Social Policy signed the agreement with IOM in Skopje."
    assert titles(news(body, "en")) == []


def test_an_events_name_ends_before_a_weekday() -> None:
    (event,) = news("More than 100 people attended the forum in Kumasi on Monday.", "en").events
    assert val(event.title) == "forum"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("IOM trained 45 border officials in Malaba from 28 to 31 March.", "en"),
        ("L'OIM a formé 45 agents des frontières à Kidira du 28 au 31 mars.", "fr"),
        ("La OIM capacitó a 45 funcionarios de frontera en Tumbes del 28 al 31 de marzo.", "es"),
    ],
)
def test_a_range_of_days_without_a_year_under_a_dated_dateline(body: str, lang: str) -> None:
    dateline = {"en": "Nairobi, 7 April 2022 – ", "fr": "Dakar, le 7 avril 2022 – "}
    text = "A Headline Here\n\n" + dateline.get(lang, "Lima, 7 de abril de 2022 – ") + body
    (event,) = extract_news_release(doc(text), lang).events
    assert (val(event.start), val(event.end)) == ("2022-03-28", "2022-03-31")


def test_a_count_of_days_before_a_day_is_no_range() -> None:
    text = "A Headline Here\n\nNairobi, 7 April 2022 – In the 3 days to 31 March, IOM trained 45."
    (event,) = extract_news_release(doc(text), "en").events
    assert (val(event.start), val(event.end)) == ("2022-03-31", None)


_TWO_PROJECTS = {
    "en": (
        "IOM Georgia\n\nMigration Management\n\nIOM Georgia implements projects on border "
        "management.\n\nEnhancing Border Management Capacities in Georgia\n\nThe project, funded "
        "by the EU, strengthens border agencies.\n\nSupporting Labour Migration in Georgia\n\n"
        "Funded by Sweden, this project supports labour migrants since 2019.\n"
    ),
    "es": (
        "OIM Guatemala\n\nRetorno y reintegración\n\nProyecto de Atención a Personas Retornadas "
        "(2019-2022)\n\nFinanciado por USAID, el proyecto apoya a personas retornadas.\n\n"
        "Programa de Reintegración Económica\n\nCon fondos de Canadá, el programa brinda capital "
        "semilla a 500 personas retornadas.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_heading_over_a_text_about_the_project_is_a_project(lang: str) -> None:
    ex = office_page(_TWO_PROJECTS[lang], lang)
    assert len(ex.initiatives) == 2
    assert [len(i.funders) for i in ex.initiatives] == [1, 1]  # each its own donor


def test_a_short_section_heading_over_the_programme_is_no_project() -> None:
    text = (
        "Aide au retour volontaire et à la réintégration\n\nLe programme d’aide au retour de "
        "l’OIM Maroc aide les migrants.\n\nPartenaires financiers\n\nLe programme est financé "
        "par l’Union européenne.\n\nProjet « Retour et Réintégration Communautaire » (RRC)\n\n"
        "Lancé en 2023, le projet RRC complète l’assistance.\n"
    )
    assert "Partenaires financiers" not in titles(office_page(text, "fr"))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            " date 2019-12-06 Geneva – IOM, with support from the European Union, today (06/12) "
            "launched the Return and Reintegration Platform, a global tool.",
            "2019-12-06",
        ),
        (
            " date 2022-03-17 IOM yesterday held a workshop on return in Accra.",
            "2022-03-16",
        ),
    ],
)
def test_a_copys_opening_date_dates_the_story(text: str, start: str) -> None:
    (event,) = extract_news_release(doc(text), "en").events
    assert val(event.start) == start


def test_a_date_on_its_own_line_under_the_headline_dates_the_story() -> None:
    text = (
        "IOM Trains Border Officials in Ghana\n\n12 March 2019\n\nAccra – IOM today trained 30 "
        "border officials on document fraud in Accra."
    )
    (event,) = extract_news_release(doc(text), "en").events
    assert (val(event.start), val(event.city)) == ("2019-03-12", "Accra")


def test_people_trained_since_a_year_are_still_no_dated_session() -> None:
    text = "A Headline Here\n\nAccra – Since 2017, IOM has trained 3,000 border officials."
    assert extract_news_release(doc(text), "en").events == []
