"""Phrasings of the seventeenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.prose import read_page
from return_atlas.extract.prose_names import find_named
from tests.extraction import doc, news, office, office_page, titles, val


def _roles_of(text: str, lang: str, line: str) -> list[str]:
    """The roles the prose reader gives the lines of ``text`` written as ``line``."""
    return [ln.role for ln in read_page(text, lang).lines if ln.text == line]


# --- names: an adverb and a participle between the article and the initiative word -----------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The Hague – The recently approved programme Connecting Diaspora for Development "
            "(CD4D) enables diaspora professionals to share their knowledge.",
            "Connecting Diaspora for Development (CD4D)",
        ),
        (
            "Accra – The newly launched project Youth Employment and Safe Migration (YESM) "
            "offers training to returnees.",
            "Youth Employment and Safe Migration (YESM)",
        ),
    ],
)
def test_a_name_after_an_adverb_and_a_participle(body: str, title: str) -> None:
    assert titles(news(body, "en")) == [title]


def test_a_capitalised_word_before_the_initiative_word_is_no_modifier() -> None:
    # "the Ghana project" is no opener: the name after it is still not apposed
    body = "Accra – Officials from the recently Ghana project Youth Employment visited the centre."
    assert titles(news(body, "en")) == []


# --- datelines: a page's time stamp is none ----------------------------------------------------


def test_a_time_stamp_line_gives_no_dateline_city() -> None:
    ex = news(
        "News Mon, 10/22/2018 - 17:24 Share\n\nThe IOM Kenya hosted a Training of Trainers "
        "(ToTs) for the Kenya Government’s Border Management Secretariat (BMS) from 7-10 "
        "August, 2018 in Ukunda, Kwale County.",
        "en",
        headline="IOM Conducts Training of Trainers for Border Officials",
    )
    assert ex.events
    assert "News Mon" not in [val(e.city) for e in ex.events]


# --- practices: a record that calls itself "the project" is a project ------------------------


def _record_types(record: str, lang: str = "en") -> list[str]:
    """Initiative types of a one-record practice page."""
    page = f"Repository of Practices\n\n{record}\n"
    return [i.initiative_type for i in extract_practice_page(doc(page), lang).initiatives]


@pytest.mark.parametrize(
    ("record", "lang"),
    [
        (
            "Mobi-Tunisie\n\nIOM supports jobs in two regions of Tunisia. In addition, the "
            "project, which started in April 2019, promotes investments by the diaspora.",
            "en",
        ),
        (
            "Emploi Tunisie\n\nL'OIM appuie l'emploi dans deux régions. Le projet, lancé en "
            "avril 2019, encourage les investissements de la diaspora.",
            "fr",
        ),
    ],
)
def test_a_record_that_calls_itself_the_project_is_a_project(record: str, lang: str) -> None:
    assert _record_types(record, lang)[0] == "project"


@pytest.mark.parametrize(
    "record",
    [
        # a project with a name of its own after the word is another initiative
        "Skills for Returnees\n\nCounsellors meet returnees every month. The project Youth "
        "Employment Support trains them.",
        # a project of someone else, not the record, said with an indefinite article
        "Skills for Returnees\n\nCounsellors meet returnees every month, as a project in "
        "Ghana did before.",
    ],
)
def test_a_record_that_names_no_project_of_its_own_stays_a_practice(record: str) -> None:
    assert _record_types(record)[0] == "practice"


# --- funders: a giver before a giving verb whose object is the initiative --------------------


def _funders_of(body: str, lang: str) -> list[list[str]]:
    return [[val(f) for f in i.funders] for i in news(body, lang).initiatives]


@pytest.mark.parametrize(
    ("body", "lang", "funder"),
    [
        (
            "Maseru – The US Government will provide financial support to the project titled "
            "Strengthening the Response to Trafficking in Persons.",
            "en",
            "US Government",
        ),
        (
            "Abuja – Japan funds the Border Management Information System (BMIS) project.",
            "en",
            "Japan",
        ),
        (
            "Dakar – L'Union européenne finance le projet Appui à la réintégration des migrants "
            "(ARM) au Sénégal.",
            "fr",
            "Union européenne",
        ),
        (
            "Cairo – With funds provided by the European Union under the Joint Initiative for "
            "Migrant Protection and Reintegration, IOM helped 120 migrants return home.",
            "en",
            "European Union",
        ),
    ],
)
def test_a_giver_before_its_verb_funds_the_initiative(body: str, lang: str, funder: str) -> None:
    assert _funders_of(body, lang)[0] == [funder]


@pytest.mark.parametrize(
    "body",
    [
        # approving a policy, or support that may be no money, funds nothing
        "Dhaka – The Government of Bangladesh has approved the National Reintegration Policy "
        "for Returnee Migrant Workers.",
        "Maseru – The Ministry will provide support to the project titled Strengthening the "
        "Response to Trafficking in Persons.",
        # IOM gives no money to its own project
        "Maseru – IOM will provide financial support to the project titled Strengthening the "
        "Response to Trafficking in Persons.",
    ],
)
def test_no_funder_without_money_or_from_iom(body: str) -> None:
    assert _funders_of(body, "en")[0] == []


def test_funds_given_under_a_channel_in_a_fronted_clause_go_to_the_channel() -> None:
    ex = news(
        "Addis Ababa – With funds provided by the European Union under the Joint Initiative "
        "for Migrant Protection and Reintegration, the returnees were taken to the Migrant "
        "Response Centre in Metema.",
        "en",
    )
    found = {val(i.title): [val(f) for f in i.funders] for i in ex.initiatives}
    assert found["Joint Initiative for Migrant Protection and Reintegration"] == ["European Union"]
    assert found.get("Migrant Response Centre", []) == []


def test_a_fronted_funding_clause_with_no_channel_still_funds_the_subject() -> None:
    ex = news(
        "Addis Ababa – Funded by the European Union, the Migrant Response Centre Project "
        "assisted 300 returnees.",
        "en",
    )
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [["European Union"]]


def test_a_pronoun_is_no_giver() -> None:
    ex = news(
        "Tegucigalpa – IOM donated computers to the authorities. It also invested nearly USD "
        "700,000 in the new centre.",
        "en",
    )
    assert all(val(f.funder) != "It" for f in ex.fundings)


def test_the_country_before_its_verb_still_gives() -> None:
    ex = news("Tegucigalpa – Canada also invested USD 700,000 in the new centre.", "en")
    assert [val(f.funder) for f in ex.fundings] == ["Canada"]


# --- names: two names with their acronyms joined by "and the"; an acronym of two words -------


def test_two_names_with_their_acronyms_joined_by_and_the() -> None:
    ex = news(
        "Port of Spain - On 9 February 2023, 28 officials took part in a training coordinated "
        "under the Heal Empower Rise-Counter Trafficking in Persons (HER CTIP) Project and the "
        "Access, Support and Coordination (ASC) Programme.",
        "en",
    )
    assert sorted(titles(ex)) == [
        "Access, Support and Coordination (ASC) Programme",
        "Heal Empower Rise-Counter Trafficking in Persons (HER CTIP) Project",
    ]


def test_a_name_with_and_the_inside_it_stays_whole() -> None:
    ex = news(
        "Geneva – The Programme for Migration and the Environment (PME) trained 40 officials.",
        "en",
    )
    assert titles(ex) == ["Programme for Migration and the Environment (PME)"]


# --- news: a headline's name that the text tells otherwise ----------------------------------


def test_the_texts_own_name_stands_for_a_headline_name_it_never_repeats() -> None:
    ex = news(
        "Khartoum - The European Union, IOM and the Government of Sudan today launched the "
        "Joint Initiative for Migrant Protection and Reintegration for Sudan.",
        "en",
        headline="Sudan Launches Joint Initiative for Migrant Protection and Reintegration of "
        "Returnees",
    )
    assert titles(ex) == ["Joint Initiative for Migrant Protection and Reintegration for Sudan"]


def test_a_headline_name_the_text_never_names_is_still_left_out() -> None:
    ex = news(
        "Khartoum - IOM today opened a centre where returnees are given advice and support.",
        "en",
        headline="IOM Opens New Migrant Resource Centre in Khartoum",
    )
    assert titles(ex) == []


# --- office pages: an executing agency is a project's field, not a project ------------------


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Executing agency: International Organization for Migration", "en"),
        ("Agence d'exécution : Organisation internationale pour les migrations", "fr"),
        ("Agencia ejecutora: Organización Internacional para las Migraciones", "es"),
    ],
)
def test_an_executing_agency_line_is_a_field(label: str, lang: str) -> None:
    ex = office(
        "Enhancing Government Capacity to Assist Migrants upon Return (January 2011 – March "
        f"2012)\n\nProject type: Technical Cooperation\n\n{label}\n\nDuration: January 2011 "
        "– March 2012\n\nThe project aimed to enhance the capacity of the government.",
        lang,
    )
    assert titles(ex) == ["Enhancing Government Capacity to Assist Migrants upon Return"]
    assert [val(o) for o in ex.initiatives[0].implementers] == [label.split(":")[1].strip()]


def test_an_organisations_address_under_a_project_is_no_project() -> None:
    text = (
        "-\nWho We Are\nWHO WE AREThe portal promotes research on migration.\n-\nOur Work\n"
        "Our WorkThe portal centralises research on migration.\nWhat we do\nWhat we do\n"
        "- Where We Work\n- Data and Resources\n"
        "The overall goal of the project is to increase the protection of Pacific Islanders "
        "who are vulnerable to the impacts of climate change.\nDonor: European Union\n"
        "Project period: June 2013 – June 2016\nMain expected results/outputs of project:\n"
        "- Increased awareness of the impacts of climate change on migration\n"
        "United Nations Economic and Social Commission for Asia and the Pacific (ESCAP), "
        "Private Mailbag, Suva, Fiji\nContact Person:\n"
    )
    assert titles(office_page(text, "en")) == []


@pytest.mark.parametrize("office_name", ["IOM Suva", "IOM Costa Rica", "IOM Port of Spain"])
def test_an_offices_name_is_no_project(office_name: str) -> None:
    ex = office(
        "The overall goal of the project is to increase the protection of Pacific Islanders.\n"
        "Donor: European Union\nProject period: June 2013 – June 2016\n",
        "en",
        office=office_name,
    )
    assert titles(ex) == []


def test_iom_and_an_acronym_is_an_initiative() -> None:
    ex = office(
        "The project trains recruitment agencies in ethical recruitment.\nDonor: Sweden\n"
        "Project period: June 2013 – June 2016\n",
        "en",
        office="IOM CREST",
    )
    assert titles(ex) == ["IOM CREST"]


def test_a_project_title_with_an_organisation_as_its_object_stays() -> None:
    ex = office(
        "Strengthening the Capacity of the State Migration Service to Manage Return Flows\n\n"
        "Donor: European Union\n\nDuration: 2015–2017\n\nThe project trained 200 officials.",
        "en",
    )
    assert titles(ex) == [
        "Strengthening the Capacity of the State Migration Service to Manage Return Flows"
    ]


# --- events: a place no gazetteer knows, with "with" and a capital after it, is in a name ---


def test_a_title_case_name_going_on_after_in_x_gives_no_venue() -> None:
    ex = news(
        "On June 17, 2021, the Minister hosted the 2021 International Donors’ Conference in "
        "Solidarity with Venezuelan Refugees and Migrants.",
        "en",
    )
    assert [val(e.city) for e in ex.events] == [None]


def test_an_unknown_town_with_a_lower_case_with_after_it_is_the_venue() -> None:
    ex = news("On 17 June 2021, IOM held a workshop in Kédougou with the border police.", "en")
    assert [val(e.city) for e in ex.events] == ["Kédougou"]


# --- captions: a photo credit line is no title --------------------------------------------


@pytest.mark.parametrize(
    ("caption", "lang"),
    [
        (
            "Training on soft skills, Quito (Ecuador), 2021. Crédito fotográfico: Oficina de la "
            "OIM en el Ecuador",
            "es",
        ),
        ("Fifteen Hondurans depart Belize on 30 June 2020. Credit: IOM", "en"),
        ("Formation à Dakar, 2021. Crédit : OIM", "fr"),
    ],
)
def test_a_photo_credit_line_is_a_caption(caption: str, lang: str) -> None:
    text = f"Returnees Start Small Businesses\n\n{caption}\n\nThe project helps.\n"
    assert _roles_of(text, lang, caption) == ["caption"]


def test_a_photo_credit_with_another_cue_makes_a_news_release() -> None:
    text = (
        "The Challenges of Voluntary Return in a Pandemic\n\nFifteen Hondurans depart Belize on "
        "30 June 2020. Credit: IOM\n\nIOM established the Return Task Force, the agency said.\n"
    )
    assert detect_kind(text) == "news_release"


# --- practices: a case-study page, its sections, and a plural name defined by "are" ---------

_CASE_STUDY = (
    "Section: Origin\nConcept\n\nAn orientation provides reliable information to people who "
    "plan to work abroad.\n\nCase study\n\nPre-Departure Orientation Seminars (PDOS) are "
    "mandatory information programmes that guide workers who plan to migrate.\n\n"
    "Other examples\n\nSimilar seminars are given in Nepal and in Indonesia.\n\nChallenges\n"
    "  • No feedback from the workers\n"
)


def test_a_case_study_page_is_a_practice_page() -> None:
    assert detect_kind(_CASE_STUDY) == "practice_page"


def test_a_case_study_names_its_practice_not_a_heading_below_its_text() -> None:
    assert titles(extract_practice_page(doc(_CASE_STUDY), "en")) == [
        "Pre-Departure Orientation Seminars (PDOS)"
    ]


@pytest.mark.parametrize(
    ("body", "lang", "found"),
    [
        (
            "Geneva – Migrant Resource Centres (MRCs) are one-stop services that advise workers.",
            "en",
            ["Migrant Resource Centres (MRCs)"],
        ),
        (
            "Dakar – Les Cafés Diaspora Solidaire (CDS) sont des réseaux qui rassemblent les "
            "associations.",
            "fr",
            ["Cafés Diaspora Solidaire (CDS)"],
        ),
        # a plural name with no acronym is too loose to read
        ("Geneva – Migrant Resource Centres are services that advise workers.", "en", []),
        # a singular name with "are" is no name either
        ("Geneva – The Returnee Passport and the Skills Card are programmes of IOM.", "en", []),
    ],
)
def test_a_plural_name_that_are_and_a_plural_initiative_word_define(
    body: str, lang: str, found: list[str]
) -> None:
    assert titles(news(body, lang)) == found


# --- office pages: a theme heading over projects its text names by acronym -----------------


def test_a_theme_heading_over_named_projects_is_no_project() -> None:
    ex = office(
        "Migration and Border Management\n\nBorder management is linked to human development "
        "and human security.\n\nIOM develops and implements projects on Capacity Building for "
        "Migration Management (CBMM), which are developed with the requesting authorities.",
        "en",
    )
    assert titles(ex) == ["Capacity Building for Migration Management (CBMM)"]


def test_a_heading_with_an_initiative_word_stays_the_project() -> None:
    ex = office(
        "Border Management Programme\n\nBorder management is linked to human development.\n\n"
        "It builds on the earlier Capacity Building for Migration Management (CBMM) project.",
        "en",
    )
    assert titles(ex)[0] == "Border Management Programme"


def test_a_heading_the_text_names_in_full_is_no_theme() -> None:
    ex = office(
        "Voluntary Return\n\nIOM Ireland's Voluntary Assisted Return and Reintegration "
        "Programme (VARRP) helps migrants return home.",
        "en",
    )
    assert titles(ex) == ["Voluntary Assisted Return and Reintegration Programme (VARRP)"]


# --- fundings: the same money again in another currency -----------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Niamey – Financé par le Ministère italien des Affaires étrangères, le projet d'une "
            "enveloppe de 3 millions d'euros soit près de 2 milliards de francs CFA sera mis en "
            "œuvre au Niger.",
            "fr",
        ),
        ("Niamey – Italy contributed EUR 3 million, i.e. about XOF 2 billion, to it.", "en"),
    ],
)
def test_an_amount_restated_in_another_currency_is_one_funding(body: str, lang: str) -> None:
    assert [val(f.amount) for f in news(body, lang).fundings] == [3000000.0]


def test_two_givers_with_their_amounts_stay_two_fundings() -> None:
    body = "Niamey – Italy contributed EUR 3 million and Japan USD 2 million to the project."
    assert [val(f.amount) for f in news(body, "en").fundings] == [3000000.0, 2000000.0]


# --- names: a French project spoken of with a capital is no name --------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Niamey – Le lancement officiel d'un nouveau Projet destiné à améliorer la gestion des "
        "frontières a eu lieu à Niamey.",
        "Niamey – Le Projet d'une enveloppe de 3 millions d'euros sera mis en œuvre au Niger.",
    ],
)
def test_a_capitalised_project_word_with_an_indefinite_names_nothing(body: str) -> None:
    assert titles(news(body, "fr")) == []


def test_a_sentence_case_name_with_adjectives_stays() -> None:
    body = (
        "N’Djamena – Le Gouvernement a organisé un atelier de validation de la Politique "
        "nationale migratoire, avec l’appui de l’OIM."
    )
    assert titles(news(body, "fr")) == ["Politique nationale migratoire"]


# --- office pages: a card of bare labels and values under the project's title --------------

_CARD = (
    "Skip to main content\n\nReturn and Reintegration in the Northern Triangle of Central "
    "America\n\nEl Salvador, Guatemala, Honduras\nCentral and North America and the Caribbean\n"
    "Status\nPast activities\nStart and End Date\n1 April 2016 – 30 June 2019\n\n\n"
    "The program tackles fundamental reintegration needs of returning families.\n"
)


def test_a_card_of_bare_labels_gives_the_projects_period_and_status() -> None:
    ex = office_page(_CARD, "en")
    assert titles(ex) == ["Return and Reintegration in the Northern Triangle of Central America"]
    (ini,) = ex.initiatives
    assert (val(ini.start), val(ini.end), val(ini.status)) == (
        "2016-04-01",
        "2019-06-30",
        "completed",
    )


@pytest.mark.parametrize(
    "region", ["Central and North America and the Caribbean", "Global, Malawi, Mozambique"]
)
def test_a_region_line_is_no_title(region: str) -> None:
    text = f"{region}\nStart and End Date\n1 March 2017 – 31 December 2022\n\nThe action helps.\n"
    assert not any(region in t for t in titles(office_page(text, "en")))


def test_a_lone_word_that_is_no_label_of_a_value_is_still_a_heading() -> None:
    # "Partners" alone is a section; "Objectives" too: no bare label of a value
    text = (
        "Migrant Health Programme\n\nPartners\n\nThe Ministry of Health and the Red Cross.\n\n"
        "Duration: 2016–2019\n"
    )
    assert titles(office_page(text, "en")) == ["Migrant Health Programme"]


# --- practices: a record title ending in a quoted name after an initiative word -------------


def test_a_record_titled_by_a_quoted_name_after_its_word() -> None:
    text = (
        'Repository of Practices\n\nThe German returnees programme "Returning to New '
        'Opportunities"\n\nSubmitted by Mr. A. Example on\n\nThe German government has '
        "launched a new initiative that supports people returning to their countries.\n"
    )
    (ini,) = extract_practice_page(doc(text), "en").initiatives
    assert (val(ini.title), ini.initiative_type) == ("Returning to New Opportunities", "programme")


def test_a_quoted_word_that_is_no_initiative_word_keeps_the_whole_title() -> None:
    text = (
        'Repository of Practices\n\nReturnees who say "Welcome Home"\n\nSubmitted by Mr. A. '
        "Example on\n\nVolunteers meet returnees at the airport every week.\n"
    )
    assert titles(extract_practice_page(doc(text), "en")) == ['Returnees who say "Welcome Home']


# --- names: a body the gazetteer knows is no initiative, its head word whatever -------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tegucigalpa – El programa cuenta con el apoyo financiero del Programa de las "
            "Naciones Unidas para el Desarrollo (PNUD).",
            "es",
        ),
        ("Juba – Food is distributed by the World Food Programme in the camps.", "en"),
        (
            "Tegucigalpa – Al evento asistió la representante residente del Sistema de Naciones "
            "Unidas.",
            "es",
        ),
    ],
)
def test_a_known_agency_is_no_initiative(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


def _named(text: str, lang: str = "en") -> list[str]:
    page = read_page(text, lang)
    return [n.title for s0, s1 in page.sentences(0, len(text)) for n in find_named(page, s0, s1)]


def test_a_fund_the_gazetteer_knows_stays_a_name_and_loses_its_since() -> None:
    text = (
        "Accra – Since 2001 the IOM Development Fund has supported 800 projects in 120 countries."
    )
    assert _named(text) == ["IOM Development Fund"]


# --- office pages: fields with labels the tables do not know are no titles -----------------


def test_a_block_of_label_lines_titles_nothing() -> None:
    text = (
        "Project Promoter: International Organization for Migration (IOM)\nOutcome: Orderly and "
        "humane voluntary return of migrants is secured\nProject grant rate: 100%\nMaximum "
        "project grant amount: € 1.000.000\nDuration: July 2022 – June 2023\nThe IOM’s Assisted "
        "Voluntary Return and Reintegration (AVRR) project aimed to support the voluntary return "
        "of migrants.\n"
    )
    assert titles(office_page(text, "en")) == ["Assisted Voluntary Return and Reintegration (AVRR)"]


def test_a_title_with_a_colon_over_prose_stays() -> None:
    text = (
        "COVID-19: Return Support for Stranded Migrants\n\nThe project helped stranded migrants "
        "go home during the pandemic.\n\nDonor: Sweden\n"
    )
    assert titles(office_page(text, "en")) == ["COVID-19: Return Support for Stranded Migrants"]


def test_the_un_volunteers_programme_is_an_agency() -> None:
    body = (
        "Tegucigalpa – El centro cuenta con voluntarios del Programa de Voluntarios de las "
        "Naciones Unidas."
    )
    assert titles(news(body, "es")) == []


# --- names: an acronym as the name, then what it stands for in brackets --------------------


def test_an_acronym_name_takes_its_spelled_out_form() -> None:
    body = (
        "Dhaka – IOM implemented the EU-funded labour migration project SAFE (Safe Migration "
        "for Migrant Workers), which strengthened recruitment oversight."
    )
    assert titles(news(body, "en")) == ["SAFE (Safe Migration for Migrant Workers)"]


def test_an_acronym_name_with_a_bracketed_aside_keeps_its_name() -> None:
    body = "Dhaka – IOM implemented the project SAFE (phase two) with the Government."
    assert titles(news(body, "en")) == ["SAFE"]


def test_a_one_field_theme_heading_over_a_named_project_is_no_project() -> None:
    ex = office(
        "Labour Migration\n\nIOM strives to protect migrant workers.\n\nIOM implemented the "
        "EU-funded project SAFE (Safe Migration for Migrant Workers), which strengthened "
        "recruitment oversight.",
        "en",
    )
    assert titles(ex) == ["SAFE (Safe Migration for Migrant Workers)"]


@pytest.mark.parametrize(
    ("body", "lang", "found"),
    [
        ("Dhaka – The countries in the EU-IOM programme, as well as Afghanistan, met.", "en", []),
        ("Dakar – Les pays du programme UE-OIM se sont réunis à Dakar.", "fr", []),
        (
            "Dhaka – The EU-IOM Joint Initiative helped 300 migrants return.",
            "en",
            ["EU-IOM Joint Initiative"],
        ),
    ],
)
def test_a_name_of_owners_acronyms_only_names_nothing(
    body: str, lang: str, found: list[str]
) -> None:
    assert titles(news(body, lang)) == found


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("Main Actions", "en"), ("Principales activités", "fr"), ("Acciones principales", "es")],
)
def test_a_list_of_main_actions_is_a_section(heading: str, lang: str) -> None:
    text = f"Border Support\n\nThe office helps migrants.\n\n{heading}\n  • Training\n"
    assert _roles_of(text, lang, heading) == ["section"]


def test_a_cut_last_line_under_named_programmes_is_no_title() -> None:
    text = (
        "Assisted Voluntary Return and Reintegration (AVRR) supports migrants who wish to "
        "return home.\n\nIn February, IOM Nigeria started the project Protection and "
        "Reintegration of Returned Migrants (PRRM) with the Government.\n\n"
        "The DFID-funded project provides reintegrati"
    )
    assert sorted(titles(office_page(text, "en"))) == [
        "Assisted Voluntary Return and Reintegration (AVRR)",
        "Protection and Reintegration of Returned Migrants (PRRM)",
    ]


def test_a_title_written_after_its_text_stays() -> None:
    text = (
        "Este proyecto permite a los gobiernos contar con información actualizada para "
        "desarrollar políticas.\n\nEmpoderamiento de las diásporas suramericanas como agentes "
        "del desarrollo sosten"
    )
    assert titles(office_page(text, "es")) == [
        "Empoderamiento de las diásporas suramericanas como agentes del desarrollo sosten"
    ]


def test_a_title_after_a_text_that_says_this_project_stays_despite_acronyms() -> None:
    text = (
        "Este proyecto, ejecutado entre enero de 2021 y diciembre de 2022, instaló dos puntos "
        "de orientación en el Centro Binacional de Atención en Frontera (CEBAF) de Tumbes.\n\n"
        "Fortalecimiento de la gestión migratoria en la frontera norte del Perú"
    )
    assert titles(office_page(text, "es"))[0] == (
        "Fortalecimiento de la gestión migratoria en la frontera norte del Perú"
    )


def test_a_titled_line_with_a_colon_after_a_label_block_and_a_blank_line_stays() -> None:
    text = (
        "Este proyecto acompaña a profesionales que desean regresar al país.\n"
        "Donante: Fondo de la OIM para el Desarrollo\n\n"
        "Conectando talentos: la diáspora uruguaya y el desarrollo local"
    )
    assert titles(office_page(text, "es")) == [
        "Conectando talentos: la diáspora uruguaya y el desarrollo local"
    ]


# --- names: a French or Spanish name ending with a pair of countries after "entre" -----------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Conakry – L'OIM lancera le Projet de Renforcement des capacités de Gestion Intégrée "
            "des Frontières entre la Guinée et le Mali.",
            "fr",
            "Projet de Renforcement des capacités de Gestion Intégrée des Frontières entre la "
            "Guinée et le Mali",
        ),
        (  # a period after "entre" is no part of the name
            "Bamako – L'OIM met en œuvre le Programme d'appui à la réintégration entre 2019 et "
            "2021 au Mali.",
            "fr",
            "Programme d'appui à la réintégration",
        ),
    ],
)
def test_a_name_ends_with_two_countries_after_entre(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]
