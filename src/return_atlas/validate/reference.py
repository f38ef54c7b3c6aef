"""The reference: Frictionless's own validation, with its errors translated into our issues.

``return-atlas validate --engine frictionless`` uses it instead of the vectorised engine,
and the differential tests compare the two. Translation happens here and nowhere else.
The CSV dialect is stated (:data:`CSV_DIALECT`), as the package's descriptor should state
it too: Frictionless would otherwise guess the delimiter and the header row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from return_atlas.package.descriptor import CSV_DIALECT
from return_atlas.validate.constraints import CODES
from return_atlas.validate.issues import Issue, issue

_CONSTRAINT = re.compile(r'constraint "(\w+)"')
_SAME_CODE = {
    "type-error": "type-error",
    "missing-cell": "missing-cell",
    "extra-cell": "extra-cell",
    "blank-row": "blank-row",
    "blank-label": "blank-label",
    "duplicate-label": "duplicate-label",
    "incorrect-label": "incorrect-label",
    "extra-label": "extra-label",
    "missing-label": "missing-label",
    "blank-header": "blank-header",
    "unique-error": "duplicate-value",
    "encoding-error": "invalid-utf8",
}


def translate(error: Any, file: str, resource: str | None, codelists: Iterable[str] = ()) -> Issue:
    """One Frictionless error as an issue of our catalogue."""
    kind = error.type
    note = getattr(error, "note", "") or ""
    row = getattr(error, "row_number", None)
    field = getattr(error, "field_name", None) or None
    code = _SAME_CODE.get(kind)
    if kind == "constraint-error":
        found = _CONSTRAINT.search(note)
        code = CODES.get(found.group(1), "record-invalid") if found else "record-invalid"
    elif kind == "primary-key":
        code = "blank-primary-key" if "None" in note else "duplicate-primary-key"
        field = None
    elif kind == "foreign-key":
        target = getattr(error, "reference_name", "")
        code = "unknown-code" if target in set(codelists) else "unknown-reference"
        field = ", ".join(getattr(error, "field_names", []) or []) or None
    elif kind == "extra-cell":
        field = None
    elif kind == "source-error" and "empty" in note:
        code = "empty-file"
    elif code is None:
        code = "record-invalid"
    if kind in ("extra-label",):
        field = None
    if row is None and kind.endswith("label"):
        row = 1
    return issue(
        code or "record-invalid", file, f"{error.message}", row=row, field=field, resource=resource
    )


def validate_table(
    path: Path,
    schema: dict[str, Any],
    *,
    file: str,
    resource: str | None = None,
    package: dict[str, Any] | None = None,
    basepath: Path | None = None,
    codelists: Iterable[str] = (),
) -> list[Issue]:
    """Frictionless's validation of one CSV table (in ``package`` when references need it)."""
    from frictionless import Dialect, Package, Resource, Schema, system  # noqa: PLC0415 - loaded only when needed

    with system.use_context(trusted=True):
        if package is not None:
            package = {
                **package,
                "resources": [{**r, "dialect": CSV_DIALECT} for r in package["resources"]],
            }
            pkg = Package.from_descriptor(package, basepath=str(basepath or path.parent))
            table = pkg.get_resource(resource or "")
        else:
            table = Resource(
                path=str(path),
                schema=Schema.from_descriptor(schema),
                dialect=Dialect.from_descriptor(CSV_DIALECT),
            )
        report = table.validate(limit_errors=10**9)
    issues: list[Issue] = []
    for task in report.tasks:
        issues.extend(translate(e, file, resource, codelists) for e in task.errors)
    issues.extend(translate(e, file, resource, codelists) for e in report.errors)
    return issues


__all__ = ["CSV_DIALECT", "translate", "validate_table"]
