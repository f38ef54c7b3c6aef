"""Contributions merged into a build: records added with provenance, corrections applied,
conflicts and stale corrections refused (never a silent pick)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from return_atlas.contributions import load, merge
from return_atlas.contributions.load import csv_spans
from return_atlas.generate.csvio import header
from return_atlas.models import RESOURCES, Initiative, Source

SHA = "ab" * 32
SOURCE = "src-" + SHA[:16]
Row = dict[str, Any]


def extracted() -> dict[str, list[Row]]:
    """A tiny build: one source, one initiative, the provenance of its status."""
    initiative = Initiative(
        initiative_id="ini-rt.1297",
        initiative_type="project",
        title="Return support",
        status="active",
        start="2019",
        source_ids=[SOURCE],
    ).model_dump(mode="json")
    source = Source(
        source_id=SOURCE, file="doc.txt", kind="project_page", language="en", sha256=SHA
    ).model_dump(mode="json")
    provenance = {
        "record_id": "ini-rt.1297",
        "field": "status",
        "source_id": SOURCE,
        "start": 10,
        "end": 16,
        "text": "active",
    }
    return {"sources": [source], "initiatives": [initiative], "provenance": [provenance]}


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def csv_row(**values: str) -> str:
    names = header("initiatives")
    return ",".join(names) + "\n" + ",".join(values.get(n, "") for n in names) + "\n"


NEW = csv_row(
    initiative_id="ini-ngo-dakar",
    initiative_type="project",
    title="Reintegration support in Dakar",
    language="en",
    start="2023-05",
    source_ids=SOURCE,
)
CORRECTION = """\
- record_type: correction
  resource: initiatives
  id: ini-rt.1297
  set: {status: completed, end: "2021-06"}
  reason: The project closed early.
  source_url: https://example.org/news/rt-1297
"""
LINK = """\
- record_type: initiative_countries
  initiative_id: ini-ngo-dakar
  country: SEN
  role: location
  source_url: https://example.org/dakar
