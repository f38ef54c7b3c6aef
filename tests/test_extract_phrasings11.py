"""Phrasings of the eleventh prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from tests.extraction import news, val

# --- events: "met" past the date it happened on -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "start", "end"),
    [
        (
            "Praia – Officials and diaspora associations met on 21 and 22 November 2022 in Praia "
            "to validate the strategy.",
            "en",
            "2022-11-21",
            "2022-11-22",
        ),
        (
            "Praia – Officials met on 3 May 2023 to validate the national strategy.",
            "en",
            "2023-05-03",
            None,
        ),
    ],
)
def test_met_past_its_date_before_a_place_or_purpose_is_a_meeting(
    body: str, lang: str, start: str, end: str | None
) -> None:
    (event,) = news(body, lang, "Cabo Verde Validates Diaspora Strategy").events
    assert (event.event_type, val(event.start), val(event.end)) == ("meeting", start, end)


def test_met_on_a_date_with_no_place_or_purpose_after_it_is_no_event() -> None:
    body = "Praia – The programme met on 3 May 2023 all of its targets for the year."
    assert news(body, "en").events == []
