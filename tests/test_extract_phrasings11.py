"""Phrasings of the eleventh prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.normalise.dates import is_month
from return_atlas.normalise.organizations import resolve_organization
from tests.extraction import doc, news, project, returns, titles, val

# --- events: "met" past the date it happened on -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start", "end"),
    [
        (
            "Praia – Officials and diaspora associations met on 21 and 22 November 2022 in Praia "
            "to validate the strategy.",
            "en",
            "2022-11-21",
            "2022-11-22",
        ),
        (
            "Praia – Officials met on 3 May 2023 to validate the national strategy.",
            "en",
            "2023-05-03",
            None,
        ),
    ],
)
def test_met_past_its_date_before_a_place_or_purpose_is_a_meeting(
    body: str, lang: str, start: str, end: str | None
) -> None:
    (event,) = news(body, lang, "Cabo Verde Validates Diaspora Strategy").events
    assert (event.event_type, val(event.start), val(event.end)) == ("meeting", start, end)


def test_met_on_a_date_with_no_place_or_purpose_after_it_is_no_event() -> None:
    body = "Praia – The programme met on 3 May 2023 all of its targets for the year."
    assert news(body, "en").events == []


# --- status: a sentence that says only that the initiative ended --------------------------------


def _office(text: str, lang: str) -> Extraction:
    return extract_office_page(doc(text), lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "IOM implemented the Return Counselling Project (RCP) in Tallinn. "
            "The project has been completed.",
            "en",
        ),
        (
            "L'OIM a mis en œuvre le Projet de conseil au retour (PCR) à Dakar. "
            "Le projet est achevé.",
            "fr",
        ),
        (
            "La OIM ejecutó el Proyecto de Orientación al Retorno (POR) en Lima. "
            "El proyecto ha finalizado.",
            "es",
        ),
    ],
)
def test_a_sentence_saying_only_that_the_project_ended_gives_its_status(
    text: str, lang: str
) -> None:
    (initiative,) = _office(text, lang).initiatives
    assert val(initiative.status) == "completed"


@pytest.mark.parametrize(
    "second",
    [
        "The project will be completed.",
        "The project completed a training of officials.",
        "The project has been completed by a second phase in Tartu.",
    ],
)
def test_a_future_or_a_completed_thing_is_no_status(second: str) -> None:
    text = f"IOM implemented the Return Counselling Project (RCP) in Tallinn. {second}"
    (initiative,) = _office(text, "en").initiatives
    assert initiative.status is None


# --- funders: "was covered by", and a share in brackets after a name ---------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "funders"),
    [
        (
            "Its budget was covered by the European Union (75%) and by the Ministry of the "
            "Interior of Estonia (25%).",
            "en",
            ["European Union", "Ministry of the Interior of Estonia"],
        ),
        (
            "Son budget a été couvert par l'Union européenne (75 %) et par le Royaume des "
            "Pays-Bas (25 %).",
            "fr",
            ["Union européenne", "Royaume des Pays-Bas"],
        ),
        (
            "Su presupuesto fue cubierto por la Unión Europea (80 %).",
            "es",
            ["Unión Europea"],
        ),
    ],
)
def test_a_budget_covered_by_givers_names_them_without_their_shares(
    sentence: str, lang: str, funders: list[str]
) -> None:
    intro = {
        "en": "IOM implemented the Return Counselling Project (RCP) in Tallinn.",
        "fr": "L'OIM a mis en œuvre le Projet de conseil au retour (PCR) à Dakar.",
        "es": "La OIM ejecutó el Proyecto de Orientación al Retorno (POR) en Lima.",
    }[lang]
    (initiative,) = _office(f"{intro} {sentence}", lang).initiatives
    assert [val(f) for f in initiative.funders] == funders


def test_a_bracketed_acronym_after_a_funder_stays_in_its_name() -> None:
    text = (
        "IOM implemented the Return Counselling Project (RCP) in Tallinn. It is funded by the "
        "Federal Ministry for Economic Cooperation and Development (BMZ)."
    )
    (initiative,) = _office(text, "en").initiatives
    assert [val(f) for f in initiative.funders] == [
        "Federal Ministry for Economic Cooperation and Development (BMZ)"
    ]


# --- returns: the returnees a country received --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Tegucigalpa – Según datos oficiales, Honduras recibió en 2021 más de 60.000 personas "
            "retornadas desde México y los Estados Unidos.",
            "es",
            (60000, None, "HND"),
        ),
        (
            "Accra – In 2019, Ghana received 3,200 returnees from Libya.",
            "en",
            (3200, "LBY", "GHA"),
        ),
        (
            "Tegucigalpa – Guatemala y Honduras recibieron en 2021 más de 60.000 personas "
            "retornadas.",
            "es",
            (60000, None, None),
        ),
    ],
)
def test_returnees_a_country_received_are_returned_to_it(
    body: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert returns(news(body, lang)) == [expected]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Osh – Forty-five returnees from the Russian Federation received start-up grants.",
            "en",
        ),
        ("Tegucigalpa – El centro recibió en 2021 a 6.000 personas retornadas.", "es"),
    ],
)
def test_returnees_received_by_a_centre_or_after_a_from_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- returns: victims of trafficking are people returned ---------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Tirana – IOM organized the safe return of 212 victims of trafficking from Albania "
            "to their home countries.",
            "en",
            [(212, "ALB", None)],
        ),
        (
            "Niamey – Avec l'appui de l'OIM, 45 victimes de la traite sont rentrées au Nigéria.",
            "fr",
            [(45, None, "NGA")],
        ),
        (
            "Lima – La OIM apoyó el retorno de 30 víctimas de trata desde Chile.",
            "es",
            [(30, "CHL", None)],
        ),
    ],
)
def test_victims_of_trafficking_returned_are_a_return(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


def test_victims_counted_with_no_return_word_are_no_return() -> None:
    body = "Tirana – The shelter hosted 40 victims of trafficking last year."
    assert returns(news(body, "en")) == []


# --- returns: people stranded in a country, in the feminine and the plural ---------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Tegucigalpa – La OIM ha apoyado el retorno voluntario de 1.240 personas hondureñas "
            "que se encontraban varadas en México.",
            "es",
            [(1240, "MEX", "HND")],
        ),
        (
            "Niamey – L'OIM a appuyé le retour volontaire de 300 personnes bloquées au Niger.",
            "fr",
            [(300, "NER", None)],
        ),
    ],
)
def test_people_stranded_in_a_country_left_it(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


# --- names: an organisation noun opening a name of two joined words ----------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Community Stabilization and Reintegration Facility (CSRF)",
        "Community Health and Reintegration Programme",
    ],
)
def test_a_name_opened_by_an_organisation_noun_and_two_joined_words_is_an_initiative(
    name: str,
) -> None:
    body = f"Niamey – IOM runs projects in Agadez under the {name}."
    assert [val(i.title) for i in news(body, "en").initiatives] == [name]


def test_an_organisation_with_its_complement_is_no_initiative() -> None:
    body = "Niamey – The Ministry of Labour and Social Policy Programme Office opened in Agadez."
    assert news(body, "en").initiatives == []


# --- project pages: a funder the description gives "it" ----------------------------------------


@pytest.mark.parametrize(
    ("description", "lang", "funder"),
    [
        (
            "The project trains border officials. It is co-funded by the Swiss State Secretariat "
            "for Migration (SEM) and builds on regional guidelines.",
            "en",
            "Swiss State Secretariat for Migration (SEM)",
        ),
        (
            "Le projet forme des agents. Il est financé par le Royaume de Belgique.",
            "fr",
            "Royaume de Belgique",
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_gives_the_project_its_funder(
    description: str, lang: str, funder: str
) -> None:
    (initiative,) = project(description, lang).initiatives
    assert [val(f) for f in initiative.funders] == [funder]


def test_a_pronoun_inside_a_sentence_gives_the_project_no_funder() -> None:
    description = "Officials said that it is funded by the Government of Japan."
    (initiative,) = project(description, "en").initiatives
    assert initiative.funders == []


# --- names: a programme's name ends at its acronym when its owner follows ----------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Tegucigalpa – 2.347 personas regresaron a través del programa de Retorno Voluntario "
            "Asistido (RVA) de la Organización Internacional para las Migraciones (OIM).",
            "es",
            "Retorno Voluntario Asistido (RVA)",
        ),
        (
            "Dakar – Les migrants sont rentrés grâce au programme d'Aide au Retour Volontaire "
            "(ARV) de l'Organisation internationale pour les migrations (OIM).",
            "fr",
            "Aide au Retour Volontaire (ARV)",
        ),
    ],
)
def test_the_owner_after_a_programmes_acronym_is_not_part_of_its_name(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


# --- names: a person's office is not an initiative ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Erbil – “Return is only sustainable with work,” said Halgurd Sindi, Director "
            "General of the Joint Crisis Coordination Centre, at the launch.",
            "en",
        ),
        (
            "Dakar – « Le retour doit être durable », a déclaré Awa Ndiaye, Directrice du "
            "Centre d'Accueil des Migrants de Dakar.",
            "fr",
        ),
        (
            "Lima – «El retorno debe ser sostenible», dijo Ana Ríos, Coordinadora del Centro de "
            "Atención al Migrante Retornado.",
            "es",
        ),
    ],
)
def test_a_persons_office_naming_a_centre_is_no_initiative(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


def test_a_centre_named_on_its_own_is_still_an_initiative() -> None:
    body = "Lima – La OIM abrió el Centro de Atención al Migrante Retornado."
    assert titles(news(body, "es")) == ["Centro de Atención al Migrante Retornado"]


# --- events: "since the launch of" does not retype the meeting told ----------------------------


def test_since_the_launch_after_a_meeting_leaves_it_a_meeting() -> None:
    body = (
        "Accra – Senior officials met in Accra from 12 to 14 June 2023 for the Regional "
        "Consultative Meeting on Return, the third such gathering since the launch of the "
        "Regional Reintegration Programme (RRP) in 2021."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.start)) == ("meeting", "2023-06-12")


# --- office pages: a donor label names the giver, not the channel ------------------------------


@pytest.mark.parametrize(
    ("label", "lang", "funder"),
    [
        (
            "Bailleur de fonds : Union européenne, par l’intermédiaire du Fonds fiduciaire "
            "d’urgence pour l’Afrique",
            "fr",
            "Union européenne",
        ),
        (
            "Donor: European Union, through the EU Emergency Trust Fund for Africa",
            "en",
            "European Union",
        ),
    ],
)
def test_a_donor_label_names_the_giver_before_its_channel(
    label: str, lang: str, funder: str
) -> None:
    intro = {
        "en": "Return Counselling Project (RCP)\nIOM implements the project in Chad.",
        "fr": "Projet de conseil au retour (PCR)\nL'OIM met en œuvre le projet au Tchad.",
    }[lang]
    (initiative,) = _office(f"{intro}\n{label}\n", lang).initiatives
    assert [val(f) for f in initiative.funders] == [funder]


# --- fundings: the funding cue's own verb names no other giver ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "funder"),
    [
        (
            "Agadez – Le centre a été construit dans le cadre du Projet d'appui à la "
            "réintégration communautaire à Agadez (PARCA), financé par le Gouvernement du Japon "
            "à hauteur de 1,3 million de dollars américains.",
            "fr",
            "Gouvernement du Japon",
        ),
        (
            "Tegucigalpa – El centro fue construido en el marco del Proyecto de Apoyo a la "
            "Reintegración en Choloma (PARCH), financiado por el Gobierno de Japón con 1,3 "
            "millones de dólares.",
            "es",
            "Gobierno de Japón",
        ),
    ],
)
def test_the_giver_after_a_funding_cue_gives_the_amount(body: str, lang: str, funder: str) -> None:
    (funding,) = news(body, lang).fundings
    assert val(funding.funder) == funder


# --- returns: where people were, or left from -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Ciudad de México – La OIM apoyó en 2022 el retorno voluntario de 1.347 personas "
            "migrantes que se encontraban en México.",
            "es",
            [(1347, "MEX", None)],
        ),
        (
            "Niamey – En 2021, 6 500 migrants sont rentrés chez eux au départ du Niger.",
            "fr",
            [(6500, "NER", None)],
        ),
        (
            "Niamey – L'OIM a aidé 300 migrants qui se trouvaient au Niger à rentrer chez eux.",
            "fr",
            [(300, "NER", None)],
        ),
    ],
)
def test_the_country_people_were_in_or_left_from_is_where_they_returned_from(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


# --- funders: a preposition that ends a name's tail ends a giver's name -----------------------


def test_a_giver_ends_before_a_preposition_of_place_or_time() -> None:
    body = (
        "Tapachula – Desde 2016, el Programa de Retorno Voluntario Asistido (PRVAM) ha "
        "ayudado a 5.800 personas a retornar con el apoyo de la OIM desde México."
    )
    (initiative,) = news(body, "es").initiatives
    assert initiative.funders == []  # IOM, the implementer, is no funder; "desde" ends its name


# --- events: a meeting "facilitated" took place ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "city"),
    [
        (
            "Tulcán – El proyecto facilitó un encuentro binacional en Tulcán para intercambiar "
            "experiencias.",
            "es",
            "Tulcán",
        ),
        (
            "Kara – Le projet a facilité une rencontre transfrontalière à Kara entre les "
            "autorités.",
            "fr",
            "Kara",
        ),
        ("Tulcán – IOM facilitated a workshop in Tulcán for border officials.", "en", "Tulcán"),
    ],
)
def test_an_event_facilitated_took_place(body: str, lang: str, city: str) -> None:
    (event,) = news(body, lang).events
    assert val(event.city) == city


def test_facilitating_a_return_is_no_event() -> None:
    body = "Tulcán – IOM facilitated a safe return for 40 migrants."
    assert news(body, "en").events == []


# --- gazetteer: regional bodies are organisations, not initiatives ----------------------------


def test_a_regional_body_before_a_programme_word_is_no_initiative() -> None:
    body = (
        "Phnom Penh – The guide was published in 2016 with support from the ILO TRIANGLE in "
        "ASEAN programme."
    )
    assert "ASEAN" not in titles(news(body, "en"))


@pytest.mark.parametrize(
    ("name", "organization_id"),
    [
        ("ASEAN", "asean"),
        ("Sistema de la Integración Centroamericana", "sica"),
        ("Communauté de développement de l'Afrique australe", "sadc"),
        ("OEA", "oas"),
    ],
)
def test_regional_bodies_resolve_to_one_organisation(name: str, organization_id: str) -> None:
    assert resolve_organization(name).id == organization_id


# --- dates: "since" before the returns a sentence counts dates them, not the initiative -------


@pytest.mark.parametrize(
    ("second", "lang", "start"),
    [
        (
            "Since January 2022, 4,870 migrants have returned from Yemen to Ethiopia through "
            "the programme.",
            "en",
            None,
        ),
        (
            "Depuis janvier 2019, grâce au PARV, plus de 2 300 migrants sont rentrés du Maroc.",
            "fr",
            None,
        ),
        (
            "Since its launch in March 2022, the programme has supported the voluntary return "
            "of 1,284 migrants from Senegal.",
            "en",
            "2022-03",
        ),
        ("Since 2017, the programme has trained 300 officials in Ethiopia.", "en", "2017"),
    ],
)
def test_since_dates_the_returns_it_counts_not_the_programme(
    second: str, lang: str, start: str | None
) -> None:
    first = {
        "en": "Aden – IOM runs the Voluntary Humanitarian Return Programme (VHRP).",
        "fr": "Rabat – L'OIM met en œuvre le Programme d'aide au retour volontaire (PARV).",
    }[lang]
    (initiative,) = news(f"{first} {second}", lang).initiatives
    assert val(initiative.start) == start


# --- events: one with neither title, date nor place is none ------------------------------------


def test_a_training_with_no_name_date_or_place_is_no_event() -> None:
    text = (
        "Repository of Practices\n\nPsychosocial Support Desks for Returning Migrant Workers\n\n"
        "Type of practice\nProgramme\n\nSummary\nTrained counsellors provide returning workers "
        "with first aid and referrals to skills training programmes.\n"
    )
    assert extract_practice_page(doc(text), "en").events == []


def test_a_training_with_a_place_is_still_an_event() -> None:
    body = "Kathmandu – Sixty counsellors completed a training on psychosocial first aid."
    (event,) = news(body, "en", "Counsellors Trained").events
    assert val(event.city) == "Kathmandu"


# --- names: IOM and a joining word opening a name are not part of it ---------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "San José – IOM and the National Coalition against Migrant Smuggling have trained "
            "45 officials.",
            "en",
            "National Coalition against Migrant Smuggling",
        ),
    ],
)
def test_iom_and_a_joining_word_before_a_name_are_not_part_of_it(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


# --- events: a month after "in" is a time, not a place -----------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title", "city"),
    [
        (
            "Rabat – Officials held consultations in Rabat in September on the national strategy.",
            "en",
            "consultations",
            "Rabat",
        ),
        (
            "Ulaanbaatar – Senior officials attended the Northeast Asia Labour Migration Dialogue "
            "in June.",
            "en",
            "Northeast Asia Labour Migration Dialogue",
            "Ulaanbaatar",
        ),
        (
            "Dakar – Les autorités ont tenu un atelier en juin sur la réintégration.",
            "fr",
            "atelier",
            "Dakar",
        ),
    ],
)
def test_a_month_after_in_is_no_city_and_ends_the_title(
    body: str, lang: str, title: str, city: str
) -> None:
    (event,) = news(body, lang).events
    assert (val(event.title), val(event.city)) == (title, city)


def test_month_names_in_three_languages() -> None:
    assert [is_month(w) for w in ("June", "juin", "Junio", "Sept.", "Praia")] == [
        True,
        True,
        True,
        True,
        False,
    ]


# --- countries: neighbours across a border are not where an initiative works ------------------


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        (
            "Integrated Border Management in Sierra Leone\nThe project supports the Sierra Leone "
            "Immigration Department to manage the country's land borders with Guinea and "
            "Liberia.",
            "en",
            ["SLE"],
        ),
        (
            "Gestion des frontières au Niger\nLe projet appuie la police des frontières du Niger "
            "le long de la frontière avec le Mali.",
            "fr",
            ["NER"],
        ),
        (
            "Gestión de fronteras en Colombia\nEl proyecto apoya a los municipios de Colombia "
            "en la frontera con Venezuela y Ecuador.",
            "es",
            ["COL"],
        ),
    ],
)
def test_countries_across_a_border_are_not_the_projects(
    text: str, lang: str, countries: list[str]
) -> None:
    (initiative,) = _office(text, lang).initiatives
    assert [val(c) for c in initiative.countries] == countries


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Return of Stranded Migrants from Albania\nThe project offered return assistance to "
            "migrants stranded in Albania after failed attempts to reach Italy or Greece.",
            "en",
        ),
        (
            "Retour des migrants bloqués au Niger\nLe projet a aidé des migrants bloqués au Niger "
            "en route vers l'Algérie.",
            "fr",
        ),
    ],
)
def test_countries_people_were_heading_for_are_not_the_projects(text: str, lang: str) -> None:
    (initiative,) = _office(text, lang).initiatives
    assert {val(c) for c in initiative.countries} <= {"ALB", "NER"}


# --- funders: "…, y del" after a giver's relative clause adds a giver --------------------------


@pytest.mark.parametrize(
    ("body", "lang", "funders"),
    [
        (
            "Tegucigalpa – El Programa de Retorno Voluntario Asistido (PRVA) cuenta con el apoyo "
            "de la Unión Europea, que aportó 4,5 millones de dólares en 2022, y del Gobierno de "
            "Canadá.",
            "es",
            ["Unión Europea", "Gobierno de Canadá"],
        ),
    ],
)
def test_a_giver_after_the_relative_clause_of_the_first_is_one_too(
    body: str, lang: str, funders: list[str]
) -> None:
    (initiative,) = news(body, lang).initiatives
    assert [val(f) for f in initiative.funders] == funders


# --- countries: a town in an initiative's name, when nothing else says where -------------------


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "Niamey – Le centre a été construit dans le cadre du Projet d'appui à la "
            "réintégration communautaire à Agadez (PARCA).",
            "fr",
            ["NER"],
        ),
        (
            "Dakar – The Migrant Resource Centre in Accra opened a new service for returnees in "
            "Ghana and Togo.",
            "en",
            ["GHA", "TGO"],
        ),
    ],
)
def test_a_town_in_the_name_places_an_initiative_nothing_else_places(
    body: str, lang: str, countries: list[str]
) -> None:
    (initiative,) = news(body, lang).initiatives
    assert [val(c) for c in initiative.countries] == countries


# --- returns: where people "were", a few words before the country ------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Guatemala – Desde 2019, la OIM ha apoyado el retorno voluntario de 1.254 "
            "guatemaltecos que se encontraban en situación de vulnerabilidad en México.",
            "es",
            [(1254, "MEX", "GTM")],
        ),
        (
            "Niamey – L'OIM a aidé 300 migrants qui se trouvaient depuis des mois au Niger à "
            "rentrer chez eux.",
            "fr",
            [(300, "NER", None)],
        ),
    ],
)
def test_where_people_were_a_few_words_before_the_country_is_where_they_left(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


def test_where_people_were_ends_at_a_clause_mark() -> None:
    body = (
        "Guatemala – La OIM apoyó el retorno de 1.254 guatemaltecos que se encontraban en "
        "riesgo, y trabaja en México."
    )
    assert returns(news(body, "es")) == [(1254, None, "GTM")]


# --- funders: "bénéficie du soutien de" --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "funders"),
    [
        (
            "Dakar – Le Programme d'aide au retour volontaire (PARV) bénéficie du soutien de "
            "l'Union européenne, qui a versé 2 millions d'euros en 2022, et du Royaume des "
            "Pays-Bas.",
            "fr",
            ["Union européenne", "Royaume des Pays-Bas"],
        ),
        (
            "Accra – The Returnee Support Programme (RSP) benefits from the support of the "
            "Government of Japan.",
            "en",
            ["Government of Japan"],
        ),
    ],
)
def test_a_programme_benefiting_from_support_names_its_givers(
    body: str, lang: str, funders: list[str]
) -> None:
    (initiative,) = news(body, lang).initiatives
    assert [val(f) for f in initiative.funders] == funders


# --- returns: returnees an event brought together are participants ------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Freetown – The first national returnee forum brought together 150 returnees and "
            "officials to discuss the challenges of return and reintegration.",
            "en",
        ),
        (
            "Dakar – Le forum a réuni 150 migrants de retour et des élus autour de la "
            "réintégration après le retour.",
            "fr",
        ),
        (
            "Tegucigalpa – El foro reunió a 150 personas retornadas para hablar del retorno.",
            "es",
        ),
    ],
)
def test_returnees_an_event_brought_together_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- returns: women and men returned ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Tirana – IOM Tirana organized the return of 96 women, 61 of whom returned to the "
            "Republic of Moldova and 35 to Ukraine.",
            "en",
            [(96, "ALB", None), (61, "ALB", "MDA"), (35, "ALB", "UKR")],
        ),
        (
            "Dakar – Cette année, 40 femmes sont rentrées au Sénégal avec l'appui de l'OIM.",
            "fr",
            [(40, None, "SEN")],
        ),
        (
            "Lima – En 2022, 25 mujeres retornaron al Perú con el apoyo del proyecto.",
            "es",
            [(25, None, "PER")],
        ),
    ],
)
def test_women_and_men_returned_are_a_return(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


def test_women_counted_with_no_return_word_are_no_return() -> None:
    body = "Dakar – Le projet a aidé 40 femmes à créer une entreprise."
    assert returns(news(body, "fr")) == []


# --- returns: "N of them from X", a part with its own origin -----------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Tirana – IOM assisted 312 Albanian nationals to return, 198 of them from Italy and "
            "114 from Greece.",
            "en",
            [(312, None, "ALB"), (198, "ITA", "ALB"), (114, "GRC", "ALB")],
        ),
        (
            "Tirana – L'OIM a aidé 312 ressortissants albanais à rentrer, dont 198 depuis "
            "l'Italie.",
            "fr",
            [(312, None, "ALB"), (198, "ITA", "ALB")],
        ),
    ],
)
def test_a_part_of_them_from_a_country_left_it(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


# --- returns: "the assisted voluntary return of N children", adjectives between ---------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Guatemala – Desde 2019, la OIM ha apoyado el retorno voluntario asistido de 486 "
            "adolescentes guatemaltecos no acompañados.",
            "es",
            [(486, None, "GTM")],
        ),
        (
            "Dakar – L'OIM a organisé le retour volontaire assisté de 40 enfants non accompagnés.",
            "fr",
            [(40, None, None)],
        ),
    ],
)
def test_children_a_qualified_return_is_of_are_returned(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang)) == expected


def test_children_after_a_return_and_more_than_two_words_are_no_return() -> None:
    body = "Dakar – Le retour a été difficile pour les familles de 40 enfants."
    assert returns(news(body, "fr")) == []


# --- countries: where an event's guests came from ---------------------------------------------


def test_the_countries_an_events_guests_came_from_are_not_the_projects() -> None:
    body = (
        "Tallinn – The results of the Counselling Support Project (CSP) in Estonia were "
        "presented at a final conference in Tallinn on 3 December 2015, which brought together "
        "partner organizations from Latvia and Finland."
    )
    (initiative,) = news(body, "en").initiatives
    assert [val(c) for c in initiative.countries] == ["EST"]


def test_a_city_of_a_country_after_de_at_an_event_stays_a_place() -> None:
    body = (
        "Guatemala – La OIM entregó el 18 de agosto de 2021, en la Ciudad de Guatemala, 40 "
        "computadoras a la Dirección General de Migración, en el marco del proyecto "
        "Fortalecimiento de la Gestión Migratoria en Fronteras (FOGEM)."
    )
    (initiative,) = news(body, "es").initiatives
    assert [val(c) for c in initiative.countries] == ["GTM"]


# --- returns: returnees who took part in an event are participants -----------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Cuenca – El 9 de noviembre de 2022 se realizó en Cuenca el encuentro nacional "
            "«Retornar y emprender», en el que participaron 180 emprendedores retornados.",
            "es",
        ),
        (
            "Dakar – Un atelier sur le retour s'est tenu à Dakar, auquel ont participé 80 "
            "migrants de retour.",
            "fr",
        ),
        (
            "Accra – A forum on return was held in Accra, attended by 80 returned migrants.",
            "en",
        ),
    ],
)
def test_returnees_who_took_part_in_an_event_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- funders: "The policy was drafted with funding from …" after the named policy --------------


@pytest.mark.parametrize(
    ("second", "lang", "funders"),
    [
        (
            "The policy was drafted with funding from the IOM Development Fund.",
            "en",
            ["IOM Development Fund"],
        ),
        (
            "La politique a été élaborée avec l'appui financier du Royaume de Belgique.",
            "fr",
            ["Royaume de Belgique"],
        ),
    ],
)
def test_a_sentence_opening_with_the_head_word_gives_the_named_initiative_its_funder(
    second: str, lang: str, funders: list[str]
) -> None:
    first = {
        "en": "Maseru – Officials validated the draft National Labour Migration Policy of Lesotho.",
        "fr": "Dakar – Les autorités ont validé la Politique Nationale de Migration du Sénégal.",
    }[lang]
    (initiative,) = news(f"{first} {second}", lang).initiatives
    assert [val(f) for f in initiative.funders] == funders


def test_a_sentence_opening_with_the_head_word_gives_no_countries() -> None:
    body = (
        "Maseru – Officials validated the draft National Labour Migration Policy of Lesotho. The "
        "policy was drafted with funding from the IOM Development Fund and workers in South "
        "Africa."
    )
    (initiative,) = news(body, "en").initiatives
    assert [val(c) for c in initiative.countries] == ["LSO"]


# --- events: an event word inside another event's title is that event --------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "N'Djamena – Un atelier régional de lancement s'est tenu à N'Djamena les 9 et 10 "
            "juin 2020 avec les points focaux.",
            "fr",
        ),
        (
            "Lima – Un taller nacional de lanzamiento se realizó en Lima el 9 de junio de 2020.",
            "es",
        ),
    ],
)
def test_an_event_word_inside_an_events_title_is_no_second_event(body: str, lang: str) -> None:
    assert len(news(body, lang).events) == 1


# --- events: a name's own period in brackets does not date its launch --------------------------


def test_a_names_period_in_brackets_does_not_date_its_launch() -> None:
    body = (
        "Ulaanbaatar – The Government of Mongolia this week launched its first Diaspora "
        "Engagement Strategy (2024-2030), prepared with the support of IOM."
    )
    (event,) = news(body, "en").events
    assert (event.event_type, event.start, event.end) == ("launch", None, None)


def test_a_bracketed_date_after_a_lower_case_word_still_dates_the_event() -> None:
    body = "Maseru – A validation workshop (12 June 2019) was held in Maseru."
    (event,) = news(body, "en").events
    assert val(event.start) == "2019-06-12"
