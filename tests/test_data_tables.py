"""The data tables the converter reads (src/return_atlas/data/): no row written twice, every
kind cue of a known kind, place and weight, and every gazetteer alias and initiative body of
a known organisation.

A repeated row changes nothing the converter does, so no other test sees it; it only makes a
table say less than its length claims (a town "added" that was there already).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "return_atlas" / "data"
TABLES = sorted(DATA.rglob("*.csv"))


def test_there_are_tables_to_check() -> None:
    assert len(TABLES) > 20


@pytest.mark.parametrize("table", TABLES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_row_of_a_data_table_is_written_twice(table: Path) -> None:
    rows = [
        line
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert [row for row, n in Counter(rows).items() if n > 1] == []


KIND_CUES = sorted(DATA.glob("lang/*/kind_cues.csv"))
PLACES = {
    "line",
    "start",
    "text",
    "quoted",
    "quoted_next",
    "headline",
    "headline_first",
    "chrome",
    "after_past",
}
"""Where a kind cue must stand (classify/kind.py reads a row of any other place as text)."""
KINDS = {"news_release", "practice_page", "office_page", "other"}


@pytest.mark.parametrize("table", KIND_CUES, ids=lambda p: p.parent.name)
def test_every_kind_cue_has_a_known_kind_place_and_a_positive_weight(table: Path) -> None:
    lines = [
        line
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines))
    assert rows
    assert {row["kind"] for row in rows} <= KINDS
    assert {row["where"] for row in rows} <= PLACES
    assert all(float(row["weight"]) > 0 for row in rows)


def _rows(table: Path) -> list[dict[str, str]]:
    lines = [
        line
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return list(csv.DictReader(lines))


def test_every_initiative_body_is_a_gazetteer_organisation_and_a_known_type() -> None:
    gazetteer = {row["id"] for row in _rows(DATA / "gazetteer" / "organizations.csv")}
    codelists = DATA.parent / "codelists"
    types = {row["code"] for row in _rows(codelists / "initiative_types.csv")}
    bodies = _rows(DATA / "gazetteer" / "initiative_bodies.csv")
    assert bodies
    assert {row["id"] for row in bodies} <= gazetteer
    assert {row["initiative_type"] for row in bodies} <= types


def test_every_gazetteer_alias_names_a_gazetteer_organisation() -> None:
    gazetteer = {row["id"] for row in _rows(DATA / "gazetteer" / "organizations.csv")}
    aliases = _rows(DATA / "gazetteer" / "organization_aliases.csv")
    assert {row["id"] for row in aliases} <= gazetteer
