"""Golden test: the converter scored against the expected facts of the development corpus.

The scorer is the project's measuring stick (tests/corpus/score.py, the same rules as the
unseen documents are measured by). Per-field precision, recall and F1 are printed; the floors
below fail the suite when extraction regresses. Raise them when the converter improves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from return_atlas.build import BuildResult
from tests.conftest import CORPUS, DOCUMENTS

FLOORS = {"fact_f1": 0.0, "kind_accuracy": 0.0, "language_accuracy": 0.0}


def score(package: Path, report: Path) -> dict[str, object]:
    """Run the scorer over every document of the corpus and return its summary."""
    files = sorted(p.name for p in DOCUMENTS.glob("*.txt"))
    subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), "--package", str(package / "datapackage.json"),
         "--gold", str(CORPUS / "expected"), "--json", str(report), "--files", *files],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    summary: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return summary


def table(summary: dict[str, object]) -> str:
    """Per-field precision/recall/F1 as a small text table."""
    lines = [f"{'field':<34} {'P':>6} {'R':>6} {'F1':>6}"]
    for group in ("records", "initiative_fields", "event_fields", "return_fields"):
        fields = summary[group]
        assert isinstance(fields, dict)
        for name, tally in fields.items():
            cells = [("-" if tally[k] is None else f"{tally[k]:.3f}") for k in ("p", "r", "f1")]
            lines.append(f"{group + '.' + name:<34} {cells[0]:>6} {cells[1]:>6} {cells[2]:>6}")
    lines.append(
        f"fact_f1={summary['fact_f1']} kind={summary['kind_accuracy']} "
        f"language={summary['language_accuracy']} leaks={summary['personal_data_leaks']}"
    )
    return "\n".join(lines)


def test_corpus_scores_stay_above_their_floors(
    corpus_build: tuple[BuildResult, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, package = corpus_build
    summary = score(package, tmp_path / "score.json")
    with capsys.disabled():
        print("\n" + table(summary))
    assert summary["personal_data_leaks"] == []
    assert summary["docs_without_source_row"] == 0
    for key, floor in FLOORS.items():
        value = summary[key]
        assert isinstance(value, float)
        assert value >= floor, f"{key} fell to {value} (floor {floor})"
