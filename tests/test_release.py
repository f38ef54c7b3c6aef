"""Releases: semantic versions for data, the gate, the changelog and reproducible artefacts.

Packages here are small hand-written data packages in tmp folders; the last tests release
the package built from the development corpus (the done criterion of the release issue).
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from return_atlas.cli import main
from return_atlas.release import (
    CODES,
    Level,
    ReleaseRefused,
    ReleaseResult,
    Version,
    list_releases,
    make_release,
    plan_release,
    release_date,
)
from return_atlas.release.changelog import insert_entry
from return_atlas.release.datadiff import diff_rows
from return_atlas.release.docs import coverage
from return_atlas.release.gate import GateStep, Step, suite_step
from return_atlas.release.integrity import parse_sums, sha256_file, verify_package
from return_atlas.release.schemadiff import diff_descriptors, diff_fields
from return_atlas.release.snapshot import Snapshot
from return_atlas.release.version import bump_level

DAY = date(2025, 3, 14)
CHANGELOG = "# Changelog\n\n## Unreleased\n\n### Software\n- The converter.\n"
ITEM_FIELDS: list[dict[str, Any]] = [
    {"name": "item_id", "type": "string", "constraints": {"required": True, "unique": True}},
    {"name": "title", "type": "string", "description": "What it is called."},
    {"name": "country", "type": "string"},
    {"name": "start", "type": "string"},
    {"name": "amount", "type": "number"},
    {"name": "count", "type": "integer"},
    {"name": "tags", "type": "list", "delimiter": ";", "itemType": "string"},
]
ITEMS: list[dict[str, str]] = [
    {"item_id": "a1", "title": "Alpha", "country": "SEN", "start": "2019-05",
     "amount": "1500.5", "count": "3", "tags": "x;y"},
    {"item_id": "b2", "title": "Beta", "country": "MLI", "start": "2021",
     "amount": "", "count": "", "tags": ""},
]  # fmt: skip
SOURCES = [{"source_id": "s1", "language": "en"}, {"source_id": "s2", "language": "fr"}]
CODES_ROWS = [{"code": "active", "label_en": "Active"}, {"code": "completed", "label_en": "Done"}]


def write_csv(path: Path, fields: Sequence[str], rows: Sequence[dict[str, str]]) -> None:
    """A CSV as the package writer makes it: UTF-8, ``\\n`` line ends, one header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def make_package(
    folder: Path,
    items: Sequence[dict[str, str]] = ITEMS,
    *,
    fields: Sequence[dict[str, Any]] = ITEM_FIELDS,
    codes: Sequence[dict[str, str]] = CODES_ROWS,
) -> Path:
    """Write a small data package (two tables, a codelist, a JSON copy) into ``folder``."""
    if folder.exists():
        shutil.rmtree(folder)
    names = [f["name"] for f in fields]
    rows = [{k: v for k, v in row.items() if k in names} for row in items]
    write_csv(folder / "data" / "items.csv", names, rows)
    write_csv(folder / "data" / "sources.csv", ["source_id", "language"], SOURCES)
    write_csv(folder / "codelists" / "statuses.csv", ["code", "label_en"], codes)
    (folder / "json").mkdir()
    (folder / "json" / "items.json").write_text(json.dumps(rows) + "\n", encoding="utf-8")
    (folder / "build-report.json").write_text("{}\n", encoding="utf-8")

    def table(name: str, path: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"name": name, "path": path, "profile": "tabular-data-resource",
                "title": f"The {name}", "format": "csv", "mediatype": "text/csv",
                "encoding": "utf-8", "schema": schema}  # fmt: skip

    descriptor = {
        "name": "return-atlas",
        "title": "Return Atlas test package",
        "description": "A small package for the release tests.",
        "homepage": "https://example.org/return-atlas",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "attribution": "Facts from public pages.",
        "contributors": [{"title": "Return Atlas contributors", "role": "author"}],
        "resources": [
            table("items", "data/items.csv",
                  {"fields": copy.deepcopy(list(fields)), "primaryKey": ["item_id"]}),
            table("sources", "data/sources.csv",
                  {"fields": [{"name": "source_id", "type": "string"},
                              {"name": "language", "type": "string"}],
                   "primaryKey": ["source_id"]}),
            table("statuses", "codelists/statuses.csv",
                  {"fields": [{"name": "code", "type": "string"},
                              {"name": "label_en", "type": "string"}],
                   "primaryKey": ["code"]}),
            {"name": "items-json", "path": "json/items.json", "format": "json",
             "mediatype": "application/json"},
        ],
    }  # fmt: skip
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1) + "\n")
    return folder


