"""The vectorised table engine: a Table Schema's checks over a whole CSV table with polars.

It finds what Frictionless finds (header labels, row shape, types, constraints, unique,
primary and foreign keys, with Frictionless's rules for each: a blank row reports only
itself, constraints are checked only on cells of the right type, ...), a column at a time
instead of a cell at a time, and in addition values that Frictionless accepts but other
tools misread (``non-iso-date``, ``non-canonical-number``). The differential tests hold it
to Frictionless on generated tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from return_atlas.validate.celltypes import TAG, falses, read_column, untag
from return_atlas.validate.check import TYPE_WORDS, Column, Lookup, TableCheck, in_parallel
from return_atlas.validate.constraints import check_constraints, fallback_parse
from return_atlas.validate.csvtable import CELLS, ROW, CsvTable
from return_atlas.validate.issues import shown

NULL_KEY = TAG
KEY_SEPARATOR = "\x1f"


def check_header(check: TableCheck) -> None:
    """Labels against field names, by position, as Frictionless compares them."""
    labels = check.table.labels
    fields = [str(f.get("name", "")) for f in check.schema.get("fields", [])]
    add = check.sink.add
    for number, label in enumerate(labels[len(fields) :], start=len(fields) + 1):
        add(
            check.sink_issue(
                "extra-label",
                f"column {number} {shown(label)} is not a field of the resource",
                1,
                None,
                None,
            )
        )
    for number, name in enumerate(fields[len(labels) :], start=len(labels) + 1):
        add(
            check.sink_issue("missing-label", f"column {number} ({name}) is missing", 1, name, None)
        )
    for number, (name, label) in enumerate(zip(fields, labels, strict=False), start=1):
        if not label:
            add(
                check.sink_issue(
                    "blank-label", f"column {number} ({name}) has no name", 1, name, None
                )
            )
            continue
        earlier = [str(i) for i, seen in enumerate(labels[: number - 1], start=1) if seen == label]
        if earlier:
            add(
                check.sink_issue(
                    "duplicate-label",
                    f"column {number} is named {shown(label)} like column {', '.join(earlier)}",
                    1,
                    name,
                    None,
                )
            )
        elif label != name:
            add(
                check.sink_issue(
                    "incorrect-label",
                    f"column {number} is named {shown(label)}; the resource has {name!r} there",
                    1,
                    name,
                    None,
                )
            )


def _missing(cells: pl.Series, values: list[str]) -> pl.Series:
    """Cells that are absent or one of the missing values."""
    if values == [""]:
        return (cells.is_null() | (cells == "")).fill_null(True)
    listed = pl.Series(values, dtype=pl.String).implode()
    return (cells.is_null() | cells.is_in(listed)).fill_null(True)


def _columns(check: TableCheck, needs_key: set[str]) -> list[Column]:
    fields = list(check.schema.get("fields", []))
    default_missing = check.schema.get("missingValues", [""])

    def read(position: int) -> Column:
        label = check.table.labels[position]
        spec = fields[position] if position < len(fields) else {"name": label, "type": "any"}
        cells = check.table.column(position)
        missing = _missing(cells, spec.get("missingValues", default_missing))
        name = str(spec.get("name", ""))
        parsed = read_column(cells, spec, keys=name in needs_key)
        if parsed is None:
            parsed = fallback_parse(cells, spec)
        return Column(position, spec, cells, missing, parsed)

    return in_parallel(read, range(len(check.table.labels)))


def _row_shape(check: TableCheck, blank: pl.Series) -> None:
    frame = check.table.frame
    width = len(check.table.labels)
    counts = frame[CELLS]
    keep = ~blank
    longest = int(counts.max() or 0)  # type: ignore[arg-type]
    for position in range(width + 1, longest + 1):
        check.emit(
            "extra-cell",
            keep & (counts >= position),
            lambda _v, _r, p=position: f"cell {p} is beyond the last column ({width})",
        )
    for column in check.columns:
        position = column.position + 1
        check.emit(
            "missing-cell",
            keep & (counts < position),
            lambda _v, _r, p=position: f"the row ends before column {p}",
            field_name=column.name,
        )


def _cells(check: TableCheck, blank: pl.Series) -> None:
    keep = ~blank
    in_parallel(lambda column: _cell_checks(check, column, keep), check.columns)


def _cell_checks(check: TableCheck, column: Column, keep: pl.Series) -> None:
    """Type, canonical form and constraints of one column."""
    spec, name = column.field, column.name
    present = ~column.missing
    kind = spec.get("type", "any")
    word = TYPE_WORDS.get(kind, f"of type {kind}")
    if kind == "list":
        item = TYPE_WORDS.get(spec.get("itemType", "string"), "text").removeprefix("a ")
        word = f"a list of {item} items separated by {spec.get('delimiter', ',')!r}"
    bad_type = keep & present & ~column.parsed.ok
    check.emit(
        "type-error",
        bad_type,
        lambda v, _r, w=word: f"{shown(v)} is not {w}",
        field_name=name,
        values=column.cells,
    )
    good = keep & present & column.parsed.ok
    if column.parsed.odd_reason:
        code = "non-iso-date" if kind == "date" else "non-canonical-number"
        check.emit(
            code,
            good & column.parsed.odd,
            lambda v, _r, why=column.parsed.odd_reason: f"{shown(v)} is {why}",
            field_name=name,
            values=column.cells,
        )
    check_constraints(check, column, keep, good)


def _first_distinct(keys: pl.Series) -> pl.Series:
    """``keys.is_first_distinct()``, found on sorted 64-bit hashes of the keys (a sort is
    much cheaper than a hash table of a million texts): only the rows whose hash repeats
    are compared by their keys."""
    hashes = keys.hash()
    ordered = hashes.sort()
    repeated = ordered.filter((ordered == ordered.shift(1)).fill_null(False)).unique()
    distinct = pl.repeat(True, len(keys), dtype=pl.Boolean, eager=True)
    if repeated.is_empty():
        return distinct
    candidates = hashes.is_in(repeated.implode())
    return distinct.scatter(candidates.arg_true(), keys.filter(candidates).is_first_distinct())


def _duplicates(keys: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Rows whose (non-null) key appeared in an earlier row, and that earlier row's index
    (for the repeated rows only; 0 elsewhere)."""
    first = pl.repeat(0, len(keys), dtype=pl.Int64, eager=True)
    distinct = _first_distinct(keys)
    later = (~distinct & keys.is_not_null()).fill_null(False)
    if not later.any():  # the common case
        return falses(len(keys)), first
    repeated = keys.filter(later).unique()
    firsts = (distinct & keys.is_in(repeated.implode())).fill_null(False).arg_true()
    where = dict(zip(keys.gather(firsts).to_list(), firsts.to_list(), strict=True))
    indexes = later.arg_true()
    earlier = pl.Series([where[k] for k in keys.gather(indexes).to_list()], dtype=pl.Int64)
    return later, first.scatter(indexes, earlier)


