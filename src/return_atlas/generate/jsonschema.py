"""JSON Schemas (draft 2020-12) of the record types, generated from the models.

Pydantic's ``model_json_schema`` is the starting point. The markers left by the shared types
(:mod:`return_atlas.models.types`) are then turned into ``$defs`` entries referenced with
``$ref`` (the property keeps its own title and description next to the ``$ref``), and
removed. Every schema is self-contained: it carries the definitions it uses.
"""

from __future__ import annotations

import copy
import inspect
import json
from typing import Any

from return_atlas.models import RESOURCES
from return_atlas.models.markers import (
    CODELIST_KEY,
    DEF_KEY,
    REFERENCES_KEY,
    SHARED,
    TABLE_SCHEMA_KEY,
)
from return_atlas.models.types import published_pattern

Schema = dict[str, Any]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_URI = "https://return-atlas.org/schemas/v1/"
#: Keys that describe a property rather than constrain its value.
_ANNOTATIONS = ("title", "description", "default", "examples")
_MARKERS = (DEF_KEY, CODELIST_KEY, REFERENCES_KEY, TABLE_SCHEMA_KEY)


def schema_filename(resource: str) -> str:
    """File name of the JSON Schema of ``resource``: ``initiatives.schema.json``."""
    return f"{resource}.schema.json"


def schema_id(resource: str) -> str:
    """The stable ``$id`` of the JSON Schema of ``resource``."""
    return BASE_URI + schema_filename(resource)


def clean_doc(text: str | None) -> str:
    """A docstring as one paragraph: indentation and line breaks collapsed."""
    return " ".join(inspect.cleandoc(text or "").split())


def raw_schema(resource: str) -> Schema:
    """Pydantic's JSON Schema of ``resource``, markers included (a fresh copy)."""
    model = RESOURCES[resource]
    return copy.deepcopy(model.model_json_schema(mode="validation"))


def _publish(node: Any, defs: dict[str, Schema]) -> Any:
    """Replace marked nodes by ``$ref`` to shared definitions and drop the markers."""
    if isinstance(node, list):
        return [_publish(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _publish(value, defs) for key, value in node.items()}
    if isinstance(out.get("pattern"), str):
        out["pattern"] = published_pattern(out["pattern"])
    name = out.get(DEF_KEY)
    for marker in _MARKERS:
        out.pop(marker, None)
    if name is None:
        return out
    shared = SHARED[name]
    body = {key: value for key, value in out.items() if key not in _ANNOTATIONS}
    definition = {"title": shared.title, "description": shared.description, **body}
    if defs.setdefault(name, definition) != definition:
        raise ValueError(f"shared definition {name!r} is used with different constraints")
    kept = {key: out[key] for key in _ANNOTATIONS if key in out}
    return {"$ref": f"#/$defs/{name}", **kept}


def _canonical(node: Any, *, keep_order: bool = False) -> Any:
    """Sort object keys recursively, except the order of properties (the field order)."""
    if isinstance(node, list):
        return [_canonical(item) for item in node]
    if not isinstance(node, dict):
        return node
    keys = list(node) if keep_order else sorted(node)
    return {key: _canonical(node[key], keep_order=key == "properties") for key in keys}


def json_schema(resource: str) -> Schema:
    """The published JSON Schema of one record of ``resource``."""
    model = RESOURCES[resource]
    raw = raw_schema(resource)
    defs: dict[str, Schema] = {}
    properties = _publish(raw.pop("properties"), defs)
    rest = _publish({k: v for k, v in raw.items() if k not in ("title", "description")}, defs)
    schema: Schema = {
        "$schema": DIALECT,
        "$id": schema_id(resource),
        "title": model.__name__,
        "description": clean_doc(model.__doc__),
        "type": "object",
        "properties": properties,
        "required": rest.pop("required", []),
        "additionalProperties": False,
    }
    rest.pop("type", None)
    rest.pop("additionalProperties", None)
    schema.update(_canonical(rest))
    schema["$defs"] = dict(sorted(defs.items()))
    canonical: Schema = _canonical(schema)
    # Reading order for people: header keys first, then the rest sorted.
    head = ("$schema", "$id", "title", "description", "type", "properties", "required")
    return {key: canonical[key] for key in head} | {
        key: canonical[key] for key in canonical if key not in head
    }


def render_json(data: Any) -> str:
    """Deterministic JSON text: two-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def json_schemas() -> dict[str, Schema]:
    """The JSON Schema of every contract resource, in package order."""
    return {resource: json_schema(resource) for resource in RESOURCES}
