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


def _records(body: bytes) -> tuple[pl.Series, bool] | None:
    """Each record's text (lines of a quoted multi-line value joined), and whether the last
    quote is left open; None when the lines cannot be split safely."""
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
    quotes = lines.str.count_matches('"', literal=True)
    if quotes.sum() == 0:
        return lines, False
    # A quoted value closed and followed by more text ('""a"'): Python's csv reads on in
    # its own lenient way that quote parity cannot follow; leave such files to it.
    if bool(lines.str.contains(r'(?:^|,)"(?:[^"]|"")*"[^,"\r\n]').any()):
        return None
    inside = ((quotes % 2).cum_sum() % 2).cast(pl.Boolean)
    unclosed = bool(inside[-1])
    starts = ~inside.shift(1, fill_value=False)
    record = starts.cast(pl.Int64).cum_sum() - 1
    if record[-1] == len(lines) - 1:
        return lines, unclosed
    if b"\r" in body:  # polars turns \r\n inside quoted values into \n; Python keeps it
        return None
    joined = (
        pl.DataFrame({"record": record, "line": lines})
        .group_by("record", maintain_order=True)
        .agg(pl.col("line").str.join("\n"))
    )
    return joined["line"], unclosed


def _counts(records: pl.Series, values: pl.DataFrame) -> pl.Series:
    """Cells per record: its commas, less those inside values, plus one (none if empty).

    Only quoted values hold commas, so only records with a quote need the subtraction; a
    record longer than the header (whose extra cells polars drops) is counted in Python.
    """
    commas = records.str.count_matches(",", literal=True).cast(pl.Int32)
    quoted = records.str.contains('"', literal=True).fill_null(False)
    if quoted.any():
        with_commas = values.select(pl.all().str.contains(",", literal=True).any()).row(0)
        names = [name for name, has in zip(values.columns, with_commas, strict=True) if has]
        if names:
            inside = values.select(
                pl.sum_horizontal(
                    pl.col(n).str.count_matches(",", literal=True).fill_null(0) for n in names
                )
            ).to_series()
            commas = commas - (inside * quoted).cast(pl.Int32)
    counts = (commas + 1).set(records == "", 0)
    long_rows = (counts > values.width).fill_null(False) & quoted
    for index in long_rows.arg_true().to_list():
        counts[index] = len(_labels(records[index]))
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
    records, unclosed = split
    if unclosed:  # a quote left open at the end: Python's csv reads it its own lenient way
        return None, []
    issues: list[Issue] = []
    labels = _labels(records[0])
    width = len(labels)
    if width == 0 or values is None:
        return None, issues
    if values.height != len(records) or values.width != width:
        return None, issues
    counts = _counts(records, values)
    frame = values.slice(1)
    names = {old: str(i) for i, old in enumerate(frame.columns)}
    cells = counts.slice(1)
    frame = frame.rename(names)
    if bool((cells < width).any()):  # null the cells that short rows do not have
        frame = frame.with_columns(
            [pl.when(pl.lit(cells) > i).then(pl.col(str(i))).alias(str(i)) for i in range(width)]
        )
    frame = frame.with_columns(
        pl.Series(ROW, range(2, frame.height + 2), dtype=pl.Int64), pl.Series(CELLS, cells)
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
