"""Phrasings of the sixteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from tests.extraction import news, val

# --- events: an ambassador's country is where the ambassador comes from, not the venue ----------


@pytest.mark.parametrize(
    ("body", "lang", "country"),
    [
        (
            "A training workshop on reintegration was held on 11 March 2024, in the presence "
            "of the Ambassador of Japan to Mali.",
            "en",
            "MLI",
        ),
        (
            "Un atelier de formation sur la réintégration s'est tenu le 11 mars 2024, en "
            "présence de l'Ambassadeur du Japon au Mali.",
            "fr",
            "MLI",
        ),
        (
            "Un taller sobre reintegración se celebró el 11 de marzo de 2024, con la presencia "
            "del Embajador de España en Honduras.",
            "es",
            "HND",
        ),
        (  # the country the event is in still places it when it comes first
            "A training workshop on reintegration was held in Mali on 11 March 2024, with the "
            "Ambassador of Japan.",
            "en",
            "MLI",
        ),
    ],
)
def test_an_ambassadors_country_does_not_place_an_event(body: str, lang: str, country: str) -> None:
    (event,) = news(body, lang).events
    assert val(event.country) == country
