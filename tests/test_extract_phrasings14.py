"""Phrasings of the fourteenth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near phrasing
must not be read.
"""

from __future__ import annotations

import pytest

from tests.extraction import news, returns

# --- returns: a part of a country still names the country left ---------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "La OIM apoyó el retorno voluntario de 1.237 personas migrantes desde "
            "el sur de México hacia Guatemala.",
            "es",
        ),
        (
            "IOM supported the voluntary return of 1,237 migrants from southern "
            "Mexico to Guatemala.",
            "en",
        ),
        (
            "IOM supported the voluntary return of 1,237 migrants from the south of "
            "Mexico to Guatemala.",
            "en",
        ),
    ],
)
def test_the_south_of_a_country_is_still_the_country_left(body: str, lang: str) -> None:
    assert returns(news(body, lang)) == [(1237, "MEX", "GTM")]


@pytest.mark.parametrize("part", ["le nord du", "l'est du"])
def test_a_french_part_of_a_country_is_still_the_country_left(part: str) -> None:
    body = (
        f"L'OIM a appuyé le retour volontaire de 1 237 migrants depuis {part} Niger vers le Mali."
    )
    assert returns(news(body, "fr")) == [(1237, "NER", "MLI")]
