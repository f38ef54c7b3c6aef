"""Removals of wrong links: loaded with their key, checked by the gate as by the build, and
merged by dropping exactly the removed row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from frictionless import Package

from return_atlas.contributions import load, merge
from return_atlas.package.writer import write_package
from return_atlas.validate import validate
from tests.test_contributions import extracted, write

Row = dict[str, Any]

REMOVAL = """\
- record_type: correction
  resource: initiative_countries
  remove:
    initiative_id: ini-rt.1297
    country: POL
    role: location
  reason: Poland is where the returnees came from, not where the project works.
  source_url: https://example.org/reports/rt-1297
"""
LINKS = [
    {"initiative_id": "ini-rt.1297", "country": "POL", "role": "location"},
    {"initiative_id": "ini-rt.1297", "country": "SEN", "role": "location"},
]


def linked() -> dict[str, list[Row]]:
    """The tiny build of test_contributions with two countries and a funder."""
    tables = extracted()
    tables["initiative_countries"] = [dict(link) for link in LINKS]
    tables["organizations"] = [
        {"organization_id": "eu", "name": "European Union", "organization_type": "other"}
    ]
    tables["initiative_organizations"] = [
        {"initiative_id": "ini-rt.1297", "organization_id": "eu", "role": "funder"}
    ]
    return tables


def codes(issues: list[Any]) -> set[str]:
    return {i.code for i in issues}


def test_removal_is_loaded_with_its_key(tmp_path: Path) -> None:
    contributions = load(write(tmp_path / "c", {"fix.yaml": REMOVAL}))
    assert contributions.issues == []
    [removal] = contributions.corrections
    assert removal.resource == "initiative_countries"
    assert removal.removal == LINKS[0]
    assert removal.changes == {}
    assert removal.where.at("country") == (5, "/0/remove/country")


@pytest.mark.parametrize(
    ("text", "code", "pointer"),
    [
        (REMOVAL.replace("    country: POL\n", ""), "correction-incomplete", "/0/remove"),
        (REMOVAL.replace("    role:", "    colour: red\n    role:"), "unknown-field", None),
        (REMOVAL.replace("  remove:", "  id: ini-rt.1297\n  remove:"), "unknown-field", "/0/id"),
        (REMOVAL.replace("  reason: Poland", "  note: Poland"), "correction-incomplete", "/0"),
        (
            REMOVAL.replace("  source_url: https://example.org/reports/rt-1297\n", ""),
            "correction-incomplete",
            "/0",
        ),
        (
            "- record_type: correction\n  resource: initiative_countries\n  remove: POL\n"
            "  reason: r\n  source_url: https://example.org/x\n",
            "correction-incomplete",
            "/0",
        ),
        (
            REMOVAL.replace("initiative_countries", "initiatives"),
            "removal-not-supported",
            "/0/remove",
        ),
    ],
)
def test_bad_removals_are_refused_when_loading(
    tmp_path: Path, text: str, code: str, pointer: str | None
) -> None:
    contributions = load(write(tmp_path / "c", {"fix.yaml": text}))
    assert contributions.corrections == []
    found = [i for i in contributions.issues if i.code == code]
    assert found, [i.as_dict() for i in contributions.issues]
    assert all(i.line is not None for i in found)
    if pointer is not None:
        assert pointer in {i.pointer for i in found}


def package(tmp_path: Path, tables: dict[str, list[Row]] | None = None) -> Path:
    result = write_package(tables or linked(), tmp_path / "datapackage")
    assert not result.dropped
    return tmp_path / "datapackage"


def gate(tmp_path: Path, files: dict[str, str]) -> set[str]:
    package(tmp_path)
    write(tmp_path / "contributions", files)
    report = validate(["datapackage", "contributions"], cwd=tmp_path)
    return codes(report.issues)


OTHER_COUNTRY = REMOVAL.replace("country: POL", "country: SEN")
ADD_POL = """\
- record_type: initiative_countries
  initiative_id: ini-rt.1297
  country: POL
  role: location
  source_url: https://example.org/pol
