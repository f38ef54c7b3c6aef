"""The function words of the prose readers' patterns (``data/lang/<lang>/grammar.csv``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from return_atlas.extract.prose import read_page
from return_atlas.extract.prose_initiatives import residences
from return_atlas.normalise import grammar
from return_atlas.normalise._data import LANGS, read_csv
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.organizations import resolve_organization

DATA = Path(grammar.__file__).resolve().parent.parent / "data" / "lang"

#: Every role the code builds a pattern or a word set from.
USED_ROLES = (
    "and",
    "or",
    "article",
    "indefinite",
    "copula",
    "of",
    "among",
    "from",
    "at",
    "to",
    "venue",
    "on_date",
    "during",
    "possessive",
    "ended_with",
    "with",
    "tail_preposition",
    "tail_break",
    "also",
    "since",
    "region_noun",
    "scale",
    "unit",
    "about",
    "relative",
    "auxiliary",
    "abbreviation",
    "line_goes_on",
    "funded_gap",
    "giver_participle",
    "event_name_stop",
    "acronym_gloss",
    "place_connector",
    "until",
    "head_end",
    "state",
    "compass",
    "naming",
    "purpose",
    "phase",
    "copula_plural",
    "restate",
    "region_of",
    "between",
    "backing",
    "support_noun",
    "verb_ending",
    "subordinator",
    "day_noun",
    "nationality_noun",
    "home_word",
    "giver_lead",
    "funded_how",
    "number_noun",
    "number_reaches",
    "continent",
    "office_holder",
    "past_ending",
    "agreement",
    "signed_at",
    "hereinafter",
    "donor_noun",
)


def _documented_roles(lang: str) -> set[str]:
    """Roles that the comment at the top of the language's file explains."""
    lines = (DATA / lang / "grammar.csv").read_text("utf-8").splitlines()
    return {
        role
        for line in lines
        if (m := re.match(r"#   ([a-z_]+(?: / [a-z_]+)*):", line))
        for role in m.group(1).split(" / ")
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_has_a_documented_role_and_no_row_is_repeated(lang: str) -> None:
    rows = read_csv("lang", lang, "grammar.csv")
    roles = {row["role"] for row in rows}
    assert roles <= _documented_roles(lang), roles - _documented_roles(lang)
    assert roles <= set(USED_ROLES), roles - set(USED_ROLES)
    pairs = [(row["word"], row["role"]) for row in rows]
    assert len(pairs) == len(set(pairs))
    assert all(word == word.strip() and word for word, _ in pairs)


@pytest.mark.parametrize("role", USED_ROLES)
def test_every_role_the_code_uses_has_words(role: str) -> None:
    assert grammar.words(role)


@pytest.mark.parametrize("role", USED_ROLES)
def test_the_pattern_of_a_role_matches_each_of_its_words(role: str) -> None:
    pattern = re.compile(grammar.alt(role))
    for lang in LANGS:
        for row in read_csv("lang", lang, "grammar.csv"):
            if row["role"] == role:
                written = row["word"].replace(" ", "  ").replace("'", "’")
                assert pattern.fullmatch(row["word"]), row["word"]
                assert pattern.fullmatch(written), written  # any spaces, either apostrophe


def test_longer_words_are_tried_first() -> None:
    assert re.match(grammar.alt("from"), "desde Quito").group() == "desde"  # type: ignore[union-attr]
    assert re.match(grammar.alt("of"), "des pays").group() == "des"  # type: ignore[union-attr]


def test_a_role_pattern_can_leave_out_the_words_of_another_role() -> None:
    pattern = re.compile(rf"^{grammar.alt('from', unless=('of',))}$")
    assert pattern.match("desde")
    assert pattern.match("from")
    assert not pattern.match("de")  # a "from" word that is also "of"


def test_a_lead_word_holds_its_space_but_an_elided_one_none() -> None:
    lead = re.compile(grammar.lead("article"))
    assert lead.match("the Gambia").group() == "the "  # type: ignore[union-attr]
    assert lead.match("l'Équateur").group() == "l'"  # type: ignore[union-attr]
    assert lead.match("l’Équateur").group() == "l’"  # type: ignore[union-attr]
    assert lead.match("Lesotho", 0) is None  # a place that starts like an article is no article
    assert lead.match("Laos") is None


def test_word_sets_fold_or_keep_accents() -> None:
    assert "a" in grammar.words("at")
    assert "à" not in grammar.words("at")
    assert "à" in grammar.written("line_goes_on")
    assert {"l'", "l’"} <= grammar.words("article")
    assert grammar.words("and", lang="en") == {"and"}


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Nationals residing in Lesotho and France.", "en", ["Lesotho", "France"]),
        ("Lao nationals residing in Laos and Thailand.", "en", ["Laos", "Thailand"]),
        ("Les ressortissants résidant en Lettonie et en France.", "fr", ["Lettonie", "France"]),
    ],
)
def test_a_place_that_starts_like_an_article_is_read_whole(
    text: str, lang: str, places: list[str]
) -> None:
    page = read_page(text, lang)
    found = sorted(residences(page, 0, len(text)))
    assert [text[a : a + len(p)] for a, p in zip(found, places, strict=True)] == places


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ministry of Labour of Atlantis", "government"),
        ("the Department for Returns", "government"),
        ("Ministère de l'Intérieur de Nulle-Part", "government"),
        ("Secretaría de Bienestar", "government"),
        ("Governmental Returns Forum", "other"),
        ("Friends of Returnees", "other"),
    ],
)
def test_an_unknown_organisation_takes_its_type_from_its_first_word(name: str, kind: str) -> None:
    assert resolve_organization(name).organization_type == kind


@pytest.mark.parametrize("text", ["Sotho speakers", "Banon", "the Tvia river"])
def test_a_country_name_that_starts_like_an_article_keeps_its_start(text: str) -> None:
    # "Lesotho", "Lebanon", "Latvia" without "Le" or "La" name no country
    assert find_countries(text) == []


@pytest.mark.parametrize(
    ("text", "code"), [("El Salvador", "SLV"), ("Salvador", "SLV"), ("Lesotho", "LSO")]
)
def test_a_country_name_without_its_article_is_still_known(text: str, code: str) -> None:
    assert [c[0] for c in find_countries(text)] == [code]