"""


def check_all(tables: dict[str, list[Row]]) -> None:
    """Every merged record passes its model (what the package writer requires)."""
    for name, rows in tables.items():
        for row in rows:
            RESOURCES[name].model_validate(row)


def test_merge_adds_records_and_applies_corrections_with_provenance(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "contributions",
        {"ngo/initiatives.csv": NEW, "ngo/links.yaml": LINK, "fixes.yaml": CORRECTION},
    )
    tables, issues = merge(extracted(), folder)
    assert [i for i in issues if i.is_error] == []
    check_all(tables)
    ids = [r["initiative_id"] for r in tables["initiatives"]]
    assert ids == sorted(ids)
    assert "ini-ngo-dakar" in ids
    corrected = next(r for r in tables["initiatives"] if r["initiative_id"] == "ini-rt.1297")
    assert (corrected["status"], corrected["end"]) == ("completed", "2021-06")
    assert tables["initiative_countries"] == [
        {"initiative_id": "ini-ngo-dakar", "country": "SEN", "role": "location"}
    ]
    contributed = {
        r["source_id"]: r for r in tables["sources"] if r["file"].startswith("contributions/")
    }
    assert {r["file"] for r in contributed.values()} == {
        "contributions/ngo/initiatives.csv",
        "contributions/ngo/links.yaml",
        "contributions/fixes.yaml",
    }
    texts = {
        r["file"]: (folder.parent / r["file"]).read_text(encoding="utf-8")
        for r in contributed.values()
    }
    cited = [p for p in tables["provenance"] if p["source_id"] in contributed]
    for row in cited:  # every quote is the span of its file's text
        text = texts[contributed[row["source_id"]]["file"]]
        assert text[row["start"] : row["end"]] == row["text"]
    status = [
        p
        for p in tables["provenance"]
        if p["record_id"] == "ini-rt.1297" and p["field"] == "status"
    ]
    assert [p["text"] for p in status] == ["completed"]  # the extracted quote is gone
    assert {"ini-ngo-dakar"} <= {p["record_id"] for p in cited}
    assert any(p["field"] == "countries" and p["text"] == "SEN" for p in cited)
    url = next(r["url"] for r in contributed.values() if r["file"].endswith("fixes.yaml"))
    assert url == "https://example.org/news/rt-1297"


def test_merge_is_deterministic(tmp_path: Path) -> None:
    folder = write(tmp_path / "contributions", {"initiatives.csv": NEW, "fixes.yaml": CORRECTION})
    assert merge(extracted(), folder) == merge(extracted(), folder)


def test_no_folder_changes_nothing(tmp_path: Path) -> None:
    tables = extracted()
    assert merge(tables, tmp_path / "absent") == (tables, [])


def test_conflicting_contributions_are_both_left_out(tmp_path: Path) -> None:
    other = NEW.replace("Reintegration support in Dakar", "Another title")
    folder = write(tmp_path / "c", {"a/initiatives.csv": NEW, "b/initiatives.csv": other})
    tables, issues = merge(extracted(), folder)
    assert "contribution-conflict" in {i.code for i in issues}
    assert "ini-ngo-dakar" not in {r["initiative_id"] for r in tables["initiatives"]}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (CORRECTION.replace("ini-rt.1297", "ini-gone"), "correction-unknown-record"),
        (CORRECTION.replace("status: completed", "state: completed"), "correction-unknown-field"),
        (CORRECTION.replace("completed", "finished"), "unknown-code"),
        (CORRECTION.replace('end: "2021-06"', 'end: "1999"'), "end-before-start"),
    ],
)
def test_bad_corrections_are_refused(tmp_path: Path, text: str, code: str) -> None:
    tables, issues = merge(extracted(), write(tmp_path / "c", {"fixes.yaml": text}))
    assert code in {i.code for i in issues}
    assert tables["initiatives"][0]["status"] == "active"


def test_correction_that_changes_nothing_is_a_warning(tmp_path: Path) -> None:
    text = CORRECTION.replace("status: completed", "status: active")
    tables, issues = merge(extracted(), write(tmp_path / "c", {"fixes.yaml": text}))
    assert {i.code for i in issues} == {"correction-no-change"}
    assert not any(i.is_error for i in issues)
    assert tables["initiatives"][0]["end"] == "2021-06"


def test_contribution_may_not_replace_an_extracted_record(tmp_path: Path) -> None:
    text = csv_row(
        initiative_id="ini-rt.1297", initiative_type="programme", title="Other", source_ids=SOURCE
    )
    tables, issues = merge(extracted(), write(tmp_path / "c", {"initiatives.csv": text}))
    assert "id-taken" in {i.code for i in issues}
    assert tables["initiatives"][0]["initiative_type"] == "project"


def test_invalid_contributed_records_are_left_out(tmp_path: Path) -> None:
    bad = NEW.replace("2023-05", "2023-5-7")
    tables, issues = merge(extracted(), write(tmp_path / "c", {"initiatives.csv": bad}))
    assert "pattern-mismatch" in {i.code for i in issues}
    assert [r["initiative_id"] for r in tables["initiatives"]] == ["ini-rt.1297"]


def test_hostile_files_are_issues_not_crashes(tmp_path: Path) -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n"
        for i in range(8)
    )
    folder = write(tmp_path / "c", {"laughs.yaml": laughs, "deep.json": "[" * 5000 + "]" * 5000})
    (folder / "bom.csv").write_bytes(b"\xef\xbb\xbf" + NEW.encode())
    tables, issues = merge(extracted(), folder)
    assert {"yaml-expansion", "too-deep", "byte-order-mark"} <= {i.code for i in issues}
    assert tables["initiatives"] == extracted()["initiatives"]


def test_load_keeps_spans_of_values(tmp_path: Path) -> None:
    folder = write(tmp_path / "c", {"links.yaml": LINK, "initiatives.csv": NEW})
    contributions = load(folder)
    for record in contributions.records:
        text = next(f.text for d, f in contributions.files.items() if d == record.where.file)
        for name, (start, end) in record.spans.items():
            if (
                name in record.values
                and isinstance(record.values[name], str)
                and record.values[name]
            ):
                assert text[start:end] == record.values[name]


def test_csv_spans_follow_quotes() -> None:
    text = 'a,b\n"x,1","y""z"\n\n1,\n'
    assert [[text[s:e] for s, e in cells] for cells in csv_spans(text)] == [
        ["a", "b"],
        ["x,1", 'y""z'],
        [""],
        ["1", ""],
    ]


def test_conflicting_corrections_are_refused(tmp_path: Path) -> None:
    other = CORRECTION.replace("status: completed", "status: cancelled")
    folder = write(tmp_path / "c", {"a.yaml": CORRECTION, "b.yaml": other})
    tables, issues = merge(extracted(), folder)
    assert "contribution-conflict" in {i.code for i in issues}
    assert tables["initiatives"][0]["status"] == "active"


def test_streaming_merger_gives_what_merge_gives(tmp_path: Path) -> None:
    from return_atlas.contributions import Merger

    folder = write(
        tmp_path / "c", {"initiatives.csv": NEW, "fixes.yaml": CORRECTION, "links.yaml": LINK}
    )
    tables = extracted()
    merger = Merger(folder)
    streamed = merger.stream({"sources": tables["sources"], "provenance": tables["provenance"]})
    merged, issues = merger.finish({"initiatives": tables["initiatives"]})
    expected, expected_issues = merge(extracted(), folder)
    combined = {
        **merged,
        "sources": streamed["sources"] + merged["sources"],
        "provenance": sorted(
            streamed["provenance"] + merged["provenance"],
            key=lambda r: (r["record_id"], r["field"], r["source_id"]),
        ),
    }
    expected["provenance"].sort(key=lambda r: (r["record_id"], r["field"], r["source_id"]))
    assert combined["initiatives"] == expected["initiatives"]
    assert combined["provenance"] == expected["provenance"]
    assert issues == expected_issues


def test_merged_package_validates_with_its_contributions(tmp_path: Path) -> None:
    from return_atlas.package.writer import write_package
    from return_atlas.validate import validate

    folder = write(
        tmp_path / "contributions",
        {"ngo/initiatives.csv": NEW, "ngo/links.yaml": LINK, "fixes.yaml": CORRECTION},
    )
    tables, issues = merge(extracted(), folder)
    assert not any(i.is_error for i in issues)
    result = write_package(tables, tmp_path / "datapackage")
    assert not result.dropped
    report = validate(["datapackage", "contributions"], cwd=tmp_path)
    assert report.valid, [i.as_dict() for i in report.issues]


def test_readme_examples_are_valid(corpus_build: tuple[object, Path], tmp_path: Path) -> None:
    """The examples of contributions/README.md pass the gate against the corpus package."""
    import re

    from return_atlas.validate import validate

    _, package = corpus_build
    readme = (Path(__file__).parent.parent / "contributions" / "README.md").read_text()
    blocks = re.findall(r"```(csv|yaml|json)\n(.*?)```", readme, flags=re.DOTALL)
    assert [kind for kind, _ in blocks] == ["csv", "yaml", "json", "yaml", "yaml"]
    names = ["initiatives.csv", "countries.yaml", "events.json", "corrections.yaml", "rm.yaml"]
    folder = write(
        tmp_path / "contributions", {n: b for n, (_, b) in zip(names, blocks, strict=True)}
    )
    report = validate([package, folder])
    assert report.valid, [i.as_dict() for i in report.issues]
    _, issues = merge({}, folder)
    assert "correction-unknown-record" in {i.code for i in issues}  # no extracted records given


def test_empty_folder_streams_records_unchanged(tmp_path: Path) -> None:
    from return_atlas.contributions import Merger

    (tmp_path / "c").mkdir()
    merger = Merger(tmp_path / "c")
    tables = extracted()
    assert merger.empty
    assert merger.stream({"sources": tables["sources"]}) == {"sources": tables["sources"]}
    assert merger.finish({"initiatives": tables["initiatives"]}) == (
        {"initiatives": tables["initiatives"]},
        [],
    )
