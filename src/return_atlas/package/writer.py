"""Stage 6: write the resolved records as a Frictionless Data Package.

Records of one document (sources, events, returns, fundings, provenance) stream in as each
document is resolved and are spooled to disk, so memory stays flat however large the corpus;
records merged across documents (initiatives, organisations, publications and their links)
arrive at the end. Every record passes through its model before it is written: a field the
model refuses is left blank (and its provenance dropped) when it is optional, the record is
left out when it cannot be mended, and rows whose required references would break go with
it. Everything is reported. The package is assembled in a temporary folder and moved into
place in one step.

What one record needs of its model (validation, mending, its CSV and JSON text) is done by
:func:`prepare`, which a build runs in its worker processes: the writer then only checks
the references between records, which need the whole package, and appends text.
"""

from __future__ import annotations

import csv
import json
import pickle
import re
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import IO, Any, Final

from pydantic import BaseModel, ValidationError

from return_atlas.codelists import CODELIST_RESOURCES, codelist_rows
from return_atlas.generate.csvio import header, to_cell, write_csv
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
from return_atlas.models.types import FORMULA_STARTS
from return_atlas.package.atomic import replacing_folder, write_text
from return_atlas.package.descriptor import descriptor

Row = dict[str, Any]
REPORT = "build-report.json"
#: Per-document resources, in the order they are written (sources first: others refer to it).
STREAMED = ("sources", "events", "assisted_returns", "fundings", "provenance")


@dataclass(slots=True)
class PackageResult:
    """Where the package went, how many records each resource got, and what was left out."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


def _dump_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def dump_indented(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` as it reads ``level`` deep.

    Lets a large document be written piece by piece, each piece rendered exactly as the
    whole would be. (JSON text holds line breaks only between its items: those in strings
    are escaped.)
    """
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("\n", "\n" + " " * level) if level else text


def _write_report(
    path: Path,
    documents: Iterable[Mapping[str, object] | str],
    contributions: Sequence[Mapping[str, object]],
    left_out: Sequence[str],
) -> None:
    """The build report, written as it is read from ``documents`` (rendered entries or
    mappings): the same bytes as ``_dump_json`` of the whole."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write('{\n "documents": [')
        separator = "\n  "
        for entry in documents:
            handle.write(separator)
            handle.write(entry if isinstance(entry, str) else dump_indented(dict(entry), 2))
            separator = ",\n  "
        handle.write("\n ]" if separator != "\n  " else "]")
        handle.write(',\n "contributions": ' + dump_indented(list(contributions), 1))
        handle.write(',\n "left_out": ' + dump_indented(list(left_out), 1) + "\n}\n")


def _primary_key(model: type[BaseModel], row: Mapping[str, Any]) -> str:
    key = getattr(model, "primary_key", ())
    return "/".join(str(row.get(name)) for name in key) or "?"


@cache
def _single_foreign_keys(resource: str) -> tuple[tuple[str, str, str], ...]:
    """(field, target resource, target field) of the single-field foreign keys."""
    keys = []
    for fk in table_schema(resource).get("foreignKeys", []):
        fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        target = fk["reference"]["fields"]
        target = target if isinstance(target, list) else [target]
        if len(fields) == 1 and len(target) == 1:
            keys.append((fields[0], fk["reference"]["resource"] or resource, target[0]))
    return tuple(keys)


def check_record(
    resource: str, row: Row, dropped: list[str], blanked: set[tuple[str, str]] | list[Any]
) -> BaseModel | None:
    """The model of ``row``; optional fields it refuses are blanked; None when beyond repair.

    What was blanked or left out is told in ``dropped``; blanked fields (record key, field)
    are added to ``blanked``.
    """
    model = RESOURCES[resource]
    note = blanked.add if isinstance(blanked, set) else blanked.append
    for _ in range(len(row) + 1):
        try:
            return model.model_validate(row)
        except ValidationError as error:
            bad = {
                str(e["loc"][0]): e["msg"]
                for e in error.errors(include_url=False)
                if e["loc"] and str(e["loc"][0]) in model.model_fields
            }
            mendable = {
                name: msg
                for name, msg in bad.items()
                if not model.model_fields[name].is_required() and row.get(name) is not None
                and row.get(name) != []
            }  # fmt: skip
            key = _primary_key(model, row)
            if not mendable:
                problems = "; ".join(
                    f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}"
                    for e in error.errors(include_url=False)
                )
                dropped.append(f"{resource} {key} left out: {problems}")
                return None
            row = dict(row)
            for name, msg in sorted(mendable.items()):
                dropped.append(f"{resource} {key}: {name} {row[name]!r} left blank: {msg}")
                row[name] = model.model_fields[name].get_default(call_default_factory=True)
                note((key, name))
    return None  # pragma: no cover - every pass blanks at least one field


#: Key fields the references of the package point at, by resource (all single-field keys).
@cache
def _referenced() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for resource in RESOURCES:
        for _, target, target_field in _single_foreign_keys(resource):
            if target in RESOURCES and target_field not in found.setdefault(target, []):
                found[target].append(target_field)
    return {name: tuple(fields) for name, fields in found.items()}


@cache
def _references(resource: str) -> tuple[tuple[str, str, str, bool], ...]:
    """(field, target, target field, required) of the references checked between records."""
    model = RESOURCES[resource]
    return tuple(
        (name, target, target_field, model.model_fields[name].is_required())
        for name, target, target_field in _single_foreign_keys(resource)
        if target in RESOURCES
    )


class _Line:
    """A file-like object that keeps the one line the csv module writes to it."""

    __slots__ = ("text",)

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text = text
        return len(text)


_LINE = _Line()
_CSV_LINE = csv.writer(_LINE, lineterminator="\n")


@cache
def _columns(resource: str) -> tuple[str, ...]:
    return tuple(header(resource))


_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(ensure_ascii=False) makes
# JSONEncoder.encode makes a new C encoder for every value; one made once does the same work
# (without the check for circular references, which records and reports cannot have).
_C_ENCODE = (
    None
    if c_make_encoder is None
    else c_make_encoder(None, _JSON.default, encode_basestring, None, ": ", ", ", False,
                        False, True)
)  # fmt: skip


def encode_json(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``, made faster for many small values."""
    if _C_ENCODE is None:  # pragma: no cover - Python without the C accelerator
        return _JSON.encode(value)
    return "".join(_C_ENCODE(value, 0))


