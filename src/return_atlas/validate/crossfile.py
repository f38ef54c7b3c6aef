"""Rules across files: ids unique, references resolved, contributions and corrections sound.

Keys are compared in the engine's encoding (``s:text``, ``n:number``), so a key read from a
CSV cell and the same key given in a YAML record are equal. References resolve against the
package and the contributions together; codelist codes against the codelists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

import polars as pl

from return_atlas.codelists import CODELIST_INFO, ordered_codes
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
from return_atlas.validate.celltypes import NUMBER, falses, row_mask, untag
from return_atlas.validate.engine import TableCheck
from return_atlas.validate.issues import Issue, issue, shown
from return_atlas.validate.records import Where
from return_atlas.validate.rules import PREFIX_REFERENCES, list_rules


def py_key(value: Any) -> str | None:
    """The engine's equality key of a Python value (None for values that are no key)."""
    if isinstance(value, bool):
        return NUMBER + ("1" if value else "0")
    if isinstance(value, int):
        return f"{NUMBER}{value}"
    if isinstance(value, float):
        number = Decimal(repr(value))
        return NUMBER + ("0" if number == 0 else str(number.normalize()))
    if isinstance(value, str):
        return value
    return None


def codelist_keys(name: str) -> set[str]:
    """Keys of the codes of codelist ``name``."""
    prefix = NUMBER if CODELIST_INFO[name].code_type == "integer" else ""
    return {prefix + code for code in ordered_codes(name)}


@cache
def foreign_keys(resource: str) -> tuple[tuple[str, str], ...]:
    """(field, target resource) of every single-field foreign key of ``resource``."""
    found = []
    for foreign in table_schema(resource).get("foreignKeys", []):
        fields = foreign["fields"]
        if len(fields) == 1:
            found.append((fields[0], foreign["reference"]["resource"]))
    return tuple(found)


def primary_key(resource: str) -> tuple[str, ...]:
    """The primary key fields of ``resource``."""
    return tuple(RESOURCES[resource].primary_key)


def record_key(resource: str, values: Mapping[str, Any]) -> str | None:
    """The primary key of a record in the engine's encoding (None if a part is missing)."""
    parts = [py_key(values.get(name)) for name in primary_key(resource)]
    if any(part is None for part in parts):
        return None
    return "\x1f".join(parts)  # type: ignore[arg-type]


@dataclass(slots=True)
class Known:
    """Primary keys known per resource: the package's (a series) and the contributions'."""

    package: dict[str, pl.Series] = field(default_factory=dict)
    contributed: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    available: set[str] = field(default_factory=set)
    _sets: dict[str, set[str]] = field(default_factory=dict)

    def has(self, resource: str, key: str) -> bool | None:
        """Whether ``key`` is a record of ``resource`` (None: the resource is not at hand)."""
        if resource in CODELIST_INFO:
            return key in codelist_keys(resource)
        if resource not in self.available:
            return None
        if resource not in self._sets:
            series = self.package.get(resource)
            self._sets[resource] = set(series.to_list()) if series is not None else set()
        return key in self._sets[resource] or key in self.contributed[resource]

    def keys(self, resource: str) -> pl.Series | None:
        """All keys of ``resource`` as a series (for vectorised checks)."""
        if resource in CODELIST_INFO:
            return pl.Series(sorted(codelist_keys(resource)), dtype=pl.String)
        if resource not in self.available:
            return None
        parts = [pl.Series(sorted(self.contributed[resource]), dtype=pl.String)]
        if resource in self.package:
            parts.append(self.package[resource])
        return pl.concat(parts)


def record_references(
    resource: str, values: Mapping[str, Any], where: Where, known: Known
) -> list[Issue]:
    """Unresolved references of one record (foreign keys, list items, prefixed ids)."""
    found: list[Issue] = []
    checks: list[tuple[str, Any, str]] = [
        (name, values.get(name), target) for name, target in foreign_keys(resource)
    ]
    for rule in list_rules(resource):
        items = values.get(rule.field)
        if rule.references and isinstance(items, list):
            checks.extend((rule.field, item, rule.references) for item in items)
    for (owner, name), prefixes in PREFIX_REFERENCES.items():
        value = values.get(name)
        if owner == resource and isinstance(value, str):
            target = next((t for p, t in prefixes if value.startswith(p)), None)
            if target is not None:
                checks.append((name, value, target))
    for name, value, target in checks:
        key = py_key(value) if value is not None else None
        if key is None or known.has(target, key) is not False:
            continue
        code = "unknown-code" if target in CODELIST_INFO else "unknown-reference"
        what = (
            f"a code of the {target} codelist"
            if code == "unknown-code"
            else f"a record of {target}"
        )
        found.append(
            where.issue(code, f"{name} {shown(value)} is not {what}", field=name, resource=resource)
        )
    return found


