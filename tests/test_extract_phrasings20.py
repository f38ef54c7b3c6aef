"""Phrasings and layouts of the twentieth round (the twenty-fourth session).

Each test holds a made-up text with the shape of a phrasing the converter read wrongly, found
by batteries of phrasings in three languages run through the readers.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import Classified
from return_atlas.extract import dispatch
from return_atlas.extract.dispatch import extract_document, not_a_name
from return_atlas.extract.drafts import Extraction, InitiativeDraft, Spanned
from return_atlas.read.document import Document
from tests.extraction import doc, funders, news, office, returns, val


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tegucigalpa - Del 1 de enero al 22 de junio de 2018, un total de 35.244 personas"
            " de nacionalidad hondureña han sido retornadas.",
            "es",
            [(35244, None, "HND")],
        ),
        (
            "Conakry - En 2019, l'OIM a aidé 230 personnes de nationalité guinéenne à rentrer"
            " de Libye.",
            "fr",
            [(230, "LBY", "GIN")],
        ),
        (
            "Geneva - In 2019, IOM helped 230 migrants of Honduran nationality to return from"
            " Mexico.",
            "en",
            [(230, "MEX", "HND")],
        ),
        (
            "San Salvador - En 2019, 92 personas de otra nacionalidad retornaron desde El"
            " Salvador.",
            "es",
            [(92, "SLV", None)],
        ),
    ],
)
def test_a_nationality_after_the_people_counted_is_where_they_return(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dushanbe - In 2018, IOM helped 1,847 stranded migrants from Tajikistan to return"
            " home from the Russian Federation.",
            "en",
            [(1847, "RUS", "TJK")],
        ),
        (
            "Niamey - En 2017, l'OIM a aidé 142 migrants originaires du Mali à rentrer chez eux"
            " depuis le Niger.",
            "fr",
            [(142, "NER", "MLI")],
        ),
        (
            "Lima - La OIM ayudó a 142 migrantes procedentes de Venezuela a regresar a casa desde"
            " Perú en 2017.",
            "es",
            [(142, "PER", "VEN")],
        ),
        (  # several countries of origin: none is where all went
            "Pretoria - In 2018, 18,640 migrants from Malawi, Mozambique and Zimbabwe were"
            " assisted by IOM to return home from South Africa.",
            "en",
            [(18640, "ZAF", None)],
        ),
    ],
)
def test_people_from_one_country_going_home_from_another_return_to_theirs(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tripoli - On 8 November 2018, 150 migrants, including 30 women, returned from Libya"
            " to Nigeria on a charter flight.",
            "en",
            [(150, "LBY", "NGA")],
        ),
        (
            "Tripoli - Le 8 novembre 2018, 150 migrants, dont 30 femmes, sont rentrés de Libye au"
            " Nigéria.",
            "fr",
            [(150, "LBY", "NGA")],
        ),
        (
            "Tripoli - El 8 de noviembre de 2018, 150 migrantes, entre ellos 30 mujeres,"
            " retornaron desde Libia a Nigeria.",
            "es",
            [(150, "LBY", "NGA")],
        ),
        (
            "Tripoli - 120 migrants, among them 30 women, left Libya for Nigeria on 8 November"
            " 2018 on a charter flight.",
            "en",
            [(120, "LBY", "NGA")],
        ),
        (  # an aside naming its own origin stays a part's
            "Niamey - En 2018, 1 500 migrants, dont 1 195 depuis le Niger, sont rentrés au Mali.",
            "fr",
            [(1500, None, "MLI"), (1195, "NER", "MLI")],
        ),
    ],
)
def test_an_aside_about_a_part_leaves_the_route_to_the_whole(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Addis Ababa - In 2018, more than 130,000 Ethiopians were deported from Saudi Arabia.",
            "en",
            [(130000, "SAU", "ETH")],
        ),
        (
            "Tegucigalpa - Unos 1.500 hondureños fueron deportados desde Estados Unidos en marzo"
            " de 2019.",
            "es",
            [(1500, "USA", "HND")],
        ),
        (
            "Niamey - En 2019, 5 000 Nigériens ont été refoulés d'Algérie.",
            "fr",
            [(5000, "DZA", "NER")],
        ),
        (  # the principle of non-refoulement counts no one
            "Genève - En 2019, 5 000 personnes ont été protégées par le principe de"
            " non-refoulement.",
            "fr",
            [],
        ),
    ],
)
def test_deportations_are_returns(text: str, lang: str, expected: list[tuple[object, ...]]) -> None:
    assert returns(news(text, lang)) == expected


def test_helped_to_leave_a_country_is_leaving_it() -> None:
    text = (
        "Niamey - Since January 2019, IOM has helped 3,906 migrants leave Niger and return to"
        " Chad, Cameroon and Mali."
    )
    assert returns(news(text, "en")) == [(3906, "NER", None)]


def _events(text: str, lang: str = "en") -> list[tuple[object, ...]]:
    return [(e.event_type, val(e.start), val(e.end), val(e.city)) for e in news(text, lang).events]


def test_a_bracketed_day_after_the_place_dates_the_event() -> None:
    text = (
        "Nairobi - IOM held a training for 30 border officials in Mombasa, Kenya (8-10 March 2017)."
    )
    assert _events(text) == [("training", "2017-03-08", "2017-03-10", "Mombasa")]


def test_a_bracketed_period_after_a_name_still_dates_the_name() -> None:
    text = (
        "Nairobi - On 8 March 2024, IOM held a workshop in Mombasa to validate the Diaspora"
        " Engagement Strategy (2024-2030)."
    )
    assert _events(text) == [("workshop", "2024-03-08", None, "Mombasa")]


_FUND_FRONTED = (
    "Khartoum - IOM and the Government of Sudan today launched the Joint Initiative for Migrant"
    " Protection and Reintegration for Sudan. Funded through the European Union’s Emergency"
    " Trust Fund for Africa (EUTF) and implemented by IOM, {rest}"
)


@pytest.mark.parametrize(
    "rest",
    [
        "with a budget of EUR 25 million for the Horn of Africa, the initiative will support"
        " returnees.",
        "it covers 13 countries.",
    ],
)
def test_a_fund_named_in_a_fronted_clause_funds_the_initiative_before(rest: str) -> None:
    ex = news(_FUND_FRONTED.format(rest=rest), "en")
    assert funders(ex) == [["European Union’s Emergency Trust Fund for Africa (EUTF)"]]


def test_a_contribution_to_a_named_project_still_funds_that_project() -> None:
    text = (
        "Baghdad – Germany has contributed EUR 5 million to IOM in Iraq. The contribution from"
        " the German Federal Ministry for Economic Cooperation and Development (BMZ) will fund"
        " the second phase of the project Sustainable Reintegration in Iraq (SRI), which will"
        " run until December 2025."
    )
    assert funders(news(text, "en")) == [
        ["German Federal Ministry for Economic Cooperation and Development (BMZ)"]
    ]


def _fundings(text: str, lang: str) -> list[tuple[object, ...]]:
    return [(val(f.amount), val(f.currency), val(f.funder)) for f in news(text, lang).fundings]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bruxelles - Le projet Migrations ACP bénéficiera de 8 millions d’euros de la part de"
            " l’Union européenne.",
            "fr",
            [(8000000.0, "EUR", "Union européenne")],
        ),
        (
            "Madrid - La OIM recibió 8 millones de euros de parte de la Unión Europea para el"
            " proyecto Retorno Seguro.",
            "es",
            [(8000000.0, "EUR", "Unión Europea")],
        ),
        (
            "Bruxelles - L'OIM a reçu 8 millions d’euros de l’Union européenne pour le projet"
            " Migrations ACP.",
            "fr",
            [(8000000.0, "EUR", "Union européenne")],
        ),
    ],
)
def test_the_giver_after_de_la_part_de_and_before_what_the_money_is_for(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fundings(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Colombo - Out of the total 2,407,186 euro allocated for the project, 1,925,749 euro"
            " will be contributed by the EU and the rest will be borne by the ILO.",
            "en",
            [(1925749.0, "EUR", "EU")],
        ),
        (
            "Colombo - EUR 1.9 million was contributed by the European Union to the Safe"
            " Migration project.",
            "en",
            [(1900000.0, "EUR", "European Union")],
        ),
        (
            "Genève - Le Japon a fait un don de 2 millions de dollars à l’OIM pour soutenir les"
            " rapatriés.",
            "fr",
            [(2000000.0, "USD", "Japon")],
        ),
        (
            "Quito - Los 2 millones de dólares aportados por el Gobierno de Japón apoyarán a los"
            " retornados.",
            "es",
            [(2000000.0, "USD", "Gobierno de Japón")],
        ),
    ],
)
def test_amounts_contributed_by_a_giver(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert _fundings(text, lang) == expected


def _event_titles(text: str, lang: str) -> list[tuple[str, object]]:
    return [(e.event_type, val(e.title)) for e in news(text, lang).events]


def test_a_launch_told_by_its_verb_takes_the_name_of_what_was_launched() -> None:
    text = (
        "Khartoum - IOM and the Government of Sudan today (12/04) launched the Joint Initiative"
        " for Migrant Protection and Reintegration for Sudan."
    )
    assert _event_titles(text, "en") == [
        ("launch", "Joint Initiative for Migrant Protection and Reintegration for Sudan")
    ]


def test_a_word_of_the_story_naming_the_launch_still_titles_it() -> None:
    text = (
        "Dhaka, 21 February 2023 - IOM today launched the Sustainable Return and Reintegration"
        " in Bangladesh (SURRB) project. More than 100 guests attended the launch."
    )
    assert _event_titles(text, "en") == [("launch", "launch")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Cairo, 6 March 2018 - IOM held a launching workshop for the regional initiative in"
            " Cairo.",
            "2018-03-06",
        ),
        (  # the lead gives a time of its own
            "Cairo, 6 March 2018 - Last week, IOM held a workshop on the regional initiative in"
            " Cairo.",
            None,
        ),
        (  # not the lead
            "Cairo, 6 March 2018 - More than 100 people took part. IOM held a workshop on the"
            " regional initiative in Cairo.",
            None,
        ),
    ],
)
def test_the_lead_of_a_dated_story_tells_what_happened_that_day(
    text: str, start: str | None
) -> None:
    assert [val(e.start) for e in news(text, "en").events] == [start]


def _return_dates(text: str, lang: str) -> list[tuple[object, ...]]:
    return [(val(r.count), val(r.start), val(r.end)) for r in news(text, lang).returns]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tripoli, 8 November 2018 - In 2017, 12,000 migrants returned home from Libya.",
            "en",
            [(12000, "2017", "2017")],
        ),
        (
            "Tripoli, 8 November 2018 - Since January, 12,000 migrants returned home from Libya.",
            "en",
            [(12000, "2018-01", None)],
        ),
        (
            "Niamey, le 7 février 2022 - Depuis janvier, 412 migrants guinéens ont été rapatriés"
            " du Niger.",
            "fr",
            [(412, "2022-01", None)],
        ),
        (  # no time of its own: the dateline's day
            "Tripoli, 8 November 2018 - 120 Nigerian migrants returned home from Libya on a"
            " charter flight.",
            "en",
            [(120, "2018-11-08", "2018-11-08")],
        ),
    ],
)
def test_a_datelines_date_dates_a_figure_only_when_the_sentence_gives_no_time(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert _return_dates(text, lang) == expected


_OFFICE_HEAD = (
    "Assisted Voluntary Return from Estonia (January 2015 - December 2017)\n\n"
    "The project supported the voluntary return of 150 migrants from Estonia.\n"
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (
            "Donor: European Return Fund, Ministry of the Interior of Estonia",
            ["European Return Fund", "Ministry of the Interior of Estonia"],
        ),
        (
            "Donors: European Return Fund; Estonian Ministry of the Interior",
            ["European Return Fund", "Estonian Ministry of the Interior"],
        ),
        ("Donor: National Return Fund, Hungary", ["National Return Fund, Hungary"]),
        ("Donors: Japan, Norway, Sweden", ["Japan", "Norway", "Sweden"]),
        (
            "Donor: Bureau of Population, Refugees, and Migration",
            ["Bureau of Population, Refugees, and Migration"],
        ),
    ],
)
def test_a_donor_labels_list_of_names(label: str, expected: list[str]) -> None:
    assert funders(office(_OFFICE_HEAD + label, "en")) == [expected]


def _publications(text: str, lang: str) -> list[object]:
    return [val(p.title) for p in news(text, lang).publications]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - L’OIM a publié le rapport « Profil migratoire du Sénégal 2018 » le 12 mars"
            " 2019.",
            "fr",
            ["Profil migratoire du Sénégal 2018"],
        ),
        (
            "Dhaka - The study, titled Coming Home: Returnee Reintegration in Bangladesh, was"
            " released on 12 May 2022 by IOM.",
            "en",
            ["Coming Home: Returnee Reintegration in Bangladesh"],
        ),
        (
            "Geneva - IOM today published the report “Return and Reintegration Key Highlights"
            " 2022”, which shows that more migrants returned.",
            "en",
            ["Return and Reintegration Key Highlights 2022"],
        ),
    ],
)
def test_a_publications_quoted_or_subtitled_title(
    text: str, lang: str, expected: list[object]
) -> None:
    assert _publications(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kabul - Since 2002, 4.3 million Afghans have returned from Pakistan.",
            "en",
            [(4300000, "PAK", "AFG")],
        ),
        (
            "Tegucigalpa - En 2014, 1,2 millones de hondureños fueron deportados desde México.",
            "es",
            [(1200000, "MEX", "HND")],
        ),
        (
            "Kabul - In 2016, some 600 thousand Afghans returned from Pakistan.",
            "en",
            [(600000, "PAK", "AFG")],
        ),
        ("Kabul - In 2016, 1.2 Afghans returned from Pakistan.", "en", []),
        (  # people living abroad are not returning
            "Bamako - Le programme encourage un rapatriement du savoir de la diaspora. On estime à"
            " 4 millions le nombre de Maliens vivant à l'étranger, dont 2,7 millions en Afrique.",
            "fr",
            [],
        ),
    ],
)
def test_figures_in_millions_and_thousands(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


def test_an_event_with_no_name_date_or_town_is_left_out() -> None:
    text = "IOM launched a new reintegration project in Guatemala, the country's first."
    assert news(text, "en").events == []


def test_an_event_with_only_its_town_stays() -> None:
    text = "IOM launched a new reintegration project in Quetzaltenango, the country's first."
    assert [(e.event_type, val(e.city)) for e in news(text, "en").events] == [
        ("launch", "Quetzaltenango")
    ]


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("VI", "a fragment"),
        ("VHR", "a fragment"),
        (" ER ", "a fragment"),
        ("1024", "a fragment"),
        ("ERGO", None),
    ],
)
def test_a_title_of_three_characters_or_fewer_names_no_initiative(
    title: str, why: str | None
) -> None:
    assert not_a_name(title) == why


def test_an_initiative_with_a_project_code_is_kept_whatever_its_title_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def extractor(document: Document, lang: str) -> Extraction:
        ex = Extraction(kind="project_page", language=lang)
        coded = InitiativeDraft(title=Spanned("1024", 0, 4))
        coded.iom_project_code = Spanned("LM.0001", 0, 1)
        ex.initiatives += [coded, InitiativeDraft(title=Spanned("VI", 0, 2))]
        return ex

    monkeypatch.setitem(dispatch.EXTRACTORS, "project_page", extractor)
    monkeypatch.setattr(
        dispatch, "classify_page", lambda text: Classified("project_page", "en", True)
    )
    ex = extract_document(doc("1024\n"))
    assert [d.title.value for d in ex.initiatives] == ["1024"]
