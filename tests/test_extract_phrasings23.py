"""Phrasings and layouts of the twenty-third round (the twenty-seventh session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import kind
from return_atlas.classify.kind import detect_kind
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from tests.extraction import doc, funders, news, office_page, returns, titles, val


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation: IOM Equips Coast Guards to Prevent Irregular Migration by Sea\n\n"
        "The donor has given a further 100,000 dollars to the organisation to continue a programme"
        " of awareness-raising among young people of the coastal districts who may attempt the"
        " crossing.",
        "Coopération : l’OIM reçoit une subvention pour prévenir la migration irrégulière\n\n"
        "Le bailleur a accordé 100 000 dollars supplémentaires à l’organisation afin de poursuivre"
        " un programme de sensibilisation des jeunes des districts côtiers qui pourraient tenter la"
        " traversée.",
        "Tres gobiernos formulan un proyecto para la atención de migrantes retornados\n\n"
        "Con el fin de fortalecer las capacidades estatales de atención y protección a los"
        " migrantes en retorno, delegados de los tres gobiernos formularon un proyecto común con"
        " el apoyo de un fondo de cooperación.",
    ],
)
def test_the_verb_of_a_headline_makes_a_news_release(text: str) -> None:
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sikasso, Mali – IOM officially launched, on 4 April 2022 in Sikasso, a regional"
            " project for border communities.",
            "en",
        ),
        (
            "Sikasso, Mali – L'OIM a lancé, le 4 avril 2022 à Sikasso, un projet régional pour"
            " les communautés frontalières.",
            "fr",
        ),
    ],
)
def test_a_date_and_a_town_before_an_apposition_name_no_initiative(text: str, lang: str) -> None:
    assert titles(news(text, lang)) == []


def test_a_date_before_a_name_in_apposition_is_left_out_of_it() -> None:
    text = (
        "Accra – The Immigration Service launched on 7 February 2022 ReturnLink Ghana, an online"
        " portal where returning migrants find information on services."
    )
    assert titles(news(text, "en")) == ["ReturnLink Ghana"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Sikasso, Mali – L'OIM a procédé, le lundi 4 avril 2022 à Sikasso, au lancement"
            " officiel d'un projet régional.",
            "fr",
            "lancement officiel d'un projet régional",
        ),
        (
            "Sikasso, Malí – La OIM procedió, el lunes 4 de abril de 2022 en Sikasso, al"
            " lanzamiento oficial de un proyecto regional.",
            "es",
            "lanzamiento oficial de un proyecto regional",
        ),
        (
            "Sikasso, Mali – IOM proceeded, on Monday 4 April 2022 in Sikasso, with the official"
            " launch of a regional project.",
            "en",
            "official launch of a regional project",
        ),
    ],
)
def test_proceeding_to_an_event_tells_it(text: str, lang: str, title: str) -> None:
    assert [
        (e.event_type, val(e.title), val(e.start), val(e.city)) for e in news(text, lang).events
    ] == [("launch", title, "2022-04-04", "Sikasso")]


def test_a_news_article_label_makes_a_news_release() -> None:
    text = (
        "Emergency Fund\nNews article25 May 2018\n\nFirst steering committee of the project\n\n"
        "The first steering committee of the project took place in the presence of the ministry"
        " and the partners of civil society. The project is implemented by the organisation."
    )
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    ("card", "lang"),
    [
        (
            "Países\nGeorgia\nRegión\nEuropa\nEstatus\nActividades pasadas\n"
            "Fechas de inicio y fin\n1 Agosto 2020 – 31 Octubre 2022\n\nDonors\n\n"
            "Unión Europea; Swiss Agency for Development and Cooperation (SDC)",
            "es",
        ),
        (
            "Pays\nGéorgie\nRégion\nEurope\nStatut\nActivités passées\nDates de début et de fin\n"
            "1 août 2020 – 31 octobre 2022\n\nDonateurs\n\nUnion européenne; Swiss Agency for"
            " Development and Cooperation (SDC)",
            "fr",
        ),
    ],
)
def test_a_card_of_labels_over_an_english_text_is_read_by_the_project_reader(
    card: str, lang: str
) -> None:
    text = (
        "Skip to main content\n\nSustainable Reintegration in Communities of Return\n\n"
        f"{card}\n\nThe project pilots ways to support returning migrants in ten municipalities."
    )
    # a card that names donors and neither codes nor budgets its project is an office's
    # (the thirty-second session: three read pages against one)
    assert detect_kind(text) == "office_page"
    (project,) = extract_project_page(doc(text), "en").initiatives
    assert (val(project.title), val(project.status), val(project.start), val(project.end)) == (
        "Sustainable Reintegration in Communities of Return",
        "completed",
        "2020-08-01",
        "2022-10-31",
    )
    assert [val(c) for c in project.countries] == ["GEO"]
    assert [val(f) for f in project.funders][1:] == [
        "Swiss Agency for Development and Cooperation (SDC)"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "SAFE\n\nUne approche coordonnée pour la réinsertion des victimes de la traite depuis"
            " la France et l'Italie\n\nObjectifs du projet\n\nLe projet propose un accompagnement"
            " individuel aux victimes de la traite afin de les aider à se réinsérer.",
            "SAFE",
        ),
        (
            "OIM\n\nUne approche coordonnée pour la réinsertion des victimes de la traite depuis"
            " la France et l'Italie\n\nObjectifs du projet\n\nLe projet propose un accompagnement"
            " individuel aux victimes de la traite afin de les aider à se réinsérer.",
            "Une approche coordonnée pour la réinsertion des victimes de la traite depuis la France"
            " et l'Italie",
        ),
    ],
)
def test_an_acronym_over_what_it_does_is_the_projects_name(text: str, title: str) -> None:
    assert titles(office_page(text, "fr")) == [title]


def test_the_page_is_the_projects_that_serves_a_strategy() -> None:
    text = (
        "En 2010, le gouvernement s’est engagé pour la conception de la Stratégie Nationale de"
        " Gestion de la Migration (SNGM). En 2016, le projet MIDRIM, mis en œuvre par une"
        " association et ses partenaires, contribue à l’atteinte des objectifs de la SNGM.\n"
        "Durée du projet : 18 mois (janvier 2017 – juillet 2018) Localisation : Communes de"
        " Mauritanie.\n"
    )
    drafts = {val(i.title): i for i in office_page(text, "fr").initiatives}
    project = drafts["MIDRIM"]
    assert (val(project.start), val(project.end)) == ("2017-01", "2018-07")


def test_an_events_participle_before_a_weekday_dates_the_release() -> None:
    assert kind._weekday_date("un seminaire international, organise mardi et mercredi a rabat")


def test_a_newspapers_report_of_a_seminar_is_a_news_release() -> None:
    text = (
        "Le programme d'aide au retour, mis en œuvre par l'organisation, a bénéficié à 11 300"
        " migrants depuis 2005. Ces chiffres ont été dévoilés lors d'un séminaire sur la"
        " réintégration, organisé mardi et mercredi à Rabat. Le projet accompagne les migrants"
        " depuis 2017. Les organisateurs ont fait savoir qu'en 2018, 276 migrants ont suivi des"
        " sessions de formation. Ce projet vise aussi les communautés."
    )
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Best Practice:Shelters for Returning Migrants in Honduras", "en"),
        ("Buena práctica: Albergues para migrantes retornados en Honduras", "es"),
        ("Bonne pratique : Foyers pour migrants de retour au Honduras", "fr"),
    ],
)
def test_a_label_of_a_records_kind_opens_a_practice_and_is_no_part_of_its_name(
    line: str, lang: str
) -> None:
    text = (
        f"{line}\n\nThis initiative developed by IOM in Honduras rehabilitated the shelters in"
        " response to the high number of returning migrants. The team adapted the centres to the"
        " needs of families."
    )
    assert detect_kind(text) == "practice_page"
    name = line.partition(":")[2].strip()
    assert titles(extract_practice_page(doc(text), lang))[0] == name


def test_the_duration_of_the_project_labels_an_office_pages_period() -> None:
    text = (
        "Pilot Fund Honduras\n\n\nDuration of the project: September 2015 - April 2016\n\n"
        "The association aims at raising awareness about the situation of returned migrants in"
        " Honduras through round tables with local governments. The project also includes a"
        " campaign.\n\n© Photo: La Prensa, 8 April 2016"
    )
    assert detect_kind(text) == "office_page"
    (project,) = office_page(text, "en").initiatives
    assert (val(project.title), val(project.start), val(project.end)) == (
        "Pilot Fund Honduras",
        "2015-09",
        "2016-04",
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nouakchott - Le projet « Renforcement de la gestion des frontières » a été présenté."
            " Le projet débuté en juin 2017, est mis en œuvre par l’OIM sur une période de trois"
            " ans de 2017 à 2020.",
            "fr",
        ),
        (
            "Nouakchott - The project “Strengthening Border Management” was presented. The"
            " project, started in June 2017, is implemented by IOM over three years from 2017 to"
            " 2020.",
            "en",
        ),
    ],
)
def test_a_start_word_names_the_month_a_periods_first_year_leaves_out(text: str, lang: str) -> None:
    assert [(val(i.start), val(i.end)) for i in news(text, lang).initiatives] == [
        ("2017-06", "2020")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Nouakchott - Le comité s'est réuni dans le cadre de l’Initiative UE – OIM pour la"
            " protection et la réintégration des migrants.",
            "fr",
            "Initiative UE – OIM pour la protection et la réintégration des migrants",
        ),
        (
            "Nouakchott - The committee met under the EU – IOM Joint Initiative for Migrant"
            " Protection and Reintegration.",
            "en",
            "EU – IOM Joint Initiative for Migrant Protection and Reintegration",
        ),
    ],
)
def test_a_spaced_dash_between_two_acronyms_is_inside_a_name(
    text: str, lang: str, title: str
) -> None:
    assert titles(news(text, lang)) == [title]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rabat - Le programme d'aide au retour volontaire a aidé 11 300 migrants depuis 2005."
            " En 2018, 276 migrants ont bénéficié de sessions de développement personnel.",
            "fr",
        ),
        (
            "Rabat - El programa de retorno voluntario ayudó a 11.300 migrantes desde 2005. En"
            " 2018, 276 migrantes se beneficiaron de talleres de desarrollo personal.",
            "es",
        ),
        (
            "Rabat - The voluntary return programme has helped 11,300 migrants since 2005. In 2018,"
            " 276 migrants benefited from training in personal development.",
            "en",
        ),
    ],
)
def test_people_who_benefited_from_sessions_are_no_return(text: str, lang: str) -> None:
    assert [count for count, _, _ in returns(news(text, lang))] == [11300]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Rabat - Pour sa part, le projet Foras, qui est complémentaire au programme, vise à"
            " offrir aux migrants un retour digne.",
            "fr",
            ["Foras"],
        ),
        (
            "Rabat - El proyecto Foras, que complementa el programa, busca ofrecer a los migrantes"
            " un retorno digno.",
            "es",
            ["Foras"],
        ),
        (
            "Panamá - La agencia aportará USD 480.000 a la iniciativa Comunidades que Integran,"
            " que la OIM ejecuta en Darién.",
            "es",
            [],  # (not "Comunidades" alone)
        ),
        (
            "Rabat - Le projet Maroc, financé par l'Union européenne, aide les migrants.",
            "fr",
            [],
        ),
    ],
)
def test_one_capitalised_word_after_a_french_or_spanish_initiative_word_names_it(
    text: str, lang: str, expected: list[str]
) -> None:
    assert titles(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Praga - Hoy, se publica una guía sobre migración laboral el segundo día del 14º Foro"
            " Económico de la OSCE en Praga.",
            "es",
            "Foro Económico de la OSCE",
        ),
        (
            "Prague - Today, a guide on labour migration is published on the second day of the"
            " 14th OSCE Economic Forum in Prague.",
            "en",
            "OSCE Economic Forum",
        ),
    ],
)
def test_an_ordinal_before_an_event_says_which_not_how_many(
    text: str, lang: str, title: str
) -> None:
    assert [(e.event_type, val(e.title)) for e in news(text, lang).events] == [
        ("conference", title)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Paris - L’OIM a organisé un événement de sensibilisation sur l’identification des"
            " victimes de traite à l’aéroport de Paris.",
            "fr",
        ),
        (
            "Madrid - La OIM organizó un evento de sensibilización sobre la identificación de"
            " víctimas de trata en el aeropuerto de Madrid.",
            "es",
        ),
        (
            "London - IOM organized an awareness-raising event on the identification of victims of"
            " trafficking at London Heathrow airport.",
            "en",
        ),
    ],
)
def test_an_awareness_event_is_an_event(text: str, lang: str) -> None:
    assert [e.event_type for e in news(text, lang).events] == ["other"]


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        (
            "Asunción - El defensor especializado en Migrantes y Refugiados asistió al Taller de"
            " Buenas Prácticas que la OIM organizó ayer.",
            "es",
            "Migrantes",
        ),
        (
            "Dakar - Le défenseur spécialisé en Migrants et Réfugiés a assisté à l'atelier de"
            " bonnes pratiques organisé hier par l'OIM.",
            "fr",
            "Migrants",
        ),
    ],
)
def test_people_in_capitals_after_in_are_no_place(text: str, lang: str, people: str) -> None:
    events = news(text, lang).events
    assert events
    assert people not in [val(e.city) for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Asunción - La OIM realizó ayer un taller en Asunción con funcionarios públicos. El"
            " objetivo principal del taller fue analizar los resultados de las visitas realizadas.",
            "es",
        ),
        (
            "Dakar - L'OIM a organisé hier un séminaire à Dakar avec des agents publics. L'objectif"
            " principal du séminaire était d'analyser les résultats des visites organisées.",
            "fr",
        ),
    ],
)
def test_an_event_word_after_an_article_fused_with_of_is_the_event_told(
    text: str, lang: str
) -> None:
    assert [e.event_type for e in news(text, lang).events] == ["workshop"]


_MENU = (
    "-\nQui sommes nous\nQui sommes nousL'Organisation internationale pour les migrations (OIM)"
    " fait partie du système des Nations Unies.\nStructure\n- Structure organisationnelle\n"
    "- Directrice générale\n-\nNotre travail\n- 2030 AGENDA\n"
)


def test_an_iom_sites_menu_leans_a_page_with_another_news_cue_to_news() -> None:
    body = (
        "Les victimes de la traite reprennent confiance en elles\n"
        "L'OIM et une ONG locale ont mené à terme avec succès un\n"
        "projet pilote de 16 mois visant les victimes de la traite pour\n"
        "leur redonner confiance et leur apporter le soutien dont elles\n"
        "ont besoin. Ce projet pilote visait 39 victimes de la traite.\n"
    )
    assert detect_kind(body) == "office_page"
    assert detect_kind(_MENU + body) == "news_release"


def test_an_iom_sites_menu_alone_makes_no_news_release() -> None:
    body = (
        "Aide au retour volontaire\n"
        "Le projet offre aux migrants qui souhaitent rentrer dans leur pays une aide au retour et"
        " à la réintégration. Ce projet est financé par l'Union européenne.\n"
    )
    assert detect_kind(_MENU + body) == "office_page"


def test_joint_funded_says_how_not_who() -> None:
    text = (
        "Safe Journeys Campaign\nJoint-funded by the Home Office and the Foreign Office, and led by"
        " the Communication Service, the ‘Safe Journeys’ campaign had three objectives:\n"
    )
    assert funders(extract_practice_page(doc(text), "en")) == [[]]


def test_two_compounds_of_who_pays_and_who_runs_are_no_part_of_a_name() -> None:
    text = (
        "Kyiv - The Danish-funded and IOM-administered Programme Against Human Trafficking in"
        " Eastern Europe ended in 2007."
    )
    assert titles(news(text, "en")) == ["Programme Against Human Trafficking in Eastern Europe"]


def test_geographic_coverage_labels_the_countries() -> None:
    text = (
        "Central Asian Regional Migration Programme (CARMP)\n\n"
        "  • Donor: Department for International Development\n  • Duration: 2014 – 2015\n"
        "  • Geographic coverage: Kazakhstan, Kyrgyzstan, Tajikistan and Russia\n\n"
        "The Regional Migration Programme is implemented by IOM in partnership with the World Bank."
    )
    drafts = {val(i.title): i for i in office_page(text, "en").initiatives}
    countries = [
        val(c) for c in drafts["Central Asian Regional Migration Programme (CARMP)"].countries
    ]
    assert sorted(countries) == ["KAZ", "KGZ", "RUS", "TJK"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ciudad de México - Más de 10.000 migrantes retornaron con el programa. La mayor parte"
            " de los retornos se realizaron desde México, con 6.324 casos (63 por ciento), seguido"
            " por Guatemala, con 2.325, y Belice, con 375 (4 por ciento).",
            "es",
            [(10000, None, None), (6324, "MEX", None), (2325, "GTM", None), (375, "BLZ", None)],
        ),
        (
            "Ciudad de México - Más de 10.000 migrantes retornaron con el programa. La mayoría"
            " fueron de Honduras, seguidas de personas migrantes de El Salvador, con 1.510 (15 por"
            " ciento), y Guatemala, con 805 (8 por ciento).",
            "es",
            [(10000, None, None), (1510, None, "SLV"), (805, None, "GTM")],
        ),
    ],
)
def test_parts_of_a_return_written_country_with_figure(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


def test_labels_run_into_their_figures_with_no_colon() -> None:
    text = (
        "Navigation path\n\nReturn assistance projects\n\nSome 137 people returned to Georgia"
        " from the Netherlands and received reintegration assistance.\n\n"
        "Project dates 01/01/2009 - 30/06/2011\nTotal budget€386 954\nEU contribution50%\n\n"
        "Project Description\n\nThe project sought to make the return easier."
    )
    (project,) = office_page(text, "en").initiatives
    assert (val(project.start), val(project.end), val(project.budget_amount)) == (
        "2009-01-01",
        "2011-06-30",
        386954.0,
    )


def test_a_channels_words_give_no_type_to_the_page_s_project() -> None:
    text = (
        "Regional Reintegration Support\n\nL'aide offerte aux migrants dans le cadre du"
        " programme de l'OIM s'articule autour de trois activités. Les migrants reçoivent un"
        " conseil avant le départ."
    )
    (initiative,) = office_page(text, "fr").initiatives
    assert initiative.initiative_type == "project"  # the default; not "policy", from "le cadre"
