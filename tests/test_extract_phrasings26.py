"""Phrasings and layouts of the twenty-sixth round (the thirtieth session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.dispatch import extract_document, not_a_name
from return_atlas.extract.prose_lexicon import key, lexicon
from return_atlas.extract.prose_lines import boilerplate_role
from return_atlas.normalise.money import find_amounts
from tests.extraction import doc, news, office_page, titles, val

_THOUSAND_WORD = (
    "Monterrey.- Desde el 4 de noviembre de 2018, la Organización ha brindado asistencia de"
    " retorno voluntario a mil 79 personas.\n\nEn 2022, dos mil 584 personas"
    " regresaron a su país con la asistencia del programa de retorno voluntario.\n"
)


def test_hundreds_in_digits_after_a_thousand_in_words_are_one_figure() -> None:
    counts = sorted(int(found.count.value) for found in news(_THOUSAND_WORD, "es").returns)
    assert counts == [1079, 2584]


_BYLINE = (
    "Por: Redacción Central\n\nLa Organización entregó equipo informático a la Secretaría para"
    " la atención de las personas retornadas en dos municipios del occidente del país.\n\nEstas"
    " dos nuevas oficinas se suman a la red de servicios estatales de protección al migrante.\n"
)


@pytest.mark.parametrize(
    ("byline", "lang"),
    [("Por: Redacción Central", "es"), ("By: Jane Writer", "en"), ("Par : Jean Auteur", "fr")],
)
def test_a_byline_on_a_line_of_its_own_makes_a_release(byline: str, lang: str) -> None:
    text = _BYLINE.replace("Por: Redacción Central", byline)
    assert detect_kind(text) == "news_release"
    assert detect_kind(text.replace(byline + "\n\n", "")) != "news_release"


_DOTTED_DATELINE = (
    "Por: Redacción Central\nSan Pedro.- Para fortalecer la asistencia a las personas que"
    " retornan, la Organización entregó equipo a la Secretaría en el marco de la inauguración"
    " de dos oficinas municipales.\n\nLas oficinas ofrecerán servicios de reintegración.\n"
)


def test_a_byline_heads_nothing_and_a_dateline_place_drops_its_full_stop() -> None:
    found = news(_DOTTED_DATELINE, "es")
    assert "Por: Redacción Central" not in {val(event.title) for event in found.events}
    assert {val(event.city) for event in found.events} == {"San Pedro"}


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Project Activities", "en"),
        ("Summary of project results", "en"),
        ("Facts and Figures", "en"),
        ("Progreso del proyecto en 2018-2020", "es"),
        ("Componente 1", "es"),
        ("Résumé du projet", "fr"),
    ],
)
def test_section_words_around_initiative_words_make_a_section_heading(line: str, lang: str) -> None:
    assert boilerplate_role(key(line), lexicon(lang)) == "section"


@pytest.mark.parametrize(
    "line", ["Project Hope", "The Project", "2018-2020", "Results-Based Financing Programme"]
)
def test_a_name_or_a_line_of_fillers_is_no_section_heading(line: str) -> None:
    assert boilerplate_role(key(line), lexicon("en")) is None


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("4.6 million", "a figure"),
        ("USD 168.7 million", "a figure"),
        ("Assisted Voluntary Return.Through the proposed project, the agency", "sentences"),
        ("(April 2017 - April 2022) Funded by: the Union Implementing Partner: BRAC", "a card"),
    ],
)
def test_figures_glued_sentences_and_card_lines_are_no_names(title: str, why: str) -> None:
    assert not_a_name(title) == why


@pytest.mark.parametrize(
    "title", ["ERA Project: High Demand for In Kind Assistance", "Project 2000", "U.S. Fund"]
)
def test_names_with_a_colon_or_a_figure_stay_names(title: str) -> None:
    assert not_a_name(title) is None


@pytest.mark.parametrize(
    ("since", "lang"),
    [
        (
            "Según datos oficiales, a partir de 2004 el número de retornados a Guatemala se ha"
            " incrementado año tras año.",
            "es",
        ),
    ],
)
def test_a_year_after_a_preposition_of_several_words_counts_no_one(since: str, lang: str) -> None:
    text = f"Ciudad - La Organización lanzó hoy un proyecto de reintegración.\n\n{since}\n"
    assert [found.count.value for found in news(text, lang).returns] == []


def test_a_continent_opens_a_region_never_the_town_of_an_event() -> None:
    text = (
        "Dakar - La Organización celebró hoy el primer taller de expertos sobre reintegración"
        " en África Occidental y Central.\n\nEl taller reunió a cuarenta especialistas.\n"
    )
    assert [val(event.city) for event in news(text, "es").events] == ["Dakar"]


_BREAKDOWN = (
    "Genève, 8 mars 2019 - En 2018, l'Organisation a aidé 63.316 migrants à rentrer chez eux"
    " dans le cadre de son programme de retour volontaire. Les autres pays envoyant un grand"
    " nombre de bénéficiaires chez eux sont la Grèce (4.968 migrants), l'Autriche (3.469) et"
    " l'Italie (958).\n"
)


def test_the_items_of_a_breakdown_by_country_take_the_period_of_its_total() -> None:
    found = news(_BREAKDOWN, "fr").returns
    assert [(item.count.value, val(item.start)) for item in found] == [
        (63316, "2018"),
        (4968, "2018"),
        (3469, "2018"),
        (958, "2018"),
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type"),
    [
        (
            "La Organización celebró ayer la inauguración de dos oficinas en Gracias.",
            "es",
            "ceremony",
        ),
        (
            "L'Organisation a présidé hier l'inauguration d'un centre d'accueil à Kayes.",
            "fr",
            "ceremony",
        ),
        (
            "The agency held a reintegration information session in Banjul yesterday.",
            "en",
            "meeting",
        ),
        ("El municipio organizó ayer un festival comunitario en Cuilco.", "es", "other"),
    ],
)
def test_inaugurations_information_sessions_and_festivals_are_events(
    sentence: str, lang: str, event_type: str
) -> None:
    text = f"Ciudad - {sentence}\n\nEl acto reunió a cien personas.\n"
    assert [event.event_type for event in news(text, lang).events] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type"),
    [
        ("L'Organisation a organisé hier une journée d'échanges à Thiès.", "fr", "meeting"),
        (
            "El ministro presidió ayer el inicio de obras de un centro en San Miguel.",
            "es",
            "ceremony",
        ),
    ],
)
def test_days_of_exchanges_and_ground_breakings_are_events(
    sentence: str, lang: str, event_type: str
) -> None:
    text = f"Ciudad - {sentence}\n\nEl acto reunió a cien personas.\n"
    assert [event.event_type for event in news(text, lang).events] == [event_type]


def test_a_giver_written_before_funded_project_and_its_quoted_name_funds_it() -> None:
    text = (
        "Minsk - A charter flight departed today; it was arranged within the European Union"
        " funded project “Helping Belarus Address Irregular Migration”.\n\nMore flights will"
        " follow.\n"
    )
    found = news(text, "en").initiatives
    assert [(val(i.title), [f.value for f in i.funders]) for i in found] == [
        ("Helping Belarus Address Irregular Migration", ["European Union"])
    ]


@pytest.mark.parametrize(
    ("text", "lang", "giver"),
    [
        (
            "Rabat - Dans le contexte du projet financé par l’Union européenne, « Réponse aux"
            " besoins des migrants vulnérables », l’Organisation a organisé un atelier.\n\nLa"
            " réunion a réuni 40 participants.\n",
            "fr",
            "Union européenne",
        ),
        (
            "Dakar - Under the project funded by the European Union, “Response to the Needs of"
            " Vulnerable Migrants”, the agency held a workshop.\n\nThe workshop gathered 40"
            " people.\n",
            "en",
            "European Union",
        ),
    ],
)
def test_a_project_funded_by_a_giver_then_named_after_a_comma_is_funded_by_it(
    text: str, lang: str, giver: str
) -> None:
    assert [[f.value for f in i.funders] for i in news(text, lang).initiatives] == [[giver]]


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("1,574 Migrants Have Completed Reintegration Process", "a headline"),
        (
            "In 2015 the agency assisted 92 migrants with returning home to 15 countries",
            "a headline",
        ),
        ("Plus de 300 personnes rentrent chez elles", "a headline"),
        ("Giannis Mouzalas Minister of Migration Policy", "a person"),
        (
            "John Doe y el Embajador de los Estados Unidos, al Centro de Atención al Migrante",
            "a person",
        ),
        ("la Ministre de l'Intégration et le Programme", "a person"),
    ],
)
def test_a_title_counting_people_or_holding_a_persons_office_is_no_name(
    title: str, why: str
) -> None:
    assert not_a_name(title) == why


@pytest.mark.parametrize(
    "title",
    [
        "1035 Facility",
        "Migration Agenda 2030 for Migrants",
        "Ministerial Conference on Migration and Development",
    ],
)
def test_a_figure_that_counts_no_one_or_a_ministerial_word_keeps_a_name(title: str) -> None:
    assert not_a_name(title) is None


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("une somme de 4,5 millions de francs guinéens", "fr", "GNF"),
        ("a grant of 2 million naira", "en", "NGN"),
        ("un apoyo de 500.000 lempiras", "es", "HNL"),
        ("un fonds de 300 000 dinars tunisiens", "fr", "TND"),
    ],
)
def test_the_currencies_of_countries_of_return_are_money(text: str, lang: str, code: str) -> None:
    assert [found[1] for found in find_amounts(text, lang)] == [code]


def test_what_follows_a_bracketed_breakdown_is_said_of_the_whole() -> None:
    text = (
        "Accra - Officials joined the agency to welcome 143 Ghanaian returned migrants (137"
        " male and 6 female, including 5 children) who voluntarily returned from Libya via"
        " charter flight.\n\nMore flights will follow.\n"
    )
    found = [
        (r.count.value, val(r.from_country), val(r.to_country)) for r in news(text, "en").returns
    ]
    assert found == [(143, "LBY", "GHA")]


@pytest.mark.parametrize(
    ("text", "lang", "funded"),
    [
        (
            "Colombo - The Netherlands has provided EUR 2 million (LKR 277.82 million) to the"
            " agency to support returnees.\n\nMore support will follow.\n",
            "en",
            [(2000000.0, "EUR")],
        ),
        (
            "Dakar - L’Union européenne a octroyé 2,4 millions d’euros (environ 1,6 milliard de"
            " francs CFA) à l’Organisation pour soutenir les migrants.\n\nLa cérémonie a eu lieu"
            " hier.\n",
            "fr",
            [(2400000.0, "EUR")],
        ),
    ],
)
def test_an_amount_in_brackets_after_another_is_the_same_money(
    text: str, lang: str, funded: list[tuple[float, str]]
) -> None:
    found = [(f.amount.value, f.currency.value) for f in news(text, lang).fundings]
    assert found == funded


def test_the_heading_project_named_again_without_its_article_is_one_initiative() -> None:
    text = (
        "Coordination of the Return Assistance for Voluntary Returnees to Moldova\n\n"
        "Duration: 15.12.2005 - 31.01.2010\n\n"
        'The office is implementing the project "Coordination of Return Assistance for Voluntary'
        ' Returnees to Moldova". The project aims at the sustainable return of Moldovan citizens'
        " from Austria.\n"
    )
    assert titles(office_page(text, "en")) == [
        "Coordination of the Return Assistance for Voluntary Returnees to Moldova"
    ]


def test_a_name_running_into_a_cut_clause_after_a_dash_ends_before_the_dash() -> None:
    text = (
        "Nairobi - L’Union européenne a débloqué 18 millions d’euros pour l’Initiative conjointe"
        " UE-OIM pour la protection et la réintégration des migrants.\n\nDans la corne de"
        " l’Afrique, l’Initiative conjointe UE-OIM - mis"
    )
    assert "Initiative conjointe UE-OIM - mis" not in titles(news(text, "fr"))


def test_people_stranded_in_regions_of_a_country_left_that_country() -> None:
    text = (
        "Tripoli - Since the beginning of 2017, the programme has been able to bring home more"
        " than 30,000 migrants from various nationalities stranded in different regions in"
        " Libya.\n\nMore flights will follow.\n"
    )
    assert [val(r.from_country) for r in news(text, "en").returns] == ["LBY"]


def test_a_relative_clause_after_a_list_of_parts_gives_the_whole_its_origin() -> None:
    text = (
        "Bamako – Ce vendredi 12 avril 2019, 160 migrants dont 99 Maliens (11 femmes), 51"
        " Ivoiriens (18 femmes) et 10 Burkinabè qui étaient bloqués en Libye ont été aidés au"
        " retour par l’Organisation.\n\nLes migrants ont été accueillis à l’aéroport.\n"
    )
    found = {r.count.value: val(r.from_country) for r in news(text, "fr").returns}
    assert found[160] == "LBY"


def test_one_part_after_a_whole_keeps_its_origin_to_itself() -> None:
    text = (
        "Dakar - Since 2021 the programme has helped 7,812 migrants stranded along the central"
        " route to return home, among them 1,146 Guinean nationals who returned from Mali.\n\n"
        "More flights will follow.\n"
    )
    found = {r.count.value: val(r.from_country) for r in news(text, "en").returns}
    assert found[1146] == "MLI"
    assert found[7812] != "MLI"


_THEMATIC = (
    "Retour et réintégration\n\nLa question du retour et de la réintégration est complexe et fait"
    " intervenir des intérêts et des priorités divers, que ce soit dans les politiques"
    " nationales, l’opinion publique ou la coopération internationale.\n\nTout comme la décision"
    " de migrer, la décision de retourner dépend de nombreux facteurs personnels et"
    " structurels.\n"
)


def test_a_page_read_as_an_office_page_that_names_no_initiative_is_another_kind() -> None:
    extraction = extract_document(doc(_THEMATIC))
    assert extraction.initiatives == []
    assert extraction.kind == "other"


def test_an_office_page_that_names_its_project_stays_one() -> None:
    text = (
        "Projet Tremplin (avril 2019 - mars 2021)\n\nLe projet, financé par la Suisse, aide"
        " les migrants de retour au Sénégal à créer une activité.\n"
    )
    extraction = extract_document(doc(text))
    assert titles(extraction) == ["Projet Tremplin"]
    assert extraction.kind == "office_page"