#: Characters for which the csv module quotes a cell (or refuses it): a line without them,
#: and without commas but those between its cells, is its cells joined.
_NEEDS_CSV = re.compile('["\r\n\x00]')


def _line(values: Collection[Any]) -> str:
    """The CSV line of a record's ``values``: cells as :func:`to_cell` makes them, written
    as the csv module writes them.

    Text, integers and None (an empty cell) are mostly what a record holds: they are
    written as they are, and a line that needs no quoting is just its cells joined.
    """
    cells = [
        value if (kind := type(value)) is str
        else "" if value is None
        else str(value) if kind is int
        else to_cell(value)
        for value in values
    ]  # fmt: skip
    line = ",".join(cells)
    if line.count(",") == len(cells) - 1 and len(cells) > 1 and not _NEEDS_CSV.search(line):
        return line + "\n"
    _CSV_LINE.writerow(cells)
    return _LINE.text


def _text(record: BaseModel) -> tuple[str, str]:
    """The CSV line and the JSON text of a checked record, from its values as they are.

    Every field of the models is text, an integer, a float, a list of these or None, all of
    which ``model_dump(mode="json")`` would give back unchanged; the record's own mapping of
    its fields (in field order, the order of the CSV columns: see :func:`_shape`) saves
    making that copy and looking up each field by name.
    """
    values = record.__dict__
    return _line(values.values()), encode_json(values)


def render(resource: str, record: BaseModel) -> tuple[str, str]:
    """The CSV line (cells as :func:`to_row` makes them) and the JSON text of one record."""
    assert _shape(resource).model is type(record)
    return _text(record)


#: One record ready to write: what its model made of it, and its text, as a plain tuple
#: (quick to pickle) of:
#: - text: (CSV line, JSON text), None when the record is left out;
#: - messages, blanked: what checking it left for the report;
#: - references: its values that must name records written
#:   (field, target, target field, value, required);
#: - keys: its values other records refer to (field, value);
#: - id: its single-field primary key (or None);
#: - label: its primary key as the report shows it (when it has references);
#: - cites: (record id, field) of a provenance row;
#: - url: the URL of a source;
#: - row: the row it came from, kept only when an optional reference may be blanked.
Entry = tuple[
    tuple[str, str] | None,
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str, str, Any, bool], ...],
    tuple[tuple[str, Any], ...],
    Any,
    str,
    tuple[str, str] | None,
    str | None,
    Row | None,
]
#: Index of the URL in an :data:`Entry`.
URL: Final = 8


@dataclass(frozen=True, slots=True)
class _Shape:
    """What :func:`prepare` needs to know of a resource, looked up once."""

    model: type[BaseModel]
    validate: Callable[[Any], Any]
    """``model.model_validate`` without the wrapper that passes its options on."""
    columns: tuple[str, ...]
    references: tuple[tuple[str, str, str, bool], ...]
    referenced: tuple[str, ...]
    key: tuple[str, ...]
    optional: bool
    """Whether a reference may be blanked (and the row must then be kept)."""


