"""A change between two releases: a small frozen record with a stable code and a level.

Every code is listed once in ``CODES`` with the level it needs and what it means, following
the Data Package Version recipe (https://specs.frictionlessdata.io/patterns/#data-package-version):
MAJOR breaks users, MINOR adds, PATCH corrects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from return_atlas.release.version import Level

#: code -> (level, meaning). Codes whose level depends on the case carry the highest one.
CODES: dict[str, tuple[Level, str]] = {
    "package-renamed": (Level.MAJOR, "the package name changed"),
    "license-changed": (Level.MAJOR, "the data licence changed; users must check their rights"),
    "package-metadata-changed": (Level.PATCH, "descriptive package metadata changed"),
    "package-property-changed": (Level.MAJOR, "a package property that readers use changed"),
    "resource-removed": (Level.MAJOR, "a resource was removed"),
    "resource-renamed": (Level.MAJOR, "a resource was renamed"),
    "resource-added": (Level.MINOR, "a resource was added"),
    "resource-path-changed": (Level.MAJOR, "a resource moved to another path"),
    "resource-property-changed": (Level.MAJOR, "a resource property that readers use changed"),
    "resource-metadata-changed": (Level.PATCH, "a resource's title or description changed"),
    "field-removed": (Level.MAJOR, "a field was removed"),
    "field-renamed": (Level.MAJOR, "a field was renamed"),
    "field-added": (Level.MINOR, "an optional field was added"),
    "required-field-added": (Level.MAJOR, "a required field was added"),
    "fields-reordered": (Level.MAJOR, "fields changed their order"),
    "type-narrowed": (Level.MAJOR, "a field's type changed to a narrower or different one"),
    "type-widened": (Level.MINOR, "a field's type changed to a wider one"),
    "format-changed": (Level.MAJOR, "a field's format changed"),
    "format-removed": (Level.MINOR, "a field's format was dropped (any value of its type)"),
    "constraint-tightened": (Level.MAJOR, "a field constraint became more restrictive"),
    "constraint-relaxed": (Level.MINOR, "a field constraint became less restrictive"),
    "codes-removed": (Level.MAJOR, "codes were removed from a codelist or enum (narrowed)"),
    "codes-added": (Level.MINOR, "codes were added to a codelist or enum"),
    "field-property-changed": (Level.MAJOR, "a field property that readers use changed"),
    "field-metadata-changed": (Level.PATCH, "a field's title, description or example changed"),
    "primary-key-changed": (Level.MAJOR, "a primary key changed"),
    "foreign-key-removed": (Level.MAJOR, "a foreign key was removed"),
    "foreign-key-added": (Level.MAJOR, "a foreign key was added to existing fields"),
    "foreign-key-added-with-field": (Level.MINOR, "a foreign key came with a new field"),
    "schema-property-changed": (Level.MAJOR, "a Table Schema property changed"),
    "records-removed": (Level.MAJOR, "records were removed"),
    "records-added": (Level.MINOR, "records were added"),
    "records-changed": (Level.PATCH, "values of existing records were corrected"),
}


@dataclass(frozen=True, slots=True)
class Change:
    """One classified difference between the previous release and the new one."""

    code: str
    level: Level
    message: str
    resource: str | None = None
    field: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        """JSON form."""
        return {
            "code": self.code,
            "level": self.level.name,
            "resource": self.resource,
            "field": self.field,
            "message": self.message,
        }

    def __str__(self) -> str:
        where = ".".join(p for p in (self.resource, self.field) if p)
        return f"{self.level.name:<5}  {where + ': ' if where else ''}{self.message}"


def change(
    code: str, message: str, resource: str | None = None, field: str | None = None
) -> Change:
    """A change whose level is the one its code has in ``CODES``."""
    return Change(code, CODES[code][0], message, resource, field)


def required_level(changes: Iterable[Change]) -> Level:
    """The highest level among ``changes`` (``Level.NONE`` when there are none)."""
    return max((c.level for c in changes), default=Level.NONE)
