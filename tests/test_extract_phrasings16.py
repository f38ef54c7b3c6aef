"""Phrasings of the sixteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from tests.extraction import counts, doc, funders, news, office, returns, titles, val

# --- events: an ambassador's country is where the ambassador comes from, not the venue ----------


@pytest.mark.parametrize(
    ("body", "lang", "country"),
    [
        (
            "A training workshop on reintegration was held on 11 March 2024, in the presence "
            "of the Ambassador of Japan to Mali.",
            "en",
            "MLI",
        ),
        (
            "Un atelier de formation sur la réintégration s'est tenu le 11 mars 2024, en "
            "présence de l'Ambassadeur du Japon au Mali.",
            "fr",
            "MLI",
        ),
        (
            "Un taller sobre reintegración se celebró el 11 de marzo de 2024, con la presencia "
            "del Embajador de España en Honduras.",
            "es",
            "HND",
        ),
        (  # the country the event is in still places it when it comes first
            "A training workshop on reintegration was held in Mali on 11 March 2024, with the "
            "Ambassador of Japan.",
            "en",
            "MLI",
        ),
    ],
)
def test_an_ambassadors_country_does_not_place_an_event(body: str, lang: str, country: str) -> None:
    (event,) = news(body, lang).events
    assert val(event.country) == country


# --- initiatives: a name right after a funding cue is who gives, not an initiative -------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "IOM provided post-arrival assistance to 13,600 returnees in recent months, using "
            "funds from the King Salman Humanitarian Aid and Relief Centre (KSrelief).",
            "en",
        ),
        (
            "L’OIM a aidé 1 300 migrants de retour, grâce au financement du Centre Roi Salmane "
            "d’aide humanitaire et de secours.",
            "fr",
        ),
    ],
)
def test_a_centre_that_gives_the_money_is_no_initiative(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


def test_a_centre_that_is_funded_is_still_an_initiative() -> None:
    body = (
        "The Migrant Resource Centre in Addis Ababa, funded by the European Union, assisted "
        "1,300 returnees in 2023."
    )
    (title,) = titles(news(body, "en"))
    assert title.startswith("Migrant Resource Centre")


# --- returns: people of one country "from" another left the other -------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Niamey – Yesterday (3/11), 91 Nigerien vulnerable migrants from Libya, including "
            "51 women, returned home safely via a charter flight.",
            "en",
        ),
        ("Hier, 91 migrants nigériens de Libye sont rentrés au pays.", "fr"),
        ("Ayer, 91 migrantes nigerinos desde Libia regresaron a su país.", "es"),
    ],
)
def test_people_of_one_country_from_another_left_the_other(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(91, "LBY", "NER")]


def test_people_from_their_own_country_left_no_country_named() -> None:
    body = "A total of 91 Nigerien migrants from Niger returned home via a charter flight."
    assert returns(news(body, "en")) == [(91, None, "NER")]


# --- returns: a figure of people who are somewhere is no return ------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "IOM assisted 91 migrants to return from Libya to Niger yesterday (3/11). According "
            "to IOM, there are an estimated 610,128 international migrants in Libya.",
            "en",
        ),
        (
            "L’OIM a aidé hier (3/11) 91 migrants à rentrer de Libye au Niger. Selon l’OIM, il "
            "y a environ 610 128 migrants internationaux en Libye.",
            "fr",
        ),
        (
            "La OIM ayudó ayer (3/11) a 91 migrantes a regresar de Libia a Níger. Según la "
            "OIM, en el país residen más de 610.128 migrantes internacionales.",
            "es",
        ),
    ],
)
def test_people_who_are_somewhere_are_no_return(body: str, lang: str) -> None:
    assert counts(news(body, lang)) == [91]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "La OIM facilitó hoy (18/06) el retorno voluntario de 96 personas varadas en "
            "Panamá. Entre ellas había 41 hondureños y 33 salvadoreños.",
            "es",
            [96, 41, 33],
        ),
        (
            "An estimated 1,200 migrants returned from Libya to Niger in 2023.",
            "en",
            [1200],
        ),
    ],
)
def test_a_part_of_those_returned_and_an_estimate_still_count(
    body: str, lang: str, expected: list[int]
) -> None:
    assert counts(news(body, lang)) == expected


# --- practices: a paragraph over a "Submitted by" line is no title -----------------------------


def _records(*blocks: str) -> list[str]:
    """Titles of a repository listing whose records are ``blocks`` (title, byline, text)."""
    page = "Repository of Practices\n\n" + "\n\n".join(blocks) + "\n"
    return titles(extract_practice_page(doc(page), "en"))


def test_a_paragraph_over_a_byline_is_the_text_of_a_record_without_its_title() -> None:
    found = _records(
        "Returnee Skills Passport\n\nSubmitted by Ms. A. Example on\n\nThe passport records "
        "what returnees learnt abroad so that employers at home recognise it.",
        "Summary: The Diaspora Facility is a pilot project funded by the European Union. It "
        "runs from June 2019 until the end of 2023.\n\nSubmitted by Mr. B. Example on\n\nThe "
        "facility supports diaspora organisations in 25 countries.",
        "Mobile Reintegration Counselling\n\nSubmitted by Ms. C. Example on\n\nCounsellors "
        "visit returnees in their villages every month.",
    )
    assert not any(title.startswith("Summary") for title in found)
    assert {"Returnee Skills Passport", "Mobile Reintegration Counselling"} <= set(found)


# --- office pages: with no heading, the programmes the prose names after an article ------------


def test_an_office_page_without_headings_lists_the_programmes_its_prose_names() -> None:
    body = (
        "Fortalecemos las capacidades de las instituciones a través de varios proyectos "
        "regionales, entre ellos el Programa Mesoamérica. Compartimos conocimientos con "
        "representantes gubernamentales.\n\n"
        "Asimismo, acompañamos a quienes regresan al Triángulo Norte con el proyecto Retorno y "
        "Reintegración.\n\n"
        "Además, ejecutamos el Programa de Prevención de los Delitos Vinculados a la Migración "
        "Irregular, en municipios de El Salvador, Guatemala y Honduras."
    )
    text = f"Todas las personas tienen derecho a la vida y a la seguridad.\n\n{body}\n"
    ex = extract_office_page(doc(text), "es")
    assert titles(ex) == [
        "Programa Mesoamérica",
        "Retorno y Reintegración",
        "Programa de Prevención de los Delitos Vinculados a la Migración Irregular",
    ]
    assert [val(c) for c in ex.initiatives[2].countries] == ["SLV", "GTM", "HND"]


def test_one_programme_named_after_an_article_is_not_a_listing() -> None:
    text = (
        "Todas las personas tienen derecho a la vida y a la seguridad.\n\n"
        "Fortalecemos las capacidades de las instituciones, entre ellas las del Programa "
        "Mesoamérica, con talleres para funcionarios.\n"
    )
    assert len(titles(extract_office_page(doc(text), "es"))) <= 1


# --- events: an event word that modifies a noun names no event -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "GMDAC prepared data guidelines and other training materials, and took part in a "
        "regional workshop held in Lome, Togo, on 15-18 March 2016.",
        "The workshop report was shared after a regional workshop held in Lome, Togo, on 15-18 "
        "March 2016.",
    ],
)
def test_an_event_word_before_the_noun_it_qualifies_is_no_event(sentence: str) -> None:
    events = news(sentence, "en").events
    assert [(e.event_type, val(e.start)) for e in events] == [("workshop", "2016-03-15")]


# --- initiatives: "this US-funded programme" names who pays, not the programme ---------------


@pytest.mark.parametrize("compound", ["US-funded", "IOM-led", "Japan-supported"])
def test_a_hyphenated_adjective_before_an_initiative_word_is_no_name(compound: str) -> None:
    body = f"Officials were trained as part of this {compound} programme in Buenos Aires."
    assert titles(news(body, "en")) == []


def test_a_hyphenated_name_before_an_initiative_word_is_still_a_name() -> None:
    body = "Officials were trained under the Post-Arrival Assistance project in 2019."
    assert titles(news(body, "en")) == ["Post-Arrival Assistance"]


# --- office pages: a label's value and a list of countries are no project title ---------------


def test_the_values_of_a_programme_card_are_no_titles() -> None:
    text = (
        "About EU-IOM Actions\n\nThese programmes stem from the policy frameworks of IOM and "
        "the EU.\n\nCountries\nAlgeria, Egypt, Libya, Morocco, Tunisia\nRegion\nMiddle East "
        "and North Africa\nStatus\nPast activities\nDescription\n\nLaunched in December 2016, "
        "the programme helps migrants who decide to return to their countries of origin.\n"
    )
    found = titles(extract_office_page(doc(text), "en"))
    assert "Algeria, Egypt, Libya, Morocco, Tunisia" not in found
    assert "Middle East and North Africa" not in found


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("32 Ethiopian migrants detained in Egypt were flown back to Ethiopia.", "en"),
        ("32 Ethiopian migrants detained in Egypt were brought back to Ethiopia.", "en"),
        ("32 migrants éthiopiens détenus en Égypte ont été rapatriés en Éthiopie.", "fr"),
        ("32 migrantes etíopes detenidos en Egipto regresaron a Etiopía.", "es"),
    ],
)
def test_people_detained_somewhere_and_flown_back_left_it(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(32, "EGY", "ETH")]


# --- initiatives: the lower-case tail of a French or Spanish name --------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Le Programme ACP-UE sur la migration a réuni hier (12/03) 70 délégués à Bruxelles.",
            "fr",
            "Programme ACP-UE sur la migration",
        ),
        (
            "La Red Andina sobre migraciones reunió ayer (12/03) a 70 delegados en Lima.",
            "es",
            "Red Andina sobre migraciones",
        ),
    ],
)
def test_a_name_keeps_the_lower_case_tail_of_its_kind(body: str, lang: str, title: str) -> None:
    assert title in titles(news(body, lang))


def test_a_lower_case_tail_after_a_name_not_headed_by_an_initiative_word_stays_out() -> None:
    body = "L’Union européenne a publié hier (12/03) un rapport sur la migration au Sahel."
    assert not any("sur la migration" in t for t in titles(news(body, "fr")))


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "L’Observatoire des régions Afrique, Caraïbes et Pacifique (ACP) sur les migrations "
            "a été lancé hier (12/03) à Bruxelles.",
            "fr",
            "Observatoire des régions Afrique, Caraïbes et Pacifique (ACP) sur les migrations",
        ),
        (
            "The National Migration Observatory was launched yesterday (12/03) in Accra.",
            "en",
            "National Migration Observatory",
        ),
    ],
)
def test_an_observatory_is_an_initiative(body: str, lang: str, title: str) -> None:
    assert title in titles(news(body, lang))


# --- office pages: section headings and download links are no projects -------------------------


@pytest.mark.parametrize(
    ("heading", "link", "lang"),
    [
        ("Completed Projects", "Download the project info sheet", "en"),
        ("Projets en cours", "Télécharger la fiche du projet", "fr"),
        ("Proyectos en curso", "Descargar la ficha del proyecto", "es"),
    ],
)
def test_a_section_heading_and_a_download_link_name_no_project(
    heading: str, link: str, lang: str
) -> None:
    text = (
        f"{heading}\n\nSupport to Voluntary Return and Reintegration in Moldova (SUVOREM)\n\n"
        "IOM carried out the project from March 2011 to February 2013 with funding from the "
        f"European Union.\n\n{link}\n"
    )
    found = titles(extract_office_page(doc(text), lang))
    assert heading not in found
    assert link not in found
    assert found == ["Support to Voluntary Return and Reintegration in Moldova (SUVOREM)"]


def test_label_lines_right_before_a_named_project_are_its_fields() -> None:
    text = (
        "IOM has had a presence in Austria since 1952.\n\nDuration: 15.12.2005 to 31.01.2010\n"
        "IOM Vienna is implementing the project “Coordination of Return and Reintegration "
        "Assistance for Voluntary Returnees to Moldova”. The project aims at the sustainable "
        "return of Moldovan citizens.\n"
    )
    (project,) = extract_office_page(doc(text), "en").initiatives
    assert (val(project.start), val(project.end)) == ("2005-12-15", "2010-01-31")


# --- returns: a breakdown by sex and age between dashes or in brackets counts no more returns ---


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "This week (10/09), IOM assisted 127 stranded migrants – 103 men, 14 women and 10 "
            "children – to return to their homelands via a charter flight from Libya.",
            "en",
        ),
        (
            "Cette semaine (10/09), l’OIM a aidé 127 migrants bloqués (103 hommes, 14 femmes et "
            "10 enfants) à rentrer chez eux par un vol affrété depuis la Libye.",
            "fr",
        ),
        (
            "Esta semana (10/09), la OIM ayudó a 127 migrantes varados (103 hombres, 14 mujeres "
            "y 10 niños) a regresar a sus países en un vuelo chárter desde Libia.",
            "es",
        ),
    ],
)
def test_a_breakdown_by_sex_and_age_is_no_return(body: str, lang: str) -> None:
    assert counts(news(body, lang)) == [127]


def test_a_breakdown_by_nationality_still_counts() -> None:
    body = (
        "Yesterday (11/04), IOM chartered a flight from Libya for 160 migrants (99 Malians, 51 "
        "Ivorians and 10 Burkinabe) who returned home."
    )
    assert counts(news(body, "en"))[:1] == [160]


@pytest.mark.parametrize(
    ("body", "lang", "left"),
    [
        (
            "Misrata, Libya – This week (10/09), IOM assisted 127 stranded migrants to return to "
            "their homelands via a charter flight.",
            "en",
            "LBY",
        ),
        (
            "Agadez – Cette semaine (10/09), l’OIM a aidé 132 migrants bloqués à rentrer chez eux.",
            "fr",
            "NER",
        ),
        (
            "Tapachula – Esta semana (10/09), la OIM ayudó a 90 migrantes varados a regresar a "
            "sus países.",
            "es",
            "MEX",
        ),
    ],
)
def test_people_stranded_where_the_release_is_written_left_that_country(
    body: str, lang: str, left: str
) -> None:
    ((_, came_from, _),) = returns(news(body, lang))
    assert came_from == left


def test_people_not_said_to_be_stranded_left_no_dateline_country() -> None:
    body = "Misrata, Libya – This week (10/09), IOM assisted 127 migrants to return home."
    assert returns(news(body, "en")) == [(127, None, None)]


def test_a_headline_name_the_text_repeats_without_iom_is_told() -> None:
    body = (
        "Astana, 10 October 2022 – Since June 2022 IOM has been implementing a regional project "
        "“Labour Migration Programme – Central Asia” (Phase I), with financial support from the "
        "Swiss Agency for Development and Cooperation (SDC)."
    )
    headline = "IOM Launches Regional Project “IOM Labour Migration Programme – Central Asia”"
    assert titles(news(body, "en", headline=headline)) == [
        "IOM Labour Migration Programme – Central Asia"
    ]


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "This flight was made possible thanks to the EU-IOM Joint Initiative for Migrant "
            "Protection and Reintegration.",
            "en",
            "EU-IOM Joint Initiative for Migrant Protection and Reintegration",
        ),
        (
            "Desde 2009, más de 25.600 personas han regresado desde España con el apoyo del "
            "Programa de Retorno Voluntario Asistido y Reintegración que ejecuta la OIM.",
            "es",
            "Programa de Retorno Voluntario Asistido y Reintegración",
        ),
    ],
)
def test_a_programme_after_a_cue_of_support_is_still_an_initiative(
    body: str, lang: str, title: str
) -> None:
    assert title in titles(news(body, lang))


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The project is funded by the IOM Development Fund (IDF) and Swiss Agency for "
            "Development and Cooperation (SDC) and runs until 2025.",
            "en",
        ),
        (
            "The project is funded by the Department for International Development (DFID) and "
            "Swiss Agency for Development and Cooperation (SDC).",
            "en",
        ),
    ],
)
def test_two_givers_each_with_its_acronym_are_two_funders(sentence: str, lang: str) -> None:
    ((first, second),) = funders(office(f"Reintegration Pilot Initiative\n\n{sentence}", lang))
    assert first.endswith(("(IDF)", "(DFID)"))
    assert second == "Swiss Agency for Development and Cooperation (SDC)"


# --- initiatives: a name introduced by "called", and one without the compound saying who pays ---


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "The migrants were assisted under the project called Prevention and Management of "
            "Irregular Migration Flows from the Sahara Desert to the Mediterranean Sea (SAHMED).",
            "en",
            "Prevention and Management of Irregular Migration Flows from the Sahara Desert to the "
            "Mediterranean Sea (SAHMED)",
        ),
        (
            "Les migrants ont été aidés dans le cadre du projet intitulé Appui à la Réintégration "
            "des Migrants (ARM).",
            "fr",
            "Appui à la Réintégration des Migrants (ARM)",
        ),
        (
            "The model is an output of the EU-funded Transnational Action (TACT) project.",
            "en",
            "Transnational Action (TACT)",
        ),
    ],
)
def test_a_name_called_so_or_funded_by_someone_keeps_only_its_words(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


@pytest.mark.parametrize("heading", ["Direct assistance to migrants", "Capacity building"])
def test_an_english_heading_in_sentence_case_names_no_project(heading: str) -> None:
    text = (
        "IOM works with States and civil society to assist and protect migrants in need.\n\n"
        f"{heading}\n\nThanks to assisted voluntary return programmes, IOM assists migrants "
        "who are not able or willing to stay in their host country.\n"
    )
    assert heading not in titles(extract_office_page(doc(text), "en"))


def test_an_english_heading_in_title_case_still_names_the_project() -> None:
    text = (
        "IOM works with States and civil society.\n\nDirect Assistance to Stranded Migrants\n\n"
        "The project assists migrants who are not able to stay in their host country.\n"
    )
    found = titles(extract_office_page(doc(text), "en"))
    assert found == ["Direct Assistance to Stranded Migrants"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Under the Project, the mission has assisted 208 migrants to travel home.", "en"),
        ("Dans le cadre du Programme, la mission a aidé 208 migrants à rentrer chez eux.", "fr"),
    ],
)
def test_an_initiative_word_alone_is_no_name(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


@pytest.mark.parametrize(
    ("body", "inside"),
    [
        (
            "Port of Spain – The Counter Trafficking Unit Project trains 28 officials of "
            "Trinidad and Tobago this week (09/02).",
            "ESP",
        ),
        ("The Edo State Task Force project receives returnees at Benin City this week.", "BEN"),
    ],
)
def test_a_country_inside_the_name_of_a_town_of_another_country_is_no_country(
    body: str, inside: str
) -> None:
    assert inside not in [val(c) for i in news(body, "en").initiatives for c in i.countries]


def test_a_name_holding_in_before_the_event_word_is_no_venue() -> None:
    body = (
        "Port of Spain - On February 9th, 2023, 28 government officials took part in a one-day "
        "Trafficking in Persons training conducted by IOM."
    )
    (event,) = news(body, "en").events
    assert val(event.city) == "Port of Spain"


@pytest.mark.parametrize(
    "body",
    [
        "The course was opened by the Technical Specialist of the Regional Migration Program.",
        "The course was opened by the Senior Adviser of the Regional Migration Programme.",
    ],
)
def test_a_persons_office_in_two_words_is_no_initiative(body: str) -> None:
    assert titles(news(body, "en")) == []


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "Entre el 1 de enero y el 9 de agosto de 2019, un total de 73 mil 402 personas "
            "fueron retornadas a Honduras.",
            73402,
        ),
        ("En 2019, 5 mil personas fueron retornadas a Honduras.", 5000),
    ],
)
def test_the_hundreds_after_mil_belong_to_the_figure(body: str, count: int) -> None:
    assert [c for c, _, _ in returns(news(body, "es"))] == [count]
