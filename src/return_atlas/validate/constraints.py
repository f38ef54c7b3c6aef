"""Table Schema constraints over whole columns, as Frictionless checks them cell by cell.

Only the constraints a field's type supports are checked, in Frictionless's order, and only
on cells of the right type; bounds and enum values are read with the field's own reader
(so ``minimum: "2020-01-01"`` of a date field is a date). Patterns are anchored the way
Frictionless anchors them (``^pattern$`` matched at the start, where ``$`` also matches
before a final line break). Fields of types without a vectorised reader are read cell by
cell with Frictionless's own cell reader.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import polars as pl

from return_atlas.validate.celltypes import OTHER, Parsed, falses
from return_atlas.validate.issues import shown
from return_atlas.validate.textscan import FREE_TEXT_RULES, free_text_match

if TYPE_CHECKING:
    from return_atlas.validate.check import Column, TableCheck

_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
SUPPORTED: dict[str, tuple[str, ...]] = {
    "string": ("minLength", "maxLength", "pattern", "enum"),
    "integer": (*_BOUNDS, "enum"),
    "number": (*_BOUNDS, "enum"),
    "boolean": ("enum",),
    "date": (*_BOUNDS, "enum"),
    "year": (*_BOUNDS, "enum"),
    "list": ("minLength", "maxLength"),
    "any": ("enum",),
}
CODES = {
    "required": "required-value",
    "minLength": "too-short",
    "maxLength": "too-long",
    "pattern": "pattern-mismatch",
    "enum": "unknown-code",
    "minimum": "below-minimum",
    "exclusiveMinimum": "below-minimum",
    "maximum": "above-maximum",
    "exclusiveMaximum": "above-maximum",
}
_NOTE_NAME = re.compile(r'constraint "(\w+)"')


def _value_reader(spec: dict[str, Any]) -> Any:
    from frictionless import Field  # noqa: PLC0415 - Frictionless loads only when needed

    return Field.from_descriptor(dict(spec)).create_value_reader()


def _frictionless_match(pattern: str) -> Any:
    return re.compile(f"^{pattern}$")


#: A pattern ending so forbids the line break that Python's ``$`` allows before the end.
STRICT_END = "(?!\\n)$"


def pattern_mask(cells: pl.Series, pattern: str, suspects: pl.Series | None = None) -> pl.Series:
    """Cells that match ``pattern`` as Frictionless matches it (``re.match('^p$')``).

    Python's ``$`` also matches before a final line break, Rust's only at the end: a cell
    ending in ``\\n`` is also tried without it, unless the pattern ends in ``(?!\\n)$``
    (which Rust, without look-around, reads as ``$``). The free text patterns are checked
    by their rule in plain terms (:func:`free_text_match`; ``suspects``: cells that may hold
    a control character, from a pass over the column shared with the privacy check).
    """
    strict = pattern.endswith(STRICT_END)
    body = pattern[: -len(STRICT_END)] + "$" if strict else pattern
    if strict:
        plain = free_text_match(cells, body, suspects)
        if plain is not None:
            return plain
    rust = f"^(?:^{body}$)"
    try:
        whole = cells.str.contains(rust)
        if strict:
            return whole.fill_null(False)
        trimmed = cells.str.strip_suffix("\n").str.contains(rust)
    except pl.exceptions.PolarsError:  # a pattern the Rust engine does not read
        compiled = _frictionless_match(pattern)
        return pl.Series(
            [bool(compiled.match(c)) if c is not None else False for c in cells], dtype=pl.Boolean
        )
    return (whole | (cells.str.ends_with("\n") & trimmed)).fill_null(False)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace("_", "").strip())
    except (InvalidOperation, ValueError):
        return None


def _bound_fails(column: Column, name: str, bound: Any, good: pl.Series) -> pl.Series:
    value = column.parsed.value
    compare: Callable[[Any, Any], Any] = {
        "minimum": operator.ge,
        "maximum": operator.le,
        "exclusiveMinimum": operator.gt,
        "exclusiveMaximum": operator.lt,
    }[name]
    if bound is None:
        return falses(len(good))
    passes: pl.Series = compare(value, bound).fill_null(False)
    if column.field.get("type") == "number":
        passes = passes & ~value.is_nan().fill_null(False)
        exact = good & (value == float(bound)).fill_null(False)
        if exact.any():  # float rounding: decide with Decimal as Frictionless does
            for index in exact.arg_true().to_list():
                number = _decimal(column.cells[index])
                verdict = number is not None and bool(compare(number, Decimal(str(bound))))
                passes[index] = verdict
    return good & ~passes


def _enum_fails(column: Column, values: list[Any], good: pl.Series) -> pl.Series:
    kind = column.field.get("type", "any")
    if kind in ("string", "any"):
        allowed = pl.Series([v for v in values if isinstance(v, str)], dtype=pl.String)
        return good & ~column.cells.is_in(allowed.implode()).fill_null(False)
    reader = _value_reader(column.field)
    parsed = [reader(v) for v in values]
    value = column.parsed.value
    if kind == "date":
        allowed = pl.Series([v for v in parsed if v is not None], dtype=pl.Date)
    elif kind == "boolean":
        allowed = pl.Series([v for v in parsed if v is not None], dtype=pl.Boolean)
    elif kind == "number":
        allowed = pl.Series([float(v) for v in parsed if v is not None], dtype=pl.Float64)
    else:
        allowed = pl.Series([int(v) for v in parsed if v is not None], dtype=pl.Int64)
    return good & ~value.is_in(allowed.implode()).fill_null(False)


def _length(column: Column) -> pl.Series:
    if column.field.get("type") == "list":
        return column.parsed.value  # the number of items
    return column.cells.str.len_chars()


def check_constraints(check: TableCheck, column: Column, keep: pl.Series, good: pl.Series) -> None:
    """Required and the type's supported constraints of one column."""
    spec, name = column.field, column.name
    constraints: dict[str, Any] = spec.get("constraints", {})
    if constraints.get("required"):
        check.emit(
            "required-value",
            keep & column.missing,
            lambda _v, _r: f"{name} is required but empty",
            field_name=name,
        )
    notes = column.parsed.notes
    kind = spec.get("type", "any")
    for constraint in SUPPORTED.get(kind, tuple(notes)):
        if constraint not in constraints:
            continue
        limit = constraints[constraint]
        if notes:
            fails = (good & notes[constraint]) if constraint in notes else (good & ~good)
        elif constraint in ("minLength", "maxLength"):
            length = _length(column)
            ok = length >= limit if constraint == "minLength" else length <= limit
            fails = good & ~ok.fill_null(False)
        elif constraint == "pattern":
            fails = good & ~pattern_mask(column.cells, str(limit), _suspects(check, column, limit))
        elif constraint == "enum":
            fails = _enum_fails(column, list(limit), good)
        else:
            fails = _bound_fails(column, constraint, _value_reader(spec)(limit), good)
        _emit(check, column, constraint, limit, fails)


