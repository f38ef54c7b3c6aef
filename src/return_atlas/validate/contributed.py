"""Contributions against each other and against the package: conflicts, taken ids, corrections.

Two contributions of one record that disagree are an error, never a silent pick. A
contributed record may not reuse the id of an extracted record (that is what corrections
are for), except the package's own copy of the same contribution from an earlier build. A
correction must name an existing record and real fields, and the corrected record must pass
its model. A removal must name an existing link, and no other contribution may add or
correct the link it removes. The same functions serve ``validate`` and the build's merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from return_atlas.models import RESOURCES
from return_atlas.validate.celltypes import untag
from return_atlas.validate.crossfile import (
    Occurrence,
    contribution_conflicts,
    group_occurrences,
    primary_key,
    py_key,
    record_key,
)
from return_atlas.validate.csvtable import ROW
from return_atlas.validate.engine import table_keys
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.loading import Correction, Loaded, Table
from return_atlas.validate.records import Where, coerce, csv_values, model_issues

#: Files of contributions are cited in the package under this folder.
CONTRIBUTIONS_FOLDER = "contributions/"
_URL_STARTS = ("http://", "https://")


@dataclass(slots=True)
class Contributed:
    """Every contributed record by (resource, key), with its values and location."""

    items: list[tuple[str, str, Occurrence]] = field(default_factory=list)

    def by_key(self) -> dict[tuple[str, str], Occurrence]:
        """The first occurrence of each key."""
        first: dict[tuple[str, str], Occurrence] = {}
        for resource, key, occurrence in self.items:
            first.setdefault((resource, key), occurrence)
        return first


def row_values(table: Table, index: int) -> dict[str, Any]:
    """Typed values of row ``index`` of a CSV table of a record resource."""
    resource = table.resource
    assert resource is not None
    model_fields = RESOURCES[resource].model_fields
    row = {
        label: table.table.column(i)[index]
        for i, label in enumerate(table.table.labels)
        if label in model_fields
    }
    return csv_values(resource, row)


def collect(loaded: Loaded, wanted: Mapping[str, set[str]] | None = None) -> Contributed:
    """Contributed records with their keys; CSV rows only when their key is in ``wanted``
    (None: all rows), so that large tables are not converted row by row."""
    found = Contributed()
    for record in loaded.records:
        values = coerce(record.resource, record.values)
        key = record_key(record.resource, values)
        if key is not None:
            found.items.append((record.resource, key, Occurrence(record.where, values)))
    for table in loaded.tables:
        if table.resource not in RESOURCES:
            continue
        keys = table_keys(table.table, table.schema, primary_key(table.resource), aligned=True)
        if keys is None:
            continue
        mask = keys.is_not_null()
        if wanted is not None:
            mask = mask & keys.is_in(
                pl.Series(sorted(wanted.get(table.resource, ())), dtype=pl.String).implode()
            )
        rows = table.table.frame[ROW]
        for index in mask.arg_true().to_list():
            where = Where(table.file.display, row=rows[index])
            found.items.append(
                (table.resource, keys[index], Occurrence(where, row_values(table, index)))
            )
    return found


def _column(table: Table, name: str) -> pl.Series | None:
    labels = table.table.labels
    return table.table.column(labels.index(name)) if name in labels else None


def _from_contributions(sources: Table, name: str) -> pl.Series | None:
    """Column ``name`` of the sources that are contribution files (None if either is missing)."""
    files, values = _column(sources, "file"), _column(sources, name)
    if files is None or values is None:
        return None
    return values.filter(files.str.starts_with(CONTRIBUTIONS_FOLDER).fill_null(False))


def contributed_ids(package: Mapping[str, Table]) -> set[str]:
    """Ids of package records that earlier builds took from contributions."""
    sources, provenance = package.get("sources"), package.get("provenance")
    if sources is None or provenance is None:
        return set()
    contributed = _from_contributions(sources, "source_id")
    cited, records = _column(provenance, "source_id"), _column(provenance, "record_id")
    if contributed is None or cited is None or records is None:
        return set()
    return set(records.filter(cited.is_in(contributed.implode()).fill_null(False)).to_list())


def merged_digests(package: Mapping[str, Table]) -> set[str]:
    """SHA-256 of the contribution files that the package's build merged (its sources)."""
    sources = package.get("sources")
    merged = None if sources is None else _from_contributions(sources, "sha256")
    return set() if merged is None else set(merged.drop_nulls().to_list())