@cache
def _shape(resource: str) -> _Shape:
    model = RESOURCES[resource]
    columns = _columns(resource)
    # _text() writes a record's fields in model order as the CSV columns.
    assert columns == tuple(model.model_fields), f"{resource}: columns not in field order"
    return _Shape(
        model,
        model.__pydantic_validator__.validate_python,
        columns,
        _references(resource),
        _referenced().get(resource, ()),
        tuple(getattr(model, "primary_key", ())),
        any(not required for *_, required in _references(resource)),
    )


def prepare(resource: str, row: Row) -> Entry:
    """Check ``row`` through its model and render it; no other record is needed for this."""
    row = defused(resource, row)
    shape = _shape(resource)
    cites = (row["record_id"], row["field"]) if resource == "provenance" else None
    try:  # the usual case, quickly; check_record() mends (or refuses) the rest
        record: BaseModel | None = shape.validate(row)
        messages: tuple[str, ...] = ()
        blanked: tuple[tuple[str, str], ...] = ()
    except ValidationError:
        notes: list[str] = []
        mended: list[tuple[str, str]] = []
        record = check_record(resource, row, notes, mended)
        messages, blanked = tuple(notes), tuple(mended)
    if record is None:
        return None, messages, blanked, (), (), None, "", cites, None, None
    values = record.__dict__
    references = tuple([
        (name, target, target_field, value, required)
        for name, target, target_field, required in shape.references
        if (value := values[name]) is not None
    ])  # fmt: skip
    key = shape.key
    return (
        _text(record),
        messages,
        blanked,
        references,
        tuple([(name, values[name]) for name in shape.referenced]),
        values[key[0]] if len(key) == 1 else None,
        "/".join([str(values[name]) for name in key]) or "?" if references else "",
        cites,
        values["url"] if resource == "sources" else None,
        row if shape.optional and any(not ref[4] for ref in references) else None,
    )


def defused(resource: str, row: Row) -> Row:
    """``row`` with no text value that a spreadsheet would run as a formula: the characters
    that start one ("=", "+", "-", "@") and the spaces after them are left out, as a broken
    page may give ("-\u202fLignes directrices …", "@Assisted Voluntary Return …"). A quoted
    span of provenance starts where its text now does, so it still quotes the document."""
    bad = [
        name
        for name, value in row.items()
        if isinstance(value, str) and value.startswith(FORMULA_STARTS)
    ]
    if not bad:
        return row
    row = dict(row)
    for name in bad:
        value = row[name]
        kept = value.lstrip("".join(FORMULA_STARTS)).lstrip()
        while kept.startswith(FORMULA_STARTS):  # "- @…"
            kept = kept.lstrip("".join(FORMULA_STARTS)).lstrip()
        if resource == "provenance" and name == "text":
            row["start"] = row["start"] + len(value) - len(kept)
        row[name] = kept or None
    return row


class Validator:
    """Passes rows through their models, mending what it can and reporting the rest."""

    def __init__(self) -> None:
        self.dropped: list[str] = []
        self.blanked: set[tuple[str, str]] = set()
        self.keys: dict[tuple[str, str], set[Any]] = {}
        self.ids: set[str] = set()

    def record(self, resource: str, row: Row) -> BaseModel | None:
        """The model of ``row``; optional fields it refuses are blanked; None when beyond repair."""
        return check_record(resource, row, self.dropped, self.blanked)

    def entry(self, resource: str, entry: Entry) -> tuple[str, str] | None:
        """The text of a prepared record once its references are checked; None if left out.

        Provenance of a value no longer written (its record left out, or the value blanked) is
        skipped silently.
        """
        text, messages, blanked, references, keys, id_, label, cites, _, row = entry
        if cites is not None and not (cites[0] in self.ids and cites not in self.blanked):
            return None
        self.dropped.extend(messages)
        self.blanked.update(blanked)
        if text is None:
            return None
        record: BaseModel | None = None
        for name, target, target_field, value, required in references:
            known = self.keys.get((target, target_field))
            if known is None or value in known:
                continue
            if required:
                self.dropped.append(
                    f"{resource} {label}: {name} {value!r} refers to no {target} record; left out"
                )
                return None
            if record is None:
                assert row is not None  # kept by prepare() for this
                record = check_record(resource, row, [], [])
                assert record is not None
            record = record.model_copy(update={name: None})
        if record is not None:
            text = render(resource, record)
        for name, value in keys:
            self.keys[(resource, name)].add(value)
        if id_ is not None:
            self.ids.add(id_)
        return text

    def watch(self) -> None:
        """Collect the key values every foreign key of the package points at."""
        for resource in RESOURCES:
            for _, target, target_field in _single_foreign_keys(resource):
                if target in RESOURCES:
                    self.keys.setdefault((target, target_field), set())


