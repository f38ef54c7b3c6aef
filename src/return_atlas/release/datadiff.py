"""Records added, removed and changed per resource between two snapshots.

Records are matched by primary key; a table without one is compared as a multiset of whole
rows. Values are compared on the fields both versions have (a field added or removed is a
schema change, not a change of every record).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from return_atlas.release.changes import Change, change
from return_atlas.release.snapshot import Row, Snapshot, field_names, primary_key

CODELIST_FOLDER = "codelists/"


@dataclass(slots=True)
class ResourceDiff:
    """What happened to the records of one tabular resource."""

    resource: str
    key: list[str]
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    codelist: bool = False
    before: int = 0
    after: int = 0

    @property
    def empty(self) -> bool:
        """Whether no record was added, removed or changed."""
        return not (self.added or self.removed or self.changed)

    def as_dict(self) -> dict[str, object]:
        """JSON form."""
        return {
            "resource": self.resource,
            "key": self.key,
            "records_before": self.before,
            "records_after": self.after,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
        }


def _label(row: Row, fields: Sequence[str]) -> str:
    return " | ".join(row.get(name, "") for name in fields)


def diff_rows(
    resource: str, key: list[str], old: Sequence[Row], new: Sequence[Row], common: list[str]
) -> ResourceDiff:
    """Compare the rows of one resource by ``key`` (whole rows over ``common`` when empty)."""
    result = ResourceDiff(resource, key, before=len(old), after=len(new))
    if key:
        before = {_label(row, key): row for row in old}
        after = {_label(row, key): row for row in new}
        result.added = [k for k in after if k not in before]
        result.removed = [k for k in before if k not in after]
        for label, row in after.items():
            previous = before.get(label)
            if previous is not None:
                fields = [f for f in common if previous.get(f, "") != row.get(f, "")]
                if fields:
                    result.changed[label] = fields
        return result
    old_counts = Counter(_label(row, common) for row in old)
    new_counts = Counter(_label(row, common) for row in new)
    result.added = list((new_counts - old_counts).elements())
    result.removed = list((old_counts - new_counts).elements())
    return result


def diff_data(old: Snapshot, new: Snapshot) -> list[ResourceDiff]:
    """One ``ResourceDiff`` per tabular resource of either snapshot, in new-descriptor order."""
    old_tables = dict(old.tables())
    new_tables = dict(new.tables())
    diffs: list[ResourceDiff] = []
    for name in [*new_tables, *(n for n in old_tables if n not in new_tables)]:
        old_resource, new_resource = old_tables.get(name), new_tables.get(name)
        old_rows = old.rows(name) if old_resource else []
        new_rows = new.rows(name) if new_resource else []
        resource = new_resource or old_resource or {}
        key = primary_key(resource)
        if old_resource and new_resource:
            if primary_key(old_resource) != key:
                key = []
            new_fields = set(field_names(new_resource))
            common = [f for f in field_names(old_resource) if f in new_fields]
        else:
            common = field_names(resource)
        if any(f not in common for f in key):
            key = []
        diff = diff_rows(name, key, old_rows, new_rows, common)
        diff.codelist = str(resource.get("path", "")).startswith(CODELIST_FOLDER)
        diffs.append(diff)
    return diffs


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _sample(labels: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(labels[:limit])
    return shown + (f" and {len(labels) - limit} more" if len(labels) > limit else "")


def data_changes(diffs: Sequence[ResourceDiff], old: Snapshot, new: Snapshot) -> list[Change]:
    """Classify record diffs; resources added or removed are left to the schema diff."""
    old_tables = dict(old.tables())
    new_tables = dict(new.tables())
    changes: list[Change] = []
    for diff in diffs:
        if diff.resource not in old_tables or diff.resource not in new_tables:
            continue
        noun = "code" if diff.codelist else "record"
        if diff.removed:
            code = "codes-removed" if diff.codelist else "records-removed"
            changes.append(
                change(
                    code,
                    f"{_count(len(diff.removed), noun)} removed: {_sample(diff.removed)}",
                    diff.resource,
                )
            )
        if diff.added:
            code = "codes-added" if diff.codelist else "records-added"
            changes.append(
                change(
                    code,
                    f"{_count(len(diff.added), noun)} added: {_sample(diff.added)}",
                    diff.resource,
                )
            )
        if diff.changed:
            fields = sorted({f for names in diff.changed.values() for f in names})
            changes.append(
                change(
                    "records-changed",
                    f"{_count(len(diff.changed), noun)} changed in {', '.join(fields)}",
                    diff.resource,
                )
            )
    return changes
