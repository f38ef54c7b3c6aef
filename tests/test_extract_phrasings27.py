"""Phrasings and layouts of the twenty-seventh round (the thirty-first session).

Each test holds a made-up text with the shape of a layout or phrasing the converter read
wrongly on real pages, written in general form.
"""

from __future__ import annotations

from tests.extraction import news, val

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