class _ResourceOut:
    """One resource written as CSV and JSON, record by record."""

    def __init__(self, folder: Path, resource: str) -> None:
        (folder / "data").mkdir(exist_ok=True)
        (folder / "json").mkdir(exist_ok=True)
        self.csv_file = (folder / "data" / f"{resource}.csv").open(
            "w", encoding="utf-8", newline=""
        )
        self.json_file = (folder / "json" / f"{resource}.json").open(
            "w", encoding="utf-8", newline="\n"
        )
        csv.writer(self.csv_file, lineterminator="\n").writerow(_columns(resource))
        self.count = 0

    def write(self, line: str, text: str) -> None:
        """Append one record: its CSV line and its JSON text."""
        self.csv_file.write(line)
        self.json_file.write(("[\n" if self.count == 0 else ",\n") + text)
        self.count += 1

    def close(self) -> None:
        self.json_file.write("\n]\n" if self.count else "[]\n")
        self.csv_file.close()
        self.json_file.close()


#: Records of one resource from one document: rows, prepared entries, or a pickled list of
#: entries (as a worker process hands them over).
Records = Sequence[Row | Entry] | bytes


class PackageWriter:
    """Collects per-document records as a build goes, then writes the package atomically."""

    def __init__(self, out: Path) -> None:
        self.out = out
        # Closed in finish(): the spools live as long as the build, not one block.
        self._spools: dict[str, IO[bytes]] = {
            name: tempfile.TemporaryFile(prefix=f"return-atlas-{name}-")  # noqa: SIM115
            for name in STREAMED
        }
        self._batches = dict.fromkeys(STREAMED, 0)

    def add(self, records: Mapping[str, Records]) -> None:
        """Spool the per-document records of one document, in document order."""
        for name, rows in records.items():
            if not rows:
                continue
            if isinstance(rows, bytes):
                self._spools[name].write(rows)
            else:
                entries = [prepare(name, r) if isinstance(r, dict) else r for r in rows]
                pickle.dump(entries, self._spools[name], protocol=pickle.HIGHEST_PROTOCOL)
            self._batches[name] += 1

    def _spooled(self, resource: str) -> Iterator[Entry]:
        spool = self._spools[resource]
        spool.seek(0)
        for _ in range(self._batches[resource]):
            yield from pickle.load(spool)  # noqa: S301 - our own spool, written above

    def discard(self) -> None:
        """Forget everything spooled; nothing is written."""
        for spool in self._spools.values():
            spool.close()

    def finish(
        self,
        merged: Mapping[str, Sequence[Row]],
        reports: Iterable[Mapping[str, object] | str] = (),
        contributions: Sequence[Mapping[str, object]] = (),
    ) -> PackageResult:
        """Validate and write every resource, the codelists, descriptor and build report."""
        result = PackageResult(self.out)
        check = Validator()
        check.watch()
        order = [*STREAMED[:1], *(n for n in RESOURCES if n not in STREAMED), *STREAMED[1:]]
        try:
            with replacing_folder(self.out) as staging:
                urls: set[str] = set()
                for name in order:
                    entries: Iterable[Entry] = (
                        self._spooled(name)
                        if name in STREAMED
                        else (prepare(name, row) for row in merged.get(name, ()))
                    )
                    out = _ResourceOut(staging, name)
                    try:
                        for entry in entries:
                            text = check.entry(name, entry)
                            if text is None:
                                continue
                            out.write(*text)
                            if entry[URL]:
                                urls.add(entry[URL])
                    finally:
                        out.close()
                    result.counts[name] = out.count
                for name in CODELIST_RESOURCES:
                    write_csv(staging / "codelists" / f"{name}.csv", name, codelist_rows(name))
                write_text(staging / "datapackage.json", _dump_json(descriptor(urls)))
                result.dropped = check.dropped
                _write_report(staging / REPORT, reports, contributions, check.dropped)
        finally:
            for spool in self._spools.values():
                spool.close()
        result.counts = {name: result.counts[name] for name in RESOURCES}
        return result


def write_package(
    tables: Mapping[str, Sequence[Row]],
    out: Path,
    *,
    reports: Sequence[Mapping[str, object]] = (),
) -> PackageResult:
    """Write ``tables`` (all rows by resource name) as a data package at ``out``, atomically."""
    writer = PackageWriter(out)
    writer.add({name: tables.get(name, ()) for name in STREAMED})
    return writer.finish(tables, reports)
