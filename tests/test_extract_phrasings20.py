"""Phrasings and layouts of the twentieth round (the twenty-fourth session).

Each test holds a made-up text with the shape of a phrasing the converter read wrongly, found
by batteries of phrasings in three languages run through the readers.
"""

from __future__ import annotations

import pytest

from tests.extraction import news, returns


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tegucigalpa - Del 1 de enero al 22 de junio de 2018, un total de 35.244 personas"
            " de nacionalidad hondureña han sido retornadas.",
            "es",
            [(35244, None, "HND")],
        ),
        (
            "Conakry - En 2019, l'OIM a aidé 230 personnes de nationalité guinéenne à rentrer"
            " de Libye.",
            "fr",
            [(230, "LBY", "GIN")],
        ),
        (
            "Geneva - In 2019, IOM helped 230 migrants of Honduran nationality to return from"
            " Mexico.",
            "en",
            [(230, "MEX", "HND")],
        ),
        (
            "San Salvador - En 2019, 92 personas de otra nacionalidad retornaron desde El"
            " Salvador.",
            "es",
            [(92, "SLV", None)],
        ),
    ],
)
def test_a_nationality_after_the_people_counted_is_where_they_return(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Dushanbe - In 2018, IOM helped 1,847 stranded migrants from Tajikistan to return"
            " home from the Russian Federation.",
            "en",
            [(1847, "RUS", "TJK")],
        ),
        (
            "Niamey - En 2017, l'OIM a aidé 142 migrants originaires du Mali à rentrer chez eux"
            " depuis le Niger.",
            "fr",
            [(142, "NER", "MLI")],
        ),
        (
            "Lima - La OIM ayudó a 142 migrantes procedentes de Venezuela a regresar a casa desde"
            " Perú en 2017.",
            "es",
            [(142, "PER", "VEN")],
        ),
        (  # several countries of origin: none is where all went
            "Pretoria - In 2018, 18,640 migrants from Malawi, Mozambique and Zimbabwe were"
            " assisted by IOM to return home from South Africa.",
            "en",
            [(18640, "ZAF", None)],
        ),
    ],
)
def test_people_from_one_country_going_home_from_another_return_to_theirs(
    text: str, lang: str, expected: list[tuple[object, ...]]
) -> None:
    assert returns(news(text, lang)) == expected
