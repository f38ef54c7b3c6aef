"""Merge contributions into the records of a build, with their provenance.

The build streams per-document records (sources, events, returns, fundings, provenance)
and merges the others at the end, so a :class:`Merger` works the same way:
``stream(records)`` corrects each document's records as they pass (and drops the
provenance of corrected values: they no longer come from there, and the records that
corrections remove), and
``finish(merged)`` corrects the merged tables, adds the contributed records and returns
the rows to write besides, with every issue found. ``merge(tables, folder)`` does both on
complete tables.

Contributions are checked exactly as ``return-atlas validate`` checks them. A record with
an error is left out, and so is every version of a contested record; a correction is
applied only when the corrected record passes its model; a correction of a record that
does not exist is an error. A removed link leaves no provenance row of its own: the
package's provenance cites links by initiative and the name as written (``countries``,
``organizations.<role>``), which may stand for other links too, so those rows are kept; the
contribution file is listed in ``sources``. Never a silent pick.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from return_atlas.codelists import CODELIST_INFO
from return_atlas.contributions.load import Contributions, load
from return_atlas.contributions.provenance import cite as cite_span
from return_atlas.contributions.provenance import record_provenance, source_row
from return_atlas.models import RESOURCES
from return_atlas.validate.celltypes import untag
from return_atlas.validate.contributed import (
    check_corrections,
    correction_key,
    removal_conflicts,
)
from return_atlas.validate.crossfile import (
    Known,
    Occurrence,
    contribution_conflicts,
    group_occurrences,
    record_key,
    record_references,
    table_references,
)
from return_atlas.validate.engine import TableCheck, check_table
from return_atlas.validate.issues import Issue, Severity
from return_atlas.validate.loading import Correction
from return_atlas.validate.privacy import value_safety
from return_atlas.validate.records import Where, coerce, model_issues
from return_atlas.validate.rules import check_rules
from return_atlas.validate.safety import Limits
from return_atlas.validate.sink import Sink, unique_issues

Row = dict[str, Any]


def _sort_key(resource: str) -> Any:
    fields = RESOURCES[resource].primary_key
    return lambda row: tuple("" if row.get(f) is None else row.get(f) for f in fields)


class Merger:
    """Contributions of one folder, applied to a build as its records pass."""

    def __init__(self, folder: Path, *, limits: Limits | None = None) -> None:
        self.contributions: Contributions = load(folder, limits=limits)
        self.issues: list[Issue] = []
        self.seen: dict[str, set[str]] = defaultdict(set)
        self.values: dict[tuple[str, str], Row] = {}
        self.corrections: dict[tuple[str, str], list[Correction]] = defaultdict(list)
        self.applied: set[int] = set()
        self.refused: set[int] = set()
        self.used: dict[str, set[str]] = defaultdict(set)
        self.wanted: set[tuple[str, str]] = set()
        self.extra: dict[str, list[Row]] = {}
        self.removed: set[tuple[str, str]] = set()
        for correction in self.contributions.corrections:
            key = (correction.resource, correction_key(correction))
            self.corrections[key].append(correction)
        for record in self.contributions.records:
            found = record_key(record.resource, coerce(record.resource, record.values))
            if found is not None:
                self.wanted.add((record.resource, found))
        self._contested_corrections()

    def _contested_corrections(self) -> None:
        """Corrections of one field that disagree are all refused; agreeing ones warned of."""
        values: dict[tuple[str, str, str], list[tuple[Any, Correction]]] = defaultdict(list)
        for (resource, key), corrections in self.corrections.items():
            for correction in corrections:
                for name, value in coerce(resource, correction.changes).items():
                    values[(resource, key, name)].append((value, correction))
        for (resource, _, name), items in values.items():
            first_value, first = items[0]
            for value, other in items[1:]:
                contested = value != first_value
                self.issues.append(
                    other.where.issue(
                        "contribution-conflict" if contested else "duplicate-contribution",
                        f"{name} of {other.record_id} is also corrected in "
                        f"{first.where.file} line {first.where.line}",
                        field=name,
                        resource=resource,
                    )
                )
                if contested:
                    self.refused.update({id(first), id(other)})
        added: dict[tuple[str, str], Where] = {}
        for record in self.contributions.records:
            found = record_key(record.resource, coerce(record.resource, record.values))
            if found is not None:
                added.setdefault((record.resource, found), record.where)
        conflicts, contested_ids = removal_conflicts(self.contributions.corrections, added)
        self.issues.extend(conflicts)
        self.refused.update(contested_ids)
        self.removed = {
            (c.resource, correction_key(c))
            for c in self.contributions.corrections
            if c.removal is not None
        }

    @property
    def empty(self) -> bool:
        """True when the folder holds nothing (and said nothing)."""
        c = self.contributions
        return not c.records and not c.corrections and not c.issues

    # -- records as they pass ---------------------------------------------------------------
    def _correct(self, resource: str, row: Row) -> Row | None:
        """``row`` corrected, or None when a correction removes it."""
        key = record_key(resource, row)
        if key is None:
            return row
        self.seen[resource].add(key)
        if (resource, key) in self.wanted:
            self.values[(resource, key)] = row
        for correction in self.corrections.get((resource, key), []):
            if id(correction) in self.refused:
                continue
            found = check_corrections([correction], {(resource, key): row}, {resource: {key}})
            self.issues.extend(found)
            if any(i.is_error for i in found):
                self.refused.add(id(correction))
                continue
            if correction.removal is not None:
                self.applied.add(id(correction))
                self.used[correction.where.file].add(correction.source_url)
                return None
            changes = coerce(resource, correction.changes)
            if id(correction) in self.applied:
                row = {**row, **changes}  # the same record again (merged tables repeat it)
                continue
            for name in [n for n, v in changes.items() if row.get(n) == v]:
                self.issues.append(
                    correction.where.issue(
                        "correction-no-change",
                        f"{name} of {correction.record_id} already is {changes.pop(name)!r}",
                        field=name,
                        resource=resource,
                    )
                )
            if changes:
                row = {**row, **changes}
                self.applied.add(id(correction))
                self._cite(correction, changes)
        return row

    def _correct_all(self, resource: str, rows: Sequence[Row]) -> list[Row]:
        corrected = (self._correct(resource, dict(row)) for row in rows)
        return [row for row in corrected if row is not None]

    def _cite(self, correction: Correction, changes: Row) -> None:
        source = self.contributions.files.get(correction.where.file)
        if source is None:
            return
        self.used[correction.where.file].add(correction.source_url)
        for name in changes:
            span = correction.spans.get(name)
            row = cite_span(correction.record_id, name, source, span) if span else None
            if row:
                self.extra.setdefault("provenance", []).append(row)

    def _corrected_fields(self) -> set[tuple[str, str]]:
        fields: set[tuple[str, str]] = set()
        for corrections in self.corrections.values():
            for correction in corrections:
                if id(correction) not in self.refused:
                    fields.update((correction.record_id, name) for name in correction.changes)
        return fields

    def stream(self, records: Mapping[str, Sequence[Row]]) -> dict[str, list[Row]]:
        """One document's records, corrected; provenance of corrected values dropped."""
        if self.empty:
            return {name: list(rows) for name, rows in records.items()}
        dropped = self._corrected_fields()
        result: dict[str, list[Row]] = {}
        for name, rows in records.items():
            if name == "provenance":
                result[name] = [r for r in rows if (r["record_id"], r["field"]) not in dropped]
            elif name in RESOURCES:
                result[name] = self._correct_all(name, rows)
            else:
                result[name] = list(rows)
        return result

    # -- at the end --------------------------------------------------------------------------
    def finish(
        self, merged: Mapping[str, Sequence[Row]]
    ) -> tuple[dict[str, list[Row]], list[Issue]]:
        """The merged tables corrected and completed, the rows of streamed resources to add
        (under their names), and every issue."""
        if self.empty:
            return {name: list(rows) for name, rows in merged.items()}, []
        tables = {
            name: self._correct_all(name, rows) if name in RESOURCES else list(rows)
            for name, rows in merged.items()
        }
        issues = list(self.issues) + self._check()
        for (resource, key), corrections in self.corrections.items():
            if key not in self.seen.get(resource, set()):
                issues.extend(check_corrections(corrections, {}, self.seen))
        issues = unique_issues(issues)
        self._add(tables, issues)
        for display, urls in self.used.items():
            self.extra.setdefault("sources", []).append(
                source_row(self.contributions.files[display], urls)
            )
        for name, rows in self.extra.items():
            if name in merged:
                tables[name].extend(rows)
        added = {n: r for n, r in self.extra.items() if n not in merged}
        for name, rows in [*tables.items(), *added.items()]:
            if name in RESOURCES:
                rows.sort(key=_sort_key(name))
        return {**tables, **added}, issues

    def _known(self) -> Known:
        known = Known()
        for resource, keys in self.seen.items():
            known.package[resource] = pl.Series(sorted(keys), dtype=pl.String)
            known.available.add(resource)
        for record in self.contributions.records:
            key = record_key(record.resource, coerce(record.resource, record.values))
            if key is not None:
                known.contributed[record.resource].add(key)
                known.available.add(record.resource)
        return known

    def _check(self) -> list[Issue]:
        """Every check of ``validate`` on the contributions, against the build's records."""
        known = self._known()
        sink = Sink(cap=None)
        sink.extend(self.contributions.issues)

        def lookup(target: str, fields: tuple[str, ...]) -> pl.Series | None:
            primary = tuple(RESOURCES[target].primary_key) if target in RESOURCES else None
            if target in CODELIST_INFO or tuple(fields) == primary:
                return known.keys(target)
            return None

        for table in self.contributions.loaded.tables:
            check = TableCheck(
                table.table, table.schema, sink, table.resource, lookup, frozenset(CODELIST_INFO)
            )
            check_table(check)
            if table.resource in RESOURCES:
                check_rules(check, table.resource)
                table_references(check, table.resource, known)
        for record in self.contributions.records:
            if record.where.row is None:  # CSV rows were checked as tables
                values = coerce(record.resource, record.values)
                sink.extend(model_issues(record.resource, values, record.where))
                sink.extend(value_safety(values, record.where, record.resource))
                sink.extend(record_references(record.resource, values, record.where, known))
        occurrences = [
            (r.resource, key, Occurrence(r.where, coerce(r.resource, r.values)))
            for r in self.contributions.records
            if (key := record_key(r.resource, coerce(r.resource, r.values))) is not None
        ]
        sink.extend(contribution_conflicts(group_occurrences(occurrences)))
        return sink.finish()

    def _add(self, tables: dict[str, list[Row]], issues: list[Issue]) -> None:
        """Add every contributed record without error and without rival."""
        bad = {(i.file, i.row, i.line) for i in issues if i.severity is Severity.ERROR}
        versions: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for record in self.contributions.records:
            values = coerce(record.resource, record.values)
            key = record_key(record.resource, values)
            if key is not None:
                versions[(record.resource, key)].append(values)
        done: set[tuple[str, str]] = set()
        for record in self.contributions.records:
            values = coerce(record.resource, record.values)
            key = record_key(record.resource, values)
            where = record.where
            if (
                key is None
                or (where.file, where.row, where.line) in bad
                or (record.resource, key) in done
                or (record.resource, key) in self.removed  # contribution-conflict reported
            ):
                continue
            if any(v != values for v in versions[(record.resource, key)]):
                continue  # contested: contribution-conflict already reported
            done.add((record.resource, key))
            if key in self.seen.get(record.resource, set()):
                if self.values.get((record.resource, key)) != values:
                    issues.append(
                        where.issue(
                            "id-taken",
                            f"{record.resource} {untag(key)} is a record extracted by the "
                            "converter",
                            resource=record.resource,
                        )
                    )
                continue
            full = RESOURCES[record.resource].model_validate(values).model_dump(mode="json")
            target = tables if record.resource in tables else self.extra
            target.setdefault(record.resource, []).append(full)
            source = self.contributions.files.get(where.file)
            if source is not None:
                self.used[where.file].update([record.source_url] if record.source_url else [])
                self.extra.setdefault("provenance", []).extend(
                    record_provenance(record, full, source)
                )


def merge(tables: dict[str, list[Row]], folder: Path) -> tuple[dict[str, list[Row]], list[Issue]]:
    """``tables`` (every resource) with the contributions under ``folder`` merged in, and the
    issues found; ``tables`` is not changed."""
    merger = Merger(folder)
    if merger.empty:
        return tables, []
    streamed = merger.stream({n: r for n, r in tables.items() if n in _STREAMED})
    merged, issues = merger.finish({n: r for n, r in tables.items() if n not in _STREAMED})
    for name, rows in streamed.items():
        merged[name] = rows + merged.get(name, [])
        if name in RESOURCES:
            merged[name].sort(key=_sort_key(name))
    return merged, issues


#: Resources the build streams document by document (the package writer's STREAMED).
_STREAMED = ("sources", "events", "assisted_returns", "fundings", "provenance")

__all__ = ["Merger", "merge"]
