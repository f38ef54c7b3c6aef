"""Read a contributions folder: records (CSV rows, JSON and YAML records) and corrections.

Every file is read safely (see :mod:`return_atlas.validate`) and checked as ``return-atlas
validate`` checks it; each record keeps its file, location and the character span of each
of its values in the file's text (after Unicode NFC normalisation), for provenance.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from return_atlas.models import RESOURCES
from return_atlas.validate.contributed import row_values
from return_atlas.validate.csvtable import ROW
from return_atlas.validate.inputs import Discovery, walk
from return_atlas.validate.issues import Issue
from return_atlas.validate.loading import Correction, Loaded, Record, load_file
from return_atlas.validate.records import Where
from return_atlas.validate.safety import Limits


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A contribution file as a source: its path under the folder, bytes digest and text."""

    relative: str
    sha256: str
    text: str

    @property
    def source_id(self) -> str:
        """The id of its row in the sources resource."""
        return "src-" + self.sha256[:16]


@dataclass(slots=True)
class Contributions:
    """Everything a contributions folder holds, and the issues of reading it."""

    records: list[Record] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    files: dict[str, SourceFile] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    loaded: Loaded = field(default_factory=Loaded)


def csv_spans(text: str) -> list[list[tuple[int, int]]]:
    """Character spans of the cells of each record of CSV ``text`` (inside quotes)."""
    records: list[list[tuple[int, int]]] = []
    cells: list[tuple[int, int]] = []
    position, length = 0, len(text)
    while position <= length:
        if position == length:
            if cells:
                records.append(cells)
            break
        if text[position] == '"':
            start = position + 1
            position = start
            while position < length:
                if text[position] == '"':
                    if position + 1 < length and text[position + 1] == '"':
                        position += 2
                        continue
                    break
                position += 1
            cells.append((start, min(position, length)))
            position += 1
            while position < length and text[position] not in ",\r\n":
                position += 1
        else:
            start = position
            while position < length and text[position] not in ",\r\n":
                position += 1
            cells.append((start, position))
        if position < length and text[position] == ",":
            position += 1
            if position == length:
                cells.append((position, position))
            continue
        records.append(cells)
        cells = []
        if text.startswith("\r\n", position):
            position += 2
        else:
            position += 1
    return records


def _rows_as_records(contributions: Contributions) -> None:
    """CSV rows of record resources as located records, with the spans of their cells."""
    for table in contributions.loaded.tables:
        resource = table.resource
        if resource not in RESOURCES or table.text is None:
            continue
        spans = csv_spans(table.text)
        labels = table.table.labels
        for index, number in enumerate(table.table.frame[ROW].to_list()):
            values = row_values(table, index)
            cells = spans[number - 1] if number - 1 < len(spans) else []
            located = {labels[i]: cells[i] for i in range(min(len(labels), len(cells)))}
            contributions.records.append(
                Record(
                    resource,
                    values,
                    Where(table.file.display, row=number),
                    "contribution",
                    None,
                    located,
                )
            )


def load(folder: Path, *, limits: Limits | None = None) -> Contributions:
    """Read every record file under ``folder`` (nothing when it does not exist)."""
    limits = limits or Limits()
    contributions = Contributions()
    if not folder.is_dir():
        return contributions
    found = Discovery()
    walk(folder, folder.name, found)
    contributions.issues.extend(found.issues)
    loaded = contributions.loaded
    for record_file in found.files:
        load_file(record_file, limits, loaded, keep_text=True)
        display = record_file.display
        if display in loaded.texts:
            data, text = loaded.texts[display]
            digest = hashlib.sha256(data).hexdigest()
            contributions.files[display] = SourceFile(record_file.relative, digest, text)
    contributions.issues.extend(loaded.issues)
    contributions.records.extend(loaded.records)
    contributions.corrections.extend(loaded.corrections)
    _rows_as_records(contributions)
    return contributions


__all__ = ["Contributions", "SourceFile", "csv_spans", "load"]
