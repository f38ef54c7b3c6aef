"""The package descriptor: read it safely, check it, and list the files it declares.

Frictionless's own descriptor checks run first (profiles, required properties); then every
resource must have a name and a path that stays inside the package. Tabular resources are
checked against the Table Schema the descriptor declares (what consumers of the package
use); a warning says when that schema is not the one the models generate.
"""

from __future__ import annotations

import json
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from return_atlas.codelists import CODELIST_INFO
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES
from return_atlas.validate.inputs import RecordFile, Root
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.loading import resource_of_name
from return_atlas.validate.safety import Limits
from return_atlas.validate.structured import parse_json
from return_atlas.validate.text import check_bytes


@dataclass(slots=True)
class PackageFiles:
    """What a descriptor declares: CSV tables with their schemas, and JSON record files."""

    root: Root
    display: str
    tables: list[tuple[RecordFile, dict[str, Any]]] = field(default_factory=list)
    json_files: list[RecordFile] = field(default_factory=list)
    codelists: set[str] = field(default_factory=set)
    issues: list[Issue] = field(default_factory=list)
    read: bool = False
    pending: Future[list[Issue]] | None = None

    def finish(self) -> list[Issue]:
        """Issues of the checks that ran in the background (Frictionless's descriptor checks)."""
        return self.pending.result() if self.pending is not None else []


#: Frictionless's descriptor checks are pure Python; they run beside the polars work.
_BACKGROUND = ThreadPoolExecutor(max_workers=1, thread_name_prefix="descriptor")


def _invalid(display: str, message: str) -> Issue:
    return issue("descriptor-invalid", display, message)


def _frictionless_errors(descriptor: dict[str, Any], display: str) -> list[Issue]:
    from frictionless import Package  # noqa: PLC0415 - loaded only when needed

    try:
        report = Package.validate_descriptor(descriptor)
    except Exception as error:
        return [_invalid(display, f"Frictionless cannot read the descriptor: {error}")]
    notes = sorted({getattr(e, "note", "") or e.message for e in report.errors})
    return [_invalid(display, f"Frictionless: {note}") for note in notes]


def _schema(
    root: Root, resource: dict[str, Any], display: str, limits: Limits
) -> dict[str, Any] | Issue:
    schema = resource.get("schema")
    if isinstance(schema, str):
        data = root.read(schema, limits)
        if isinstance(data, Issue):
            return data
        checked = check_bytes(data, root.name(schema))
        if checked.body is None:
            return checked.issues[0]
        parsed = parse_json(checked.body.decode("utf-8"), root.name(schema), limits)
        if parsed.issues:
            return parsed.issues[0]
        schema = parsed.top
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        return _invalid(
            display, f"resource {resource.get('name')!r} has no Table Schema with a list of fields"
        )
    return schema


def _is_tabular(resource: dict[str, Any]) -> bool:
    path = str(resource.get("path", ""))
    return (
        resource.get("profile") == "tabular-data-resource"
        or resource.get("type") == "table"
        or "schema" in resource
        or path.lower().endswith(".csv")
    )


def _stale(name: str, schema: dict[str, Any], display: str) -> Issue | None:
    if name not in RESOURCES and name not in CODELIST_INFO:
        return None
    expected = table_schema(name)
    if json.dumps(schema, sort_keys=True) == json.dumps(expected, sort_keys=True):
        return None
    return issue(
        "schema-stale",
        display,
        f"the Table Schema of {name} differs from the one the models generate",
        resource=name,
    )


def read_package(root: Root, descriptor_name: str, limits: Limits) -> PackageFiles:
    """Read and check the descriptor ``descriptor_name`` under ``root``."""
    display = root.name(descriptor_name)
    files = PackageFiles(root, display)
    data = root.read(descriptor_name, limits)
    if isinstance(data, Issue):
        files.issues.append(data)
        return files
    files.read = True
    checked = check_bytes(data, display)
    files.issues.extend(checked.issues)
    if checked.body is None:
        return files
    parsed = parse_json(unicodedata.normalize("NFC", checked.body.decode("utf-8")), display, limits)
    files.issues.extend(parsed.issues)
    descriptor = parsed.top
    if parsed.issues:
        return files
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        files.issues.append(
            _invalid(display, "the descriptor is not an object with a list of resources")
        )
        return files
    files.pending = _BACKGROUND.submit(_frictionless_errors, descriptor, display)
    for index, resource in enumerate(descriptor["resources"]):
        _resource(files, index, resource, limits)
    return files


def _resource(files: PackageFiles, index: int, resource: Any, limits: Limits) -> None:
    display, root = files.display, files.root
    if not isinstance(resource, dict) or not isinstance(resource.get("name"), str):
        files.issues.append(_invalid(display, f"resource {index + 1} has no name"))
        return
    name, path = resource["name"], resource.get("path")
    if not isinstance(path, str):
        files.issues.append(
            _invalid(
                display,
                f"resource {name!r} has no single path (inline "
                "data and multipart paths are not used by this package)",
            )
        )
        return
    if _is_tabular(resource):
        schema = _schema(root, resource, display, limits)
        if isinstance(schema, Issue):
            files.issues.append(schema)
            return
        files.tables.append((RecordFile(root, path, "package", name), schema))
        if name in CODELIST_INFO or path.startswith("codelists/"):
            files.codelists.add(name)
        stale = _stale(name, schema, display)
        if stale is not None:
            files.issues.append(stale)
    elif resource.get("type") == "json" or path.lower().endswith(".json"):
        base = name.removesuffix("-json")
        target = base if base in RESOURCES else resource_of_name(path)
        if target is not None:
            files.json_files.append(RecordFile(root, path, "package", target))


__all__ = ["PackageFiles", "read_package"]
