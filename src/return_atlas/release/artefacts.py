"""The release artefacts: expanded descriptor, reproducible zip, ``SHA256SUMS``, index.

Reproducible means byte-identical for the same inputs: zip entries are sorted, stamped with
the release date at midnight, given fixed permissions and compressed at a fixed level.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from return_atlas.release.integrity import sha256_bytes
from return_atlas.release.version import Version

INDEX = "releases.json"
ENTRY_MODE = 0o100644  # regular file, rw-r--r--
COMPRESSION_LEVEL = 9


def zip_name(version: str) -> str:
    """File name of the zip of ``version``."""
    return f"return-atlas-{version}.zip"


def dump_json(data: object) -> bytes:
    """JSON as the package writes it: UTF-8, one-space indent, final newline."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def expand_descriptor(
    descriptor: Mapping[str, Any], files: Mapping[str, bytes], version: str, day: date
) -> dict[str, Any]:
    """The release descriptor: ``version``, ``created`` and each resource's ``hash``/``bytes``."""
    expanded: dict[str, Any] = {}
    for key, value in descriptor.items():
        if key in {"version", "created"}:
            continue
        expanded[key] = value
        if key == "name":
            expanded["version"] = version
            expanded["created"] = f"{day.isoformat()}T00:00:00Z"
    expanded.setdefault("version", version)
    expanded.setdefault("created", f"{day.isoformat()}T00:00:00Z")
    resources = []
    for original in descriptor.get("resources", []):
        data = files[str(original["path"])]
        resource = {k: v for k, v in original.items() if k not in {"hash", "bytes"}}
        resource["hash"] = f"sha256:{sha256_bytes(data)}"
        resource["bytes"] = len(data)
        resources.append(resource)
    expanded["resources"] = resources
    return expanded


def zip_bytes(top: str, files: Mapping[str, bytes], day: date) -> bytes:
    """A deterministic zip of ``files`` (relative path -> bytes) inside folder ``top``."""
    buffer = io.BytesIO()
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = ENTRY_MODE << 16
            archive.writestr(info, files[name], compresslevel=COMPRESSION_LEVEL)
    return buffer.getvalue()


def index_entry(
    version: str, day: date, zip_data: bytes, level: str, previous: str | None
) -> dict[str, Any]:
    """The entry of one release in ``releases.json``."""
    return {
        "version": version,
        "date": day.isoformat(),
        "zip": zip_name(version),
        "sha256": sha256_bytes(zip_data),
        "bytes": len(zip_data),
        "changes": level,
        "previous": previous,
    }


def build_index(entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``releases.json``: every release, newest first, and which one is the latest."""
    ordered = sorted(entries, key=lambda e: Version.parse(str(e["version"])), reverse=True)
    return {
        "name": "return-atlas",
        "latest": ordered[0]["version"] if ordered else None,
        "releases": list(ordered),
    }
