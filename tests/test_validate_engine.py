"""Differential property tests: the vectorised engine against Frictionless, the reference.

Hypothesis draws Table Schemas (types, constraints, primary and self-referencing foreign
keys) and CSV tables with and without errors (wrong headers, ragged and blank rows, values
of every kind); both engines must report the same problems, by code, row and field. The
engine's stricter checks (``non-iso-date``, ``non-canonical-number``) are the only extra
issues allowed, and only on values Frictionless accepts. The CSV reader and the type readers
are held to Python's ``csv``, ``int``, ``Decimal`` and ``strptime`` the same way.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import polars as pl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from return_atlas.validate.celltypes import read_column
from return_atlas.validate.csvtable import CELLS, read_csv
from return_atlas.validate.engine import TableCheck, check_table
from return_atlas.validate.issues import Issue
from return_atlas.validate.reference import validate_table
from return_atlas.validate.sink import Sink

STRICTER = {"non-iso-date", "non-canonical-number", "unclosed-quote"}
SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# -- values ---------------------------------------------------------------------------------
NUMBERISH = st.text(alphabet="0123456789 +-._e٣", max_size=6)
DATEISH = st.one_of(
    st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)).map(lambda d: d.isoformat()),
    st.builds(
        lambda y, m, d: f"{y}-{m}-{d}", st.integers(1, 2100), st.integers(0, 13), st.integers(0, 32)
    ),
    st.text(alphabet="0123456789- ", max_size=11),
)
TEXTY = st.one_of(st.text(alphabet='abAB ,;"\n-=é', max_size=6), st.sampled_from(["", "x y", "a"]))
VALUES: dict[str, st.SearchStrategy[str]] = {
    "string": TEXTY,
    "integer": st.one_of(NUMBERISH, st.integers(-50, 3000).map(str)),
    "number": st.one_of(NUMBERISH, st.sampled_from(["inf", "NaN", "-0", "1e3", "0.5", "-1"])),
    "boolean": st.sampled_from(["true", "false", "True", "1", "0", "yes", "", " true"]),
    "date": DATEISH,
    "year": st.one_of(st.integers(-10, 10000).map(str), NUMBERISH),
    "list": st.lists(st.one_of(st.integers(-3, 30).map(str), NUMBERISH), max_size=3).map(";".join),
}


@st.composite
def fields(draw: st.DrawFn, index: int) -> dict[str, Any]:
    """One Table Schema field with a few constraints that its type supports."""
    kind = draw(st.sampled_from(sorted(VALUES)))
    field: dict[str, Any] = {"name": f"f{index}", "type": kind}
    constraints: dict[str, Any] = {}
    if draw(st.booleans()):
        constraints["required"] = True
    if kind == "list":
        field.update(delimiter=";", itemType=draw(st.sampled_from(["integer", "string"])))
        if draw(st.booleans()):
            constraints["minLength"] = draw(st.integers(1, 2))
    elif kind == "string":
        choice = draw(st.sampled_from(["none", "enum", "pattern", "length", "pattern2"]))
        if choice == "enum":
            constraints["enum"] = ["a", "b", "A B"]
        elif choice == "pattern":
            constraints["pattern"] = "[a-z]+( [a-z]+)?"
        elif choice == "pattern2":
            constraints["pattern"] = "a|b"
        elif choice == "length":
            constraints.update(minLength=1, maxLength=3)
        if draw(st.booleans()):
            constraints["unique"] = True
    elif kind in ("integer", "number", "year"):
        if draw(st.booleans()):
            constraints["minimum"] = draw(st.sampled_from([0, 1900]))
        if draw(st.booleans()):
            constraints["maximum"] = 2099
        if kind == "integer" and draw(st.booleans()):
            constraints["enum"] = [1, 2, 3]
    elif kind == "date" and draw(st.booleans()):
        constraints["minimum"] = "2000-01-01"
    if constraints:
        field["constraints"] = constraints
    return field


@st.composite
def tables(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A Table Schema and the text of a CSV table to check against it."""
    count = draw(st.integers(1, 4))
    specs = [draw(fields(i)) for i in range(count)]
    schema: dict[str, Any] = {"fields": specs}
    if specs[0]["type"] != "list" and draw(st.booleans()):  # Frictionless cannot key lists
        schema["primaryKey"] = [specs[0]["name"]]
        if count > 1 and specs[1]["type"] == specs[0]["type"] != "list" and draw(st.booleans()):
            schema["foreignKeys"] = [
                {
                    "fields": [specs[1]["name"]],
                    "reference": {"resource": "", "fields": [specs[0]["name"]]},
                }
            ]
    header = [f["name"] for f in specs]
    mutation = draw(
        st.sampled_from(["none"] * 6 + ["drop", "extra", "rename", "duplicate", "blank"])
    )
    if mutation == "drop" and len(header) > 1:
        header = header[:-1]
    elif mutation == "extra":
        header = [*header, "extra"]
    elif mutation == "rename":
        header[0] = "other"
    elif mutation == "duplicate" and len(header) > 1:
        header[1] = header[0]
    elif mutation == "blank" and len(header) > 1:
        header[-1] = ""
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        row = [draw(VALUES[f["type"]]) for f in specs]
        shape = draw(st.sampled_from(["ok"] * 8 + ["short", "long", "blank"]))
        if shape == "short":
            row = row[: draw(st.integers(0, len(row) - 1))] if row else row
        elif shape == "long":
            row = [*row, draw(TEXTY)]
        elif shape == "blank":
            row = [""] * len(row)
        rows.append(row)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return schema, buffer.getvalue()


