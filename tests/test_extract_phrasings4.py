"""Phrasings of the fourth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near layout or
phrasing must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.extract.prose import read_page
from return_atlas.extract.prose_names import find_named
from return_atlas.normalise.dates import find_day_months, find_period, parse_partial_date
from tests.extraction import doc, news, project, returns, titles, val


def office(text: str, lang: str) -> Extraction:
    """The extraction of an office page of ``text``."""
    return extract_office_page(doc(text), lang)


# --- office pages: project headings over their own label lines -------------------------------

_LABELLED = {
    "en": (
        "Return and reintegration\n\n"
        "Safe Homecoming for Stranded Workers\n"
        "Period: March 2019 - June 2021\n"
        "Donor: Government of Japan\n\n"
        "The project helped workers stranded abroad to go home.\n\n"
        "Skills for Returnees in Rural Areas\n"
        "Duration: 2020-2022\n\n"
        "The programme trained returnees in farming.\n"
    ),
    "fr": (
        "Retour et réintégration\n\n"
        "Projet « Réintégration au village »\n"
        "Durée : 1er janvier 2020 – 31 décembre 2022\n"
        "Bailleur : Fedasil\n\n"
        "Le projet a accompagné les personnes de retour.\n\n"
        "Programme d’appui aux mineurs de retour (PAMIR)\n"
        "Durée : 2019-2021\n\n"
        "Ce programme s’adressait aux mineurs.\n"
    ),
    "es": (
        "Retorno y reintegración\n\n"
        "Proyecto “Volver Seguros: reintegración de personas retornadas”\n"
        "Período de ejecución: marzo de 2021 - febrero de 2023\n"
        "Donante: Unión Europea\n\n"
        "El proyecto fortaleció las capacidades del Estado.\n\n"
        "Proyecto “Puentes de Información”\n"
        "Período de ejecución: julio de 2022 - junio de 2024\n\n"
        "El proyecto habilitó puntos de orientación.\n"
    ),
}
_PERIODS = {
    "en": [("2019-03", "2021-06"), ("2020", "2022")],
    "fr": [("2020-01-01", "2022-12-31"), ("2019", "2021")],
    "es": [("2021-03", "2023-02"), ("2022-07", "2024-06")],
}

_DONORS = {"en": "Government of Japan", "fr": "Fedasil", "es": "Unión Europea"}


@pytest.mark.parametrize("lang", sorted(_LABELLED))
def test_each_heading_over_label_lines_is_a_project(lang: str) -> None:
    ex = office(_LABELLED[lang], lang)
    section = _LABELLED[lang].split("\n", 1)[0]
    assert section not in titles(ex)  # the section heading above them is not a project
    assert len(ex.initiatives) == 2
    assert [(val(i.start), val(i.end)) for i in ex.initiatives] == _PERIODS[lang]
    assert [val(f) for f in ex.initiatives[0].funders] == [_DONORS[lang]]


def test_one_heading_over_label_lines_is_the_project_not_the_section_heading() -> None:
    text = (
        "Return and reintegration\n\n"
        "Safe Homecoming for Stranded Workers\n"
        "Period: March 2019 - June 2021\n\n"
        "The project helped workers stranded abroad to go home.\n"
    )
    assert titles(office(text, "en")) == ["Safe Homecoming for Stranded Workers"]


def test_a_heading_over_other_label_lines_is_not_a_project() -> None:
    # "Contact:" is no project field: the heading above it stays what it was (no new project)
    text = (
        "Return and reintegration\n\n"
        "Safe Homecoming for Stranded Workers (March 2019 - June 2021)\n\n"
        "The project helped workers stranded abroad to go home.\n\n"
        "Our office in Tunis\n"
        "Contact: the front desk\n"
    )
    assert titles(office(text, "en")) == ["Safe Homecoming for Stranded Workers"]


def test_a_label_date_does_not_replace_the_same_date_stated_more_precisely() -> None:
    text = (
        "Retour et réintégration\n\n"
        "Programme d’appui aux mineurs de retour (PAMIR)\n"
        "Durée : 2019-2021\n\n"
        "Ce programme s’adressait aux mineurs. Il a été clôturé en décembre 2021.\n\n"
        "Projet « Réintégration au village »\n"
        "Durée : 2020-2022\n\n"
        "Le projet a accompagné les personnes de retour.\n"
    )
    first = office(text, "fr").initiatives[0]
    assert (val(first.start), val(first.end)) == ("2019", "2021-12")


# --- news releases: headlines with a plural subject, fundings of an anaphoric sentence --------


@pytest.mark.parametrize("verb", ["Launch", "Sign", "Inaugurate", "Unveil", "Host"])
def test_a_headline_with_a_plural_subject_is_not_a_name(verb: str) -> None:
    headline = f"IOM and Norway {verb} Programme to Support Returnees in the North"
    body = (
        "Tromsø, 3 May 2021 – IOM and Norway today launched the Northern Return "
        "Support (NORS) programme. The NORS programme runs for three years."
    )
    assert headline not in titles(news(body, "en", headline))


def test_a_funding_goes_to_the_initiative_its_sentence_speaks_of() -> None:
    body = (
        "Erbil, 12 September 2022 – IOM today launched the Community Return Support (CORS) "
        "programme with the Ministry of Migration. Funded with EUR 6 million from BMZ, the "
        "three-year programme will be implemented by IOM. The CORS programme also works "
        "with the Migrant Resource Centre of Erbil, which opened in 2019."
    )
    ex = news(body, "en", "New Return Programme for Northern Iraq")
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [("BMZ", 6000000.0)]
    assert ex.fundings[0].recipient_title == "Community Return Support (CORS)"


@pytest.mark.parametrize(
    ("body", "lang", "title", "funder"),
    [
        (
            "Banjul – Returnees received business grants on Thursday at a ceremony organized by "
            "IOM. The grants are financed by the European Union under the Northern Return "
            "Programme (NRP).",
            "en",
            "Northern Return Programme (NRP)",
            "European Union",
        ),
        (
            "Dakar – Des personnes de retour ont reçu des kits jeudi. Les kits sont financés par "
            "le Japon dans le cadre du Programme Retour Digne (PRD).",
            "fr",
            "Programme Retour Digne (PRD)",
            "Japon",
        ),
        (
            "Lima – Las personas retornadas recibieron capital semilla. El capital es financiado "
            "por Canadá en el marco del Programa Regreso Seguro (PRS).",
            "es",
            "Programa Regreso Seguro (PRS)",
            "Canadá",
        ),
    ],
)
def test_a_funder_before_a_channel_funds_the_initiative_after_it(
    body: str, lang: str, title: str, funder: str
) -> None:
    ex = news(body, lang, "Something Happened Somewhere")
    drafts = {val(i.title): [val(f) for f in i.funders] for i in ex.initiatives}
    assert drafts.get(title) == [funder]


# --- funders whose names start with a lower-case organisation word (fr, es) -------------------


@pytest.mark.parametrize(
    ("body", "lang", "funder"),
    [
        (
            "Tunis – Ce vol s’inscrit dans le projet « Retour Sûr » (RESU), financé par le "
            "ministère italien des Affaires étrangères à hauteur de 1,8 million d’euros.",
            "fr",
            "ministère italien des Affaires étrangères",
        ),
        (
            "Tegucigalpa – El centro fue financiado por el gobierno de Japón con un aporte de "
            "2 millones de dólares.",
            "es",
            "gobierno de Japón",
        ),
        (
            "Dakar – L’atelier a été financé par la coopération allemande à hauteur de "
            "300 000 euros.",
            "fr",
            "coopération allemande",
        ),
    ],
)
def test_a_lower_case_organisation_word_starts_a_funders_name(
    body: str, lang: str, funder: str
) -> None:
    assert [val(f.funder) for f in news(body, lang, "Quelque chose").fundings] == [funder]


def test_a_lower_case_organisation_word_alone_names_no_funder() -> None:
    body = "Dakar – L’atelier a été financé par le gouvernement à hauteur de 300 000 euros."
    assert news(body, "fr", "Quelque chose").fundings == []


def test_headings_over_a_paragraph_then_label_lines_are_projects() -> None:
    text = (
        "Retorno y Reintegración\n\n"
        "Proyectos\n\n"
        "Centro de Atención al Migrante Retornado (CAMR)\n"
        "La OIM apoya al Gobierno en la recepción digna de las personas retornadas.\n"
        "Donante: Unión Europea\n"
        "Período: octubre de 2015 – septiembre de 2020\n\n"
        "Proyecto de Reintegración Comunitaria (REINCO)\n"
        "El proyecto crea unidades municipales de atención.\n"
        "Estado: En curso\n\n"
        "Iniciativa Regional de Retorno Digno\n"
        "El país participa también en la iniciativa regional.\n"
    )
    ex = office(text, "es")
    assert titles(ex) == [
        "Centro de Atención al Migrante Retornado (CAMR)",
        "Proyecto de Reintegración Comunitaria (REINCO)",
        "Iniciativa Regional de Retorno Digno",
    ]
    assert (val(ex.initiatives[0].start), val(ex.initiatives[0].end)) == ("2015-10", "2020-09")


def test_paragraphs_opened_by_a_title_and_its_acronym_are_projects() -> None:
    text = (
        "Return and Reintegration\n\n"
        "IOM supports nationals who wish to return home from abroad.\n\n"
        "Voluntary Return Programme from the U.K. to Sri Lanka (VRP-UK). Duration: January "
        "2016 – March 2019. The programme helped people return home.\n\n"
        "Community-Based Reintegration Assistance (CoBRA). The CoBRA project was implemented "
        "from 2014 to 2017 in the Northern Province.\n\n"
        "Better Jobs, Better Lives (BJBL). The project ran in 2018.\n"
    )
    ex = office(text, "en")
    assert titles(ex) == [
        "Voluntary Return Programme from the U.K. to Sri Lanka (VRP-UK)",
        "Community-Based Reintegration Assistance (CoBRA)",
    ]  # a comma inside makes the third opening a sentence rather than a title
    first = ex.initiatives[0]
    assert (val(first.start), val(first.end)) == ("2016-01", "2019-03")  # the label in the prose


# --- French and Spanish names in sentence case -------------------------------------------------


def named(text: str, lang: str) -> list[str]:
    """Titles of the initiatives named in the sentences of ``text``."""
    page = read_page(text, lang)
    return [n.title for s0, s1 in page.sentences() for n in find_named(page, s0, s1)]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Lancé en 2018, le Programme d’appui à la réintégration durable des migrants de "
            "retour au Mali (PARDIM) accompagne les Maliens rentrés.",
            "fr",
            "Programme d’appui à la réintégration durable des migrants de retour au Mali (PARDIM)",
        ),
        (
            "Au Cameroun, le Mécanisme national d’orientation et de référencement des migrants "
            "de retour aide les personnes rentrées.",
            "fr",
            "Mécanisme national d’orientation et de référencement des migrants de retour",
        ),
        (
            "En Honduras, la Estrategia nacional de reintegración de personas retornadas fue "
            "aprobada en 2021.",
            "es",
            "Estrategia nacional de reintegración de personas retornadas",
        ),
    ],
)
def test_a_capitalised_head_inside_a_sentence_names_in_sentence_case(
    text: str, lang: str, title: str
) -> None:
    assert title in named(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Programme de travail chargé pour les équipes de terrain cette année.",  # opens it
        "Les partenaires ont discuté du Programme pilote avec les autorités.",  # too short
    ],
)
def test_no_sentence_case_name_without_a_capitalised_head_inside_the_sentence(text: str) -> None:
    assert named(text, "fr") == []


# --- project pages: the funder the description gives the project ----------------------------


@pytest.mark.parametrize(
    ("description", "lang", "funder"),
    [
        (
            "The project is funded by the Government of Japan and runs for two years.",
            "en",
            "Government of Japan",
        ),
        (
            "Funded by the IOM Development Fund, the project trains officials in three countries.",
            "en",
            "IOM Development Fund",
        ),
        (
            "El proyecto, financiado por el Fondo de la OIM para el Desarrollo, busca fortalecer "
            "las instituciones.",
            "es",
            "Fondo de la OIM para el Desarrollo",
        ),
        (
            "Le projet a été financé par le Royaume de Belgique pour une durée de deux ans.",
            "fr",
            "Royaume de Belgique",
        ),
    ],
)
def test_a_project_page_description_names_the_projects_funder(
    description: str, lang: str, funder: str
) -> None:
    draft = project(description, lang).initiatives[0]
    assert [val(f) for f in draft.funders] == [funder]


def test_a_funder_of_another_initiative_is_not_the_projects() -> None:
    description = (
        "The project builds on the Regional Return Programme, which was funded by the "
        "European Union. It trains officials in three countries."
    )
    assert project(description, "en").initiatives[0].funders == []


def test_a_bracketed_qualifier_is_part_of_a_country_name_in_a_list() -> None:
    draft = project("The project trains officials.", "es").initiatives[0]
    assert [val(c) for c in draft.countries] == ["BOL", "CHL", "PER"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            'The consultation is part of the "Return and Development in Togo" (REDETO) project, '
            "financed by Germany.",
            "en",
            "Return and Development in Togo",
        ),
        (
            'IOM on Monday launched "Kelechek", an online platform that refers returning '
            "migrants to services.",
            "en",
            "Kelechek",
        ),
        (
            "Ce retour s’inscrit dans le cadre du programme d’Aide au retour volontaire et à la "
            "réintégration (AVRR) au départ du Maroc.",
            "fr",
            "Aide au retour volontaire et à la réintégration (AVRR)",
        ),
    ],
)
def test_names_beside_their_initiative_word(text: str, lang: str, title: str) -> None:
    assert title in named(text, lang)


def test_a_quoted_phrase_beside_no_initiative_word_is_no_name() -> None:
    assert named('IOM on Monday launched "Kelechek", an online call for ideas.', "en") == []


def test_funders_listed_after_a_lower_case_organisation_word() -> None:
    body = (
        "Rabat – Le programme est financé par le ministère fédéral allemand des Affaires "
        "étrangères, la Suisse et la Norvège à hauteur de 2 millions d’euros."
    )
    funders = [val(f.funder) for f in news(body, "fr", "Quelque chose").fundings]
    assert funders == [
        "ministère fédéral allemand des Affaires étrangères, la Suisse et la Norvège"
    ]


# --- budgets and gifts in one sentence; dates of "this period"; an office's own figures ------


def test_a_total_amount_is_the_budget_and_a_later_giver_gives_its_share() -> None:
    text = (
        "Retour et réintégration\n\n"
        "Programme d’insertion des jeunes de retour (PIJR)\n"
        "Durée : 2019-2022\n\n"
        "D’un montant total de 2,7 millions d’euros, ce programme est cofinancé par l’Union "
        "européenne (UE) et l’Agence italienne pour la coopération au développement (AICS), qui "
        "y contribue à hauteur de 900 000 euros.\n\n"
        "Projet « Retour digne »\n"
        "Durée : 2020-2021\n\n"
        "Le projet a accompagné les personnes de retour.\n"
    )
    ex = office(text, "fr")
    first = ex.initiatives[0]
    assert (val(first.budget_amount), val(first.budget_currency)) == (2700000.0, "EUR")
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [
        ("Agence italienne pour la coopération au développement (AICS)", 900000.0)
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "head"),
    [
        ("During this period, the programme helped 1,214 Sri Lankans return home.", "en", "Return"),
        ("En ese período, 1.305 hondureños retornaron al país con asistencia.", "es", "Retorno"),
        ("Pendant cette période, 1 305 migrants sont rentrés au pays.", "fr", "Retour"),
    ],
)
def test_a_return_during_this_period_takes_the_projects_period(
    sentence: str, lang: str, head: str
) -> None:
    label = {"en": "Period", "es": "Período", "fr": "Période"}[lang]
    text = f"{head}\n\nSafe Return Programme\n{label}: 2016-2019\n\n{sentence}\n"
    text += f"\nSecond Return Programme\n{label}: 2020-2021\n\nIt went on.\n"
    ret = office(text, lang).returns[0]
    assert (val(ret.start), val(ret.end)) == ("2016", "2019")


def test_an_office_states_returns_before_its_first_project() -> None:
    text = (
        "Retour et réintégration\n\n"
        "Entre avril 2017 et décembre 2021, plus de 9 800 Sénégalais sont rentrés au pays avec "
        "l’appui de l’OIM.\n\n"
        "Projet « Retour digne »\n"
        "Durée : 2020-2021\n\n"
        "Le projet a accompagné les personnes de retour.\n"
    )
    assert [val(r.count) for r in office(text, "fr").returns] == [9800]


# --- practice records: fields of their label lines -----------------------------------------


_AICS = "Italian Agency for Development Cooperation (AICS)"
_RECORD_FIELDS = {
    "fr": ("Période\n2019 - en cours\nFinancement\nUnion européenne\n",
           ("2019", None, "active", ["Union européenne"])),
    "es": ("Timeframe\nStart date: 03/2018\nEnd date: 12/2020\n", ("2018-03", "2020-12", None, [])),
    "en": (f"Timeframe\n2020 - 2023\nFunding\n{_AICS}\n", ("2020", "2023", None, [_AICS])),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(_RECORD_FIELDS))
def test_a_practice_records_label_lines_give_its_period_status_and_funders(lang: str) -> None:
    fields, expected = _RECORD_FIELDS[lang]
    text = (
        "Skip to main content\nRepository of Practices\n"
        "Peer Mentoring for Returning Women in Senegal\n"
        "Summary\nExperienced returnee women accompany newly returned women during their first "
        "year back home and help them to access services and income.\n" + fields
    )
    draft = extract_practice_page(doc(text), lang).initiatives[0]
    got = (val(draft.start), val(draft.end), val(draft.status), [val(f) for f in draft.funders])
    assert got == expected


def test_a_month_and_year_with_a_slash_is_a_date() -> None:
    assert parse_partial_date("Start date: 03/2018") == "2018-03"
    assert parse_partial_date("13/2018") is None  # no month 13: not a date, nor a year
    assert parse_partial_date("14/06/2019") == "2019-06-14"


def test_an_organisation_defining_its_acronym_is_no_initiative() -> None:
    text = (
        "Officials gathered for a workshop, which the Government prepared with the support of "
        "IOM and the International Centre for Migration Policy Development (ICMPD)."
    )
    assert named(text, "en") == []


@pytest.mark.parametrize(
    ("body", "lang", "title", "start"),
    [
        (
            "Quetzaltenango, 14 de febrero de 2022 – La SBS y la OIM inauguraron hoy el Centro "
            "de Recepción Integral Nuevos Horizontes, que atenderá a niñas y niños retornados.",
            "es",
            "Centro de Recepción Integral Nuevos Horizontes",
            "2022-02-14",
        ),
        (
            "Douala – Ouvert en juin 2020, le Guichet Unique des Migrants de Retour (GUMR) a déjà "
            "reçu plus de 900 personnes.",
            "fr",
            "Guichet Unique des Migrants de Retour (GUMR)",
            "2020-06",
        ),
        (
            "Accra – The Migrant Resource Centre of Accra, which opened in March 2021, has "
            "counselled 900 returnees.",
            "en",
            "Migrant Resource Centre of Accra",
            "2021-03",
        ),
    ],
)
def test_a_centre_opens_when_its_initiative_starts(
    body: str, lang: str, title: str, start: str
) -> None:
    found = news(body, lang, "Something Happened").initiatives
    assert {val(i.title): val(i.start) for i in found}.get(title) == start


# --- event days written without their year; "on the same day" -------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start"),
    [
        (
            "Niamey, le 7 février 2022 – Au total, 412 migrants ont été rapatriés. Une cérémonie "
            "d’accueil s’est tenue le 5 février à l’aéroport de Conakry.",
            "fr",
            "2022-02-05",
        ),
        (
            "Dhaka, 14 March 2023 – A total of 153 migrants returned home today. On the same day, "
            "IOM and the Ministry held a coordination meeting in Dhaka.",
            "en",
            "2023-03-14",
        ),
        (
            "Lima, 3 de mayo de 2021 – Las autoridades agradecieron el apoyo. El taller de "
            "validación se realizó el 28 de abril en Piura.",
            "es",
            "2021-04-28",
        ),
    ],
)
def test_an_event_day_without_its_year_takes_the_datelines_year(
    body: str, lang: str, start: str
) -> None:
    assert [val(e.start) for e in news(body, lang, "Something Happened").events] == [start]


def test_day_and_month_without_a_year() -> None:
    assert find_day_months("s’est tenue le 5 février à Conakry") == [(2, 5, 15, 24)]
    assert find_day_months("on March 5, the team") == [(3, 5, 3, 10)]
    assert find_day_months("on 5 March 2021 in Accra") == []  # a full date, not this


# --- returns: routes, two-word nouns, children, parts after the figure -----------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Aden – IOM has helped 4,610 migrants return voluntarily from Yemen to Ethiopia.",
            "en",
            [(4610, "YEM", "ETH")],
        ),
        (
            "Colombo – In 2010, IOM Colombo assisted 1,187 stranded migrant workers to return from "
            "Jordan, Lebanon and Kuwait to Sri Lanka.",
            "en",
            [(1187, None, "LKA")],
        ),
        (
            "Ciudad de México – Desde 2021, la OIM ha apoyado el retorno de 1.146 personas "
            "migrantes desde México hacia El Salvador, Guatemala y Honduras.",
            "es",
            [(1146, "MEX", None)],
        ),
        (
            "Bruxelles – En 2021, 1 127 personnes sont rentrées de Belgique dans leur pays "
            "d’origine avec le soutien du projet.",
            "fr",
            [(1127, "BEL", None)],
        ),
        (
            "Tegucigalpa – Between 2018 and 2020, 3,412 unaccompanied children were returned to "
            "Honduras from Mexico.",
            "en",
            [(3412, "MEX", "HND")],
        ),
        (
            "Yerevan – In 2016, 214 Armenian nationals returned from Belgium with IOM assistance, "
            "38 of them children.",
            "en",
            [(214, "BEL", "ARM")],
        ),
        (
            "Ciudad de México – Un total de 64 personas migrantes salvadoreñas, entre ellas 19 "
            "niñas y niños, regresaron hoy a San Salvador en un vuelo de la OIM.",
            "es",
            [(64, "MEX", "SLV")],
        ),
    ],
)
def test_return_routes_nouns_and_parts(
    body: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(body, lang, "Something Happened")) == expected


def test_a_name_ending_with_its_acronym_takes_no_lower_case_tail() -> None:
    text = "Desde 2018, la Red ACORE nació para ordenar la respuesta en los departamentos."
    assert "Red ACORE nació para ordenar la respuesta en los departamentos" not in named(text, "es")


def test_a_fronted_participle_clause_funds_the_subject_after_it() -> None:
    body = (
        "Ouagadougou – Le ministère a lancé le Mécanisme national d’orientation des migrants de "
        "retour (MNOR). Élaboré avec l’appui financier du Fonds fiduciaire d’urgence pour "
        "l’Afrique, le MNOR doit orienter chaque migrant de retour."
    )
    drafts = {
        val(i.title): [val(f) for f in i.funders] for i in news(body, "fr", "Titre").initiatives
    }
    title = "Mécanisme national d’orientation des migrants de retour (MNOR)"
    assert drafts[title] == ["Fonds fiduciaire d’urgence pour l’Afrique"]


def test_a_funding_of_the_centre_goes_to_the_one_centre_told_of() -> None:
    body = (
        "Quetzaltenango – La OIM inauguró el Centro de Recepción Integral Nuevos Horizontes, "
        "que forma parte de la Estrategia Nacional de Atención a la Niñez Migrante. La "
        "construcción del centro fue financiada por el Gobierno de Canadá, con un aporte de "
        "1.250.000 dólares."
    )
    ex = news(body, "es", "Nuevo centro")
    assert [f.recipient_title for f in ex.fundings] == [
        "Centro de Recepción Integral Nuevos Horizontes"
    ]


# --- events that are not: a noun folded like a verb, a participle opening a sentence ---------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tunis – Ils pourront bénéficier d’un appui sous forme de formation professionnelle.",
            "fr",
        ),
        (
            "Bamako – Lancé en 2018, le Programme d’appui aux migrants de retour (PAMIR) "
            "accompagne les Maliens rentrés.",
            "fr",
        ),
        (
            "Accra – Launched in 2019, the Ghana Return Support Programme helps returnees.",
            "en",
        ),
    ],
)
def test_no_event_in(body: str, lang: str) -> None:
    assert news(body, lang, "Quelque chose").events == []


def test_a_rounded_headline_figure_is_the_figure_the_text_states() -> None:
    ex = news(
        "Aden – Two hundred and twelve Ethiopian migrants returned home from Yemen today.",
        "en",
        "Over 200 Stranded Ethiopian Migrants Return Home from Yemen",
    )
    assert [val(r.count) for r in ex.returns] == [212]


def test_a_headline_figure_the_text_does_not_state_is_kept() -> None:
    ex = news(
        "Aden – The migrants returned home from Yemen today.", "en", "IOM Helps 96 Migrants Return"
    )
    assert [val(r.count) for r in ex.returns] == [96]


def test_a_number_after_a_definite_article_counts_no_returnees() -> None:
    body = (
        "Podgorica – A workshop on return counselling brought together 46 officials from the "
        "six beneficiaries."
    )
    assert news(body, "en", "Something Happened").returns == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Colombo – The COVID-19 pandemic hit Sri Lankan migrant workers hard, and many "
            "returned home.",
            "en",
        ),
        (
            "Bissau – Based on interviews with 430 returnees, the study on return finds that "
            "land remains the main obstacle.",
            "en",
        ),
        (
            "Dakar – L’étude sur le retour repose sur des entretiens avec 250 migrants de retour.",
            "fr",
        ),
    ],
)
def test_numbers_that_count_no_returns(body: str, lang: str) -> None:
    assert news(body, lang, "Something Happened").returns == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Entre enero y agosto de 2019, la OIM apoyó", ("2019-01", "2019-08")),
        ("Entre janvier et septembre 2019, plus de", ("2019-01", "2019-09")),
        ("Between January and July 2019, 15,472 returned", ("2019-01", "2019-07")),
        ("between July and January 2019", None),  # backwards: no period
    ],
)
def test_two_months_of_one_year_make_a_period(text: str, period: tuple[str, str] | None) -> None:
    got = find_period(text)
    assert (got[:2] if got else None) == period


def test_a_return_figure_since_the_beginning_of_a_year_starts_then() -> None:
    body = (
        "Dhaka – Today's flight brings to 1,027 the number of Bangladeshis IOM has helped to "
        "voluntarily return from Libya since the beginning of 2023."
    )
    assert [val(r.start) for r in news(body, "en", "Something Happened").returns] == ["2023"]


@pytest.mark.parametrize(
    ("body", "lang", "title", "start"),
    [
        (
            "Porto-Novo – La Plateforme numérique de la diaspora béninoise met en relation les "
            "membres de la diaspora. Elle a été lancée en 2019 par le Ministère.",
            "fr",
            "Plateforme numérique de la diaspora béninoise",
            "2019",
        ),
        (
            "Accra – The Migrant Resource Centre of Accra counsels returnees. It was opened in "
            "March 2021 by the Ministry of the Interior.",
            "en",
            "Migrant Resource Centre of Accra",
            "2021-03",
        ),
    ],
)
def test_a_sentence_opened_by_a_pronoun_goes_on_about_the_initiative_before(
    body: str, lang: str, title: str, start: str
) -> None:
    found = news(body, lang, "Something Happened").initiatives
    assert {val(i.title): val(i.start) for i in found}.get(title) == start


def test_a_name_ends_before_the_amount_it_gives() -> None:
    body = (
        "Dakar – Le projet Retour Digne (REDI) est financé par le Gouvernement du Japon à "
        "hauteur de 1,2 million de dollars."
    )
    assert [val(f.funder) for f in news(body, "fr", "Titre").fundings] == ["Gouvernement du Japon"]


def test_a_donors_country_is_not_where_the_initiative_works() -> None:
    body = (
        "Erbil – IOM and the German Federal Ministry for Economic Cooperation and Development "
        "(BMZ) launched the Community Stabilization (COST) programme in Iraq."
    )
    found = news(body, "en", "Something Happened").initiatives
    countries = {val(i.title): [val(c) for c in i.countries] for i in found}
    assert countries["Community Stabilization (COST)"] == ["IRQ"]


def test_an_event_in_an_unknown_town_of_a_one_country_project_is_in_that_country() -> None:
    description = (
        "Un atelier régional de restitution a réuni à Kolda, du 12 au 14 novembre 2018, les "
        "représentants du gouvernement."
    )
    text = (
        "Appui à la réintégration au Sénégal\n\n  • Date de début\n    2017\n  • Statut du projet\n"
        "    Achevé\n  • Prima ID\n    XX10P0001\n  • Projet ID\n    LM.0001\n"
        "  • États membres bénéficiaires\n    Sénégal\n\n" + description + "\n"
    )
    events = extract_project_page(doc(text), "fr").events
    assert [(val(e.city), val(e.country)) for e in events] == [("Kolda", "SEN")]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Depuis 2005, l’OIM met en œuvre un programme d’aide au retour volontaire et à la "
            "réintégration (AVRR) au profit des migrants.",
            "fr",
            "programme d’aide au retour volontaire et à la réintégration (AVRR)",
        ),
        (
            "La OIM ejecuta el programa de retorno voluntario asistido (RVA) desde 2019.",
            "es",
            "programa de retorno voluntario asistido (RVA)",
        ),
    ],
)
def test_a_lower_case_name_before_its_acronym(text: str, lang: str, title: str) -> None:
    assert title in named(text, lang)


def test_a_channel_word_before_an_acronym_names_nothing() -> None:
    text = "Le vol a eu lieu dans le cadre de l’aide au retour volontaire (ARV) de l’OIM."
    assert named(text, "fr") == []


def test_two_funders_joined_by_y_del_stay_two() -> None:
    text = (
        "Retorno y reintegración\n\n"
        "Programa de Retorno Voluntario Asistido desde Chile (2014 - 2016)\n\n"
        "El programa facilitó el retorno voluntario de 486 ecuatorianos desde Chile, con el "
        "cofinanciamiento del Gobierno de Chile y del Fondo de la OIM para el Desarrollo.\n"
    )
    draft = office(text, "es").initiatives[0]
    assert [val(f) for f in draft.funders] == [
        "Gobierno de Chile",
        "Fondo de la OIM para el Desarrollo",
    ]


def test_a_possessive_inside_a_funders_name_keeps_it_whole() -> None:
    text = (
        "Return and Reintegration\n\n"
        "Community-Based Reintegration Assistance (CoBRA). The CoBRA project was implemented "
        "from 2014 to 2017 with funding from the Australian Government's Department of Home "
        "Affairs.\n\n"
        "Skills for Returnees (SKILL). The SKILL project ran in 2018.\n"
    )
    draft = office(text, "en").initiatives[0]
    assert [val(f) for f in draft.funders] == ["Australian Government's Department of Home Affairs"]
