"""Phrasings of the fifteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.prose import clean_title
from return_atlas.extract.prose_lines import is_heading_text
from tests.extraction import doc, funders, news, office, returns, teaser_listing, titles, val


def _office(body: str) -> list[list[str]]:
    """The funders of each initiative of an office page whose text is ``body``."""
    return funders(office(body, "en"))


# --- funders: "co-financed from" a fund, and "and from" a second giver ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "VARRE was co-financed from the Asylum, Migration and Integration Fund (75%) and by "
        "the Estonian Ministry of the Interior (25%).",
        "VARRE received co-financing from the Asylum, Migration and Integration Fund (AMIF) "
        "and from the Estonian Ministry of the Interior.",
        "VARRE was financed from the Asylum, Migration and Integration Fund and from the "
        "Estonian Ministry of the Interior.",
    ],
)
def test_a_project_financed_from_a_fund_and_from_a_ministry_has_both_funders(
    sentence: str,
) -> None:
    body = (
        "IOM Estonia carried out the Voluntary Return and Reintegration from Estonia (VARRE) "
        f"project from 01.03.2016 to 28.02.2018. {sentence}"
    )
    ((fund, ministry),) = _office(body)
    assert fund.startswith("Asylum, Migration and Integration Fund")
    assert ministry == "Estonian Ministry of the Interior"


def test_a_project_financed_from_the_state_budget_has_no_funder() -> None:
    body = (
        "IOM Estonia carried out the Voluntary Return and Reintegration from Estonia (VARRE) "
        "project from 01.03.2016 to 28.02.2018. The project was financed from the State "
        "budget."
    )
    assert _office(body) == [[]]


# --- titles: a capitalised last word that is also a joining word ends a title -------------------


def test_a_title_ending_in_a_capitalised_join_word_is_a_heading() -> None:
    text = (
        "Entre marzo de 2019 y junio de 2021, este proyecto apoyó a las instituciones de Chile "
        "y Uruguay en la atención de sus nacionales que regresan del exterior.\n\n"
        "Retorno y reintegración de personas migrantes en el Cono Sur\n"
    )
    (initiative,) = extract_office_page(doc(text), "es").initiatives
    assert val(initiative.title) == "Retorno y reintegración de personas migrantes en el Cono Sur"
    assert (val(initiative.start), val(initiative.end)) == ("2019-03", "2021-06")


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Retorno y reintegración de personas migrantes en el Cono Sur", True),
        ("Les migrants retournés ont été informés sur", False),
        ("The", False),
    ],
)
def test_a_line_ending_in_a_lower_case_join_word_goes_on(line: str, heading: bool) -> None:
    assert is_heading_text(line) is heading


# --- practice pages: an untitled teaser's subject names its practice ----------------------------


_FILLER = (
    "Coastal erosion and repeated cyclones push families in southern Bangladesh towards the "
    "cities. Local authorities and researchers have started to record which households leave..."
)


@pytest.mark.parametrize(
    ("teaser", "title", "itype", "country"),
    [
        (
            "The Returnee Skills Passport, piloted by the Government of the Philippines in "
            "2021, records the competencies that overseas workers acquired abroad and "
            "translates them into national qualifications. Employers in Manila have...",
            "Returnee Skills Passport",
            "practice",
            "PHL",
        ),
        (
            "In Georgia, the Return Information Points (RIPs) run by the State Commission on "
            "Migration Issues give returning citizens a single place to ask about jobs, health "
            "insurance and housing. The network covers 11 municipalities and...",
            "Return Information Points (RIPs)",
            "service",
            "GEO",
        ),
        (
            "Ecuador’s Inter-institutional Return Roundtable brings together ministries, "
            "municipalities and civil society organizations to coordinate support for nationals "
            "who come back. Meeting every quarter since 2019, the roundtable has agreed on...",
            "Inter-institutional Return Roundtable",
            "network",
            "ECU",
        ),
        (
            "The Diaspora Skills Bridge in Armenia matches medical professionals living abroad "
            "with short assignments in public hospitals in Yerevan and Gyumri. The Government of "
            "Armenia has met the costs of travel since...",
            "Diaspora Skills Bridge",
            "practice",
            "ARM",
        ),
    ],
)
def test_the_name_a_teaser_opens_with_is_its_practice(
    teaser: str, title: str, itype: str, country: str
) -> None:
    found = teaser_listing(teaser, _FILLER)
    (initiative,) = found.initiatives
    assert val(initiative.title) == title
    assert initiative.initiative_type == itype
    assert [val(c) for c in initiative.countries] == [country]
    assert found.events == []


@pytest.mark.parametrize(
    "teaser",
    [
        "Across the Pacific, communities are already relocating away from coastlines "
        "threatened by sea-level rise. In Fiji, the Government has drawn up guidelines for "
        "villages that...",
        "Since April 2023, more than 600,000 people have crossed from Sudan into eastern Chad, "
        "most of them women and children. Host communities share water points and...",
        "In Nepal, the Foreign Employment Board pays compensation to the families of migrant "
        "workers who die or are injured abroad. It also finances skills training for...",
    ],
)
def test_a_teaser_opening_with_a_clause_or_a_body_names_no_practice(teaser: str) -> None:
    assert titles(teaser_listing(teaser, _FILLER)) == []


# --- returns: people who took part in something else did not return ---------------------------


@pytest.mark.parametrize(
    ("body", "lang", "count"),
    [
        (
            "Montevideo - Durante 2023, la iniciativa apoyó el retorno de 57 profesionales que "
            "residían en España, y otras 120 personas participaron en mentorías virtuales.",
            "es",
            57,
        ),
        (
            "Tallinn - In 2017, 64 migrants returned voluntarily from Estonia. A further 210 "
            "people attended counselling sessions without deciding to return.",
            "en",
            64,
        ),
        (
            "Dakar - En 2022, l'OIM a aidé 57 professionnels à rentrer de France, et 120 "
            "personnes ont participé à des séances de mentorat.",
            "fr",
            57,
        ),
    ],
)
def test_people_who_took_part_in_something_else_are_no_returns(
    body: str, lang: str, count: int
) -> None:
    assert [r[0] for r in returns(news(body, lang))] == [count]


# --- fundings: more ways to give an amount ------------------------------------------------------


def _fundings(body: str, lang: str) -> list[tuple[str, float, str]]:
    return [(val(f.funder), val(f.amount), val(f.currency)) for f in news(body, lang).fundings]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Sanaa - The European Union is funding the programme with EUR 6.8 million, and the "
            "German Federal Foreign Office is adding EUR 1.5 million for medical screening.",
            "en",
            [
                ("European Union", 6_800_000.0, "EUR"),
                ("German Federal Foreign Office", 1_500_000.0, "EUR"),
            ],
        ),
        (
            "Maseru - The Swiss Agency for Development and Cooperation (SDC) has added EUR "
            "450,000 for two mobile clinics.",
            "en",
            [("Swiss Agency for Development and Cooperation (SDC)", 450_000.0, "EUR")],
        ),
        (
            "Dakar - Le Grand-Duché de Luxembourg a ajouté 300 000 euros pour les activités "
            "de formation.",
            "fr",
            [("Grand-Duché de Luxembourg", 300_000.0, "EUR")],
        ),
        (
            "Lima - El Gobierno de Canadá agregó 250.000 dólares para la atención psicosocial.",
            "es",
            [("Gobierno de Canadá", 250_000.0, "USD")],
        ),
        (
            "Aden - Return operations are supported by a EUR 2.5 million contribution from the "
            "German Federal Foreign Office and by USD 1,200,000 from the Korea International "
            "Cooperation Agency (KOICA).",
            "en",
            [
                ("German Federal Foreign Office", 2_500_000.0, "EUR"),
                ("Korea International Cooperation Agency (KOICA)", 1_200_000.0, "USD"),
            ],
        ),
        (
            "Lomé - A further USD 750.000 from the Government of Japan finances a pilot.",
            "en",
            [("Government of Japan", 750_000.0, "USD")],
        ),
    ],
)
def test_more_ways_to_give_an_amount(
    body: str, lang: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _fundings(body, lang) == expected


def test_an_english_amount_with_a_scale_keeps_its_decimal_point() -> None:
    body = "Lomé - The Government of Japan contributed USD 2.500 million to the pilot."
    assert _fundings(body, "en") == [("Government of Japan", 2_500_000.0, "USD")]


# --- fundings: a "Donor:" line with its amount, or a second giver -------------------------------


def test_a_donor_line_with_a_bracketed_amount_gives_a_funding() -> None:
    body = (
        "Strengthening Health Screening at Points of Entry\n"
        "IOM supports the port health services at Lungi International Airport.\n"
        "Duration: March 2022 – February 2024\n"
        "Donor: Government of Japan (JPY 95,000,000)"
    )
    found = office(body, "en", office="IOM Sierra Leone")
    assert [[val(f) for f in i.funders] for i in found.initiatives] == [["Government of Japan"]]
    assert [(val(f.funder), val(f.amount), val(f.currency)) for f in found.fundings] == [
        ("Government of Japan", 95_000_000.0, "JPY")
    ]


def test_a_donor_line_co_funded_by_another_names_both() -> None:
    body = (
        "Return and Reintegration Support for Sierra Leonean Migrants\n"
        "IOM supports returnees with their reintegration.\n"
        "Donor: European Union, co-funded by the Government of Ireland"
    )
    found = office(body, "en", office="IOM Sierra Leone")
    assert [[val(f) for f in i.funders] for i in found.initiatives] == [
        ["European Union", "Government of Ireland"]
    ]
    assert found.fundings == []


# --- returns: "leurs revenus" is income, not people who came back -------------------------------


def test_income_is_no_return_word() -> None:
    body = (
        "Niamey - Plus de 20 millions de personnes tirent l'essentiel de leurs revenus de "
        "l'élevage mobile."
    )
    assert returns(news(body, "fr")) == []


def test_people_who_came_back_still_returned() -> None:
    body = "Niamey - En 2023, 300 migrants nigériens sont revenus de Libye avec l'appui de l'OIM."
    assert [r[0] for r in returns(news(body, "fr"))] == [300]


# --- returns: a number counts the noun before "for", not the people after it ------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Mbabane - Under the return programme, IOM organized two investment fairs for "
            "returning professionals in Mbabane.",
            "en",
        ),
        (
            "Dakar - Dans le cadre du programme de retour, l'OIM a organisé deux foires pour "
            "les migrants de retour.",
            "fr",
        ),
    ],
)
def test_a_number_counts_the_noun_before_for(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- returns: people believed to remain stranded did not return -------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Baghdad - The return programme resumed in May. Around 2,000 Iraqi nationals are "
            "believed to remain stranded along the Belarus border.",
            "en",
        ),
        (
            "Niamey - Le programme de retour a repris en mai. Environ 2 000 migrants maliens "
            "resteraient bloqués à Agadez.",
            "fr",
        ),
    ],
)
def test_people_believed_to_remain_stranded_did_not_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- events: a handover told at a ceremony is that ceremony -----------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "city"),
    [
        (
            "Lima, 3 de octubre de 2022 – El pasado 28 de septiembre, en una ceremonia de "
            "entrega de equipos realizada en Tacna, la OIM entregó a la Municipalidad "
            "mobiliario y computadoras.",
            "es",
            "Tacna",
        ),
        (
            "Accra, 3 October 2022 - On 28 September, at a ceremony held in Tamale, IOM handed "
            "over computers and furniture to the Municipal Assembly.",
            "en",
            "Tamale",
        ),
    ],
)
def test_a_handover_told_at_a_ceremony_is_that_ceremony(body: str, lang: str, city: str) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.city), val(event.start)) == ("ceremony", city, "2022-09-28")


# --- events: towns of return routes, a town before its province, a future relative clause -----


def test_a_town_known_for_returns_places_an_event() -> None:
    body = (
        "L'Ambassadeur du Japon au Mali et le Ministre ont inauguré hier, mardi 14 mars, le "
        "centre d'accueil des migrants de retour de Kayes."
    )
    (event,) = news(body, "fr", headline="Inauguration d'un centre d'accueil").events
    assert (val(event.city), val(event.country)) == ("Kayes", "MLI")


def test_a_town_before_its_province_in_brackets_is_the_place() -> None:
    body = (
        "Lima – El proyecto concluyó con un encuentro binacional realizado en Aguas Verdes "
        "(Tumbes) en julio de 2022."
    )
    (event,) = news(body, "es").events
    assert (val(event.city), val(event.country)) == ("Aguas Verdes", "PER")


def test_a_town_of_a_future_relative_clause_is_no_place() -> None:
    body = (
        "Bishkek – The State Migration Service received computers and scanners from IOM this "
        "week, which will allow the Service to connect its regional offices in Osh to a "
        "central database."
    )
    (event,) = news(body, "en").events
    assert (val(event.city), val(event.country)) == ("Bishkek", "KGZ")


# --- names: a day of the week opens no name -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Ulaanbaatar — The Ministry of Labour, with support from IOM, opened on Monday the "
            "Labour Migration Information Centre (LMIC), where job seekers can check offers.",
            "en",
            "Labour Migration Information Centre (LMIC)",
        ),
        (
            "Dakar — Le ministère a ouvert lundi le Centre d'accueil des migrants de retour "
            "(CAMR), où les personnes rentrées peuvent s'informer.",
            "fr",
            "Centre d'accueil des migrants de retour (CAMR)",
        ),
    ],
)
def test_a_day_of_the_week_opens_no_name(body: str, lang: str, title: str) -> None:
    assert title in titles(news(body, lang))


# --- events: "a 2-day workshop" is one workshop; "the 2024–2025 Action Plan" dates the plan ---


def test_a_two_day_workshop_is_one_workshop_not_dated_by_the_plan_it_validated() -> None:
    body = (
        "Tbilisi – Government experts and IOM held (18-19/10) a 2-day workshop to validate "
        "the 2024–2025 Action Plan of the Migration Strategy of Georgia."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.city), event.start, event.end) == (
        "workshop",
        "Tbilisi",
        None,
        None,
    )


def test_workshops_counted_by_a_number_are_no_event() -> None:
    body = "Tbilisi – Since 2019, IOM has held 45 workshops on return counselling in Georgia."
    assert news(body, "en").events == []


# --- events: "un acto celebrado en" is a ceremony; a day dates it over a "since" -----------------


def test_an_acto_held_somewhere_is_a_ceremony() -> None:
    body = (
        "Madrid – El balance del programa de retorno se presentó en un acto celebrado en "
        "Madrid con representantes del Gobierno de España."
    )
    (event,) = news(body, "es").events
    assert (event.event_type, val(event.city), val(event.country)) == ("ceremony", "Madrid", "ESP")


def test_a_day_dates_the_event_over_what_went_on_since_a_year() -> None:
    body = (
        "San Salvador – El Gobierno y la OIM presentaron el 5 de abril de 2019, en un acto "
        "celebrado en San Salvador, los resultados del programa, que desde 2016 ha entregado "
        "capital semilla a 3.124 personas retornadas."
    )
    (event,) = news(body, "es").events
    assert (event.event_type, val(event.start), event.end) == ("ceremony", "2019-04-05", None)


def test_during_the_act_refers_to_an_event_and_opens_none() -> None:
    body = (
        "Guatemala – “Cada niña que regresa tiene derecho a ser recibida con dignidad”, señaló "
        "la secretaria durante el acto."
    )
    assert news(body, "es").events == []


# --- names: an initiative word used as a verb after an acronym names nothing --------------------


def test_an_initiative_word_used_as_a_verb_after_an_acronym_names_nothing() -> None:
    body = (
        "Dhaka – IOM and the Bureau of Manpower, Employment and Training (BMET) plan to reach "
        "300 local officials by the end of the year."
    )
    assert titles(news(body, "en")) == []


def test_an_initiative_word_after_an_acronym_still_names_it() -> None:
    body = "Dhaka – The Safe Migration for Bangladeshi Workers (SMBW) project resumed in May."
    assert titles(news(body, "en")) == ["Safe Migration for Bangladeshi Workers (SMBW)"]


# --- returns: a figure of the next sentence that names no country keeps the route ---------------


def test_a_figure_of_the_next_sentence_naming_no_country_keeps_the_route() -> None:
    body = (
        "Lima, 3 de octubre de 2022 – Desde enero de 2021, 2.418 personas peruanas que se "
        "encontraban en Chile han retornado a su país con el apoyo de la OIM. Solo en agosto de "
        "2022 retornaron 186 personas por vía terrestre."
    )
    assert returns(news(body, "es")) == [(2418, "CHL", "PER"), (186, "CHL", "PER")]


def test_a_figure_of_the_next_sentence_naming_a_country_takes_its_own() -> None:
    body = (
        "Lima – Desde enero de 2021, 2.418 personas peruanas que se encontraban en Chile han "
        "retornado a su país. Otras 186 personas retornaron desde Bolivia."
    )
    assert returns(news(body, "es"))[1][1] == "BOL"


# --- returns: the parts the next sentence counts leave where the headline says ------------------


def test_parts_counted_in_the_next_sentence_left_the_headline_country() -> None:
    body = (
        "Tunis – L'OIM a organisé hier un vol affrété entre Tunis et Conakry pour 143 migrants "
        "qui souhaitaient rentrer chez eux. Parmi les passagers figuraient 96 ressortissants "
        "guinéens et 47 Ivoiriens."
    )
    headline = "L'OIM facilite le retour volontaire de 143 migrants depuis la Tunisie"
    assert returns(news(body, "fr", headline=headline)) == [
        (143, "TUN", None),
        (96, "TUN", "GIN"),
        (47, "TUN", "CIV"),
    ]


# --- events: what was presented "during" a workshop was presented at that workshop -------------


@pytest.mark.parametrize(
    ("body", "lang", "etype"),
    [
        (
            "Dakar – Un guide pratique de l'OIM a été présenté le 7 mars 2019 à Dakar, lors "
            "d'un atelier national de présentation qui a réuni une soixantaine d'agents.",
            "fr",
            "workshop",
        ),
        (
            "Dakar – Un guide pratique de l'OIM a été présenté le 7 mars 2019 à Dakar, au cours "
            "d'un atelier qui a réuni une soixantaine d'agents.",
            "fr",
            "workshop",
        ),
        (
            "Accra – The handbook was presented on 7 March 2019 in Accra during a national "
            "validation workshop attended by sixty officials.",
            "en",
            "workshop",
        ),
    ],
)
def test_what_was_presented_during_a_workshop_is_that_workshop(
    body: str, lang: str, etype: str
) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.start)) == (etype, "2019-03-07")


# --- funders: a channel "from its" fund, then ") and by" a second giver -------------------------


def test_a_fund_a_giver_pays_from_is_skipped_and_the_next_giver_read() -> None:
    body = (
        "IOM Estonia carried out the VOLRET-EE project from 01.01.2019 to 31.12.2020. The "
        "project was funded by the European Union from its Asylum, Migration and Integration "
        "Fund (75%) and by the Estonian Ministry of the Interior (25%)."
    )
    assert _office(body) == [["European Union", "Estonian Ministry of the Interior"]]


def test_a_funding_names_its_giver_not_the_givers_after_its_amount() -> None:
    body = (
        "Paris – Ce projet a été financé par la Commission européenne, à hauteur de 240 000 "
        "euros, au titre du programme ARGO, ainsi que par le Ministère fédéral de l'Intérieur "
        "autrichien."
    )
    assert _fundings(body, "fr") == [("Commission européenne", 240_000.0, "EUR")]


# --- titles: the attributes of broken link markup are no part of a title -----------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Returnee Business Incubator Network (REB" href="/hub/node/4412">',
            "Returnee Business Incubator Network (REB",
        ),
        (
            'Appui à un observatoire des migrations en"paragraph-link-no-underline" '
            'href="/fr/projects/appui" target="_blank"',
            "Appui à un observatoire des migrations en",
        ),
        ("Equal = Fair: Returnee Rights", "Equal = Fair: Returnee Rights"),
    ],
)
def test_link_markup_is_no_part_of_a_title(text: str, title: str) -> None:
    assert clean_title(text) == title


# --- practices: the title's name before its place, with more after it, is the practice ----------


def test_the_title_name_with_more_after_it_is_the_practice_itself() -> None:
    text = (
        "Repository of Practices\n\nReturning Overseas Workers Desk, Philippines\n\n"
        "Submitted by: Department of Migrant Workers\n\n"
        "Since 2016, the Returning Overseas Workers Desk of the National Reintegration Center "
        "for OFWs offers returning Filipino workers an assessment of their skills.\n"
    )
    assert titles(extract_practice_page(doc(text), "en")) == [
        "Returning Overseas Workers Desk, Philippines"
    ]


# --- countries: where a diaspora lives "abroad, mainly in" is not where a project works ---------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The project maps the skills of Emaswati living abroad, mainly in South Africa and "
            "the United Kingdom, so that they can invest at home.",
            "en",
        ),
        (
            "Le projet recense en Eswatini les compétences des Swazis établis à l'étranger, "
            "notamment en Afrique du Sud et au Royaume-Uni.",
            "fr",
        ),
    ],
)
def test_where_a_diaspora_lives_abroad_is_not_where_a_project_works(
    sentence: str, lang: str
) -> None:
    body = f"Diaspora Engagement for Inclusive Growth (2021 - 2023)\n{sentence}"
    (initiative,) = office(body, lang, office="IOM Eswatini").initiatives
    assert [val(c) for c in initiative.countries] == ["SWZ"]


# --- fundings: "and the Netherlands a further 2.1 million euros" --------------------------------


def test_a_second_giver_with_a_further_amount_and_no_verb_gives_it() -> None:
    body = (
        "Accra – The programme is funded by the Government of Italy and the Kingdom of the "
        "Netherlands. Italy has contributed €4,800,000 to the programme since its start, and "
        "the Netherlands a further 2.1 million euros."
    )
    assert _fundings(body, "en") == [
        ("Italy", 4_800_000.0, "EUR"),
        ("Netherlands", 2_100_000.0, "EUR"),
    ]


# --- countries: where returnees "used to live" is not where a project works ---------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Durante 2023, la iniciativa apoyó el retorno de 57 profesionales uruguayos que "
            "residían en España y Argentina.",
            "es",
        ),
        (
            "En 2023, l'initiative a appuyé le retour de 57 professionnels uruguayens qui "
            "vivaient en Espagne et en Argentine.",
            "fr",
        ),
    ],
)
def test_where_returnees_used_to_live_is_not_where_a_project_works(
    sentence: str, lang: str
) -> None:
    body = (
        f"Conectando talentos uruguayos (2022 - 2024)\nLa iniciativa trabaja en Uruguay. {sentence}"
    )
    site = "Organización Internacional para las Migraciones"
    (initiative,) = office(body, lang, office="OIM Uruguay", site=site).initiatives
    assert [val(c) for c in initiative.countries] == ["URY"]


# --- countries: the neighbours along a "frontier with" are not where a project works -----------


def test_neighbours_along_a_frontier_are_not_where_a_project_works() -> None:
    body = (
        "Integrated Border Management in Guinea-Bissau (2021 - 2023)\n"
        "The project helps the border police of Guinea-Bissau to manage the crossings used by "
        "traders who move along the frontier with Senegal and Guinea."
    )
    (initiative,) = office(body, "en", office="IOM Guinea-Bissau").initiatives
    assert [val(c) for c in initiative.countries] == ["GNB"]


# --- events: an office or practice page dates or names the events it reports --------------------


def test_an_office_page_activity_in_general_is_no_event() -> None:
    body = "Labour Migration Governance (2021 - 2024)\nIOM trained border officials in Freetown."
    assert office(body, "en", office="IOM Sierra Leone").events == []


def test_an_office_page_keeps_a_named_event_and_its_town_undated() -> None:
    body = (
        "Fronteras Seguras (2021 - 2023)\n"
        "El proyecto concluyó con un encuentro binacional en Tulcán, en el que participaron "
        "autoridades locales."
    )
    site = "Organización Internacional para las Migraciones"
    (event,) = office(body, "es", office="OIM Ecuador", site=site).events
    assert (event.event_type, val(event.city)) == ("meeting", "Tulcán")


def test_a_practice_teaser_activity_in_general_is_no_event() -> None:
    found = teaser_listing(
        "The Youth Skills Programme in Sierra Leone works with the Ministry of Labour. "
        "IOM trained border officials in Freetown. The Ministry covers the costs of "
        "the trainers and...",
        _FILLER,
    )
    assert found.events == []
