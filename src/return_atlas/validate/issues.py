"""Problems as data: the catalogue of issue codes and the frozen :class:`Issue` record.

Every problem the validator can report has one entry in :data:`CATALOGUE`, read from
``codes.csv`` next to this module: a stable code (a slug that scripts may rely on), a
severity, a group, a title, a description and a default hint. ``docs/validation-codes.md``
is generated from this catalogue, and every code has a failing example under
``tests/validate_cases/``. A new code is a new row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import Any


class Severity(StrEnum):
    """How bad an issue is: errors make the input invalid, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of the catalogue: what a code means and how to fix it."""

    code: str
    severity: Severity
    group: str
    title: str
    description: str
    hint: str


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found, with where it is and what to do about it.

    ``row`` is the CSV row number as a spreadsheet shows it (the header is row 1);
    ``line`` is a line number in a JSON or YAML file; ``field`` a column or field name;
    ``pointer`` a JSON pointer into a JSON or YAML document.
    """

    code: str
    severity: Severity
    file: str
    message: str
    hint: str
    row: int | None = None
    line: int | None = None
    field: str | None = None
    pointer: str | None = None
    resource: str | None = None

    @property
    def is_error(self) -> bool:
        """True for errors (which make the input invalid)."""
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[Any, ...]:
        """Order of issues in reports: by file, then position, then code."""
        return (
            self.file,
            self.row if self.row is not None else -1,
            self.line if self.line is not None else -1,
            self.pointer or "",
            self.field or "",
            self.code,
            self.message,
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON form; location keys that do not apply are left out."""
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity.value,
            "file": self.file,
        }
        for name in ("resource", "row", "line", "field", "pointer"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        data["message"] = self.message
        data["hint"] = self.hint
        return data


@dataclass(slots=True)
class Catalogue:
    """All codes by name, in documentation order, and the factory of issues."""

    codes: dict[str, Code] = field(default_factory=dict)

    def add(self, entry: Code) -> None:
        """Register one code (codes are unique)."""
        if entry.code in self.codes:
            raise ValueError(f"issue code {entry.code!r} registered twice")
        self.codes[entry.code] = entry

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes.values())

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> Code:
        return self.codes[code]

    def issue(
        self,
        code: str,
        file: str,
        message: str,
        *,
        hint: str | None = None,
        row: int | None = None,
        line: int | None = None,
        field: str | None = None,
        pointer: str | None = None,
        resource: str | None = None,
        severity: Severity | None = None,
    ) -> Issue:
        """An issue of catalogued ``code``; severity and hint default to the catalogue's."""
        entry = self.codes[code]
        return Issue(
            code=code,
            severity=severity or entry.severity,
            file=file,
            message=message,
            hint=hint or entry.hint,
            row=row,
            line=line,
            field=field,
            pointer=pointer,
            resource=resource,
        )


def shown(value: object, limit: int = 60) -> str:
    """A cell value quoted for a message, cut to ``limit`` characters."""
    text = "" if value is None else str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


CATALOGUE = Catalogue()


def _load() -> None:
    """Fill the catalogue from ``codes.csv`` (one row per code, in documentation order)."""
    text = resources.files(__package__).joinpath("codes.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text, newline="")):
        CATALOGUE.add(
            Code(
                row["code"],
                Severity(row["severity"]),
                row["group"],
                row["title"],
                row["description"],
                row["hint"],
            )
        )


_load()

issue = CATALOGUE.issue

__all__ = ["CATALOGUE", "Catalogue", "Code", "Issue", "Severity", "issue", "shown"]
