"""``--engine frictionless``: the reference engine run in place of the vectorised one.

Package tables are validated inside a copy of their package descriptor trimmed to tabular
resources (so that foreign keys resolve); other tables on their own, without foreign keys
(Frictionless needs a package for those).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from return_atlas.validate.issues import issue
from return_atlas.validate.reference import validate_table
from return_atlas.validate.safety import Limits
from return_atlas.validate.sink import Sink

if TYPE_CHECKING:
    from return_atlas.validate.loading import Table
    from return_atlas.validate.package import PackageFiles


def reference_check(
    table: Table,
    package: PackageFiles | None,
    sink: Sink,
    codelists: frozenset[str],
    limits: Limits,
) -> None:
    """Validate ``table`` with Frictionless and add the translated issues to ``sink``."""
    display = table.file.display
    root = table.file.root
    try:
        if package is not None and not root.remote:
            descriptor: dict[str, Any] = {
                "name": "package",
                "resources": [
                    {"name": f.resource, "path": f.relative, "schema": s, "format": "csv"}
                    for f, s in package.tables
                ],
            }
            found = validate_table(
                Path(root.base) / table.file.relative,
                table.schema,
                file=display,
                resource=table.file.resource,
                package=descriptor,
                basepath=Path(root.base),
                codelists=codelists,
            )
        else:
            schema = {k: v for k, v in table.schema.items() if k != "foreignKeys"}
            data = root.read(table.file.relative, limits)
            if not isinstance(data, bytes):
                return
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "table.csv"
                path.write_bytes(data)
                found = validate_table(
                    path, schema, file=display, resource=table.resource, codelists=codelists
                )
    except Exception as error:
        sink.add(issue("internal-error", display, f"Frictionless failed: {error}"))
        return
    sink.extend([i for i in found if i.code != "invalid-utf8"])


__all__ = ["reference_check"]
