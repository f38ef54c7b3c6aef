"""The benchmark scripts still run against the code they time (they wrap its functions by
name, and a renamed function would stop them). Each runs on three documents."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def three_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("three")
    for name in sorted(p.name for p in (ROOT / "documents").glob("*.txt"))[:3]:
        shutil.copy(ROOT / "documents" / name, folder / name)
    return folder


@pytest.mark.parametrize(
    ("script", "stages"),
    [
        ("build_stages.py", ("classify", "extract", "worker", "whole")),
        ("stages.py", ("read", "classify", "extract")),
    ],
)
def test_a_stage_benchmark_runs_and_times_every_stage(
    three_documents: Path, script: str, stages: tuple[str, ...]
) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / script),
            "--documents",
            str(three_documents),
            "--repeat",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for stage in stages:
        assert stage in done.stdout, done.stdout
