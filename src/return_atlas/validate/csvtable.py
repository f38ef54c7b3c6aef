"""Read a CSV file into a polars frame of cell texts, as Python's ``csv`` module splits it.

Frictionless reads CSV with Python's ``csv`` module; so must we, or the two would not find
the same problems. The fast path lets polars parse the values and works out, also with
polars, how many cells each record has (polars pads short rows and cuts long ones, so it
cannot tell). It applies when polars reads the file at all (it refuses the odd quoting that
Python reads leniently) and finds as many records as the lines say. Any other file takes
the slow path: Python's ``csv`` module, in chunks of rows. Property tests hold both paths
to Python's ``csv`` on generated text.
"""

from __future__ import annotations

import csv
import io
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from return_atlas.validate.celltypes import falses
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.text import utf8_issue

_SEPARATORS = (b"\x1f", b"\x1e", b"\x1d", b"\x1c", b"\x01", b"\x02", b"\x03")
_CHUNK_ROWS = 20_000
ROW, CELLS = "__row", "__cells"


@dataclass(slots=True)
class CsvTable:
    """A CSV file as read: its header labels, and one row per record after the header.

    ``frame`` has ``__row`` (row number, the header being row 1), ``__cells`` (cells in the
    record) and columns ``0`` .. ``width-1`` of cell texts, null where the record has no
    such cell.
    """

    file: str
    labels: list[str]
    frame: pl.DataFrame
    width: int
    fast: bool
    cache: dict[Any, Any] = field(default_factory=dict)

    def column(self, position: int) -> pl.Series:
        """Cell texts at ``position`` (0-based)."""
        return self.frame[str(position)]


def _separator(body: bytes) -> str | None:
    for candidate in _SEPARATORS:
        if candidate not in body:
            return candidate.decode()
    return None


#: A quoted value closed and followed by more text (``"a"b``): ``(?:^|,)"(?:[^"]|"")*"[^,"\r\n]``
#: anywhere in a line, written anchored so that the regex engine makes one forward pass
#: instead of a search from every comma.
_TEXT_AFTER_QUOTE = r'^(?:(?s:.)*,)?"(?:[^"]|"")*"[^,"\r\n]'
_QUOTE_ENDS = r'"[,\r\n]'
#: A record whose quotes all quote values: every value either quoted whole (inner quotes
#: doubled, line breaks allowed) or free of quotes. Python's ``csv`` reads a quote inside
#: an unquoted value (``a"b``) as a plain character, which quote parity cannot follow.
_WELL_QUOTED = r'(?s)^(?:"(?:[^"]|"")*"|[^",\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^",\r\n]*))*$'


def _quoted_value_lines(lines: pl.Series, quotes: pl.Series) -> tuple[bool, pl.Series]:
    """Whether a line matches ``_TEXT_AFTER_QUOTE`` (``quotes``: quotes in each line); and
    which lines hold exactly one quoted value, with no quote inside it (meaningful only
    when no line matches).

    Most quoted lines have two quotes. For them the pattern reduces to "the first quote
    opens a value (it starts the line or follows a comma) and the second is followed by a
    character other than a comma or a line end", which searches for short literals decide,
    without the costly pattern or a copy of the text; when no line matches, the first quote
    of such a line opens a value and the second closes it. Other lines with quotes take
    the pattern.
    """
    two = quotes == 2
    one_value = falses(len(lines))
    if two.any():
        # Over every line, masked afterwards: filtering the lines would copy their text.
        first = lines.str.find('"', literal=True)
        opens = ((first == 0) | (lines.str.find(',"', literal=True) + 1 == first)).fill_null(False)
        # Quotes that end a value: followed by a comma or a line end, or ending the line.
        ending = lines.str.count_matches(_QUOTE_ENDS) + lines.str.ends_with('"').cast(pl.UInt32)
        first_ends = (lines.str.find(_QUOTE_ENDS) == first).fill_null(False)
        second_ends = ending > first_ends.cast(pl.UInt32)
        opens = opens & two
        if bool((opens & ~second_ends).any()):
            return True, one_value
        one_value = opens
    others = (quotes > 0) & ~two
    found = bool(others.any()) and bool(lines.filter(others).str.contains(_TEXT_AFTER_QUOTE).any())
    return found, one_value


def _text_after_quote(lines: pl.Series, quotes: pl.Series) -> bool:
    """True when a line matches ``_TEXT_AFTER_QUOTE`` (``quotes``: quotes in each line)."""
    return _quoted_value_lines(lines, quotes)[0]


@dataclass(slots=True)
class _Records:
    """Records as the lines and quotes say: each record's text, its quotes, which records
    are one line with one quoted value (None when records span lines), and whether the
    last quote is left open."""

    texts: pl.Series
    quotes: pl.Series
    one_value: pl.Series | None
    unclosed: bool


