"""Generated artefacts: JSON Schemas, Table Schemas, ISO codelists and the data dictionary.

``regenerate(root, check=False)`` writes them all from the models and codelists;
``regenerate(root, check=True)`` only compares, so that a test or CI can fail on stale files.
Output is byte-deterministic.
"""

from __future__ import annotations

from pathlib import Path

from return_atlas.codelists import GENERATED_CODELISTS
from return_atlas.codelists.iso import render as render_codelist
from return_atlas.generate.dictionary import data_dictionary
from return_atlas.generate.jsonschema import json_schemas, render_json, schema_filename
from return_atlas.generate.tableschema import table_schemas

SCHEMAS_DIR = "schemas"
TABLE_SCHEMAS_DIR = "schemas/tableschema"
CODELISTS_DIR = "src/return_atlas/codelists"
DICTIONARY_PATH = "docs/data-dictionary.md"


def artefacts() -> dict[str, str]:
    """Every generated file: path relative to the repository root -> text."""
    files: dict[str, str] = {}
    for resource, schema in json_schemas().items():
        files[f"{SCHEMAS_DIR}/{schema_filename(resource)}"] = render_json(schema)
    for resource, schema in table_schemas().items():
        files[f"{TABLE_SCHEMAS_DIR}/{resource}.json"] = render_json(schema)
    for name in GENERATED_CODELISTS:
        files[f"{CODELISTS_DIR}/{name}.csv"] = render_codelist(name)
    files[DICTIONARY_PATH] = data_dictionary()
    return files


def _strays(root: Path, expected: set[str]) -> list[str]:
    """Schema files in the schema folders that no longer correspond to a resource."""
    found: list[str] = []
    for folder in (SCHEMAS_DIR, TABLE_SCHEMAS_DIR):
        directory = root / folder
        if directory.is_dir():
            found += [
                f"{folder}/{path.name}"
                for path in directory.glob("*.json")
                if f"{folder}/{path.name}" not in expected
            ]
    return sorted(found)


def regenerate(root: Path, *, check: bool = False) -> list[str]:
    """Write the generated files under ``root`` (or, with ``check``, only compare them).

    Returns the relative paths that were written (or are stale or missing), including schema
    files of resources that no longer exist (deleted unless ``check``).
    """
    files = artefacts()
    changed: list[str] = []
    for relative, text in files.items():
        path = root / relative
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue
        changed.append(relative)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    strays = _strays(root, set(files))
    if not check:
        for relative in strays:
            (root / relative).unlink()
    return sorted(changed + strays)


__all__ = ["artefacts", "regenerate"]
