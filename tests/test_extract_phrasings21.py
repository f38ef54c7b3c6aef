"""Phrasings and layouts of the twenty-first round (the twenty-fifth session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind, kind_scores
from return_atlas.classify.layout import split_lines
from return_atlas.extract.dispatch import not_a_name
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.prose import is_acronym
from tests.extraction import doc, funders, news, office_page, returns, teaser_listing, titles, val

_PARTS = (
    "  • 1. Ensuring Coherent Return Approaches: aims to standardise the approaches and the"
    " practices of the partners, limit fragmentation and improve their collaboration.\n"
    "  • 2. Harmonising Monitoring Activities: aims to support the harmonisation of the"
    " monitoring and evaluation of reintegration across the regions and the countries.\n"
)


def test_long_bullets_under_a_paragraph_are_parts_of_the_titled_record() -> None:
    # a record's title, its paragraph, then the parts it is made of: one record, titled
    text = (
        "Skip to main content\n\nEU - IOM Knowledge Exchange Hub (KEH)\n\nGCM Objectives\n\n"
        "The EU-IOM Knowledge Exchange Hub (KEH) for return and reintegration was established"
        " in 2017 to strengthen learning across programmes. It encompasses activities organised"
        " around two components:\n\n" + _PARTS
    )
    assert "EU - IOM Knowledge Exchange Hub (KEH)" in titles(extract_practice_page(doc(text), "en"))


def test_long_bullets_with_no_paragraph_before_them_stay_a_listing_of_teasers() -> None:
    found = teaser_listing(
        "The Returnee Skills Passport, piloted by the Ministry of Labour, records the skills"
        " that returning workers gained abroad so that employers can recognise them.",
        "The Return Information Points, run by the municipalities, advise migrants who consider"
        " a return on the services and the support that await them at home.",
    )
    assert titles(found) == ["Returnee Skills Passport", "Return Information Points"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Database of labour migration programmes\n\n  • The Seasonal Workers Scheme\n"
            "    This practice links employers abroad with workers who return home after each"
            " season, and it trains them before they leave.\n    Germany; Poland\n",
            "en",
        ),
        (
            "Base de données des programmes\n\n  • Le programme de codéveloppement\n"
            "    Cette pratique facilite l'investissement des associations de la diaspora dans"
            " des projets de développement local au Mali.\n    France; Mali\n",
            "fr",
        ),
        (
            "Base de datos de programas\n\n  • El Programa de Migración Circular\n"
            "    Esta práctica vincula a empleadores en el extranjero con trabajadores que"
            " regresan a su país al final de cada temporada.\n    Colombia; España\n",
            "es",
        ),
    ],
)
def test_a_text_that_speaks_of_this_practice_is_a_practice_page(text: str, lang: str) -> None:
    assert detect_kind(text) == "practice_page"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "INTEGRATING MIGRATION INTO LOCAL PLANNING\n\nThis case study analyses how the"
            " municipalities drew up migration profiles to guide their local development plans.",
            "en",
        ),
        (
            "INTÉGRER LA MIGRATION DANS LA PLANIFICATION LOCALE\n\nCette étude de cas analyse"
            " comment les communes ont élaboré des profils migratoires pour leurs plans locaux.",
            "fr",
        ),
        (
            "INTEGRACIÓN DE LA MIGRACIÓN EN LA PLANIFICACIÓN LOCAL\n\nEste estudio de caso"
            " analiza cómo los municipios elaboraron perfiles migratorios para sus planes locales.",
            "es",
        ),
    ],
)
def test_a_text_that_calls_itself_a_case_study_is_a_practice_page(text: str, lang: str) -> None:
    assert detect_kind(text) == "practice_page"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Challenges of Voluntary Return in a Pandemic\n\nFifteen migrants depart Belize"
            " on 30 June 2020. Credit: IOM\n\nThe closure of borders left thousands of migrants"
            " stranded, and the organisation of their return took months.",
            "en",
        ),
        (
            "Aprovechar el potencial de los migrantes\n\nCuando Mónica llegó al Ecuador, vendía"
            " plantas en la calle. Crédito fotográfico: Oficina de la OIM en el Ecuador\n\nSu"
            " historia es la de muchos otros migrantes que emprenden un pequeño negocio.",
            "es",
        ),
    ],
)
def test_a_photo_credit_alone_makes_a_news_story(text: str, lang: str) -> None:
    assert detect_kind(text) == "news_release"


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        (
            "Port of Spain - The training was held under the Safe Borders Project, which is"
            " currently being implemented by IOM Port of Spain.",
            "en",
            "active",
        ),
        (
            "Quito - Estas historias impulsaron el “Proyecto piloto de emprendimiento de"
            " migrantes”, un proyecto actualmente en curso y financiado por la OIM.",
            "es",
            "active",
        ),
        (
            "Dakar - Le Projet d'appui à la réintégration (PAR) est actuellement mis en œuvre"
            " par l'OIM dans trois régions.",
            "fr",
            "active",
        ),
        # a plan for later is no status; nor is the verb of a person doing it
        (
            "Port of Spain - The Safe Borders Project will be implemented by IOM Port of Spain.",
            "en",
            None,
        ),
        (
            "Port of Spain - Since 2019, IOM has been implementing the Safe Borders Project.",
            "en",
            None,
        ),
    ],
)
def test_a_sentence_that_tells_the_initiative_is_carried_out_now_makes_it_active(
    text: str, lang: str, status: str | None
) -> None:
    assert [val(i.status) for i in news(text, lang).initiatives][:1] == [status]


def test_oeuvre_written_in_plain_letters_reads_as_oeuvre_with_its_ligature() -> None:
    def read(spelling: str) -> list[tuple[object, ...]]:
        ex = news(
            f"Dakar - Le Projet d'appui à la réintégration (PAR) est actuellement mis en {spelling}"
            f" par l'OIM dans trois régions.",
            "fr",
        )
        return [(val(i.status), [val(o) for o in i.implementers]) for i in ex.initiatives]

    assert read("oeuvre") == read("œuvre") == [("active", ["OIM"])]


def test_a_kind_cue_reads_oeuvre_in_both_spellings() -> None:
    def scores(spelling: str) -> dict[str, float]:
        return kind_scores(split_lines(f"Le projet est mis en {spelling} par l'OIM au Niger."))

    assert scores("oeuvre") == scores("œuvre")
    assert scores("oeuvre")["office_page"] > 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rabat - Le projet « Réponse aux besoins des migrants » est financé par l'UE."
            " L'objectif général de ce projet de 18 mois (février 2015 à juillet 2016) est de"
            " contribuer à la gestion des retours.",
            "fr",
        ),
        (
            "Lima - El proyecto “Retorno digno” es financiado por Italia. El objetivo general de"
            " este proyecto de 18 meses (febrero de 2015 a julio de 2016) es apoyar los retornos.",
            "es",
        ),
        (
            "Accra - The Safe Return Project is funded by Japan. The overall objective of this"
            " project of 18 months (February 2015 - July 2016) is to support returns.",
            "en",
        ),
    ],
)
def test_a_period_in_brackets_after_the_initiative_and_its_length_dates_it(
    text: str, lang: str
) -> None:
    assert [(val(i.start), val(i.end)) for i in news(text, lang).initiatives] == [
        ("2015-02", "2016-07")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Geneva – The International Organization for Migration (IOM) with support from the"
            " European Union, today (06/12) launched the Return Knowledge Platform, a global"
            " tool.",
            "en",
            [["European Union"]],
        ),
        (
            "Lima - La OIM, con el apoyo de la Unión Europea, lanzó el Proyecto de Retorno Digno"
            " (PRD) en Perú.",
            "es",
            [["Unión Europea"]],
        ),
        (
            "Dakar - Le ministère, avec le soutien de l'Union européenne, a lancé le Projet"
            " d'appui à la réintégration (PAR).",
            "fr",
            [["Union européenne"]],
        ),
    ],
)
def test_a_funding_aside_before_a_verb_of_launching_funds_what_was_launched(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert funders(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chisinau - The Bureau, in partnership with IOM and the support of the Swiss Agency"
            " for Development and Cooperation (SDC), launched the Diaspora Grants Hub.",
            "en",
            [["Swiss Agency for Development and Cooperation (SDC)"]],
        ),
        (
            "Dakar - Le ministère, en partenariat avec l'OIM et le soutien de l'Union européenne,"
            " a lancé le Projet d'appui à la réintégration (PAR).",
            "fr",
            [["Union européenne"]],
        ),
        (
            "Lima - El ministerio, en alianza con la OIM y el apoyo de la Unión Europea, lanzó el"
            " Proyecto de Retorno Digno (PRD).",
            "es",
            [["Unión Europea"]],
        ),
    ],
)
def test_the_support_named_after_a_partner_is_a_funder(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert funders(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tripoli - The charter was funded by the European Union under the project entitled"
            " Prevention of Irregular Migration Flows (PIMF).",
            "en",
            [["European Union"]],
        ),
        (
            "Tripoli - The charter was funded by the European Union under the programme called"
            " Safe Return Initiative (SRI).",
            "en",
            [["European Union"]],
        ),
    ],
)
def test_a_channel_to_an_initiative_introduced_by_its_name_word(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert funders(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kabul - In 2008, Iran deported 766,000 Afghans.", "en", [(766000, "IRN", "AFG")]),
        (
            "Tegucigalpa - En 2018, México deportó a 6.324 migrantes hondureños.",
            "es",
            [(6324, "MEX", "HND")],
        ),
        (
            "Niamey - En 2018, l'Algérie a expulsé 6 324 migrants nigériens.",
            "fr",
            [(6324, "DZA", "NER")],
        ),
        # the country that deports is no dateline's guess
        (
            "Kabul - In 2008, the United States deported 20,318 Hondurans.",
            "en",
            [(20318, "USA", "HND")],
        ),
    ],
)
def test_the_country_that_deports_is_where_the_people_left(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dushanbe - On 12 July, twelve trainers underwent training on financial literacy in"
            " Bokhtar.",
            "en",
            [("training", "Bokhtar", "TJK")],
        ),
        (
            "Mali - Les gouvernements et leurs partenaires se sont rencontrés à Bamako, au Mali,"
            " pour la deuxième réunion régionale sur la gestion des frontières.",
            "fr",
            [("meeting", "Bamako", "MLI")],
        ),
    ],
)
def test_people_who_underwent_training_or_met_report_an_event(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    found = news(text, lang).events
    assert [(e.event_type, val(e.city), val(e.country)) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - Les acteurs se sont retrouvés à Thiès pour un atelier sur la réintégration.",
            "fr",
            [("workshop", "Thiès")],
        ),
        (
            "Dakar - L'OIM a animé un atelier sur la réintégration à Thiès.",
            "fr",
            [("workshop", "Thiès")],
        ),
        (
            "Dakar - L'OIM a dispensé une formation sur la réintégration à Thiès.",
            "fr",
            [("training", "Thiès")],
        ),
        (
            "Lima - Los actores se dieron cita en Cusco para un taller sobre reintegración.",
            "es",
            [("workshop", "Cusco")],
        ),
        # a past participle of giving is no sign that a training took place ("business training
        # delivered by local partners in Erbil" tells what a programme offers)
        (
            "Baghdad - Returnees receive business training delivered by local partners in Erbil.",
            "en",
            [],
        ),
    ],
)
def test_verbs_of_holding_an_event_in_french_and_spanish(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(e.event_type, val(e.city)) for e in news(text, lang).events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - Le Projet d'appui au retour (PAR) est rendu possible grâce au Gouvernement"
            " du Japon.",
            "fr",
            [["Gouvernement du Japon"]],
        ),
        (
            "Lima - El Proyecto de Retorno Digno (PRD) es posible gracias al Gobierno de Japón.",
            "es",
            [["Gobierno de Japón"]],
        ),
        (
            "Lima - El Proyecto de Retorno Digno (PRD) recibe financiamiento del Gobierno de"
            " Japón.",
            "es",
            [["Gobierno de Japón"]],
        ),
    ],
)
def test_made_possible_thanks_to_and_receives_funding_from(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert funders(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Plus de 3100 migrants de retour ont reçu un soutien de l'OIM, a indiqué, mardi, la"
            " responsable des projets de l'agence.",
            "fr",
        ),
        (
            "More than 3,100 returnees received support from IOM, the head of projects said on"
            " Tuesday.",
            "en",
        ),
        (
            "Más de 3.100 migrantes retornados recibieron apoyo de la OIM, informó el martes la"
            " responsable de proyectos.",
            "es",
        ),
    ],
)
def test_a_weekday_that_dates_what_was_said_makes_a_news_release(text: str, lang: str) -> None:
    assert detect_kind(text) == "news_release"


def test_a_weekday_in_a_list_of_opening_days_is_no_date() -> None:
    text = (
        "The Migrant Resource Centre in Accra offers counselling to returnees. It is open from"
        " Monday to Friday, and its staff visit the regions."
    )
    assert detect_kind(text) == "office_page"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dakar - En 2019, plus de 3100 migrants de retour volontaire au Sénégal ont bénéficié"
            " d'un soutien économique de l'OIM.",
            "fr",
        ),
    ],
)
def test_returnees_qualified_before_the_verb_that_says_they_benefited_are_no_return(
    text: str, lang: str
) -> None:
    assert returns(news(text, lang)) == []


@pytest.mark.parametrize(
    "title",
    [
        "La OIM en Colombia pone a disposición del país su experiencia acumulada",
        "La OIM impulsa un programa piloto de pasantías profesionales",
        "IOM implements a new programme for returning migrants",
        "L'OIM travaille avec les communes pour la réintégration",
    ],
)
def test_a_title_with_a_verb_after_its_subject_is_a_sentence(title: str) -> None:
    assert (not_a_name(title) or "").startswith("a sentence")


@pytest.mark.parametrize(
    "title",
    [
        "Programme de lutte contre le crime organisé et la traite des personnes",
        "Appui ciblé aux migrants de retour en Guinée",
        "Retour volontaire accompagné et réintégration durable",
        "Projet de sécurité des frontières dans le département du nord-est",
    ],
)
def test_a_participle_or_a_compound_is_no_verb_of_a_sentence(title: str) -> None:
    assert not_a_name(title) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dakar - Un projet de soutien à la libre circulation des personnes a été lancé"
            " vendredi à Dakar par l'OIM.",
            "fr",
        ),
        ("Dakar - The Free Movement Project was launched on Friday in Dakar by IOM.", "en"),
        ("Lima - El Proyecto de Retorno Digno fue lanzado este lunes en Lima por la OIM.", "es"),
    ],
)
def test_a_passive_launch_on_a_weekday_of_the_release_is_an_event(text: str, lang: str) -> None:
    assert [e.event_type for e in news(text, lang).events] == ["launch"]


def test_a_passive_launch_in_a_year_is_how_the_initiative_began() -> None:
    text = "Lima - El Proyecto de Retorno Digno fue lanzado en 2019 en Lima por la OIM."
    assert news(text, "es").events == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Accra - The Safe Return Project (SRP) is funded by the european union.",
            "en",
            [["european union"]],
        ),
        (
            "Lima - El Proyecto de Retorno Digno (PRD) es financiado por la unión europea.",
            "es",
            [["unión europea"]],
        ),
    ],
)
def test_a_known_giver_written_in_lower_case_is_a_funder(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert funders(news(text, lang)) == expected


def test_a_known_giver_in_lower_case_gives_a_funding() -> None:
    text = (
        "Dakar - Financé par l'union européenne à hauteur de 26 millions d'euros sur cinq ans,"
        " le projet soutient la libre circulation."
    )
    found = news(text, "fr").fundings
    assert [(val(f.funder), val(f.amount)) for f in found] == [("union européenne", 26_000_000.0)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Accra - A fund of USD 1 million granted by UNDP helped the returnees.",
            "en",
            [("UNDP", 1_000_000.0)],
        ),
        (
            "Dakar - Une subvention de 1 million de dollars accordée par le PNUD aide les"
            " rapatriés.",
            "fr",
            [("PNUD", 1_000_000.0)],
        ),
        (
            "Lima - Un fondo de 1 millón de dólares otorgado por el PNUD ayuda a los retornados.",
            "es",
            [("PNUD", 1_000_000.0)],
        ),
    ],
)
def test_an_amount_granted_by_a_giver(
    text: str, lang: str, expected: list[tuple[str, float]]
) -> None:
    assert [(val(f.funder), val(f.amount)) for f in news(text, lang).fundings] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dakar - Un fonds d'un million de dollars accordé par le PNUD aide les rapatriés.", "fr"),
        ("Accra - One million US dollars from UNDP helped the returnees.", "en"),
        (
            "Lima - Un fondo de un millón de dólares otorgado por el PNUD ayuda a los retornados.",
            "es",
        ),
    ],
)
def test_a_funding_whose_amount_is_written_in_words(text: str, lang: str) -> None:
    found = news(text, lang).fundings
    assert [(val(f.amount), val(f.currency)) for f in found] == [(1_000_000.0, "USD")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - Du 2 au 4 juillet, les responsables des agences ont effectué une visite"
            " d’étude dans la région de Kolda afin d’observer les progrès.",
            "fr",
            [("other", "Kolda")],
        ),
        (
            "Dakar - Le comité a effectué une visite sur le terrain à Kolda pour constater les"
            " projets.",
            "fr",
            [("other", "Kolda")],
        ),
        (
            "Lima - El comité realizó una visita de campo en el departamento de Cusco para ver"
            " los proyectos.",
            "es",
            [("other", "Cusco")],
        ),
        (
            "Kabul - The committee conducted a field visit in the province of Herat to see the"
            " projects.",
            "en",
            [("other", "Herat")],
        ),
    ],
)
def test_a_field_visit_and_the_region_it_went_to(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(e.event_type, val(e.city)) for e in news(text, lang).events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tegucigalpa – La OIM desarrolló un espacio de diálogo que contó con la participación"
            " del personal de los consulados.",
            "es",
            [("meeting", "Tegucigalpa")],
        ),
        (
            "Dakar – Une table ronde, avec la participation des autorités locales, a porté sur"
            " le retour.",
            "fr",
            [("meeting", "Dakar")],
        ),
        (
            "Accra – A roundtable with the participation of 30 officials focused on returns.",
            "en",
            [("meeting", "Accra")],
        ),
    ],
)
def test_an_event_told_by_who_took_part_in_it(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(e.event_type, val(e.city)) for e in news(text, lang).events] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dakar - Mme Diallo intervenait à l’ouverture officielle d’un atelier de trois jours"
            " sur la réintégration.",
            "fr",
            [("workshop", "atelier de trois jours sur la réintégration")],
        ),
        (
            "Dakar - Ms Diallo spoke at the opening of a three-day workshop on reintegration.",
            "en",
            [("workshop", "three-day workshop on reintegration")],
        ),
        (
            "Lima - La Sra. Díaz habló en la apertura de un taller de tres días sobre"
            " reintegración.",
            "es",
            [("workshop", "taller de tres días sobre reintegración")],
        ),
    ],
)
def test_a_speech_at_the_opening_of_an_event_tells_it_took_place(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert [(e.event_type, val(e.title)) for e in news(text, lang).events] == expected


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("CONTEXTE REGIONAL", "fr"), ("Regional context", "en"), ("Contexto nacional", "es")],
)
def test_a_context_heading_names_no_initiative(heading: str, lang: str) -> None:
    text = (
        f"{heading}\n\nLa Tunisie, le Maroc et le Sénégal figurent parmi les principaux pays"
        " d'origine des migrants qui retournent volontairement de l'Union européenne.\n"
    )
    assert heading not in titles(office_page(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tunis - Le projet MoTuSe soutient les migrants de retour en Tunisie.", "fr"),
        ("Tunis - La OIM ejecuta el proyecto MoTuSe en Túnez.", "es"),
    ],
)
def test_an_acronym_of_syllables_after_the_initiative_word_names_it(text: str, lang: str) -> None:
    assert titles(news(text, lang)) == ["MoTuSe"]


@pytest.mark.parametrize(
    ("word", "acronym"),
    [("MoTuSe", True), ("MaReMi", True), ("McDonald", False), ("YouTube", False)],
)
def test_which_mixed_case_words_are_acronyms(word: str, acronym: bool) -> None:
    assert is_acronym(word) is acronym


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kabul - In 2008, Iran has deported 766,000 Afghans.", "en", [(766000, "IRN", "AFG")]),
        (
            "Tegucigalpa - En 2018, México ha deportado a 6.324 hondureños.",
            "es",
            [(6324, "MEX", "HND")],
        ),
    ],
)
def test_an_auxiliary_between_the_deporting_country_and_its_verb(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected
