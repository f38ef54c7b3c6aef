"""End to end: the build writes a valid, deterministic package and survives bad documents."""

from __future__ import annotations

import filecmp
import json
import shutil
from pathlib import Path

import pytest
from frictionless import Package

from return_atlas.build import BuildResult, build
from return_atlas.cli import main
from return_atlas.read.privacy import MASK
from tests.conftest import DOCUMENTS, ROOT


def tree(path: Path) -> dict[str, bytes]:
    """Every file below ``path`` by relative name, with its bytes."""
    return {
        p.relative_to(path).as_posix(): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def test_corpus_package_is_valid_under_frictionless(corpus_build: tuple[BuildResult, Path]) -> None:
    _, out = corpus_build
    report = Package(str(out / "datapackage.json")).validate()
    errors = [e.message for task in report.tasks for e in task.errors][:10]
    assert report.valid, errors


def test_every_document_gets_a_source_row(corpus_build: tuple[BuildResult, Path]) -> None:
    result, out = corpus_build
    assert not result.failed
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor["resources"]]
    for required in ("sources", "initiatives", "initiative_countries", "organizations",
                     "initiative_organizations", "events", "assisted_returns", "fundings",
                     "publications", "provenance"):  # fmt: skip
        assert required in names
    n_documents = len(list(DOCUMENTS.glob("*.txt")))
    assert result.package.counts["sources"] == n_documents


def test_provenance_quotes_the_source_text(corpus_build: tuple[BuildResult, Path]) -> None:
    _, out = corpus_build
    rows = json.loads((out / "json" / "provenance.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "json" / "sources.json").read_text(encoding="utf-8"))
    import unicodedata

    texts = {
        s["source_id"]: unicodedata.normalize(
            "NFC", (DOCUMENTS / s["file"]).read_text(encoding="utf-8")
        )
        for s in sources
    }
    assert rows
    for row in rows:
        quoted = texts[row["source_id"]][row["start"] : row["end"]]
        if MASK not in row["text"]:
            assert quoted == row["text"]


def test_two_builds_are_byte_identical(
    tmp_path: Path, corpus_build: tuple[BuildResult, Path]
) -> None:
    _, first = corpus_build
    second = tmp_path / "again"
    build(DOCUMENTS, second, workers=2)
    assert tree(first) == tree(second)


def test_worker_processes_give_the_same_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two worker processes (forced, in small chunks) write the bytes one process writes,
    duplicates and unreadable documents included."""
    docs = tmp_path / "docs"
    shutil.copytree(DOCUMENTS, docs)
    shutil.copy(DOCUMENTS / "011.txt", docs / "zz-011.txt")
    (docs / "empty.txt").write_bytes(b"")
    one = build(docs, tmp_path / "one", workers=1)
    monkeypatch.setattr("return_atlas.build.PARALLEL_THRESHOLD", 1)
    monkeypatch.setattr("return_atlas.build.CHUNK_SIZE", 5)
    two = build(docs, tmp_path / "two", workers=2)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert [r.file for r in one.failed] == [r.file for r in two.failed] == ["empty.txt"]
    assert list(one.documents) == list(two.documents)
    assert len(two.documents) == len(list(docs.glob("*.txt")))
    again = next(r for r in two.documents if r.file == "zz-011.txt")
    assert any("same bytes as 011.txt" in w for w in again.warnings)


def test_committed_datapackage_is_what_the_build_makes(
    corpus_build: tuple[BuildResult, Path],
) -> None:
    _, out = corpus_build
    committed = ROOT / "datapackage"
    assert tree(committed) == tree(out), "run `nox -s build` and commit datapackage/"


def test_bad_documents_are_reported_and_skipped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "011.txt", docs / "good.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.html").write_bytes(bytes(range(256)) * 20)
    (docs / "notes.md").write_text("# Notes\n\nNothing about projects here.\n", encoding="utf-8")
    result = build(docs, tmp_path / "out", workers=1)
    assert [r.file for r in result.failed] == ["empty.txt"]
    assert result.package.counts["sources"] == 3
    assert Package(str(tmp_path / "out" / "datapackage.json")).validate().valid


def test_failed_build_leaves_the_old_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "011.txt", docs / "a.txt")
    out = tmp_path / "pkg"
    build(docs, out, workers=1)
    before = tree(out)

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("return_atlas.package.writer.write_csv", explode)
    with pytest.raises(OSError, match="disk full"):
        build(docs, out, workers=1)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "pkg"]


def test_cli_build_reports_and_exits_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DOCUMENTS / "011.txt", docs / "a.txt")
    assert main(["build", "--documents", str(docs), "--out", str(tmp_path / "o"), "-v"]) == 0
    err = capsys.readouterr().err
    assert "a.txt: project_page" in err
    assert main(["build", "--documents", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert filecmp.cmp(docs / "a.txt", DOCUMENTS / "011.txt")


def test_cli_warns_when_no_document_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs").mkdir()
    assert (
        main(["build", "--documents", str(tmp_path / "docs"), "--out", str(tmp_path / "o"), "-q"])
        == 0
    )
    assert "no .txt, .md or .html document" in capsys.readouterr().err


def test_values_of_broken_pages_never_start_like_a_formula(tmp_path: Path) -> None:
    """A page whose title line or text starts with "@", "-", "=" or "+" gives a package the
    gate accepts: no cell a spreadsheet would run, and provenance still quoting the page."""
    from return_atlas.validate.runner import validate

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "at.txt").write_text(
        "@Assisted Voluntary Return of Stranded Migrants from Albania\n\n"
        "IOM helped 120 migrants stranded in Albania to return home in 2019.\n",
        encoding="utf-8",
    )
    (docs / "dash.txt").write_text(
        "-\u202fLignes directrices relatives au retour\n\n=SUM(A1:A9)\n\n+ 45 migrants\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(docs, out, workers=1)
    report = validate([out])
    assert [issue.code for issue in report.issues if issue.is_error] == []
    text = {p.name: p.read_text(encoding="utf-8") for p in docs.iterdir()}
    sources = {
        row["source_id"]: row["file"]
        for row in json.loads((out / "json" / "sources.json").read_text(encoding="utf-8"))
    }
    for row in json.loads((out / "json" / "provenance.json").read_text(encoding="utf-8")):
        page = text[sources[row["source_id"]]]
        assert page[row["start"] : row["end"]] == row["text"]


def test_defused_leaves_out_formula_starts_and_moves_a_quoted_span() -> None:
    from return_atlas.package.writer import defused

    assert defused("sources", {"title": "@Assisted Return", "file": "a.txt"}) == {
        "title": "Assisted Return",
        "file": "a.txt",
    }
    row = {"record_id": "x", "field": "title", "start": 10, "end": 20, "text": "- @ Lignes"}
    assert defused("provenance", row)["start"] == 14
    assert defused("provenance", row)["text"] == "Lignes"
    assert defused("sources", {"title": "-"}) == {"title": None}
    assert defused("sources", {"title": "Plain"}) == {"title": "Plain"}
