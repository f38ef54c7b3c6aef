"""A package as the release sees it: its descriptor and the raw rows of its tables.

The same view is read from a built package folder or from a released zip, so the next
release compares like with like. Rows stay raw CSV strings: the writer is the same on both
sides, so equal values are equal strings.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

Row = dict[str, str]
DESCRIPTOR = "datapackage.json"


def is_tabular(resource: Mapping[str, Any]) -> bool:
    """Whether a resource is a CSV table with a Table Schema."""
    return isinstance(resource.get("schema"), dict) and str(resource.get("path", "")).endswith(
        ".csv"
    )


def field_names(resource: Mapping[str, Any]) -> list[str]:
    """Names of the fields of a tabular resource, in order."""
    return [str(f["name"]) for f in resource.get("schema", {}).get("fields", [])]


def primary_key(resource: Mapping[str, Any]) -> list[str]:
    """The primary key fields of a resource (empty when it has none)."""
    key = resource.get("schema", {}).get("primaryKey", [])
    return [key] if isinstance(key, str) else [str(k) for k in key]


def parse_csv(data: bytes) -> list[Row]:
    """Rows of a UTF-8 CSV with one header row (a missing cell becomes ``""``)."""
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return [
        {k: v if v is not None else "" for k, v in row.items() if k is not None} for row in reader
    ]


@dataclass(slots=True)
class Snapshot:
    """A data package's descriptor and a way to read each file it names."""

    descriptor: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    origin: str = ""
    parsed: dict[str, list[Row]] = field(default_factory=dict, repr=False)

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        """Resources by name."""
        return {str(r["name"]): r for r in self.descriptor.get("resources", [])}

    def tables(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(name, resource) of every tabular resource, in descriptor order."""
        for name, resource in self.resources.items():
            if is_tabular(resource):
                yield name, resource

    def rows(self, name: str) -> list[Row]:
        """The rows of the tabular resource ``name``."""
        if name not in self.parsed:
            path = str(self.resources[name]["path"])
            if path not in self.files:
                raise FileNotFoundError(f"{self.origin}: resource {name!r} has no file {path!r}")
            self.parsed[name] = parse_csv(self.files[path])
        return self.parsed[name]


def _safe(relative: str) -> str:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts:
        raise ValueError(f"unsafe path {relative!r} in a package")
    return path.as_posix()


def read_folder(folder: Path) -> Snapshot:
    """The snapshot of a package folder (every file below it, read into memory)."""
    descriptor_path = folder / DESCRIPTOR
    if not descriptor_path.is_file():
        raise FileNotFoundError(f"{folder} has no {DESCRIPTOR}; is it a built package?")
    files = {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
    descriptor = json.loads(files[DESCRIPTOR].decode("utf-8"))
    for resource in descriptor.get("resources", []):
        _safe(str(resource.get("path", "")))
    return Snapshot(descriptor, files, str(folder))


def read_zip(path: Path) -> Snapshot:
    """The snapshot of a release zip, whose entries share one top folder."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        top = {n.split("/", 1)[0] for n in names}
        if len(top) != 1 or f"{next(iter(top))}/{DESCRIPTOR}" not in names:
            raise ValueError(f"{path} is not a release zip (one folder with {DESCRIPTOR})")
        prefix = f"{next(iter(top))}/"
        files = {_safe(n[len(prefix) :]): archive.read(n) for n in names}
    descriptor = json.loads(files[DESCRIPTOR].decode("utf-8"))
    return Snapshot(descriptor, files, str(path))
