"""Phrasings of the ninth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from tests.extraction import doc, news, returns, titles, val

# --- returns: parts of a total told in a later sentence that opens with the group ---------------


@pytest.mark.parametrize(
    ("body", "lang", "parts"),
    [
        (
            "Tapachula – Entre enero y junio de 2019, la OIM apoyó el retorno de 1.157 personas "
            "migrantes desde México.\n\nEl retorno se realizó en el marco del programa. De las "
            "personas retornadas, 684 regresaron a Honduras, 301 a Guatemala y 172 a El Salvador.",
            "es",
            [(684, "MEX", "HND"), (301, "MEX", "GTM"), (172, "MEX", "SLV")],
        ),
        (
            "Tripoli – IOM helped 900 migrants return from Libya in March 2024. The flights left "
            "from Mitiga. Among the returnees, 410 went home to Mali and 260 to Guinea.",
            "en",
            [(410, "LBY", "MLI"), (260, "LBY", "GIN")],
        ),
        (
            "Agadez – En mars 2024, l'OIM a aidé 800 migrants à rentrer depuis le Niger. Les "
            "vols sont partis de Niamey. Parmi les migrants rapatriés, 500 sont rentrés au Mali.",
            "fr",
            [(500, "NER", "MLI")],
        ),
    ],
)
def test_a_sentence_opening_with_the_people_returned_tells_parts(
    body: str, lang: str, parts: list[tuple[int, str, str]]
) -> None:
    assert returns(news(body, lang))[1:] == parts


def test_an_opening_that_names_no_people_tells_no_parts() -> None:
    body = (
        "Tapachula – Entre enero y junio de 2019, la OIM apoyó el retorno de 1.157 personas "
        "migrantes desde México. De acuerdo con la OIM, 684 regresaron a Honduras."
    )
    assert [r[0] for r in returns(news(body, "es"))] == [1157]


# --- fundings: a gift "from Germany" after "funded by the Federal Republic of Germany" ----------

_PROSPER = (
    "Dakar – IOM convened a meeting on 14 November 2023 under the Programme for Safe Return "
    "in West Africa (PROSPER), funded by the Federal Republic of Germany. Since 2021, the "
    "programme has assisted 9,400 migrants to return from Niger and Mali. PROSPER is funded "
    "with a total contribution of EUR "
    "18.5 million from {giver}."
)


def test_a_gift_from_the_funders_country_is_the_funders_gift() -> None:
    ex = news(_PROSPER.format(giver="Germany"), "en")
    (draft,) = ex.initiatives
    assert [val(f) for f in draft.funders] == ["Federal Republic of Germany"]
    assert [val(c) for c in draft.countries] == ["NER", "MLI"]
    assert [val(f.funder) for f in ex.fundings] == ["Federal Republic of Germany"]


def test_a_gift_from_another_giver_is_a_second_funder() -> None:
    ex = news(_PROSPER.format(giver="the European Union"), "en")
    (draft,) = ex.initiatives
    assert [val(f) for f in draft.funders] == ["Federal Republic of Germany", "European Union"]


# --- events: a town the country after the title places ends no title ---------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title", "city"),
    [
        (
            "Dakar – IOM convened a two-day Regional Technical Meeting on Return Data in Saly, "
            "Senegal, on 14 and 15 November 2023.",
            "en",
            "Regional Technical Meeting on Return Data",
            "Saly",
        ),
        (
            "Dakar – L'OIM a organisé un Atelier Régional sur les Données de Retour à Mbour, "
            "Sénégal, le 14 novembre 2023.",
            "fr",
            "Atelier Régional sur les Données de Retour",
            "Mbour",
        ),
    ],
)
def test_a_town_placed_by_the_country_after_it_ends_no_event_title(
    body: str, lang: str, title: str, city: str
) -> None:
    (event,) = news(body, lang).events
    assert (val(event.title), val(event.city)) == (title, city)


# --- returns: people interviewed or surveyed are a study's sample -------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – IOM helped 9,400 migrants return from Niger since 2021. The report analyses "
            "the situation of more than 3,000 returnees interviewed twelve months after their "
            "return.",
            "en",
        ),
        (
            "Dakar – L'OIM a aidé 9 400 migrants à rentrer du Niger depuis 2021. Le rapport "
            "analyse la situation de 3 000 migrants de retour enquêtés un an après leur retour.",
            "fr",
        ),
        (
            "Dakar – La OIM apoyó el retorno de 9.400 migrantes desde Níger desde 2021. El "
            "informe analiza la situación de 3.000 personas retornadas encuestadas un año "
            "después de su retorno.",
            "es",
        ),
    ],
)
def test_people_interviewed_after_their_return_are_no_return(body: str, lang: str) -> None:
    assert [r[0] for r in returns(news(body, lang))] == [9400]


def test_people_returned_and_then_interviewed_are_a_return() -> None:
    body = (
        "Tripoli – IOM helped 3,000 migrants return home from Libya in 2023, and interviewed "
        "them twelve months later."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [3000]


# --- budgets: an amount written beside the initiative word -------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "budget"),
    [
        (
            "Addis Ababa – IOM launched the “Safe Pathways for Ethiopian Workers” project. The "
            "USD 4.2 million project, funded by the Government of Norway, will run for three "
            "years.",
            "en",
            (4200000.0, "USD"),
        ),
        (
            "Dakar – L'OIM a lancé le projet « Retour Digne » (REDI). Il s'agit d'un projet de "
            "3 millions d'euros financé par la Belgique.",
            "fr",
            (3000000.0, "EUR"),
        ),
        (
            "Quito – La OIM lanzó el proyecto “Camino a Casa” (CAC). Se trata de un proyecto de "
            "2 millones de dólares.",
            "es",
            (2000000.0, "USD"),
        ),
    ],
)
def test_an_amount_beside_the_initiative_word_is_its_budget(
    body: str, lang: str, budget: tuple[float, str]
) -> None:
    (draft,) = news(body, lang).initiatives
    assert (val(draft.budget_amount), val(draft.budget_currency)) == budget


def test_an_amount_beside_the_initiative_word_in_a_headline_is_no_budget() -> None:
    ex = news(
        "Yaoundé – L'OIM a lancé aujourd'hui le projet « Retour Digne » (REDI), financé par "
        "l'Allemagne à hauteur de 2,8 millions d'euros.",
        "fr",
        headline="Cameroun : lancement d'un projet de 2,8 millions d'euros pour les migrants",
    )
    (draft,) = ex.initiatives
    assert draft.budget_amount is None


# --- countries: where a diaspora lives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Bishkek – IOM has launched a mapping of Kyrgyz diaspora organizations in the Russian "
            "Federation, Kazakhstan and Türkiye, the first step of the project “Engaging the "
            "Diaspora for Local Development” in Kyrgyzstan.",
            "en",
        ),
        (
            "Bichkek – L'OIM a lancé une cartographie de la diaspora kirghize en Russie, au "
            "Kazakhstan et en Turquie, première étape du projet « Diaspora pour le développement "
            "local » au Kirghizistan.",
            "fr",
        ),
        (
            "Biskek – La OIM lanzó un mapeo de la diáspora kirguisa en Rusia, Kazajistán y "
            "Turquía, primer paso del proyecto “Diáspora para el Desarrollo Local” en Kirguistán.",
            "es",
        ),
    ],
)
def test_where_a_diaspora_lives_is_no_country_of_the_initiative(body: str, lang: str) -> None:
    (draft,) = news(body, lang).initiatives
    assert [val(c) for c in draft.countries] == ["KGZ"]


def test_a_list_after_residing_in_goes_on_past_a_country_named_by_its_demonym() -> None:
    body = (
        "Bishkek – IOM launched the project “Skills for Return” (SFR) in Kyrgyzstan for migrants "
        "residing in the Russian Federation, Kazakhstan and Türkiye."
    )
    (draft,) = news(body, "en").initiatives
    assert [val(c) for c in draft.countries] == ["KGZ"]


# --- events: a known town after an "at" word farther on in the sentence ------------------------


@pytest.mark.parametrize(
    ("body", "lang", "city"),
    [
        (
            "Le Ministre des Maliens de l'extérieur et le Chef de mission de l'OIM ont inauguré "
            "aujourd'hui, mardi 14 mars, le Centre d'orientation et d'accompagnement des migrants "
            "(COAM) dans le quartier de Hamdallaye, à Bamako.",
            "fr",
            "Bamako",
        ),
        (
            "The Minister of Labour and the IOM Chief of Mission yesterday inaugurated the "
            "Migrant Information and Reintegration Support Centre (MIRSC) in the premises of the "
            "old labour office in Accra.",
            "en",
            "Accra",
        ),
        (
            "Le Ministre et le Chef de mission de l'OIM ont inauguré le mardi 14 mars 2017 "
            "le Centre d'orientation et d'accompagnement des migrants (COAM), en présence du "
            "maire de Bamako.",
            "fr",
            None,
        ),
    ],
)
def test_a_known_town_after_an_at_word_places_the_event(
    body: str, lang: str, city: str | None
) -> None:
    (event,) = news(body, lang).events
    assert val(event.city) == city


# --- returns: "during the project period" takes the project's period ----------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "head"),
    [
        ("During the project period, 64 migrants returned voluntarily from Estonia.", "en",
         "Return"),
        ("Durante el período del proyecto, 64 migrantes retornaron desde Estonia.", "es",
         "Retorno"),
        ("Pendant la durée du projet, 64 migrants sont rentrés depuis l'Estonie.", "fr",
         "Retour"),
    ],
)  # fmt: skip
def test_a_return_during_the_project_period_takes_the_projects_period(
    sentence: str, lang: str, head: str
) -> None:
    label = {"en": "Period", "es": "Período", "fr": "Période"}[lang]
    text = f"{head}\n\nSafe Return Project\n{label}: 2016-2017\n\n{sentence}\n"
    ret = extract_office_page(doc(text), lang).returns[0]
    assert (val(ret.start), val(ret.end)) == ("2016", "2017")


# --- countries: demonyms that name languages ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("VARRE leaflets were translated into Russian, Vietnamese and Arabic.", "en"),
        ("Les brochures du VARRE ont été traduites en russe, vietnamien et arabe.", "fr"),
        ("Los folletos del VARRE fueron traducidos al ruso, vietnamita y árabe.", "es"),
    ],
)
def test_languages_a_text_is_translated_into_are_no_countries(sentence: str, lang: str) -> None:
    body = (
        "Tallinn – IOM ran the Voluntary Return Project (VARRE) for migrants in Estonia. "
        f"{sentence}"
    )
    (draft,) = news(body, lang).initiatives
    assert [val(c) for c in draft.countries] == ["EST"]


# --- headlines: IOM is who acts, not an acronym of a name ---------------------------------------


def test_a_headline_phrase_holding_only_iom_is_no_name() -> None:
    body = (
        "Addis Ababa – The Government of Japan has contributed USD 2.5 million to IOM to "
        "support returnees. The two-year project, Sustainable Reintegration in Ethiopia "
        "(SURE-ET), was launched yesterday (14/02) in Addis Ababa."
    )
    ex = news(
        body, "en", "Japan Supports Reintegration of Ethiopian Returnees with New IOM Project"
    )
    assert [val(d.title) for d in ex.initiatives] == [
        "Sustainable Reintegration in Ethiopia (SURE-ET)"
    ]
    assert [val(f) for f in ex.initiatives[0].funders] == ["Government of Japan"]


# --- names: an initiative word that heads an item of a list ------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Douala – L'OIM a lancé le projet « Ensemble pour le retour ». Le projet appuiera les "
         "migrants dans les régions du Littoral, du Centre et de l’Ouest.",
         "fr", "Ensemble pour le retour"),
        ("Lima – La OIM lanzó el proyecto “Juntos por el retorno”. El proyecto apoyará a los "
         "migrantes en las regiones del Norte, del Centro y del Sur.",
         "es", "Juntos por el retorno"),
    ],
)  # fmt: skip
def test_an_initiative_word_heading_an_item_of_a_list_names_nothing(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Yerevan – The programme helps returning migrants. Between 2016 and 2018, more than "
         "1,100 returnees benefited from its services, most of them returning from France.", "en"),
        ("Dakar – Le programme aide les migrants. Entre 2016 et 2018, 1 100 migrants de retour "
         "ont bénéficié de ses services, la plupart rentrés de France.", "fr"),
        ("Quito – El programa ayuda a los migrantes. Entre 2016 y 2018, 1.100 personas "
         "retornadas se beneficiaron de sus servicios, la mayoría retornadas desde España.", "es"),
    ],
)  # fmt: skip
def test_returnees_who_benefited_are_beneficiaries_not_a_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


def test_returnees_who_received_support_are_a_return() -> None:
    body = (
        "Geneva – Each year, IOM assists migrants in their voluntary return process. In 2016 "
        "alone, 98,403 returnees received support from IOM."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [98403]


# --- returns: a part that came from somewhere further on; people a centre received ----------


def test_a_part_coming_from_a_country_further_on_has_that_origin() -> None:
    body = (
        "San Miguel – Entre enero y julio de 2019, 15.472 salvadoreños regresaron al país desde "
        "México y los Estados Unidos. De ellos, 6.318 llegaron en vuelos procedentes de los "
        "Estados Unidos."
    )
    assert returns(news(body, "es")) == [(15472, None, "SLV"), (6318, "USA", "SLV")]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Tunis – Le centre d'écoute accompagne les Tunisiens de retour. Depuis son ouverture, "
         "il a reçu plus de 1 300 personnes, dont des migrants rapatriés d'Italie.", "fr"),
        ("Tunis – The listening centre supports Tunisians who return. Since it opened, it has "
         "received more than 1,300 people, among them migrants returned from Italy.", "en"),
    ],
)  # fmt: skip
def test_people_a_centre_received_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Dakar – Le programme est cofinancé par l'Union européenne. Il vise l'insertion "
         "professionnelle de 1 200 jeunes migrants rentrés au pays.", "fr"),
        ("Lima – El programa es financiado por la Unión Europea. Tiene como objetivo la "
         "reintegración de 1.200 jóvenes migrantes que regresaron al país.", "es"),
        ("Accra – The programme is funded by the European Union. It aims at the reintegration "
         "of 1,200 young migrants who returned home.", "en"),
    ],
)  # fmt: skip
def test_what_an_initiative_aims_at_is_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- names: an acronym joined to a word by a hyphen, after an initiative word -----------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Dakar – Le guide a été élaboré dans le cadre du projet PROTECT-Enfance, financé par "
         "la Suisse.", "fr", "PROTECT-Enfance"),
        ("Accra – The toolkit was developed under the SAFE-Return project.", "en",
         "SAFE-Return"),
    ],
)  # fmt: skip
def test_an_acronym_joined_to_a_word_names_the_initiative(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


def test_a_ministry_named_with_an_initiative_word_is_no_initiative() -> None:
    body = (
        "Skopje – The handbook was published in 2016 by the Ministry of Labour and Social "
        "Policy of North Macedonia with the support of the project 'Improving Return "
        "Management in the Western Balkans'."
    )
    assert titles(news(body, "en")) == ["Improving Return Management in the Western Balkans"]


def test_an_iom_office_after_a_funders_comma_starts_a_new_clause() -> None:
    body = (
        "London – Under the Sustainable Return and Reintegration in Iraq (SRRI) programme, "
        "funded by the UK Home Office, IOM UK offers counselling before departure."
    )
    (draft,) = news(body, "en").initiatives
    assert [val(f) for f in draft.funders] == ["UK Home Office"]


# --- countries: a demonym inside a country's name is no second mention --------------------------


def test_a_demonym_inside_a_countrys_name_counts_no_second_mention() -> None:
    text = (
        "Repository of Practices\n\nBridges Home Programme\n\nSubmitted by Mr. A. B. on\n\n"
        "The Bridges Home Programme of Kyrgyzstan supports labour migrants returning from the "
        "Russian Federation and Kazakhstan with job matching since 2017.\n"
    )
    (draft,) = extract_practice_page(doc(text), "en").initiatives
    assert [val(c) for c in draft.countries] == ["KGZ"]


# --- names: a name that an apposition says is an initiative -------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Chisinau - The Bureau for Diaspora Relations launched (12/3) DiasporaInvest, an online "
         "portal that guides Moldovans abroad.", "en", "DiasporaInvest"),
        ("Dakar – L'OIM a lancé Retour Plus, une plateforme en ligne pour les migrants.", "fr",
         "Retour Plus"),
        ("Lima – La OIM lanzó Conecta, una plataforma digital para personas retornadas.", "es",
         "Conecta"),
    ],
)  # fmt: skip
def test_a_name_an_apposition_calls_an_initiative(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


@pytest.mark.parametrize(
    "body",
    [
        "Bishkek – IOM launched Kelechek, an online call for ideas.",
        "Dakar – IOM works in Senegal, a country of return, with the Ministry.",
        "Dakar – IOM worked with the Ministry, a partner of the project.",
    ],
)
def test_an_apposition_without_an_initiative_word_names_nothing(body: str) -> None:
    assert titles(news(body, "en")) == []


# --- names: a currency code beside an initiative word names nothing ------------------------------


def test_a_currency_code_after_the_project_word_names_nothing() -> None:
    body = (
        "Tallinn – The HOMEWARD project was carried out from 01.01.2016 to 30.06.2018 in "
        "Estonia. The total budget of the project was EUR 214,600."
    )
    assert titles(news(body, "en")) == ["HOMEWARD"]


# --- events: an event word inside an organisation's name ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dhaka – According to the Bureau of Manpower, Employment and Training (BMET), more than "
        "400,000 migrant workers returned to Bangladesh in 2020 after the workshop was held.",
        "Dili – The Secretariat of State for Vocational Training and Employment Policy held "
        "consultations on a labour migration strategy.",
    ],
)
def test_an_event_word_inside_an_organisations_name_is_no_event(body: str) -> None:
    assert all(e.event_type != "training" for e in news(body, "en").events)


def test_a_headline_verb_ends_the_organisation_before_the_event_word() -> None:
    ex = news(
        "Maseru – The Ministry held a two-day training on return counselling on 3 May 2023.",
        "en",
        headline="Ministry of Labour Holds Training on Return Counselling",
    )
    assert [e.event_type for e in ex.events] == ["training"]


# --- returns: an office project named for returnees is no return context ------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "counts"),
    [
        ("Returnee Reintegration and Community Stabilization in Kono",
         "Since January 2022 the project has supported 740 returnees and community members "
         "with income-generating activities.", []),
        ("Assisted Voluntary Return from Estonia",
         "Since January 2022 the project has supported 740 migrants to return home.", [740]),
    ],
)  # fmt: skip
def test_a_project_named_for_returnees_counts_no_returns_of_its_own(
    heading: str, sentence: str, counts: list[int]
) -> None:
    text = f"Our projects\n\n{heading}\nPeriod: January 2022 – December 2024\n\n{sentence}\n"
    assert [val(r.count) for r in extract_office_page(doc(text), "en").returns] == counts


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Tallinn – Two round tables were held, and a final seminar on 8 December 2016 in "
         "Tallinn presented the results of the project.", "en", "final seminar"),
        ("Dakar – L'OIM a organisé un atelier de restitution le 12 mars 2023 à Dakar pour "
         "clôturer le projet.", "fr", "atelier de restitution"),
    ],
)  # fmt: skip
def test_an_event_title_ends_at_its_date(body: str, lang: str, title: str) -> None:
    assert [val(e.title) for e in news(body, lang).events] == [title]


def test_an_event_title_leaves_out_the_days_before_its_date() -> None:
    body = (
        "Conakry – IOM organized a two-day technical workshop on 15 and 16 May 2019 for officials."
    )
    assert [val(e.title) for e in news(body, "en").events] == ["two-day technical workshop"]


# --- headlines: more verbs end a name; a government gives as its country -----------------------


def test_a_headline_verb_ends_the_actors_before_a_name() -> None:
    ex = news(
        "Dakar – Officials adopted a regional roadmap under the Sahel Reintegration Partnership "
        "(SRP), a four-year programme funded by the Kingdom of the Netherlands. The Government "
        "of the Netherlands has committed EUR 22 million to the Sahel Reintegration Partnership.",
        "en",
        headline="ECOWAS Member States and IOM Agree on Regional Roadmap for Sustainable "
        "Reintegration of Returning Migrants",
    )
    assert titles(ex) == ["Sahel Reintegration Partnership (SRP)"]
    assert [val(f) for f in ex.initiatives[0].funders] == ["Kingdom of the Netherlands"]
    assert [val(f.funder) for f in ex.fundings] == ["Kingdom of the Netherlands"]


# --- "came back from"; counts of years; people a future verb speaks of ------------------------


def test_the_country_people_came_back_from_places_no_event() -> None:
    body = (
        "Khujand — Forty-two labour migrants who recently came back from the Russian "
        "Federation completed a five-day business start-up training organized by IOM in "
        "Tajikistan."
    )
    (event,) = news(body, "en").events
    assert val(event.country) == "TJK"


@pytest.mark.parametrize(
    "body",
    [
        "Dhaka – IOM launched a two-year project to help migrant workers who come back to "
        "Bangladesh.",
        "Dhaka – Workers who come back to Bangladesh get help. Around 3,000 returnees are "
        "expected to benefit directly.",
    ],
)
def test_a_length_of_time_or_a_future_verb_counts_no_return(body: str) -> None:
    assert returns(news(body, "en")) == []


def test_people_a_relative_clause_speaks_of_in_the_future_are_a_return() -> None:
    body = (
        "Dhaka – IOM helped 500 migrant workers return to Bangladesh in 2022, who will now "
        "receive reintegration support."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [500]


# --- names: a lower-case name goes on through "depuis le Niger" before its acronym -----------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Niamey – Ce vol s’inscrit dans le cadre du Programme d’assistance au retour volontaire "
         "depuis le Niger (PARVEN), financé par le Royaume des Pays-Bas.", "fr",
         "Programme d’assistance au retour volontaire depuis le Niger (PARVEN)"),
        ("Lima – La OIM ejecuta el Programa de asistencia al retorno voluntario desde el Perú "
         "(PARVP), financiado por la Unión Europea.", "es",
         "Programa de asistencia al retorno voluntario desde el Perú (PARVP)"),
        ("Niamey – L’OIM met en œuvre le Programme d’assistance au retour volontaire depuis "
         "2019 au Niger.", "fr", "Programme d’assistance au retour volontaire"),
    ],
)  # fmt: skip
def test_a_sentence_case_name_goes_on_through_a_from_word_before_its_acronym(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


# --- fundings: a giver before its verb beside a giver after an amount --------------------------


def test_a_giver_before_its_verb_and_a_giver_after_an_amount_in_one_sentence() -> None:
    body = (
        "Dakar – The SURE-WA programme is funded by BMZ. BMZ has committed EUR 24 million to "
        "SURE-WA since its launch, and an additional EUR 3.5 million from the European Union "
        "(EU) supports the programme."
    )
    assert [(val(f.funder), val(f.amount)) for f in news(body, "en").fundings] == [
        ("BMZ", 24000000.0),
        ("European Union (EU)", 3500000.0),
    ]


def test_returnees_supported_in_a_clause_of_their_own_are_no_second_return() -> None:
    body = (
        "Bamako – Since January 2022, the programme has helped 3,215 migrants stranded in Mali "
        "return to their home communities in Guinea and Senegal, and has supported more than "
        "4,800 returnees with individual, collective or community reintegration projects."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [3215]


def test_a_place_inside_a_quoted_name_places_no_event() -> None:
    body = (
        "Yerevan - The Office of the High Commissioner and IOM held (12-13/5) a two-day "
        "validation workshop on the mapping study carried out under the project “Engaging the "
        "Armenian Diaspora in Regional Development”, which is funded by the IOM Development Fund."
    )
    (event,) = news(body, "en").events
    assert (val(event.city), val(event.country)) == ("Yerevan", "ARM")


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Pristina – ReStart is a reintegration scheme run by the Ministry of Internal Affairs "
         "for citizens returning from EU countries.", "en", "ReStart"),
        ("Dakar – Tekki Fii est un dispositif d'appui aux jeunes migrants de retour.", "fr",
         "Tekki Fii"),
    ],
)  # fmt: skip
def test_a_name_that_is_an_initiative_word_by_its_copula(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


# --- names: a town and its article before a name ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        ("Honduras – El 27 de julio de 2022 la OIM y la Secretaría inauguraron en San Pedro Sula "
         "el Centro Integral de Orientación al Retornado (CIOR), construido con fondos de USAID.",
         "es", "Centro Integral de Orientación al Retornado (CIOR)"),
        ("Mali – Le 3 mars 2023, l'OIM a inauguré à Bamako le Centre d'Orientation des Migrants "
         "(COM), financé par l'Union européenne.", "fr", "Centre d'Orientation des Migrants (COM)"),
    ],
)  # fmt: skip
def test_a_town_and_its_article_before_a_name_are_no_part_of_it(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]
