"""Frictionless Table Schemas of the CSV resources, generated from the models and codelists.

A record resource's Table Schema is read off the model's JSON Schema (before shared
definitions are folded into ``$defs``): types, constraints, descriptions, the primary key of
the model and a foreign key for every field coded by a codelist or marked as referencing
another resource. List fields become ``type: list`` with ``delimiter: ";"``. Rules that a
Table Schema cannot state (an end not before its start, ...) are checked by the models only.
"""

from __future__ import annotations

from typing import Any

from return_atlas.codelists import (
    CODELIST_INFO,
    COLUMN_DESCRIPTIONS,
    GENERATED_CODELISTS,
    INTEGER_COLUMNS,
    codelist_columns,
)
from return_atlas.generate.jsonschema import clean_doc, raw_schema
from return_atlas.models import RESOURCES
from return_atlas.models.markers import CODELIST_KEY, REFERENCES_KEY, TABLE_SCHEMA_KEY
from return_atlas.models.types import published_pattern

Schema = dict[str, Any]

PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
LIST_DELIMITER = ";"
MISSING_VALUES = [""]
#: JSON Schema keywords carried over as Table Schema constraints, and their names there.
_CONSTRAINTS = {
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "minLength": "minLength",
    "maxLength": "maxLength",
}


def _unwrap(prop: Schema) -> tuple[Schema, bool]:
    """The non-null branch of a nullable property, and whether it was nullable."""
    branches = prop.get("anyOf")
    if branches:
        values = [branch for branch in branches if branch.get("type") != "null"]
        if len(values) == 1 and len(values) < len(branches):
            return values[0], True
    return prop, False


def _enum(value: Schema) -> list[Any] | None:
    """The enum to state in a Table Schema: small codelists only (big ones by foreign key)."""
    if value.get(CODELIST_KEY) in GENERATED_CODELISTS:
        return None
    enum: list[Any] | None = value.get("enum")
    return enum


def _field(name: str, prop: Schema, required: bool) -> tuple[Schema, str | None]:
    """A Table Schema field and the resource its values reference (None if none)."""
    value, nullable = _unwrap(prop)
    field: Schema = {"name": name, "title": prop.get("title", name)}
    if prop.get("description"):
        field["description"] = prop["description"]
    constraints: Schema = {}
    if required and not nullable:
        constraints["required"] = True
    reference: str | None = None
    if value.get("type") == "array":
        items = value["items"]
        field.update(type="list", delimiter=LIST_DELIMITER, itemType=items.get("type", "string"))
        if "minItems" in value:
            constraints["minLength"] = value["minItems"]
    else:
        field["type"] = value.get("type", "string")
        for key, target in _CONSTRAINTS.items():
            if key in value:
                constraints[target] = value[key]
        enum = _enum(value)
        if enum is not None:
            constraints["enum"] = enum
        constraints.update(prop.get(TABLE_SCHEMA_KEY, {}))
        if value.get(CODELIST_KEY):
            reference = value[CODELIST_KEY]
        elif value.get(REFERENCES_KEY):
            reference = value[REFERENCES_KEY]
    if "pattern" in constraints:
        constraints["pattern"] = published_pattern(constraints["pattern"])
    if constraints:
        field["constraints"] = dict(sorted(constraints.items()))
    return field, reference


def _primary_key_of(resource: str) -> list[str]:
    if resource in RESOURCES:
        return list(RESOURCES[resource].primary_key)
    return ["code"]


def _record_table_schema(resource: str) -> Schema:
    model = RESOURCES[resource]
    raw = raw_schema(resource)
    required = set(raw.get("required", []))
    fields: list[Schema] = []
    foreign_keys: list[Schema] = []
    for name, prop in raw["properties"].items():
        field, reference = _field(name, prop, name in required)
        fields.append(field)
        if reference is not None:
            target = _primary_key_of(reference)
            foreign_keys.append(
                {"fields": [name], "reference": {"resource": reference, "fields": target}}
            )
    schema: Schema = {
        "$schema": PROFILE,
        "title": model.__name__,
        "description": clean_doc(model.__doc__),
        "fields": fields,
        "missingValues": MISSING_VALUES,
        "primaryKey": list(model.primary_key),
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def _codelist_table_schema(name: str) -> Schema:
    info = CODELIST_INFO[name]
    fields: list[Schema] = []
    for column in codelist_columns(name):
        integer = column in INTEGER_COLUMNS or (column == "code" and info.code_type == "integer")
        field: Schema = {
            "name": column,
            "title": column.replace("_", " ").capitalize(),
            "description": COLUMN_DESCRIPTIONS.get(column, ""),
            "type": "integer" if integer else "string",
        }
        if column in ("code", "label_en"):
            field["constraints"] = {"required": True}
        fields.append(field)
    return {
        "$schema": PROFILE,
        "title": info.title,
        "description": info.description,
        "fields": fields,
        "missingValues": MISSING_VALUES,
        "primaryKey": ["code"],
    }


def table_schema(resource: str) -> Schema:
    """The Table Schema of ``resource``: a contract resource or a codelist."""
    if resource in RESOURCES:
        return _record_table_schema(resource)
    if resource in CODELIST_INFO:
        return _codelist_table_schema(resource)
    known = ", ".join([*RESOURCES, *CODELIST_INFO])
    raise KeyError(f"unknown resource {resource!r}; known: {known}")


def table_schemas() -> dict[str, Schema]:
    """The Table Schema of every contract resource, then of every codelist."""
    return {name: table_schema(name) for name in [*RESOURCES, *CODELIST_INFO]}
