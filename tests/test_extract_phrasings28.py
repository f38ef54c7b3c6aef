"""Phrasings and layouts of the twenty-eighth round (the thirty-second session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from return_atlas.extract.dispatch import extract_document
from tests.extraction import doc, funders, news, office, office_page, titles, val

_AGENCY_SENTENCE = (
    "Tegucigalpa – Basándose en la experiencia del Programa de Apoyo a las Comunidades"
    " Rurales (PACR) de trabajar bajo un enfoque de cohesión social, la Organización"
    " organizó un taller el 17 de mayo de 2023.\n\nLos participantes compartieron"
    " experiencias.\n"
)


def test_a_bracketed_acronym_closes_a_name_before_a_lower_case_word() -> None:
    assert "Programa de Apoyo a las Comunidades Rurales (PACR)" in titles(
        news(_AGENCY_SENTENCE, "es")
    )


_SERVICE_LIST = (
    "Tegucigalpa – Se organizó un taller dirigido a funcionarios de las alcaldías de"
    " Comayagua y Choloma, de los Centros de Apoyo al Migrante Retornado (CAMR) y de la"
    " Cámara de Comercio de Choloma para dar a conocer este enfoque.\n\nLos participantes"
    " compartieron experiencias.\n"
)


def test_a_comma_then_of_opens_a_new_phrase_before_an_acronym_definition() -> None:
    found = titles(news(_SERVICE_LIST, "es"))
    assert "Centros de Apoyo al Migrante Retornado (CAMR)" in found
    assert not any("Comayagua" in title or "Cámara" in title for title in found)


def test_a_comma_then_and_stays_inside_a_name_with_its_acronym() -> None:
    text = (
        "Tripoli – The Migrant Protection, Return, and Reintegration (MPRR) programme"
        " assisted 120 migrants in 2023.\n\nMore text follows.\n"
    )
    assert any(title.startswith("Migrant Protection, Return") for title in titles(news(text, "en")))


def test_a_name_that_ends_with_its_period_takes_no_verb_after_it() -> None:
    text = (
        "Buenos Aires – El Marco de Cooperación 2021-2025 representa el compromiso colectivo"
        " de las agencias del sistema para apoyar al Estado.\n\nLas agencias presentaron sus"
        " resultados.\n"
    )
    assert "Marco de Cooperación 2021-2025" in titles(news(text, "es"))


def test_a_name_that_ends_with_its_period_keeps_a_tail_that_opens_with_of() -> None:
    text = (
        "Bamako – Le Plan National 2008-2012 de lutte contre la traite des enfants a été"
        " présenté aux partenaires.\n\nLes partenaires ont salué les résultats.\n"
    )
    assert "Plan National 2008-2012 de lutte contre la traite des enfants" in titles(
        news(text, "fr")
    )


def test_an_organisation_and_the_name_after_it_are_two_names() -> None:
    text = (
        "Brussels – The Fund presented the work carried out with the International"
        " Organisation for Migration and the Regional Reintegration Centre on 5 June 2018.\n\n"
        "More text follows.\n"
    )
    found = titles(news(text, "en"))
    assert "Regional Reintegration Centre" in found
    assert not any("Organisation" in title for title in found)


_LAUNCH_TODAY = (
    "Nuevo proyecto para las personas retornadas\n\nLa Organización {verb} el Proyecto de"
    " Apoyo a Personas Retornadas, que durante los próximos dos años ofrecerá asistencia a"
    " quienes regresan al país.\n\nEl proyecto cuenta con el apoyo de los socios.\n"
)


@pytest.mark.parametrize(
    "verb",
    [
        "lanzó hoy",
        "presentaron ayer",
        "a lancé hier",
        "launched today",
        "opened last week",
        "inauguraron esta semana",
        "a inauguré la semaine dernière",
    ],
)
def test_a_verb_in_the_past_then_today_is_a_release(verb: str) -> None:
    assert detect_kind(_LAUNCH_TODAY.format(verb=verb)) == "news_release"


@pytest.mark.parametrize("verb", ["ofrece hoy", "mantiene todavía hoy", "offre encore aujourd'hui"])
def test_today_after_a_verb_in_the_present_is_no_release(verb: str) -> None:
    assert detect_kind(_LAUNCH_TODAY.format(verb=verb)) != "news_release"


@pytest.mark.parametrize("cue", ["part-financed by", "part-funded by"])
def test_a_project_part_financed_by_a_giver_is_funded_by_it(cue: str) -> None:
    text = (
        "Return Support in Malta (January 2019 - December 2021)\n\n'Assisted Voluntary Return"
        f" and Reintegration in the Country of Origin', {cue} the European Union, is a"
        " continuation of earlier projects implemented in Malta by IOM.\n"
    )
    assert funders(office(text, "en")) == [["European Union"]]


def test_a_project_with_the_funding_support_from_a_giver_is_funded_by_it() -> None:
    text = (
        "Dhaka – IOM, with the funding support from the European Union, got involved in the"
        " reintegration process through the project titled Sustainable Reintegration and"
        " Improved Migration Governance.\n\nMore text follows.\n"
    )
    assert funders(news(text, "en")) == [["European Union"]]


_NO_NAME = (
    "Retour et réintégration\n\nLa question du retour et de la réintégration est complexe et"
    " fait intervenir des intérêts et des priorités divers, que ce soit dans les politiques"
    " nationales ou la coopération internationale.{figure}\n\nTout comme la décision de migrer,"
    " la décision de retourner dépend de nombreux facteurs personnels et structurels.\n"
)


def test_a_page_that_names_no_initiative_but_tells_a_return_figure_is_a_story() -> None:
    figure = " En 2019, 1 250 migrants sont rentrés au Sénégal depuis le Niger."
    extraction = extract_document(doc(_NO_NAME.format(figure=figure)))
    assert extraction.initiatives == []
    assert [r.count.value for r in extraction.returns] == [1250]
    assert extraction.kind == "news_release"


def test_a_page_that_names_no_initiative_and_tells_no_figure_stays_another_kind() -> None:
    assert extract_document(doc(_NO_NAME.format(figure=""))).kind == "other"


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        (
            "Objetivos de Desarrollo Sostenible Relacionados y Objetivos del Pacto Mundial sobre"
            " Migración",
            "es",
        ),
        (
            "Objectifs de développement durable liés et Objectifs du Pacte mondial sur les"
            " migrations",
            "fr",
        ),
    ],
)
def test_the_hubs_label_of_global_compact_objectives_marks_a_practice(
    label: str, lang: str
) -> None:
    text = (
        f"Plateforme de retour\n\n{label}\n\nSDG 4: Quality Education\nGCM 21\n\nLa plateforme"
        " est un outil mondial qui diffuse les connaissances et les pratiques en matière de"
        " retour.\n"
    )
    assert detect_kind(text) == "practice_page"


_OFFICE_CARD = (
    "Skip to main content\n\nSupport to Returnees in the Sahel\n\nCountries\nMali, Niger\n"
    "Region\nWest and Central Africa\nStatus\nOngoing\nStart and End Date\n1 May 2017 – 28"
    " February 2023\n\nDonors\nEuropean Union\n\nPartners\n\nThe project supports migrants"
    " who return to their communities with reintegration assistance.\n"
)


def test_an_offices_card_of_place_state_period_and_donors_is_an_office_page() -> None:
    extraction = extract_document(doc(_OFFICE_CARD))
    assert extraction.kind == "office_page"
    assert [
        (val(i.title), [c.value for c in i.countries], val(i.start), val(i.end))
        for i in extraction.initiatives
    ] == [("Support to Returnees in the Sahel", ["MLI", "NER"], "2017-05-01", "2023-02-28")]


def test_a_card_that_codes_its_project_is_a_project_page() -> None:
    text = _OFFICE_CARD.replace("Donors\nEuropean Union", "Project ID\nRT.1234")
    assert detect_kind(text) == "project_page"


def test_a_card_cut_before_its_codes_and_naming_no_donor_is_a_project_page() -> None:
    text = _OFFICE_CARD.replace("Donors\nEuropean Union", "Project Status\nActive")
    assert detect_kind(text) == "project_page"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dakar – Le ministre a salué les résultats du projet. Il intervenait à l'occasion"
            " d'une rencontre du comité de pilotage de ce projet, mis en œuvre avec"
            " l'Organisation.\n\nLes membres ont examiné les résultats.\n",
            "fr",
        ),
        (
            "Tegucigalpa – El ministro destacó los resultados del proyecto con motivo de una"
            " reunión del comité de seguimiento, con la Organización.\n\nLos miembros examinaron"
            " los resultados.\n",
            "es",
        ),
    ],
)
def test_an_event_on_the_occasion_of_which_someone_spoke_happened(text: str, lang: str) -> None:
    assert [e.event_type for e in news(text, lang).events] == ["meeting"]


_PLURAL = (
    "La Organización organizó {events} para las personas retornadas, que"
    " mejoraron sus competencias laborales.\n\nLos participantes compartieron experiencias.\n"
)


def test_events_told_by_a_bare_plural_noun_are_what_a_project_does() -> None:
    assert news(_PLURAL.format(events="talleres"), "es").events == []


@pytest.mark.parametrize("events", ["talleres virtuales", "talleres en San Miguel"])
def test_events_told_in_the_plural_and_said_which_are_events(events: str) -> None:
    found = news(_PLURAL.format(events=events), "es").events
    assert [e.event_type for e in found] == ["workshop"]


def test_an_event_title_written_again_in_another_case_is_one_event() -> None:
    text = (
        "News article25 May 2018\n\nPremier Comité de pilotage du Projet Retour\n\nPremier"
        " Comité de pilotage du Projet Retour\n\nPremier comité de pilotage du Projet Retour\n"
        "Délégation en Mauritanie\n\nEn présence du Directeur et des partenaires, s'est déroulé"
        " le premier Comité de pilotage du projet « Retour et réintégration en Mauritanie ».\n"
    )
    titles_found = [val(e.title).casefold() for e in extract_document(doc(text)).events]
    assert titles_found.count("premier comité de pilotage du projet retour") == 1


def test_a_french_offices_card_dates_its_initiative() -> None:
    text = _OFFICE_CARD.replace("Countries\nMali, Niger", "Pays\nMali").replace(
        "Start and End Date\n1 May 2017 – 28 February 2023",
        "Date de début et de fin de l’initiative\n1 mars 2021 – 28 février 2023",
    )
    (found,) = extract_document(doc(text)).initiatives
    assert (val(found.start), val(found.end)) == ("2021-03-01", "2023-02-28")


def test_the_years_after_a_funds_name_are_the_funds_not_the_projects() -> None:
    text = (
        "RESTART VI: Assisted Voluntary Return in the Country of Origin\n\n'Assisted Voluntary"
        " Return in the Country of Origin - RESTART VI', financed by the European Union under"
        " the Asylum, Migration and Integration Fund (AMIF) 2014-2020, continues five projects"
        " implemented in Malta by IOM.\n\nThe RESTART VI project started on 1 July 2016 and will"
        " continue until 31 March 2021.\n"
    )
    (found,) = office_page(text, "en").initiatives
    assert (val(found.start), val(found.end)) == ("2016-07-01", "2021-03-31")


@pytest.mark.parametrize(
    "text",
    [
        "The Knowledge Hub has just released the fifth issue of its bulletin on reintegration.",
        "El Centro acaba de publicar el quinto número de su boletín sobre la reintegración.",
        "Le cinquième numéro du bulletin sur la réintégration vient d'être publié par le Centre.",
    ],
)
def test_what_has_just_been_done_is_a_release(text: str) -> None:
    assert detect_kind(f"Bulletin\n\n{text}\n\nThe bulletin gathers lessons learned.\n") == (
        "news_release"
    )
