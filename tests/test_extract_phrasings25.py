"""Phrasings and layouts of the twenty-fifth round (the twenty-ninth session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import classify_page
from return_atlas.classify.kind import detect_kind
from return_atlas.extract.dispatch import extract_document, not_a_name
from return_atlas.normalise.countries import find_countries
from tests.extraction import doc, funders, news, office_page, titles, val

_FACT_SHEET = (
    "Navigation path\n\nAdditional tools\n\nOther languages\n\nCommission - Fact Sheet\n\n"
    "Partnership for the return of migrants along the central route\n\n"
    "Brussels, 15 December 2016\n\n"
    "The Union, through its trust fund, has developed a joint initiative with the agency to"
    " support the efforts of partner countries to strengthen the management of migration and"
    " to respond to the needs of migrants on the route.\n"
)


def test_a_place_and_a_date_on_a_line_of_their_own_date_a_release_below_its_headline() -> None:
    assert detect_kind(_FACT_SHEET) == "news_release"
    assert detect_kind(_FACT_SHEET.replace("Brussels, 15 December 2016\n\n", "")) != (
        "news_release"
    )


_BRACKETED_PLACE = (
    "October 28, 2019 (ADDIS ABABA, Ethiopia): The regional authority, in partnership with the"
    " agency, is holding a Technical Workshop on the Return of Migrants for its Member States"
    " on Oct. 29 and 30 in Addis Ababa.\n\nThe objective of the workshop is to provide a forum"
    " for officials on the return of migrants in the region.\n"
)


def test_a_date_then_the_place_in_brackets_and_a_colon_is_a_dateline() -> None:
    assert detect_kind(_BRACKETED_PLACE) == "news_release"
    assert detect_kind(_BRACKETED_PLACE.replace("(ADDIS ABABA, Ethiopia): ", "")) != (
        "news_release"
    )


def test_an_organisation_that_is_holding_a_workshop_holds_it() -> None:
    found = news(_BRACKETED_PLACE, "en").events
    assert [(event.event_type, val(event.city)) for event in found] == [("workshop", "Addis Ababa")]


_AGENCY = (
    "Addis Ababa September 16/2021 (ENA) The 2nd Project Steering Committee Meeting of the"
    " reintegration project has taken place in Addis Ababa.\n\nThe director said the meeting"
    " was convened at a time when return has become a pressing issue in the country.\n"
)


def test_a_place_a_date_and_a_news_agency_in_brackets_make_a_dateline_without_a_dash() -> None:
    assert detect_kind(_AGENCY) == "news_release"
    assert detect_kind(_AGENCY.replace(" (ENA)", "")) != "news_release"
    found = news(_AGENCY, "en").events
    assert [(val(e.title), val(e.start), val(e.city)) for e in found] == [
        (
            "Project Steering Committee Meeting of the reintegration project",
            "2021-09-16",
            "Addis Ababa",
        )
    ]


def test_a_meeting_right_after_an_organisation_word_is_that_bodys_meeting() -> None:
    found = news("Addis Ababa - The Steering Committee Meeting took place on 3 May 2021.", "en")
    assert [val(e.title) for e in found.events] == ["Steering Committee Meeting"]
    named = news("Addis Ababa - The Bureau of Manpower and Training opened an office.", "en")
    assert named.events == []


_LAUNCHED = (
    "A new project entitled ‘Returnee Reintegration in the Eastern Zone’ was launched on 25 May"
    " 2019 at the University.\n\nAccording to the head of the project, the project aims to"
    " assess the barriers to the reintegration of returnees and to deliver trainings.\n"
)


def test_an_office_page_without_a_project_heading_is_read_as_prose() -> None:
    found = extract_document(doc(_LAUNCHED))
    assert found.kind == "office_page"
    assert [(val(i.title), val(i.start)) for i in found.initiatives] == [
        ("Returnee Reintegration in the Eastern Zone", "2019-05-25")
    ]
    assert "no project title or project name found" in found.warnings


@pytest.mark.parametrize(
    ("text", "lang", "funder"),
    [
        (
            "Geneva - Launched in December 2016 with funding from the Regional Trust Fund, the"
            " Joint Initiative for Migrant Protection was the first programme to assist migrants.",
            "en",
            "Regional Trust Fund",
        ),
        (
            "Bamako - Lancée en 2017 et financée par le Fonds fiduciaire régional, l’Initiative"
            " conjointe pour la protection des migrants vise à renforcer la gouvernance.",
            "fr",
            "Fonds fiduciaire régional",
        ),
        (
            "Lima - Lanzado en 2017 con el apoyo de la Unión Europea, el Proyecto Retorno Seguro"
            " busca fortalecer la reintegración.",
            "es",
            "Unión Europea",
        ),
    ],
)
def test_a_funder_inside_a_fronted_clause_of_how_an_initiative_began_funds_it(
    text: str, lang: str, funder: str
) -> None:
    assert funders(news(text, lang)) == [[funder]]


@pytest.mark.parametrize(
    ("text", "lang", "funder"),
    [
        (
            "Minsk - The agency, with support from the European Union, continues to implement the"
            " Migrant Protection Programme (MPP) in the country.",
            "en",
            "European Union",
        ),
        (
            "Abidjan - Le Gouvernement et l’agence, avec l’appui de l’Union européenne, mettent en"
            " œuvre depuis 2017 l’Initiative conjointe pour la protection des migrants.",
            "fr",
            "Union européenne",
        ),
        (
            "Lima - El Gobierno, con el apoyo de la Unión Europea, implementa el Proyecto Retorno"
            " Seguro en el país.",
            "es",
            "Unión Europea",
        ),
    ],
)
def test_a_funding_clause_between_commas_funds_what_the_subject_carries_out(
    text: str, lang: str, funder: str
) -> None:
    assert funders(news(text, lang)) == [[funder]]


@pytest.mark.parametrize(
    ("text", "lang", "funder"),
    [
        (
            "Niamey - L’agence a soutenu la réintégration de 1000 migrants grâce à l’aide de"
            " l’Union européenne dans le cadre de l’Initiative conjointe pour la protection.",
            "fr",
            "Union européenne",
        ),
        (
            "Lima - La agencia apoyó la reintegración de 1000 migrantes gracias a la ayuda de la"
            " Unión Europea en el marco del Proyecto Retorno Seguro.",
            "es",
            "Unión Europea",
        ),
    ],
)
def test_thanks_to_the_aid_of_names_a_funder(text: str, lang: str, funder: str) -> None:
    assert funders(news(text, lang)) == [[funder]]


_CONTRACT = (
    "Pristina - The mission has won a EUR 4 million contract from the European Union (EU) for"
    " Phase 4 of the Return and Reintegration in Kosovo Programme."
)


def test_a_contract_from_a_body_for_a_phase_of_a_programme_funds_the_programme() -> None:
    found = news(_CONTRACT, "en")
    assert titles(found) == ["Return and Reintegration in Kosovo Programme"]
    assert funders(found) == [["European Union (EU)"]]
    assert [(val(f.funder), val(f.amount)) for f in found.fundings] == [
        ("European Union (EU)", 4000000.0)
    ]


def test_a_phase_and_its_number_are_no_part_of_the_name() -> None:
    text = "Pristina - The second stage started with Phase 2 of the Return Counselling Programme."
    assert titles(news(text, "en")) == ["Return Counselling Programme"]


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Lima - La OIM lanzó la Fase 2 del Proyecto Retorno Seguro con el Gobierno.",
            "es",
            "Proyecto Retorno Seguro",
        ),
        (
            "Dakar - La Phase II du Programme de Réintégration Durable a été lancée hier.",
            "fr",
            "Programme de Réintégration Durable",
        ),
    ],
)
def test_a_capitalised_phase_of_a_french_or_spanish_name_is_a_part_of_it(
    text: str, lang: str, title: str
) -> None:
    assert titles(news(text, lang)) == [title]


def test_serbia_and_montenegro_is_the_former_state() -> None:
    assert [code for code, _, _ in find_countries("Albania, Serbia and Montenegro, Kosovo")] == [
        "ALB",
        "SCG",
        "XKX",
    ]
    assert [code for code, _, _ in find_countries("Serbia, Montenegro")] == ["SRB", "MNE"]


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("Eligible countries", "en"), ("Pays éligibles", "fr"), ("Países elegibles", "es")],
)
def test_a_heading_of_eligible_countries_over_a_list_gives_the_projects_countries(
    heading: str, lang: str
) -> None:
    text = (
        "Return Assistance Balkans (2012 - 2014)\n\nThe project helps returnees with"
        f" their papers after their return.\n\n{heading}\n\nAlbania, Serbia, Bosnia.\n"
    )
    found = office_page(text, lang)
    assert [[val(c) for c in i.countries] for i in found.initiatives] == [["ALB", "SRB", "BIH"]]


def test_a_date_and_its_place_in_brackets_date_and_place_the_story() -> None:
    found = news(_BRACKETED_PLACE, "en")
    assert [(val(e.start), val(e.city), val(e.country)) for e in found.events] == [
        ("2019-10-29", "Addis Ababa", "ETH")
    ]
    assert val(found.published) == "2019-10-28"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - Le ministère a procédé au lancement des deux projets de réintégration. Cette"
            " cérémonie, placée sous la présidence du ministre, s’est tenue au Musée le 24 janvier"
            " 2019.",
            "fr",
            [("launch", "2019-01-24")],
        ),
        (
            "Kpalimé - Les acteurs ont participé, le 23 novembre 2022, à un atelier de"
            " renforcement des capacités. Il s’inscrit dans le cadre du projet. La rencontre a"
            " réuni 14 participants.",
            "fr",
            [("workshop", "2022-11-23")],
        ),
        (
            "Accra - The ministry launched the two reintegration projects. The ceremony, chaired"
            " by the minister, was held at the museum on 24 January 2019.",
            "en",
            [("launch", "2019-01-24")],
        ),
    ],
)
def test_an_event_word_after_the_or_this_is_the_event_told_before(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.event_type, val(e.start)) for e in news(text, lang).events] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hier en fin d’après-midi, un vol en provenance d’Égypte a atterri à Conakry, transportant"
        " 153 migrants de retour.\n\nCes retours s’inscrivent dans le cadre du projet de l’agence"
        " avec l’État.\n",
        "Ayer por la tarde, un vuelo procedente de México aterrizó en San Pedro Sula con 126"
        " migrantes.\n\nEl retorno se inscribe en el programa de la agencia.\n",
        'The Union adopts new programmes. In her speech the High Representative said:\n\n"It is'
        ' the first time that a work like this has been put in place," thanks to a partnership.\n',
    ],
)
def test_a_lead_opening_with_yesterday_a_landing_and_a_quotation_after_said_are_news(
    text: str,
) -> None:
    assert detect_kind(text) == "news_release"


def test_a_line_opening_cue_ends_a_word() -> None:
    text = (
        "Hierarchy of the services offered to returnees\n\nThe head of the office said that the"
        " programme runs in the capital.\n"
    )
    assert detect_kind(text) != "news_release"


@pytest.mark.parametrize(
    "text",
    [
        "Skip to main content\n\nCapacity Building on Return: Factsheet on the Country\n\nRegion\n"
        "International Organization for Migration (IOM)\nPublication Series\n\nLaunched in 2016"
        " with funding from the Union, the programme assists migrants to return.\n\nAttachment"
        " Size\nDownload 963.83 KB\n",
        "Está Vd. en\n\nDocumento BOE-A-2025-24835\n\nAcuerdo suscrito entre el Ministerio y la"
        " Organización relativo a la realización de proyectos de retorno voluntario\n\n"
        "Publicado en:\n\n«BOE» núm. 293, de 6 de diciembre de 2025\n\nTEXTO ORIGINAL\n",
    ],
)
def test_a_publication_or_a_gazette_record_is_another_kind_of_page(text: str) -> None:
    assert detect_kind(text) == "other"


def test_an_official_gazette_is_another_kind_of_page() -> None:
    text = (
        "BOLETÍN OFICIAL DEL ESTADO · Núm. 306\n\nResolución por la que se publica el Acuerdo"
        " entre el Ministerio y la Organización para la realización de proyectos de retorno"
        " voluntario.\n\nEl Ministerio y la Organización acuerdan ejecutar el programa.\n"
    )
    assert detect_kind(text) == "other"


_STORY_UNDER_HEADLINE = (
    "Embassy Takes Part in the Presentation of the Results of the Assisted Voluntary Return"
    " Programme\n\nThe embassy took part in the presentation of the results of the Assisted"
    " Voluntary Return Programme (AVR), held by the agency between March 2020 and March 2021.\n"
)
_OFFICE_UNDER_HEADING = (
    "Return and Reintegration\n\nProductive Return Programme (PRP) (March 2010 - February 2012)"
    "\n\nWith the support of the Union, the office carried out this programme for nationals"
    " living abroad who wished to return home and start a business.\n"
)


def test_a_page_of_no_cue_whose_only_project_is_its_title_is_read_as_a_story() -> None:
    assert classify_page(_STORY_UNDER_HEADLINE) == ("office_page", "en", False)
    found = extract_document(doc(_STORY_UNDER_HEADLINE))
    assert found.kind == "office_page"
    assert titles(found) == ["Assisted Voluntary Return Programme (AVR)"]


def test_a_page_of_no_cue_with_a_project_heading_is_read_as_an_office_page() -> None:
    assert classify_page(_OFFICE_UNDER_HEADING).cued is False
    found = extract_document(doc(_OFFICE_UNDER_HEADING))
    assert [(val(i.title), val(i.start), val(i.end)) for i in found.initiatives] == [
        ("Productive Return Programme (PRP)", "2010-03", "2012-02")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "De enero a agosto han sido retornados casi 26 mil salvadoreños / DEM",
        "Los migrantes retornados son atendidos en el centro de la ciudad",
        "Los vuelos fueron organizados por la agencia en el mes de marzo",
    ],
)
def test_a_spanish_plural_verb_makes_a_title_a_sentence(title: str) -> None:
    assert not_a_name(title) is not None


def test_a_list_of_countries_is_no_name() -> None:
    assert not_a_name("Burkina Faso, Cameroon, Chad, Niger (the), Nigeria and Senegal") == (
        "a list of countries"
    )
    assert not_a_name("Return to Mali and Niger") is None


def test_a_name_after_a_known_body_its_acronym_and_and_starts_after_them() -> None:
    text = (
        "Cairo - The regional office of the International Organization for Migration (IOM) and"
        " the Regional Knowledge Management Hub organized a workshop in Cairo."
    )
    assert titles(news(text, "en")) == ["Regional Knowledge Management Hub"]


def test_a_director_general_heads_a_persons_office_not_a_name() -> None:
    headline = (
        "IOM Director-General Vitorino at the Regional Return and Reintegration Transit Center"
        " in Addis Ababa"
    )
    # (the store's copy writes the headline again over the text)
    text = f"{headline}\n\nAddis Ababa - The Director-General visited the centre on 3 May 2019."
    assert titles(news(text, "en", headline=headline)) == []


@pytest.mark.parametrize(
    "title", ["German", "German project", "The German project", "le projet allemand"]
)
def test_a_nationality_and_an_initiative_word_describe_no_name(title: str) -> None:
    assert not_a_name(title) == "a description"


def test_a_nationality_inside_a_name_is_part_of_it() -> None:
    assert not_a_name("German Return Programme") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Geneva, 5 July 2019 - Last year, the agency helped 63,316 migrants to return home.",
            "en",
        ),
        (
            "Genève, 5 juillet 2019 - L’année dernière, l’agence a aidé 63 316 migrants à rentrer.",
            "fr",
        ),
        (
            "Ginebra, 5 de julio de 2019 - El año pasado, la agencia ayudó a 63.316 migrantes a"
            " regresar.",
            "es",
        ),
    ],
)
def test_last_year_dates_a_return_figure_the_year_before_the_release(text: str, lang: str) -> None:
    assert [(r.count.value, val(r.start)) for r in news(text, lang).returns] == [(63316, "2018")]


@pytest.mark.parametrize(
    "dateline", ["San Salvador (abr. 29/21). La", "Tegucigalpa (08/04/2019).- La"]
)
def test_a_place_and_its_day_in_brackets_make_a_dateline(dateline: str) -> None:
    text = (
        "Embajada participa en la presentación de resultados del programa\n\n"
        f"{dateline} Embajada participó en la presentación de los resultados del programa de la"
        " agencia en el país.\n"
    )
    assert detect_kind(text) == "news_release"
    assert detect_kind(text.replace(dateline, "La")) != "news_release"


def test_one_quotation_with_a_past_verb_of_speech_makes_a_release() -> None:
    text = (
        "Con el fin de mejorar la calidad de vida de las personas retornadas, alcaldías y"
        " organismos realizan alianzas.\n\nLa agencia ha iniciado una serie de espacios de"
        " fortalecimiento de capacidades con tres municipalidades.\n\n“El proceso de"
        " reintegración se considera sostenible cuando las personas alcanzan la independencia”,"
        " expresó el jefe de misión de la agencia.\n"
    )
    assert detect_kind(text) == "news_release"
