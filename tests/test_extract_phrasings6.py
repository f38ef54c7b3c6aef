"""Phrasings of the sixth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.prose import gcm_objectives, read_page
from return_atlas.normalise.countries import country_code, find_countries
from tests.extraction import doc, news, val

# --- initiatives: a planned end ("will run until") ------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "end"),
    [
        (
            "The contribution will fund the project Safe Return and Reintegration in Iraq "
            "(SRRI), which will run until December 2025 in four governorates.",
            "en",
            "2025-12",
        ),
        (
            "La contribution finance le projet Retour et Réintégration au Niger (RRN), qui se "
            "poursuivra jusqu'en juin 2026 dans trois régions.",
            "fr",
            "2026-06",
        ),
        (
            "El aporte financia el proyecto Retorno Seguro en Honduras (RSH), que se extenderá "
            "hasta marzo de 2027 en tres departamentos.",
            "es",
            "2027-03",
        ),
    ],
)
def test_a_planned_end_is_the_initiatives_end(body: str, lang: str, end: str) -> None:
    (ini,) = news(body, lang).initiatives
    assert (val(ini.end), val(ini.status)) == (end, None)


def test_until_alone_gives_no_end() -> None:
    ex = news(
        "The project Safe Return and Reintegration in Iraq (SRRI) assisted returnees until "
        "December 2025.",
        "en",
    )
    assert [val(i.end) for i in ex.initiatives] == [None]


# --- fundings: a country gives through its ministry ------------------------------------------


def test_a_country_giving_through_its_ministry_is_one_funder() -> None:
    ex = news(
        "Baghdad – Germany has contributed EUR 5 million to IOM in Iraq.\n"
        "The contribution from the German Federal Ministry for Economic Cooperation and "
        "Development (BMZ) will fund the project Safe Return and Reintegration in Iraq (SRRI).",
        "en",
    )
    (ini,) = ex.initiatives
    assert [val(f) for f in ini.funders] == [
        "German Federal Ministry for Economic Cooperation and Development (BMZ)"
    ]
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [
        ("German Federal Ministry for Economic Cooperation and Development (BMZ)", 5_000_000.0)
    ]


def test_a_country_and_another_countrys_ministry_stay_two_funders() -> None:
    ex = news(
        "Baghdad – Italy has contributed EUR 5 million to IOM in Iraq.\n"
        "The contribution from the German Federal Ministry for Economic Cooperation and "
        "Development (BMZ) will fund the project Safe Return and Reintegration in Iraq (SRRI).",
        "en",
    )
    (ini,) = ex.initiatives
    assert len(ini.funders) == 2
    assert [val(f.funder) for f in ex.fundings] == ["Italy"]


# --- initiatives: an IOM office before a funding cue is no project ---------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Ce retour a été organisé dans le cadre du programme d'aide au retour volontaire "
            "(AVRR) mis en œuvre par l'OIM au Maroc, avec le financement de l'Union européenne.",
            "fr",
        ),
        (
            "The return was organised under the Assisted Voluntary Return programme (AVR) "
            "implemented by IOM Morocco, with funding from the European Union.",
            "en",
        ),
    ],
)
def test_an_office_before_a_funding_cue_is_no_project(body: str, lang: str) -> None:
    ex = news(body, lang)
    (ini,) = ex.initiatives
    assert ini.initiative_type == "programme"
    assert [val(f) for f in ini.funders] in (["Union européenne"], ["European Union"])


def test_a_named_programme_of_iom_before_a_funding_cue_is_a_project() -> None:
    ex = news(
        "The IOM Return Fund, with funding from the European Union, supports returnees in Mali.",
        "en",
    )
    assert "IOM Return Fund" in [val(i.title) for i in ex.initiatives]


# --- names: a period of years ends a name, and dates it --------------------------------------


def test_a_name_ending_with_a_period_is_found_and_dated() -> None:
    ex = news(
        "Tbilisi – The Government of Georgia has adopted its new Migration Strategy 2021-2030, "
        "developed with technical support from IOM.",
        "en",
    )
    (ini,) = ex.initiatives
    assert (val(ini.title), ini.initiative_type) == ("Migration Strategy 2021-2030", "strategy")
    assert (val(ini.start), val(ini.end)) == ("2021", "2030")


def test_a_name_ending_with_one_year_is_not_dated_by_it() -> None:
    ex = news(
        "Tbilisi – The Government of Georgia has adopted its new Migration Strategy 2030, "
        "developed with technical support from IOM.",
        "en",
    )
    assert [(val(i.start), val(i.end)) for i in ex.initiatives] == [(None, None)]


# --- office pages: a quoted project name in the text, with no heading of its own --------------

_OFFICE = (
    "Who We Are\nIOM has had a presence in Lithuania since 1998.\nOur Work\n"
    "In Lithuania, IOM supports migrants through return and protection activities.\n"
    "The project {name} was implemented in the period from 01.01.2019 to 31.12.2021. The aim "
    "of the project was to help third-country nationals return voluntarily.\n"
    "The project was co-financed by the European Union through the Asylum, Migration and "
    "Integration Fund and the Ministry of the Interior of the Republic of Lithuania.\n"
)


@pytest.mark.parametrize(
    "name", ["“Assisted Voluntary Return from Lithuania” (AVRL)", "“Assisted Voluntary Return”"]
)
def test_a_quoted_project_name_in_an_office_text_is_the_project(name: str) -> None:
    ex = extract_office_page(doc(_OFFICE.format(name=name)), "en")
    (ini,) = ex.initiatives
    assert val(ini.title) == name.split("”", maxsplit=1)[0].strip("“")
    assert (val(ini.start), val(ini.end)) == ("2019-01-01", "2021-12-31")


def test_a_quoted_phrase_that_no_initiative_word_introduces_is_no_project() -> None:
    text = _OFFICE.format(name="ARL").replace(
        "IOM supports migrants", "IOM supports “Safe Return Day” events for migrants"
    )
    ex = extract_office_page(doc(text), "en")
    assert "Safe Return Day" not in [val(i.title) for i in ex.initiatives]


def test_a_channel_written_with_commas_is_skipped_whole() -> None:
    text = _OFFICE.format(name="“Assisted Voluntary Return from Lithuania” (AVRL)")
    (ini,) = extract_office_page(doc(text), "en").initiatives
    assert [val(f) for f in ini.funders] == [
        "European Union",
        "Ministry of the Interior of the Republic of Lithuania",
    ]


# --- funders: givers named again after a channel ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "funders"),
    [
        (
            "Depuis 2021, le programme Retour Digne est financé par l’Union européenne dans le "
            "cadre du projet « Protection des migrants au Maroc (PROMA) », ainsi que par le "
            "Royaume des Pays-Bas et la Confédération suisse.",
            "fr",
            ["Union européenne", "Royaume des Pays-Bas", "Confédération suisse"],
        ),
        (
            "Since 2021, the Safe Return programme has been funded by the European Union through "
            "the “Migrant Protection in Morocco” project, as well as by the Kingdom of the "
            "Netherlands.",
            "en",
            ["European Union", "Kingdom of the Netherlands"],
        ),
        (
            "Desde 2021, el programa Retorno Digno está financiado por la Unión Europea en el "
            "marco del proyecto «Protección de Migrantes en Marruecos», así como por la "
            "Confederación Suiza.",
            "es",
            ["Unión Europea", "Confederación Suiza"],
        ),
    ],
)
def test_givers_named_after_a_channel_are_funders(body: str, lang: str, funders: list[str]) -> None:
    ex = news(body, lang)
    programme = next(i for i in ex.initiatives if i.initiative_type == "programme")
    assert [val(f) for f in programme.funders] == funders
    assert not {"NLD", "CHE"} & {val(c) for c in programme.countries}


def test_a_nationality_after_a_givers_name_is_part_of_it() -> None:
    ex = news(
        "Le projet Retour Digne a été financé par la Confédération suisse pour une durée de "
        "deux ans.",
        "fr",
    )
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [["Confédération suisse"]]


# --- names: a sentence-case name with a capitalised head, and the heading it fills out -------


def test_a_heading_is_filled_out_by_the_name_under_it_across_an_elision() -> None:
    text = (
        "Aide au retour volontaire et à la réintégration\n\n"
        "Le Programme d’aide au retour volontaire et à la réintégration (AVRR) de l’OIM Maroc "
        "offre aux migrants une assistance pour un retour sûr et digne.\n\n"
        "Mis en place en 2005, le programme a permis à 15 600 migrants de rentrer.\n"
    )
    (ini,) = extract_office_page(doc(text), "fr").initiatives
    assert val(ini.title) == ("Programme d’aide au retour volontaire et à la réintégration (AVRR)")


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Le Programme d’aide au retour volontaire et à la réintégration (AVRR) de l’OIM "
            "offre une assistance aux migrants.",
            "fr",
            "Programme d’aide au retour volontaire et à la réintégration (AVRR)",
        ),
        (
            "El Programa de retorno voluntario asistido (RVA) de la OIM ofrece asistencia.",
            "es",
            "Programa de retorno voluntario asistido (RVA)",
        ),
    ],
)
def test_a_sentence_case_name_with_a_capitalised_head(body: str, lang: str, title: str) -> None:
    assert [val(i.title) for i in news(body, lang).initiatives] == [title]


# --- kinds: a dateline right under a headline opens a news release ---------------------------

_NAV = "Accueil\nStructure\n- Structure organisationnelle\nNotre travail\nPartenariats\n"
# (a site's menu, not IOM's "Qui sommes nous", which leans a page to news on its own: phrasings23)


def test_an_undated_dateline_under_a_headline_is_news() -> None:
    text = (
        _NAV + "Le Tchad valide sa Politique nationale migratoire avec l’appui de l’OIM\n"
        "N’Djamena – Le Gouvernement du Tchad a organisé à N’Djamena un atelier national de "
        "validation de la Politique nationale migratoire, avec l’appui de l’OIM.\n"
        "Cet atelier a réuni plus de 80 participants issus des ministères sectoriels.\n"
    )
    assert detect_kind(text) == "news_release"


def test_an_undated_dateline_under_a_short_heading_is_not_enough() -> None:
    text = (
        _NAV + "Notre mission\n"
        "N’Djamena – Le bureau de l’OIM au Tchad appuie le Gouvernement dans la gestion des "
        "migrations et la réintégration des migrants de retour.\n"
        "Le bureau met en œuvre des projets dans les provinces du Lac et du Borkou.\n"
    )
    assert detect_kind(text) == "office_page"


# --- events: the place a verb of holding gives, far from the event word ----------------------


@pytest.mark.parametrize(
    ("body", "lang", "city"),
    [
        (
            "Un atelier national sur la réintégration durable, réunissant les autorités, les "
            "représentations consulaires des principaux pays d’origine et les partenaires de mise "
            "en œuvre, s’est tenu à Rabat les 8 et 9 novembre 2022.",
            "fr",
            "Rabat",
        ),
        (
            "A national workshop on sustainable reintegration, bringing together the authorities, "
            "the consular representations of the main countries of origin and the implementing "
            "partners, was held in Accra on 8 and 9 November 2022.",
            "en",
            "Accra",
        ),
    ],
)
def test_the_city_of_a_verb_of_holding_far_from_the_event_word(
    body: str, lang: str, city: str
) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.city)) == ("workshop", city)


# --- returns: people who remain where they are returned nowhere ------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Since January, IOM has helped 1,086 migrants return from Yemen to Ethiopia through "
            "the Voluntary Humanitarian Return programme. IOM estimates that more than 43,000 "
            "migrants remain stranded across Yemen.",
            "en",
        ),
        (
            "Depuis janvier, l’OIM a aidé 1 086 migrants à rentrer du Yémen en Éthiopie dans le "
            "cadre du programme de retour humanitaire volontaire. Plus de 43 000 migrants restent "
            "bloqués au Yémen.",
            "fr",
        ),
        (
            "Desde enero, la OIM ha ayudado a 1.086 migrantes a retornar de Yemen a Etiopía en el "
            "marco del programa de retorno humanitario voluntario. Más de 43.000 migrantes "
            "permanecen varados en Yemen.",
            "es",
        ),
    ],
)
def test_people_who_remain_stranded_are_no_return(body: str, lang: str) -> None:
    assert [r.count.value for r in news(body, lang).returns] == [1086]


@pytest.mark.parametrize(
    ("headline", "lang", "event_type"),
    [
        ("Panamá y la OIM inauguran estación de recepción migratoria en Darién", "es", "ceremony"),
        ("Honduras y la OIM lanzan campaña sobre migración segura", "es", "launch"),
        ("Panama and IOM Inaugurate Migrant Reception Station in Darién", "en", "ceremony"),
    ],
)
def test_present_plural_event_verbs_in_a_headline(
    headline: str, lang: str, event_type: str
) -> None:
    # (a dateline gives the event a town: an event with no name, date or town is left out)
    ex = news("Tegucigalpa - Las autoridades y la OIM participaron.", lang, headline=headline)
    assert [e.event_type for e in ex.events] == [event_type]


# --- initiative countries: where the migrants come from is not where it works ----------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "El proyecto INTEGRA busca promover la integración de personas migrantes, "
            "principalmente provenientes de Venezuela y Colombia, en las provincias de Pichincha "
            "y Guayas, en Ecuador.",
            "es",
        ),
        (
            "The INTEGRA project promotes the integration of migrants and refugees coming from "
            "Venezuela and Colombia in four provinces of Ecuador.",
            "en",
        ),
        (
            "Le projet INTEGRA favorise l’intégration des migrants en provenance du Venezuela et "
            "de la Colombie dans quatre provinces de l’Équateur.",
            "fr",
        ),
    ],
)
def test_the_countries_migrants_come_from_are_not_the_initiatives(body: str, lang: str) -> None:
    (ini,) = news(body, lang).initiatives
    assert [val(c) for c in ini.countries] == ["ECU"]


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "El Centro de Atención al Migrante Retornado (CAMR) de San Pedro Sula, en Honduras, "
            "ofrece asistencia. Durante 2019, el CAMR recibió a más de 58.000 personas hondureñas "
            "retornadas desde México y Estados Unidos.",
            "es",
            ["HND"],
        ),
        (
            "The Migrant Resource Centre (MRC) in Tegucigalpa, Honduras, offers assistance. In "
            "2019, the MRC received 58,000 Hondurans returned from Mexico and the United States.",
            "en",
            ["HND"],
        ),
    ],
)
def test_a_centre_that_received_returnees_did_not_return_them(
    body: str, lang: str, countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [val(c) for c in ini.countries] == countries


def test_a_programme_that_returned_people_works_where_they_left() -> None:
    ex = news(
        "The Assisted Voluntary Return programme (AVR) helps migrants in Honduras. In 2019, the "
        "AVR assisted 580 Hondurans to return from Mexico.",
        "en",
    )
    (ini,) = ex.initiatives
    assert "MEX" in [val(c) for c in ini.countries]


def test_a_one_stop_window_is_a_service() -> None:
    ex = news(
        "In 2020, the Ministry of Foreign Affairs of Ecuador opened the Returnee One-Stop Window "
        "for returning nationals.",
        "en",
    )
    assert [(val(i.title), i.initiative_type) for i in ex.initiatives] == [
        ("Returnee One-Stop Window", "service")
    ]


# --- names: guidelines, and a list of capitalised words after the head's connector ----------


def test_guidelines_named_with_a_list_are_one_policy() -> None:
    ex = news(
        "Participants reviewed a draft of the National Guidelines on Return, Readmission and "
        "Reintegration, which set out the roles of ministries.",
        "en",
    )
    assert [(val(i.title), i.initiative_type) for i in ex.initiatives] == [
        ("National Guidelines on Return, Readmission and Reintegration", "policy")
    ]


def test_a_list_of_countries_after_a_name_is_not_part_of_it() -> None:
    ex = news(
        "In Accra, partners of the Regional Strategy on Return, Ghana, Togo and Benin met.",
        "en",
    )
    assert [val(i.title) for i in ex.initiatives] == ["Regional Strategy on Return"]


# --- events: a past verb is not made future by a later clause ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "found"),
    [
        (
            "Praia – The Government and IOM launched an online referral platform that will "
            "connect returning migrants with employment services.",
            "en",
            ["launch"],
        ),
        (
            "Praia – Le Gouvernement et l’OIM ont lancé une plateforme en ligne qui permettra "
            "d’orienter les migrants de retour.",
            "fr",
            ["launch"],
        ),
        (
            "Praia – The Government and IOM will launch an online referral platform next month.",
            "en",
            [],
        ),
        ("Praia – A national workshop will be held next month in Praia.", "en", []),
    ],
)
def test_a_past_verb_is_not_made_future_by_a_later_clause(
    body: str, lang: str, found: list[str]
) -> None:
    assert [e.event_type for e in news(body, lang).events] == found


# --- objectives: several numbers after one objective word ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "objectives"),
    [
        ("The Initiative contributes to GCM Objectives 18 and 21.", "en", [18, 21]),
        ("Le projet contribue aux objectifs 5, 7 et 21 du Pacte mondial.", "fr", [5, 7, 21]),
        ("La práctica contribuye a los objetivos 18 y 21 del PMM.", "es", [18, 21]),
        ("It serves Objective 21; in 2019, 24 people were trained.", "en", [21]),
    ],
)
def test_objectives_listed_after_one_word(text: str, lang: str, objectives: list[int]) -> None:
    page = read_page(text, lang)
    assert [o.value for o in gcm_objectives(page, 0, len(text))] == objectives


# --- countries: names that hold a country's name but name none -------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in the Sahel and Lake Chad regions, and in Chad", ["TCD"]),
        ("dans le bassin du lac Tchad", []),
        ("en la cuenca del lago Chad y en Níger", ["NER"]),
    ],
)
def test_lake_chad_is_no_country(text: str, found: list[str]) -> None:
    assert [code for code, _, _ in find_countries(text)] == found
    assert country_code("Lake Chad") is None


# --- practice pages: the one list of countries of a single record ----------------------------

_RECORD = (
    "Skip to main content\n\n"
    "Mekong Return and Reintegration Initiative\n\n"
    "The Mekong Return and Reintegration Initiative was launched in June 2019 with funding "
    "from the Government of Australia. It supports returning migrant workers in Cambodia, the "
    "Lao People's Democratic Republic, Myanmar and Viet Nam through counselling.{extra}\n\n"
    "*References to Kosovo shall be understood to be in the context of United Nations "
    "Security Council resolution 1244 (1999).\n"
)


def test_a_records_one_list_of_countries_without_its_donor_or_a_footnote() -> None:
    (ini,) = extract_practice_page(doc(_RECORD.format(extra="")), "en").initiatives
    assert [val(c) for c in ini.countries] == ["KHM", "LAO", "MMR", "VNM"]


def test_countries_returnees_came_from_are_not_the_records() -> None:
    text = (
        "Psychosocial Support for Returnees in Herat\n\nSubmitted by Mr. A on\n\n"
        "Funded by the Government of Denmark, mobile teams visit returnees from Iran and "
        "Pakistan in Herat province, Afghanistan, to provide counselling.\n"
    )
    (ini,) = extract_practice_page(doc(text), "en").initiatives
    assert [val(c) for c in ini.countries] == ["AFG"]


# --- names: an amount in a headline's run is no name ------------------------------------------


def test_a_headline_run_holding_an_amount_is_no_name() -> None:
    ex = news(
        "The project “Sustainable Reintegration in Iraq” (SRI) is funded by BMZ.",
        "en",
        headline="Germany and IOM Launch EUR 9.5 Million Project to Support Returnees in Iraq",
    )
    assert [val(i.title) for i in ex.initiatives] == ["Sustainable Reintegration in Iraq"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Yerevan – The Migration and Citizenship Service of Armenia, with support from IOM, "
            "launched a new online platform for returning citizens.",
            "en",
        ),
        (
            "Ciudad de Panamá – El Servicio Nacional de Migración, con el apoyo de la OIM, "
            "inauguró una nueva oficina para personas retornadas.",
            "es",
        ),
    ],
)
def test_a_government_service_is_no_initiative(body: str, lang: str) -> None:
    titles = [val(i.title) for i in news(body, lang).initiatives]
    assert not any("Servic" in t for t in titles)


def test_countries_left_after_including_from_are_not_the_projects() -> None:
    ex = news(
        "The project “Sustainable Reintegration in Iraq” (SRI) targets Iraqis returning from "
        "abroad, including from Germany, Türkiye and Greece, and their communities in Iraq.",
        "en",
    )
    (ini,) = ex.initiatives
    assert [val(c) for c in ini.countries] == ["IRQ"]


def test_a_country_named_after_its_ministry_in_a_donor_label_is_no_second_funder() -> None:
    text = (
        "Nos projets\n\n"
        "Projet d’aide au retour volontaire des migrants vulnérables (Achevé : juin 2019)\n"
        "Bailleur : Ministère fédéral de la Coopération économique et du Développement (BMZ), "
        "Allemagne\n"
        "Le projet a aidé des migrants vulnérables à rentrer en Tunisie.\n"
    )
    (ini,) = extract_office_page(doc(text), "fr").initiatives
    assert [val(f) for f in ini.funders] == [
        "Ministère fédéral de la Coopération économique et du Développement (BMZ)"
    ]


def test_places_listed_before_a_funding_cue_are_no_funded_project() -> None:
    ex = news(
        "La Red ACORE nació para ordenar la respuesta en los departamentos de Norte de "
        "Santander, La Guajira y Arauca, con financiamiento de la Unión Europea.",
        "es",
    )
    assert [val(i.title) for i in ex.initiatives] == ["Red ACORE"]
    assert [val(f) for f in ex.initiatives[0].funders] == ["Unión Europea"]


def test_a_programme_named_before_an_office_pages_project_headings() -> None:
    text = (
        "Aide au retour volontaire et à la réintégration\n\n"
        "Depuis 2005, l’OIM Maroc met en œuvre un programme d’aide au retour volontaire et à la "
        "réintégration (AVRR) au profit des migrants vulnérables au Maroc.\n\n"
        "Projet en cours\n"
        "Soutien à la réintégration durable des migrants (SURDEM) (Durée : 2021-2024)\n"
        "Le projet appuie la réintégration des migrants de retour.\n"
        "Projet achevé\n"
        "Retour volontaire des migrants bloqués au Maroc (Achevé : décembre 2019)\n"
        "Le projet a aidé 900 migrants à rentrer.\n"
    )
    titles = [val(i.title) for i in extract_office_page(doc(text), "fr").initiatives]
    assert "programme d’aide au retour volontaire et à la réintégration (AVRR)" in titles
    assert len(titles) == 3


@pytest.mark.parametrize(
    ("body", "lang", "funders"),
    [
        (
            "The Safe Return programme is made possible by the Government of the Netherlands, "
            "which has contributed EUR 2.5 million, and by the European Union.",
            "en",
            ["Government of the Netherlands", "European Union"],
        ),
        (
            "Le programme Retour Digne est financé par le Gouvernement des Pays-Bas, qui y "
            "contribue depuis 2019, et par l’Union européenne.",
            "fr",
            ["Gouvernement des Pays-Bas", "Union européenne"],
        ),
    ],
)
def test_givers_named_again_after_a_relative_clause(
    body: str, lang: str, funders: list[str]
) -> None:
    programme = next(i for i in news(body, lang).initiatives if i.initiative_type == "programme")
    assert [val(f) for f in programme.funders] == funders


@pytest.mark.parametrize(
    ("body", "lang", "to"),
    [
        (
            "Entre enero de 2020 y junio de 2022, 2.815 personas bolivianas, chilenas y peruanas "
            "regresaron a sus países de origen desde la Argentina con asistencia de la OIM.",
            "es",
            None,
        ),
        (
            "Entre enero de 2020 y junio de 2022, 2.815 personas bolivianas regresaron a su país "
            "desde la Argentina con asistencia de la OIM.",
            "es",
            "BOL",
        ),
    ],
)
def test_people_of_several_nationalities_went_to_no_one_country(
    body: str, lang: str, to: str | None
) -> None:
    (ret,) = news(body, lang).returns
    assert (ret.count.value, val(ret.to_country)) == (2815, to)
