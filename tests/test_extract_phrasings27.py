"""Phrasings and layouts of the twenty-seventh round (the thirty-first session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

import pytest

from return_atlas.classify.kind import detect_kind
from tests.extraction import news, titles, val

_STEERING = (
    "Dakar – Le 12 mars 2024, le Comité de pilotage du Programme d'appui à la réintégration"
    " des migrants a tenu sa première réunion au Ministère de l'Intérieur, en présence des"
    " partenaires du programme.\n\nLes membres ont examiné les résultats de l'année écoulée.\n"
)


def test_a_steering_committee_that_sat_is_a_meeting_and_its_sitting_the_same_one() -> None:
    events = news(_STEERING, "fr").events
    assert [(event.event_type, val(event.start), val(event.city)) for event in events] == [
        ("meeting", "2024-03-12", "Dakar")
    ]


def test_a_steering_committee_alone_is_a_meeting() -> None:
    text = _STEERING.replace(" a tenu sa première réunion", " s'est tenu")
    assert [event.event_type for event in news(text, "fr").events] == ["meeting"]


def test_two_words_for_one_meeting_in_one_sentence_are_one_meeting() -> None:
    text = (
        "Dakar – Le 12 mars 2024, la table ronde des partenaires du programme a tenu sa"
        " première réunion au Ministère de l'Intérieur.\n\nLes membres ont examiné les"
        " résultats.\n"
    )
    assert [event.event_type for event in news(text, "fr").events] == ["meeting"]


def test_two_different_kinds_of_event_in_one_sentence_stay_two() -> None:
    text = (
        "Dakar – Le 12 mars 2024, l'Organisation a organisé un atelier sur la réintégration,"
        " puis une réunion avec les partenaires du programme.\n\nLes membres ont examiné les"
        " résultats.\n"
    )
    assert sorted(event.event_type for event in news(text, "fr").events) == [
        "meeting",
        "workshop",
    ]


_DATELINE_LINE = (
    "By Jane Writer.\nTripoli, 5 November 2016:\nThe Organization announced yesterday that it"
    " had assisted 167 stranded migrants to return home to Niger from Libya.\nThe charter"
    " flight was coordinated with the authorities.\n"
)


def test_a_dateline_on_a_line_of_its_own_ending_with_a_colon_labels_nothing() -> None:
    found = news(_DATELINE_LINE, "en")
    assert [(r.count.value, val(r.from_country), val(r.to_country)) for r in found.returns] == [
        (167, "LBY", "NER")
    ]
    assert val(found.published) == "2016-11-05"


def test_a_label_line_ending_with_a_colon_still_labels_the_line_below() -> None:
    text = _DATELINE_LINE.replace("Tripoli, 5 November 2016:", "Key figures of the programme:")
    assert news(text, "en").returns == []


def test_a_list_of_groups_after_including_ends_at_the_comma_after_it() -> None:
    text = (
        "Niamey – The Organization assisted 167 stranded migrants including 48 women, 40"
        " children and 79 men, to return home to Niger from southern Libya.\n\nMore text.\n"
    )
    assert [(val(r.from_country), val(r.to_country)) for r in news(text, "en").returns] == [
        ("LBY", "NER")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type"),
    [
        ("Les deux projets ont été lancés hier par le ministre.", "fr", "launch"),
        ("La plateforme a été lancée hier par le ministre.", "fr", "launch"),
        ("Les bureaux ont été inaugurés hier par le ministre.", "fr", "ceremony"),
        ("Los dos proyectos fueron lanzados ayer por el ministro.", "es", "launch"),
        ("La oficina fue inaugurada ayer por el ministro.", "es", "ceremony"),
    ],
)
def test_a_participle_agreeing_with_what_was_launched_tells_the_launch(
    sentence: str, lang: str, event_type: str
) -> None:
    text = f"Dakar – {sentence}\n\nSuite.\n"
    assert [event.event_type for event in news(text, lang).events] == [event_type]


_PUBLICATION = (
    "Incentives to return and support for reintegration\nPublication date: 12 March 2016\n"
    "This overview presents the results of a review of 87 programmes that assist migrants to"
    " return to their countries of origin.\nBackground information\nVoluntary return is"
    " preferred to forced return in the policies of the member states.\n"
)


def test_one_strong_cue_of_a_publication_makes_a_page_of_no_other_kind_other() -> None:
    assert detect_kind(_PUBLICATION) == "other"
    assert detect_kind(_PUBLICATION.replace("Publication date: 12 March 2016\n", "")) != "other"


_DEFINED_IN_HEADLINE = (
    "IOM’s Capacity Building in Migration Management (CBMM)\n\nPort-au-Prince – The CBMM"
    " project, funded by the Canadian Government, will be launched today in Port-au-Prince.\n\n"
    "The CBMM project will train border officials.\n"
)


def test_an_acronym_alone_takes_the_name_the_headline_defines_it_with() -> None:
    assert titles(news(_DEFINED_IN_HEADLINE, "en")) == [
        "Capacity Building in Migration Management (CBMM)"
    ]


def test_a_name_whose_capitals_do_not_spell_the_acronym_defines_nothing() -> None:
    text = _DEFINED_IN_HEADLINE.replace("Capacity Building in Migration Management", "Haiti Days")
    assert titles(news(text, "en")) == ["CBMM"]


def test_a_year_between_the_number_of_people_and_its_value_is_passed_over() -> None:
    text = (
        "Bratislava – The total number of migrants returning voluntarily from Slovakia with the"
        " Organization since 2004 increased to 1 258.\n\nIn 2015 it organized returns to 61"
        " countries.\n"
    )
    found = [(r.count.value, val(r.from_country), val(r.start)) for r in news(text, "en").returns]
    assert found == [(1258, "SVK", "2004")]


def test_a_part_word_with_no_figure_of_returns_before_it_opens_a_figure_of_its_own() -> None:
    text = (
        "Dakar – La Cheffe de Mission a précisé que le projet a touché 20 000 bénéficiaires.\n\n"
        "Elle a précisé que parmi ces bénéficiaires, 3 000 migrants ont été assistés dans le"
        " cadre du retour volontaire et de l’accueil.\n"
    )
    assert [r.count.value for r in news(text, "fr").returns] == [3000]


def test_a_part_of_a_figure_of_returns_told_before_is_no_figure_of_its_own() -> None:
    text = (
        "Dakar – En 2023, 1 200 migrants sont rentrés au Sénégal avec l'aide du programme de"
        " retour volontaire.\n\nParmi eux, 300 migrants ont été assistés dans le cadre du retour"
        " volontaire.\n"
    )
    assert [r.count.value for r in news(text, "fr").returns] == [1200]


def test_a_dateline_alone_before_a_colon_is_a_cue_of_a_release() -> None:
    text = (
        "Tripoli, 5 November 2016:\nThe Organization announced that it had assisted stranded"
        " migrants to go home.\nThe flight was coordinated with the authorities of both"
        " countries.\n"
    )
    assert detect_kind(text) == "news_release"
    assert detect_kind(text.replace("Tripoli, 5 November 2016:\n", "")) != "news_release"
