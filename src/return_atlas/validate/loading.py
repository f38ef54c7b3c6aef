"""Record files read safely into tables (CSV) and located records and corrections (JSON, YAML).

A JSON or YAML file of records is a list of objects. Each object names its resource in
``record_type`` (or the file's name does, ``initiatives.json``), and may say where the
contributor found its facts in ``source_url``. An object with ``record_type: correction``
changes fields of an existing record::

    - record_type: correction
      resource: initiatives
      id: ini-rt.1297
      set: {status: completed, end: "2021-06"}
      reason: The project closed early.
      source_url: https://example.org/news/rt-1297

or, instead of ``id`` and ``set``, removes a wrong link by its primary key::

    - record_type: correction
      resource: initiative_countries
      remove: {initiative_id: ini-rt.1297, country: POL, role: location}
      reason: Poland is where the returnees came from.
      source_url: https://example.org/reports/rt-1297

A CSV file holds records of the resource its name starts with (``initiatives.csv``,
``initiatives.from-dakar.csv``), with the package's columns.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
from return_atlas.validate.csvtable import CsvTable, read_csv
from return_atlas.validate.inputs import RecordFile
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.records import Where
from return_atlas.validate.safety import Limits
from return_atlas.validate.structured import Entry, parse_json, parse_yaml
from return_atlas.validate.text import check_bytes

RECORD_TYPE, SOURCE_URL, CORRECTION = "record_type", "source_url", "correction"
#: Keys of a record that describe it rather than belong to it.
META_KEYS = (RECORD_TYPE, SOURCE_URL)
CORRECTION_KEYS = ("resource", "id", "set", "reason", SOURCE_URL)
REMOVAL_KEYS = ("resource", "remove", "reason", SOURCE_URL)
#: Resources whose records a correction may remove: links, which have no id to correct.
REMOVABLE = ("initiative_countries", "initiative_organizations")
#: YAML files are parsed in Python; past this size, CSV is the format to use.
MAX_YAML_BYTES = 16 * 1024 * 1024


@dataclass(slots=True)
class Table:
    """A CSV table of one resource (``resource`` None when its name is not a resource)."""

    file: RecordFile
    resource: str | None
    schema: dict[str, Any]
    table: CsvTable
    text: str | None = None


@dataclass(slots=True)
class Record:
    """One record from a JSON or YAML file (or a CSV row, for merging)."""

    resource: str
    values: dict[str, Any]
    where: Where
    role: str
    source_url: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class Correction:
    """A change of fields of an existing record, with its reason and evidence; or, when
    ``removal`` holds the record's primary key, the removal of the record (``changes`` empty,
    ``record_id`` the key for people to read)."""

    resource: str
    record_id: str
    changes: dict[str, Any]
    reason: str
    source_url: str
    where: Where
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    removal: dict[str, Any] | None = None


@dataclass(slots=True)
class Loaded:
    """Everything read from record files."""

    tables: list[Table] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    texts: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    #: SHA-256 of each JSON or YAML file (the files that hold corrections).
    digests: dict[str, str] = field(default_factory=dict)


def resource_of_name(relative: str) -> str | None:
    """The resource a file's name names: ``data/initiatives.from-x.csv`` -> ``initiatives``."""
    stem = PurePosixPath(relative).name.split(".", 1)[0]
    return stem if stem in RESOURCES else None


def _unknown_resource(file: str, name: object, where: Where | None = None) -> Issue:
    known = ", ".join(RESOURCES)
    line, pointer = where.at(None) if where else (None, None)
    return issue(
        "record-type-unknown",
        file,
        f"{name!r} is not a resource of the package (known: {known}, or {CORRECTION})",
        line=line,
        pointer=pointer,
    )