def _records(body: bytes) -> _Records | None:
    """The records of ``body`` (lines of a quoted multi-line value joined); None when the
    lines cannot be split safely."""
    separator = _separator(body)
    if separator is None:
        return None
    lines = (
        pl.read_csv(
            body,
            has_header=False,
            separator=separator,
            quote_char=None,
            infer_schema=False,
            empty_string_is_null=False,
            new_columns=["line"],
            raise_if_empty=False,
        )
        .to_series()
        .fill_null("")
    )
    quotes = lines.str.count_matches('"', literal=True).cast(pl.Int64)
    quoted = quotes > 0
    if not quoted.any():
        return _Records(lines, quotes, falses(len(lines)), unclosed=False)
    # A quoted value closed and followed by more text ('""a"'): Python's csv reads on in
    # its own lenient way that quote parity cannot follow; leave such files to it. Only
    # lines with a quote can hold one.
    found, one_value = _quoted_value_lines(lines, quotes)
    if found:
        return None
    inside = ((quotes % 2).cum_sum() % 2).cast(pl.Boolean)
    unclosed = bool(inside[-1])
    starts = ~inside.shift(1, fill_value=False)
    record = starts.cast(pl.Int64).cum_sum() - 1
    if record[-1] == len(lines) - 1:
        if not _well_quoted(lines.filter(quoted & ~one_value)):
            return None
        return _Records(lines, quotes, one_value, unclosed)
    if b"\r" in body:  # polars turns \r\n inside quoted values into \n; Python keeps it
        return None
    joined = (
        pl.DataFrame({"record": record, "line": lines, "quotes": quotes})
        .group_by("record", maintain_order=True)
        .agg(pl.col("line").str.join("\n"), pl.col("quotes").sum())
    )
    if not _well_quoted(joined["line"].filter(joined["quotes"] > 0)):
        return None
    return _Records(joined["line"], joined["quotes"], None, unclosed)


def _well_quoted(records: pl.Series) -> bool:
    """Whether every record matches ``_WELL_QUOTED`` (lines with one quoted value, already
    checked by :func:`_quoted_value_lines`, need not be given)."""
    return records.is_empty() or bool(records.str.contains(_WELL_QUOTED).all())


def _commas(records: _Records, values: pl.DataFrame, *, cr: bool) -> pl.Series:
    """Commas in each record outside quoted values.

    A record without quotes that polars split into at most as many cells as the header
    has one comma fewer than cells, so its commas are its length less its cells' lengths
    (polars pads a short record with empty cells); a record with one quoted value has two
    characters more (the quotes). Other records with quotes, records longer than the
    header, and every record of a file with carriage returns (which polars may drop from
    cells) have their commas counted, less those inside their values.
    """
    texts, quoted = records.texts, records.quotes > 0
    counted = pl.repeat(True, len(texts), dtype=pl.Boolean, eager=True)
    commas = pl.repeat(0, len(texts), dtype=pl.Int32, eager=True)
    if not cr and values.width and not any(values.null_count().row(0)):
        one_value = records.one_value if records.one_value is not None else falses(len(texts))
        found = texts.str.len_bytes().cast(pl.Int64) - 2 * one_value.cast(pl.Int64)
        for name in values.columns:  # one column at a time: no 18 columns of lengths at once
            found = found - values[name].str.len_bytes().cast(pl.Int64)
        found = found.cast(pl.Int32)
        exact = ((~quoted | one_value) & (found >= 0) & (found < values.width)).fill_null(False)
        commas, counted = found.set(~exact, 0), ~exact
    if not counted.any():
        return commas
    rows = counted.arg_true()
    found = texts.filter(counted).str.count_matches(",", literal=True).cast(pl.Int32)
    inner = counted.filter(counted) & quoted.filter(counted)
    if inner.any():  # commas inside quoted values are no separators
        inside = (
            values.lazy()
            .filter(pl.lit(counted & quoted))
            .select(pl.sum_horizontal(pl.all().str.count_matches(",", literal=True).fill_null(0)))
            .collect()
            .to_series()
            .cast(pl.Int32)
        )
        found = found.scatter(inner.arg_true(), found.filter(inner) - inside)
    return commas.scatter(rows, found)


def _counts(records: _Records, values: pl.DataFrame, *, cr: bool = True) -> pl.Series:
    """Cells per record: its commas outside quoted values plus one (none if empty); a
    quoted record longer than the header (whose extra cells polars drops) is counted in
    Python. ``cr``: the file holds a carriage return."""
    texts, quoted = records.texts, records.quotes > 0
    counts = (_commas(records, values, cr=cr) + 1).set(texts == "", 0)
    long_rows = (counts > values.width).fill_null(False) & quoted
    for index in long_rows.arg_true().to_list():
        counts[index] = len(_labels(texts[index]))
    return counts


def _labels(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text, newline="")), [])


def _values(body: bytes) -> pl.DataFrame:
    """Every cell as text, as polars splits the file (long rows cut, short rows padded)."""
    return pl.read_csv(
        body,
        has_header=False,
        infer_schema=False,
        empty_string_is_null=False,
        truncate_ragged_lines=True,
        quote_char='"',
        raise_if_empty=False,
    )


