"""Phrasings of the tenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import detect_kind
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.prose import read_page
from return_atlas.extract.prose_lines import is_heading_text
from tests.extraction import doc, news, returns, val

# --- events: things handed over, signed, opened -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "etype", "city"),
    [
        (
            "Yerevan – IOM handed over (22/10) a new electronic platform for migration statistics "
            "to the State Migration Service.",
            "en",
            "other",
            "Yerevan",
        ),
        (
            "Kampala – IOM on Monday handed over the handbook Collecting Migration Data to the "
            "Uganda Bureau of Statistics.",
            "en",
            "other",
            "Kampala",
        ),
        (
            "Dakar – L'OIM a remis mardi un centre d'accueil rénové aux autorités sénégalaises.",
            "fr",
            "other",
            "Dakar",
        ),
        (
            "Paso Canoas – Child protection authorities of Costa Rica and Panama signed a "
            "binational protocol on unaccompanied migrant children.",
            "en",
            "ceremony",
            "Paso Canoas",
        ),
        (
            "Tegucigalpa – Las autoridades firmaron un protocolo de atención a personas "
            "retornadas.",
            "es",
            "ceremony",
            "Tegucigalpa",
        ),
        (
            "Osh – A new Migrant Information Centre opened its doors in the city centre.",
            "en",
            "launch",
            "Osh",
        ),
    ],
)
def test_a_handover_a_signing_or_an_opening_is_an_event(
    body: str, lang: str, etype: str, city: str
) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.city)) == (etype, city)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – Returnees received counselling and were referred to the nearest health "
            "facility for treatment.",
            "en",
        ),
        ("Dakar – The project opened new opportunities for returnees.", "en"),
        ("Dakar – The project met its targets in all regions.", "en"),
    ],
)
def test_a_handover_verb_or_an_opening_with_no_thing_handed_or_opened_is_no_event(
    body: str, lang: str
) -> None:
    assert news(body, lang).events == []


# --- events: "met" reports a meeting when a place or purpose follows ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Maseru – Government officials and employers met (9-10/5) in Maseru to validate the "
        "draft policy.",
        "Maseru – Government officials and employers met to validate the draft policy.",
        "Maseru – Government officials and employers met at the Ministry of Labour.",
    ],
)
def test_met_before_a_place_or_a_purpose_is_a_meeting_titled_by_the_headline(body: str) -> None:
    headline = "Lesotho Validates Draft Labour Migration Policy"
    (event,) = news(body, "en", headline).events
    assert (event.event_type, val(event.title), val(event.city)) == ("meeting", headline, "Maseru")


def test_a_later_mention_of_the_meeting_does_not_retitle_it() -> None:
    headline = "Tunis Meeting Agrees on Common Indicators"
    body = (
        "Tunis – Statisticians from six countries met (27-28/10) in Tunis to agree on common "
        "indicators. The meeting was part of a regional project."
    )
    (event,) = news(body, "en", headline).events
    assert val(event.title) == headline


def test_a_meeting_word_in_the_lead_keeps_its_own_title() -> None:
    body = "Accra – Officials met in Accra for a national consultation on reintegration."
    (event,) = news(body, "en", "Ghana Convenes Officials").events
    assert val(event.title) == "national consultation on reintegration"


# --- events: the country of a dateline town the gazetteer does not know ------------------------


def test_an_unknown_dateline_town_takes_the_headlines_country() -> None:
    body = (
        "Osh – A new Migrant Information Centre opened its doors, offering free advice on "
        "rights in the Russian Federation."
    )
    (event,) = news(body, "en", "Kyrgyzstan Opens Migrant Information Centre in Osh").events
    assert (val(event.city), val(event.country)) == ("Osh", "KGZ")


# --- returns: nationals of a country, lists of countries of return, the story's programme ------


def test_nationals_of_a_country_count_as_people_returned() -> None:
    body = (
        "Niamey – L'OIM a organisé deux vols pour permettre à 214 migrants bloqués au Niger de "
        "rentrer chez eux. Le premier avion a atterri à Conakry avec 131 ressortissants "
        "guinéens à son bord, le second à Abidjan avec 83 Ivoiriens."
    )
    assert [(n, to) for n, _, to in returns(news(body, "fr"))] == [
        (214, None),
        (131, "GIN"),
        (83, "CIV"),
    ]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Niamey – L'OIM a aidé 214 migrants bloqués au Niger à rentrer en Guinée et en Côte "
            "d'Ivoire.",
            "fr",
        ),
        ("Tripoli – IOM helped 300 migrants to return to Mali and Guinea.", "en"),
    ],
)
def test_a_list_of_countries_of_return_gives_no_one_country(body: str, lang: str) -> None:
    assert [to for _, _, to in returns(news(body, lang))] == [None]


def test_a_single_country_of_return_is_kept() -> None:
    body = "Tripoli – IOM helped 300 migrants to return to Mali, the IOM office said."
    assert [to for _, _, to in returns(news(body, "en"))] == ["MLI"]


def test_the_storys_return_programme_names_the_programme_of_its_returns() -> None:
    body = (
        "Tapachula – La OIM presentó el Programa de Retorno Voluntario Asistido desde México "
        "(PRVAM). En 2019, 1.157 personas retornaron a Honduras mediante el retorno voluntario."
    )
    (ret,) = news(body, "es").returns
    assert val(ret.programme) == "Programa de Retorno Voluntario Asistido desde México (PRVAM)"


def test_an_acronym_the_sentence_names_stays_the_programme() -> None:
    body = (
        "Tripoli – IOM runs the Voluntary Humanitarian Return Programme from Libya. In 2019, "
        "IOM helped 1,200 migrants return to Niger under VHR."
    )
    (ret,) = news(body, "en").returns
    assert val(ret.programme) == "VHR"


# --- funders: an acronym's full stop, a second funder with its own amount, a wrapped acronym ---


def _funders(body: str, lang: str) -> list[list[str]]:
    return [[f.value for f in i.funders] for i in news(body, lang).initiatives]


def test_a_funders_name_goes_on_past_an_acronyms_full_stop() -> None:
    body = (
        "Sanaa – The Voluntary Humanitarian Return (VHR) programme is funded by the U.S. "
        "Department of State's Bureau of Population, Refugees, and Migration (PRM) and the "
        "European Union."
    )
    assert _funders(body, "en") == [
        [
            "U.S. Department of State's Bureau of Population, Refugees, and Migration (PRM)",
            "European Union",
        ]
    ]


def test_an_acronym_ending_a_sentence_ends_the_name() -> None:
    body = "Sanaa – The VHR programme is funded by the U.S. It helped 300 migrants."
    assert _funders(body, "en") == [["U.S"]]


@pytest.mark.parametrize(
    ("body", "lang", "gifts"),
    [
        (
            "Dakar – Financé à hauteur de 3 000 000 EUR par l’Union européenne et cofinancé par "
            "l’Agence française de développement (AFD) à hauteur de 500 000 EUR, le projet "
            "PARDIS vise à renforcer l'accueil des migrants de retour.",
            "fr",
            [("Union européenne", 3000000), ("Agence française de développement (AFD)", 500000)],
        ),
        (
            "Dakar – Funded with EUR 3 million by the European Union and co-funded by Japan with "
            "USD 500,000, the PARDIS project supports returnees.",
            "en",
            [("European Union", 3000000), ("Japan", 500000)],
        ),
    ],
)
def test_a_second_funder_named_before_its_own_amount_gives_it(
    body: str, lang: str, gifts: list[tuple[str, int]]
) -> None:
    got = [(val(f.funder), val(f.amount)) for f in news(body, lang).fundings]
    assert got == gifts


def test_a_bracketed_acronym_opening_a_line_goes_on_from_the_quoted_name() -> None:
    body = (
        "Yaoundé – Le guide a été élaboré dans le cadre du projet\n« Accompagner le retour et "
        "la réintégration au Cameroun »\n(ARRC), cofinancé par l’Union européenne et par le\n"
        "Gouvernement des Pays-Bas. Il présente l'accueil à l'aéroport."
    )
    assert _funders(body, "fr") == [["Union européenne", "Gouvernement des Pays-Bas"]]


# --- returns: people a study followed; children whose return a sentence tells ------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – IOM helped 9,400 migrants return from Niger in 2019. The study followed "
            "3,000 returnees in Guinea and Mali after their return.",
            "en",
        ),
        (
            "Dakar – L'OIM a aidé 9 400 migrants à rentrer du Niger en 2019. L'étude a suivi "
            "3 000 migrants de retour en Guinée après leur retour.",
            "fr",
        ),
    ],
)
def test_people_a_study_followed_are_no_return(body: str, lang: str) -> None:
    assert [n for n, _, _ in returns(news(body, lang))] == [9400]


@pytest.mark.parametrize(
    ("body", "lang", "count"),
    [
        (
            "Dakar – Since 2022, IOM has supported the voluntary return of 1,347 unaccompanied "
            "children within the region.",
            "en",
            1347,
        ),
        (
            "Dakar – En 2022, l'OIM a organisé le retour de près de 40 enfants non accompagnés "
            "vers le Mali.",
            "fr",
            40,
        ),
    ],
)
def test_children_a_return_is_of_are_returned(body: str, lang: str, count: int) -> None:
    assert [n for n, _, _ in returns(news(body, lang))] == [count]


def test_children_listed_after_a_return_are_no_return() -> None:
    body = (
        "Dakar – IOM helped 300 migrants return to Mali in 2022. Among the groups it supports "
        "are 16 children and 20 women."
    )
    assert [n for n, _, _ in returns(news(body, "en"))] == [300]


# --- returns: bracketed figures after a figure of people who left a country ------------------


def test_bracketed_figures_after_a_country_left_are_other_countries_left() -> None:
    body = (
        "Geneva – In 2021, IOM helped 11,406 migrants return from Niger, followed by Libya "
        "(6,927) and Djibouti (2,315)."
    )
    assert returns(news(body, "en")) == [
        (11406, "NER", None),
        (6927, "LBY", None),
        (2315, "DJI", None),
    ]


def test_bracketed_figures_after_a_to_word_are_countries_of_return() -> None:
    body = (
        "Sarajevo – In 2020, 1,312 migrants returned from Bosnia and Herzegovina, most of them "
        "to Pakistan (402) and Bangladesh (297)."
    )
    assert returns(news(body, "en")) == [
        (1312, "BIH", None),
        (402, "BIH", "PAK"),
        (297, "BIH", "BGD"),
    ]


# --- events: "completed a training"; a state's government is no place -------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Saly – Forty officials completed a five-day regional training on return procedures "
            "in Saly, Senegal, from 13 to 17 November 2023.",
            "en",
        ),
        (
            "Saly – Quarante agents ont achevé une formation régionale à Saly, Sénégal, du 13 au "
            "17 novembre 2023.",
            "fr",
        ),
    ],
)
def test_people_who_completed_a_training_report_it(body: str, lang: str) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.start), val(event.country)) == (
        "training",
        "2023-11-13",
        "SEN",
    )


def test_people_who_had_completed_the_training_report_no_event() -> None:
    body = (
        "Santo Domingo – By the end of 2018, more than 1,100 returnees had completed the "
        "training and 430 businesses had been created."
    )
    assert news(body, "en").events == []


def test_a_country_whose_government_funds_is_not_where_an_event_was() -> None:
    body = (
        "Saly – The training was held under the CORE initiative, funded by the Government of "
        "the Netherlands and the Government of Denmark."
    )
    (event,) = news(body, "en").events
    assert (val(event.city), val(event.country)) == ("Saly", None)


# --- layout: a quoted paragraph ending with a full stop inside its quote is prose -------------


def test_a_quote_ending_with_a_full_stop_is_no_heading() -> None:
    body = (
        "Dhaka – IOM today (09/05) launched a two-year project to help migrant workers.\n\n"
        "“Returnees bring skills,” said the Secretary, speaking at the launch. “This project "
        "will help.”\n\nThe proj"
    )
    (event,) = news(body, "en", "Bangladesh Launches Project").events
    assert (event.event_type, val(event.city)) == ("launch", "Dhaka")


# --- events: "gathered in" reports a meeting; an event verb inside a quotation reports none ---


def test_people_gathered_in_a_place_for_a_dialogue_meet() -> None:
    body = (
        "Dakar – Officials from 15 countries gathered in Dakar, Senegal, from 12 to 14 June "
        "2023 for a regional dialogue on the reintegration of children."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.start), val(event.end), val(event.city)) == (
        "meeting",
        "2023-06-12",
        "2023-06-14",
        "Dakar",
    )


def test_people_gathered_without_a_place_or_purpose_report_no_meeting() -> None:
    body = "Dakar – The survey gathered data from 3,000 households."
    assert news(body, "en").events == []


def test_an_event_verb_inside_a_quotation_reports_no_event() -> None:
    body = (
        "Dakar – The new guidelines were published on Monday.\n\n“Children who return need "
        "more than a ticket home. They need to be received by trained professionals,” said "
        "the Director."
    )
    assert news(body, "en").events == []


# --- returns: "during the project" dates returns by the project's period ------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "IOM Lithuania\n\nThe VRIS project (Voluntary Return Information and Support) was "
            "carried out from 01.03.2014 to 28.02.2015. It informed migrants about return.\n\n"
            "During the project, 74 migrants returned voluntarily from Lithuania to their "
            "countries of origin.",
            "en",
        ),
        (
            "OIM Lituanie\n\nLe projet VRIS (Voluntary Return Information and Support) a été "
            "mis en œuvre du 01.03.2014 au 28.02.2015. Il informait les migrants.\n\nAu cours "
            "du projet, 74 migrants sont rentrés volontairement de Lituanie dans leur pays "
            "d'origine.",
            "fr",
        ),
    ],
)
def test_returns_during_the_project_take_its_period(text: str, lang: str) -> None:
    (ret,) = extract_office_page(doc(text), lang).returns
    assert (val(ret.count), val(ret.start), val(ret.end)) == (74, "2014-03-01", "2015-02-28")


# --- kinds: a release told "yesterday" with a contact block --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un nouveau guide de l’OIM a été présenté hier à Rabat devant des représentants des "
        "ministères et des juges des enfants.\nCe guide propose aux travailleurs sociaux des "
        "outils concrets.\nPour plus d'informations, veuillez contacter :\nOIM Rabat\n",
        "IOM launched a new guide yesterday in Rabat for judges and social workers.\nThe guide "
        "offers practical tools.\nFor more information please contact:\nIOM Rabat\n",
    ],
)
def test_a_release_told_yesterday_with_a_contact_block_is_news(text: str) -> None:
    assert detect_kind(text) == "news_release"


# --- an event named in the sentence after it; an event's period is not an initiative's --------

_DIALOGUE = (
    "Dakar – Officials from nine countries on Thursday concluded a four-day regional meeting "
    "in Dakar, Senegal, on reintegration. The Regional Reintegration Dialogue, which ran from "
    "11 to 14 November 2024, was organized under the Sahel Return and Community Reintegration "
    "(SARCORE) programme. Since its start in January 2022, SARCORE has helped 6,215 migrants "
    "return from Niger."
)


def test_a_name_opening_the_next_sentence_names_the_event_before() -> None:
    (event,) = news(_DIALOGUE, "en").events
    assert (event.event_type, val(event.title), val(event.start), val(event.end)) == (
        "meeting",
        "Regional Reintegration Dialogue",
        "2024-11-11",
        "2024-11-14",
    )


def test_an_events_period_is_not_the_initiatives() -> None:
    (ini,) = [i for i in news(_DIALOGUE, "en").initiatives if "SARCORE" in val(i.title)]
    assert (val(ini.start), val(ini.end)) == ("2022-01", None)


def test_a_named_event_later_in_the_story_is_another_event() -> None:
    body = (
        "Dakar – Officials concluded a four-day regional meeting in Dakar, Senegal. Returnees "
        "spoke of their projects. The Regional Reintegration Dialogue will meet again in 2025 "
        "in Abidjan."
    )
    assert [val(e.title) for e in news(body, "en").events] == ["four-day regional meeting"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Nouakchott – Depuis son lancement, 186 agents ont été formés, notamment lors d'une "
            "session à Néma.",
            "fr",
        ),
        (
            "Dakar – Since its launch, 186 officials have been trained at sessions held in Thiès.",
            "en",
        ),
        (
            "Lima – Desde su lanzamiento, 300 personas fueron atendidas durante las jornadas "
            "en Lima.",
            "es",
        ),
    ],
)
def test_since_its_launch_is_a_time_not_an_event(body: str, lang: str) -> None:
    assert [e.event_type for e in news(body, lang).events if e.event_type == "launch"] == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Geneva – In 2019, IOM supported 64,958 migrants to return voluntarily through its "
            "AVRR programmes, 13,212 of whom departed from Germany.",
            "en",
        ),
        (
            "Genève – En 2019, l'OIM a aidé 64 958 migrants à rentrer volontairement, dont "
            "13 212 partis d'Allemagne.",
            "fr",
        ),
    ],
)
def test_a_part_that_departed_from_a_country_has_that_origin(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(64958, None, None), (13212, "DEU", None)]


def test_a_phrase_ending_with_an_elision_is_found_before_a_word() -> None:
    text = "Financé à hauteur d'environ 2 millions d'euros, dont 13 212 partis d'Allemagne."
    page = read_page(text, "fr")
    found = {
        text[h.start : h.end]
        for role in ("cue:amount", "cue:coming_from")
        for h in page.hits.within(role, 0, len(text))
    }
    assert found == {"à hauteur d'", "partis d'"}


# --- fundings: "X funds the project with"; a state's government ends with its country --------


def test_a_giver_that_funds_the_project_with_an_amount_gives_it() -> None:
    body = (
        "Dakar – PROCHILD-WA is implemented by IOM in Guinea. Italy funds the project with "
        "EUR 6.5 million over three years, and an additional contribution of EUR 1.2 million "
        "from the Government of Luxembourg to PROCHILD-WA covers case management."
    )
    got = [(val(f.funder), val(f.amount)) for f in news(body, "en").fundings]
    assert got == [("Italy", 6500000), ("Government of Luxembourg", 1200000)]


def test_a_states_government_with_a_longer_name_keeps_it() -> None:
    body = (
        "Dakar – The Government of the Netherlands Ministry of Foreign Affairs contributed "
        "EUR 2 million to the project."
    )
    got = [val(f.funder) for f in news(body, "en").fundings]
    assert got == ["Government of the Netherlands Ministry of Foreign Affairs"]


# --- names: a connector inside a name before its word; a gloss between a name and its word ----


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Dakar – The toolkit was developed within the Local Pathways to Reintegration "
            "project, funded by KOICA.",
            "Local Pathways to Reintegration",
        ),
        (
            "Bishkek – Returnees can obtain legal advice through the \"Kayra Kel\" ('Come Back') "
            "programme of the Ministry of Labour.",
            "Kayra Kel",
        ),
        (
            "Dhaka – The Ministry and IOM yesterday (07/02) launched Notun Shuru (‘New "
            "Beginning’), a three-year project that will help returning migrant workers.",
            "Notun Shuru",
        ),
        (
            "Dakar – The consultation was organized under the Sahel Reintegration Partnership "
            "(SRP), a four-year programme funded by the Netherlands.",
            "Sahel Reintegration Partnership (SRP)",
        ),
    ],
)
def test_names_with_a_connector_or_a_gloss_before_their_word(body: str, title: str) -> None:
    assert title in [val(i.title) for i in news(body, "en").initiatives]


# --- a workshop the lead told as a gathering; a part told by a relative clause with its origin


def test_the_workshop_after_a_gathering_is_that_gathering() -> None:
    body = (
        "Nuku’alofa – Statisticians from eight Pacific countries gathered in Nuku’alofa this "
        "week to agree on common indicators. The workshop was organized by IOM."
    )
    (event,) = news(body, "en", "Tonga Hosts Pacific Workshop on Labour Mobility Data").events
    assert (event.event_type, val(event.city)) == ("workshop", "Nuku’alofa")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – In 2021, IOM supported 49,795 migrants to return voluntarily to their "
            "countries of origin, including 11,342 who travelled home from Niger.",
            "en",
        ),
        (
            "Dakar – En 2021, l'OIM a aidé 49 795 migrants à rentrer volontairement, dont "
            "11 342 qui sont rentrés du Niger.",
            "fr",
        ),
    ],
)
def test_a_part_whose_relative_clause_says_where_it_came_from(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(49795, None, None), (11342, "NER", None)]


def test_a_part_whose_relative_clause_ends_before_a_from_has_no_origin() -> None:
    body = (
        "Dakar – In 2021, IOM supported 49,795 migrants to return voluntarily, including 11,342 "
        "who were minors, from Niger and Libya."
    )
    assert (11342, "NER", None) not in returns(news(body, "en"))


# --- status: "this ongoing project"; "It was completed in …" after a sentence about the item --

_NAV = "- Who We Are\n- Our Work\n- Data and Resources\n- Take Action\n- 2030 Agenda\n"


def test_a_status_word_before_the_initiative_word_gives_the_status() -> None:
    text = (
        f"{_NAV}- Safe Return and Dignified Reintegration of Sierra Leonean Migrants\n-\n"
        "This ongoing project assists Sierra Leoneans stranded in Libya to come home in "
        "safety.\n"
    )
    (ini,) = extract_office_page(doc(text), "en").initiatives
    assert val(ini.status) == "active"


def test_a_pronoun_after_a_sentence_about_the_project_goes_on_about_it() -> None:
    text = (
        f"{_NAV}The Voluntary Return from Estonia (VARRE) project ran from 01.01.2015 to "
        "31.12.2016. It offered counselling to third-country nationals.\nThe project was "
        "financed by the European Union. It was completed in December 2016.\n"
    )
    (ini,) = extract_office_page(doc(text), "en").initiatives
    assert (val(ini.status), val(ini.end)) == ("completed", "2016-12-31")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            f"{_NAV}- Integración socioeconómica de personas retornadas\n-\nEste proyecto, "
            "financiado por el Fondo de la OIM para el Desarrollo, acompañó entre marzo de 2021 "
            "y agosto de 2022 a los gobiernos de Colombia y Perú.\n",
            "es",
        ),
        (
            f"{_NAV}- Socio-economic integration of returnees\n-\nThe project supported the "
            "governments of Colombia and Peru between March 2021 and August 2022.\n",
            "en",
        ),
    ],
)
def test_a_period_in_a_sentence_the_initiative_opens_is_its_own(text: str, lang: str) -> None:
    (ini,) = extract_office_page(doc(text), lang).initiatives
    assert (val(ini.start), val(ini.end)) == ("2021-03", "2022-08")


# --- events: a present passive is no sign of an event; a passive launch dated to the day is one


def test_a_verb_in_the_present_passive_reports_no_event() -> None:
    body = (
        "Geneva – The report recommends standards for the training of counsellors, and asks "
        "that children be referred to specialized services before any return is organized."
    )
    assert news(body, "en").events == []


def test_a_passive_launch_dated_to_the_day_is_an_event() -> None:
    body = (
        "Santo Domingo – The National Migration Data Portal (PNDM) was officially launched on "
        "5 July 2022 by the National Institute of Migration."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.start)) == ("launch", "2022-07-05")


@pytest.mark.parametrize(
    "body",
    [
        "Dakar – The programme was launched in 2019 by the Ministry.",
        "Dakar – The programme was officially launched in March 2019 by the Ministry.",
    ],
)
def test_a_passive_launch_dated_by_year_or_month_tells_a_beginning(body: str) -> None:
    assert news(body, "en").events == []


@pytest.mark.parametrize(
    ("text", "lang", "funder"),
    [
        (
            f"{_NAV}- Return and Reintegration of Albanian Migrants from Greece\n-\nThe project "
            "offered Albanians in Greece the possibility to return home. Funding was provided by "
            "the Greek Ministry of Public Order.\n",
            "en",
            "Greek Ministry of Public Order",
        ),
        (
            f"{_NAV}- Retour des migrants albanais de Grèce\n-\nLe projet offrait aux Albanais "
            "de Grèce la possibilité de rentrer. Le financement a été assuré par l'Union "
            "européenne.\n",
            "fr",
            "Union européenne",
        ),
    ],
)
def test_funding_provided_by_names_the_office_projects_funder(
    text: str, lang: str, funder: str
) -> None:
    (ini,) = extract_office_page(doc(text), lang).initiatives
    assert [val(f) for f in ini.funders] == [funder]


def test_a_period_in_brackets_right_after_a_name_dates_it() -> None:
    body = (
        "Dakar – A major outcome of the dialogue was the adoption of the ECOWAS Regional "
        "Roadmap on Return and Reintegration (2024-2026). The roadmap, which is aligned with "
        "Objective 21, sets out common minimum standards."
    )
    (ini,) = [i for i in news(body, "en").initiatives if "Roadmap" in val(i.title)]
    assert (val(ini.start), val(ini.end)) == ("2024", "2026")


def test_months_in_brackets_after_the_project_date_it() -> None:
    text = (
        f"{_NAV}- Strengthening Border Management Capacities in Sierra Leone\n-\nThe project "
        "(January 2021 – June 2023) supported the Sierra Leone Immigration Department.\n"
    )
    (ini,) = extract_office_page(doc(text), "en").initiatives
    assert (val(ini.start), val(ini.end)) == ("2021-01", "2023-06")


def test_a_period_after_another_initiatives_name_is_that_ones() -> None:
    body = (
        "Dakar – The procedures of the West Africa Network for the Protection of Children (WAN) "
        "build on the ECOWAS Child Policy (2019-2030) and on the experience of the West Africa "
        "Network for the Protection of Children (WAN)."
    )
    found = {val(i.title): (val(i.start), val(i.end)) for i in news(body, "en").initiatives}
    assert found["West Africa Network for the Protection of Children (WAN)"] == (None, None)


def test_a_title_ending_with_a_bracketed_abbreviation_is_a_heading() -> None:
    assert is_heading_text("Support to Returnees from the United States (U.S.)")
    assert not is_heading_text("“This project will help us build a reintegration system.”")