def _joined(columns: Sequence[Column]) -> tuple[pl.Series, pl.Series]:
    """A combined key of several columns (null parts as a sentinel) and 'all parts null'."""
    if len(columns) == 1:
        key = columns[0].key
        return key, key.is_null()
    keys = [c.key.fill_null(NULL_KEY) for c in columns]
    all_null = (
        pl.DataFrame({str(i): c.key.is_null() for i, c in enumerate(columns)})
        .select(pl.all_horizontal(pl.all()))
        .to_series()
    )
    if len(keys) == 1:
        return keys[0].set(all_null, None), all_null
    frame = pl.DataFrame({str(i): k for i, k in enumerate(keys)})
    joined = frame.select(pl.concat_str(pl.all(), separator=KEY_SEPARATOR)).to_series()
    return joined.set(all_null, None), all_null


def table_keys(
    table: CsvTable, schema: dict[str, Any], fields: Sequence[str], *, aligned: bool = False
) -> pl.Series | None:
    """The keys of ``fields`` in a table, or None when a field is not a column of it.

    Rows whose key parts are all empty are left out, unless ``aligned`` asks for one key
    per row (null for those rows).
    """
    cached = ("keys", tuple(fields), aligned, id(schema))
    if cached in table.cache:
        result: pl.Series | None = table.cache[cached]
        return result
    labels = table.labels
    names = [str(f.get("name")) for f in schema.get("fields", [])]
    positions = [i for i, name in enumerate(names) if name in fields and i < len(labels)]
    if len(positions) != len(fields):
        table.cache[cached] = None
        return None
    columns = []
    for position in positions:
        spec = schema["fields"][position]
        cells = table.column(position)
        missing = _missing(cells, spec.get("missingValues", schema.get("missingValues", [""])))
        parsed = read_column(cells, spec, keys=True) or fallback_parse(cells, spec)
        columns.append(Column(position, spec, cells, missing, parsed))
    order = {name: i for i, name in enumerate(fields)}
    columns.sort(key=lambda c: order[c.name])
    keys, all_null = _joined(columns)
    result = keys if aligned else keys.filter(~all_null)
    table.cache[cached] = result
    return result


