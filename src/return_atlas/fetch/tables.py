"""Read the tables of a package folder as rows of Python values, cast by their Table Schema.

Casting: ``integer`` -> int, ``number`` -> float, ``boolean`` -> bool, ``list`` -> list of
its ``itemType`` (cells split on its ``delimiter``), ``array``/``object`` -> parsed JSON;
dates and every other type stay ISO strings (partial dates such as ``2019-05`` included).
A missing value is None. A cell that does not cast is kept as its string.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

Table = list[dict[str, Any]]
TRUE = frozenset({"true", "True", "TRUE", "1"})
FALSE = frozenset({"false", "False", "FALSE", "0"})


def _boolean(field: Mapping[str, Any]) -> Callable[[str], Any]:
    true = set(field.get("trueValues", TRUE))
    false = set(field.get("falseValues", FALSE))

    def cast(text: str) -> Any:
        if text in true:
            return True
        if text in false:
            return False
        raise ValueError(text)

    return cast


def _scalar(kind: str, field: Mapping[str, Any]) -> Callable[[str], Any]:
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind == "boolean":
        return _boolean(field)
    if kind in {"array", "object"}:
        return json.loads
    return str


def caster(field: Mapping[str, Any]) -> Callable[[str], Any]:
    """The function that turns one non-missing cell of ``field`` into its Python value."""
    kind = str(field.get("type", "string"))
    if kind != "list":
        return _scalar(kind, field)
    delimiter = str(field.get("delimiter", ","))
    item = _scalar(str(field.get("itemType", "string")), field)

    def cast_list(text: str) -> list[Any]:
        return [item(part) for part in text.split(delimiter)]

    return cast_list


def read_table(path: Path, schema: Mapping[str, Any]) -> Table:
    """The rows of one CSV file, cast by ``schema``."""
    missing = set(schema.get("missingValues", [""]))
    casts = {str(f["name"]): caster(f) for f in schema.get("fields", [])}
    rows: Table = []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            row: dict[str, Any] = {}
            for name, text in raw.items():
                if name is None:
                    continue
                if text is None or text in missing:
                    row[name] = None
                    continue
                try:
                    row[name] = casts.get(name, str)(text)
                except ValueError:
                    row[name] = text
            rows.append(row)
    return rows


def read_tables(folder: Path, resources: Iterable[str] | None = None) -> dict[str, Table]:
    """Every tabular resource of the package in ``folder`` (or those named), by name."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    wanted = None if resources is None else set(resources)
    tables: dict[str, Table] = {}
    for resource in descriptor.get("resources", []):
        schema = resource.get("schema")
        name = str(resource["name"])
        if not isinstance(schema, dict) or (wanted is not None and name not in wanted):
            continue
        tables[name] = read_table(folder / str(resource["path"]), schema)
    unknown = (wanted or set()) - set(tables)
    if unknown:
        raise KeyError(f"no tabular resource named {', '.join(sorted(unknown))}")
    return tables