def _package_rows(
    package: Mapping[str, Table], keys: Mapping[str, set[str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """Values of the package rows whose keys are asked for."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for resource, wanted in keys.items():
        table = package.get(resource)
        if table is None or not wanted:
            continue
        aligned = table_keys(table.table, table.schema, primary_key(resource), aligned=True)
        if aligned is None:
            continue
        hits = aligned.is_in(pl.Series(sorted(wanted), dtype=pl.String).implode()).fill_null(False)
        for index in hits.arg_true().to_list():
            rows[(resource, aligned[index])] = row_values(table, index)
    return rows


def package_keys(package: Mapping[str, Table]) -> dict[str, set[str]]:
    """Primary keys of every record resource of the package."""
    keys: dict[str, set[str]] = defaultdict(set)
    for resource, table in package.items():
        if resource in RESOURCES:
            found = table_keys(table.table, table.schema, primary_key(resource))
            if found is not None:
                keys[resource].update(found.to_list())
    return keys


def _taken(
    contributed: Contributed, package: Mapping[str, Table], existing: Mapping[str, set[str]]
) -> list[Issue]:
    clashes: dict[str, set[str]] = defaultdict(set)
    for resource, key, _ in contributed.items:
        if key in existing.get(resource, ()):
            clashes[resource].add(key)
    if not clashes:
        return []
    rows = _package_rows(package, clashes)
    marked = contributed_ids(package)
    found: list[Issue] = []
    for resource, key, occurrence in contributed.items:
        if key not in clashes.get(resource, ()):
            continue
        current = rows.get((resource, key))
        owner = untag(key.split("\x1f", 1)[0])
        if current == occurrence.values or owner in marked:
            continue
        found.append(
            occurrence.where.issue(
                "id-taken",
                f"{resource} {owner} is a record extracted by the converter",
                resource=resource,
            )
        )
    return found


def correction_key(correction: Correction) -> str:
    """The engine's key of the record a correction changes or removes."""
    if correction.removal is not None:
        resource = correction.resource
        return record_key(resource, coerce(resource, correction.removal)) or ""
    return py_key(correction.record_id) or ""


def removal_conflicts(
    corrections: Iterable[Correction], contributed: Mapping[tuple[str, str], Where]
) -> tuple[list[Issue], set[int]]:
    """Removals against other contributions of the same record: the same removal again is a
    duplicate; a different removal, a correction or a contributed record of it is a conflict.
    Returns the issues and the ``id()`` of every contested correction (to be refused)."""
    by_key: dict[tuple[str, str], list[Correction]] = defaultdict(list)
    for correction in corrections:
        by_key[(correction.resource, correction_key(correction))].append(correction)
    found: list[Issue] = []
    contested: set[int] = set()
    for (resource, key), items in by_key.items():
        removals = [c for c in items if c.removal is not None]
        if not removals:
            continue
        first = removals[0]
        wanted = coerce(resource, first.removal or {})
        for other in [c for c in items if c is not first]:
            same = other.removal is not None and coerce(resource, other.removal) == wanted
            if not same:
                contested.update({id(first), id(other)})
            what = "also removed" if other.removal is not None else "corrected here but removed"
            found.append(
                other.where.issue(
                    "duplicate-contribution" if same else "contribution-conflict",
                    f"{resource} {first.record_id} is {what} in "
                    f"{first.where.file} line {first.where.line}",
                    resource=resource,
                )
            )
        added = contributed.get((resource, key))
        if added is not None:
            contested.update(id(c) for c in removals)
            found.append(
                first.where.issue(
                    "contribution-conflict",
                    f"{resource} {first.record_id} is removed here but contributed in "
                    f"{added.file} {_place(added)}",
                    resource=resource,
                )
            )
    return found, contested


def _place(where: Where) -> str:
    return f"row {where.row}" if where.row is not None else f"line {where.line}"


def check_corrections(
    corrections: Iterable[Correction],
    records: Mapping[tuple[str, str], dict[str, Any]],
    existing: Mapping[str, set[str]],
) -> list[Issue]:
    """Corrections against the records they change (``records``: values by (resource, key))."""
    found: list[Issue] = []
    seen: dict[tuple[str, str, str], tuple[Any, Where]] = {}
    for correction in corrections:
        found.extend(_check_correction(correction, records, existing, seen))
    return found


def _check_correction(
    correction: Correction,
    records: Mapping[tuple[str, str], dict[str, Any]],
    existing: Mapping[str, set[str]],
    seen: dict[tuple[str, str, str], tuple[Any, Where]],
) -> list[Issue]:
    where, resource = correction.where, correction.resource
    line, pointer = where.at(None)
    found: list[Issue] = []
    if not correction.source_url.startswith(_URL_STARTS):
        found.append(
            issue(
                "correction-incomplete",
                where.file,
                f"source_url {correction.source_url!r} is not an http(s) URL",
                line=line,
                pointer=pointer.removesuffix("/set") if pointer else None,
            )
        )
    if correction.removal is not None:
        return found + _check_removal(correction, records, existing)
    model = RESOURCES[resource]
    if len(model.primary_key) != 1:
        found.append(
            issue(
                "correction-unknown-record",
                where.file,
                f"{resource} records have "
                "a composite key and cannot be corrected by id; contribute the "
                "right record instead",
                line=line,
                pointer=pointer,
            )
        )
        return found
    key = py_key(correction.record_id) or ""
    if key not in existing.get(resource, ()):
        found.append(
            issue(
                "correction-unknown-record",
                where.file,
                f"{resource} has no record {correction.record_id!r}",
                line=line,
                pointer=pointer,
                resource=resource,
            )
        )
        return found
    bad = [n for n in correction.changes if n not in model.model_fields or n in model.primary_key]
    for name in bad:
        field_line, field_pointer = where.at(name)
        what = "its id" if name in model.primary_key else "not a field of the record"
        found.append(
            issue(
                "correction-unknown-field",
                where.file,
                f"{name} is {what}",
                line=field_line,
                field=name,
                pointer=field_pointer,
                resource=resource,
            )
        )
    changes = coerce(resource, {k: v for k, v in correction.changes.items() if k not in bad})
    for name, value in changes.items():
        earlier = seen.setdefault((resource, key, name), (value, where))
        if earlier[1] is not where:
            code = "duplicate-contribution" if earlier[0] == value else "contribution-conflict"
            field_line, field_pointer = where.at(name)
            found.append(
                issue(
                    code,
                    where.file,
                    f"{name} of {correction.record_id} is also "
                    f"corrected in {earlier[1].file} line {earlier[1].line}",
                    line=field_line,
                    field=name,
                    pointer=field_pointer,
                    resource=resource,
                )
            )
    base = records.get((resource, key))
    if base is not None and not bad:
        found.extend(model_issues(resource, {**base, **changes}, where))
    return found


def _check_removal(
    correction: Correction,
    records: Mapping[tuple[str, str], dict[str, Any]],
    existing: Mapping[str, set[str]],
) -> list[Issue]:
    """A removal names a record that exists, with the values it gives besides its key."""
    where, resource = correction.where, correction.resource
    line, pointer = where.at(None)
    key = correction_key(correction)
    if key not in existing.get(resource, ()):
        return [
            issue(
                "correction-unknown-record",
                where.file,
                f"{resource} has no record {correction.record_id} to remove",
                line=line,
                pointer=pointer,
                resource=resource,
            )
        ]
    base = records.get((resource, key))
    given = coerce(resource, correction.removal or {})
    found: list[Issue] = []
    for name, value in given.items():
        if base is not None and name in base and base[name] != value:
            field_line, field_pointer = where.at(name)
            found.append(
                issue(
                    "correction-unknown-record",
                    where.file,
                    f"{resource} {correction.record_id} has {name} {base[name]!r}, not {value!r}",
                    line=field_line,
                    field=name,
                    pointer=field_pointer,
                    resource=resource,
                )
            )
    return found


def check_contributions(package: Mapping[str, Table], loaded: Loaded) -> list[Issue]:
    """Conflicts among contributions, ids taken from the package, and corrections."""
    if not loaded.records and not loaded.tables and not loaded.corrections:
        return []
    existing = package_keys(package)
    everything = collect(loaded, wanted=None) if _small(loaded) else None
    if everything is None:  # large tables: only rows whose key is seen elsewhere
        candidates: dict[str, set[str]] = defaultdict(set)
        for resource, keys in existing.items():
            candidates[resource] |= keys
        for resource, key, _ in collect(Loaded(records=loaded.records)).items:
            candidates[resource].add(key)
        for resource, keys in _shared_keys(loaded.tables).items():
            candidates[resource] |= keys
        everything = collect(loaded, wanted=candidates)
    found = contribution_conflicts(group_occurrences(everything.items))
    found.extend(_taken(everything, package, existing))
    if loaded.corrections:
        wanted: dict[str, set[str]] = defaultdict(set)
        for correction in loaded.corrections:
            wanted[correction.resource].add(correction_key(correction))
        records = _package_rows(package, wanted)
        for (resource, key), occurrence in everything.by_key().items():
            records.setdefault((resource, key), occurrence.values)
        known = {r: set(k) for r, k in existing.items()}
        for resource, key, _ in everything.items:
            known.setdefault(resource, set()).add(key)
        # A removal from a file that built the package is gone from it: applied, not unknown.
        merged = merged_digests(package)
        pending = [
            c
            for c in loaded.corrections
            if c.removal is None
            or loaded.digests.get(c.where.file) not in merged
            or correction_key(c) in known.get(c.resource, set())
        ]
        found.extend(check_corrections(pending, records, known))
        added = {(resource, key): o.where for resource, key, o in everything.items}
        found.extend(removal_conflicts(loaded.corrections, added)[0])
    return found


def _shared_keys(tables: Iterable[Table]) -> dict[str, set[str]]:
    """Keys that appear in more than one table of the same resource."""
    frames: dict[str, list[pl.DataFrame]] = defaultdict(list)
    for index, table in enumerate(tables):
        if table.resource in RESOURCES:
            keys = table_keys(table.table, table.schema, primary_key(table.resource))
            if keys is not None:
                frames[table.resource].append(pl.DataFrame({"key": keys, "table": index}))
    shared: dict[str, set[str]] = {}
    for resource, parts in frames.items():
        counted = pl.concat(parts).group_by("key").agg(pl.col("table").n_unique())
        shared[resource] = set(counted.filter(pl.col("table") > 1)["key"].to_list())
    return shared


def _small(loaded: Loaded, limit: int = 100_000) -> bool:
    return sum(t.table.frame.height for t in loaded.tables) <= limit


__all__ = [
    "CONTRIBUTIONS_FOLDER",
    "Contributed",
    "check_contributions",
    "check_corrections",
    "collect",
    "contributed_ids",
    "correction_key",
    "package_keys",
    "removal_conflicts",
    "row_values",
]