def load_file(
    record_file: RecordFile,
    limits: Limits,
    loaded: Loaded,
    *,
    keep_text: bool = False,
    schema: dict[str, Any] | None = None,
) -> None:
    """Read one record file into ``loaded`` (issues included); never raises for bad input."""
    display = record_file.display
    suffix = record_file.suffix
    if suffix in (".yaml", ".yml"):
        limits = Limits(
            min(limits.max_bytes, MAX_YAML_BYTES),
            limits.allow_remote,
            limits.max_depth,
            limits.max_yaml_nodes,
        )
    data = record_file.root.read(record_file.relative, limits)
    if isinstance(data, Issue):
        loaded.issues.append(data)
        return
    loaded.files.append(display)
    checked = check_bytes(data, display, utf8=suffix != ".csv")
    loaded.issues.extend(checked.issues)
    if checked.body is None:
        return
    if suffix == ".csv":
        _load_csv(
            record_file,
            checked.body,
            loaded,
            lone_cr=checked.lone_cr,
            schema=schema,
            keep_text=keep_text,
        )
        return
    loaded.digests[display] = hashlib.sha256(data).hexdigest()
    text = unicodedata.normalize("NFC", checked.body.decode("utf-8"))
    if keep_text:
        loaded.texts[display] = (data, text)
    if suffix == ".json":
        parsed = parse_json(text, display, limits, spans=keep_text)
    else:
        parsed = parse_yaml(text, display, limits, spans=keep_text)
    loaded.issues.extend(parsed.issues)
    if parsed.entries is None:
        if not parsed.issues:
            loaded.issues.append(
                issue("not-a-record-list", display, "the file is not a list of records")
            )
        return
    hint = record_file.resource or resource_of_name(record_file.relative)
    for entry in parsed.entries:
        _entry(record_file, entry, hint, loaded)


def _load_csv(
    record_file: RecordFile,
    body: bytes,
    loaded: Loaded,
    *,
    lone_cr: bool,
    schema: dict[str, Any] | None,
    keep_text: bool,
) -> None:
    display = record_file.display
    resource = record_file.resource or resource_of_name(record_file.relative)
    if schema is None and resource is None:
        loaded.issues.append(_unknown_resource(display, PurePosixPath(display).name))
    table, issues = read_csv(body, display, lone_cr=lone_cr)
    loaded.issues.extend(issues)
    if table is not None and schema is None:
        # A file of no known resource still gets its structure checked: a schema of its
        # own labels finds ragged rows and bad headers.
        schema = (
            table_schema(resource)
            if resource
            else {"fields": [{"name": label, "type": "any"} for label in table.labels]}
        )
    if table is not None and schema is not None:
        text = unicodedata.normalize("NFC", body.decode("utf-8")) if keep_text else None
        if keep_text and text is not None:
            loaded.texts[display] = (body, text)
        loaded.tables.append(Table(record_file, resource, schema, table, text))


def _entry(record_file: RecordFile, entry: Entry, hint: str | None, loaded: Loaded) -> None:
    display = record_file.display
    where = Where(display, line=entry.line, pointer=entry.pointer, field_lines=entry.field_lines)
    value = entry.value
    if not isinstance(value, dict):
        loaded.issues.append(
            issue(
                "not-a-record-list",
                display,
                f"item {entry.index + 1} (line {entry.line}) is not an object",
                line=entry.line,
                pointer=entry.pointer,
            )
        )
        return
    kind = value.get(RECORD_TYPE, hint)
    if kind is None:
        loaded.issues.append(
            issue(
                "record-type-missing",
                display,
                f"record {entry.index + 1} (line {entry.line}) has no {RECORD_TYPE}",
                line=entry.line,
                pointer=entry.pointer,
            )
        )
        return
    if kind == CORRECTION:
        _correction(value, where, entry, loaded)
        return
    if not isinstance(kind, str) or kind not in RESOURCES:
        loaded.issues.append(_unknown_resource(display, kind, where))
        return
    values = {k: v for k, v in value.items() if k not in META_KEYS}
    url = value.get(SOURCE_URL)
    loaded.records.append(
        Record(
            kind,
            values,
            where,
            record_file.role,
            url if isinstance(url, str) else None,
            dict(entry.field_spans),
        )
    )