def _fast(body: bytes, file: str) -> tuple[CsvTable | None, list[Issue]]:
    """The table read by polars, or None when the slow path must read it.

    Polars refuses quoting that Python's ``csv`` module reads in its own lenient way (a
    quote inside an unquoted value, text after a closing quote); such files, and any file
    where polars finds another number of records than the lines say, take the slow path.
    """
    with ThreadPoolExecutor(max_workers=2) as pool:  # both passes release the GIL
        lines = pool.submit(_records, body)
        parsed = pool.submit(_values, body)
        try:
            split = lines.result()
        except pl.exceptions.PolarsError:
            split = None
        try:
            values: pl.DataFrame | None = parsed.result()
        except pl.exceptions.PolarsError:
            values = None
    if split is None:
        return None, []
    if split.unclosed:  # a quote left open at the end: Python's csv reads it its own way
        return None, []
    issues: list[Issue] = []
    labels = _labels(split.texts[0])
    width = len(labels)
    if width == 0 or values is None:
        return None, issues
    if values.height != len(split.texts) or values.width != width:
        return None, issues
    counts = _counts(split, values, cr=b"\r" in body)
    frame = values.slice(1)
    names = {old: str(i) for i, old in enumerate(frame.columns)}
    cells = counts.slice(1)
    frame = frame.rename(names)
    shortest = int(cells.min() or 0) if len(cells) else width  # type: ignore[arg-type]
    if shortest < width:  # null the cells that short rows do not have (those columns only)
        frame = frame.with_columns(
            [
                pl.when(pl.lit(cells) > i).then(pl.col(str(i))).alias(str(i))
                for i in range(shortest, width)
            ]
        )
    frame = frame.with_columns(
        pl.int_range(2, frame.height + 2, dtype=pl.Int64, eager=True).alias(ROW),
        pl.Series(CELLS, cells),
    )
    return CsvTable(file, labels, frame, width, fast=True), issues


def _unclosed(file: str, row: int) -> Issue:
    return issue(
        "unclosed-quote",
        file,
        f"a quoted value opened in row {row} or before is never closed",
        row=row,
    )


def _slow(text: str, file: str) -> tuple[CsvTable | None, list[Issue]]:
    limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        labels = next(reader, [])
        width = len(labels)
        chunks: list[pl.DataFrame] = []
        rows: list[list[str]] = []
        number = 1
        last_line = before = reader.line_num
        for row in reader:
            rows.append(row)
            if len(rows) >= _CHUNK_ROWS:
                chunks.append(_chunk(rows, number, width))
                number += len(rows)
                rows = []
            last_line, before = reader.line_num, last_line
        chunks.append(_chunk(rows, number, width))
        issues = _unclosed_tail(text, before, file, number + len(rows))
    finally:
        csv.field_size_limit(limit)
    frame = pl.concat(chunks) if chunks else _chunk([], 1, width)
    return CsvTable(file, labels, frame, width, fast=False), issues


def _unclosed_tail(text: str, start_line: int, file: str, row: int) -> list[Issue]:
    """An issue when the last record ends inside a quoted value (read strictly, from the line
    where it starts, the record then hits the end of the text)."""
    if '"' not in text:
        return []
    tail = "".join(text.splitlines(keepends=True)[start_line:])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), strict=True):
            pass
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            return [_unclosed(file, row)]
    return []


def _chunk(rows: list[list[str]], last: int, width: int) -> pl.DataFrame:
    columns: dict[str, pl.Series] = {}
    for i in range(width):
        columns[str(i)] = pl.Series(
            str(i), [r[i] if i < len(r) else None for r in rows], dtype=pl.String
        )
    columns[ROW] = pl.Series(ROW, range(last + 1, last + 1 + len(rows)), dtype=pl.Int64)
    columns[CELLS] = pl.Series(CELLS, [len(r) for r in rows], dtype=pl.Int32)
    return pl.DataFrame(columns)


def read_csv(
    body: bytes, file: str, *, lone_cr: bool = False
) -> tuple[CsvTable | None, list[Issue]]:
    """Read CSV ``body`` (UTF-8 without BOM): one column per header label.

    ``lone_cr`` (the file ends lines with a lone carriage return) forces the slow path,
    which splits lines the way Python's ``csv`` module does.
    """
    issues: list[Issue] = []
    if not lone_cr:
        table, issues = _fast(body, file)
        if table is not None:
            return _check_header(table, issues)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        bad = utf8_issue(body, file)
        return None, [bad] if bad else []
    table, more = _slow(text, file)
    return _check_header(table, issues + more)


def _check_header(
    table: CsvTable | None, issues: list[Issue]
) -> tuple[CsvTable | None, list[Issue]]:
    if table is not None and not any(table.labels):
        issues.append(issue("blank-header", table.file, "the header row is empty", row=1))
        return None, issues
    return table, issues


__all__ = ["CELLS", "ROW", "CsvTable", "read_csv"]
