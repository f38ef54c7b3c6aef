"""Records through their models: pydantic's errors translated into issues at one boundary.

Values come from CSV rows (converted by the Table Schema types, as the package's reader does)
or from JSON and YAML records (where a whole number given for a text field, such as
``start: 2023`` in YAML, is read as that text). Each pydantic error becomes an issue of the
catalogue, located by file, row or line, field and JSON pointer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import polars as pl
from pydantic import ValidationError

from return_atlas.generate.csvio import from_cells
from return_atlas.generate.jsonschema import raw_schema
from return_atlas.generate.tableschema import LIST_DELIMITER, table_schema
from return_atlas.models import RESOURCES
from return_atlas.models.markers import DEF_KEY, SHARED
from return_atlas.validate.csvtable import ROW
from return_atlas.validate.issues import Issue, issue

#: pydantic error type -> issue code (anything else is ``record-invalid``).
PYDANTIC_CODES: dict[str, str] = {
    "missing": "required-value",
    "extra_forbidden": "unknown-field",
    "string_pattern_mismatch": "pattern-mismatch",
    "string_too_short": "too-short",
    "too_short": "too-short",
    "string_too_long": "too-long",
    "too_long": "too-long",
    "greater_than_equal": "below-minimum",
    "greater_than": "below-minimum",
    "less_than_equal": "above-maximum",
    "less_than": "above-maximum",
    "codelist": "unknown-code",
    "end_before_start": "end-before-start",
    "amount_without_currency": "amount-without-currency",
}
_TYPE_ERRORS = ("_type", "_parsing", "finite_number", "int_from_float")


@dataclass(frozen=True, slots=True)
class Where:
    """Where a record is: its file and row (CSV) or line and pointer (JSON, YAML)."""

    file: str
    row: int | None = None
    line: int | None = None
    pointer: str | None = None
    field_lines: Mapping[str, int] | None = None

    def at(self, field: str | None) -> tuple[int | None, str | None]:
        """Line and pointer of ``field`` of the record."""
        line = self.line
        if field and self.field_lines and field in self.field_lines:
            line = self.field_lines[field]
        pointer = f"{self.pointer}/{field}" if self.pointer is not None and field else self.pointer
        return line, pointer

    def issue(
        self, code: str, message: str, *, field: str | None = None, resource: str | None = None
    ) -> Issue:
        """An issue of ``code`` about ``field`` of the record (or the whole record), placed
        at its file, row, line and pointer."""
        line, pointer = self.at(field)
        return issue(
            code,
            self.file,
            message,
            row=self.row,
            line=line,
            field=field,
            pointer=pointer,
            resource=resource,
        )


@cache
def field_types(resource: str) -> dict[str, tuple[str, str | None]]:
    """Field name -> (Table Schema type, list item type) of ``resource``."""
    return {
        f["name"]: (f.get("type", "string"), f.get("itemType"))
        for f in table_schema(resource)["fields"]
    }


@cache
def field_forms(resource: str) -> dict[str, str]:
    """Field name -> what its values look like: the description of its shared type (partial
    date, line of text, ...) where it has one, else the field's own description."""
    forms: dict[str, str] = {}
    for name, prop in raw_schema(resource)["properties"].items():
        branches = [prop, *prop.get("anyOf", []), prop.get("items", {})]
        shared = next((b[DEF_KEY] for b in branches if DEF_KEY in b), None)
        if shared in SHARED:
            forms[name] = f"{SHARED[shared].title}: {SHARED[shared].description}"
        else:
            forms[name] = str(prop.get("description", ""))
    return forms


def form_hint(resource: str | None, field: str | None) -> str | None:
    """A hint saying what values of ``field`` of ``resource`` look like."""
    if resource not in RESOURCES or not field:
        return None
    form = field_forms(resource).get(field)
    return f"{field}: {form}" if form else None


