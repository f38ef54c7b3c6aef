"""Where checks put their issues: a list with a cap per kind, so no input exhausts memory.

A file with a million bad rows gives a million issues of one kind; people need the first
few hundred and a count. The sink keeps the first ``cap`` issues of each (file, code, field)
and adds one summary issue of the same code saying how many more there were.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from return_atlas.validate.issues import Issue, issue

#: Default number of issues kept per file, code and field.
DEFAULT_CAP = 1000


@dataclass(slots=True)
class Sink:
    """Collects issues; ``cap`` None keeps every one."""

    cap: int | None = DEFAULT_CAP
    issues: list[Issue] = field(default_factory=list)
    seen: Counter[tuple[str, str, str | None]] = field(default_factory=Counter)

    def room(self, file: str, code: str, field_name: str | None) -> int | None:
        """How many more issues of this kind are kept (None: no limit)."""
        if self.cap is None:
            return None
        return max(0, self.cap - self.seen[(file, code, field_name)])

    def add(self, found: Issue) -> None:
        """Keep ``found`` unless its kind is over the cap (it is counted either way)."""
        key = (found.file, found.code, found.field)
        self.seen[key] += 1
        if self.cap is None or self.seen[key] <= self.cap:
            self.issues.append(found)

    def extend(self, found: list[Issue]) -> None:
        """Add every issue of ``found``."""
        for item in found:
            self.add(item)

    def count(self, file: str, code: str, field_name: str | None, extra: int) -> None:
        """Count ``extra`` issues of a kind that were not built (over the cap)."""
        self.seen[(file, code, field_name)] += extra

    def finish(self) -> list[Issue]:
        """The kept issues, plus one summary per kind over the cap."""
        result = list(self.issues)
        if self.cap is None:
            return result
        for (file, code, field_name), total in self.seen.items():
            if total > self.cap:
                where = f" in {field_name}" if field_name else ""
                result.append(
                    issue(
                        code,
                        file,
                        f"{total - self.cap:,} more issues of this kind{where} "
                        f"({total:,} in all; the first {self.cap:,} are listed)",
                        field=field_name,
                    )
                )
        return result


def unique_issues(issues: list[Issue]) -> list[Issue]:
    """Issues sorted, each place and code once (a code outside a codelist is both an enum
    and a foreign key problem for Frictionless; people need to hear it once)."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Issue] = []
    for found in sorted(issues, key=Issue.sort_key):
        place: tuple[object, ...] = (
            found.file,
            found.row,
            found.line,
            found.pointer,
            found.field,
            found.code,
        )
        if found.row is None and found.line is None:
            place = (*place, found.message)
        if place not in seen:
            seen.add(place)
            kept.append(found)
    return kept


__all__ = ["DEFAULT_CAP", "Sink", "unique_issues"]
