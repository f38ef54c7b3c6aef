"""Documentation shipped in a release: dataset README, licence, data dictionary, coverage.

Everything is derived from the package itself (descriptor and rows), so it cannot drift from
the data it describes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from return_atlas.release.snapshot import Snapshot

_YEAR = re.compile(r"(\d{4})(?:$|-)")
COUNTRY_FIELD = re.compile(r"(?:^|_)country$")
DATE_FIELDS = frozenset({"start", "end", "year", "published"})
DATE_TYPES = frozenset({"date", "datetime", "year", "yearmonth"})
CODELIST_FOLDER = "codelists/"


@dataclass(slots=True)
class Coverage:
    """What the data covers: countries, years and languages."""

    countries: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    languages: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, object]:
        """JSON form."""
        return {
            "countries": self.countries,
            "years": [min(self.years), max(self.years)] if self.years else [],
            "languages": dict(sorted(self.languages.items())),
        }


def counts(snapshot: Snapshot) -> dict[str, int]:
    """Number of records of every tabular resource."""
    return {name: len(snapshot.rows(name)) for name, _ in snapshot.tables()}


def coverage(snapshot: Snapshot) -> Coverage:
    """Countries (``country``/``*_country`` fields), years (date fields), languages."""
    countries: set[str] = set()
    years: set[int] = set()
    result = Coverage()
    for name, resource in snapshot.tables():
        if str(resource.get("path", "")).startswith(CODELIST_FOLDER):
            continue
        fields = resource["schema"].get("fields", [])
        country = [f["name"] for f in fields if COUNTRY_FIELD.search(f["name"])]
        dated = [f["name"] for f in fields if _is_date(f)]
        has_language = any(f["name"] == "language" for f in fields)
        for row in snapshot.rows(name):
            countries.update(row[f] for f in country if row.get(f))
            for f in dated:
                match = _YEAR.match(row.get(f) or "")
                if match:
                    years.add(int(match.group(1)))
            if has_language and name == "sources" and row.get("language"):
                result.languages[row["language"]] += 1
    result.countries = sorted(countries)
    result.years = sorted(years)
    return result


def _is_date(field: Mapping[str, Any]) -> bool:
    """Dates by type, a ``year`` field, or partial-date strings named start, end, published."""
    kind = field.get("type", "string")
    if kind in DATE_TYPES or field["name"] == "year":
        return True
    return field["name"] in DATE_FIELDS and kind == "string"


def _cell(text: object) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def data_dictionary(descriptor: Mapping[str, Any]) -> str:
    """A data dictionary from the Table Schemas (used when no generated one is given)."""
    lines = [f"# Data dictionary: {descriptor.get('title', descriptor.get('name'))}", ""]
    for resource in descriptor.get("resources", []):
        schema = resource.get("schema")
        if not isinstance(schema, dict):
            continue
        lines += [f"## {resource['name']} (`{resource['path']}`)", ""]
        if resource.get("description"):
            lines += [_cell(resource["description"]), ""]
        key = schema.get("primaryKey")
        if key:
            lines += [f"Primary key: `{', '.join([key] if isinstance(key, str) else key)}`.", ""]
        lines += ["| field | type | required | description |", "| --- | --- | --- | --- |"]
        for f in schema.get("fields", []):
            required = "yes" if f.get("constraints", {}).get("required") else ""
            kind = f.get("type", "any") + (f"<{f['itemType']}>" if f.get("itemType") else "")
            lines.append(f"| `{f['name']}` | {kind} | {required} | {_cell(f.get('description'))} |")
        lines.append("")
    return "\n".join(lines)


def licence_text(descriptor: Mapping[str, Any]) -> str:
    """``LICENSE.md`` of the dataset: its licences and the attribution they require."""
    lines = ["# Licence", ""]
    for licence in descriptor.get("licenses", []):
        title = licence.get("title") or licence.get("name")
        lines.append(
            f"The data are released under {title} ({licence.get('name')}): "
            f"{licence.get('path', '')}".rstrip(": ")
        )
    if descriptor.get("attribution"):
        lines += ["", "## Attribution", "", _cell(descriptor["attribution"])]
    lines += [
        "",
        "The software that builds the data is distributed separately, under its own "
        "licence (see the project's repository).",
    ]
    return "\n".join(lines) + "\n"


def readme(
    snapshot: Snapshot,
    version: str,
    *,
    day: date,
    previous: str | None,
    level: str,
    cover: Coverage,
    sizes: Mapping[str, int],
) -> str:
    """The dataset README of a release."""
    d = snapshot.descriptor
    title = d.get("title", d.get("name", "Dataset"))
    lines = [f"# {title}", "", f"Version {version}, released {day.isoformat()}.", ""]
    if d.get("description"):
        lines += [_cell(d["description"]), ""]
    if previous:
        lines += [
            f"Previous release: {previous}; this one's changes are {level} "
            "(see CHANGELOG.md of the project).",
            "",
        ]
    licences = ", ".join(str(x.get("name")) for x in d.get("licenses", [])) or "see LICENSE.md"
    lines += ["## Licence and attribution", "", f"Licence: {licences} (see LICENSE.md)."]
    if d.get("attribution"):
        lines += ["", _cell(d["attribution"])]
    lines += [
        "",
        "## How to cite",
        "",
        f"{_contributors(d)} ({day.year}). {title}. Version {version} [Data set]. "
        f"{d.get('homepage', '')}".rstrip(),
        "",
    ]
    lines += _contents(snapshot, sizes)
    lines += ["## Coverage", "", *_coverage_lines(cover), ""]
    lines += [
        "## Files and integrity",
        "",
        "- `datapackage.json`: the Frictionless Data Package descriptor, with the Table Schema, "
        "the SHA-256 `hash` and the `bytes` of every resource.",
        "- `data/`: the records as CSV; `codelists/`: the codelists as CSV; `json/`: the same "
        "records in nested JSON form; `schemas/`: their JSON Schemas.",
        "- `data-dictionary.md`: every field with its type and meaning.",
        "- `LICENSE.md`: the licence and the attribution it requires.",
        "",
        "Check the files against the descriptor with `frictionless validate datapackage.json`, "
        "or fetch a verified copy with `return-atlas download " + version + "`.",
        "",
    ]
    return "\n".join(lines)


def _contributors(descriptor: Mapping[str, Any]) -> str:
    names = [str(c.get("title")) for c in descriptor.get("contributors", []) if c.get("title")]
    return ", ".join(names) or str(descriptor.get("name", ""))


def _contents(snapshot: Snapshot, sizes: Mapping[str, int]) -> list[str]:
    data = [
        "## Resources",
        "",
        "| resource | file | records | description |",
        "| --- | --- | ---: | --- |",
    ]
    codes = ["## Codelists", "", "| codelist | file | codes |", "| --- | --- | ---: |"]
    for name, resource in snapshot.tables():
        path = str(resource["path"])
        if path.startswith(CODELIST_FOLDER):
            codes.append(f"| {name} | `{path}` | {sizes.get(name, 0)} |")
        else:
            data.append(
                f"| {name} | `{path}` | {sizes.get(name, 0)} | {_cell(resource.get('title'))} |"
            )
    return [*data, "", *(codes if len(codes) > 4 else []), *([""] if len(codes) > 4 else [])]


def _coverage_lines(cover: Coverage) -> list[str]:
    lines = []
    if cover.countries:
        lines.append(f"- Countries: {len(cover.countries)} ({', '.join(cover.countries)}).")
    else:
        lines.append("- Countries: none recorded.")
    if cover.years:
        lines.append(
            f"- Years: {min(cover.years)}–{max(cover.years)} "
            f"({len(cover.years)} distinct years mentioned in dates)."
        )
    else:
        lines.append("- Years: none recorded.")
    if cover.languages:
        shown = ", ".join(
            f"{code} ({n} source{'' if n == 1 else 's'})"
            for code, n in sorted(cover.languages.items())
        )
        lines.append(f"- Languages of the sources: {shown}.")
    return lines
