"""Phrasings and layouts of the twenty-fourth round (the twenty-eighth session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify import kind
from return_atlas.classify.kind import detect_kind
from return_atlas.classify.layout import split_lines
from return_atlas.extract.news_release import extract_news_release
from return_atlas.normalise.money import find_amounts
from tests.extraction import doc, funders, news, office_page, returns, titles, val


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nairobi - In 2021, the programme helped 9,000 migrants to return home. Other countries"
            " sending large numbers of beneficiaries home included Austria (1,469 migrants),"
            " Belgium (795) and Italy (358).",
            "en",
        ),
        (
            "Nairobi - En 2021, le programme a aidé 9 000 migrants à rentrer chez eux. Les autres"
            " pays envoyant un grand nombre de bénéficiaires chez eux incluent l’Autriche (1 469"
            " migrants), la Belgique (795) et l’Italie (358).",
            "fr",
        ),
        (
            "Nairobi - En 2021, el programa ayudó a 9.000 migrantes a regresar a casa. Otros"
            " países que enviaron a un gran número de beneficiarios a sus hogares fueron Austria"
            " (1.469 migrantes), Bélgica (795) e Italia (358).",
            "es",
        ),
    ],
)
def test_countries_sending_people_home_are_the_countries_left(text: str, lang: str) -> None:
    assert returns(news(text, lang))[1:] == [
        (1469, "AUT", None),
        (795, "BEL", None),
        (358, "ITA", None),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nairobi - Parmi les personnes rentrées chez elles, les Soudanais constituaient le"
            " plus important contingent en 2021, avec 1 661 rapatriés, suivis de la Guinée (1 088)"
            " et du Mali (642).",
            "fr",
        ),
        (
            "Nairobi - Entre las personas que regresaron, los sudaneses fueron el grupo más"
            " numeroso en 2021, con 1.661 retornados, seguidos de Guinea (1.088) y de Malí (642).",
            "es",
        ),
    ],
)
def test_a_country_with_its_own_figure_in_brackets_is_no_country_left(text: str, lang: str) -> None:
    assert [(count, left) for count, left, _ in returns(news(text, lang))] == [
        (1661, None),
        (1088, None),
        (642, None),
    ]


_STORY = (
    "Retornados y empresas en el país\n\n"
    "Emigrar no es una decisión fácil, como tampoco lo es volver cuando las condiciones no son"
    " las esperadas. Miles de personas han optado por el retorno en los primeros meses del año,"
    " una cifra que oculta historias de personas a las que la organización intenta ayudar.\n\n"
    "Marta regresó a su localidad natal con el objetivo de abrir su propio salón de belleza y"
    " pasar página a una etapa que prefiere olvidar.\n"
)


def test_the_day_a_stored_page_was_published_makes_a_news_release() -> None:
    assert detect_kind(_STORY) == "office_page"
    assert detect_kind(f" date 2019-11 {_STORY}") == "news_release"
    assert detect_kind(f" date 2019-11-04 {_STORY}") == "news_release"


def test_the_after_a_names_word_opens_a_new_phrase() -> None:
    text = (
        "Addis Ababa – During her visit at the IOM Migrant Transit Centre the High Representative"
        " listened to the stories of migrants who came back from Yemen."
    )
    assert titles(news(text, "en")) == ["IOM Migrant Transit Centre"]


def test_the_day_a_page_was_published_is_not_the_time_of_its_first_sentence() -> None:
    text = (
        " date 2019-07 En 2018, l’organisation a aidé 23 316 migrants à rentrer chez eux, par le"
        " biais de ses programmes de retour volontaire.\n\nCe chiffre représente une diminution"
        " de 12 % par rapport à 2017.\n"
    )
    found = extract_news_release(doc(text), "fr").returns
    assert [(val(r.count), val(r.start), val(r.end)) for r in found] == [(23316, "2018", "2018")]


def test_an_iom_project_code_in_a_titles_brackets_is_its_code() -> None:
    text = (
        "Voluntary Return and Reintegration Programme (AMF-3.2.1/9-2020-00001; RR.0208)\n\n"
        "Duration: 01 May 2021 - 31 December 2023\n\nDonor: Ministry of the Interior\n\n"
        "The programme provides information about voluntary return to potential beneficiaries"
        " and helps them return home.\n"
    )
    (found,) = office_page(text, "en").initiatives
    assert val(found.title) == "Voluntary Return and Reintegration Programme"
    assert val(found.iom_project_code) == "RR.0208"


_CARD = (
    "Actions de l’organisation\n\n"
    "Ces programmes résultent des cadres stratégiques plus larges de l'organisation et de ses"
    " partenaires en matière de retour volontaire et de réintégration durable.\n\n"
    "Pays\nAlgérie, Égypte, Libye, Maroc, Tunisie\nRégion\nMoyen-Orient et Afrique du Nord\n"
    "Statut\nActivités achevées\n{more}Description\n\n"
    "Lancée en décembre 2016, l’initiative conjointe est le premier programme global réunissant"
    " des pays d'Afrique du Nord autour du retour volontaire.\n"
)


def test_a_card_of_places_and_a_status_alone_makes_no_project_page() -> None:
    assert detect_kind(_CARD.format(more="")) != "project_page"
    assert detect_kind(_CARD.format(more="Date de début\n1 décembre 2016\n")) == "project_page"


def test_one_programme_an_elided_article_introduces_is_the_office_pages() -> None:
    text = (
        "Lancée en décembre 2016 grâce à un financement de l'Union européenne, l’Initiative"
        " conjointe pour la protection et la réintégration des migrants est la première du genre"
        " à sauver des vies le long des routes migratoires.\n\n"
        "Cette initiative fournit aux migrants qui décident de rentrer une assistance au retour"
        " volontaire.\n"
    )
    assert titles(office_page(text, "fr")) == [
        "Initiative conjointe pour la protection et la réintégration des migrants"
    ]


def test_lancee_dates_the_start_of_what_it_was_said_of() -> None:
    text = (
        "Dakar – Lancée en mars 2018 grâce à un financement de l'Union européenne, l’Initiative"
        " régionale pour la réintégration des migrants aide les migrants de retour à s'installer."
    )
    (found,) = news(text, "fr").initiatives
    assert val(found.start) == "2018-03"


def test_grace_a_un_financement_names_the_funder() -> None:
    text = (
        "Niamey – Le projet Retour au Sahel (RAS) a démarré en 2017 grâce à un financement de"
        " l’Agence italienne pour la coopération au développement (AICS)."
    )
    assert funders(news(text, "fr")) == [
        ["Agence italienne pour la coopération au développement (AICS)"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Adoption date 12/05/2017\n\nFacility for Safe Return in the Sahel\n\n"
        "The project aims to facilitate safe and dignified return of stranded migrants and their"
        " sustainable reintegration in their communities of origin.\n",
        "Project Promoter: International Organization for Migration\n"
        "Project grant rate: 100%\nMaximum project grant amount: € 900.000\n"
        "Duration: July 2022 – June 2023\n\n"
        "The project supports the voluntary return of migrants in vulnerable situations.\n",
    ],
)
def test_a_funders_record_of_a_project_is_another_kind_of_page(text: str) -> None:
    assert detect_kind(text) == "other"


def test_a_page_that_reads_more_as_another_kind_than_as_news_is_not_news() -> None:
    text = (
        "Document d’action du Fonds fiduciaire de l’UE\n\nEmbed Size (px)\n\n"
        "Dakar – L'action vise à renforcer la gestion des migrations et le retour durable des"
        " migrants, a déclaré le représentant de l'Union européenne.\n"
    )
    scores = kind.kind_scores(split_lines(text))
    assert scores["news_release"] >= 2.5
    assert detect_kind(text) == "other"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "El país aportará 4 millones de euros a la organización, entre ellos un proyecto"
            " dotado con 1.8 millones que prevé reasentar a 1,2 millones de personas.",
            "es",
            [(4_000_000.0, "EUR"), (1_800_000.0, "EUR")],
        ),
        (
            "The donor gave USD 4 million, of which 1.5 million. Some 2 million people moved.",
            "en",
            [(4_000_000.0, "USD"), (1_500_000.0, "USD")],
        ),
        ("Some 2 million people moved, and 1.5 million.", "en", []),
    ],
)
def test_millions_without_a_currency_take_the_one_of_the_amount_before(
    text: str, lang: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, code) for value, code, _, _ in find_amounts(text, lang)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Communiqués\nLocal\n\nL’organisation a soutenu la réintégration de 300 migrants\n\n"
        "Le bureau a pu finaliser l’assistance à la réintégration de 300 migrants dans leurs"
        " communautés d’origine, à travers son projet régional.\n",
        "Un communiqué officiel de l’organisation renseigne que celle-ci a tenu à Bamako un"
        " atelier sur la réintégration des migrants. Les échanges ont permis aux représentants"
        " de se familiariser avec la méthode.\n",
        "Desde 2003, un total de 2.054 inmigrantes regresaron a sus países de origen gracias al"
        " programa de retorno voluntario.\n\nImagen: Ana Pérez\n\nLas personas que llegan al país"
        " en busca de un futuro mejor no siempre logran su objetivo.\n",
    ],
)
def test_a_listing_of_releases_a_release_cited_or_a_picture_credit_make_news(text: str) -> None:
    assert detect_kind(text) == "news_release"


def test_a_period_in_brackets_between_a_project_and_its_naming_word() -> None:
    text = (
        "Agadez – Ces activités s’inscrivent dans le cadre d’un projet (2015 – 2016) intitulé :"
        " « Gestion des flux de migration dans le désert » (GEMID), cofinancé par l’Union"
        " européenne."
    )
    (found,) = news(text, "fr").initiatives
    assert val(found.title) == "Gestion des flux de migration dans le désert"
    assert (val(found.start), val(found.end)) == ("2015", "2016")


def test_a_month_ends_a_french_names_lower_case_rest() -> None:
    text = (
        "Dakar – Depuis le lancement de l’Initiative conjointe en avril 2017, plus de 70 000"
        " migrants ont bénéficié de services de réintégration."
    )
    assert "Initiative conjointe en avril" not in titles(news(text, "fr"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bamako – L’atelier du projet « Renforcement de la gouvernance des migrations au"
            " Mali » (ou « Initiative Conjointe ») a été organisé par le Gouvernement.",
            "fr",
        ),
        (
            "Bamako – The workshop of the project “Strengthening Migration Governance in Mali”"
            " (or “Joint Initiative”) was organised by the Government.",
            "en",
        ),
    ],
)
def test_a_name_in_brackets_after_or_is_another_name_of_the_one_before(
    text: str, lang: str
) -> None:
    assert len(titles(news(text, lang))) == 1


def test_a_related_article_link_is_no_initiative() -> None:
    text = (
        "El programa de retorno voluntario asistido ayuda a las personas migrantes a regresar a"
        " su país de origen.\n\nLea Más: EL PROYECTO DE LA ALCALDÍA QUE CAMBIÓ EL BARRIO\n\n"
        "Las personas interesadas pueden acercarse a las oficinas.\n"
    )
    assert not [t for t in titles(office_page(text, "es")) if t.startswith("Lea")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bamako – L’organisation a initié les 7 et 8 mars 2022 à Bamako un atelier de"
            " renforcement des capacités des acteurs locaux sur la réintégration des migrants.",
            "fr",
        ),
        (
            "San Salvador – Estos fueron los temas de un taller multiactor que fue facilitado por"
            " el programa en San Salvador el 7 de marzo de 2022.",
            "es",
        ),
    ],
)
def test_initiating_or_facilitating_a_workshop_tells_it(text: str, lang: str) -> None:
    assert [e.event_type for e in news(text, lang).events] == ["workshop"]


def test_a_comma_may_stand_between_an_amount_and_who_granted_it() -> None:
    text = (
        "Guatemala – El programa se realizará hasta octubre de 2020 y cuenta con US $10.3"
        " millones, otorgados por el Gobierno de Canadá."
    )
    found = news(text, "es").fundings
    assert [(val(f.funder), val(f.amount)) for f in found] == [("Gobierno de Canadá", 10_300_000.0)]


_BODY_ES = (
    "El organismo entregó equipo informativo y mobiliario a la secretaría en el marco de la"
    " apertura de dos oficinas municipales de atención al retornado.\n\n"
    "Estas son las primeras dos oficinas en el occidente del país, que se suman a la red de"
    " servicios estatales de protección.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        f"Fortalecen la asistencia a los migrantes retornados\n\n{_BODY_ES}",
        f"Migrant Stories\n\nUn nuevo camino para los migrantes retornados\n\n{_BODY_ES}",
        "Un nuevo camino para los migrantes retornados\n\nCaravana de migrantes en el camino."
        f" 2018. (foto Ana Pérez / OIM)\n\n{_BODY_ES}",
    ],
)
def test_a_headline_opening_with_its_verb_a_stories_label_or_a_photo_credit_make_news(
    text: str,
) -> None:
    assert detect_kind(text) == "news_release"


def test_a_title_opening_with_a_noun_is_no_headline_verb() -> None:
    assert detect_kind(f"Fortalecimiento de la asistencia a los retornados\n\n{_BODY_ES}") != (
        "news_release"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Banjul – On 27 April, 164 men and 4 women returned to The Gambia with IOM support.",
            "en",
        ),
        (
            "Banjul – Le 27 avril, 164 hommes et 4 femmes sont rentrés en Gambie avec l'appui de"
            " l'OIM.",
            "fr",
        ),
    ],
)
def test_two_groups_joined_by_and_return_together(text: str, lang: str) -> None:
    assert returns(news(text, lang)) == [(168, None, "GMB")]


def test_a_return_rounded_down_after_more_than_is_the_one_told_before() -> None:
    text = (
        "Niamey – Cette semaine, l’OIM a organisé son premier vol de retour volontaire vers"
        " Niamey, transportant 166 ressortissants nigériens.\n\n« Le retour réussi de plus de 160"
        " migrants nigériens grâce à ce vol inaugural garantit un retour sûr », a déclaré le chef"
        " de mission.\n"
    )
    assert [count for count, _, _ in returns(news(text, "fr"))] == [166]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tegucigalpa – Más de un centenar de migrantes hondureños de 53 familias han regresado"
            " a su país desde México gracias a un programa de retorno voluntario.",
            "es",
        ),
        (
            "Tegucigalpa – Over a hundred Honduran migrants from 53 families have returned home"
            " from Mexico under a voluntary return programme.",
            "en",
        ),
    ],
)
def test_a_count_of_families_counts_no_people(text: str, lang: str) -> None:
    assert 53 not in [count for count, _, _ in returns(news(text, lang))]


def test_this_year_dates_a_figure_by_the_year_of_the_dateline() -> None:
    text = (
        "Lagos, 17 March 2022 – The European Union and the organisation have disclosed that this"
        " year they have assisted the return of 500 stranded migrants from Libya to Nigeria.\n"
    )
    found = extract_news_release(doc(f"News\n\n{text}"), "en").returns
    assert [(val(r.count), val(r.start), val(r.end)) for r in found] == [(500, "2022", "2022")]


def test_a_releases_own_dateline_dates_a_figure_before_the_stored_pages_day() -> None:
    text = (
        " date 2017-06 Mardi 13 juin 2017 – Le vol spécial affrété par l’organisation atterrit à"
        " Conakry, à son bord 161 migrants guinéens qui ont sollicité l’aide pour rentrer"
        " volontairement en Guinée.\n"
    )
    found = extract_news_release(doc(text), "fr").returns
    assert [(val(r.count), val(r.start)) for r in found] == [(161, "2017-06-13")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rabat – Le programme a bénéficié à 11 300 migrants depuis 2005. Il assiste chaque"
            " année en moyenne 1 500 migrants qui souhaitent retourner volontairement dans leur"
            " pays d'origine.",
            "fr",
        ),
        (
            "Rabat – The programme has helped 11,300 migrants return since 2005. Every year it"
            " assists on average 1,500 migrants who wish to return voluntarily to their country.",
            "en",
        ),
    ],
)
def test_an_average_a_year_is_no_return_figure(text: str, lang: str) -> None:
    assert 1500 not in [count for count, _, _ in returns(news(text, lang))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Conakry – Hier, un vol en provenance d’Égypte a atterri à Conakry, transportant 153"
            " migrants de retour.",
            "fr",
        ),
        (
            "Conakry – Yesterday a flight from Egypt landed in Conakry, carrying 153 returning"
            " migrants.",
            "en",
        ),
    ],
)
def test_the_town_a_return_flight_landed_in_is_where_its_people_returned(
    text: str, lang: str
) -> None:
    assert returns(news(text, lang)) == [(153, "EGY", "GIN")]


@pytest.mark.parametrize(
    ("text", "lang", "left"),
    [
        (
            "Madrid – Desde 2003, un total de 2.054 inmigrantes regresaron desde España a sus"
            " países de origen gracias al programa de retorno voluntario.",
            "es",
            "ESP",
        ),
        (
            "Madrid – Since 2003, a total of 2,054 immigrants have returned from Spain to their"
            " countries of origin under the voluntary return programme.",
            "en",
            "ESP",
        ),
    ],
)
def test_immigrants_are_people_who_may_return(text: str, lang: str, left: str) -> None:
    assert returns(news(text, lang)) == [(2054, left, None)]
