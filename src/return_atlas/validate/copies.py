"""The package's JSON copies against its CSV files: the same records, or an issue.

A JSON copy that matches its CSV file needs no checks of its own (every check ran on the
CSV rows); a record that differs, or has no CSV row, is reported and checked in full.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from return_atlas.generate.csvio import to_cell
from return_atlas.models import RESOURCES
from return_atlas.validate.crossfile import primary_key, record_key
from return_atlas.validate.engine import table_keys
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.loading import Record, Table
from return_atlas.validate.records import coerce


def _csv_rows(table: Table, resource: str) -> dict[str, dict[str, str]]:
    keys = table_keys(table.table, table.schema, primary_key(resource), aligned=True)
    if keys is None:
        return {}
    names = [n for n in table.table.labels if n in RESOURCES[resource].model_fields]
    positions = {n: str(table.table.labels.index(n)) for n in names}
    frame = table.table.frame.select([positions[n] for n in names]).rename(
        {positions[n]: n for n in names}
    )
    rows: dict[str, dict[str, str]] = {}
    for key, row in zip(keys.to_list(), frame.iter_rows(named=True), strict=True):
        if key is not None:
            rows.setdefault(key, {n: v or "" for n, v in row.items()})
    return rows


def _cells(resource: str, values: Mapping[str, Any]) -> dict[str, str]:
    return {name: to_cell(values.get(name)) for name in RESOURCES[resource].model_fields}


def compare_copies(
    records: Sequence[Record], tables: Mapping[str, Table]
) -> tuple[list[Record], list[Issue]]:
    """Records of JSON copies that need their own checks, and the mismatches found."""
    to_check: list[Record] = []
    found: list[Issue] = []
    by_resource: dict[str, list[Record]] = {}
    for record in records:
        by_resource.setdefault(record.resource, []).append(record)
    for resource, items in by_resource.items():
        table = tables.get(resource)
        if table is None:
            to_check.extend(items)
            continue
        rows = _csv_rows(table, resource)
        seen: set[str] = set()
        for record in items:
            values = coerce(resource, record.values)
            key = record_key(resource, values)
            expected = rows.get(key) if key is not None else None
            if key is not None:
                seen.add(key)
            if expected is not None and expected == _cells(resource, values):
                continue
            line, pointer = record.where.at(None)
            what = "differs from its row in" if expected is not None else "has no row in"
            found.append(
                issue(
                    "copy-mismatch",
                    record.where.file,
                    f"this {resource} record {what} {table.file.display}",
                    line=line,
                    pointer=pointer,
                    resource=resource,
                )
            )
            to_check.append(record)
        missing = len(set(rows) - seen)
        if missing:
            found.append(
                issue(
                    "copy-mismatch",
                    items[0].where.file,
                    f"{missing:,} records of {table.file.display} are missing from this copy",
                    resource=resource,
                )
            )
    return to_check, found


__all__ = ["compare_copies"]