def _suspects(check: TableCheck, column: Column, pattern: Any) -> pl.Series | None:
    """The shared pass over a free text column (None for other patterns)."""
    body = str(pattern).removesuffix(STRICT_END) + "$"
    if body not in FREE_TEXT_RULES:
        return None
    return check.scans.suspects(column.position, column.cells)


def _emit(check: TableCheck, column: Column, constraint: str, limit: Any, fails: pl.Series) -> None:
    name = column.name
    words = {
        "minLength": f"is shorter than {limit}",
        "maxLength": f"is longer than {limit}",
        "pattern": "does not have the form the field requires",
        "enum": "is not one of " + _choices(limit),
        "minimum": f"is below the minimum {limit}",
        "exclusiveMinimum": f"is not above {limit}",
        "maximum": f"is above the maximum {limit}",
        "exclusiveMaximum": f"is not below {limit}",
    }[constraint]
    hint = None
    if constraint == "pattern":
        hint = check.hints(name) if check.hints else None
        if hint is None and column.field.get("description"):
            hint = f"{name}: {column.field['description']}"
    check.emit(
        CODES[constraint],
        fails,
        lambda v, _r: f"{shown(v)} {words}",
        field_name=name,
        values=column.cells,
        hint=hint,
    )


def _choices(values: Any) -> str:
    items = [str(v) for v in values] if isinstance(values, list) else [str(values)]
    return ", ".join(items[:8]) + (f", … ({len(items)} in all)" if len(items) > 8 else "")


def fallback_parse(cells: pl.Series, spec: dict[str, Any]) -> Parsed:
    """Read a column cell by cell with Frictionless's own reader (types without a reader)."""
    from frictionless import Field  # noqa: PLC0415 - Frictionless loads only when needed

    reader = Field.from_descriptor(dict(spec)).create_cell_reader()
    missing_values = set(spec.get("missingValues", [""]))
    ok: list[bool] = []
    keys: list[str | None] = []
    failures: dict[str, list[bool]] = {}
    for index, cell in enumerate(cells.to_list()):
        if cell is None or cell in missing_values:
            ok.append(False)
            keys.append(None)
            continue
        value, notes = reader(cell)
        notes = dict(notes or {})
        typed = notes.pop("type", None) is None
        ok.append(typed)
        keys.append(f"{OTHER}{value!r}" if typed else None)
        for note in notes.values():
            found = _NOTE_NAME.search(note)
            if found and found.group(1) != "required":
                failures.setdefault(found.group(1), [False] * len(cells))[index] = True
    length = len(cells)
    parsed = Parsed(
        pl.Series(ok, dtype=pl.Boolean),
        cells,
        pl.Series(keys, dtype=pl.String),
        falses(length),
    )
    parsed.notes = {name: pl.Series(mask, dtype=pl.Boolean) for name, mask in failures.items()}
    return parsed


__all__ = ["CODES", "SUPPORTED", "check_constraints", "fallback_parse", "pattern_mask"]