def _keys(check: TableCheck) -> None:
    schema = check.schema
    named = {c.name: c for c in check.columns[: len(schema.get("fields", []))]}
    for column in check.columns:
        if column.field.get("constraints", {}).get("unique"):
            later, first = _duplicates(column.key)
            rows = check.table.frame[ROW]
            earlier = rows.gather(first.fill_null(0))
            check.emit(
                "duplicate-value",
                later,
                lambda v, _r: f"{shown(v[0])} is also in row {v[1]}",
                field_name=column.name,
                values=[column.cells, earlier],
            )
    primary = schema.get("primaryKey") or []
    primary = [primary] if isinstance(primary, str) else list(primary)
    if primary and all(name in named for name in primary):
        keys, all_null = _joined([named[name] for name in primary])
        label = ", ".join(primary)
        check.emit(
            "blank-primary-key", all_null, lambda _v, _r: f"the primary key ({label}) is empty"
        )
        later, first = _duplicates(keys)
        earlier = check.table.frame[ROW].gather(first.fill_null(0))
        check.emit(
            "duplicate-primary-key",
            later,
            lambda v, _r: f"{label} {shown(untag(v[0]))} is also in row {v[1]}",
            values=[keys, earlier],
        )
    in_parallel(lambda foreign: _foreign_key(check, named, foreign), schema.get("foreignKeys", []))


def _foreign_key(check: TableCheck, named: dict[str, Column], foreign: dict[str, Any]) -> None:
    fields = foreign.get("fields", [])
    fields = [fields] if isinstance(fields, str) else list(fields)
    reference = foreign.get("reference", {})
    target = reference.get("resource") or check.resource or ""
    target_fields = reference.get("fields", [])
    target_fields = tuple([target_fields] if isinstance(target_fields, str) else target_fields)
    if not fields or not all(name in named for name in fields):
        return
    keys, _ = _joined([named[name] for name in fields])
    if reference.get("resource") in ("", None) or target == check.resource:
        known = table_keys(check.table, check.schema, target_fields)
    else:
        known = check.lookup(target, target_fields) if check.lookup else None
    label = ", ".join(fields)
    if known is None:
        if keys.is_not_null().any():
            check.sink.add(
                check.sink_issue(
                    "reference-not-checked",
                    f"{label} refers to {target}, which is not among the inputs",
                    None,
                    label,
                    None,
                )
            )
        return
    unknown = (keys.is_not_null() & ~keys.is_in(known.unique().implode())).fill_null(False)
    if target in check.codelists:
        check.emit(
            "unknown-code",
            unknown,
            lambda v, _r: f"{shown(untag(v))} is not a code of the {target} codelist",
            field_name=label,
            values=keys,
            hint=f"Use a code of codelists/{target}.csv.",
        )
    else:
        check.emit(
            "unknown-reference",
            unknown,
            lambda v, _r: (
                f"{shown(untag(v))} is not the {', '.join(target_fields)} of any record of {target}"
            ),
            field_name=label,
            values=keys,
        )


def check_table(check: TableCheck) -> None:
    """Run every Table Schema check of ``check.schema`` over ``check.table``."""
    check_header(check)
    schema = check.schema
    needs_key: set[str] = set()
    primary = schema.get("primaryKey") or []
    needs_key.update([primary] if isinstance(primary, str) else primary)
    for foreign in schema.get("foreignKeys", []):
        names = foreign.get("fields", [])
        needs_key.update([names] if isinstance(names, str) else names)
    needs_key.update(
        f.get("name", "")
        for f in schema.get("fields", [])
        if f.get("constraints", {}).get("unique")
    )
    check.columns = _columns(check, needs_key)
    height = check.table.frame.height
    if check.columns:
        blank = (
            pl.DataFrame({str(i): c.missing for i, c in enumerate(check.columns)})
            .select(pl.all_horizontal(pl.all()))
            .to_series()
        )
    else:
        blank = falses(height)
    check.emit("blank-row", blank, lambda _v, _r: "the row is empty")
    _row_shape(check, blank)
    _cells(check, blank)
    _keys(check)


__all__ = ["Column", "Lookup", "TableCheck", "check_table", "shown", "table_keys"]
