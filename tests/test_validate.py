"""The validation gate end to end: the built package, the command line, the reports, the
issue catalogue and its generated documentation, and hostile input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from return_atlas.cli import main
from return_atlas.models import MODEL_ONLY_RULES
from return_atlas.validate import CATALOGUE, Severity, validate
from return_atlas.validate.docs import CODES_PATH, render_codes
from return_atlas.validate.issues import Issue
from return_atlas.validate.render import render_json, render_text
from return_atlas.validate.rules import VECTORISED
from tests.conftest import ROOT

GOOD_ROW = (
    "ini-case-1,project,Reintegration support in Dakar,en,Support for returnees.,,,active,"
    "2023-05,2024-12,2023,50000,EUR,national,Africa,,21,src-0123456789abcdef"
)
HEADER = (
    "initiative_id,initiative_type,title,language,summary,iom_project_code,prima_id,status,"
    "start,end,year,budget_amount,budget_currency,coverage,iom_region,project_type,"
    "gcm_objectives,source_ids"
)


def test_built_package_is_valid(corpus_build: tuple[object, Path]) -> None:
    _, package = corpus_build
    report = validate([package])
    assert report.valid, "\n".join(f"{i.code} {i.file} {i.row} {i.message}" for i in report.errors)
    assert len(report.files) > 20


def test_reference_engine_agrees_on_the_built_package(corpus_build: tuple[object, Path]) -> None:
    _, package = corpus_build
    assert validate([package], engine="frictionless").valid


def test_codes_document_is_generated_from_the_catalogue() -> None:
    current = (ROOT / CODES_PATH).read_text(encoding="utf-8")
    assert current == render_codes(), "stale: run python -m return_atlas.validate.docs"


def test_catalogue_entries_are_complete() -> None:
    for code in CATALOGUE:
        assert code.code == code.code.lower()
        assert " " not in code.code
        assert code.title
        assert code.description.endswith(".")
        assert code.hint
        assert isinstance(code.severity, Severity)


def test_every_model_only_rule_has_a_vectorised_twin() -> None:
    assert set(MODEL_ONLY_RULES) <= set(VECTORISED)


def test_cli_default_model_rows_is_the_runners() -> None:
    from return_atlas.cli import parser
    from return_atlas.validate.runner import DEFAULT_MODEL_ROWS

    args = parser().parse_args(["validate"])
    assert args.model_rows == DEFAULT_MODEL_ROWS


def _contributions(tmp_path: Path, rows: list[str]) -> Path:
    folder = tmp_path / "contributions"
    folder.mkdir()
    (folder / "initiatives.csv").write_text(
        HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    return folder


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _contributions(tmp_path, [GOOD_ROW])
    assert main(["validate", str(folder), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True
    assert report["exit_code"] == 0
    (folder / "events.yaml").write_text(
        "- record_type: events\n  event_id: evt-x\n", encoding="utf-8"
    )
    assert main(["validate", str(folder), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    issue = next(i for i in report["issues"] if i["code"] == "required-value")
    assert {"code", "severity", "file", "line", "pointer", "message", "hint"} <= set(issue)
    assert main(["validate", str(tmp_path / "absent")]) == 2


def test_text_report_is_grouped_and_plain_when_not_a_terminal(tmp_path: Path) -> None:
    import io

    folder = _contributions(tmp_path, [GOOD_ROW.replace("2023-05", "2023-5-7"), GOOD_ROW])
    report = validate([folder])
    out = io.StringIO()
    render_text(report, out)
    text = out.getvalue()
    assert "\x1b[" not in text
    assert "pattern-mismatch (1)" in text
    assert "duplicate-primary-key (1)" in text
    assert "row 2, start:" in text
    assert "hint:" in text
    assert text.rstrip().endswith(f"({report.seconds:.1f} s).")
    buffer = io.StringIO()
    render_json(report, buffer)
    assert json.loads(buffer.getvalue())["errors"] == len(report.errors)


def test_issue_caps_keep_memory_flat(tmp_path: Path) -> None:
    rows = [
        GOOD_ROW.replace("ini-case-1", f"ini-{n}").replace(",2023,", ",20x3,") for n in range(1500)
    ]
    folder = _contributions(tmp_path, rows)
    capped = validate([folder], cap=100)
    kept = [i for i in capped.issues if i.code == "type-error"]
    summary = [i for i in kept if i.row is None]
    assert len(kept) == 101
    assert len(summary) == 1
    assert "1,400 more" in summary[0].message
    assert len([i for i in validate([folder], cap=None).issues if i.code == "type-error"]) == 1500


def test_issues_are_frozen_records() -> None:
    found = CATALOGUE.issue("blank-row", "f.csv", "the row is empty", row=3)
    with pytest.raises(AttributeError):
        found.row = 4  # type: ignore[misc]
    assert found.as_dict() == {
        "code": "blank-row",
        "severity": "error",
        "file": "f.csv",
        "row": 3,
        "message": "the row is empty",
        "hint": CATALOGUE["blank-row"].hint,
    }
    assert isinstance(found, Issue)


HOSTILE: dict[str, bytes] = {
    "empty.csv": b"",
    "latin1.csv": ("title\nR\xe9union\n").encode("latin-1"),
    "bom.csv": b"\xef\xbb\xbftitle\nx\n",
    "mixed.csv": b"a,b\r\n1,2\n",
    "ragged.csv": b"a,b\n1\n1,2,3\n",
    "headers.csv": b"a,a,\n1,2,3\n",
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "laughs.yaml": (
        b"a: &a [x, x, x, x, x, x, x, x, x]\n"
        + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [".encode()
            + b", ".join([f"*{chr(97 + i)}".encode()] * 9)
            + b"]\n"
            for i in range(8)
        )
    ),
    "loop.yaml": b"- &x [*x]\n",
    "tags.yaml": b"- !!python/object/apply:os.system ['echo hi']\n",
    "binary.json": bytes(range(256)),
    "quote.csv": b'a,b\n"never closed,1\n',
}


def test_hostile_files_give_issues_and_never_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "contributions"
    folder.mkdir()
    for name, data in HOSTILE.items():
        (folder / name).write_bytes(data)
    outside = tmp_path / "secret.csv"
    outside.write_text("a\n1\n", encoding="utf-8")
    (folder / "link.csv").symlink_to(outside)
    os.mkfifo(folder / "pipe.csv")
    (folder / "big.csv").write_bytes(b"a\n" + b"1\n" * 600_000)
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "return_atlas",
            "validate",
            str(folder),
            "--format",
            "json",
            "--max-bytes",
            "1M",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert time.perf_counter() - started < 60
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    assert result.returncode == 1
    report = json.loads(result.stdout)
    codes = {(i["file"].rsplit("/", 1)[-1], i["code"]) for i in report["issues"]}
    expected = {
        ("empty.csv", "empty-file"),
        ("latin1.csv", "invalid-utf8"),
        ("bom.csv", "byte-order-mark"),
        ("mixed.csv", "mixed-line-ends"),
        ("ragged.csv", "missing-cell"),
        ("ragged.csv", "extra-cell"),
        ("headers.csv", "duplicate-label"),
        ("headers.csv", "blank-label"),
        ("deep.json", "too-deep"),
        ("laughs.yaml", "yaml-expansion"),
        ("loop.yaml", "yaml-expansion"),
        ("tags.yaml", "yaml-syntax"),
        ("binary.json", "invalid-utf8"),
        ("quote.csv", "unclosed-quote"),
        ("link.csv", "path-outside-root"),
        ("pipe.csv", "not-a-file"),
        ("big.csv", "file-too-large"),
    }
    assert expected <= codes, expected - codes


def test_remote_paths_are_refused_without_permission(tmp_path: Path) -> None:
    report = validate(["https://example.org/datapackage.json"], cwd=tmp_path)
    assert [i.code for i in report.issues] == ["remote-refused"]
    assert report.exit_code == 2


def test_descriptor_paths_may_not_escape(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (tmp_path / "secret.csv").write_text("a\n1\n", encoding="utf-8")
    resources = [
        {"name": n, "path": p, "schema": {"fields": [{"name": "a"}]}}
        for n, p in (
            ("up", "../secret.csv"),
            ("abs", str(tmp_path / "secret.csv")),
            ("web", "https://example.org/x.csv"),
        )
    ]
    (package / "datapackage.json").write_text(json.dumps({"name": "p", "resources": resources}))
    codes = sorted(i.code for i in validate([package]).issues if i.code != "descriptor-invalid")
    assert codes == ["path-outside-root", "path-outside-root", "remote-refused"]


def test_schema_only_runs_the_table_schema_checks_alone(tmp_path: Path) -> None:
    row = GOOD_ROW.replace("2023-05,2024-12", "2023-05,2022").replace(",2023,", ",20x3,")
    folder = _contributions(tmp_path, [row])
    full = {i.code for i in validate([folder]).issues}
    schema = {i.code for i in validate([folder], schema_only=True).issues}
    assert {"end-before-start", "type-error"} <= full
    assert schema == {"type-error"}
