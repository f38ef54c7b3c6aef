"""Records to CSV rows and back, as the Table Schemas declare them.

A missing value is an empty cell; lists are one cell joined with ``;``; numbers are written
without a needless exponent or ``.0``; booleans as ``true``/``false``. Files are UTF-8
without BOM, with ``\\n`` line ends and the header in Table Schema field order, so that the
same records always give the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from return_atlas.generate.tableschema import LIST_DELIMITER, table_schema
from return_atlas.models import RESOURCES, Record


def format_number(value: float) -> str:
    """``85000.0`` -> ``85000``, ``1e-07`` -> ``0.0000001``, ``2.5`` -> ``2.5``."""
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def to_cell(value: Any) -> str:
    """The CSV cell of one value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, list | tuple):
        return LIST_DELIMITER.join(to_cell(item) for item in value)
    return str(value)


def to_row(record: Record) -> dict[str, str]:
    """The CSV row of ``record``: field name -> cell text, in field order."""
    return {name: to_cell(getattr(record, name)) for name in type(record).model_fields}


@cache
def _field_types(resource: str) -> dict[str, tuple[str, str | None]]:
    """Field name -> (Table Schema type, item type of a list)."""
    return {
        field["name"]: (field["type"], field.get("itemType"))
        for field in table_schema(resource)["fields"]
    }


def _parse(text: str, kind: str) -> Any:
    """A non-empty cell as a value of Table Schema type ``kind``; unparsable text is kept."""
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def from_cells(resource: str, row: Mapping[str, str]) -> dict[str, Any]:
    """Typed values of a CSV row of ``resource``; empty cells are left out (or ``[]``).

    Cells that do not parse are passed on as text, so that model validation reports them.
    """
    types = _field_types(resource)
    data: dict[str, Any] = {}
    for name, cell in row.items():
        kind, item_kind = types.get(name, ("string", None))
        if kind == "list":
            items = cell.split(LIST_DELIMITER) if cell else []
            data[name] = [_parse(item, item_kind or "string") for item in items]
        elif cell != "":
            data[name] = _parse(cell, kind)
    return data


def from_row(model: type[Record], row: Mapping[str, str]) -> Record:
    """The record of ``model`` that a CSV row holds (raises pydantic's ValidationError)."""
    return model.model_validate(from_cells(model.resource_name, row))


def header(resource: str) -> list[str]:
    """Column names of ``resource`` in Table Schema field order."""
    return [field["name"] for field in table_schema(resource)["fields"]]


def render_csv(resource: str, records: Iterable[Record | Mapping[str, Any]]) -> str:
    """CSV text of ``records`` of ``resource``: models, or mappings such as codelist rows."""
    buffer = io.StringIO()
    columns = header(resource)
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        if isinstance(record, Record):
            writer.writerow(to_row(record))
        else:
            writer.writerow({name: to_cell(record.get(name)) for name in columns})
    return buffer.getvalue()


def write_csv(path: Path, resource: str, records: Iterable[Record | Mapping[str, Any]]) -> None:
    """Write ``records`` of ``resource`` to ``path`` (UTF-8, no BOM, ``\\n`` line ends).

    Parent folders are created; the same records always give the same bytes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_csv(resource, records).encode("utf-8"))


def read_csv(path: Path, resource: str) -> list[Record]:
    """Records of ``resource`` read back from a CSV file (raises on an invalid row)."""
    model = RESOURCES[resource]
    with path.open(encoding="utf-8", newline="") as handle:
        return [from_row(model, row) for row in csv.DictReader(handle)]
