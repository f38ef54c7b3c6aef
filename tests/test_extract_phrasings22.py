"""Phrasings and layouts of the twenty-second round (the twenty-sixth session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import kind
from return_atlas.classify.kind import _DATELINE, detect_kind
from tests.extraction import funders, news, office_page, returns, titles, val


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Baku - IOM this week helped 123 Azeris to return home.", "en", "AZE"),
        ("Podgorica - IOM helped 40 Montenegrin migrants to return home.", "en", "MNE"),
        ("Oulan-Bator - L'OIM a aidé 95 migrants mongols à rentrer chez eux.", "fr", "MNG"),
        ("Minsk - L'OIM a aidé 60 Biélorusses à rentrer chez eux.", "fr", "BLR"),
        ("Biskek - La OIM ayudó a 70 migrantes kirguises a regresar a su país.", "es", "KGZ"),
        ("Vientián - La OIM ayudó a 35 migrantes laosianos a regresar a su país.", "es", "LAO"),
    ],
)
def test_the_nationality_of_returnees_names_their_country(
    text: str, lang: str, country: str
) -> None:
    assert [r[2] for r in returns(news(text, lang))] == [country]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tripoli - In 2017, IOM facilitated 17,744 voluntary returns from Libya.", "en"),
        ("Tripoli - En 2017, l'OIM a facilité 17 744 retours volontaires depuis la Libye.", "fr"),
        ("Trípoli - En 2017, la OIM facilitó 17.744 retornos voluntarios desde Libia.", "es"),
    ],
)
def test_a_number_of_returns_counts_people_returned(text: str, lang: str) -> None:
    assert returns(news(text, lang)) == [(17744, "LBY", None)]


def test_a_year_before_returns_counts_nobody() -> None:
    text = (
        "Geneva - Of the 2021 returns, more than half started in transit countries, IOM said"
        " on 5 May 2022."
    )
    assert returns(news(text, "en")) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ibadan, Nigeria & Accra, Ghana – IOM held two workshops on the lessons of the project.",
        "Dakar & Abidjan – L'OIM a organisé deux ateliers sur les enseignements du projet.",
    ],
)
def test_a_dateline_of_two_places_joined_by_an_ampersand(line: str) -> None:
    assert _DATELINE.match(line)


def test_four_capitalised_words_before_a_dash_are_no_dateline() -> None:
    # a title and its city: "Centro de Atención al Migrante Retornado (CAMR) – San Pedro Sula"
    assert not _DATELINE.match("Centro De Atención Al Migrante – San Pedro Sula es la ciudad")


@pytest.mark.parametrize(
    "text",
    [
        "Le projet a été présenté hier aux autorités de la région. Il vise 150 migrants de retour,"
        " a indiqué le porte-parole de l'organisation.",
        "El proyecto fue presentado ayer a las autoridades de la región. Beneficiará a 150"
        " migrantes retornados, informó el portavoz de la organización.",
        "The project was presented yesterday to the authorities of the region. It will help 150"
        " returning migrants, the organisation's spokesperson told the press.",
    ],
)
def test_a_past_verb_of_reporting_and_a_relative_day_make_a_news_release(text: str) -> None:
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    "folded",
    [
        "l'ambassade de france a annonce mardi un financement de 2 millions d'euros",
        "iom said tuesday that 120 migrants had returned",
        "la cancilleria informo lunes que 120 migrantes retornaron",
    ],
)
def test_a_weekday_right_after_a_past_verb_of_reporting_dates_the_release(folded: str) -> None:
    assert kind._weekday_date(folded)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nouakchott - Le projet est mis en oeuvre par l'OIM, avec une contribution financière"
            " de l'Union européenne de 4 500 000 euros.",
            "fr",
        ),
        (
            "Nuakchot - El proyecto es ejecutado por la OIM, con una contribución financiera de la"
            " Unión Europea de 4.500.000 euros.",
            "es",
        ),
    ],
)
def test_a_contribution_with_an_indefinite_article_names_its_giver(text: str, lang: str) -> None:
    found = news(text, lang).fundings
    assert [(f.amount.value, val(f.currency)) for f in found] == [(4500000.0, "EUR")]
    assert val(found[0].funder) in ("Union européenne", "Unión Europea")


@pytest.mark.parametrize(
    ("text", "lang", "giver"),
    [
        (
            "Port-au-Prince - Le Département d'Etat vient d'octroyer un financement supplémentaire"
            " de 100 000 dollars à l'OIM pour le Programme de Sensibilisation Maritime.",
            "fr",
            "Département d'Etat",
        ),
        (
            "Port-au-Prince - The US State Department has just granted an additional USD 100,000"
            " to IOM for the Maritime Awareness Programme.",
            "en",
            "US State Department",
        ),
        (
            "Puerto Príncipe - El Departamento de Estado acaba de otorgar un financiamiento"
            " adicional de 100.000 dólares a la OIM para el Programa de Sensibilización Marítima.",
            "es",
            "Departamento de Estado",
        ),
    ],
)
def test_a_gift_in_the_recent_past_names_its_giver(text: str, lang: str, giver: str) -> None:
    found = news(text, lang).fundings
    assert [(f.amount.value, val(f.currency), val(f.funder)) for f in found] == [
        (100000.0, "USD", giver)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rabat - Le Programme assiste chaque année en moyenne 1.500 migrants qui souhaitent"
            " rentrer.",
            "fr",
        ),
        (
            "Rabat - Este Programa asiste cada año en promedio a 1.500 migrantes que desean"
            " regresar.",
            "es",
        ),
    ],
)
def test_an_initiative_word_and_its_verb_are_no_name(text: str, lang: str) -> None:
    assert titles(news(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Plus de 4 milliards de FCFA, c'est le coût du projet frontalier dans les espaces"
            " frontaliers du Mali et du Sénégal. Il est mis en œuvre par l'OIM.\n"
            "Source : Studio Tamani\n",
            "fr",
        ),
        (
            "More than USD 7 million is the cost of the border project in Mali and Senegal. It is"
            " implemented by IOM.\nSource: Studio Tamani\n",
            "en",
        ),
    ],
)
def test_a_source_line_under_an_article_names_no_initiative(text: str, lang: str) -> None:
    assert not any(t.startswith(("Source", "Fuente")) for t in titles(office_page(text, lang)))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Genève - Ce chiffre porte le nombre total de migrants aidés à rentrer chez eux"
            " volontairement à 38 019 depuis le début de l'année.",
            "fr",
        ),
        (
            "Geneva - This brings the total number of migrants assisted to return home to 38,019"
            " since January.",
            "en",
        ),
        (
            "Ginebra - Esto eleva el número de migrantes asistidos para retornar a 38.019 desde"
            " enero.",
            "es",
        ),
    ],
)
def test_a_figure_after_the_number_of_returning_people_counts_them(text: str, lang: str) -> None:
    assert [r[0] for r in returns(news(text, lang))] == [38019]


def test_the_number_of_people_who_stay_is_no_return() -> None:
    text = "Geneva - The total number of migrants stranded in Niger rose to 38,019 this year."
    assert returns(news(text, "en")) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Genève - L'Allemagne était le principal pays d'accueil d'où la majorité des migrants"
            " aidés par l'OIM ont été rapatriés (plus de 54 000 migrants), suivie de la Grèce"
            " (6 153) et de l'Autriche (4 812).",
            "fr",
        ),
        (
            "Geneva - Germany was the main host country from which most of the migrants assisted"
            " by IOM returned (over 54,000 migrants), followed by Greece (6,153) and Austria"
            " (4,812).",
            "en",
        ),
    ],
)
def test_a_figure_after_the_host_the_sentence_opens_with_left_that_host(
    text: str, lang: str
) -> None:
    assert [r[:2] for r in returns(news(text, lang))] == [
        (54000, "DEU"),
        (6153, "GRC"),
        (4812, "AUT"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ouagadougou - IOM helped 19 Senegalese migrants in Niger to return to Senegal.", "en"),
        ("Ouagadougou - L'OIM a aidé 19 migrants sénégalais au Niger à rentrer au Sénégal.", "fr"),
        (
            "Uagadugú - La OIM ayudó a 19 migrantes senegaleses en Níger a regresar a Senegal.",
            "es",
        ),
    ],
)
def test_foreigners_in_a_country_leave_it(text: str, lang: str) -> None:
    assert returns(news(text, lang)) == [(19, "NER", "SEN")]


def test_nationals_in_their_own_country_left_no_country() -> None:
    text = "Dakar - IOM helped 19 Senegalese migrants in Senegal to set up small businesses."
    assert all(r[1] != "SEN" for r in returns(news(text, "en")))


def test_returnees_who_will_benefit_are_a_target_in_french_too() -> None:
    text = (
        "Port-au-Prince - Environ 300 migrants rapatriés bénéficieront de l'assistance de ce fonds."
    )
    assert returns(news(text, "fr")) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Genève - L'OIM a organisé des ateliers sur les enseignements du projet à Dakar, au"
            " Sénégal, le 2 septembre 2024, et à Abidjan, en Côte d'Ivoire, le 6 septembre 2024.",
            "fr",
        ),
        (
            "Geneva - IOM held workshops on the lessons of the project in Dakar, Senegal, on 2"
            " September 2024 and in Abidjan, Côte d'Ivoire, on 6 September 2024.",
            "en",
        ),
    ],
)
def test_an_event_held_in_two_towns_on_two_days_is_two_events(text: str, lang: str) -> None:
    found = [(val(e.start), val(e.city)) for e in news(text, lang).events]
    assert found == [("2024-09-02", "Dakar"), ("2024-09-06", "Abidjan")]


def test_a_nigerian_city_of_an_event_is_known() -> None:
    # an unknown first town let the sentence's known second town date the first event
    text = (
        "Geneva - IOM held workshops on the lessons of the project in Ibadan, Nigeria, on 2"
        " September 2024 and in Accra, Ghana, on 6 September 2024."
    )
    found = [(val(e.start), val(e.city)) for e in news(text, "en").events]
    assert found == [("2024-09-02", "Ibadan"), ("2024-09-06", "Accra")]


def test_the_same_figure_told_again_with_a_day_dates_the_return() -> None:
    text = (
        "Ouagadougou - IOM is assisting 19 Senegalese migrants in Niger to return home. On 2"
        " March 2016, the IOM office provided assistance to the 19 Senegalese migrants in"
        " transit."
    )
    found = news(text, "en").returns
    assert [(r.count.value, val(r.start)) for r in found] == [(19, "2016-03-02")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Geneva, 5 July 2017 - IOM has helped 38,019 migrants to return home since the"
            " beginning of the year.",
            "en",
        ),
        (
            "Genève, 5 juillet 2017 - L'OIM a aidé 38 019 migrants à rentrer chez eux depuis le"
            " début de l'année.",
            "fr",
        ),
        (
            "Ginebra, 5 de julio de 2017 - La OIM ayudó a 38.019 migrantes a regresar en lo que va"
            " del año.",
            "es",
        ),
    ],
)
def test_returns_so_far_this_year_count_from_january(text: str, lang: str) -> None:
    found = news(text, lang).returns
    assert [(val(r.start), val(r.end)) for r in found] == [("2017-01", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Abidjan - Le Programme de protection et de réintégration des migrants (MPRR-SSA) a"
            " été lancé récemment à Azaguié, une ville du sud de la Côte d'Ivoire.",
            "fr",
        ),
        (
            "Abidjan - The Migrant Protection and Reintegration Programme (MPRR-SSA) was recently"
            " launched in Azaguié, a town in southern Côte d'Ivoire.",
            "en",
        ),
    ],
)
def test_a_programme_recently_launched_in_a_town_is_a_launch(text: str, lang: str) -> None:
    assert [(e.event_type, val(e.city)) for e in news(text, lang).events] == [("launch", "Azaguié")]


def test_a_programme_launched_in_a_year_is_no_event() -> None:
    text = "Abidjan - The Migrant Reintegration Programme (MRP) was launched in 2019 in Azaguié."
    assert news(text, "en").events == []


def test_adjectives_set_off_by_a_comma_before_the_people_counted() -> None:
    text = (
        "Addis Ababa - IOM helped 131 vulnerable, stranded Ethiopian migrants to return home from"
        " Yemen."
    )
    assert returns(news(text, "en")) == [(131, "YEM", "ETH")]


def test_a_day_and_its_month_before_a_comma_count_nobody() -> None:
    text = (
        "Banjul - On 27 April, more migrants were assisted back home as 164 men returned to The"
        " Gambia."
    )
    assert 27 not in [r[0] for r in returns(news(text, "en"))]


def test_a_thematic_heading_names_the_page_and_no_initiative() -> None:
    text = (
        "Labour Migration\n\n"
        "IOM supports the Government in managing labour migration and protecting workers.\n\n"
        "Flagship Programmes\n\n"
        "Safe Labour Migration Project (SLMP)\n\n"
        "The Safe Labour Migration Project, funded by the European Union, trains recruitment"
        " agencies and labour inspectors across the country.\n"
    )
    ex = office_page(text, "en")
    assert "Flagship Programmes" not in titles(ex)
    assert "Labour Migration" not in titles(ex)
    assert val(ex.title) == "Labour Migration"


def test_a_heading_of_ioms_activities_is_no_initiative() -> None:
    text = (
        "Les activités de l'OIM\n\n"
        "L'OIM appuie le Gouvernement dans la gestion des migrations et la protection des"
        " migrants de retour dans tout le pays.\n"
    )
    assert titles(office_page(text, "fr")) == []


def test_an_iom_area_of_work_is_no_initiative() -> None:
    text = (
        "Movement, Emergency and Post-crisis Migration Management\n\n"
        "IOM assists displaced people and returnees across the country in times of crisis.\n\n"
        "Counter-Trafficking\n\n"
        "IOM trains police officers and social workers to identify victims of trafficking.\n"
    )
    assert titles(office_page(text, "en")) == []


@pytest.mark.parametrize(
    ("text", "lang", "giver"),
    [
        (
            "Accra - The Safe Return Project (SRP) is made possible through the generous support"
            " of the Government of Japan.",
            "en",
            "Government of Japan",
        ),
        (
            "Accra - Le Projet Retour Sûr (PRS) est mis en œuvre grâce au généreux soutien du"
            " Gouvernement du Japon.",
            "fr",
            "Gouvernement du Japon",
        ),
        (
            "Accra - El Proyecto Retorno Seguro (PRS) se ejecuta con el generoso apoyo del"
            " Gobierno de Japón.",
            "es",
            "Gobierno de Japón",
        ),
    ],
)
def test_generous_support_names_a_funder(text: str, lang: str, giver: str) -> None:
    assert funders(news(text, lang)) == [[giver]]


def test_a_known_body_runs_on_past_a_lower_case_word_of_its_name() -> None:
    text = (
        "Accra - With financial support from the Deutsche Gesellschaft für Internationale"
        " Zusammenarbeit (GIZ), the Safe Return Project (SRP) trains returnees."
    )
    assert funders(news(text, "en")) == [
        ["Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)"]
    ]


def test_items_of_a_list_opened_by_a_name_and_its_acronym_are_projects() -> None:
    text = (
        "Projects\n\n"
        "- Safe Migration Project (SMP): funded by the European Union, the project runs from"
        " 2020 to 2023 in Ethiopia.\n"
        "- Border Management Programme (BMP): funded by Japan (USD 3 million), 2021-2024.\n"
    )
    ex = office_page(text, "en")
    assert titles(ex) == ["Safe Migration Project (SMP)", "Border Management Programme (BMP)"]
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [["European Union"], ["Japan"]]


def test_a_list_of_partners_with_their_acronyms_names_no_project() -> None:
    text = (
        "Partners\n\n"
        "- European Union (EU): the main donor of the office since 2015.\n"
        "- United Nations Development Programme (UNDP): a partner in reintegration since 2018.\n"
    )
    assert titles(office_page(text, "en")) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Accra - For the first time since independence in 1957, the Government of Ghana has"
            " formulated a National Migration Policy (NMP).",
            "en",
        ),
        (
            "Accra - Pour la première fois depuis l'indépendance en 1957, le Gouvernement du Ghana"
            " a formulé une Politique Nationale de Migration (PNM).",
            "fr",
        ),
    ],
)
def test_the_first_time_since_a_date_is_no_start(text: str, lang: str) -> None:
    assert [val(i.start) for i in news(text, lang).initiatives] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Brussels - The EU Global Diaspora Facility (EUDiF) runs from June 2019 until the end"
            " of 2023.",
            "en",
        ),
        ("Bruxelles - Le Programme EUDiF se déroule de juin 2019 à fin 2023.", "fr"),
        (
            "Bruselas - El Programa EUDiF se ejecuta desde junio de 2019 hasta finales de 2023.",
            "es",
        ),
    ],
)
def test_a_period_until_the_end_of_a_year_ends_that_year(text: str, lang: str) -> None:
    assert [(val(i.start), val(i.end)) for i in news(text, lang).initiatives] == [
        ("2019-06", "2023")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (
            "Saint-Domingue - L'OIM a aidé 150 Haïtiens à rentrer chez eux la semaine dernière.",
            "fr",
            "DOM",
        ),
        ("Tbilissi - L'OIM a organisé un atelier régional le 5 mai 2016.", "fr", "GEO"),
        ("Tiflis - La OIM organizó un taller regional el 5 de mayo de 2016.", "es", "GEO"),
    ],
)
def test_french_and_spanish_spellings_of_towns_are_known(
    text: str, lang: str, country: str
) -> None:
    ex = news(text, lang)
    found = [r[1] for r in returns(ex)] + [val(e.country) for e in ex.events]
    assert found == [country]