def key(found: Issue) -> tuple[str, int | None, str | None]:
    """What two engines must agree on: the code, the row and the field."""
    return found.code, found.row, found.field


def engine_issues(data: bytes, schema: dict[str, Any]) -> list[Issue]:
    """The vectorised engine's issues of a CSV table (no cap)."""
    table, issues = read_csv(data, "t.csv")
    sink = Sink(cap=None)
    if table is not None:
        check_table(TableCheck(table, schema, sink))
    return issues + sink.finish()


@SETTINGS
@given(tables())
def test_engine_finds_what_frictionless_finds(
    tmp_path: Path, drawn: tuple[dict[str, Any], str]
) -> None:
    schema, text = drawn
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-8"))
    ours = Counter(key(i) for i in engine_issues(text.encode("utf-8"), schema))
    theirs = Counter(key(i) for i in validate_table(path, schema, file="t.csv"))
    extra = ours - theirs
    assert theirs - ours == Counter(), f"missed by the engine:\n{text}\n{schema}"
    assert all(code in STRICTER for code, _, _ in extra), f"only ours: {extra}\n{text}\n{schema}"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*'ab,"\n ', "\r\n", "é"]), min_size=1, max_size=60).map("".join))
@example('""a"\n"')  # a closed quote followed by text, then a quote left open
@example('a\n"""')  # an escaped quote in a value left open at the end
@example('a\na","\na')  # a plain quote inside a value, then a quoted value over two lines
@example('aé"\n ,"\n \n,,  ,,')  # the same, the plain quote at the end of a line
@example('"a",b"c\nd')  # a plain quote after a quoted value
def test_csv_reader_splits_like_pythons_csv(text: str) -> None:
    _splits_like_pythons_csv(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*'ab,"\n ', "é", 'x,"a,b",y', '"a"', ",,"]), min_size=1, max_size=40)
    .map("".join)
    .filter(lambda text: "\n" in text)
)
def test_csv_reader_counts_cells_of_files_without_carriage_returns(text: str) -> None:
    # Without carriage returns, cells are counted from lengths (one quoted value: two more).
    _splits_like_pythons_csv(text)


def _splits_like_pythons_csv(text: str) -> None:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    table, issues = read_csv(text.encode("utf-8"), "t.csv")
    if not rows or not any(rows[0]):
        assert table is None
        assert "blank-header" in {i.code for i in issues}
        return
    assert table is not None
    width = len(rows[0])
    assert table.labels == rows[0]
    assert table.frame.height == len(rows) - 1
    for index, row in enumerate(rows[1:]):
        cells = [table.column(i)[index] for i in range(width)]
        expected = [row[i] if i < len(row) else None for i in range(width)]
        assert cells == expected, (text, index)
        assert table.frame[CELLS][index] == len(row), (text, index)


def _python_int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _python_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None


