"""Phrasings of the third prose round, read by grammar and vocabulary (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

from typing import Any

import pytest

from return_atlas.extract.drafts import Extraction
from tests.extraction import doc, news, returns, titles, val


def fundings(ex: Extraction) -> list[tuple[Any, ...]]:
    """(funder, amount, currency) of each funding."""
    return [(val(f.funder), val(f.amount), val(f.currency)) for f in ex.fundings]


# --- names written right after a lower-case initiative word ----------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Bamako – The grant goes to the project Better Jobs for Young Returnees (BEJOR), "
            "which starts next year.",
            "en",
            "Better Jobs for Young Returnees (BEJOR)",
        ),
        (
            "Lomé – Le financement ira au projet Emplois Verts pour les Jeunes de Retour, qui "
            "durera deux ans.",
            "fr",
            "Emplois Verts pour les Jeunes de Retour",
        ),
        (
            "Lima – La guía forma parte del proyecto Caminos Seguros de Regreso (CASER), que "
            "la OIM ejecuta desde 2020.",
            "es",
            "Caminos Seguros de Regreso (CASER)",
        ),
    ],
)
def test_name_after_a_lower_case_initiative_word(body: str, lang: str, expected: str) -> None:
    assert expected in titles(news(body, lang))


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Accra – She thanked the project Coordinator for the visit.", "en"),
        ("Accra – Work under the programme in Ghana and Togo went on.", "en"),
        ("Dakar – Le projet Sénégal Côte d'Ivoire a été discuté.", "fr"),
    ],
)
def test_no_name_after_an_initiative_word(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


# --- funding: support cues, contractions and the funder's verb --------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "funder"),
    [
        (
            "Suva – The Safe Homecoming Programme runs with support from the European Union.",
            "en",
            "European Union",
        ),
        (
            "Niamey – Le Programme Retour Digne est mis en œuvre avec le soutien du "
            "Gouvernement du Danemark.",
            "fr",
            "Gouvernement du Danemark",
        ),
        (
            "Quito – El Programa Regreso Digno se ejecuta con el apoyo del Gobierno de Noruega.",
            "es",
            "Gobierno de Noruega",
        ),
    ],
)
def test_support_cue_names_a_funder(body: str, lang: str, funder: str) -> None:
    ex = news(body, lang)
    assert [val(f) for i in ex.initiatives for f in i.funders] == [funder]


def test_support_from_iom_is_no_funding() -> None:
    ex = news(
        "Harare – The Government is drafting its National Return Policy with support from the "
        "International Organization for Migration (IOM).",
        "en",
    )
    assert [val(f) for i in ex.initiatives for f in i.funders] == []


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Colombo – Under the agreement Norway will provide USD 2 million to the programme.",
            "en",
            ("Norway", 2000000.0, "USD"),
        ),
        (
            "Dakar – La Belgique a aussi octroyé 1,5 million d'euros au programme.",
            "fr",
            ("La Belgique", 1500000.0, "EUR"),
        ),
        (
            "Lima – El Gobierno de Suiza aporta 300.000 dólares estadounidenses al programa.",
            "es",
            ("El Gobierno de Suiza", 300000.0, "USD"),
        ),
    ],
)
def test_funder_before_its_verb_with_auxiliaries(
    body: str, lang: str, expected: tuple[Any, ...]
) -> None:
    got = fundings(news(body, lang))
    assert len(got) == 1
    assert got[0][1:] == expected[1:]
    assert expected[0].split()[-1] in got[0][0]


# --- returns: two-word demonyms and nouns, headline figures ------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Manila – Since 2021, IOM has helped over 1,200 stranded Sri Lankan migrant workers "
            "return home from Qatar.",
            "en",
            (1200, "QAT", "LKA"),
        ),
        (
            "Dakar – L'OIM a aidé 310 travailleurs maliens à rentrer de Libye.",
            "fr",
            (310, "LBY", "MLI"),
        ),
        (
            "Lima – La OIM apoyó el regreso de 85 trabajadores peruanos desde Chile.",
            "es",
            (85, "CHL", "PER"),
        ),
    ],
)
def test_return_of_workers_with_a_demonym(body: str, lang: str, expected: tuple[Any, ...]) -> None:
    assert expected in returns(news(body, lang))


def test_headline_figure_written_in_words_in_the_text() -> None:
    ex = news(
        "Kathmandu – Seventy-two Nepali workers returned home on Monday from Qatar.",
        "en",
        headline="IOM Helps 72 Nepali Workers Return from Qatar",
    )
    assert returns(ex) == [(72, "QAT", "NPL")]


def test_headline_figure_repeated_in_the_text_counts_once() -> None:
    ex = news(
        "Kathmandu – 72 Nepali workers returned home from Qatar in 2021.",
        "en",
        headline="IOM Helps 72 Nepali Workers Return from Qatar",
    )
    assert [r[0] for r in returns(ex)] == [72]


def test_trained_workers_are_no_returns() -> None:
    ex = news("Dhaka – IOM trained 40 workers on safe return and reintegration.", "en")
    assert returns(ex) == []


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        ("Conakry – 142 migrants guinéens rentrent de Tunisie.", "fr", (142, "TUN", "GIN")),
        ("Dakar – 40 Sénégalais reviennent de Mauritanie.", "fr", (40, "MRT", "SEN")),
        ("San Salvador – 64 salvadoreños retornan desde México.", "es", (64, "MEX", "SLV")),
        ("Tegucigalpa – 120 hondureños regresan desde México.", "es", (120, "MEX", "HND")),
        ("Bamako – 21 migrants maliens ont été rapatriés d'Algérie.", "fr", (21, "DZA", "MLI")),
    ],
)
def test_return_in_the_present_tense_and_from_an_elided_country(
    body: str, lang: str, expected: tuple[Any, ...]
) -> None:
    assert returns(news(body, lang)) == [expected]


@pytest.mark.parametrize(
    "headline", ["Something Happened Somewhere", "Returnees in Kyrgyzstan Receive Business Grants"]
)
def test_a_word_naming_returnees_tells_no_return(headline: str) -> None:
    body = "Osh – 42 returning migrants received small business grants yesterday."
    assert returns(news(body, "en", headline)) == []


def test_returnees_count_where_a_return_is_told_around_them() -> None:
    body = (
        "Each year, IOM assists migrants in their voluntary return process. In 2016 alone, "
        "98,403 returnees received support from IOM."
    )
    assert [r[0] for r in returns(news(body, "en"))] == [98403]


def test_the_noun_a_number_counts_comes_before_the_next_number() -> None:
    body = "Niamey – Un convoi de 3 bus transportant 137 migrants rapatriés a quitté le Niger."
    assert returns(news(body, "fr")) == [(137, "NER", None)]


# --- countries of the people an initiative returned ----------------------------------------


def countries(ex: Extraction, title: str) -> list[str]:
    """Country codes of the initiative whose title holds ``title``."""
    [ini] = [i for i in ex.initiatives if title in val(i.title)]
    return [c.value for c in ini.countries]


def test_story_return_programme_works_where_its_returns_left_and_arrived() -> None:
    ex = news(
        "Tunis – A charter flight carrying 120 Malian migrants left Tunisia yesterday. The "
        "returns were organized under the Assisted Voluntary Return and Reintegration (AVRR) "
        "programme.",
        "en",
    )
    assert set(countries(ex, "AVRR")) == {"TUN", "MLI"}


def test_reintegration_project_that_returned_people_works_where_they_left() -> None:
    ex = news(
        "Lomé – IOM runs the Better Futures for Returnees in Togo (BEFURE) project. So far, "
        "the project has assisted 410 Togolese to return home from Libya and Niger.",
        "en",
    )
    assert set(countries(ex, "BEFURE")) == {"TGO", "LBY", "NER"}


def test_reintegration_project_does_not_work_where_returnees_merely_came_from() -> None:
    ex = news(
        "Lomé – IOM runs the Better Futures for Returnees in Togo (BEFURE) project. The "
        "project gives business grants to Togolese returning from Libya.",
        "en",
    )
    assert countries(ex, "BEFURE") == ["TGO"]


def test_practice_that_returned_people_works_where_they_left() -> None:
    from return_atlas.extract.practice_page import extract_practice_page

    text = (
        "Repository of practices\n\n"
        "Red de Acogida de Personas Bolivianas Retornadas\n\n"
        "Countries: Bolivia\n\n"
        "Entre 2019 y 2021, la Red facilitó el retorno asistido de 530 personas bolivianas "
        "desde Chile y Brasil.\n"
    )
    ex = extract_practice_page(doc(text), "es")
    assert set(countries(ex, "Red de Acogida")) >= {"BOL", "CHL", "BRA"}


def test_story_funding_without_recipient_goes_to_its_one_initiative() -> None:
    ex = news(
        "Colombo – Norway will provide USD 2 million under the agreement signed today. The "
        "funds will support the project Safer Journeys Home for Workers (SAJOH).",
        "en",
    )
    [ini] = ex.initiatives
    assert [val(f) for f in ini.funders] == ["Norway"]


# --- quoted names with an acronym, places that end like a name, nationalities, datelines ------


def test_quoted_name_and_its_acronym_are_one_initiative() -> None:
    ex = news(
        "Niamey – L'OIM a lancé le projet « Emplois durables pour les jeunes de retour » "
        "(EDJR), financé par l'Union européenne. Le projet EDJR durera deux ans.",
        "fr",
    )
    assert titles(ex) == ["Emplois durables pour les jeunes de retour"]
    assert [val(f) for f in ex.initiatives[0].funders] == ["l'Union européenne"] or [
        val(f) for f in ex.initiatives[0].funders
    ] == ["Union européenne"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Douala – Des élus des régions de l'Ouest, du Littoral et du Centre étaient là.", "fr"),
        ("Quito – Llegaron delegados de la Sierra y del Centro a la reunión.", "es"),
    ],
)
def test_region_ending_in_an_initiative_word_is_no_initiative(body: str, lang: str) -> None:
    assert titles(news(body, lang)) == []


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Lima – Un total de 40 personas migrantes venezolanas retornaron hoy a Caracas.",
            "es",
            (40, "PER", "VEN"),
        ),
        (
            "Rabat – Au total, 52 ressortissants sénégalais sont rentrés hier à Dakar.",
            "fr",
            (52, "MAR", "SEN"),
        ),
        (
            "Tripoli – A flight carrying 130 Nigerian migrants returned home today.",
            "en",
            (130, "LBY", "NGA"),
        ),
    ],
)
def test_dateline_country_is_where_foreign_returnees_left(
    body: str, lang: str, expected: tuple[Any, ...]
) -> None:
    assert expected in returns(news(body, lang))


def test_dateline_of_the_returnees_own_country_is_not_where_they_left() -> None:
    ex = news("Dakar – Au total, 52 ressortissants sénégalais sont rentrés hier.", "fr")
    assert returns(ex) == [(52, None, "SEN")]


# --- practice records: a labelled type, a short name before a dash; policies and laws ---------


def practice(text: str, lang: str) -> Extraction:
    """A practice page of ``text``."""
    from return_atlas.extract.practice_page import extract_practice_page

    return extract_practice_page(doc(f"Repository of Practices\n\n{text}\n"), lang)


def types(ex: Extraction) -> dict[str, str]:
    """initiative_type by title."""
    return {val(i.title): i.initiative_type for i in ex.initiatives}


@pytest.mark.parametrize(
    ("label", "value", "lang", "expected"),
    [
        ("Type of practice", "Programme", "en", "programme"),
        ("Type de pratique", "Projet", "fr", "project"),
        ("Tipo de práctica", "Política", "es", "policy"),
    ],
)
def test_labelled_type_of_practice(label: str, value: str, lang: str, expected: str) -> None:
    ex = practice(
        f"Safe Homecoming Desks for Returnees\n\nCountries\nGhana\n{label}\n{value}\n\n"
        "Summary\nThe desks welcome returnees at the airport since 2019.",
        lang,
    )
    assert types(ex)["Safe Homecoming Desks for Returnees"] == expected


def test_short_name_before_a_dash_gives_the_type() -> None:
    ex = practice(
        "Homeward – Reintegration Support for Returnees to Mali\n\nSubmitted by someone\n\n"
        "The Homeward programme gives returnees to Mali business training.",
        "en",
    )
    assert types(ex)["Homeward – Reintegration Support for Returnees to Mali"] == "programme"


def test_same_title_words_in_another_order_are_one_initiative() -> None:
    ex = practice(
        "National Policy on Labour Migration, Ruritania\n\nSubmitted by someone\n\n"
        "Adopted in 2011, the National Labour Migration Policy of Ruritania covers return.",
        "en",
    )
    assert titles(ex) == ["National Policy on Labour Migration, Ruritania"]
    assert val(ex.initiatives[0].start) == "2011"


def test_a_title_with_other_words_is_another_initiative() -> None:
    from return_atlas.extract.prose_initiatives import merge
    from return_atlas.extract.prose_names import Named

    found = [
        Named("Policy on Labour Migration and Return, Ruritania", 0, 10, "policy"),
        Named("Labour Migration Policy of Ruritania", 20, 30, "policy"),
    ]
    assert len(merge(found)) == 2


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            "Quito – The Ministry adopted a new Protocol for the Reception of Returning "
            "Nationals, which sets out referral steps.",
            "en",
            ("Protocol for the Reception of Returning Nationals", "policy"),
        ),
        (
            "Dakar – La Loi Migration et Retour précise les droits des migrants.",
            "fr",
            ("Loi Migration et Retour", "policy"),
        ),
        (
            "Lima – La Ley de Reinserción del Migrante Retornado establece incentivos.",
            "es",
            ("Ley de Reinserción del Migrante Retornado", "policy"),
        ),
    ],
)
def test_protocols_and_laws_are_policies(body: str, lang: str, expected: tuple[str, str]) -> None:
    ex = news(body, lang)
    assert expected in [(val(i.title), i.initiative_type) for i in ex.initiatives]


# --- office pages: one dated project heading under the site's headings; fronted funders -------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "IOM Mission in Ruritania\n\nProjects\n\nCompleted Projects\n\n"
            "Safe Return for Elderly Returnees (March 2004 - May 2006)\n\n"
            "Funded by the European Union, the project helped 90 elderly persons return home. "
            "The project ended in May 2006.\n",
            "en",
            ("Safe Return for Elderly Returnees", "2004-03", "2006-05", ["European Union"]),
        ),
        (
            "Retorno y Reintegración\n\n"
            "Programa de Retorno Digno (PRD) (abril 2011 - mayo 2013)\n\n"
            "Con el apoyo del Gobierno de Noruega, la OIM ejecutó este programa para personas "
            "que deseaban regresar al país.\n",
            "es",
            ("Programa de Retorno Digno (PRD)", "2011-04", "2013-05", ["Gobierno de Noruega"]),
        ),
    ],
)
def test_one_dated_heading_is_the_project(text: str, lang: str, expected: tuple[Any, ...]) -> None:
    from return_atlas.extract.office_page import extract_office_page

    ex = extract_office_page(doc(text), lang)
    [ini] = ex.initiatives
    title, start, end, funders = expected
    assert (val(ini.title), val(ini.start), val(ini.end)) == (title, start, end)
    assert [val(f) for f in ini.funders][:1] == funders


def test_support_of_a_project_is_no_funding() -> None:
    ex = news(
        "Yerevan – The Returnee Guide Programme was set up with the support of the ILO-EU "
        "project on labour migration.",
        "en",
    )
    assert [val(f) for i in ex.initiatives for f in i.funders] == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Guatemala – Canadá aportó 85.000 dólares estadounidenses para el retorno de niños.",
            "es",
        ),
        ("Dakar – L'UE a versé 2 millions d'euros pour le retour des migrants.", "fr"),
        ("Accra – Japan gave 40,000 US dollars for the return of stranded workers.", "en"),
    ],
)
def test_an_amount_of_money_is_no_return_figure(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == []
