"""Tests of the normalise helpers: countries, dates, money, vocab, organisations, text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from return_atlas.normalise import (
    clean_title,
    country_code,
    find_amounts,
    find_countries,
    find_dates,
    find_organizations,
    find_period,
    fold,
    lookup,
    parse_number,
    parse_partial_date,
    resolve_organization,
    slugify,
    unique,
)
from return_atlas.normalise.text import fold_same_length
from return_atlas.normalise.vocab import exact


def codes(text: str) -> list[str]:
    return [code for code, _, _ in find_countries(text)]


# --- text -------------------------------------------------------------------------------


def test_fold() -> None:
    assert fold("  Côte  D’Ivoire\n") == "cote d'ivoire"
    assert fold("RÉPUBLIQUE–Unie") == "republique-unie"


def test_clean_title() -> None:
    assert clean_title("  • A title.  ") == "A title"
    assert clean_title("Strengthening (PIRE)") == "Strengthening (PIRE)"


@given(st.text())
def test_fold_same_length_keeps_offsets(text: str) -> None:
    assert len(fold_same_length(text)) == len(text)


# --- countries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costa Rica El Salvador Guatemala", ["CRI", "SLV", "GTM"]),
        ("Kenya Ouganda République-Unie de Tanzanie", ["KEN", "UGA", "TZA"]),
        (
            "République de Moldova Pologne Roumanie Slovaquie Ukraine",
            ["MDA", "POL", "ROU", "SVK", "UKR"],
        ),
        ("Belice México Panamá Santa Lucía", ["BLZ", "MEX", "PAN", "LCA"]),
        ("Lesotho Malawi Maurice", ["LSO", "MWI", "MUS"]),
        ("Estados Unidos, Reino Unido y Suiza", ["USA", "GBR", "CHE"]),
        ("Tanzania, Bolivia, Russia, Vietnam and Viet Nam", ["TZA", "BOL", "RUS", "VNM", "VNM"]),
        ("The Gambia and Cote d'Ivoire and Kosovo", ["GMB", "CIV", "XKX"]),
        ("Papua New Guinea and Guinea, Niger and Nigeria", ["PNG", "GIN", "NER", "NGA"]),
        ("République démocratique du Congo République démocratique du Congo", ["COD", "COD"]),
        ("a family reunion in the hall", []),
        ("Costa  Rica and\nEl Salvador", ["CRI", "SLV"]),
        # names run together where a web page's list lost its separators
        ("ChiliUruguay", ["CHL", "URY"]),
        ("Costa RicaPanamá GuatemalaHonduras", ["CRI", "PAN", "GTM", "HND"]),
        ("Nigerian NIGERIA", ["NGA"]),  # no seam inside a word or a capitalised word
        # usual names that the ISO translations lack
        ("Maldivas, Comoras y Argelia", ["MDV", "COM", "DZA"]),
        ("Arabia Saudita, Kazajstán, Emiratos Árabes", ["SAU", "KAZ", "ARE"]),
        ("Biélorussie et Territoires palestiniens", ["BLR", "PSE"]),
        ("the UAE and the Occupied Palestinian Territory", ["ARE", "PSE"]),
    ],
)
def test_find_countries(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_find_countries_spans_point_into_text() -> None:
    text = "En Côte D’Ivoire et au Viet Nam."
    assert [text[start:end] for _, start, end in find_countries(text)] == [
        "Côte D’Ivoire",
        "Viet Nam",
    ]


@given(st.text(alphabet=st.sampled_from("Costa Rica Niger é-’\n  ."), max_size=60))
def test_find_countries_spans_valid(text: str) -> None:
    last = 0
    for code, start, end in find_countries(text):
        assert len(code) == 3
        assert last <= start < end <= len(text)
        last = end


def test_country_code() -> None:
    assert country_code("Tanzania") == "TZA"
    assert country_code("côte d’ivoire") == "CIV"
    assert country_code("Bolivie") == "BOL"
    assert country_code("U.S.A.") == "USA"
    assert country_code("Kosovo") == "XKX"
    assert country_code("Atlantis") is None
    assert country_code("") is None


def test_unique() -> None:
    assert unique(["A", "B", "A", "C", "B"]) == ["A", "B", "C"]


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012", "2012"),
        ("April 2002", "2002-04"),
        ("avril 2002", "2002-04"),
        ("agosto de 2023", "2023-08"),
        ("15 de marzo de 2019", "2019-03-15"),
        ("01.07.2011", "2011-07-01"),
        ("2019-05-07", "2019-05-07"),
        ("May 7, 2019", "2019-05-07"),
        ("7 May 2019", "2019-05-07"),
        ("1er juillet 2011", "2011-07-01"),
        ("Monday, January 28, 2019 - 13:52", "2019-01-28"),
        ("Completed: November 2002", "2002-11"),
        ("31.02.2019", None),
        ("1.600.000 migrants", None),
        ("no date here", None),
    ],
)
def test_parse_partial_date(text: str, expected: str | None) -> None:
    assert parse_partial_date(text) == expected


def test_find_dates_years_only_on_request() -> None:
    text = "In 2019, on 7 May 2019."
    assert [value for value, _, _ in find_dates(text)] == ["2019-05-07"]
    assert [value for value, _, _ in find_dates(text, years=True)] == ["2019", "2019-05-07"]
    _, start, end = find_dates(text)[0]
    assert text[start:end] == "7 May 2019"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("implemented in the period from 01.07.2011 to 30.06.2012.", "2011-07-01", "2012-06-30"),
        ("in 2017-2019 there", "2017", "2019"),
        ("(April 2002 - December 2003)", "2002-04", "2003-12"),
        ("trois ans (janvier 2014‑décembre 2016)", "2014-01", "2016-12"),
        ("du 3 mai 2010 au 4 juin 2011", "2010-05-03", "2011-06-04"),
        ("de marzo de 2019 a abril de 2020", "2019-03", "2020-04"),
        ("entre 2010 y 2012", "2010", "2012"),
        ("in Côte D’Ivoire from March 5 to 7, 2024", "2024-03-05", "2024-03-07"),
        ("du 5 au 7 mars 2024", "2024-03-05", "2024-03-07"),
    ],
)
def test_find_period(text: str, start: str, end: str) -> None:
    period = find_period(text)
    assert period is not None
    assert period[:2] == (start, end)
    assert 0 <= period[2] < period[3] <= len(text)


def test_find_period_open_and_none() -> None:
    assert find_period("since 2014 IOM") == ("2014", None, 6, 10)
    assert find_period("the 2019 report and 2018 data") is None
    assert find_period("2019 - 2017") is None


# --- money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("103,058", None, 103058.0),
        ("100000.00", None, 100000.0),
        ("2,4", "fr", 2.4),
        ("1.234.567,89", "es", 1234567.89),
        ("3 500", "fr", 3500.0),
        ("68 million", "en", 68_000_000.0),
        ("2,4 millions", "fr", 2_400_000.0),
        ("1,5 millones", "es", 1_500_000.0),
        ("340 mil", "es", 340_000.0),
        ("73 mil 402", "es", 73_402.0),  # the hundreds after a thousands word
        ("2 millones 300", "es", 2_000_000.0),  # not after millions
        ("2.5", "en", 2.5),
        ("none", None, None),
    ],
)
def test_parse_number(text: str, lang: str | None, expected: float | None) -> None:
    assert parse_number(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("68 million EUR", 68_000_000.0, "EUR"),
        ("EUR 68 million", 68_000_000.0, "EUR"),
        ("€68m", 68_000_000.0, "EUR"),
        ("Budget estimatif : 2,4 millions d’euros", 2_400_000.0, "EUR"),
        ("seed grants up to USD 3,500 for", 3500.0, "USD"),
        ("US$ 3,500", 3500.0, "USD"),
        ("$3,500", 3500.0, "USD"),
        ("1,5 millones de dólares", 1_500_000.0, "USD"),
        ("25 000 francs CFA", 25_000.0, "XOF"),
    ],
)
def test_find_amounts(text: str, amount: float, currency: str) -> None:
    found = find_amounts(text)
    assert [(value, code) for value, code, _, _ in found] == [(amount, currency)]


def test_find_amounts_needs_a_currency() -> None:
    assert find_amounts("in 2019 500 people and 1,600,000 migrants") == []


# --- vocab --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codelist", "label", "expected"),
    [
        ("status", "Achevé", "completed"),
        ("status", "Finalizado", "completed"),
        ("status", "Completed", "completed"),
        ("status", "Ongoing", "active"),
        ("status", "En cours", "active"),
        ("status", "Activo", "active"),
        ("coverage", "Multi-Regional", "multi_regional"),
        ("coverage", "Multirregional", "multi_regional"),
        ("coverage", "National", "national"),
        ("iom_region", "Afrique", "Africa"),
        ("iom_region", "Monde", "Global"),
        ("iom_region", "Mundial", "Global"),
        ("iom_region", "World", "Global"),
        ("iom_region", "América Latina y el Caribe", "Latin America and the Caribbean"),
        (
            "project_type",
            "Cooperación técnica en gestión de la migración y creación de capac",
            "Technical Cooperation on Migration Management and Capacity Building",
        ),
        ("project_type", "Migration de main-d’œuvre", "Labour Migration"),
        ("status", "Bananas", None),
        ("nonexistent", "Active", None),
    ],
)
def test_lookup(codelist: str, label: str, expected: str | None) -> None:
    assert lookup(codelist, label) == expected


def test_lookup_with_language_falls_back_to_others() -> None:
    assert lookup("coverage", "Regional", "fr") == "regional"
    assert lookup("status", "Achevé", "fr") == "completed"


def test_an_exact_lookup_takes_whole_labels_only() -> None:
    # a cut-off label reads as its value, except where the label must be whole
    assert exact("status", "Past activities", "en") == "completed"
    assert exact("status", "En cours", "en") == "active"  # another language's label
    assert exact("status", "Finaliza") is None
    assert lookup("status", "Finaliza") == "completed"


# --- organisations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("IOM", "iom"),
        ("OIM", "iom"),
        ("Union européenne", "eu"),
        ("Unión Europea", "eu"),
        ("UE", "eu"),
        ("ACNUR", "unhcr"),
        ("USAID", "usaid"),
        ("United States Bureau of Population, Refugees, and Migration (PRM)", "prm"),
        ("IOM Nigeria", "iom"),
        ("the UN Trust Fund for Human Security", "untfhs"),
        # a UN body's French or Spanish name is no "ONU" plus a place
        ("ONU Mujeres", "un-women"),
        ("ONU Femmes", "un-women"),
        ("ONU-Habitat", "un-habitat"),
        ("ONU Migración", "iom"),
        ("ONU Sénégal", "un"),
    ],
)
def test_resolve_known_organization(name: str, org_id: str) -> None:
    assert resolve_organization(name).id == org_id


def test_resolve_unknown_organization() -> None:
    org = resolve_organization("Ministerio de Relaciones Exteriores de Guatemala")
    assert org.id == "ministerio-de-relaciones-exteriores-de-guatemala"
    assert org.organization_type == "government"
    assert org.country == "GTM"
    assert resolve_organization("Some Association").organization_type == "other"


@pytest.mark.parametrize(
    ("name", "organization_type", "country"),
    [
        ("German Federal Foreign Office", "government", "DEU"),
        ("the Estonian Ministry of the Interior", "government", "EST"),
        ("Nigerian Red Cross Society", "other", "NGA"),
        ("Federal Office for Migration", "government", None),
        ("Mexico Migration Fund", "other", "MEX"),
        ("Netherlands Ministry of Foreign Affairs", "government", "NLD"),
        ("the Ghana Ministry of the Interior", "government", "GHA"),
    ],
)
def test_an_unknown_body_opened_by_a_demonym_or_country_is_that_countrys(
    name: str, organization_type: str, country: str | None
) -> None:
    org = resolve_organization(name)
    assert (org.organization_type, org.country) == (organization_type, country)


def test_slugify() -> None:
    assert slugify("Conseil suédois des migrations!") == "conseil-suedois-des-migrations"
    assert len(slugify("word " * 40)) <= 60


def test_find_organizations_acronyms_need_capitals() -> None:
    text = "WHO WE ARE. The International Organization for Migration (IOM) and the who."
    text += " L’OIM et le PNUD."
    found = [(org_id, text[start:end]) for org_id, start, end in find_organizations(text)]
    assert found == [
        ("iom", "International Organization for Migration"),
        ("iom", "IOM"),
        ("iom", "OIM"),
        ("undp", "PNUD"),
    ]


@given(st.text(max_size=200))
def test_helpers_never_raise(text: str) -> None:
    find_countries(text)
    find_dates(text, years=True)
    find_period(text)
    parse_partial_date(text)
    parse_number(text)
    find_amounts(text)
    find_organizations(text)
    lookup("status", text)
    country_code(text)
    resolve_organization(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un million de dollars", [(1_000_000.0, "USD")]),
        ("d'un million de dollars", [(1_000_000.0, "USD")]),
        ("deux millions d'euros", [(2_000_000.0, "EUR")]),
        ("one million US dollars", [(1_000_000.0, "USD")]),
        ("twenty-five million euros", [(25_000_000.0, "EUR")]),
        ("tres millones de euros", [(3_000_000.0, "EUR")]),
        ("2 millions d'euros", [(2_000_000.0, "EUR")]),
        # no number before the scale word: no amount
        ("des millions de dollars", []),
        ("millions of dollars", []),
    ],
)
def test_an_amount_whose_number_is_written_in_words(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, code) for value, code, _, _ in find_amounts(text)] == expected
