"""Phrasings of the thirteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.drafts import Extraction
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.prose import is_acronym
from tests.extraction import doc, news, project, returns, titles, val


def _office(text: str, lang: str) -> Extraction:
    return extract_office_page(doc(text), lang)


# --- events: "during" tells that something happened only before an event ----------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Lima – Las personas retornadas reciben acompañamiento durante todo el trayecto "
            "hasta la entrega a las autoridades de protección.",
            "es",
        ),
        (
            "Dakar – Les migrants sont accompagnés lors de leur voyage jusqu'à la remise aux "
            "autorités de protection.",
            "fr",
        ),
        (
            "Accra – Returnees are escorted during the whole journey until the handover to "
            "the child protection services.",
            "en",
        ),
    ],
)
def test_during_a_journey_tells_no_event_that_took_place(body: str, lang: str) -> None:
    assert news(body, lang).events == []


@pytest.mark.parametrize(
    ("body", "lang", "event_type"),
    [
        (
            "Lima – La ministra habló durante la ceremonia de entrega de equipos a la "
            "Dirección de Migraciones.",
            "es",
            "ceremony",
        ),
        (
            "Accra – The minister spoke during the two-day workshop on reintegration.",
            "en",
            "workshop",
        ),
    ],
)
def test_during_an_event_still_tells_that_it_took_place(
    body: str, lang: str, event_type: str
) -> None:
    (event,) = news(body, lang).events
    assert event.event_type == event_type


# --- events: Spanish plural past verbs of holding ----------------------------------------------


@pytest.mark.parametrize(
    "verb", ["realizaron", "organizaron", "llevaron a cabo", "impartieron", "celebraron"]
)
def test_a_spanish_plural_past_verb_tells_that_a_workshop_took_place(verb: str) -> None:
    body = (
        f"Ciudad de México – El 27 de junio de 2019, la OIM y el INM {verb} en Tapachula un "
        "taller sobre la protección de personas migrantes."
    )
    (event,) = news(body, "es").events
    assert (event.event_type, val(event.start), val(event.city)) == (
        "workshop",
        "2019-06-27",
        "Tapachula",
    )


def test_a_workshop_that_will_be_held_is_still_no_event() -> None:
    body = "Ciudad de México – La OIM y el INM realizarán en Tapachula un taller en julio."
    assert news(body, "es").events == []


# --- events: a handover told by a verb is the handover a later noun refers back to -----------


def test_the_handover_a_later_sentence_refers_to_is_the_one_told() -> None:
    body = (
        "Conakry – IOM handed over on 14 February 2024 a set of computers to the National "
        "Directorate of Guineans Abroad. Following the handover, IOM organized a three-day "
        "training on psychosocial support in Kankan from 19 to 21 February 2024."
    )
    events = news(body, "en").events
    assert [(e.event_type, val(e.start)) for e in events] == [
        ("ceremony", "2024-02-14"),
        ("training", "2024-02-19"),
    ]


def test_a_handover_ceremony_with_no_handover_told_before_is_its_own_event() -> None:
    body = (
        "Conakry – IOM trained 30 officials in Kankan on 12 February 2024. The handover "
        "ceremony took place in Conakry on 14 February 2024."
    )
    types = [e.event_type for e in news(body, "en").events]
    assert "ceremony" in types


# --- names: a date and a place before "with support from" are no funded initiative ------------


def test_a_date_and_a_place_before_a_funding_cue_are_no_initiative() -> None:
    body = (
        "Nairobi – The Government of Kenya validated its National Labour Migration Policy at a "
        "two-day workshop held on 22 and 23 March 2022 in Naivasha, with support from IOM."
    )
    assert titles(news(body, "en")) == ["National Labour Migration Policy"]


def test_a_name_before_a_funding_cue_is_still_a_funded_initiative() -> None:
    body = "Nairobi – IOM ran Kazi Bora Pwani, with support from the European Union."
    assert titles(news(body, "en")) == ["Kazi Bora Pwani"]


# --- names: a name apposed to an initiative word may end with a place --------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Quito – The Ministry today launched Conecta Ecuador, an online platform that "
            "brings together services for returnees.",
            "en",
            "Conecta Ecuador",
        ),
        (
            "Tegucigalpa – La Secretaría lanzó Vuelve Honduras, una plataforma en línea para "
            "las personas retornadas.",
            "es",
            "Vuelve Honduras",
        ),
    ],
)
def test_a_name_apposed_to_an_initiative_word_may_end_with_a_place(
    body: str, lang: str, title: str
) -> None:
    assert title in titles(news(body, lang))


def test_a_place_apposed_to_an_initiative_word_is_no_name() -> None:
    body = "Bamako – IOM trained officials from Mali, a programme country, in May."
    assert titles(news(body, "en")) == []


# --- dates: "se ejecuta hasta", "dure jusqu'en", "is implemented until" end an initiative ------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tegucigalpa – El proyecto Retorno Seguro en Honduras cuenta con el apoyo de "
            "Canadá y se ejecuta hasta diciembre de 2025.",
            "es",
        ),
        (
            "Dakar – Le projet Retour Solidaire au Sénégal, financé par la Belgique, dure "
            "jusqu'en décembre 2025.",
            "fr",
        ),
        (
            "Accra – The Safe Return Ghana Project is implemented until December 2025 with "
            "funding from Denmark.",
            "en",
        ),
    ],
)
def test_a_verb_of_running_until_a_date_ends_the_initiative(body: str, lang: str) -> None:
    (initiative,) = news(body, lang).initiatives
    assert val(initiative.end) == "2025-12"
    assert val(initiative.start) is None


# --- dates: "ran the project", "se ejecuta": a period in a sentence that runs the initiative ---


@pytest.mark.parametrize(
    ("body", "lang", "start", "end"),
    [
        (
            "Tallinn – From 1 January 2019 to 31 December 2021 IOM Estonia ran the project "
            "Assisted Voluntary Return from Estonia (AVRE), which offered migrants a way home.",
            "en",
            "2019-01-01",
            "2021-12-31",
        ),
        (
            "Quito – El proyecto Retorno Digno (REDI) se ejecuta entre enero de 2022 y "
            "diciembre de 2023 en las provincias de Azuay y Cañar.",
            "es",
            "2022-01",
            "2023-12",
        ),
    ],
)
def test_a_period_in_a_sentence_that_runs_the_initiative_dates_it(
    body: str, lang: str, start: str, end: str
) -> None:
    (initiative,) = news(body, lang).initiatives
    assert (val(initiative.start), val(initiative.end)) == (start, end)


# --- office pages: a sentence opening with a verb of running goes on about the initiative -----


_ABOUT = (
    "Este proyecto, financiado por la Unión Europea, apoya a las personas ecuatorianas "
    "retornadas. {second}\n\nRetorno Digno para personas ecuatorianas retornadas\n"
)


def test_a_subjectless_sentence_of_running_dates_the_initiative_before_it() -> None:
    second = "Se ejecuta entre enero de 2022 y diciembre de 2023 en las provincias de Azuay."
    (initiative,) = _office(_ABOUT.format(second=second), "es").initiatives
    assert (val(initiative.start), val(initiative.end)) == ("2022-01", "2023-12")


def test_a_sentence_about_something_else_does_not_date_the_initiative() -> None:
    second = "Las provincias de Azuay y Cañar recibieron 300 personas entre 2022 y 2023."
    (initiative,) = _office(_ABOUT.format(second=second), "es").initiatives
    assert (val(initiative.start), val(initiative.end)) == (None, None)


# --- funders: "and by" after a giver's amount adds a giver; each amount is its giver's ---------


@pytest.mark.parametrize(
    ("body", "lang", "funders", "fundings"),
    [
        (
            "Accra – IOM launched the Sahel Reintegration Support Programme (SRSP). The SRSP is "
            "funded by the European Union with EUR 18 million and by the Swiss Agency for "
            "Development and Cooperation (SDC) with CHF 2.5 million.",
            "en",
            ["European Union", "Swiss Agency for Development and Cooperation (SDC)"],
            [
                ("European Union", 18_000_000, "EUR"),
                ("Swiss Agency for Development and Cooperation (SDC)", 2_500_000, "CHF"),
            ],
        ),
        (
            "Accra – IOM runs the Eastern Route Protection and Return Initiative (ERPRI). ERPRI "
            "is funded by the European Union with EUR 4.2 million and by the Government of "
            "Germany.",
            "en",
            ["European Union", "Government of Germany"],
            [("European Union", 4_200_000, "EUR")],
        ),
        (
            "Dakar – L'OIM met en œuvre le Programme Retour Digne (PRD). Le PRD est financé par "
            "l'Union européenne avec 3 millions d'euros et par la Suisse.",
            "fr",
            ["Union européenne", "Suisse"],
            [("Union européenne", 3_000_000, "EUR")],
        ),
    ],
)
def test_and_by_after_a_givers_amount_adds_a_giver(
    body: str, lang: str, funders: list[str], fundings: list[tuple[str, float, str]]
) -> None:
    ex = news(body, lang)
    (initiative,) = ex.initiatives
    assert [val(f) for f in initiative.funders] == funders
    assert [(val(f.funder), val(f.amount), val(f.currency)) for f in ex.fundings] == fundings


def test_one_amount_after_two_givers_is_still_given_by_both() -> None:
    body = (
        "Accra – IOM launched the Sahel Reintegration Support Programme (SRSP). The SRSP is "
        "funded by the European Union and the Government of Germany with EUR 18 million."
    )
    (funding,) = news(body, "en").fundings
    assert val(funding.funder) == "European Union and the Government of Germany"


# --- project pages: "This project, co-funded by X," names the project's funder -----------------


@pytest.mark.parametrize(
    ("description", "lang", "funder"),
    [
        (
            "Many workers pay high fees. This project, co-funded by the Swiss Agency for "
            "Development and Cooperation (SDC), will work with the labour ministries.",
            "en",
            "Swiss Agency for Development and Cooperation (SDC)",
        ),
        (
            "Este proyecto, financiado por la Unión Europea, apoya a los ministerios.",
            "es",
            "Unión Europea",
        ),
    ],
)
def test_this_project_before_its_funding_clause_is_the_funded_project(
    description: str, lang: str, funder: str
) -> None:
    (initiative,) = project(description, lang).initiatives
    assert [val(f) for f in initiative.funders] == [funder]


def test_this_opening_a_sentence_about_something_else_names_no_funder() -> None:
    description = "This road, funded by the World Bank, links the two towns."
    (initiative,) = project(description, "en").initiatives
    assert initiative.funders == []


# --- dates: "X, which since 2019 has helped N people return" dates X --------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Guatemala – La OIM presentó el balance del programa Retorno Digno, que desde 2019 "
            "ha apoyado el retorno voluntario de 3.412 personas guatemaltecas.",
            "es",
        ),
        (
            "Accra – IOM presented the results of the Safe Return Programme, which since 2019 "
            "has helped 3,412 Ghanaians return home voluntarily.",
            "en",
        ),
    ],
)
def test_a_since_in_a_relative_clause_after_the_name_dates_the_initiative(
    body: str, lang: str
) -> None:
    (initiative,) = news(body, lang).initiatives
    assert val(initiative.start) == "2019"


def test_a_since_that_opens_a_count_of_returns_still_dates_only_the_returns() -> None:
    body = (
        "Accra – IOM presented the Safe Return Programme. Since 2019, 3,412 Ghanaians have "
        "returned home voluntarily."
    )
    (initiative,) = news(body, "en").initiatives
    assert val(initiative.start) is None


# --- countries: a giver's country is not the initiative's wherever its name is written -------


def test_a_givers_name_written_before_its_gift_gives_no_country() -> None:
    body = (
        "Dohuk - The Government of Japan and IOM yesterday (21/02) launched a new project to "
        "support the return of families to Sinjar district. With a contribution of USD 3.4 "
        "million from the Government of Japan, the Sustainable Returns to Sinjar project will "
        "help some 2,500 families."
    )
    (initiative,) = news(body, "en").initiatives
    assert [val(f) for f in initiative.funders] == ["Government of Japan"]
    assert "JPN" not in [val(c) for c in initiative.countries]


def test_a_country_that_gives_nothing_is_still_the_initiatives() -> None:
    body = (
        "Dohuk - The Government of Iraq and IOM yesterday (21/02) launched a new project to "
        "support the return of families to Sinjar district. With a contribution of USD 3.4 "
        "million from the Government of Japan, the Sustainable Returns to Sinjar project will "
        "help some 2,500 families."
    )
    (initiative,) = news(body, "en").initiatives
    assert "IRQ" in [val(c) for c in initiative.countries]


# --- events: "Japan-Funded" in a headline names the donor, not the event's country -----------


def test_a_donor_joined_to_funded_in_the_headline_is_not_the_events_country() -> None:
    body = "Dohuk - IOM yesterday (21/02) launched a new project to support returns to Sinjar."
    headline = "Japan-Funded Project to Help Families Return to Sinjar, Iraq, Launched"
    (event,) = news(body, "en", headline=headline).events
    assert val(event.country) == "IRQ"


def test_a_country_in_the_headline_is_still_the_events_country() -> None:
    body = "Dohuk - IOM yesterday (21/02) launched a new project to support returns to Sinjar."
    headline = "Japan Launches Project to Help Families Return to Sinjar"
    (event,) = news(body, "en", headline=headline).events
    assert val(event.country) == "JPN"


# --- returns: a figure of countries counts no people -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "The meeting on return brought together officials from 15 West and Central African "
            "countries.",
            "en",
        ),
        ("La réunion sur le retour a réuni des délégués de 12 pays.", "fr"),
        ("El encuentro sobre el retorno reunió a delegados de 9 países.", "es"),
    ],
)
def test_a_figure_of_countries_counts_no_returnees(sentence: str, lang: str) -> None:
    assert returns(news(f"Dakar – IOM held a meeting. {sentence}", lang)) == []


def test_migrants_returned_to_their_countries_are_still_counted() -> None:
    body = "Dakar – In 2023, 1,200 migrants returned to their countries of origin with IOM."
    assert [count for count, _, _ in returns(news(body, "en"))] == [1200]


# --- returns: returnees who obtained or completed something are no return figure -------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("In 2021, 12,400 returnees obtained a national certificate through the scheme.", "en"),
        ("Since 2018, 410 returnees have completed the incubation cycle.", "en"),
        ("En 2021, 1.240 personas retornadas obtuvieron un certificado nacional.", "es"),
        ("En 2021, 1 240 migrants de retour ont obtenu un certificat national.", "fr"),
    ],
)
def test_returnees_who_obtained_a_certificate_are_no_return(sentence: str, lang: str) -> None:
    lead = (
        "Manila – Since March 2020, the Skills Authority has offered returning overseas "
        "workers free assessment and certification of the skills they acquired abroad."
    )
    assert returns(news(f"{lead} {sentence}", lang)) == []


# --- events: a long participle clause opening a sentence tells how the initiative began -------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Tirana – Launched in October 2003 with funding from the Government of Italy, the "
            "project helped Albanian nationals coming back from EU Member States.",
            "en",
        ),
        (
            "Dakar – Lancé en octobre 2019 avec le financement du Gouvernement de l'Italie, le "
            "projet a aidé les migrants de retour à se réinsérer.",
            "fr",
        ),
    ],
)
def test_a_long_participle_clause_opening_a_sentence_is_no_launch(body: str, lang: str) -> None:
    assert news(body, lang).events == []


def test_a_launch_told_by_its_verb_is_still_an_event() -> None:
    body = "Tirana – IOM launched on 3 October 2003 a project for returnees in Albania."
    (event,) = news(body, "en").events
    assert (event.event_type, val(event.start)) == ("launch", "2003-10-03")


# --- office pages: a heading that ends the page titles the paragraph above it ------------------


_TRAILING = (
    "Proyectos\n\nRetorno Voluntario Asistido desde Ecuador\n\nDesde 2019, la OIM en Ecuador "
    "brinda asistencia a personas que desean regresar a su país. La asistencia incluye "
    "transporte y apoyo económico.\n\n{last}\n\nCiudades incluyentes: integración local de "
    "personas migrantes en Ecuador\n"
)


def test_a_heading_that_ends_the_page_titles_the_this_project_paragraph_above_it() -> None:
    last = (
        "Este proyecto, que se ejecuta entre enero de 2021 y diciembre de 2022 con "
        "financiamiento de la Unión Europea, apoya a los gobiernos municipales."
    )
    ex = _office(_TRAILING.format(last=last), "es")
    assert [(val(i.title), val(i.start), [val(f) for f in i.funders]) for i in ex.initiatives] == [
        ("Retorno Voluntario Asistido desde Ecuador", "2019", []),
        (
            "Ciudades incluyentes: integración local de personas migrantes en Ecuador",
            "2021-01",
            ["Unión Europea"],
        ),
    ]


def test_a_closing_heading_under_a_paragraph_of_the_first_project_titles_nothing() -> None:
    last = "La OIM también coordina con las autoridades la recepción de quienes regresan."
    ex = _office(_TRAILING.format(last=last), "es")
    assert titles(ex) == ["Retorno Voluntario Asistido desde Ecuador"]


# --- names: "et" inside a French name closed by a bracketed acronym; acronyms opening with a digit


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Niamey – Ce vol a été organisé dans le cadre du programme Retour et réintégration "
            "au Sahel (RRS), mis en œuvre au Niger.",
            "Retour et réintégration au Sahel (RRS)",
        ),
        (
            "Niamey – Ce vol a été organisé dans le cadre du programme Retour et réintégration "
            "au Sahel (2RS), mis en œuvre au Niger.",
            "Retour et réintégration au Sahel (2RS)",
        ),
    ],
)
def test_a_french_name_joined_by_et_and_closed_by_an_acronym_is_whole(
    body: str, title: str
) -> None:
    assert titles(news(body, "fr")) == [title]


def test_et_before_a_verb_still_ends_a_french_name() -> None:
    body = (
        "Niamey – L'Initiative conjointe pour la protection des migrants et forme des agents "
        "au Niger depuis 2017."
    )
    assert all(" et forme" not in title for title in titles(news(body, "fr")))


def test_a_year_or_a_digit_and_one_capital_is_no_acronym() -> None:
    assert not is_acronym("2020")
    assert not is_acronym("3D")
    assert is_acronym("2RS")


# --- names: a quoted name and its acronym, then ", the project" ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "title"),
    [
        (
            "Conakry – Known as “Building Resilience through Community-based Reintegration in "
            "Guinea” (BRIDGE), the project is backed by the Government of Japan.",
            "en",
            "Building Resilience through Community-based Reintegration in Guinea",
        ),
        (
            "Dakar – Connu sous le nom « Appui à la réintégration au Sénégal » (ARES), le projet "
            "est financé par la Belgique.",
            "fr",
            "Appui à la réintégration au Sénégal",
        ),
    ],
)
def test_a_quoted_name_with_its_acronym_then_the_project_is_its_name(
    body: str, lang: str, title: str
) -> None:
    assert titles(news(body, lang)) == [title]


def test_a_quoted_phrase_with_its_acronym_then_a_person_is_no_name() -> None:
    body = "Conakry – Known as “Returning Home Safely” (RHS), the minister spoke at the ceremony."
    assert titles(news(body, "en")) == []


# --- a named dialogue apposed to "a platform" is an initiative, and a gift "to" it no name ----


_DIALOGUE = (
    "Dakar – Officials met in Dakar on 27 and 28 February 2024 to review reintegration. The "
    "meeting was convened under the Regional Reintegration Dialogue, {apposed}. The meeting "
    "was made possible thanks to a contribution of EUR 1.2 million from the Italian Ministry "
    "of Foreign Affairs and International Cooperation to the Regional Reintegration Dialogue."
)


def test_a_named_dialogue_apposed_to_an_initiative_word_is_an_initiative() -> None:
    ex = news(_DIALOGUE.format(apposed="a platform launched in 2021 by IOM and ECOWAS"), "en")
    assert titles(ex) == ["Regional Reintegration Dialogue"]
    assert [e.event_type for e in ex.events] == ["meeting"]


def test_a_named_dialogue_that_met_is_still_an_event() -> None:
    body = (
        "Dakar – Ministers met in Dakar on 27 February 2024 for the Regional Reintegration "
        "Dialogue, which reviewed national strategies."
    )
    (event,) = news(body, "en").events
    assert val(event.start) == "2024-02-27"


# --- a dialogue met in a round of itself stays an initiative, with its members' countries ------


def test_a_dialogue_met_for_a_round_of_itself_stays_an_initiative() -> None:
    body = (
        "Ulaanbaatar – Senior officials from China, Japan, Mongolia and the Republic of Korea "
        "met on 3 and 4 June 2019 for the second round of the Northeast Asia Labour Migration "
        "Dialogue, hosted by Mongolia."
    )
    ex = news(body, "en")
    (initiative,) = ex.initiatives
    assert val(initiative.title) == "Northeast Asia Labour Migration Dialogue"
    assert {val(c) for c in initiative.countries} == {"CHN", "JPN", "MNG", "KOR"}
    assert [val(e.start) for e in ex.events] == ["2019-06-03"]


def test_a_dialogue_held_as_one_meeting_is_an_event_only() -> None:
    body = (
        "Kampala – Officials from Uganda and Kenya met on 16 October 2024 for the Regional "
        "Dialogue on Return, held in Kampala."
    )
    assert titles(news(body, "en")) == []


# --- returns: counted by host country, each figure left the country written before it ---------


def test_returns_counted_by_host_country_left_the_country_before_each_figure() -> None:
    body = (
        "Geneva – In 2022, IOM helped 64,000 migrants return home voluntarily. Niger remained "
        "the main host country, with 17,310 migrants departing from there, followed by Germany "
        "(9,114) and Libya (7,862)."
    )
    got = {count: origin for count, origin, _ in returns(news(body, "en"))}
    assert (got.get(17_310), got.get(9_114), got.get(7_862)) == ("NER", "DEU", "LBY")


def test_a_figure_with_no_host_country_cue_takes_no_country_before_it() -> None:
    body = (
        "Geneva – In 2022, IOM helped 64,000 migrants return home voluntarily. In Niger, 17,310 "
        "of them received reintegration counselling."
    )
    assert all(origin != "NER" for _, origin, _ in returns(news(body, "en")))


# --- returns: "au départ du Niger" names the country left, however far the return word -------


def test_au_depart_du_names_the_country_left_far_from_the_return_word() -> None:
    body = (
        "Niamey – Depuis janvier 2021, plus de 6 500 migrants ont bénéficié de l'aide au retour "
        "volontaire et à la réintégration au départ du Niger, grâce au financement de l'Union "
        "européenne."
    )
    assert returns(news(body, "fr")) == [(6500, "NER", None)]


def test_migrants_du_niger_far_from_a_return_word_is_their_nationality() -> None:
    body = (
        "Niamey – En 2021, 650 migrants ont bénéficié de l'aide au retour volontaire et à la "
        "réintégration, dont beaucoup de migrants du Niger."
    )
    assert all(origin != "NER" for _, origin, _ in returns(news(body, "fr")))


# --- office pages: "Les activités se déroulent au …" is about the page's project --------------


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        (
            "Migration, résilience et adaptation au Sahel (MIRASAHEL)\n\nLe projet MIRASAHEL "
            "étudie la mobilité des ménages ruraux.\n\nZones d’intervention\n\nLes activités se "
            "déroulent au Burkina Faso, au Niger et au Tchad.\n",
            "fr",
            {"BFA", "NER", "TCD"},
        ),
        (
            "Movilidad climática en el Corredor Seco (MOCLIS)\n\nEl proyecto MOCLIS estudia la "
            "movilidad de los hogares rurales.\n\nZonas de intervención\n\nLas actividades se "
            "desarrollan en Guatemala y Honduras.\n",
            "es",
            {"GTM", "HND"},
        ),
    ],
)
def test_a_sentence_about_the_activities_gives_the_projects_countries(
    text: str, lang: str, countries: set[str]
) -> None:
    (initiative,) = _office(text, lang).initiatives
    assert {val(c) for c in initiative.countries} == countries


def test_a_sentence_about_something_else_gives_no_country() -> None:
    text = (
        "Migration, résilience et adaptation au Sahel (MIRASAHEL)\n\nLe projet MIRASAHEL étudie "
        "la mobilité des ménages ruraux.\n\nContexte\n\nLes pluies ont baissé au Tchad.\n"
    )
    (initiative,) = _office(text, "fr").initiatives
    assert initiative.countries == []


# --- names: a lower-case initiative word after a name's acronym is no part of the name ---------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Tripoli – A charter flight organized under the Voluntary Humanitarian Return (VHR) "
            "programme took 150 migrants home.",
            "Voluntary Humanitarian Return (VHR)",
        ),
        (
            "Tripoli – The Mediterranean Sustainable Reintegration (MEASURE) Project helped 150 "
            "migrants home.",
            "Mediterranean Sustainable Reintegration (MEASURE) Project",
        ),
    ],
)
def test_only_a_capitalised_word_after_the_acronym_belongs_to_the_name(
    body: str, title: str
) -> None:
    assert title in titles(news(body, "en"))


# --- events: a publication "was presented" on a day is its launch --------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start"),
    [
        (
            "Yerevan – The study “Skills Beyond Borders: The Armenian Diaspora in Europe” was "
            "presented on 3 May 2022 to government partners.",
            "en",
            "2022-05-03",
        ),
        (
            "Rabat – Le guide « Conseiller les migrants sur le retour », publié en février 2019, "
            "a été présenté le 7 mars 2019 à Rabat devant les ministères.",
            "fr",
            "2019-03-07",
        ),
    ],
)
def test_a_publication_presented_on_a_day_is_launched(body: str, lang: str, start: str) -> None:
    (event,) = news(body, lang).events
    assert (event.event_type, val(event.start)) == ("launch", start)


@pytest.mark.parametrize(
    "body",
    [
        "Yerevan – IOM presented its findings to government partners on 3 May 2022.",
        "Yerevan – The findings of the study “Diaspora in Europe” were presented at a round "
        "table held in Yerevan on 18 May 2022.",
    ],
)
def test_presenting_findings_or_at_another_event_is_no_launch(body: str) -> None:
    assert all(e.event_type != "launch" for e in news(body, "en").events)


# --- events: a closing workshop is an event of its own, a closing ceremony part of one ----------


def test_a_closing_workshop_after_a_meeting_is_its_own_event() -> None:
    body = (
        "Tirana – Une première réunion technique s’est tenue à Podgorica en octobre 2012. Un "
        "atelier de clôture, organisé à Tirana les 4 et 5 juin 2013, a réuni une quarantaine de "
        "fonctionnaires."
    )
    events = news(body, "fr").events
    assert [(e.event_type, val(e.start)) for e in events] == [
        ("meeting", "2012-10"),
        ("workshop", "2013-06-04"),
    ]


def test_a_closing_ceremony_after_a_workshop_is_part_of_it() -> None:
    body = (
        "Tirana – A two-day workshop was held in Tirana on 4 and 5 June 2013. The closing "
        "ceremony took place in the presence of the minister."
    )
    assert [e.event_type for e in news(body, "en").events] == ["workshop"]


# --- events: present tenses of holding ("se tient", "tiene lugar") and "was followed by a" -----


@pytest.mark.parametrize(
    ("body", "lang", "event_type"),
    [
        (
            "Dakar – Une conférence régionale consacrée à la réintégration se tient les 9 et 10 "
            "novembre 2016 à Dakar, à l’initiative de l’OIM.",
            "fr",
            "conference",
        ),
        (
            "Lima – Un taller sobre la reintegración tiene lugar el 9 de noviembre de 2016 en "
            "Lima, por iniciativa de la OIM.",
            "es",
            "workshop",
        ),
        (
            "Yaoundé – La mission a été suivie d’un atelier de planification réunissant une "
            "trentaine de participants à Yaoundé.",
            "fr",
            "workshop",
        ),
    ],
)
def test_a_present_tense_of_holding_tells_an_event(body: str, lang: str, event_type: str) -> None:
    assert [e.event_type for e in news(body, lang).events] == [event_type]


def test_a_workshop_that_will_take_place_is_still_no_event() -> None:
    body = "Dakar – Un atelier sur la réintégration aura lieu à Dakar en décembre."
    assert news(body, "fr").events == []


def test_a_publication_presented_on_a_bracketed_day_is_launched() -> None:
    body = (
        "Ulaanbaatar – The study “Return Migration to Mongolia: Trends and Options” was "
        "presented (21/11) to government counterparts."
    )
    headline = "Mongolia Study on Return Migration Presented"
    (event,) = news(body, "en", headline=headline).events
    assert event.event_type == "launch"


# --- returns: a part told by "among them" and a return verb from a country ----------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Conakry – En 2021, 2 417 migrants guinéens sont rentrés au pays avec l’appui de "
            "l’OIM. Parmi eux, 1 362 sont rentrés de Libye à bord de vols humanitaires.",
            "fr",
        ),
        (
            "Conakry – In 2021, 2,417 Guinean migrants returned home with IOM support. Among "
            "them, 1,362 returned from Libya on humanitarian flights.",
            "en",
        ),
    ],
)
def test_a_part_among_them_returned_from_a_country_left_it(body: str, lang: str) -> None:
    assert (1362, "LBY", "GIN") in returns(news(body, lang))


def test_a_part_among_them_with_no_return_verb_left_no_country() -> None:
    body = (
        "Conakry – In 2021, 2,417 Guinean migrants returned home with IOM support. Among "
        "them, 1,362 were women from rural areas of Libya's border."
    )
    assert all(origin != "LBY" for _, origin, _ in returns(news(body, "en")))


def test_a_since_in_a_relative_clause_after_a_quoted_name_dates_it() -> None:
    body = (
        "San Salvador – La OIM presentó los resultados del programa «Regreso Productivo», que "
        "desde 2016 ha entregado capital semilla a 3.124 personas retornadas."
    )
    (initiative,) = news(body, "es").initiatives
    assert val(initiative.start) == "2016"