def passing() -> GateStep:
    """A gate step that passes."""
    return GateStep("validation", True, "stub: valid")


class Project:
    """A tmp repository: package, releases folder, schemas, changelog."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.package = root / "datapackage"
        self.releases = root / "releases"
        self.changelog = root / "CHANGELOG.md"
        self.schemas = root / "schemas"
        self.schemas.mkdir(parents=True, exist_ok=True)
        (self.schemas / "items.schema.json").write_text('{"type": "object"}\n')
        (self.schemas / "tableschema").mkdir()
        (self.schemas / "tableschema" / "items.json").write_text('{"fields": []}\n')
        self.changelog.write_text(CHANGELOG, encoding="utf-8")

    def release(
        self, version: str, day: date = DAY, gate: Sequence[Step] = (passing,)
    ) -> ReleaseResult:
        """Release the current package as ``version``."""
        return make_release(self.package, version, self.releases, day=day, gate=gate,
                            schemas=self.schemas, changelog_path=self.changelog)  # fmt: skip


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A project whose package holds the two base items."""
    made = Project(tmp_path / "repo")
    make_package(made.package)
    return made


def zip_entries(path: Path) -> dict[str, bytes]:
    """Entries of a zip by name."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# --- versions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "level"),
    [("1.0.0", "2.0.0", Level.MAJOR), ("1.0.0", "1.1.0", Level.MINOR),
     ("1.0.0", "1.0.1", Level.PATCH), ("1.2.3", "1.2.3", Level.NONE),
     ("1.2.3", "1.1.9", Level.NONE), ("1.9.9", "1.10.0", Level.MINOR)],
)  # fmt: skip
def test_bump_level(old: str, new: str, level: Level) -> None:
    assert bump_level(Version.parse(old), Version.parse(new)) is level


@pytest.mark.parametrize("text", ["v1.0.0", "1.0", "01.0.0", "1.0.0-rc.1", "one"])
def test_malformed_versions_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        Version.parse(text)


@given(st.tuples(*[st.integers(0, 50)] * 3), st.sampled_from(list(Level)[1:]))
def test_bumped_version_announces_its_level(parts: tuple[int, int, int], level: Level) -> None:
    version = Version(*parts)
    assert bump_level(version, version.bumped(level)) is level
    assert Version.parse(str(version)) == version


def test_release_date_sources() -> None:
    assert release_date("2024-02-29") == date(2024, 2, 29)
    assert release_date(None, {"SOURCE_DATE_EPOCH": "1700000000"}) == date(2023, 11, 14)
    assert isinstance(release_date(None, {}), date)


# --- the first release and its artefacts ----------------------------------------------------


def test_first_release_writes_verifiable_artefacts(project: Project) -> None:
    result = project.release("1.0.0")
    folder = project.releases / "1.0.0"
    assert result.folder == folder
    assert sorted(p.name for p in folder.iterdir()) == [
        "SHA256SUMS", "changes.json", "datapackage.json", "releases.json",
        "return-atlas-1.0.0.zip",
    ]  # fmt: skip
    sums = parse_sums((folder / "SHA256SUMS").read_text())
    assert set(sums) == {p.name for p in folder.iterdir()} - {"SHA256SUMS"}
    for name, digest in sums.items():
        assert sha256_file(folder / name) == digest
    assert result.sha256 == sums["return-atlas-1.0.0.zip"]

    entries = zip_entries(result.zip_path)
    top = "return-atlas-1.0.0/"
    assert all(name.startswith(top) for name in entries)
    names = {name.removeprefix(top) for name in entries}
    assert names == {
        "datapackage.json", "README.md", "LICENSE.md", "data-dictionary.md",
        "schemas/items.schema.json", "schemas/tableschema/items.json", "data/items.csv",
        "data/sources.csv", "codelists/statuses.csv", "json/items.json",
    }  # fmt: skip
    descriptor = json.loads(entries[top + "datapackage.json"])
    assert descriptor["version"] == "1.0.0"
    assert descriptor["created"] == "2025-03-14T00:00:00Z"
    assert descriptor == json.loads((folder / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        data = entries[top + resource["path"]]
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()

    index = json.loads((project.releases / "releases.json").read_text())
    assert index["latest"] == "1.0.0"
    assert index["releases"][0]["sha256"] == result.sha256
    assert list_releases(project.releases) == [Version(1, 0, 0)]


def test_release_zip_is_a_valid_frictionless_package(project: Project, tmp_path: Path) -> None:
    from frictionless import Package

    result = project.release("1.0.0")
    with zipfile.ZipFile(result.zip_path) as archive:
        archive.extractall(tmp_path / "unzipped")
    folder = tmp_path / "unzipped" / "return-atlas-1.0.0"
    assert verify_package(folder) == []
    report = Package(str(folder / "datapackage.json")).validate()
    assert report.valid, [e.message for task in report.tasks for e in task.errors][:5]
    (folder / "data" / "items.csv").write_text("item_id\nzz\n")
    assert verify_package(folder) == [
        "data/items.csv: 11 bytes, the descriptor says "
        f"{(project.package / 'data' / 'items.csv').stat().st_size}"
    ]


def test_release_documents_the_data(project: Project) -> None:
    entries = zip_entries(project.release("1.0.0").zip_path)
    readme = entries["return-atlas-1.0.0/README.md"].decode()
    assert "Version 1.0.0, released 2025-03-14." in readme
    assert "Countries: 2 (MLI, SEN)" in readme
    assert "Years: 2019–2021" in readme
    assert "en (1 source), fr (1 source)" in readme
    assert "| items | `data/items.csv` | 2 |" in readme
    assert "| statuses | `codelists/statuses.csv` | 2 |" in readme
    assert "CC-BY-4.0" in readme
    assert "Facts from public pages." in entries["return-atlas-1.0.0/LICENSE.md"].decode()
    dictionary = entries["return-atlas-1.0.0/data-dictionary.md"].decode()
    assert "| `title` | string |  | What it is called. |" in dictionary
    assert "| `tags` | list<string> |" in dictionary


def test_coverage_reads_dates_not_offsets() -> None:
    fields = [
        {"name": "start", "type": "integer"},
        {"name": "end", "type": "string"},
        {"name": "year", "type": "integer"},
        {"name": "to_country", "type": "string"},
    ]
    resource = {"name": "spans", "path": "data/spans.csv", "schema": {"fields": fields}}
    data = b"start,end,year,to_country\n5389,2020-02,1999,GHA\n12,,,\n"
    snapshot = Snapshot({"resources": [resource]}, {"data/spans.csv": data})
    cover = coverage(snapshot)
    assert cover.years == [1999, 2020]
    assert cover.countries == ["GHA"]


def test_a_given_dictionary_is_shipped(project: Project) -> None:
    dictionary = project.root / "dictionary.md"
    dictionary.write_text("# The generated dictionary\n")
    result = make_release(project.package, "1.0.0", project.releases, day=DAY, gate=[passing],
                          dictionary=dictionary)  # fmt: skip
    entries = zip_entries(result.zip_path)
    assert entries["return-atlas-1.0.0/data-dictionary.md"] == b"# The generated dictionary\n"


def test_same_sources_and_date_give_a_byte_identical_zip(tmp_path: Path) -> None:
    zips = []
    for name in ("one", "two"):
        made = Project(tmp_path / name)
        make_package(made.package)
        zips.append(made.release("1.0.0").zip_path.read_bytes())
    assert zips[0] == zips[1]
    with zipfile.ZipFile(io.BytesIO(zips[0])) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(2025, 3, 14, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    other = Project(tmp_path / "three")
    make_package(other.package)
    assert other.release("1.0.0", day=date(2025, 3, 15)).zip_path.read_bytes() != zips[0]


def test_changelog_gets_the_first_release(project: Project) -> None:
    project.release("1.0.0")
    text = project.changelog.read_text()
    assert text.startswith("# Changelog\n\n## Unreleased\n\n## [1.0.0] - 2025-03-14\n\n")
    assert "### Software\n- The converter.\n\n### Data\n\nFirst release. Records: items 2," in text


# --- semantic versions for data ------------------------------------------------------------


def test_removing_a_field_needs_a_major_version(project: Project) -> None:
    project.release("1.0.0")
    make_package(project.package, fields=[f for f in ITEM_FIELDS if f["name"] != "amount"])
    with pytest.raises(ReleaseRefused) as refused:
        project.release("1.1.0")
    plan = refused.value.plan
    assert plan is not None
    assert plan.required is Level.MAJOR
    assert str(plan.minimum) == "2.0.0"
    assert "release 2.0.0 or higher" in str(refused.value)
    assert [(c.code, c.resource, c.field) for c in plan.changes if c.level is Level.MAJOR] == [
        ("field-removed", "items", "amount")
    ]
    assert not (project.releases / "1.1.0").exists()
    result = project.release("2.0.0")
    assert result.plan.previous == Version(1, 0, 0)
    assert json.loads((project.releases / "releases.json").read_text())["latest"] == "2.0.0"
    assert "`items.amount` field removed" in project.changelog.read_text()


def test_adding_records_is_minor(project: Project) -> None:
    project.release("1.0.0")
    new = {"item_id": "c3", "title": "Gamma", "country": "GIN", "start": "2022-01-02",
           "amount": "7", "count": "1", "tags": "z"}  # fmt: skip
    make_package(project.package, [*ITEMS, new])
    with pytest.raises(ReleaseRefused, match="the changes are MINOR"):
        project.release("1.0.1")
    result = project.release("1.1.0")
    assert result.plan.required is Level.MINOR
    assert [c.code for c in result.plan.changes] == ["records-added"]
    text = project.changelog.read_text()
    assert "## [1.1.0] - 2025-03-14" in text
    assert "- `items` (2 -> 3 records):\n  - added 1: `c3`" in text
    assert text.index("## [1.1.0]") < text.index("## [1.0.0]")
    changes = json.loads((project.releases / "1.1.0" / "changes.json").read_text())
    assert changes["data"][0]["added"] == ["c3"]


def test_corrected_values_are_a_patch(project: Project) -> None:
    project.release("1.0.0")
    fixed = [dict(ITEMS[0], title="Alpha (corrected)"), ITEMS[1]]
    make_package(project.package, fixed)
    result = project.release("1.0.1")
    assert result.plan.required is Level.PATCH
    assert "changed 1: `a1 (title)`" in project.changelog.read_text()


def test_removed_records_and_codes_are_major(project: Project) -> None:
    project.release("1.0.0")
    make_package(project.package, ITEMS[:1], codes=CODES_ROWS[:1])
    plan = plan_release(project.package, "1.1.0", project.releases, day=DAY)
    assert {(c.code, c.resource) for c in plan.changes} == {
        ("records-removed", "items"), ("codes-removed", "statuses")
    }  # fmt: skip
    assert plan.required is Level.MAJOR
    assert plan.problems


def test_added_codes_are_minor(project: Project) -> None:
    project.release("1.0.0")
    make_package(project.package, codes=[*CODES_ROWS, {"code": "planned", "label_en": "P"}])
    plan = plan_release(project.package, "1.1.0", project.releases, day=DAY)
    assert [(c.code, c.level) for c in plan.changes] == [("codes-added", Level.MINOR)]
    assert not plan.problems


def test_unchanged_data_may_be_released_again(project: Project) -> None:
    project.release("1.0.0")
    plan = plan_release(project.package, "1.0.1", project.releases, day=DAY)
    assert plan.changes == []
    assert plan.required is Level.NONE
    assert not plan.problems


def test_a_release_is_never_overwritten(project: Project) -> None:
    first = project.release("1.0.0")
    before = first.zip_path.read_bytes()
    with pytest.raises(ReleaseRefused, match="never overwritten"):
        project.release("1.0.0", day=date(2026, 1, 1))
    assert first.zip_path.read_bytes() == before
    project.release("2.0.0")
    with pytest.raises(ReleaseRefused, match=r"not greater than the latest release 2\.0\.0"):
        project.release("1.5.0")


def test_a_failing_gate_writes_nothing(project: Project) -> None:
    def failing() -> GateStep:
        return GateStep("validation", False, "package invalid (1 issues)", ("bad row",))

    calls: list[str] = []

    def never() -> GateStep:
        calls.append("tests")
        return GateStep("tests", True, "ok")

    with pytest.raises(ReleaseRefused, match="validation: package invalid") as refused:
        project.release("1.0.0", gate=[failing, never])
    assert calls == []
    assert [s.name for s in refused.value.gate] == ["validation"]
    assert not project.releases.exists() or not any(project.releases.iterdir())
    assert project.changelog.read_text() == CHANGELOG


def test_a_damaged_previous_release_is_refused(project: Project) -> None:
    result = project.release("1.0.0")
    with result.zip_path.open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(ReleaseRefused, match=r"release 1\.0\.0 is damaged"):
        project.release("1.1.0")


# --- schema classification -------------------------------------------------------------------


def _descriptor(tmp_path: Path) -> dict[str, Any]:
    folder = make_package(tmp_path / "p")
    data: dict[str, Any] = json.loads((folder / "datapackage.json").read_text())
    return data


def _items(d: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = d["resources"][0]["schema"]
    return schema


def _field(d: dict[str, Any], name: str) -> dict[str, Any]:
    return next(f for f in _items(d)["fields"] if f["name"] == name)


Edit = Callable[[dict[str, Any]], None]
SCHEMA_CASES: list[tuple[str, Edit, list[tuple[str, Level]]]] = [
    ("widen integer", lambda d: _field(d, "count").update(type="number"),
     [("type-widened", Level.MINOR)]),
    ("narrow number", lambda d: _field(d, "amount").update(type="integer"),
     [("type-narrowed", Level.MAJOR)]),
    ("require", lambda d: _field(d, "title").update(constraints={"required": True}),
     [("constraint-tightened", Level.MAJOR)]),
    ("unrequire", lambda d: _field(d, "item_id")["constraints"].pop("required"),
     [("constraint-relaxed", Level.MINOR)]),
    ("enum narrowed", lambda d: _field(d, "country").update(constraints={"enum": ["SEN"]}),
     [("constraint-tightened", Level.MAJOR)]),
    ("max length", lambda d: _field(d, "title").update(constraints={"maxLength": 5}),
     [("constraint-tightened", Level.MAJOR)]),
    ("describe", lambda d: _field(d, "title").update(description="Its name."),
     [("field-metadata-changed", Level.PATCH)]),
    ("add optional", lambda d: _items(d)["fields"].insert(2, {"name": "x", "type": "string"}),
     [("field-added", Level.MINOR)]),
    ("add required", lambda d: _items(d)["fields"].append(
        {"name": "x", "type": "string", "constraints": {"required": True}}),
     [("required-field-added", Level.MAJOR)]),
    ("rename", lambda d: _field(d, "title").update(name="name"),
     [("field-renamed", Level.MAJOR)]),
    ("reorder", lambda d: _items(d)["fields"].reverse(), [("fields-reordered", Level.MAJOR)]),
    ("primary key", lambda d: _items(d).update(primaryKey=["item_id", "title"]),
     [("primary-key-changed", Level.MAJOR)]),
    ("foreign key", lambda d: _items(d).update(foreignKeys=[
        {"fields": "country", "reference": {"resource": "countries", "fields": "code"}}]),
     [("foreign-key-added", Level.MAJOR)]),
    ("drop resource", lambda d: d["resources"].pop(1), [("resource-removed", Level.MAJOR)]),
    ("add resource", lambda d: d["resources"].append({"name": "extra", "path": "x.json"}),
     [("resource-added", Level.MINOR)]),
    ("rename resource", lambda d: d["resources"][1].update(name="documents"),
     [("resource-renamed", Level.MAJOR)]),
    ("move resource", lambda d: d["resources"][3].update(path="json/other.json"),
     [("resource-path-changed", Level.MAJOR)]),
    ("retitle", lambda d: d.update(title="Another title"),
     [("package-metadata-changed", Level.PATCH)]),
    ("relicense", lambda d: d.update(licenses=[{"name": "ODbL-1.0"}]),
     [("license-changed", Level.MAJOR)]),
    ("version only", lambda d: d.update(version="9.9.9", created="2030-01-01T00:00:00Z"), []),
]  # fmt: skip


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in SCHEMA_CASES],
                         ids=[c[0] for c in SCHEMA_CASES])  # fmt: skip
def test_schema_changes_are_classified(
    tmp_path: Path, edit: Edit, expected: list[tuple[str, Level]]
) -> None:
    old = _descriptor(tmp_path)
    new = copy.deepcopy(old)
    edit(new)
    changes = diff_descriptors(old, new)
    assert [(c.code, c.level) for c in changes] == expected
    assert all(CODES[c.code][0] is c.level for c in changes)


def test_enum_codes_added_and_removed(tmp_path: Path) -> None:
    old = _descriptor(tmp_path)
    _field(old, "country").update(constraints={"enum": ["SEN", "MLI"]})
    new = copy.deepcopy(old)
    _field(new, "country").update(constraints={"enum": ["SEN", "GIN"]})
    assert [(c.code, c.message) for c in diff_descriptors(old, new)] == [
        ("codes-removed", "enum codes removed: MLI"),
        ("codes-added", "enum codes added: GIN"),
    ]


@given(
    st.integers(0, 100), st.integers(0, 100),
    st.sampled_from(["minLength", "maxLength", "minimum", "maximum"]),
)  # fmt: skip
def test_a_moved_bound_is_tightened_one_way_and_relaxed_the_other(
    before: int, after: int, key: str
) -> None:
    def field(value: int) -> dict[str, Any]:
        return {"name": "n", "type": "integer", "constraints": {key: value}}

    forward = [c.code for c in diff_fields("r", field(before), field(after))]
    backward = [c.code for c in diff_fields("r", field(after), field(before))]
    if before == after:
        assert forward == backward == []
    else:
        assert sorted([*forward, *backward]) == ["constraint-relaxed", "constraint-tightened"]


@given(
    st.sets(st.sampled_from("abcdefgh")), st.sets(st.sampled_from("abcdefgh")),
    st.sets(st.sampled_from("abcdefgh")),
)  # fmt: skip
def test_record_diff_by_key(old: set[str], new: set[str], edited: set[str]) -> None:
    old_rows = [{"id": k, "v": "1"} for k in sorted(old)]
    new_rows = [{"id": k, "v": "2" if k in edited else "1"} for k in sorted(new)]
    diff = diff_rows("r", ["id"], old_rows, new_rows, ["id", "v"])
    assert set(diff.added) == new - old
    assert set(diff.removed) == old - new
    assert diff.changed == {k: ["v"] for k in sorted(old & new & edited)}
    keyless = diff_rows("r", [], old_rows, new_rows, ["id", "v"])
    assert len(keyless.added) == len(new) - len(old) + len(keyless.removed)


# --- changelog, gate and command line ---------------------------------------------------------


def test_changelog_without_unreleased_section() -> None:
    text = "# Changelog\n\n## [1.0.0] - 2024-01-01\n\nOld.\n"
    updated = insert_entry(text, "1.1.0", "2025-01-01", "### Data\n\nNew.\n")
    assert updated == (
        "# Changelog\n\n## [1.1.0] - 2025-01-01\n\n### Data\n\nNew.\n\n"
        "## [1.0.0] - 2024-01-01\n\nOld.\n"
    )
    assert (
        insert_entry("", "1.0.0", "2025-01-01", "x")
        == "# Changelog\n\n## [1.0.0] - 2025-01-01\n\nx\n\n"
    )


def test_existing_changelog_entry_is_refused(project: Project) -> None:
    project.changelog.write_text(CHANGELOG + "\n## [1.0.0] - 2020-01-01\n")
    with pytest.raises(ReleaseRefused, match=r"already has an entry for 1\.0\.0"):
        project.release("1.0.0")


def test_suite_step_runs_pytest(tmp_path: Path) -> None:
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert True\n")
    assert suite_step(tmp_path).passed
    (tmp_path / "test_bad.py").write_text("def test_bad():\n    assert False\n")
    step = suite_step(tmp_path)
    assert not step.passed
    assert step.summary.startswith("test suite failed (exit 1")
    assert any("1 failed" in line for line in step.details)


@pytest.fixture
def valid_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's validation step replaced by one that passes (the validator has its tests)."""
    monkeypatch.setattr("return_atlas.release.make.validation_step", lambda package: passing())


