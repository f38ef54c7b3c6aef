"""Failing examples of every issue code, discovered from ``tests/validate_cases/*/case.json``.

Each case folder holds the input files and a ``case.json``: the paths to validate (relative
to the folder), options, the codes the report must contain and the exit code. ``package``
asks the harness to write a ``datapackage.json`` (Table Schemas from the models, so that the
cases follow the models); ``setup`` makes what git cannot hold (pipes, symbolic links) or
breaks the validator on purpose.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from return_atlas.generate.tableschema import table_schema
from return_atlas.validate import CATALOGUE, validate

CASES_DIR = Path(__file__).parent / "validate_cases"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "case.json").is_file())
#: Codes whose failing example needs a build's merge rather than ``validate``.
MERGE_ONLY = {"correction-no-change": "tests/test_contributions.py"}


def _descriptor(spec: dict[str, Any]) -> dict[str, Any]:
    resources: list[dict[str, Any]] = []
    for name, path in spec.get("resources", {}).items():
        schema = table_schema(name)
        if name in spec.get("drop_constraints", []):
            schema = {
                **schema,
                "fields": [
                    {k: v for k, v in f.items() if k != "constraints"} for f in schema["fields"]
                ],
            }
        resources.append(
            {
                "name": name,
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "schema": schema,
            }
        )
    for name, custom in spec.get("custom", {}).items():
        resources.append(
            {
                "name": name,
                "path": custom["path"],
                "format": "csv",
                "profile": "tabular-data-resource",
                "schema": custom["schema"],
            }
        )
    for name, path in spec.get("json", {}).items():
        resources.append({"name": f"{name}-json", "path": path, "type": "json", "format": "json"})
    return {"name": "case", "resources": resources}


def prepare(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, dict[str, Any]]:
    """A working copy of case ``name``, with its package descriptor and setup done."""
    spec: dict[str, Any] = json.loads((CASES_DIR / name / "case.json").read_text(encoding="utf-8"))
    work = tmp_path / name
    shutil.copytree(CASES_DIR / name, work)
    (work / "case.json").unlink()
    package = spec.get("package")
    if package:
        target = work / package["dir"] / "datapackage.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(_descriptor(package)), encoding="utf-8")
    for step in spec.get("setup", []):
        kind, _, argument = step.partition(":")
        if kind == "fifo":
            (work / argument).parent.mkdir(parents=True, exist_ok=True)
            os.mkfifo(work / argument)
        elif kind == "symlink":
            link, _, target_path = argument.partition("->")
            (work / link).symlink_to(target_path)
        elif kind == "crash":

            def broken(*_args: object, **_kwargs: object) -> None:
                raise RuntimeError("a bug, on purpose")

            monkeypatch.setattr("return_atlas.validate.runner.check_table", broken)
    return work, spec


@pytest.mark.parametrize("name", CASES)
def test_case(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, spec = prepare(name, tmp_path, monkeypatch)
    report = validate(spec["paths"], cwd=work, **spec.get("options", {}))
    found = sorted({i.code for i in report.issues})
    listing = "\n".join(
        f"  {i.code} {i.file} {i.row or i.line or ''} {i.message}" for i in report.issues
    )
    for code in spec["expect"]:
        assert code in found, f"{name}: expected {code}, got:\n{listing}"
    if not spec["expect"]:
        assert not report.errors, f"{name}: expected no error, got:\n{listing}"
    if spec.get("exit") is not None:
        assert report.exit_code == spec["exit"], f"{name}: exit {report.exit_code}\n{listing}"
    for item in report.issues:
        assert item.code in CATALOGUE
        assert item.message
        assert item.hint


def test_every_code_has_a_failing_example() -> None:
    covered: set[str] = set()
    for name in CASES:
        covered.update(json.loads((CASES_DIR / name / "case.json").read_text())["expect"])
    missing = set(CATALOGUE.codes) - covered - set(MERGE_ONLY)
    assert not missing, f"codes without a failing example under tests/validate_cases: {missing}"
    assert covered <= set(CATALOGUE.codes)
