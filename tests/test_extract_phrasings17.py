"""Phrasings of the seventeenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from tests.extraction import news, titles, val

# --- names: an adverb and a participle between the article and the initiative word -----------


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The Hague – The recently approved programme Connecting Diaspora for Development "
            "(CD4D) enables diaspora professionals to share their knowledge.",
            "Connecting Diaspora for Development (CD4D)",
        ),
        (
            "Accra – The newly launched project Youth Employment and Safe Migration (YESM) "
            "offers training to returnees.",
            "Youth Employment and Safe Migration (YESM)",
        ),
    ],
)
def test_a_name_after_an_adverb_and_a_participle(body: str, title: str) -> None:
    assert titles(news(body, "en")) == [title]


def test_a_capitalised_word_before_the_initiative_word_is_no_modifier() -> None:
    # "the Ghana project" is no opener: the name after it is still not apposed
    body = "Accra – Officials from the recently Ghana project Youth Employment visited the centre."
    assert titles(news(body, "en")) == []


# --- datelines: a page's time stamp is none ----------------------------------------------------


def test_a_time_stamp_line_gives_no_dateline_city() -> None:
    ex = news(
        "News Mon, 10/22/2018 - 17:24 Share\n\nThe IOM Kenya hosted a Training of Trainers "
        "(ToTs) for the Kenya Government’s Border Management Secretariat (BMS) from 7-10 "
        "August, 2018 in Ukunda, Kwale County.",
        "en",
        headline="IOM Conducts Training of Trainers for Border Officials",
    )
    assert ex.events
    assert "News Mon" not in [val(e.city) for e in ex.events]
