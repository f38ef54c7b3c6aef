"""Classify the differences between two package descriptors (metadata and Table Schemas).

Like ``buf breaking`` for Protobuf: every difference becomes a ``Change`` with a level. What
readers rely on (names, paths, types, constraints, keys) is MAJOR when it breaks or narrows,
MINOR when it adds or relaxes; descriptive text is PATCH.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from return_atlas.release.changes import Change, change
from return_atlas.release.snapshot import is_tabular

Json = Mapping[str, Any]

#: Properties that the release writes or that describe without being read by tools.
IGNORED = frozenset({"version", "created", "hash", "bytes", "id"})
PACKAGE_DESCRIPTIVE = frozenset(
    {
        "title",
        "description",
        "homepage",
        "keywords",
        "sources",
        "contributors",
        "attribution",
        "image",
        "citation",
        "$schema",
        "profile",
    }
)
RESOURCE_DESCRIPTIVE = frozenset(
    {"title", "description", "sources", "licenses", "homepage", "$schema"}
)
FIELD_DESCRIPTIVE = frozenset({"title", "description", "example", "rdfType", "$schema"})
#: Constraints where a larger value is tighter (the rest of the ordered ones: smaller).
LOWER_BOUNDS = frozenset({"minLength", "minimum", "exclusiveMinimum"})
UPPER_BOUNDS = frozenset({"maxLength", "maximum", "exclusiveMaximum"})
LOOSE_TYPES = frozenset({"string", "any"})
WIDER_TYPES = frozenset({("integer", "number"), ("year", "integer"), ("year", "number")})


def diff_descriptors(old: Json, new: Json) -> list[Change]:
    """Every classified difference between descriptor ``old`` and ``new``."""
    changes: list[Change] = []
    if old.get("name") != new.get("name"):
        changes.append(change("package-renamed", f"{old.get('name')} -> {new.get('name')}"))
    if old.get("licenses") != new.get("licenses"):
        changes.append(change("license-changed", "licenses changed"))
    for key in sorted((set(old) | set(new)) - IGNORED - {"name", "licenses", "resources"}):
        if old.get(key) != new.get(key):
            code = (
                "package-metadata-changed"
                if key in PACKAGE_DESCRIPTIVE
                else "package-property-changed"
            )
            changes.append(change(code, f"package property {key!r} changed"))
    changes.extend(_diff_resources(old.get("resources", []), new.get("resources", [])))
    return changes


def _diff_resources(old_list: list[Json], new_list: list[Json]) -> list[Change]:
    old = {str(r["name"]): r for r in old_list}
    new = {str(r["name"]): r for r in new_list}
    removed = [n for n in old if n not in new]
    added = [n for n in new if n not in old]
    changes: list[Change] = []
    for name in removed:
        twin = next((a for a in added if _same_resource(old[name], new[a])), None)
        if twin is not None:
            added.remove(twin)
            changes.append(change("resource-renamed", f"renamed to {twin!r}", name))
        else:
            changes.append(change("resource-removed", "resource removed", name))
    changes.extend(change("resource-added", "resource added", name) for name in added)
    for name, resource in old.items():
        if name in new:
            changes.extend(_diff_resource(name, resource, new[name]))
    return changes


def _same_resource(a: Json, b: Json) -> bool:
    if a.get("path") == b.get("path"):
        return True
    fields_a = [f.get("name") for f in a.get("schema", {}).get("fields", [])]
    return bool(fields_a) and fields_a == [
        f.get("name") for f in b.get("schema", {}).get("fields", [])
    ]


def _diff_resource(name: str, old: Json, new: Json) -> list[Change]:
    changes: list[Change] = []
    if old.get("path") != new.get("path"):
        changes.append(
            change("resource-path-changed", f"{old.get('path')} -> {new.get('path')}", name)
        )
    for key in sorted((set(old) | set(new)) - IGNORED - {"name", "path", "schema"}):
        if old.get(key) != new.get(key):
            code = (
                "resource-metadata-changed"
                if key in RESOURCE_DESCRIPTIVE
                else "resource-property-changed"
            )
            changes.append(change(code, f"property {key!r} changed", name))
    if is_tabular(old) or is_tabular(new):
        changes.extend(diff_schemas(name, old.get("schema", {}), new.get("schema", {})))
    return changes


def diff_schemas(resource: str, old: Json, new: Json) -> list[Change]:
    """Classified differences between two Table Schemas of ``resource``."""
    old_fields = {str(f["name"]): f for f in old.get("fields", [])}
    new_fields = {str(f["name"]): f for f in new.get("fields", [])}
    old_order = list(old_fields)
    new_order = list(new_fields)
    removed = [n for n in old_order if n not in new_fields]
    added = [n for n in new_order if n not in old_fields]
    changes: list[Change] = []
    for field in removed:
        position = old_order.index(field)
        twin = new_order[position] if position < len(new_order) else None
        if (
            twin in added
            and twin is not None
            and new_fields[twin].get("type") == old_fields[field].get("type")
        ):
            added.remove(twin)
            changes.append(change("field-renamed", f"renamed to {twin!r}", resource, field))
        else:
            changes.append(change("field-removed", "field removed", resource, field))
    for field in added:
        required = bool(new_fields[field].get("constraints", {}).get("required"))
        code = "required-field-added" if required else "field-added"
        changes.append(
            change(code, f"{'required' if required else 'optional'} field added", resource, field)
        )
    common_old = [n for n in old_order if n in new_fields]
    common_new = [n for n in new_order if n in old_fields]
    if common_old != common_new:
        changes.append(change("fields-reordered", "the order of fields changed", resource))
    for field in common_old:
        changes.extend(diff_fields(resource, old_fields[field], new_fields[field]))
    changes.extend(_diff_keys(resource, old, new, set(added)))
    for key in sorted((set(old) | set(new)) - {"fields", "primaryKey", "foreignKeys"}):
        if old.get(key) != new.get(key):
            code = (
                "field-metadata-changed" if key in FIELD_DESCRIPTIVE else "schema-property-changed"
            )
            changes.append(change(code, f"schema property {key!r} changed", resource))
    return changes


def _diff_keys(resource: str, old: Json, new: Json, added_fields: set[str]) -> list[Change]:
    changes: list[Change] = []
    if _as_list(old.get("primaryKey")) != _as_list(new.get("primaryKey")):
        changes.append(
            change(
                "primary-key-changed",
                f"{_as_list(old.get('primaryKey'))} -> {_as_list(new.get('primaryKey'))}",
                resource,
            )
        )
    old_keys = [_fk(k) for k in old.get("foreignKeys", [])]
    new_keys = [_fk(k) for k in new.get("foreignKeys", [])]
    for key in old_keys:
        if key not in new_keys:
            changes.append(
                change("foreign-key-removed", f"foreign key {_fk_text(key)} removed", resource)
            )
    for key in new_keys:
        if key not in old_keys:
            code = (
                "foreign-key-added-with-field"
                if set(key[0]) <= added_fields
                else "foreign-key-added"
            )
            changes.append(change(code, f"foreign key {_fk_text(key)} added", resource))
    return changes


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


FK = tuple[tuple[str, ...], str, tuple[str, ...]]


def _fk(key: Json) -> FK:
    reference = key.get("reference", {})
    return (
        tuple(_as_list(key.get("fields"))),
        str(reference.get("resource", "")),
        tuple(_as_list(reference.get("fields"))),
    )


def _fk_text(key: FK) -> str:
    return f"{','.join(key[0])} -> {key[1] or '(self)'}.{','.join(key[2])}"


def diff_fields(resource: str, old: Json, new: Json) -> list[Change]:
    """Classified differences between two versions of one field."""
    name = str(old["name"])
    changes: list[Change] = []
    old_type, new_type = old.get("type", "any"), new.get("type", "any")
    if old_type != new_type:
        code = "type-widened" if _wider(old_type, new_type) else "type-narrowed"
        changes.append(change(code, f"type {old_type} -> {new_type}", resource, name))
    old_format, new_format = old.get("format", "default"), new.get("format", "default")
    if old_format != new_format and old_type == new_type:
        code = "format-removed" if new_format == "default" else "format-changed"
        changes.append(change(code, f"format {old_format} -> {new_format}", resource, name))
    if old.get("itemType", "any") != new.get("itemType", "any"):
        before, after = old.get("itemType", "any"), new.get("itemType", "any")
        code = "type-widened" if _wider(before, after) else "type-narrowed"
        changes.append(change(code, f"item type {before} -> {after}", resource, name))
    changes.extend(
        _diff_constraints(resource, name, old.get("constraints", {}), new.get("constraints", {}))
    )
    skip = {"name", "type", "format", "itemType", "constraints"}
    for key in sorted((set(old) | set(new)) - skip):
        if old.get(key) != new.get(key):
            code = (
                "field-metadata-changed" if key in FIELD_DESCRIPTIVE else "field-property-changed"
            )
            changes.append(change(code, f"property {key!r} changed", resource, name))
    return changes


def _wider(old_type: str, new_type: str) -> bool:
    return new_type in LOOSE_TYPES or (old_type, new_type) in WIDER_TYPES


def _diff_constraints(resource: str, field: str, old: Json, new: Json) -> list[Change]:
    changes: list[Change] = []

    def add(code: str, message: str) -> None:
        changes.append(change(code, message, resource, field))

    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if key in {"required", "unique"}:
            tighter = bool(after) and not bool(before)
            add(
                "constraint-tightened" if tighter else "constraint-relaxed",
                f"{key}: {bool(before)} -> {bool(after)}",
            )
        elif key == "enum":
            _diff_enum(add, before, after)
        elif after is None:
            add("constraint-relaxed", f"{key} {before!r} dropped")
        elif before is None:
            add("constraint-tightened", f"{key} {after!r} added")
        elif key in LOWER_BOUNDS | UPPER_BOUNDS and _ordered(before, after):
            tighter = (after > before) == (key in LOWER_BOUNDS)
            add(
                "constraint-tightened" if tighter else "constraint-relaxed",
                f"{key} {before!r} -> {after!r}",
            )
        else:
            add("constraint-tightened", f"{key} {before!r} -> {after!r}")
    return changes


def _ordered(a: Any, b: Any) -> bool:
    numbers = (int, float)
    both_numbers = isinstance(a, numbers) and isinstance(b, numbers)
    return both_numbers or (isinstance(a, str) and isinstance(b, str))


def _diff_enum(add: Callable[[str, str], None], before: Any, after: Any) -> None:
    if after is None:
        add("constraint-relaxed", "enum dropped: any value allowed")
    elif before is None:
        add("constraint-tightened", f"enum of {len(after)} codes added")
    else:
        gone = [c for c in before if c not in after]
        new = [c for c in after if c not in before]
        if gone:
            add("codes-removed", f"enum codes removed: {', '.join(map(str, gone))}")
        if new:
            add("codes-added", f"enum codes added: {', '.join(map(str, new))}")