@pytest.mark.usefixtures("valid_gate")
def test_cli_release_and_refusal(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["release", "--root", str(project.root), "--date", "2025-03-14", "--skip-tests"]
    assert main([*base, "1.0.0"]) == 0
    out = capsys.readouterr().out
    assert "First release: 1.0.0." in out
    assert "Released 1.0.0:" in out
    make_package(project.package, fields=ITEM_FIELDS[:-1])
    assert main([*base, "1.1.0", "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "Changes since 1.0.0: MAJOR (lowest allowed version 2.0.0)." in captured.out
    assert "MAJOR  items.tags: field removed" in captured.out
    assert "refused: the changes are MAJOR" in captured.err
    assert main([*base, "1.1.0"]) == 1
    assert not (project.releases / "1.1.0").exists()
    capsys.readouterr()
    assert main([*base, "2.0.0", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["required"] == "MAJOR"
    assert data["sha256"] == sha256_file(project.releases / "2.0.0" / "return-atlas-2.0.0.zip")


def test_cli_release_cannot_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", "1.0.0", "--root", str(tmp_path)]) == 2
    assert "run `return-atlas build` first" in capsys.readouterr().err
    assert main(["release", "v1", "--root", str(tmp_path)]) == 2


def test_cli_release_refuses_a_failing_validation(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    failed = GateStep("validation", False, "package invalid (1 issues)", ("[code] bad",))
    monkeypatch.setattr("return_atlas.release.make.validation_step", lambda package: failed)
    assert main(["release", "1.0.0", "--root", str(project.root), "--skip-tests"]) == 1
    err = capsys.readouterr().err
    assert "[code] bad" in err
    assert "refused: validation: package invalid" in err
    assert not project.releases.exists()


# --- the package built from the current sources -----------------------------------------------


def test_release_of_the_corpus_build(corpus_build: tuple[Any, Path], tmp_path: Path) -> None:
    """Done criterion: 1.0.0 from the current sources; a removed field needs 2.0.0."""
    from return_atlas.release import default_gate
    from tests.conftest import ROOT

    _, built = corpus_build
    package = tmp_path / "datapackage"
    shutil.copytree(built, package)
    releases = tmp_path / "releases"
    gate = default_gate(package, ROOT, run_tests=False)
    first = make_release(package, "1.0.0", releases, day=DAY, gate=gate,
                         schemas=ROOT / "schemas")  # fmt: skip
    assert [s.passed for s in first.gate] == [True]
    descriptor = json.loads((releases / "1.0.0" / "datapackage.json").read_text())
    resource = next(r for r in descriptor["resources"] if r["name"] == "initiatives")
    names = [f["name"] for f in resource["schema"]["fields"]]
    dropped = next(f["name"] for f in reversed(resource["schema"]["fields"])
                   if not f.get("constraints", {}).get("required"))  # fmt: skip
    _drop_column(package, "initiatives", dropped)
    with pytest.raises(ReleaseRefused, match="the changes are MAJOR"):
        make_release(package, "1.1.0", releases, day=DAY, gate=[passing])
    second = make_release(package, "2.0.0", releases, day=DAY, gate=[passing])
    assert ("field-removed", dropped) in {(c.code, c.field) for c in second.plan.changes}
    assert dropped in names
    _add_record(package, "sources")
    with pytest.raises(ReleaseRefused, match="the changes are MINOR"):
        make_release(package, "2.0.1", releases, day=DAY, gate=[passing])
    third = make_release(package, "2.1.0", releases, day=DAY, gate=[passing])
    assert [c.code for c in third.plan.changes] == ["records-added"]


def _add_record(package: Path, resource_name: str) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == resource_name)
    (key,) = resource["schema"]["primaryKey"]
    path = package / resource["path"]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        names, rows = list(reader.fieldnames or []), list(reader)
    stem, taken = rows[0][key][:-1], {row[key] for row in rows}
    fresh = next(stem + c for c in "0123456789abcdef" if stem + c not in taken)
    rows.append({**rows[0], key: fresh})
    write_csv(path, names, rows)


def _drop_column(package: Path, resource_name: str, field: str) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == resource_name)
    resource["schema"]["fields"] = [f for f in resource["schema"]["fields"] if f["name"] != field]
    path = package / resource["path"]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [f["name"] for f in resource["schema"]["fields"]]
    write_csv(path, names, [{k: r[k] for k in names} for r in rows])
    (package / "datapackage.json").write_text(json.dumps(descriptor, indent=1) + "\n")
