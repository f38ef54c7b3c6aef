"""Table Schema types read the way Frictionless reads them, a column at a time with polars.

A reader takes a column of cell texts and returns a :class:`Parsed` column: which cells are
of the type, their values for constraints, an equality key (for unique, primary and foreign
keys) that is equal exactly where Python's ``==`` between Frictionless's values is, and which
accepted cells are not in canonical form (the stricter checks Frictionless does not make).
The rules mirror ``frictionless.fields``: ``int(cell.strip())`` for integers,
``Decimal(cell.strip())`` for numbers, ``datetime.strptime(cell, '%Y-%m-%d')`` for dates.
Cells that polars cannot convert (non-ASCII digits, huge integers) are converted in Python,
one by one; they are rare. Types without a reader here are read by Frictionless itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import polars as pl

#: Characters that ``str.strip()`` removes (``str.isspace``).
PY_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_INT = r"^[+-]?\d(?:_?\d)*$"
_CANONICAL_INT = r"^-?(?:0|[1-9][0-9]*)$"
_DECIMAL = r"(?i)^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|inf|infinity|s?nan\d*)$"
_ASCII_DECIMAL = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
_CANONICAL_NUMBER = r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$"
_STRPTIME_DATE = r"^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])$"
_ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
I64 = 2**63 - 1
#: Equality keys: text is its own key; other values are tagged (``\x00n:5``, ``\x00d:...``)
#: with a NUL, which no text cell holds (files with NUL bytes are refused).
TAG = "\x00"
NUMBER, DATE, LIST, OTHER = TAG + "n:", TAG + "d:", TAG + "l:", TAG + "x:"


def untag(key: str) -> str:
    """A key as people read it: tags removed, parts of a compound key joined by commas."""
    return ", ".join(part[3:] if part.startswith(TAG) else part for part in key.split("\x1f"))


@dataclass(slots=True)
class Parsed:
    """A column read as one Table Schema type; every series has no nulls where it matters.

    ``ok``: the cell is of the type (meaningful for present cells only); ``value``:
    comparable values (null where not ok); ``key``: equality key (null where not ok);
    ``odd``: accepted but not canonical, with ``odd_reason`` saying how; ``notes``:
    constraint name -> failing cells, when the reader checked constraints itself.
    """

    ok: pl.Series
    value: pl.Series
    key: pl.Series
    odd: pl.Series
    odd_reason: str = ""
    notes: dict[str, pl.Series] = field(default_factory=dict)


def falses(length: int) -> pl.Series:
    """A boolean series of ``length`` falses."""
    return pl.repeat(False, length, dtype=pl.Boolean, eager=True)


def row_mask(length: int, rows: pl.Series) -> pl.Series:
    """A boolean series of ``length``, true at the indexes in ``rows``."""
    mask = falses(length)
    if len(rows):
        mask = mask.scatter(rows.cast(pl.Int64), True)
    return mask


def _py(
    column: pl.Series, mask: pl.Series, function: Callable[[str], Any], dtype: Any
) -> pl.Series:
    """``function`` applied in Python to the cells selected by ``mask`` (null elsewhere)."""
    values: list[Any] = [None] * len(column)
    for index in mask.arg_true().to_list():
        values[index] = function(column[index])
    return pl.Series(column.name, values, dtype=dtype)


def _fill(base: pl.Series, mask: pl.Series, other: pl.Series) -> pl.Series:
    """``other`` where ``mask``, ``base`` elsewhere."""
    return other.zip_with(mask, base)


def strip(column: pl.Series) -> pl.Series:
    """``str.strip()`` of every cell."""
    return column.str.strip_chars(PY_SPACE)


def _py_int(text: str) -> int:
    return max(-I64, min(I64, int(text)))


def _nulls(column: pl.Series, dtype: Any = pl.String) -> pl.Series:
    """A series of nulls as long as ``column``, under its name."""
    return pl.repeat(None, len(column), dtype=dtype, eager=True).alias(column.name)


def _common(column: pl.Series, canonical: str) -> tuple[pl.Series, pl.Series]:
    """Cells in canonical form (``canonical``, a pattern) and cells that need the full
    reading: neither canonical nor empty. Most cells are one or the other, so the readers'
    several patterns run on the few cells left."""
    plain = column.str.contains(canonical).fill_null(False)
    rest = ~plain & (column != "").fill_null(False)
    return plain, rest


def _merge(base: pl.Series, rest: pl.Series, part: pl.Series) -> pl.Series:
    """``base`` with the cells selected by ``rest`` taken, in order, from ``part``."""
    return base.scatter(rest.arg_true(), part)


def _integer_cells(column: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Which cells ``int(cell.strip())`` reads, and their values (null elsewhere)."""
    stripped = strip(column)
    ok = stripped.str.contains(_INT).fill_null(False)
    value = stripped.str.replace_all("_", "", literal=True).cast(pl.Int64, strict=False)
    slow = ok & value.is_null()
    if slow.any():
        value = _fill(value, slow, _py(stripped, slow, _py_int, pl.Int64))
    return ok, value.set(~ok, None)