def coerce(resource: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """JSON or YAML values ready for the model: whole numbers given for text become text."""
    types = field_types(resource)
    result: dict[str, Any] = {}
    for name, given in values.items():
        kind, item = types.get(name, ("any", None))
        value = given
        if kind == "string" and _whole(given):
            value = str(given)
        elif kind == "list" and item == "string" and isinstance(given, list):
            value = [str(v) if _whole(v) else v for v in given]
        result[name] = value
    return result


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def csv_values(resource: str, row: Mapping[str, str | None]) -> dict[str, Any]:
    """Typed values of a CSV row (absent cells as empty), as the package's reader makes them."""
    return from_cells(resource, {k: v or "" for k, v in row.items()})


def _typed(cells: pl.Series, kind: str, item: str | None) -> pl.Series:
    """Cells as the package's reader types them (null where empty or not of the type)."""
    if kind == "integer":
        return cells.cast(pl.Int64, strict=False)
    if kind == "number":
        return cells.cast(pl.Float64, strict=False)
    if kind == "boolean":
        return cells.replace_strict(
            {"true": True, "false": False}, default=None, return_dtype=pl.Boolean
        )
    if kind == "list":
        items = cells.fill_null("").str.split(LIST_DELIMITER)
        items = pl.select(
            pl.when(cells.fill_null("") == "")
            .then(pl.lit([], dtype=pl.List(pl.String)))
            .otherwise(items)
        ).to_series()
        if item in ("integer", "number"):
            return items.list.eval(
                pl.element().cast(pl.Int64 if item == "integer" else pl.Float64, strict=False)
            )
        return items
    return cells


def typed_rows(
    table: Any, resource: str, indexes: pl.Series
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, model-ready values) of the rows at ``indexes`` of a CSV table, typed in
    bulk; a row with a cell its type cannot read goes through :func:`csv_values` instead."""
    types = field_types(resource)
    labels = table.table.labels
    frame = table.table.frame
    names = list(dict.fromkeys(n for n in labels if n in RESOURCES[resource].model_fields))
    raw = frame.select([pl.col(str(labels.index(n))).gather(indexes).alias(n) for n in names])
    typed: dict[str, pl.Series] = {}
    odd = pl.repeat(False, len(indexes), dtype=pl.Boolean, eager=True)
    for name in names:
        kind, item = types.get(name, ("string", None))
        cells = raw[name].set(raw[name] == "", None)
        values = _typed(cells, kind, item)
        if kind in ("integer", "number", "boolean"):
            odd = odd | (cells.is_not_null() & values.is_null())
        elif kind == "list" and item in ("integer", "number"):
            odd = odd | (values.list.eval(pl.element().is_null()).list.any()).fill_null(False)
        typed[name] = values
    numbers = frame[ROW].gather(indexes).to_list()
    rows = pl.DataFrame(typed).to_dicts() if typed else [{} for _ in numbers]
    for number, row, fallback in zip(numbers, rows, odd.to_list(), strict=True):
        if fallback:
            index = number - 2
            yield (
                number,
                csv_values(resource, {n: frame[str(labels.index(n))][index] for n in names}),
            )
        else:
            yield number, {k: v for k, v in row.items() if v is not None}


def _code(kind: str) -> str:
    if kind in PYDANTIC_CODES:
        return PYDANTIC_CODES[kind]
    if kind.endswith(_TYPE_ERRORS) or kind in ("list_type", "model_type"):
        return "type-error"
    return "record-invalid"


def _message(resource: str, error: Mapping[str, Any], field: str | None) -> tuple[str, str | None]:
    kind = str(error["type"])
    value = error.get("input")
    shown = repr(value) if not isinstance(value, dict) else "the record"
    if len(shown) > 60:
        shown = shown[:59] + "…"
    hint = None
    if kind == "string_pattern_mismatch" and field:
        return f"{field} {shown} does not have the form the field requires", form_hint(
            resource, field
        )
    if kind == "missing":
        return f"{field} is required but missing", None
    if kind == "extra_forbidden":
        return f"{field} is not a field of {resource}", None
    message = str(error["msg"])
    if field and repr(value) in message:
        return f"{field}: {message}", hint
    prefix = f"{field} {shown}: " if field else ""
    return f"{prefix}{message}", hint


def model_issues(resource: str, values: Mapping[str, Any], where: Where) -> list[Issue]:
    """The issues of one record of ``resource`` (empty when its model accepts it)."""
    model = RESOURCES[resource]
    try:
        model.model_validate(values)
    except ValidationError as error:
        return translate(resource, error, where)
    return []


def translate(resource: str, error: ValidationError, where: Where) -> list[Issue]:
    """pydantic's errors of one record as issues."""
    found: list[Issue] = []
    for item in error.errors(include_url=False):
        location = item.get("loc", ())
        field = str(location[0]) if location else None
        message, hint = _message(resource, item, field)
        line, pointer = where.at(field)
        if pointer is not None and len(location) > 1:
            pointer += "".join(f"/{part}" for part in location[1:])
        found.append(
            issue(
                _code(str(item["type"])),
                where.file,
                message,
                hint=hint,
                row=where.row,
                line=line,
                field=field,
                pointer=pointer,
                resource=resource,
            )
        )
    return found


__all__ = [
    "PYDANTIC_CODES",
    "Where",
    "coerce",
    "csv_values",
    "field_forms",
    "field_types",
    "form_hint",
    "model_issues",
    "translate",
    "typed_rows",
]
