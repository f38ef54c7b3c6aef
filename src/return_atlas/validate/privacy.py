"""Privacy and safety of values: personal contact data and spreadsheet formulas.

The package never holds a person's e-mail address or telephone number, and no text value
may start the way a spreadsheet formula does (CSV injection). Both checks run over every
text column of every table (vectorised, with the reader's finder run only on the cells a
cheap pattern lets through) and over every value of JSON and YAML records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import polars as pl

from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
from return_atlas.models.types import FORMULA_STARTS, LINE_PATTERN, TEXT_PATTERN
from return_atlas.read.privacy import find_personal_data
from return_atlas.validate.celltypes import falses
from return_atlas.validate.check import TableCheck, in_parallel
from return_atlas.validate.constraints import STRICT_END
from return_atlas.validate.issues import Issue, shown
from return_atlas.validate.records import Where
from return_atlas.validate.textscan import MAYBE_PERSONAL, within

#: Patterns of free text fields (one line, or text with line breaks).
FREE_TEXT_PATTERNS = (LINE_PATTERN, TEXT_PATTERN)


def personal_data(text: str) -> bool:
    """True when ``text`` holds an e-mail address or a telephone number (the reader's finder,
    the one that masks documents, so the gate and the build agree)."""
    return bool(find_personal_data(text))


def free_text(spec: Mapping[str, Any], references: frozenset[str] = frozenset()) -> bool:
    """True for fields of free text (not ids, codes, dates or URLs with a strict form)."""
    if spec.get("type", "any") not in ("string", "any") or spec.get("name") in references:
        return False
    constraints = spec.get("constraints", {})
    pattern = str(constraints.get("pattern", "")).replace(STRICT_END, "$")
    return "enum" not in constraints and pattern in ("", *FREE_TEXT_PATTERNS)


_FORMULA_SAMPLES = ("=a", "=1", "+1", "+a", "-1", "-a", "@a", "\ta", "\ra")


def may_hold_formula(spec: Mapping[str, Any]) -> bool:
    """False when the field's enum or pattern rules out every formula start."""
    constraints = spec.get("constraints", {})
    if "enum" in constraints:
        return False
    pattern = constraints.get("pattern")
    if not pattern:
        return True
    try:
        compiled = re.compile(f"^(?:{pattern})$")
    except re.error:
        return True
    return any(compiled.search(sample) for sample in _FORMULA_SAMPLES)


def _referencing(schema: Mapping[str, Any]) -> frozenset[str]:
    names: set[str] = set()
    for foreign in schema.get("foreignKeys", []):
        fields = foreign.get("fields", [])
        names.update([fields] if isinstance(fields, str) else fields)
    return frozenset(names)


def text_fields(check: TableCheck) -> Iterator[tuple[int, str, pl.Series, bool, bool]]:
    """Text columns of a table: position, name, cells, may hold a formula, free text."""
    fields = check.schema.get("fields", [])
    references = _referencing(check.schema)
    for position, label in enumerate(check.table.labels):
        spec = fields[position] if position < len(fields) else {"type": "any"}
        if spec.get("type", "any") in ("string", "any", "list"):
            cells = check.table.column(position)
            yield position, label, cells, may_hold_formula(spec), free_text(spec, references)


def _personal(cells: pl.Series, suspects: pl.Series) -> pl.Series:
    """Cells with personal data: a vectorised filter (on the ``suspects`` of the pass over
    the column shared with the pattern check), then the finder on distinct values."""
    maybe = within(cells, suspects, MAYBE_PERSONAL)
    if not maybe.any():
        return maybe
    candidates = cells.filter(maybe)
    distinct = candidates.unique()
    found = pl.Series([personal_data(v) for v in distinct.to_list()], dtype=pl.Boolean)
    hits = candidates.is_in(distinct.filter(found).implode())
    return falses(len(cells)).scatter(maybe.arg_true(), hits)


def safety(check: TableCheck) -> None:
    """Personal data (in free text) and formula cells (in any text that may hold one)."""
    in_parallel(lambda found: _column_safety(check, found), list(text_fields(check)))


def _column_safety(check: TableCheck, found: tuple[int, str, pl.Series, bool, bool]) -> None:
    """Safety checks of one column (as :func:`text_fields` gives it)."""
    position, name, cells, formula_possible, free = found
    if formula_possible:
        formula = cells.str.slice(0, 1).is_in(list(FORMULA_STARTS)).fill_null(False)
        check.emit(
            "formula-cell",
            formula,
            lambda v, _r: f"{shown(v)} starts with {v[:1]!r}",
            field_name=name,
            values=cells,
        )
    if free:
        check.emit(
            "personal-data",
            _personal(cells, check.scans.suspects(position, cells)),
            lambda v, _r: f"{shown(v)} contains an e-mail address or telephone number",
            field_name=name,
            values=cells,
        )


@cache
def _free_text_fields(resource: str) -> frozenset[str]:
    schema = table_schema(resource)
    references = _referencing(schema)
    return frozenset(f["name"] for f in schema["fields"] if free_text(f, references))


def value_safety(values: Mapping[str, Any], where: Where, resource: str | None) -> list[Issue]:
    """Personal data (in free text) and formula values (in any text) of one record."""
    found: list[Issue] = []
    free = _free_text_fields(resource) if resource in RESOURCES else None
    for name, value in values.items():
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if not isinstance(text, str):
                continue
            if text.startswith(FORMULA_STARTS):
                found.append(
                    where.issue(
                        "formula-cell",
                        f"{name} {shown(text)} starts with {text[:1]!r}",
                        field=name,
                        resource=resource,
                    )
                )
            if (
                (free is None or name in free)
                and re.search(MAYBE_PERSONAL, text)
                and personal_data(text)
            ):
                found.append(
                    where.issue(
                        "personal-data",
                        f"{name} {shown(text)} contains an e-mail address or telephone number",
                        field=name,
                        resource=resource,
                    )
                )
    return found


__all__ = [
    "FORMULA_STARTS",
    "FREE_TEXT_PATTERNS",
    "free_text",
    "personal_data",
    "safety",
    "text_fields",
    "value_safety",
]
