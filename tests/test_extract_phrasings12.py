"""Phrasings of the twelfth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.prose import is_acronym
from return_atlas.extract.prose_lines import is_heading_text
from tests.extraction import doc, news, returns, teaser_listing, titles, val


def _office(text: str, lang: str) -> Extraction:
    return extract_office_page(doc(text), lang)


# --- office pages: a project named by an acronym and an apposed initiative word ----------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "HOPE, a project of IOM Latvia, was carried out from 01.02.2015 to 31.01.2016. It "
            "offered rejected asylum seekers a way home.",
            "en",
            "HOPE",
        ),
        (
            "RETOUR, un projet de l’OIM Belgique, a été mis en œuvre de 2018 à 2020 pour aider "
            "les migrants à rentrer.",
            "fr",
            "RETOUR",
        ),
    ],
)
def test_an_acronym_apposed_to_an_initiative_word_is_the_offices_project(
    body: str, lang: str, title: str
) -> None:
    (initiative,) = _office(f"{body}\n", lang).initiatives
    assert val(initiative.title) == title
    assert val(initiative.start) is not None


def test_an_acronym_without_an_initiative_word_is_no_project() -> None:
    text = "HOPE, the office's hotline, answered 400 calls in 2016.\n"
    assert _office(text, "en").initiatives == []


# --- funders: a fronted funding clause with no subject after its comma -------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "funders"),
    [
        (
            "Funding came from the Asylum, Migration and Integration Fund of the European Union, "
            "with co-financing from the Ministry of the Interior of the Republic of Latvia.",
            "en",
            [
                "Asylum, Migration and Integration Fund of the European Union",
                "Ministry of the Interior of the Republic of Latvia",
            ],
        ),
        (
            "Il a été financé par l’Union européenne, avec un cofinancement du Ministère de "
            "l’Intérieur.",
            "fr",
            ["Union européenne", "Ministère de l’Intérieur"],
        ),
        (
            "Fue financiado por la Unión Europea, con cofinanciamiento del Ministerio del "
            "Interior.",
            "es",
            ["Unión Europea", "Ministerio del Interior"],
        ),
    ],
)
def test_a_funding_clause_with_no_subject_after_its_comma_names_every_giver(
    sentence: str, lang: str, funders: list[str]
) -> None:
    intro = {
        "en": "HOPE, a project of IOM Latvia, was carried out from 2015 to 2016.",
        "fr": "HOPE, un projet de l’OIM Lettonie, a été mis en œuvre de 2015 à 2016.",
        "es": "HOPE, un proyecto de la OIM Letonia, se ejecutó de 2015 a 2016.",
    }[lang]
    (initiative,) = _office(f"{intro} {sentence}\n", lang).initiatives
    assert [val(f) for f in initiative.funders] == funders


def test_a_fronted_funding_clause_before_its_subject_stops_at_the_comma() -> None:
    text = (
        "HOPE, a project of IOM Latvia, was carried out from 2015 to 2016. Funded "
        "by the European Union, HOPE helped the Ministry of Welfare to set up a referral desk.\n"
    )
    (initiative,) = _office(text, "en").initiatives
    assert [val(f) for f in initiative.funders] == ["European Union"]


# --- returns: a year after a month dates, it counts no one -------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Accra – The Regional Return Programme (RRP) was launched in January 2022 with "
            "funding from the German Federal Foreign Office.",
            "en",
        ),
        (
            "Dakar – Le Programme régional de retour (PRR) a été lancé en janvier 2022 avec le "
            "financement du Gouvernement allemand.",
            "fr",
        ),
        (
            "Lima – El Programa Regional de Retorno (PRR) comenzó en enero de 2022 con el apoyo "
            "del Gobierno alemán.",
            "es",
        ),
    ],
)
def test_a_year_after_a_month_is_no_count_of_returnees(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


def test_a_figure_after_a_month_with_a_return_word_still_counts() -> None:
    body = "Accra – In January, 2,022 Ghanaian migrants returned home from Libya."
    assert returns(news(body, "en")) == [(2022, "LBY", "GHA")]


# --- events: a capitalised name goes on past a list comma or a purpose word ---------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Accra – On 3 May 2023, IOM held a Regional Meeting on Return, Readmission and "
            "Reintegration.",
            "en",
            "Regional Meeting on Return, Readmission and Reintegration",
        ),
        (
            "Cusco – El Segundo Foro de la Diáspora para el Desarrollo Local se realizó el 4 de "
            "mayo de 2023 en Cusco.",
            "es",
            "Segundo Foro de la Diáspora para el Desarrollo Local",
        ),
        (
            "Libreville – Le Forum régional pour l’Afrique centrale s’est tenu le 4 mai 2023 à "
            "Libreville.",
            "fr",
            "Forum régional pour l’Afrique centrale",
        ),
    ],
)
def test_a_capitalised_event_name_goes_on_past_a_list_comma_or_purpose_word(
    body: str, lang: str, title: str
) -> None:
    (event,) = news(body, lang).events
    assert val(event.title) == title


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Accra – IOM held a Regional Meeting on Return, and officials agreed on a plan on "
            "3 May 2023.",
            "en",
            "Regional Meeting on Return",
        ),
        (
            "Cusco – IOM organizó un taller para el personal consular el 4 de mayo de 2023 en "
            "Cusco.",
            "es",
            "taller",
        ),
    ],
)
def test_a_clause_comma_or_a_lower_case_event_word_still_ends_the_name(
    body: str, lang: str, title: str
) -> None:
    (event,) = news(body, lang).events
    assert val(event.title) == title


# --- returns: returnees who received help, and returnees surveyed, are no return figure --------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Accra – So far, 1,265 returnees have received reintegration assistance since 2021 "
            "under the return programme.",
            "en",
        ),
        (
            "Accra – The study on return draws on follow-up surveys with more than 6,000 "
            "returnees in eight countries.",
            "en",
        ),
        (
            "Dakar – Au total, 1 265 migrants de retour ont reçu une aide à la réintégration "
            "depuis 2021 dans le cadre du programme de retour.",
            "fr",
        ),
        (
            "Lima – Hasta ahora, 1.265 personas retornadas han recibido asistencia para la "
            "reintegración desde 2021 en el marco del programa de retorno.",
            "es",
        ),
    ],
)
def test_returnees_who_received_help_or_were_surveyed_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


def test_migrants_who_received_help_to_return_are_still_counted() -> None:
    body = "Accra – Since January, 300 migrants have received help to return home from Libya."
    assert [count for count, _, _ in returns(news(body, "en"))] == [300]


# --- returns: a figure set against an earlier one counts the same returns in another period -----


@pytest.mark.parametrize(
    ("body", "lang", "second"),
    [
        (
            "Niamey – Depuis janvier 2017, l’OIM a aidé 1 734 migrants à quitter le Niger pour "
            "regagner leur pays d’origine, contre 5 089 sur l’ensemble de l’année 2016.",
            "fr",
            (5089, "NER", None, "2016", "2016"),
        ),
        (
            "Guatemala – En 2023, 60.000 personas retornaron desde México, frente a 45.000 en "
            "2022.",
            "es",
            (45000, "MEX", None, "2022", "2022"),
        ),
        (
            "Cairo – In 2017, IOM helped 1,734 migrants return from Libya, compared with 5,089 "
            "in 2016.",
            "en",
            (5089, "LBY", None, "2016", "2016"),
        ),
    ],
)
def test_a_figure_compared_with_an_earlier_one_counts_returns_of_its_own_period(
    body: str, lang: str, second: tuple[object, ...]
) -> None:
    found = news(body, lang).returns
    assert len(found) == 2
    ret = found[1]
    got = (val(ret.count), val(ret.from_country), val(ret.to_country), val(ret.start), val(ret.end))
    assert got == second


def test_a_compared_figure_with_no_period_of_its_own_is_no_return() -> None:
    body = (
        "Cairo – In 2017, IOM helped 1,734 migrants return from Libya, compared with 5,089 before."
    )
    assert [count for count, _, _ in returns(news(body, "en"))] == [1734]


# --- returns: "has since" dates the figure from the start told before it ------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start"),
    [
        (
            "Accra – Launched in April 2021, the project has since helped 1,184 Ghanaian migrants "
            "return home from Niger.",
            "en",
            "2021-04",
        ),
        (
            "Niamey – Lancé en mars 2019, le projet a depuis aidé 640 migrants à rentrer du Niger "
            "vers le Mali.",
            "fr",
            "2019-03",
        ),
    ],
)
def test_since_with_no_date_after_it_dates_returns_from_the_start_before_it(
    body: str, lang: str, start: str
) -> None:
    (ret,) = news(body, lang).returns
    assert (val(ret.start), val(ret.end)) == (start, None)


def test_a_start_with_no_since_does_not_date_the_returns() -> None:
    body = "Accra – Launched in April 2021, the project helped 1,184 Ghanaian migrants return home."
    (ret,) = news(body, "en").returns
    assert (val(ret.start), val(ret.end)) == (None, None)


# --- status: an initiative that ended with an event -----------------------------------------


@pytest.mark.parametrize(
    ("closing", "lang"),
    [
        ("El proyecto concluyó con un taller de cierre celebrado en Cuenca.", "es"),
        ("The project ended with a final conference in Quito.", "en"),
        ("Le projet s’est achevé par un atelier de clôture à Dakar.", "fr"),
    ],
)
def test_a_project_that_ended_with_an_event_is_completed(closing: str, lang: str) -> None:
    intro = {
        "en": "HOPE, a project of IOM Ecuador, helped returnees.",
        "fr": "HOPE, un projet de l’OIM Sénégal, a aidé les migrants de retour.",
        "es": "HOPE, un proyecto de la OIM Ecuador, ayudó a las personas retornadas.",
    }[lang]
    (initiative,) = _office(f"{intro} {closing}\n", lang).initiatives
    assert val(initiative.status) == "completed"


def test_a_project_that_ended_with_something_else_has_no_status() -> None:
    text = "HOPE, a project of IOM Ecuador, helped returnees. The project ended with a deficit.\n"
    (initiative,) = _office(text, "en").initiatives
    assert initiative.status is None


# --- names: an English name owned by an organisation after "of" -----------------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Manila – The Returning Workers Livelihood Fund of the Philippine Department of "
            "Migrant Workers provides start-up grants to workers who come home.",
            "Returning Workers Livelihood Fund",
        ),
        (
            "Accra – The Returnee Skills Programme of the Ministry of Labour trains 300 people.",
            "Returnee Skills Programme",
        ),
    ],
)
def test_a_name_ends_at_its_initiative_word_before_the_organisation_owning_it(
    body: str, title: str
) -> None:
    assert titles(news(body, "en")) == [title]


def test_an_organisation_heading_a_name_is_still_no_initiative() -> None:
    body = "Accra – The Ministry of Labour and Employment Programme Office trains 300 people."
    assert titles(news(body, "en")) == []


# --- funders: a country's gift given through the body of it already named -------------------


def test_a_countrys_gift_is_the_gift_of_its_body_named_as_funder() -> None:
    body = (
        "Accra – The Regional Return Programme (RRP) was launched in 2022 with funding from the "
        "German Federal Foreign Office and the Ministry of Foreign Affairs of the Netherlands. "
        "Germany has committed EUR 18 million to the RRP."
    )
    found = news(body, "en")
    (initiative,) = found.initiatives
    assert [val(f) for f in initiative.funders] == [
        "German Federal Foreign Office",
        "Ministry of Foreign Affairs of the Netherlands",
    ]
    assert [c.value for c in initiative.countries] == []
    assert [val(f.funder) for f in found.fundings] == ["German Federal Foreign Office"]


@pytest.mark.parametrize(
    ("body", "lang", "givers"),
    [
        (
            "Accra – Germany has committed EUR 18 million to the RRP and the Netherlands EUR "
            "7.5 million.",
            "en",
            ["Germany", "the Netherlands"],
        ),
        (
            "Dakar – L’Allemagne a alloué 18 millions d’euros au PRR et la Belgique 2 millions "
            "d’euros.",
            "fr",
            ["Allemagne", "Belgique"],
        ),
    ],
)
def test_a_giver_before_a_second_amount_with_its_verb_left_out_gives_it(
    body: str, lang: str, givers: list[str]
) -> None:
    assert [val(f.funder) for f in news(body, lang).fundings] == givers


def test_a_second_amount_after_a_place_with_no_and_is_the_first_givers() -> None:
    body = "Accra – Germany has committed EUR 18 million to Ghana, EUR 2 million of it in 2024."
    assert [val(f.funder) for f in news(body, "en").fundings] == ["Germany", "Germany"]


# --- names: a period of years after a name, joined by an en dash -------------------------------


@pytest.mark.parametrize("dash", ["–", "—", "-", " – "])
def test_a_period_after_a_name_joined_by_a_dash_belongs_to_it_and_dates_it(dash: str) -> None:
    body = (
        "Dakar – The meeting closed with the adoption of the Dakar Roadmap on Return and "
        f"Reintegration 2024{dash}2026, which sets out joint priorities."
    )
    (initiative,) = news(body, "en").initiatives
    assert val(initiative.title) == f"Dakar Roadmap on Return and Reintegration 2024{dash}2026"
    assert (val(initiative.start), val(initiative.end)) == ("2024", "2026")


def test_a_dash_after_a_names_year_and_no_second_year_ends_the_name() -> None:
    body = "Dakar – The Dakar Roadmap 2024 – adopted in May – sets out joint priorities."
    (initiative,) = news(body, "en").initiatives
    assert val(initiative.title) == "Dakar Roadmap 2024"


# --- events: an event verb used as an adjective tells no event ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dakar – The roadmap sets out joint priorities, including a regional pool of trained "
        "reintegration counsellors.",
        "Dakar – The newly launched platform was shown to officials in Dakar.",
    ],
)
def test_an_event_verb_before_a_noun_as_its_adjective_is_no_event(body: str) -> None:
    assert news(body, "en").events == []


def test_an_event_verb_after_its_subject_is_still_an_event() -> None:
    body = "Dakar – IOM officially launched the platform in Dakar on 3 May 2023."
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.start)) == ("launch", "2023-05-03")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tallinn – In 2017, 74 persons returned voluntarily from Estonia. 31 returnees also "
            "received an in-kind reintegration grant to open a business after their return.",
            "en",
        ),
        (
            "Dakar – En 2017, 74 personnes sont rentrées du Sénégal. 31 migrants de retour ont "
            "également reçu une aide à la réintégration après leur retour.",
            "fr",
        ),
    ],
)
def test_returnees_who_also_received_help_are_no_second_return(body: str, lang: str) -> None:
    assert [count for count, _, _ in returns(news(body, lang))] == [74]


# --- events: a verb dated by a period of months or years is an activity -----------------------


def test_a_training_told_over_a_period_of_months_is_no_event() -> None:
    text = (
        "HOPE, a project of IOM Albania, started in June 2009. Between June 2009 and May 2011, "
        "IOM Tirana trained staff of the State Police on return counselling.\n"
    )
    assert _office(text, "en").events == []


def test_a_training_told_over_a_few_days_is_still_an_event() -> None:
    body = "Tirana – From 3 to 5 May 2011, IOM trained staff of the State Police in Tirana."
    (event,) = news(body, "en").events
    assert (val(event.start), val(event.end)) == ("2011-05-03", "2011-05-05")


# --- events: a ceremony at which something was launched is the launch ---------------------------


def test_a_ceremony_after_a_passive_launch_is_the_launch() -> None:
    body = (
        'Erbil – A new project, "Safe Return in Iraq" (SARI), was launched this week (08/10) at '
        "a ceremony attended by officials of the regional government. Speaking at the launch, "
        "the head of office said the project would help returnees."
    )
    assert [(e.event_type, val(e.title)) for e in news(body, "en").events] == [("launch", "launch")]


def test_a_ceremony_with_no_launch_is_still_a_ceremony() -> None:
    body = "Erbil – Officials met this week (08/10) at a ceremony held in Erbil."
    assert [e.event_type for e in news(body, "en").events] == ["ceremony"]


# --- returns: "since its launch" with no date counts from the start told before ----------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – The Regional Return Programme (RRP) was launched in January 2022. Since its "
            "launch, the RRP has helped 9,412 migrants stranded in Niger to return home.",
            "en",
        ),
        (
            "Dakar – Le Programme régional de retour (PRR) a été lancé en janvier 2022. Depuis "
            "son lancement, le PRR a aidé 9 412 migrants bloqués au Niger à rentrer chez eux.",
            "fr",
        ),
    ],
)
def test_since_its_launch_dates_returns_from_the_launch_told_before(body: str, lang: str) -> None:
    (ret,) = news(body, lang).returns
    assert val(ret.start) == "2022-01"


def test_since_their_arrival_is_no_start_of_the_returns() -> None:
    body = (
        "Dakar – The Regional Return Programme (RRP) was launched in January 2022. Since their "
        "arrival, 300 migrants stranded in Niger have returned home with the RRP."
    )
    (ret,) = news(body, "en").returns
    assert val(ret.start) is None


# --- names: a French or Spanish name after a place, "en" and an article ------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Lima – La OIM trabaja con los países del norte de Centroamérica en la Estrategia "
            "Regional de Retorno y Reintegración, que busca armonizar los procedimientos.",
            "es",
            "Estrategia Regional de Retorno y Reintegración",
        ),
        (
            "Dakar – L’OIM travaille avec les pays d’Afrique de l’Ouest à la Stratégie régionale "
            "de réintégration, qui vise à harmoniser les procédures.",
            "fr",
            "Stratégie régionale de réintégration",
        ),
    ],
)
def test_a_name_after_a_place_and_a_preposition_of_place_starts_at_its_head(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


# --- returns: "the returns were made under X" names the programme that made them ---------------


def test_the_returns_made_under_a_programme_are_its_own() -> None:
    body = (
        "Ciudad de México – Entre enero y junio de 2019, 412 personas migrantes varadas en "
        "México regresaron a sus países de origen: 231 a Honduras y 181 a Guatemala. Los "
        "retornos se realizaron en el marco del Programa de Retorno Voluntario Asistido (RVA). "
        "La OIM trabaja con México en la Estrategia Regional de Retorno y Reintegración."
    )
    found = news(body, "es", "Más de 400 migrantes regresan a Centroamérica")
    rva = next(i for i in found.initiatives if val(i.title).startswith("Programa"))
    assert sorted(c.value for c in rva.countries) == ["GTM", "HND", "MEX"]
    assert {val(r.programme) for r in found.returns} == {val(rva.title)}


# --- office pages: a name an acronym defines, said to have been carried out ---------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Enhancing Safe Returns from Latvia (ESRL) was carried out by IOM from 01.09.2015 to "
            "31.08.2017. It offered migrants a dignified alternative to forced removal.",
            "Enhancing Safe Returns from Latvia (ESRL)",
        ),
        (
            "Safe Home Latvia (SHL) was implemented by IOM from 2015 to 2017 to help migrants "
            "return.",
            "Safe Home Latvia (SHL)",
        ),
    ],
)
def test_a_name_an_acronym_defines_and_said_carried_out_is_the_offices_project(
    body: str, title: str
) -> None:
    (initiative,) = _office(f"{body}\n", "en").initiatives
    assert val(initiative.title) == title


@pytest.mark.parametrize(
    "body",
    [
        "The State Border Guard Service (SBGS) carried out 40 removals from 2015 to 2017.",
        "Enhancing Safe Returns from Latvia (ESRL) helped 84 people go home in 2016.",
    ],
)
def test_a_defined_body_or_a_name_with_no_implementation_is_no_project(body: str) -> None:
    assert _office(f"{body}\n", "en").initiatives == []


# --- names: a partner after "with" is no part of an English name ---------------------------------


def test_a_partner_after_with_in_a_headline_is_no_part_of_the_name() -> None:
    body = (
        "Lilongwe – Officials held a validation workshop in Lilongwe (12-13/5) on Malawi’s "
        "draft National Labour Migration Policy, developed with support from IOM."
    )
    found = news(body, "en", "Malawi Validates National Labour Migration Policy with IOM Support")
    assert titles(found) == ["National Labour Migration Policy"]


def test_with_and_no_organisation_after_it_stays_in_the_name() -> None:
    body = "Accra – The Livelihood Fund with Diaspora Investors trains 300 returnees in Accra."
    assert titles(news(body, "en")) == ["Livelihood Fund with Diaspora Investors"]


# --- returns: parts told in the next sentence share the whole's period -------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Ciudad de México – Entre enero y junio de 2021, la OIM ayudó a 1.146 personas "
            "varadas en México a regresar a sus países de origen. De ellas, 612 eran hondureñas "
            "y 398 guatemaltecas.",
            "es",
        ),
        (
            "Niamey – Entre janvier et juin 2021, l’OIM a aidé 1 146 migrants bloqués au Niger à "
            "rentrer chez eux. Parmi eux figuraient 612 Maliens et 398 Guinéens.",
            "fr",
        ),
    ],
)
def test_parts_in_the_next_sentence_share_the_wholes_period(body: str, lang: str) -> None:
    found = news(body, lang).returns
    assert [(val(r.count), val(r.start), val(r.end)) for r in found] == [
        (1146, "2021-01", "2021-06"),
        (612, "2021-01", "2021-06"),
        (398, "2021-01", "2021-06"),
    ]


def test_a_new_figure_in_the_next_sentence_keeps_no_period() -> None:
    body = (
        "Niamey – Entre janvier et juin 2021, l’OIM a aidé 1 146 migrants à rentrer du Niger. "
        "L’OIM a aussi aidé 300 migrants maliens à rentrer d’Algérie."
    )
    found = news(body, "fr").returns
    assert [(val(r.count), val(r.start)) for r in found] == [(1146, "2021-01"), (300, None)]


# --- fundings: a giver "is contributing" -------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["is contributing", "is providing", "are providing", "is committing", "is investing"]
)
def test_a_giver_in_the_progressive_gives_the_amount(verb: str) -> None:
    body = f"Erbil – The EU {verb} EUR 15 million to the three-year project."
    assert [(val(f.funder), val(f.amount)) for f in news(body, "en").fundings] == [
        ("EU", 15000000.0)
    ]


# --- events: an event noun apposed to an event's name says more of it --------------------------


def test_an_event_noun_apposed_to_an_events_name_is_the_same_event() -> None:
    body = (
        "Dakar – Officials met in Dakar from 14 to 16 November 2023 for a Regional Consultation "
        "on Sustainable Reintegration, the first meeting of its kind since the adoption of "
        "regional guidelines."
    )
    events = news(body, "en").events
    assert [val(e.title) for e in events] == ["Regional Consultation on Sustainable Reintegration"]


def test_a_second_meeting_in_a_later_clause_is_its_own_event() -> None:
    body = (
        "Dakar – Officials met in Dakar on 14 November 2023 for a Regional Consultation on "
        "Sustainable Reintegration; a technical meeting on data was held in Accra on 20 "
        "November 2023."
    )
    assert len(news(body, "en").events) == 2


# --- returns: a Global Compact objective's number counts no one ----------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Osh – The practice links labour migrants returning from Kazakhstan with local "
            "projects. It contributes to Objective 21 and to Objective 19 on the contribution of "
            "migrants.",
            "en",
        ),
        (
            "Dakar – La pratique accompagne les migrants de retour du Niger et contribue à "
            "l’objectif 21 et à l’objectif 19 du Pacte mondial.",
            "fr",
        ),
    ],
)
def test_an_objectives_number_is_no_count_of_returnees(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- dates: "introduced in" dates an initiative's start ------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Introduced in 2019, the Returnee Grant Scheme helps returnees start a business.", "en"),
        ("The Returnee Grant Scheme was introduced in 2019 to help returnees.", "en"),
        ("Introduit en 2019, le Programme de subventions (PSR) aide les migrants de retour.", "fr"),
    ],
)
def test_introduced_in_dates_the_start(body: str, lang: str) -> None:
    (initiative,) = news(f"Accra – {body}", lang).initiatives
    assert val(initiative.start) == "2019"


# --- dates: "since the start of the project in 2020" dates the project --------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Freetown – Since the start of the project in 2020, 1,325 migrants have been assisted "
            "to return to Sierra Leone under the Safe Return Project.",
            "en",
        ),
        (
            "Rabat – Depuis le lancement du programme en 2020, 3 200 migrants ont été aidés à "
            "rentrer du Maroc dans le cadre du Programme d’aide au retour (PAR).",
            "fr",
        ),
    ],
)
def test_since_the_start_of_the_initiative_dates_it(body: str, lang: str) -> None:
    (initiative,) = news(body, lang).initiatives
    assert val(initiative.start) == "2020"


def test_since_the_start_of_a_phase_does_not_date_the_initiative() -> None:
    body = (
        "Freetown – Since the start of the current phase in 2022, 1,146 migrants have been "
        "assisted to return to Sierra Leone under the Safe Return Project."
    )
    (initiative,) = news(body, "en").initiatives
    assert val(initiative.start) is None


# --- dates: a period opening the sentence before "the project" dates it --------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "period"),
    [
        (
            "From January 2021 to December 2023, the project supported the Diaspora Office.",
            "en",
            ("2021-01", "2023-12"),
        ),
        (
            "Entre 2019 y 2021, este proyecto acompañó a la Cancillería en la atención a las "
            "personas que regresan.",
            "es",
            ("2019", "2021"),
        ),
    ],
)
def test_a_period_opening_a_sentence_about_the_project_dates_it(
    sentence: str, lang: str, period: tuple[str, str]
) -> None:
    intro = {
        "en": "HOPE, a project of IOM Ghana, works with the diaspora.",
        "es": "HOPE, un proyecto de la OIM Perú, trabaja con la diáspora.",
    }[lang]
    (initiative,) = _office(f"{intro} {sentence}\n", lang).initiatives
    assert (val(initiative.start), val(initiative.end)) == period


def test_a_period_opening_a_sentence_that_counts_returns_dates_only_them() -> None:
    text = (
        "HOPE, a project of IOM Chile, works with returnees. Between 2014 and 2016, the "
        "project helped 486 Ecuadorians return voluntarily from Chile.\n"
    )
    (initiative,) = _office(text, "en").initiatives
    assert (val(initiative.start), val(initiative.end)) == (None, None)


# --- dates: "ejecutó", "a exécuté" state an implementation period --------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Quito – Entre marzo de 2021 y febrero de 2023, la OIM en Ecuador ejecutó el proyecto "
            "Reintegración sostenible de personas retornadas (RESER).",
            "es",
        ),
        (
            "Dakar – Entre mars 2021 et février 2023, l’OIM a exécuté le projet Réintégration "
            "durable des migrants de retour (REDUR).",
            "fr",
        ),
    ],
)
def test_a_period_of_execution_dates_the_project(body: str, lang: str) -> None:
    (initiative,) = news(body, lang).initiatives
    assert (val(initiative.start), val(initiative.end)) == ("2021-03", "2023-02")


# --- fundings: a giver that announced a contribution, an adverb between or not ------------------


@pytest.mark.parametrize(
    ("body", "lang", "giver"),
    [
        (
            "Rabat – Le Gouvernement du Royaume des Pays-Bas a par ailleurs annoncé une "
            "contribution de 1,5 million d’euros au programme.",
            "fr",
            "Gouvernement du Royaume des Pays-Bas",
        ),
        (
            "Rabat – The Government of the Netherlands announced a contribution of EUR 1.5 "
            "million to the programme.",
            "en",
            "Government of the Netherlands",
        ),
        (
            "Lima – El Gobierno de Chile anunció un aporte de 1,5 millones de euros al programa.",
            "es",
            "Gobierno de Chile",
        ),
    ],
)
def test_a_giver_that_announced_a_contribution_gives_it(body: str, lang: str, giver: str) -> None:
    assert [val(f.funder) for f in news(body, lang).fundings] == [giver]


# --- practice pages: a teaser line that holds a full sentence is no heading --------------------


def test_teasers_holding_full_sentences_are_records_not_headings() -> None:
    teasers = [
        "Established in 2020, the Regional Network of Return Counsellors in the Western Balkans "
        "(ReNeC-WB) brings together 45 counsellors. The network meets twice a year to exchange "
        "case experience and...",
        "When the pandemic closed borders in 2020, thousands of labour migrants were stranded "
        "abroad. Charter flights were then organized by the Government of Kyrgyzstan and...",
        "Return migration to Guatemala has increased steadily over the past decade. In "
        "response, municipal governments set up local employment windows where returnees...",
    ]
    found = teaser_listing(*teasers)
    assert titles(found) == [
        "Regional Network of Return Counsellors in the Western Balkans (ReNeC-WB)"
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Returnee Reintegration in Ghana", True),
        ("Returnees register online. Counsellors then call them back", False),
        ("Assistance to U.S. Returnees in Mexico", True),
    ],
)
def test_a_line_holding_a_sentence_end_and_another_start_is_no_heading(
    line: str, heading: bool
) -> None:
    assert is_heading_text(line) is heading


@pytest.mark.parametrize(
    ("word", "acronym"), [("ReNeC-WB", True), ("ReStart", False), ("IOM", True)]
)
def test_an_acronym_may_mix_a_few_lower_case_letters_among_its_capitals(
    word: str, acronym: bool
) -> None:
    assert is_acronym(word) is acronym


# --- events: "who received" says who people are, it tells no handover -------------------------


def test_people_who_received_support_are_no_handover() -> None:
    body = (
        "Accra – In many countries of origin in West Africa, returnees who received "
        "reintegration support report that stigma remains the main obstacle."
    )
    assert news(body, "en").events == []


def test_a_body_that_received_equipment_is_still_a_handover() -> None:
    body = "Accra – On 3 May 2023, the Ghana Immigration Service received computers from IOM."
    assert [e.event_type for e in news(body, "en").events] == ["other"]


def test_a_defined_acronym_before_a_second_amount_gives_it_and_no_donor_country_stays() -> None:
    body = (
        "Accra – The Regional Return Programme (RRP), funded by the Government of the "
        "Netherlands and the Swiss Agency for Development and Cooperation (SDC), works in Ghana. "
        "The Netherlands has committed EUR 12.5 million and SDC CHF 4 million to the RRP."
    )
    found = news(body, "en")
    assert [(val(f.funder), val(f.currency)) for f in found.fundings] == [
        ("Government of the Netherlands", "EUR"),
        ("Swiss Agency for Development and Cooperation (SDC)", "CHF"),
    ]
    (initiative,) = found.initiatives
    assert [c.value for c in initiative.countries] == ["GHA"]


# --- dates: "since the launch of <a long name (ACR)> in 2021" dates that initiative -------------


def test_since_the_launch_of_a_long_named_initiative_dates_it() -> None:
    body = (
        "Accra – Officials met in Accra on 12 June 2023, the third such gathering since the "
        "launch of the Regional Reintegration Support Programme for West Africa (RRSP-WA) in "
        "2021."
    )
    (initiative,) = news(body, "en").initiatives
    assert val(initiative.start) == "2021"


def test_a_date_after_a_bracketed_aside_is_not_the_start() -> None:
    body = (
        "Quito – El Programa de Retorno Voluntario Asistido desde Chile (Finalizado: marzo de "
        "2017) apoyó a las personas ecuatorianas."
    )
    (initiative,) = news(body, "es").initiatives
    assert val(initiative.start) is None


# --- mentions: "l'Initiative conjointe" for "Initiative conjointe UE-OIM pour la …" --------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Conakry – Ces retours ont été organisés dans le cadre de l’Initiative conjointe "
            "UE-OIM pour la protection et la réintégration des migrants. Financée par l’Union "
            "européenne, l’Initiative conjointe a été lancée en Guinée en avril 2017.",
            "fr",
        ),
        (
            "Lagos – The returns were organized under the EU-IOM Joint Initiative for Migrant "
            "Protection and Reintegration. Funded by the European Union, the Joint Initiative "
            "was launched in Nigeria in April 2017.",
            "en",
        ),
    ],
)
def test_a_capitalised_head_without_its_acronym_is_a_mention(body: str, lang: str) -> None:
    (initiative,) = news(body, lang).initiatives
    assert val(initiative.start) == "2017-04"


# --- fundings: a second amount with its own giver and verb ---------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "givers"),
    [
        (
            "Dakar – The Italian Ministry of Foreign Affairs has contributed EUR 18.5 million to "
            "the programme since 2022, while the Netherlands Ministry of Foreign Affairs "
            "provided an additional EUR 6 million in 2024.",
            "en",
            ["Italian Ministry of Foreign Affairs", "Netherlands Ministry of Foreign Affairs"],
        ),
        (
            "Lomé – The Government of the Netherlands has committed EUR 14 million to the "
            "programme, while the European Union contributes EUR 26.5 million.",
            "en",
            ["Government of the Netherlands", "European Union"],
        ),
    ],
)
def test_a_second_amount_with_its_own_giving_verb_is_its_givers(
    body: str, lang: str, givers: list[str]
) -> None:
    assert [val(f.funder) for f in news(body, lang).fundings] == givers


def test_a_ministrys_gift_under_its_states_funding_is_the_states() -> None:
    body = (
        "Dakar – The Sahel Return Programme (SRP) is funded by the Government of Italy and the "
        "Kingdom of the Netherlands. The Italian Ministry of Foreign Affairs has contributed "
        "EUR 18.5 million to the SRP, while the Netherlands Ministry of Foreign Affairs "
        "provided EUR 6 million."
    )
    found = news(body, "en")
    (initiative,) = found.initiatives
    assert [val(f) for f in initiative.funders] == [
        "Government of Italy",
        "Kingdom of the Netherlands",
    ]
    assert [c.value for c in initiative.countries] == []
