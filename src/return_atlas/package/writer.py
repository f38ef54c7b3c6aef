"""Stage 6: write the resolved records as a Frictionless Data Package.

Records of one document (sources, events, returns, fundings, provenance) stream in as each
document is resolved and are spooled to disk, so memory stays flat however large the corpus;
records merged across documents (initiatives, organisations, publications and their links)
arrive at the end. Every record passes through its model before it is written: a field the
model refuses is left blank (and its provenance dropped) when it is optional, the record is
left out when it cannot be mended, and rows whose required references would break go with
it. Everything is reported. The package is assembled in a temporary folder and moved into
place in one step.
"""

from __future__ import annotations

import csv
import json
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ValidationError

from return_atlas.codelists import CODELIST_RESOURCES, codelist_rows
from return_atlas.generate.csvio import header, to_row, write_csv
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
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


class Validator:
    """Passes rows through their models, mending what it can and reporting the rest."""

    def __init__(self) -> None:
        self.dropped: list[str] = []
        self.blanked: set[tuple[str, str]] = set()
        self.keys: dict[tuple[str, str], set[Any]] = {}
        self.ids: set[str] = set()

    def record(self, resource: str, row: Row) -> BaseModel | None:
        """The model of ``row``; optional fields it refuses are blanked; None when beyond repair."""
        model = RESOURCES[resource]
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
                    self.dropped.append(f"{resource} {key} left out: {problems}")
                    return None
                row = dict(row)
                for name, msg in sorted(mendable.items()):
                    self.dropped.append(f"{resource} {key}: {name} {row[name]!r} left blank: {msg}")
                    row[name] = model.model_fields[name].get_default(call_default_factory=True)
                    self.blanked.add((key, name))
        return None  # pragma: no cover - every pass blanks at least one field

    def references(self, resource: str, record: BaseModel) -> BaseModel | None:
        """``record`` with broken optional references blanked; None if a required one breaks."""
        model = RESOURCES[resource]
        for name, target, target_field in _single_foreign_keys(resource):
            known = self.keys.get((target, target_field))
            value = getattr(record, name)
            if known is None or value is None or value in known:
                continue
            if model.model_fields[name].is_required():
                self.dropped.append(
                    f"{resource} {_primary_key(model, record.model_dump())}: {name} "
                    f"{value!r} refers to no {target} record; left out"
                )
                return None
            record = record.model_copy(update={name: None})
        return record

    def accept(self, resource: str, record: BaseModel) -> None:
        """Remember the keys of a record written, for the references of later resources."""
        model = type(record)
        for (target, target_field), values in self.keys.items():
            if target == resource:
                values.add(getattr(record, target_field))
        key: tuple[str, ...] = getattr(model, "primary_key", ())
        if len(key) == 1:
            self.ids.add(getattr(record, key[0]))

    def watch(self) -> None:
        """Collect the key values every foreign key of the package points at."""
        for resource in RESOURCES:
            for _, target, target_field in _single_foreign_keys(resource):
                if target in RESOURCES:
                    self.keys.setdefault((target, target_field), set())

    def cited(self, row: Mapping[str, Any]) -> bool:
        """Whether a provenance row still cites a value that was written."""
        return row["record_id"] in self.ids and (row["record_id"], row["field"]) not in self.blanked


class _ResourceOut:
    """One resource written as CSV and JSON, row by row."""

    def __init__(self, folder: Path, resource: str) -> None:
        (folder / "data").mkdir(exist_ok=True)
        (folder / "json").mkdir(exist_ok=True)
        self.csv_file = (folder / "data" / f"{resource}.csv").open(
            "w", encoding="utf-8", newline=""
        )
        self.json_file = (folder / "json" / f"{resource}.json").open(
            "w", encoding="utf-8", newline="\n"
        )
        self.csv = csv.DictWriter(self.csv_file, fieldnames=header(resource), lineterminator="\n")
        self.csv.writeheader()
        self.count = 0

    def write(self, record: BaseModel) -> None:
        self.csv.writerow(to_row(record))  # type: ignore[arg-type]
        text = json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
        self.json_file.write(("[\n" if self.count == 0 else ",\n") + text)
        self.count += 1

    def close(self) -> None:
        self.json_file.write("\n]\n" if self.count else "[]\n")
        self.csv_file.close()
        self.json_file.close()


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

    def add(self, records: Mapping[str, Sequence[Row]]) -> None:
        """Spool the per-document records of one document, in document order."""
        for name, rows in records.items():
            if rows:
                pickle.dump(list(rows), self._spools[name], protocol=pickle.HIGHEST_PROTOCOL)
                self._batches[name] += 1

    def _spooled(self, resource: str) -> Iterator[Row]:
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
        reports: Sequence[Mapping[str, object]] = (),
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
                    rows: Iterable[Row] = (
                        self._spooled(name) if name in STREAMED else merged.get(name, ())
                    )
                    out = _ResourceOut(staging, name)
                    try:
                        for row in rows:
                            if name == "provenance" and not check.cited(row):
                                continue
                            record = check.record(name, row)
                            record = record and check.references(name, record)
                            if record is None:
                                continue
                            check.accept(name, record)
                            out.write(record)
                            if name == "sources" and getattr(record, "url", None):
                                urls.add(record.url)  # type: ignore[attr-defined]
                    finally:
                        out.close()
                    result.counts[name] = out.count
                for name in CODELIST_RESOURCES:
                    write_csv(staging / "codelists" / f"{name}.csv", name, codelist_rows(name))
                write_text(staging / "datapackage.json", _dump_json(descriptor(urls)))
                result.dropped = check.dropped
                write_text(
                    staging / REPORT,
                    _dump_json(
                        {
                            "documents": list(reports),
                            "contributions": list(contributions),
                            "left_out": check.dropped,
                        }
                    ),
                )
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