def _correction(value: dict[str, Any], where: Where, entry: Entry, loaded: Loaded) -> None:
    removal = "remove" in value
    keys = REMOVAL_KEYS if removal else CORRECTION_KEYS
    body = "remove" if removal else "set"
    line, pointer = where.at(None)
    missing = [key for key in keys if value.get(key) in (None, "", {})]
    unknown = [key for key in value if key not in (*keys, RECORD_TYPE)]
    for key in unknown:
        key_line, key_pointer = where.at(key)
        what = "a removal" if removal else "a correction"
        loaded.issues.append(
            issue(
                "unknown-field",
                where.file,
                f"{key} is not a key of {what} ({', '.join(keys)})",
                line=key_line,
                pointer=key_pointer,
                field=key,
            )
        )
    if missing or not isinstance(value.get(body), dict):
        what = ", ".join(missing) or (
            "remove (a mapping of the record's primary-key fields to its values)"
            if removal
            else "set (a mapping of field names to new values)"
        )
        loaded.issues.append(
            issue(
                "correction-incomplete",
                where.file,
                f"correction {entry.index + 1} (line {entry.line}) lacks {what}",
                line=line,
                pointer=pointer,
            )
        )
        return
    resource = value["resource"]
    if resource not in RESOURCES:
        loaded.issues.append(_unknown_resource(where.file, resource, where))
        return
    if removal and unknown:  # id or set beside remove: which was meant? Neither is applied.
        return
    prefix = f"{body}."
    inner = Where(
        where.file,
        line=where.at(body)[0],
        pointer=f"{where.pointer}/{body}",
        field_lines={
            k.removeprefix(prefix): v
            for k, v in (where.field_lines or {}).items()
            if k.startswith(prefix)
        },
    )
    spans = {
        k.removeprefix(prefix): v for k, v in entry.field_spans.items() if k.startswith(prefix)
    }
    if removal:
        _removal(value, resource, inner, spans=spans, entry=entry, loaded=loaded)
        return
    loaded.corrections.append(
        Correction(
            resource,
            str(value["id"]),
            dict(value["set"]),
            str(value["reason"]),
            str(value[SOURCE_URL]),
            inner,
            spans,
        )
    )


def _removal(
    value: dict[str, Any],
    resource: str,
    where: Where,
    *,
    spans: dict[str, tuple[int, int]],
    entry: Entry,
    loaded: Loaded,
) -> None:
    """A removal gives every primary-key field of a link, and may give its other fields too
    (then the record must have those values)."""
    line, pointer = where.at(None)
    if resource not in REMOVABLE:
        loaded.issues.append(
            issue(
                "removal-not-supported",
                where.file,
                f"{resource} records cannot be removed (only {', '.join(REMOVABLE)}); "
                "correct their fields with id and set",
                line=line,
                pointer=pointer,
                resource=resource,
            )
        )
        return
    model = RESOURCES[resource]
    given: dict[str, Any] = value["remove"]
    unknown = [n for n in given if n not in model.model_fields]
    for name in unknown:
        field_line, field_pointer = where.at(name)
        loaded.issues.append(
            issue(
                "unknown-field",
                where.file,
                f"{name} is not a field of {resource} ({', '.join(model.model_fields)})",
                line=field_line,
                pointer=field_pointer,
                field=name,
                resource=resource,
            )
        )
    missing = [n for n in model.primary_key if given.get(n) in (None, "")]
    if missing:
        loaded.issues.append(
            issue(
                "correction-incomplete",
                where.file,
                f"removal {entry.index + 1} (line {entry.line}) lacks {', '.join(missing)} "
                f"(the primary key of {resource}: {', '.join(model.primary_key)})",
                line=line,
                pointer=pointer,
                resource=resource,
            )
        )
    if missing or unknown:
        return
    loaded.corrections.append(
        Correction(
            resource,
            ", ".join(f"{n}={given[n]}" for n in model.primary_key),
            {},
            str(value["reason"]),
            str(value[SOURCE_URL]),
            where,
            spans,
            removal=dict(given),
        )
    )


def load_files(files: Iterable[RecordFile], limits: Limits, *, keep_text: bool = False) -> Loaded:
    """Read every record file."""
    loaded = Loaded()
    for record_file in files:
        load_file(record_file, limits, loaded, keep_text=keep_text)
    return loaded


__all__ = [
    "CORRECTION",
    "META_KEYS",
    "RECORD_TYPE",
    "REMOVABLE",
    "SOURCE_URL",
    "Correction",
    "Loaded",
    "Record",
    "Table",
    "load_file",
    "load_files",
    "resource_of_name",
]
