"""tests/corpus/agreement.py: one reader's expected facts scored against another's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.corpus.agreement import agreement, main

GOLD = ROOT / "tests" / "corpus" / "heldout" / "expected"
PAIRS = [(f"{path.stem}.txt", f"{path.stem}.txt") for path in sorted(GOLD.glob("*.json"))]


def test_a_reader_agrees_with_itself() -> None:
    summary = agreement(GOLD, GOLD, PAIRS)
    assert summary["fact_f1"] == 1.0
    assert summary["kind_accuracy"] == 1.0


def test_a_second_reader_who_differs_lowers_the_agreement(tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(GOLD, other)
    changed = 0
    for path in sorted(other.glob("*.json")):
        facts = json.loads(path.read_text("utf-8"))
        kept = [r for r in facts["assisted_returns"] if r.get("optional")]
        if len(kept) < len(facts["assisted_returns"]) and not changed:
            facts["assisted_returns"] = kept  # the second reader counts no figure here
            facts["kind"] = "other" if facts["kind"] != "other" else "news_release"
            path.write_text(json.dumps(facts), "utf-8")
            changed += 1
    assert changed == 1
    summary = agreement(GOLD, other, PAIRS)
    assert summary["fact_f1"] < 1.0
    assert summary["kind_accuracy"] == pytest.approx((len(PAIRS) - 1) / len(PAIRS), abs=1e-3)
    assert summary["records"]["assisted_returns"]["fn"] > 0


def test_the_command_names_the_documents_both_readers_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--gold", str(GOLD), "--other", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert f"{len(PAIRS)} documents, fact F1 1.0, kind 1.0" in out
