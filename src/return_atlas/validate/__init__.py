"""Stage 7: validation of the package, contributed records and single record files.

``validate(paths)`` returns a :class:`Report` of :class:`Issue` records; nothing here raises
for bad input. See ``docs/validation-codes.md`` for every issue code. The heavy parts
(polars, the models) load on first use, so that ``return-atlas --help`` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from return_atlas.validate.issues import CATALOGUE, Catalogue, Code, Issue, Severity
from return_atlas.validate.report import EXIT_ERROR, EXIT_INVALID, EXIT_VALID, Report
from return_atlas.validate.safety import DEFAULT_MAX_BYTES
from return_atlas.validate.sink import DEFAULT_CAP

if TYPE_CHECKING:
    from return_atlas.validate.runner import DEFAULT_MODEL_ROWS, ENGINES, validate

_LAZY = {"validate", "DEFAULT_MODEL_ROWS", "ENGINES"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from return_atlas.validate import runner  # noqa: PLC0415 - polars loads on use

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATALOGUE",
    "DEFAULT_CAP",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MODEL_ROWS",
    "ENGINES",
    "EXIT_ERROR",
    "EXIT_INVALID",
    "EXIT_VALID",
    "Catalogue",
    "Code",
    "Issue",
    "Report",
    "Severity",
    "validate",
]
