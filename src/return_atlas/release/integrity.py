"""Hashes: ``SHA256SUMS`` files and the ``hash``/``bytes`` of every resource of a package.

Shared by the release (which writes them) and the download (which checks them).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SUMS = "SHA256SUMS"
_SUM_LINE = re.compile(r"([0-9a-f]{64}) [ *](.+)")


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def format_sums(sums: Mapping[str, str]) -> str:
    """``SHA256SUMS`` text (``sha256sum -c`` reads it), sorted by file name."""
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))


def parse_sums(text: str) -> dict[str, str]:
    """File name -> hex SHA-256 from ``SHA256SUMS`` text; ``ValueError`` on a malformed line."""
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _SUM_LINE.fullmatch(line.strip())
        if not match:
            raise ValueError(f"{SUMS} line {number} is not '<sha256>  <file>': {line[:80]!r}")
        sums[match.group(2)] = match.group(1)
    return sums


def resource_hash(resource: Mapping[str, Any]) -> str | None:
    """The hex SHA-256 a resource declares (``sha256:<hex>``), or None."""
    declared = resource.get("hash")
    if isinstance(declared, str) and declared.startswith("sha256:"):
        return declared.removeprefix("sha256:")
    return None


def verify_package(folder: Path) -> list[str]:
    """Problems with a package folder: every resource must match its ``hash`` and ``bytes``.

    An empty list means every resource file is present and intact.
    """
    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"datapackage.json cannot be read: {error}"]
    problems: list[str] = []
    for resource in descriptor.get("resources", []):
        path = folder / str(resource.get("path", ""))
        expected = resource_hash(resource)
        if expected is None or "bytes" not in resource:
            problems.append(f"{resource.get('name')}: no sha256 hash and bytes in the descriptor")
            continue
        if not path.is_file():
            problems.append(f"{resource['path']}: missing")
            continue
        size = path.stat().st_size
        if size != resource["bytes"]:
            problems.append(
                f"{resource['path']}: {size} bytes, the descriptor says {resource['bytes']}"
            )
        elif sha256_file(path) != expected:
            problems.append(f"{resource['path']}: SHA-256 differs from the descriptor's hash")
    return problems
