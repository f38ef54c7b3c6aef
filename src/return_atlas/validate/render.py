"""Reports for people (grouped text, coloured on a terminal) and for machines (JSON)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from return_atlas.validate.issues import CATALOGUE, Issue, Severity
from return_atlas.validate.report import Report

#: Issues listed per file and code in text output (the JSON output lists all).
SHOWN_PER_GROUP = 20
_COLOURS = {"error": "31", "warning": "33", "file": "1", "hint": "2", "ok": "32"}


class Style:
    """ANSI colours, or none (not a terminal, or ``NO_COLOR`` set)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    @classmethod
    def for_stream(cls, stream: TextIO) -> Style:
        """Colours when ``stream`` is a terminal and ``NO_COLOR`` is not set."""
        isatty = getattr(stream, "isatty", lambda: False)
        return cls(bool(isatty()) and "NO_COLOR" not in os.environ)

    def __call__(self, kind: str, text: str) -> str:
        """``text`` in the colour of ``kind``."""
        if not self.enabled:
            return text
        return f"\x1b[{_COLOURS[kind]}m{text}\x1b[0m"


def _where(found: Issue) -> str:
    parts = []
    if found.row is not None:
        parts.append(f"row {found.row}")
    elif found.line is not None:
        parts.append(f"line {found.line}")
    if found.field and (found.pointer is None or found.row is not None):
        parts.append(found.field)
    elif found.pointer:
        parts.append(found.pointer)
    return ", ".join(parts)


def _group_lines(code: str, items: list[Issue], style: Style) -> Iterable[str]:
    entry = CATALOGUE[code]
    severity = items[0].severity.value
    yield f"  {style(severity, severity)} {code} ({len(items)}): {entry.title}"
    for found in items[:SHOWN_PER_GROUP]:
        where = _where(found)
        yield f"    {where + ': ' if where else ''}{found.message}"
        if found.hint != entry.hint:
            yield "      " + style("hint", f"hint: {found.hint}")
    if len(items) > SHOWN_PER_GROUP:
        yield f"    … and {len(items) - SHOWN_PER_GROUP} more (--format json lists them all)"
    yield "    " + style("hint", f"hint: {entry.hint}")


def render_text(report: Report, stream: TextIO, *, quiet: bool = False) -> None:
    """Issues grouped by file and code, then a summary line."""
    style = Style.for_stream(stream)
    write = stream.write
    if not quiet:
        ordered = sorted(report.issues, key=lambda i: (i.file, i.severity is not Severity.ERROR))
        for file, in_file in groupby(ordered, key=lambda i: i.file):
            items = sorted(in_file, key=lambda i: (i.code, *i.sort_key()))
            write(style("file", file or "(validator)") + "\n")
            for code, group in groupby(items, key=lambda i: i.code):
                for line in _group_lines(code, list(group), style):
                    write(line + "\n")
            write("\n")
        for note in report.notes:
            write(style("hint", f"note: {note}") + "\n")
    errors, warnings = len(report.errors), len(report.warnings)
    if report.could_not_run:
        verdict = style("error", "Could not validate: nothing could be read.")
    elif report.valid:
        verdict = style("ok", "Valid.")
    else:
        verdict = style("error", "Invalid.")
    files = len(report.files)
    write(
        f"{verdict} {errors} error{'s' * (errors != 1)}, {warnings} warning"
        f"{'s' * (warnings != 1)} in {files} file{'s' * (files != 1)} "
        f"({report.seconds:.1f} s).\n"
    )


def render_json(report: Report, stream: TextIO) -> None:
    """The whole report as one JSON object."""
    json.dump(report.as_dict(), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


__all__ = ["SHOWN_PER_GROUP", "Style", "render_json", "render_text"]