def read_integer(column: pl.Series, *, keys: bool = True) -> Parsed:
    """Integers as ``int(cell.strip())`` reads them; keys only when asked for.

    Canonical cells (``-?(0|[1-9][0-9]*)`` that fit 64 bits) are read by a cast; the rest,
    but for empty cells, as Python reads them.
    """
    plain, rest = _common(column, _CANONICAL_INT)
    value = column.cast(pl.Int64, strict=False).set(~plain, None)
    rest = rest | (plain & value.is_null())  # too large for a cast
    ok = plain & value.is_not_null()
    if rest.any():
        some_ok, some_value = _integer_cells(column.filter(rest))
        ok = _merge(ok, rest, some_ok)
        value = _merge(value, rest, some_value)
    odd = ok & ~plain
    key = (NUMBER + value.cast(pl.String)).alias(column.name) if keys else _nulls(column)
    return Parsed(
        ok,
        value.alias(column.name),
        key,
        odd,
        "an integer written with spaces, a +, underscores, leading zeros or other digits than 0-9",
    )


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace("_", ""))


def _decimal_float(text: str) -> float:
    try:
        return float(_decimal(text))
    except (InvalidOperation, ValueError):
        return float("nan")


def _decimal_key(text: str, index: int) -> str:
    number = _decimal(text)
    if number.is_nan():
        return f"{NUMBER}nan:{index}"  # NaN equals nothing, not even another NaN
    if number == 0:
        return NUMBER + "0"
    return NUMBER + str(number.normalize())


