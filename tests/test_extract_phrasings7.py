"""Phrasings of the seventh prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from return_atlas.build import build
from return_atlas.classify import classify
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.normalise.dates import find_period
from return_atlas.normalise.money import find_amounts
from return_atlas.read.privacy import mask_personal_data
from tests.extraction import doc, news, returns, titles, val

# --- initiatives: a name does not start with the date before it ------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Conakry – IOM and the Government of Guinea officially launched on 26 November 2024 "
            "the Community Reintegration and Resilience Initiative (CRRI), a four-year programme.",
            "en",
            "Community Reintegration and Resilience Initiative (CRRI)",
        ),
        (
            "Conakry – L'OIM et le Gouvernement guinéen ont lancé le 26 novembre 2024 le "
            "Programme Communautaire de Réintégration (PCR), prévu pour quatre ans.",
            "fr",
            "Programme Communautaire de Réintégration (PCR)",
        ),
    ],
)
def test_a_name_leaves_out_the_date_before_it(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


# --- initiatives: an embassy's country is the donor's -----------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Dakar – IOM launched the Community Reintegration Initiative (CRI) in Senegal. "
            "“We are proud to support this initiative,” said the Head of Cooperation at the "
            "Embassy of the Kingdom of the Netherlands in Dakar.",
            "en",
        ),
        (
            "Dakar – L'OIM a lancé l'Initiative de Réintégration Communautaire (IRC) au Sénégal. "
            "« Nous sommes fiers de soutenir cette initiative », a déclaré le chef de la "
            "coopération à l'ambassade suisse à Dakar.",
            "fr",
        ),
        (
            "Dakar – La OIM lanzó la Iniciativa de Reintegración Comunitaria (IRC) en Senegal. "
            "«Estamos orgullosos de apoyar esta iniciativa», dijo el jefe de cooperación de la "
            "Embajada de España en Dakar.",
            "es",
        ),
    ],
)
def test_an_embassys_country_is_no_country_of_the_initiative(body: str, lang: str) -> None:
    (ini,) = news(body, lang).initiatives
    assert [c.value for c in ini.countries] == ["SEN"]


def test_a_country_after_an_embassy_word_but_not_its_own_stays() -> None:
    (ini,) = news(
        "Dakar – The Embassy launched, with IOM, the Community Reintegration Initiative (CRI) "
        "in Senegal and Mali.",
        "en",
    ).initiatives
    assert [c.value for c in ini.countries] == ["SEN", "MLI"]


# --- initiatives: a stated period dates it better than its launch -----------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start", "end"),
    [
        (
            "Conakry – IOM officially launched on 26 November 2024 the Community Reintegration "
            "Initiative (CRI). The initiative will run from December 2024 to November 2028.",
            "en",
            "2024-12",
            "2028-11",
        ),
        (
            "Conakry – L'OIM a lancé le 26 novembre 2024 l'Initiative de Réintégration "
            "Communautaire (IRC). L'initiative se déroulera de décembre 2024 à novembre 2028.",
            "fr",
            "2024-12",
            "2028-11",
        ),
        (
            "Conakry – La OIM lanzó el 26 de noviembre de 2024 la Iniciativa de Reintegración "
            "Comunitaria (IRC). La iniciativa se extenderá de diciembre de 2024 a noviembre de "
            "2028.",
            "es",
            "2024-12",
            "2028-11",
        ),
    ],
)
def test_a_stated_period_dates_the_initiative(body: str, lang: str, start: str, end: str) -> None:
    (ini,) = news(body, lang).initiatives
    assert (val(ini.start), val(ini.end)) == (start, end)


def test_a_launch_date_alone_still_starts_the_initiative() -> None:
    (ini,) = news(
        "Conakry – IOM officially launched on 26 November 2024 the Community Reintegration "
        "Initiative (CRI).",
        "en",
    ).initiatives
    assert (val(ini.start), val(ini.end)) == ("2024-11-26", None)


# --- returns: a year after a preposition of time counts no one -------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "The programme was launched in 2015 to help young Ghanaians returning from Libya "
            "to set up small businesses.",
            "en",
        ),
        (
            "Le programme a été lancé en 2015 pour aider les jeunes migrants rentrés de Libye à "
            "créer de petites entreprises.",
            "fr",
        ),
        (
            "El programa se creó desde 2015 para ayudar a los jóvenes migrantes retornados de "
            "Libia a crear pequeñas empresas.",
            "es",
        ),
    ],
)
def test_a_year_after_a_preposition_is_no_count(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


def test_a_count_that_looks_like_a_year_still_counts_without_a_preposition() -> None:
    ex = news("IOM helped 2015 migrants return from Libya to Ghana last year.", "en")
    assert returns(ex) == [(2015, "LBY", "GHA")]


# --- returns: people living abroad did not return ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "The country is now one of origin, destination and return: some 900,000 Paraguayans "
            "live abroad, mostly in Argentina and Spain.",
            "en",
        ),
        (
            "Le pays est à la fois d'origine, de destination et de retour : près de 900 000 "
            "Paraguayens vivent à l'étranger.",
            "fr",
        ),
        (
            "El país es de origen, destino y retorno: cerca de 900.000 paraguayos residen en el "
            "exterior, sobre todo en la Argentina.",
            "es",
        ),
    ],
)
def test_people_living_abroad_are_no_return(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


# --- money: an ISO 4217 code written in capitals ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("loans of up to NPR 1,000,000 to returnees", (1_000_000.0, "NPR")),
        ("start-up grants of up to GHS 8,000 each", (8_000.0, "GHS")),
        ("une subvention de 150 000 XOF par personne", (150_000.0, "XOF")),
        ("un fondo de 2 millones MXN para retornados", (2_000_000.0, "MXN")),
    ],
)
def test_an_iso_currency_code_makes_an_amount(text: str, amount: tuple[float, str]) -> None:
    assert [(value, code) for value, code, _, _ in find_amounts(text)] == [amount]


@pytest.mark.parametrize(
    "text", ["all 3 returned home", "ALL 1,000 MIGRANTS RETURNED", "the IOM ABC 5,000 plan"]
)
def test_a_word_or_capitals_are_no_currency_code(text: str) -> None:
    assert find_amounts(text) == []


def test_an_amount_in_a_currency_code_counts_no_returnees() -> None:
    ex = news(
        "The fund offers loans of up to NPR 1,000,000 to returning migrant workers who return "
        "home to start a business.",
        "en",
    )
    assert returns(ex) == []


# --- returns: parts of a total given in the next sentence -------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "In 2023, IOM assisted 1,386 migrants to return voluntarily from Panama. Of these, "
            "512 returned to Ecuador, 431 to Colombia and 298 to Venezuela.",
            "en",
        ),
        (
            "En 2023, l'OIM a aidé 1 386 migrants à rentrer volontairement depuis le Panama. Sur "
            "ce total, 512 sont rentrés en Équateur, 431 en Colombie et 298 au Venezuela.",
            "fr",
        ),
        (
            "Durante 2023, la OIM asistió a 1.386 personas migrantes a retornar desde Panamá. "
            "Del total de personas asistidas, 512 retornaron a Ecuador, 431 a Colombia y 298 a "
            "Venezuela.",
            "es",
        ),
    ],
)
def test_parts_of_a_total_in_the_next_sentence(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [
        (1386, "PAN", None),
        (512, "PAN", "ECU"),
        (431, "PAN", "COL"),
        (298, "PAN", "VEN"),
    ]


# --- returns: the country after a return verb and its adverbs ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "to"),
    [
        ("The programme has helped 300 migrants to return voluntarily to Ethiopia.", "en", "ETH"),
        ("L'OIM a aidé 300 migrants à rentrer volontairement au Mali.", "fr", "MLI"),
        ("300 migrants sont rentrés au Mali avec l'aide de l'OIM.", "fr", "MLI"),
        ("La OIM ayudó a 300 migrantes a retornar voluntariamente a Honduras.", "es", "HND"),
        ("Unos 300 migrantes regresaron a Honduras con la OIM.", "es", "HND"),
    ],
)
def test_the_country_after_a_return_verb_is_where_people_went(
    body: str, lang: str, to: str
) -> None:
    assert returns(news(body, lang)) == [(300, None, to)]


def test_a_flight_towards_a_country_is_not_where_everyone_went() -> None:
    ex = news(
        "Hier, l'OIM a affrété un vol vers le Mali pour 160 migrants de différentes "
        "nationalités, suivi d'un transfert vers la Côte d'Ivoire.",
        "fr",
    )
    assert [to for _, _, to in returns(ex)] == [None]


# --- returns: reintegration help in a clause of its own counts no return ----------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "The programme has supported 6,412 migrants to return to Ethiopia, and has provided "
            "reintegration assistance to more than 4,900 returnees.",
            "en",
        ),
        (
            "Le programme a aidé 6 412 migrants à rentrer en Éthiopie, et a fourni une aide à la "
            "réintégration à plus de 4 900 migrants.",
            "fr",
        ),
        (
            "El programa ayudó a 6.412 migrantes a retornar a Etiopía, y brindó asistencia para "
            "la reintegración a más de 4.900 migrantes.",
            "es",
        ),
    ],
)
def test_reintegration_help_in_its_own_clause_is_no_return(body: str, lang: str) -> None:
    assert [count for count, _, _ in returns(news(body, lang))] == [6412]


def test_return_and_reintegration_of_people_is_a_return() -> None:
    ex = news("Since 2019, IOM has supported the return and reintegration of 300 migrants.", "en")
    assert [count for count, _, _ in returns(ex)] == [300]


# --- initiatives: a budget a news release states ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "budget"),
    [
        (
            "The guide was written under the project Diaspora Return (DIRE). The project, with "
            "a total budget of EUR 640,000, is co-funded by the European Union.",
            "en",
            (640_000.0, "EUR"),
        ),
        (
            "Ce guide a été élaboré dans le cadre du projet DIASPORA-RETOUR. Le projet, doté "
            "d'un budget de 640 000 euros, est cofinancé par l'Union européenne.",
            "fr",
            (640_000.0, "EUR"),
        ),
        (
            "La guía se elaboró en el marco del proyecto Retorno de la Diáspora (REDI). El "
            "proyecto, con un presupuesto de 640.000 euros, está cofinanciado por la Unión "
            "Europea.",
            "es",
            (640_000.0, "EUR"),
        ),
    ],
)
def test_a_budget_stated_in_a_news_release(body: str, lang: str, budget: tuple[float, str]) -> None:
    (ini,) = news(body, lang).initiatives
    assert (val(ini.budget_amount), val(ini.budget_currency)) == budget


# --- organisations: a name holds no date, and a lower-case giver after "et par" ---------------


def test_an_implementer_read_up_to_a_date_leaves_it_out() -> None:
    (ini,) = news(
        "Ce guide a été élaboré dans le cadre du projet DIASPORA-RETOUR, mis en œuvre par l'OIM "
        "France de janvier 2012 à décembre 2013.",
        "fr",
    ).initiatives
    assert [val(i) for i in ini.implementers] == ["OIM France"]
    assert (val(ini.start), val(ini.end)) == ("2012-01", "2013-12")


@pytest.mark.parametrize(
    ("body", "lang", "funders"),
    [
        (
            "Le projet DIASPORA-RETOUR est cofinancé par l'Union européenne et par le ministère "
            "français des Affaires étrangères.",
            "fr",
            ["Union européenne", "ministère français des Affaires étrangères"],
        ),
        (
            "El proyecto Retorno de la Diáspora (REDI) está cofinanciado por la Unión Europea y "
            "por el ministerio de Relaciones Exteriores de Francia.",
            "es",
            ["Unión Europea", "ministerio de Relaciones Exteriores de Francia"],
        ),
    ],
)
def test_a_lower_case_giver_after_and_by(body: str, lang: str, funders: list[str]) -> None:
    (ini,) = news(body, lang).initiatives
    assert [val(f) for f in ini.funders] == funders


# --- fundings: a giving verb after the amount is not the giver's --------------------------------


def test_a_giving_verb_after_the_amount_names_no_other_giver() -> None:
    ex = news(
        "Erbil - The EU and IOM launched the Sustainable Reintegration in Iraq (SURCI) "
        "programme. Funded by the EU with EUR 12 million, SURCI will provide assistance to "
        "returnees.",
        "en",
    )
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [("EU", 12_000_000.0)]
    assert [[val(f) for f in i.funders] for i in ex.initiatives] == [["EU"]]


def test_a_giving_verb_before_the_amount_still_names_the_giver() -> None:
    ex = news(
        "The project Safe Return in Iraq (SRI) is funded by the EU. Japan has also "
        "contributed USD 2 million to the project.",
        "en",
    )
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == [("Japan", 2_000_000.0)]


# --- initiatives: a name with "and" before a lower-case initiative word -----------------------


def test_a_name_with_and_before_a_lower_case_initiative_word() -> None:
    ex = news(
        "The movement is part of the Safe Return and Reintegration programme in Djibouti, "
        "funded by the European Union.",
        "en",
    )
    assert titles(ex) == ["Safe Return and Reintegration"]


def test_capitalised_words_joined_by_and_before_project_stay_unnamed_without_article() -> None:
    assert titles(news("Government and IOM project staff met in Djibouti.", "en")) == []


# --- resolve: a generic programme name is one page's programme, a proper name is shared ------


def _initiative_rows(tmp_path: Path, pages: dict[str, str]) -> list[dict[str, str]]:
    folder = tmp_path / "documents"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    build(folder, tmp_path / "out", workers=1)
    with (tmp_path / "out" / "data" / "initiatives.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


_RVA = (
    "Comunicado\nGlobal\nLa OIM apoya el retorno de migrantes\n{city} – La asistencia se "
    "brindó el 3 de marzo de 2024 en el marco del Programa de Retorno Voluntario Asistido (RVA) "
    "de la OIM {office}, financiado por la Unión Europea. La OIM ha apoyado el retorno de 300 "
    "personas a {home}.\n"
)


def test_a_generic_programme_name_on_two_pages_stays_two_initiatives(tmp_path: Path) -> None:
    rows = _initiative_rows(
        tmp_path,
        {
            "a.txt": _RVA.format(city="Ciudad de México", office="México", home="Honduras"),
            "b.txt": _RVA.format(city="Ciudad de Panamá", office="Panamá", home="Colombia"),
        },
    )
    titles = [r["title"] for r in rows]
    assert titles == ["Programa de Retorno Voluntario Asistido (RVA)"] * 2
    assert all(";" not in r["source_ids"] for r in rows)


def test_a_proper_programme_name_on_two_pages_is_one_initiative(tmp_path: Path) -> None:
    text = (
        "News\n\nIOM supports returnees\n\n{city} – The assistance was given under the "
        "Somos Mexicanos Programme (PSM), funded by the European Union.\n"
    )
    rows = _initiative_rows(
        tmp_path, {"a.txt": text.format(city="Tijuana"), "b.txt": text.format(city="Juárez")}
    )
    (row,) = rows
    assert len(row["source_ids"].split(";")) == 2


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Accra – The support was given under the Migrant Reintegration Programme (MRP) of IOM "
            "Ghana, funded by the European Union.",
            "en",
            "Migrant Reintegration Programme (MRP)",
        ),
        (
            "Dakar – L'appui a été fourni dans le cadre du Programme de Réintégration des "
            "Migrants (PRM) de l'OIM Sénégal, financé par l'Union européenne.",
            "fr",
            "Programme de Réintégration des Migrants (PRM)",
        ),
    ],
)
def test_iom_office_after_a_name_is_its_owner_not_its_name(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


def test_an_iom_fund_after_a_name_stays_in_it() -> None:
    ex = news(
        "Accra – The study was made under the Labour Migration Project of IOM Development Fund, "
        "funded by the European Union.",
        "en",
    )
    assert titles(ex) == ["Labour Migration Project of IOM Development Fund"]


def test_a_name_and_iom_office_joined_by_and_are_two_bodies() -> None:
    ex = news(
        "San Pedro Sula – Las personas retornadas fueron recibidas por funcionarios del Centro "
        "de Atención al Migrante Retornado (CAMR) y de la OIM Honduras.",
        "es",
    )
    assert titles(ex) == ["Centro de Atención al Migrante Retornado (CAMR)"]


# --- initiatives: countries listed after regions that people returned from --------------------


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "Dhaka – IOM today launched the Safe Reintegration Project (SRP) to support "
            "Bangladeshi migrant workers returning from the Gulf Cooperation Council countries, "
            "Malaysia and Singapore.",
            "en",
            ["BGD"],
        ),
        (
            "Erbil – IOM launched the Sustainable Reintegration Programme (SRPI) in Iraq to "
            "support Iraqi migrants returning from Europe and Türkiye.",
            "en",
            ["IRQ"],
        ),
        (
            "Dakar – L'OIM a lancé le Projet de Réintégration Durable (PRD) au Sénégal pour les "
            "migrants de retour du Maghreb, de la Libye et du Niger.",
            "fr",
            ["SEN"],
        ),
        (
            "Quito – La OIM lanzó el Proyecto de Reintegración Sostenible (PRS) en Ecuador para "
            "las personas retornadas desde Europa, Chile y Perú.",
            "es",
            ["ECU"],
        ),
    ],
)
def test_countries_listed_after_regions_left_are_not_where_it_works(
    body: str, lang: str, countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [c.value for c in ini.countries] == countries


# --- initiatives: a system is an initiative's head noun --------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Guatemala City – IOM today launched the Returned Migrants Registration System "
            "(SIREMIR), an online tool.",
            "en",
            "Returned Migrants Registration System (SIREMIR)",
        ),
        (
            "Dakar – L'OIM a lancé aujourd'hui le Système d'Enregistrement des Migrants de Retour "
            "(SEMR), un outil en ligne.",
            "fr",
            "Système d'Enregistrement des Migrants de Retour (SEMR)",
        ),
    ],
)
def test_a_system_is_an_initiative(body: str, lang: str, title: str) -> None:
    assert titles(news(body, lang)) == [title]


def test_systems_in_the_plural_name_a_kind_of_thing() -> None:
    assert (
        titles(news("Dakar – IOM supports National Information Systems in the region.", "en")) == []
    )


# --- initiatives: a quoted name before lower-case words and its noun ------------------------


def test_a_quoted_name_before_modifiers_and_its_initiative_word() -> None:
    ex = news(
        "Yaoundé – The “Bienvenue Chez Toi” peer mentoring network links newly returned "
        "migrants with returnees who have reintegrated.",
        "en",
    )
    assert titles(ex) == ["Bienvenue Chez Toi"]


# --- initiatives: "adopted by … in 2019" starts it, the years of its own name do not --------


def test_adopted_by_a_government_in_a_year_starts_the_initiative() -> None:
    (ini,) = news(
        "Dushanbe – Adopted by the Government of Tajikistan in 2019, the Returning Workers "
        "Reintegration Plan sets out measures for returning migrant workers.",
        "en",
    ).initiatives
    assert val(ini.start) == "2019"


def test_the_years_of_an_adopted_name_are_its_period() -> None:
    (ini,) = news(
        "Tbilisi – The Government of Georgia has adopted its new Migration Strategy 2021-2030, "
        "developed with technical support from IOM.",
        "en",
    ).initiatives
    assert (val(ini.start), val(ini.end)) == ("2021", "2030")


# --- returns: the country left after "return of N <nationality> migrants from"; cities ------


@pytest.mark.parametrize(
    ("body", "lang", "route"),
    [
        (
            "IOM facilitated the voluntary return of 250 Ethiopian migrants from Yemen.",
            "en",
            (250, "YEM", "ETH"),
        ),
        (
            "A total of 250 migrants were flown from Tripoli to Conakry on a charter flight "
            "organized by IOM.",
            "en",
            (250, "LBY", "GIN"),
        ),
        (
            "Au total, 250 migrants ont été rapatriés de Tripoli vers Conakry à bord d'un vol "
            "affrété par l'OIM.",
            "fr",
            (250, "LBY", "GIN"),
        ),
    ],
)
def test_the_route_of_a_return_through_nationalities_and_cities(
    body: str, lang: str, route: tuple[int, str, str]
) -> None:
    assert returns(news(body, lang)) == [route]


# --- events: "yesterday" under a dateline with a full date ----------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "day"),
    [
        (
            "Bamako, 14 March 2024 – IOM and the Government of Mali launched yesterday a new "
            "reintegration project.",
            "en",
            "2024-03-13",
        ),
        (
            "Rabat, le 1er mars 2024 – L'OIM a organisé hier un atelier sur la réintégration.",
            "fr",
            "2024-02-29",
        ),
        (
            "Lima, 1 de enero de 2024 – La OIM inauguró ayer un centro de atención para personas "
            "retornadas.",
            "es",
            "2023-12-31",
        ),
    ],
)
def test_yesterday_is_the_day_before_the_dateline(body: str, lang: str, day: str) -> None:
    assert [val(e.start) for e in news(body, lang).events] == [day]


def test_yesterday_without_a_full_dateline_has_no_date() -> None:
    ex = news("Bamako – IOM and the Government of Mali launched yesterday a new project.", "en")
    assert [val(e.start) for e in ex.events] == [None]


# --- initiatives: "Funded by X, the …" after a dateline; origins after the countries of return


@pytest.mark.parametrize(
    ("body", "lang", "funders", "countries"),
    [
        (
            "Addis Ababa – Funded by the UK, the Better Migration Project (BMP) works with the "
            "governments of Ethiopia, Kenya and Somalia.",
            "en",
            ["UK"],
            ["ETH", "KEN", "SOM"],
        ),
        (
            "Dakar – Financé par la Coopération allemande, le Projet Retour et Emploi (PRE) cible "
            "les jeunes du Sénégal et de la Gambie.",
            "fr",
            ["Coopération allemande"],
            ["SEN", "GMB"],
        ),
        (
            "Quito – Financiado por el Gobierno de Suiza, el Proyecto Volver (PV) apoya a "
            "personas retornadas en Ecuador.",
            "es",
            ["Gobierno de Suiza"],
            ["ECU"],
        ),
    ],
)
def test_a_fronted_funding_clause_after_a_dateline(
    body: str, lang: str, funders: list[str], countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [val(f) for f in ini.funders] == funders
    assert [c.value for c in ini.countries] == countries


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "Dakar – The Safe Return Project (SRP) supports migrants returning to Senegal and The "
            "Gambia from Libya.",
            "en",
            ["SEN", "GMB"],
        ),
        (
            "Dakar – Le Projet Retour Sûr (PRS) soutient les migrants rentrés au Sénégal et en "
            "Gambie depuis la Libye.",
            "fr",
            ["SEN", "GMB"],
        ),
    ],
)
def test_the_country_left_after_the_countries_of_return(
    body: str, lang: str, countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [c.value for c in ini.countries] == countries


# --- language: words French and Spanish share count for both ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Comunicado de prensa\n\nLa OIM ayuda a 300 migrantes a retornar a Honduras\n\n"
            "Tegucigalpa, 12 de marzo de 2024 – La OIM ayudó a 300 migrantes a retornar a "
            "Honduras desde México.",
            "es",
        ),
        (
            "Communiqué de presse\n\nL'OIM aide 300 migrants à rentrer au Niger\n\nNiamey, le 12 "
            "mars 2024 – L'OIM a aidé 300 migrants à rentrer au Niger depuis l'Algérie.",
            "fr",
        ),
    ],
)
def test_a_short_release_is_read_in_its_language(text: str, lang: str) -> None:
    assert classify(text)[1] == lang


def test_the_hub_feed_footer_marks_a_practice_listing() -> None:
    text = (
        "Returnee Peer Mentoring, Cameroon\n\nSubmitted by Ms. Anna Smith on\n\nThe peer "
        "mentoring network links newly returned migrants with returnees.\n\nSubscribe to "
        "Objective 21: Cooperate in facilitating safe and dignified return"
    )
    assert classify(text) == ("practice_page", "en")


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Accra – Under the Ghana Integrated Migration Management Approach (GIMMA) project, "
            "IOM assisted 500 returnees.",
            "en",
            "Ghana Integrated Migration Management Approach (GIMMA)",
        ),
        (
            "Accra – Through the Ghana Integrated Migration Management Approach (GIMMA) project, "
            "IOM assisted 500 returnees.",
            "en",
            "Ghana Integrated Migration Management Approach (GIMMA)",
        ),
    ],
)
def test_a_sentence_opening_channel_word_is_no_part_of_the_name(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


# --- initiatives: the nationality of a public body is the body's -----------------------------


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "Kindia – Le ministère fédéral allemand de la Coopération économique (BMZ) a octroyé "
            "1,2 million d'euros au projet « Tremplin Kindia » en Guinée.",
            "fr",
            ["GIN"],
        ),
        (
            "Tegucigalpa – La cooperación española apoya el proyecto Retorno Digno (PRD) en "
            "Honduras.",
            "es",
            ["HND"],
        ),
    ],
)
def test_a_public_bodys_nationality_is_no_country_of_the_initiative(
    body: str, lang: str, countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [c.value for c in ini.countries] == countries


# --- organisations: a lower-case body noun before the acronym; the acronym gives later -------


def test_a_lower_case_body_noun_and_its_acronym_end_a_funder() -> None:
    ex = news(
        "Sana'a – The Humanitarian Assistance to Stranded Migrants (HASM) programme is funded "
        "by the European Commission's Humanitarian Aid and Civil Protection department (ECHO) "
        "and the UK Department for International Development (DFID). ECHO has provided EUR 3 "
        "million.",
        "en",
    )
    (ini,) = ex.initiatives
    assert [val(f) for f in ini.funders] == [
        "European Commission's Humanitarian Aid and Civil Protection department (ECHO)",
        "UK Department for International Development (DFID)",
    ]
    assert [val(f.funder) for f in ex.fundings] == [
        "European Commission's Humanitarian Aid and Civil Protection department (ECHO)"
    ]


# --- countries: a list goes on through a place named with its article --------------------------


@pytest.mark.parametrize(
    ("body", "lang", "countries"),
    [
        (
            "Accra – The Diaspora Health Project (DHP) mobilizes Ghanaian health professionals "
            "living in the United Kingdom, Germany and the Netherlands for assignments in Ghana.",
            "en",
            ["GHA"],
        ),
        (
            "Accra – The Safe Return Project (SRP) supports migrants returning from Libya, Niger "
            "and the Gambia to Ghana.",
            "en",
            ["GHA"],
        ),
    ],
)
def test_a_list_goes_on_through_a_place_with_its_article(
    body: str, lang: str, countries: list[str]
) -> None:
    (ini,) = news(body, lang).initiatives
    assert [c.value for c in ini.countries] == countries


def test_a_funders_country_is_no_country_wherever_its_name_is_written() -> None:
    (ini,) = news(
        "Maseru – The consultation was organized under the Migration Governance Programme "
        "(MIGP), funded by the Government of Sweden. The programme is supported by the "
        "Government of Sweden over four years and covers Lesotho and Malawi.",
        "en",
    ).initiatives
    assert [c.value for c in ini.countries] == ["LSO", "MWI"]


# --- events: a named dialogue reported as held is an event, not an initiative ----------------


def test_a_named_dialogue_held_is_an_event() -> None:
    ex = news(
        "Kampala – IOM and IGAD concluded a two-day Regional Dialogue on Return and "
        "Reintegration held in Kampala, Uganda, on 16 and 17 October 2024.",
        "en",
        headline="IOM and IGAD Convene Regional Dialogue on Return and Reintegration in Kampala",
    )
    assert titles(ex) == []
    assert [(e.event_type, val(e.start), val(e.end), val(e.city)) for e in ex.events] == [
        ("conference", "2024-10-16", "2024-10-17", "Kampala")
    ]


def test_a_meeting_for_a_named_dialogue_is_one_event_with_its_name() -> None:
    ex = news(
        "Hanoi — Officials from Cambodia and Viet Nam met in Hanoi on 23–24 November 2022 for "
        "the third ASEAN Regional Dialogue on Return and Reintegration.",
        "en",
    )
    assert [(e.event_type, val(e.title), val(e.start)) for e in ex.events] == [
        ("meeting", "ASEAN Regional Dialogue on Return and Reintegration", "2022-11-23")
    ]


def test_a_dialogue_in_lower_case_is_no_event() -> None:
    ex = news(
        "Abidjan – A workshop held in Abidjan on 5 March 2024 included a dialogue targeting "
        "operational challenges.",
        "en",
    )
    assert [e.event_type for e in ex.events] == ["workshop"]


# --- initiatives: "the X Policy of Lesotho" is the country's X Policy ------------------------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Maseru – Officials met in Maseru to validate the draft National Labour Migration "
            "Policy of Lesotho, prepared with IOM.",
            "National Labour Migration Policy",
        ),
        (
            "Bishkek – The Bridges Home Programme of Kyrgyzstan supports labour migrants "
            "returning from the Russian Federation.",
            "Bridges Home Programme",
        ),
        (
            "Tirana – IOM supports the National Strategy of Albania for Reintegration, adopted "
            "by the Government.",
            "National Strategy of Albania for Reintegration",
        ),
    ],
)
def test_a_country_after_of_ends_no_english_name(body: str, title: str) -> None:
    assert titles(news(body, "en")) == [title]


# --- returns: the noun a number counts stands before "and", "to", "et", "y" ------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Information leaflets on voluntary return were prepared in nine languages and "
            "distributed to migrants in the centres.",
            "en",
        ),
        (
            "Des brochures sur le retour volontaire ont été rédigées en neuf langues et "
            "distribuées aux migrants.",
            "fr",
        ),
    ],
)
def test_a_count_of_things_before_and_counts_no_returnees(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []


def test_a_count_of_people_before_and_still_counts() -> None:
    ex = news("IOM helped 120 migrants and their families return from Libya to Niger.", "en")
    assert returns(ex) == [(120, "LBY", "NER")]


# --- returns: several countries left, joined by "en" / "au"; a city and its own country ------


def test_people_stranded_in_several_countries_left_no_one_country() -> None:
    ex = news(
        "Depuis janvier 2017, plus de 3 400 Camerounais bloqués au Niger, en\nLibye et au "
        "Maroc sont rentrés au pays avec l'aide de l'OIM.",
        "fr",
    )
    assert returns(ex) == [(3400, None, "CMR")]


def test_a_city_and_its_own_country_are_one_place_left() -> None:
    ex = news(
        "Dakar – Un convoi de trois bus transportant 137 migrants depuis Niamey, au Niger, est "
        "arrivé à Dakar.",
        "fr",
    )
    assert [(count, origin) for count, origin, _ in returns(ex)] == [(137, "NER")]


# --- events: in English, "a" before a capitalised word is the article, not a place ------------


def test_an_english_article_before_a_name_gives_no_city() -> None:
    ex = news(
        "The Government of Mauritania and IOM on Tuesday opened a Migrant Response Centre in "
        "the mining town of Zouérat.",
        "en",
    )
    assert [val(e.city) for e in ex.events] == [None]


def test_a_french_a_before_a_city_still_gives_it() -> None:
    ex = news("L'OIM a organisé un atelier sur la réintégration à Rabat le 5 mars 2024.", "fr")
    assert [val(e.city) for e in ex.events] == ["Rabat"]


def test_an_event_name_does_not_start_with_the_date_before_it() -> None:
    ex = news(
        "Lomé – Officials met in Lomé, Togo, from 12 to 14 September 2023 for the Regional "
        "Dialogue on Sustainable Reintegration, organized by IOM.",
        "en",
    )
    assert [val(e.title) for e in ex.events] == ["Regional Dialogue on Sustainable Reintegration"]


@pytest.mark.parametrize(
    ("body", "lang", "givers"),
    [
        (
            "Lomé – The Regional Reintegration Programme (RRP) is made possible thanks to the "
            "support of the Government of Denmark (DKK 45 million) and the Government of "
            "Switzerland (CHF 6.5 million).",
            "en",
            [("Government of Denmark", 45_000_000.0), ("Government of Switzerland", 6_500_000.0)],
        ),
        (
            "Lomé – Le Programme Régional de Réintégration (PRR) est rendu possible grâce au "
            "soutien du Gouvernement du Danemark (45 millions DKK).",
            "fr",
            [("Gouvernement du Danemark", 45_000_000.0)],
        ),
        (
            "Quito – El Programa Regional de Reintegración (PRR) es posible gracias al apoyo del "
            "Gobierno de Dinamarca (45 millones DKK).",
            "es",
            [("Gobierno de Dinamarca", 45_000_000.0)],
        ),
    ],
)
def test_made_possible_thanks_to_the_support_of(
    body: str, lang: str, givers: list[tuple[str, float]]
) -> None:
    ex = news(body, lang)
    assert [(val(f.funder), val(f.amount)) for f in ex.fundings] == givers


_POLICY = (
    "News\nGlobal\n{country} Validates its Labour Migration Policy\n{city} – Officials met in "
    "{city} on 5 March 2024 to validate the draft National Labour Migration Policy of "
    "{country}, prepared with IOM.\n"
)


def test_a_national_policy_of_two_countries_is_two_initiatives(tmp_path: Path) -> None:
    rows = _initiative_rows(
        tmp_path,
        {
            "a.txt": _POLICY.format(country="Lesotho", city="Maseru"),
            "b.txt": _POLICY.format(country="Namibia", city="Windhoek"),
        },
    )
    assert [r["title"] for r in rows] == ["National Labour Migration Policy"] * 2


def test_a_national_policy_of_one_country_on_two_pages_is_one(tmp_path: Path) -> None:
    rows = _initiative_rows(
        tmp_path,
        {
            "a.txt": _POLICY.format(country="Lesotho", city="Maseru"),
            "b.txt": _POLICY.format(country="Lesotho", city="Mafeteng"),
        },
    )
    (row,) = rows
    assert len(row["source_ids"].split(";")) == 2


# --- fundings: an amount cue right after a funder gives its gift, not a budget ---------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "San José – El programa Regreso Seguro (PRS), que cuenta con el apoyo de la Unión "
            "Europea por un monto de 850.000 euros, brindará transporte a las personas.",
            "es",
        ),
        (
            "Dakar – Le programme Retour Sûr (PRS), financé par l'Union européenne à hauteur de "
            "850 000 euros, offrira un transport aux migrants.",
            "fr",
        ),
    ],
)
def test_an_amount_cue_after_a_funder_is_a_funding(body: str, lang: str) -> None:
    ex = news(body, lang)
    (ini,) = ex.initiatives
    assert val(ini.budget_amount) is None
    assert [val(f.amount) for f in ex.fundings] == [850_000.0]


def test_an_amount_cue_without_a_funder_is_the_budget() -> None:
    (ini,) = news(
        "San José – El programa Regreso Seguro (PRS), por un monto de 850.000 euros, brindará "
        "transporte a las personas.",
        "es",
    ).initiatives
    assert val(ini.budget_amount) == 850_000.0


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Vilnius – The project Voluntary Return Counselling in Registration Centres (VRC) was "
            "carried out from 01.01.2013 to 31.12.2014.",
            "en",
        ),
        (
            "Vilnius – Le projet « Accompagnement au retour volontaire » (ARV) a été mené du "
            "01.01.2013 au 31.12.2014.",
            "fr",
        ),
        (
            "Vilnius – El proyecto Asesoramiento para el Retorno Voluntario (ARV) se llevó a cabo "
            "del 01.01.2013 al 31.12.2014.",
            "es",
        ),
    ],
)
def test_carried_out_from_to_is_the_initiatives_period(body: str, lang: str) -> None:
    (ini,) = news(body, lang).initiatives
    assert (val(ini.start), val(ini.end)) == ("2013-01-01", "2014-12-31")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Yaoundé – Les activités sont financées par l'Union européenne dans le cadre du "
            "Programme d'appui à la réintégration au Cameroun (PARC).",
            "fr",
        ),
        (
            "Quito – Las actividades son financiadas por la Unión Europea en el marco del "
            "Programa de Apoyo a la Reintegración (PAR).",
            "es",
        ),
    ],
)
def test_a_channels_framework_word_does_not_type_the_name_after_it(body: str, lang: str) -> None:
    assert [i.initiative_type for i in news(body, lang).initiatives] == ["programme"]


# --- practice pages: how a practice began is no launch event ---------------------------------


def test_a_practice_records_launch_is_no_event() -> None:
    text = (
        "Repository of Practices\n\nReintegration Case Management Platform (Georgia)\n\n"
        "Submitted by Ms. Anna Smith on\n\nIn March 2016 the Government of Georgia launched "
        "an online platform that registers returning citizens. A regional workshop on the "
        "platform was held in Tbilisi in November 2018.\n"
    )
    ex = extract_practice_page(doc(text), "en")
    assert [e.event_type for e in ex.events] == ["workshop"]


def test_a_practice_record_titled_with_debris_only_is_read_without_stopping() -> None:
    text = (
        "Repository of Practices\n\nOne-stop reintegration desks, Ethiopia\n\nSubmitted by Mr. "
        "Tomás Ibarra on\n\nSince 2019, the Ministry of Labour has set up one-stop desks.\n\n"
        "«\nSubmitted by Mr. Tomás Ibarra on\n\nThe Toolkit on Community-Based Reintegration "
        "was published in 2021 by the Nigeria Governors' Forum.\n"
    )
    ex = extract_practice_page(doc(text), "en")
    assert not [w for w in ex.warnings if "stopped early" in w]


# --- dates: a range over two months; an article before the second day --------------------------


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        ("from 28 February to 2 March 2024", "en", ("2024-02-28", "2024-03-02")),
        ("du 28 février au 2 mars 2024", "fr", ("2024-02-28", "2024-03-02")),
        ("del 28 de febrero al 2 de marzo de 2024", "es", ("2024-02-28", "2024-03-02")),
        ("entre el 3 y el 5 de marzo de 2024", "es", ("2024-03-03", "2024-03-05")),
        ("du 2 mars au 28 février 2024", "fr", None),
    ],
)
def test_a_range_of_days_across_two_months(
    text: str, lang: str, period: tuple[str, str] | None
) -> None:
    found = find_period(text, lang)
    assert (found[:2] if found else None) == period


def test_an_event_over_two_months_has_both_days() -> None:
    ex = news("Dakar – Un atelier s'est déroulé du 28 février au 2 mars 2024 à Dakar.", "fr")
    assert [(val(e.start), val(e.end)) for e in ex.events] == [("2024-02-28", "2024-03-02")]


# --- office pages: a contact line is no project heading --------------------------------------


def test_a_contact_line_is_no_project_heading() -> None:
    text = (
        'The project "Safe Way Home" was carried out from 01.03.2016 to '
        "28.02.2017. During the project period, 84 migrants returned voluntarily from "
        "Lithuania.\n\nContacts: IOM Vilnius Office, A. Vivulskio g. 7, Vilnius. Tel. +370 5 262 "
        "4897, e-mail: iomvilnius@iom.int\n"
    )
    ex = extract_office_page(doc(mask_personal_data(text)[0]), "en")
    assert titles(ex) == ["Safe Way Home"]


def test_an_office_page_without_headings_names_its_programme_by_its_acronym() -> None:
    text = (
        "Returning home after years abroad is rarely a simple step. Under the Sustainable "
        "Return and Reintegration in Iraq (SRRI) programme, funded by the UK Home Office, IOM "
        "offers counselling before departure.\n\nAhmed, 41, spent six years in Manchester "
        "before he decided to go back to Sulaymaniyah.\n"
    )
    ex = extract_office_page(doc(text), "en")
    assert titles(ex) == ["Sustainable Return and Reintegration in Iraq (SRRI)"]


# --- initiatives: a fund that gives to the page's initiatives is a donor, not one of them ----


def test_a_fund_that_funds_an_initiative_is_no_initiative() -> None:
    ex = news(
        "Niamey – The Voluntary Humanitarian Return (VHR) programme is funded by the European "
        "Union Emergency Trust Fund for Africa. It helped 300 migrants return from Libya.",
        "en",
    )
    assert titles(ex) == ["Voluntary Humanitarian Return (VHR)"]


def test_a_fund_for_returnees_stays_an_initiative() -> None:
    ex = news(
        "Kathmandu – The Returnee Migrant Entrepreneurship Fund (RMEF) offers loans to "
        "returning migrant workers; it is funded by the Government of Nepal.",
        "en",
    )
    assert titles(ex) == ["Returnee Migrant Entrepreneurship Fund (RMEF)"]


def test_adjectives_joined_by_and_before_the_noun_still_count() -> None:
    ex = news(
        "Dakar – Since the programme started in 2022, IOM has assisted 1,137 unaccompanied and "
        "separated children to return to their countries of origin.",
        "en",
    )
    assert [count for count, _, _ in returns(ex)] == [1137]


@pytest.mark.parametrize(
    ("body", "lang", "event"),
    [
        (
            "Niamey – Representatives of Chad, Mali and Niger met in Niamey for a regional "
            "conference on transhumance, organized by IOM.",
            "en",
            ("conference", "regional conference on transhumance"),
        ),
        (
            "Accra – Officials of five ministries met in Accra for a two-day workshop on "
            "reintegration counselling.",
            "en",
            ("workshop", "two-day workshop on reintegration counselling"),
        ),
    ],
)
def test_people_who_met_for_a_named_event_hold_one_event(
    body: str, lang: str, event: tuple[str, str]
) -> None:
    assert [(e.event_type, val(e.title)) for e in news(body, lang).events] == [event]


def test_a_dateline_town_before_an_initiative_word_is_no_name() -> None:
    ex = extract_news_release(
        doc(
            "News\n\nMigrants Return Home from Djibouti\n\nObock – IOM yesterday helped 132 "
            "Ethiopian migrants return home. “Returning home is the first step,” said the head "
            "of the Obock centre.\n"
        ),
        "en",
    )
    assert titles(ex) == []