def _python_date(text: str) -> datetime.date | None:
    try:
        return datetime.datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789 +-._e٣\t", max_size=8), min_size=1, max_size=20))
def test_integer_and_number_readers_follow_python(cells: list[str]) -> None:
    column = pl.Series("c", cells, dtype=pl.String)
    integers = read_column(column, {"type": "integer"})
    numbers = read_column(column, {"type": "number"})
    assert integers is not None
    assert numbers is not None
    for index, cell in enumerate(cells):
        expected = _python_int(cell)
        assert integers.ok[index] == (expected is not None), cell
        if expected is not None and abs(expected) < 2**62:
            assert integers.value[index] == expected, cell
        decimal = _python_decimal(cell)
        assert numbers.ok[index] == (decimal is not None), cell


@settings(max_examples=200, deadline=None)
@given(st.lists(DATEISH, min_size=1, max_size=20))
def test_date_reader_follows_strptime(cells: list[str]) -> None:
    parsed = read_column(pl.Series("c", cells, dtype=pl.String), {"type": "date"})
    assert parsed is not None
    for index, cell in enumerate(cells):
        expected = _python_date(cell)
        assert parsed.ok[index] == (expected is not None), cell
        if expected is not None:
            assert parsed.value[index] == expected, cell
            assert parsed.odd[index] == (cell != expected.isoformat()), cell


PIECES = [
    "Tel: ",
    "tél. ",
    "Phone ",
    "fax",
    "+41 ",
    "(+33) ",
    "0041 ",
    "022 ",
    "717 ",
    "91 11",
    "jane.doe@",
    "example.org",
    " ",
    "\n",
    "-",
    ".",
    "x",
    "Contact",
    "100000.00",
    "(",
    ")",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_personal_data_filter_lets_every_finding_through(text: str) -> None:
    from return_atlas.validate.privacy import personal_data
    from return_atlas.validate.textscan import MAYBE_PERSONAL

    passed = pl.Series([text]).str.contains(MAYBE_PERSONAL)[0]
    if personal_data(text):
        assert passed, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='ab,"\r é', max_size=12), min_size=1, max_size=8))
@example(['"a","b"', 'a,"b"c', '"a,","b"', ',""x', '""', '"', 'a"b"c', '"a""b"c,"d"'])
def test_text_after_quote_follows_the_pattern(lines: list[str]) -> None:
    from return_atlas.validate.csvtable import _text_after_quote

    series = pl.Series(lines, dtype=pl.String)
    quotes = series.str.count_matches('"', literal=True).cast(pl.Int64)
    expected = bool(series.str.contains(r'(?:^|,)"(?:[^"]|"")*"[^,"\r\n]').any())
    assert _text_after_quote(series, quotes) == expected, lines
    for line in lines:  # one line at a time too, so that each line's verdict counts
        single = pl.Series([line], dtype=pl.String)
        count = single.str.count_matches('"', literal=True).cast(pl.Int64)
        alone = bool(single.str.contains(r'(?:^|,)"(?:[^"]|"")*"[^,"\r\n]').any())
        assert _text_after_quote(single, count) == alone, line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" a\t\n\r\x00\x1f\x7f\x0bé+0@", max_size=6), min_size=1))
def test_free_text_rules_follow_their_patterns(cells: list[str]) -> None:
    from return_atlas.validate.textscan import CONTROL, FREE_TEXT_RULES, free_text_match

    column = pl.Series("c", [*cells, None], dtype=pl.String)
    shared = column.str.contains(CONTROL).fill_null(False)
    for body in FREE_TEXT_RULES:
        expected = column.str.contains(f"^(?:^{body}$)").fill_null(False).to_list()
        assert free_text_match(column, body, None) is not None
        for suspects in (None, shared):
            found = free_text_match(column, body, suspects)
            assert found is not None
            assert found.to_list() == expected, (cells, body)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.sampled_from(["", "a", "b", "ab", "ini-1", "ini-2"])), max_size=30
    )
)
def test_first_distinct_follows_polars(keys: list[str | None]) -> None:
    from return_atlas.validate.engine import _first_distinct

    series = pl.Series(keys, dtype=pl.String)
    assert _first_distinct(series).to_list() == series.is_first_distinct().to_list()