"""


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"fix.yaml": REMOVAL}, set()),
        ({"fix.yaml": OTHER_COUNTRY}, set()),
        ({"fix.yaml": REMOVAL.replace("POL", "FRA")}, {"correction-unknown-record"}),
        (
            {"fix.yaml": REMOVAL.replace("role: location", "role: beneficiary")},
            {"correction-unknown-record"},
        ),
        ({"a.yaml": REMOVAL, "b.yaml": REMOVAL}, {"duplicate-contribution"}),
        ({"a.yaml": REMOVAL, "b.yaml": ADD_POL}, {"contribution-conflict"}),
        (
            {"fix.yaml": REMOVAL.replace("POL", "XKX").replace("http", "ftp")},
            {"correction-unknown-record", "correction-incomplete"},
        ),
    ],
)
def test_gate_and_build_find_the_same_problems(
    tmp_path: Path, files: dict[str, str], expected: set[str]
) -> None:
    assert gate(tmp_path, files) == expected
    _, issues = merge(linked(), tmp_path / "contributions")
    assert codes(issues) == expected


def test_removal_of_a_contributed_link_is_a_conflict_and_neither_applies(tmp_path: Path) -> None:
    added = ADD_POL.replace("ini-rt.1297", "ini-rt.1297").replace("POL", "FRA")
    removal = REMOVAL.replace("POL", "FRA")
    folder = write(tmp_path / "c", {"a.yaml": removal, "b.yaml": added})
    tables, issues = merge(linked(), folder)
    assert "contribution-conflict" in codes(issues)
    assert tables["initiative_countries"] == LINKS


def test_removal_and_correction_of_one_record_conflict(tmp_path: Path) -> None:
    """Links cannot be corrected by id today; the shared check is ready for when they can."""
    from return_atlas.validate.contributed import correction_key, removal_conflicts

    folder = write(tmp_path / "c", {"a.yaml": REMOVAL, "b.yaml": REMOVAL.replace("POL", "SEN")})
    [first, second] = load(folder).corrections
    second.removal, second.record_id = None, correction_key(first)
    second.changes = {"role": "beneficiary"}
    found, contested = removal_conflicts([first, second], {})
    assert codes(found) == {"contribution-conflict"}
    assert contested == {id(first), id(second)}


def test_build_drops_only_the_removed_link(tmp_path: Path) -> None:
    folder = write(tmp_path / "contributions", {"fix.yaml": REMOVAL})
    tables, issues = merge(linked(), folder)
    assert issues == []
    assert tables["initiative_countries"] == LINKS[1:]
    assert tables["initiative_organizations"] == linked()["initiative_organizations"]
    contributed = [r for r in tables["sources"] if r["file"] == "contributions/fix.yaml"]
    assert [r["url"] for r in contributed] == ["https://example.org/reports/rt-1297"]
    assert tables["provenance"] == linked()["provenance"]  # nothing cited for a removal

    with_removal = write_package(tables, tmp_path / "datapackage").path
    without = write_package(linked(), tmp_path / "plain").path
    changed = {
        path.relative_to(without).as_posix()
        for path in without.rglob("*.csv")
        if path.read_bytes() != (with_removal / path.relative_to(without)).read_bytes()
    }
    assert changed == {"data/initiative_countries.csv", "data/sources.csv"}
    lines = (with_removal / "data/initiative_countries.csv").read_text().splitlines()
    assert lines == ["initiative_id,country,role", "ini-rt.1297,SEN,location"]

    report = validate(["datapackage", "contributions"], cwd=tmp_path)
    assert report.valid, [i.as_dict() for i in report.issues]
    checked = Package(str(with_removal / "datapackage.json")).validate()
    assert checked.valid, [e.message for task in checked.tasks for e in task.errors][:10]
    # the package's sources vouch for the file that removed the link, not for an edited one
    (folder / "fix.yaml").write_text(REMOVAL.replace("Poland is", "Poland was"))
    report = validate(["datapackage", "contributions"], cwd=tmp_path)
    assert codes(report.issues) == {"correction-unknown-record"}


def test_removal_is_deterministic_and_streams_like_merge(tmp_path: Path) -> None:
    from return_atlas.contributions import Merger

    folder = write(tmp_path / "c", {"a.yaml": REMOVAL, "b.yaml": REMOVAL})
    assert merge(linked(), folder) == merge(linked(), folder)
    merger = Merger(folder)
    merger.stream({"sources": linked()["sources"]})
    merged, issues = merger.finish({"initiative_countries": linked()["initiative_countries"]})
    assert merged["initiative_countries"] == LINKS[1:]
    assert codes(issues) == {"duplicate-contribution"}