def table_references(check: TableCheck, resource: str, known: Known) -> None:
    """List-item and prefixed-id references of a CSV table, vectorised."""
    positions = {label: i for i, label in enumerate(check.table.labels)}
    for rule in list_rules(resource):
        if not rule.references or rule.field not in positions:
            continue
        targets = known.keys(rule.references)
        if targets is None:
            continue
        cells = check.table.column(positions[rule.field])
        cells = cells.set(cells == "", None)
        several = cells.str.contains(";", literal=True).fill_null(False)
        mask = (~several & cells.is_not_null() & ~cells.is_in(targets.implode())).fill_null(False)
        if several.any():
            items = (
                pl.DataFrame({"cell": cells.filter(several)})
                .with_row_index("row")
                .with_columns(pl.col("cell").str.split(";"))
                .explode("cell")
                .filter(pl.col("cell") != "")
            )
            missing = items.filter(~pl.col("cell").is_in(targets.implode()))["row"].unique()
            hits = row_mask(int(several.sum()), missing)
            mask = mask | falses(len(cells)).scatter(several.arg_true(), hits)
        check.emit(
            "unknown-reference",
            mask,
            lambda v, _r, t=rule.references: f"{shown(v)} names an id that is not a record of {t}",
            field_name=rule.field,
            values=cells,
        )
    for (owner, name), prefixes in PREFIX_REFERENCES.items():
        if owner != resource or name not in positions:
            continue
        cells = check.table.column(positions[name])
        for prefix, target in prefixes:
            targets = known.keys(target)
            if targets is None:
                continue
            wanted = cells.str.starts_with(prefix).fill_null(False)
            mask = wanted & ~cells.is_in(targets.implode()).fill_null(False)
            check.emit(
                "unknown-reference",
                mask,
                lambda v, _r, t=target: f"{shown(v)} is not a record of {t}",
                field_name=name,
                values=cells,
            )


@dataclass(slots=True)
class Occurrence:
    """Where a contributed record with a given key was seen, and its values."""

    where: Where
    values: dict[str, Any]


def contribution_conflicts(occurrences: Mapping[tuple[str, str], list[Occurrence]]) -> list[Issue]:
    """Contributions of one key that agree (a warning) or disagree (an error)."""
    found: list[Issue] = []
    for (resource, key), seen in occurrences.items():
        first = seen[0]
        for other in seen[1:]:
            same = other.values == first.values
            code = "duplicate-contribution" if same else "contribution-conflict"
            if other.where.file == first.where.file:
                code = "duplicate-id"
            differing = sorted(
                n
                for n in set(first.values) | set(other.values)
                if first.values.get(n) != other.values.get(n)
            )
            detail = "" if same else f"; they differ in {', '.join(differing)}"
            line, pointer = other.where.at(None)
            found.append(
                issue(
                    code,
                    other.where.file,
                    f"{resource} {_show_key(key)} is also "
                    f"contributed in {_place(first.where)}{detail}",
                    row=other.where.row,
                    line=line,
                    pointer=pointer,
                    resource=resource,
                )
            )
    return found


def _show_key(key: str) -> str:
    return untag(key)


def _place(where: Where) -> str:
    if where.row is not None:
        return f"{where.file} row {where.row}"
    if where.line is not None:
        return f"{where.file} line {where.line}"
    return where.file


def group_occurrences(
    items: Iterable[tuple[str, str, Occurrence]],
) -> dict[tuple[str, str], list[Occurrence]]:
    """Occurrences grouped by (resource, key), in input order."""
    grouped: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for resource, key, occurrence in items:
        grouped[(resource, key)].append(occurrence)
    return {k: v for k, v in grouped.items() if len(v) > 1}


__all__ = [
    "Known",
    "Occurrence",
    "codelist_keys",
    "contribution_conflicts",
    "foreign_keys",
    "group_occurrences",
    "primary_key",
    "py_key",
    "record_key",
    "record_references",
    "table_references",
]
