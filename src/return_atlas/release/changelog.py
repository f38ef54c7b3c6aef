"""The data changelog of a release and its place in ``CHANGELOG.md``.

The new version takes over the ``## Unreleased`` section (Keep a Changelog practice), a
``### Data`` part is added to it, and a fresh empty ``## Unreleased`` stays on top.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from return_atlas.release.changes import Change
from return_atlas.release.datadiff import ResourceDiff

LIST_LIMIT = 20
_UNRELEASED = re.compile(r"^## \[?unreleased\]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_SECTION = re.compile(r"^## ", re.MULTILINE)


def has_version(text: str, version: str) -> bool:
    """Whether ``CHANGELOG.md`` text already has a section for ``version``."""
    pattern = rf"^## \[?{re.escape(version)}\]?(?:[ \t]|$)"
    return re.search(pattern, text, re.MULTILINE) is not None


def _ids(labels: Sequence[str], details: str) -> str:
    shown = ", ".join(f"`{label}`" for label in labels[:LIST_LIMIT])
    more = len(labels) - LIST_LIMIT
    return shown + (f" and {more} more (all in {details})" if more > 0 else "")


def data_section(
    version: str,
    *,
    previous: str | None,
    level: str,
    changes: Sequence[Change],
    diffs: Sequence[ResourceDiff],
    counts: Mapping[str, int],
) -> str:
    """The ``### Data`` part of the changelog entry of ``version`` (Markdown)."""
    details = f"`releases/{version}/changes.json`"
    lines = ["### Data", ""]
    if previous is None:
        total = ", ".join(f"{name} {n}" for name, n in counts.items())
        lines += [f"First release. Records: {total}.", ""]
        return "\n".join(lines)
    lines += [f"Changes since {previous}, classified {level}.", ""]
    structural = [c for c in changes if not c.code.startswith("records-")]
    if structural:
        lines += ["Schema and metadata:", ""]
        lines += [f"- {c.level.name}: {_where(c)}{c.message}" for c in structural]
        lines.append("")
    touched = [d for d in diffs if not d.empty]
    if not touched:
        lines += ["No record was added, removed or changed.", ""]
        return "\n".join(lines)
    lines += ["Records:", ""]
    for diff in touched:
        noun = "codes" if diff.codelist else "records"
        lines.append(f"- `{diff.resource}` ({diff.before} -> {diff.after} {noun}):")
        if diff.added:
            lines.append(f"  - added {len(diff.added)}: {_ids(diff.added, details)}")
        if diff.removed:
            lines.append(f"  - removed {len(diff.removed)}: {_ids(diff.removed, details)}")
        if diff.changed:
            items = [f"{label} ({', '.join(fields)})" for label, fields in diff.changed.items()]
            lines.append(f"  - changed {len(items)}: {_ids(items, details)}")
    lines.append("")
    return "\n".join(lines)


def _where(c: Change) -> str:
    where = ".".join(p for p in (c.resource, c.field) if p)
    return f"`{where}` " if where else ""


def insert_entry(text: str, version: str, day: str, section: str) -> str:
    """``CHANGELOG.md`` text with the entry of ``version`` (dated ``day``) added."""
    heading = f"## [{version}] - {day}"
    unreleased = _UNRELEASED.search(text)
    if unreleased:
        after = unreleased.end()
        following = _SECTION.search(text, after)
        end = following.start() if following else len(text)
        body = text[after:end].strip("\n")
        entry = "\n\n".join(p for p in (heading, body, section.rstrip("\n")) if p)
        return (
            f"{text[: unreleased.start()]}## Unreleased\n\n{entry}\n\n{text[end:]}".rstrip("\n")
            + "\n"
        )
    first = _SECTION.search(text)
    entry = f"{heading}\n\n{section.rstrip()}\n\n"
    if first:
        return text[: first.start()] + entry + text[first.start() :]
    return (text.rstrip("\n") + "\n\n" if text.strip() else "# Changelog\n\n") + entry
