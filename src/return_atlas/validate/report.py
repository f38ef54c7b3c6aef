"""The outcome of a validation run: issues, files read, notes, and the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from return_atlas.validate.issues import Issue, Severity

EXIT_VALID, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


@dataclass(slots=True)
class Report:
    """Issues found (sorted), files read, notes on how the run went.

    ``could_not_run`` is true when no input at all could be read (every path missing,
    refused or unreadable): the exit code is then 2 rather than 1.
    """

    issues: list[Issue] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    could_not_run: bool = False
    seconds: float = 0.0

    @property
    def errors(self) -> list[Issue]:
        """Issues of severity error."""
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        """Issues of severity warning."""
        return [i for i in self.issues if i.severity is Severity.WARNING]

    @property
    def valid(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors and not self.could_not_run

    @property
    def exit_code(self) -> int:
        """0 valid, 1 invalid, 2 could not run."""
        if self.could_not_run:
            return EXIT_ERROR
        return EXIT_VALID if self.valid else EXIT_INVALID

    def counts(self) -> Counter[str]:
        """Number of issues per code."""
        return Counter(i.code for i in self.issues)

    def as_dict(self) -> dict[str, object]:
        """JSON form of the whole report."""
        return {
            "valid": self.valid,
            "exit_code": self.exit_code,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "files": self.files,
            "notes": self.notes,
            "seconds": round(self.seconds, 3),
            "issues": [i.as_dict() for i in self.issues],
        }


__all__ = ["EXIT_ERROR", "EXIT_INVALID", "EXIT_VALID", "Report"]