def _number_cells(column: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Which cells ``Decimal(cell.strip())`` reads (underscores ignored), and their values
    as floats (null elsewhere)."""
    stripped = strip(column)
    plain = stripped.str.replace_all("_", "", literal=True)
    ok = plain.str.contains(_DECIMAL).fill_null(False)
    simple = ok & plain.str.contains(_ASCII_DECIMAL).fill_null(False)
    value = plain.cast(pl.Float64, strict=False).set(~simple, None)
    slow = ok & ~simple
    if slow.any():
        value = _fill(value, slow, _py(stripped, slow, _decimal_float, pl.Float64))
    return ok, value


def read_number(column: pl.Series, *, keys: bool = False) -> Parsed:
    """Numbers as ``Decimal(cell.strip())`` reads them (underscores ignored).

    Canonical cells are read by a cast; the rest, but for empty cells, as ``Decimal``
    reads them. Equality keys go through ``Decimal`` in Python, so they are only made when
    asked for.
    """
    plain_cells, rest = _common(column, _CANONICAL_NUMBER)
    ok = plain_cells
    value = column.cast(pl.Float64, strict=False).set(~plain_cells, None)
    if rest.any():
        some_ok, some_value = _number_cells(column.filter(rest))
        ok = _merge(ok, rest, some_ok)
        value = _merge(value, rest, some_value)
    odd = ok & ~plain_cells
    reason = (
        "a number written with spaces, a +, underscores, a bare decimal point, other digits "
        "than 0-9, or as infinity or NaN"
    )
    if not keys:
        return Parsed(ok, value.alias(column.name), _nulls(column), odd, reason)
    stripped = strip(column)
    # Keys: integers in canonical form are their own key; others go through Decimal.
    canonical = ok & column.str.contains(r"^-?(?:0|[1-9][0-9]*)$").fill_null(False)
    key = (NUMBER + column).set(~canonical, None)
    zero = canonical & column.is_in(["0", "-0"]).fill_null(False)
    key = key.set(zero, NUMBER + "0")
    rest = ok & ~canonical
    if rest.any():
        exact: list[str | None] = [None] * len(column)
        for index in rest.arg_true().to_list():
            exact[index] = _decimal_key(stripped[index], index)
        key = _fill(key, rest, pl.Series(column.name, exact, dtype=pl.String))
    return Parsed(ok, value.alias(column.name), key.alias(column.name), odd, reason)


def read_string(column: pl.Series, *, keys: bool = True) -> Parsed:
    """Any text is a string (format ``default``); keys only when asked for."""
    ok = column.is_not_null()
    key = column if keys else pl.repeat(None, len(column), dtype=pl.String, eager=True)
    return Parsed(ok, column, key.alias(column.name), falses(len(column)))


def read_boolean(column: pl.Series, field: dict[str, Any]) -> Parsed:
    """``trueValues`` and ``falseValues``, compared exactly (no stripping)."""
    true = pl.Series(field.get("trueValues", ["true", "True", "TRUE", "1"]), dtype=pl.String)
    false = pl.Series(field.get("falseValues", ["false", "False", "FALSE", "0"]), dtype=pl.String)
    frame = pl.DataFrame({"c": column}).select(
        t=pl.col("c").is_in(true.implode()).fill_null(False),
        f=pl.col("c").is_in(false.implode()).fill_null(False),
    )
    is_true, is_false = frame["t"], frame["f"] & ~frame["t"]
    ok = is_true | is_false
    value = is_true.set(~ok, None).alias(column.name)
    key = (
        pl.Series(column.name, [NUMBER + "1"] * len(column))
        .set(is_false, NUMBER + "0")
        .set(~ok, None)
    )
    return Parsed(ok, value, key, falses(len(column)))


def _py_date(text: str) -> str | None:
    year, month, day = text.split("-")
    return f"{int(year):04d}-{int(month):02d}-{int(day.strip()):02d}"


def read_date(column: pl.Series) -> Parsed:
    """Dates as ``datetime.strptime(cell, '%Y-%m-%d')`` reads them (no stripping)."""
    shaped = column.str.contains(_STRPTIME_DATE).fill_null(False)
    parts = column.str.extract_groups(_STRPTIME_DATE)
    frame = pl.DataFrame(
        {
            "y": parts.struct.field("1").cast(pl.Int32, strict=False),
            "m": parts.struct.field("2").cast(pl.Int32, strict=False),
            "d": parts.struct.field("3").str.strip_chars(" ").cast(pl.Int32, strict=False),
        }
    )
    padded = frame.select(
        pl.format(
            "{}-{}-{}",
            pl.col("y").cast(pl.String).str.zfill(4),
            pl.col("m").cast(pl.String).str.zfill(2),
            pl.col("d").cast(pl.String).str.zfill(2),
        )
    ).to_series()
    exotic = shaped & frame["y"].is_null()
    if exotic.any():
        padded = _fill(padded, exotic, _py(column, exotic, _py_date, pl.String))
    padded = padded.set(~shaped, None)
    value = padded.str.to_date("%Y-%m-%d", strict=False)
    ok = (value.is_not_null() & (padded.str.slice(0, 4) != "0000")).fill_null(False)
    value = value.set(~ok, None)
    key = (DATE + padded).set(~ok, None).alias(column.name)
    odd = ok & ~column.str.contains(_ISO_DATE).fill_null(False)
    return Parsed(
        ok, value.alias(column.name), key, odd, "a date without a two-digit month and day"
    )


def read_year(column: pl.Series, *, keys: bool = True) -> Parsed:
    """Years: four characters that ``int()`` reads as 0 to 9999; keys only when asked for."""
    integer = read_integer(column, keys=keys)
    ok = (integer.ok & (column.str.len_chars() == 4) & (integer.value >= 0)).fill_null(False)
    odd = ok & ~column.str.contains(r"^[0-9]{4}$").fill_null(False)
    return Parsed(
        ok,
        integer.value.set(~ok, None),
        integer.key.set(~ok, None),
        odd,
        "a year written with spaces, a sign or other digits than 0-9",
    )


ITEM_READERS: dict[str, Callable[[pl.Series], Parsed]] = {
    "string": read_string,
    "integer": read_integer,
    "number": read_number,
    "date": read_date,
    "year": read_year,
}


_SPACE_CLASS = "[" + "".join(f"\\u{ord(c):04x}" for c in PY_SPACE) + "]"
#: Item patterns for whole-cell checks of lists: (accepted, canonical).
_LIST_ITEMS = {
    "integer": (rf"{_SPACE_CLASS}*[+-]?\d(?:_?\d)*{_SPACE_CLASS}*", r"-?(?:0|[1-9][0-9]*)"),
}


def _list_pattern(item: str, delimiter: str) -> str:
    separator = re.escape(delimiter)
    return f"^(?:(?:{item}){separator})*(?:{item})$"


def read_list(column: pl.Series, field: dict[str, Any], *, keys: bool = True) -> Parsed | None:
    """Lists: the cell split on ``delimiter``; every item must be of ``itemType``.

    The value of a list is its number of items (all that its constraints need). Items of
    text need no check; whole numbers are checked with one pattern over the whole cell;
    other item types item by item.
    """
    item_type = field.get("itemType", "string")
    delimiter = field.get("delimiter", ",")
    length = (column.str.count_matches(delimiter, literal=True) + 1).cast(pl.Int64)
    key = (LIST + column).alias(column.name) if keys else _nulls(column)
    if item_type == "string":
        ok = column.is_not_null()
        return Parsed(ok, length.alias(column.name), key, falses(len(column)))
    if item_type in _LIST_ITEMS and delimiter and not re.search(r"[\s\d_+-]", delimiter):
        accepted, canonical = _LIST_ITEMS[item_type]
        ok = column.str.contains(_list_pattern(accepted, delimiter)).fill_null(False)
        odd = ok & ~column.str.contains(_list_pattern(canonical, delimiter)).fill_null(False)
        reason = "a list with an item that is an integer written with spaces, a +, underscores, "
        reason += "leading zeros or other digits than 0-9"
        return Parsed(ok, length.alias(column.name), key.set(~ok, None), odd, reason)
    reader = ITEM_READERS.get(item_type)
    if reader is None:
        return None
    items = (
        pl.DataFrame({"cell": column})
        .with_row_index("row")
        .with_columns(pl.col("cell").str.split(delimiter, literal=True))
        .explode("cell")
    )
    parsed = reader(items["cell"])
    grouped = (
        items.select("row", ok=parsed.ok, odd=parsed.odd)
        .group_by("row", maintain_order=True)
        .agg(pl.col("ok").all(), pl.col("odd").any())
    )
    ok = grouped["ok"] & column.is_not_null()
    odd = grouped["odd"] & ok
    reason = f"a list with an item that is {parsed.odd_reason}" if parsed.odd_reason else ""
    return Parsed(ok, length.alias(column.name), key.set(~ok, None), odd, reason)


def read_column(column: pl.Series, field: dict[str, Any], *, keys: bool = False) -> Parsed | None:
    """``column`` read as ``field``'s type, or None when there is no vectorised reader.

    ``keys`` asks for equality keys (for unique, primary and foreign keys; those of numbers
    cost a pass in Python); without it, columns other than text have null keys.
    """
    kind = field.get("type", "any")
    if field.get("format", "default") != "default":
        return None
    if kind in ("any", "string"):
        return read_string(column, keys=keys)
    if kind in ("integer", "number") and field.get("bareNumber", True) is not True:
        return None
    if kind == "number" and {"groupChar", "decimalChar", "floatNumber"} & set(field):
        return None
    if kind == "number":
        return read_number(column, keys=keys)
    if kind == "integer":
        return read_integer(column, keys=keys)
    if kind == "year":
        return read_year(column, keys=keys)
    if kind in ITEM_READERS:
        return ITEM_READERS[kind](column)
    if kind == "boolean":
        return read_boolean(column, field)
    if kind == "list":
        return read_list(column, field, keys=keys)
    return None


__all__ = [
    "NUMBER",
    "PY_SPACE",
    "TAG",
    "Parsed",
    "falses",
    "read_column",
    "row_mask",
    "strip",
    "untag",
]
