"""Phrasings of the fifth prose round, read by layout and grammar (own snippets).

Short handmade texts in English, French and Spanish, with negatives where a near layout or
phrasing must not be read.
"""

from __future__ import annotations

import pytest

from return_atlas.extract.news_release import extract_news_release
from tests.extraction import doc, returns

# --- news releases: a headline written twice is one story ------------------------------------


@pytest.mark.parametrize(
    ("headline", "body", "lang"),
    [
        (
            "IOM Helps 120 Migrants Return Home from Niger",
            "Niamey – IOM helped 120 migrants stranded in Niger to return home today.",
            "en",
        ),
        (
            "L’OIM aide 120 migrants à rentrer du Niger",
            "Niamey – L’OIM a aidé 120 migrants bloqués au Niger à rentrer chez eux.",
            "fr",
        ),
    ],
)
def test_headline_written_twice_counts_once(headline: str, body: str, lang: str) -> None:
    twice = extract_news_release(doc(f"News\n\n{headline}\n{headline}\n{body}\n"), lang)
    once = extract_news_release(doc(f"News\n\n{headline}\n{body}\n"), lang)
    assert returns(twice) == returns(once) == [(120, "NER", None)]
