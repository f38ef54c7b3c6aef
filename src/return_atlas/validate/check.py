"""A table check in progress: the table, its schema, where issues go, and the columns read.

The engine (:mod:`return_atlas.validate.engine`) and the vectorised rules
(:mod:`return_atlas.validate.rules`) both emit issues through :meth:`TableCheck.emit`, which
turns a boolean mask over the rows into issues, under the sink's cap, from any thread.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from return_atlas.validate.celltypes import Parsed
from return_atlas.validate.csvtable import ROW, CsvTable
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.sink import Sink
from return_atlas.validate.textscan import TextScans

#: Callable that gives the keys of fields of another resource (None: not at hand).
Lookup = Callable[[str, tuple[str, ...]], pl.Series | None]

#: Threads for column work: the cores this process may use.
WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

TYPE_WORDS = {
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "date": "a date (YYYY-MM-DD)",
    "year": "a year (YYYY)",
    "datetime": "a date and time",
    "time": "a time",
    "object": "a JSON object",
    "array": "a JSON array",
}


@dataclass(slots=True)
class Column:
    """One column of the table as read for one field."""

    position: int
    field: dict[str, Any]
    cells: pl.Series
    missing: pl.Series
    parsed: Parsed
    cached_key: pl.Series | None = None

    @property
    def name(self) -> str:
        """The field name."""
        return str(self.field.get("name", ""))

    @property
    def key(self) -> pl.Series:
        """Equality keys, null where the cell is missing or not of the type."""
        if self.cached_key is None:
            self.cached_key = self.parsed.key.set(self.missing | ~self.parsed.ok, None)
        return self.cached_key


@dataclass(slots=True)
class TableCheck:
    """Everything one table check needs, and the issues it adds to ``sink``."""

    table: CsvTable
    schema: dict[str, Any]
    sink: Sink
    resource: str | None = None
    lookup: Lookup | None = None
    codelists: frozenset[str] = frozenset()
    hints: Callable[[str], str | None] | None = None
    columns: list[Column] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: Rows with at least one issue (over the cap too), for the model checks to skip.
    flagged: pl.Series | None = None
    #: Passes over text columns that the pattern and privacy checks share.
    scans: TextScans = field(default_factory=TextScans)

    @property
    def file(self) -> str:
        """Display name of the table's file."""
        return self.table.file

    def emit(
        self,
        code: str,
        mask: pl.Series,
        message: Callable[..., str],
        *,
        field_name: str | None = None,
        values: pl.Series | list[pl.Series] | None = None,
        hint: str | None = None,
    ) -> None:
        """One issue per row selected by ``mask``; ``message(value, row)`` words it.

        ``values`` gives the value passed to ``message`` (a tuple when several series).
        """
        total = int(mask.sum() or 0)
        if not total:
            return
        with self.lock:
            self.flagged = mask if self.flagged is None else self.flagged | mask
            room = self.sink.room(self.file, code, field_name)
        keep = total if room is None else min(room, total)
        indexes = mask.arg_true().head(keep)
        rows = self.table.frame[ROW].gather(indexes).to_list()
        cells: list[Any]
        if values is None:
            cells = [None] * keep
        elif isinstance(values, list):
            cells = list(zip(*(v.gather(indexes).to_list() for v in values), strict=True))
        else:
            cells = values.gather(indexes).to_list()
        found = [
            self.sink_issue(code, message(value, row), row, field_name, hint)
            for row, value in zip(rows, cells, strict=True)
        ]
        with self.lock:
            self.sink.extend(found)
            self.sink.count(self.file, code, field_name, total - keep)

    def sink_issue(
        self, code: str, message: str, row: int | None, field_name: str | None, hint: str | None
    ) -> Issue:
        """An issue located in this table."""
        return issue(
            code, self.file, message, row=row, field=field_name, resource=self.resource, hint=hint
        )


def in_parallel(function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """``function`` over ``items`` on the available cores (polars releases the GIL)."""
    if len(items) < 2 or WORKERS < 2:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(function, items))


__all__ = ["TYPE_WORDS", "WORKERS", "Column", "Lookup", "TableCheck", "in_parallel"]
