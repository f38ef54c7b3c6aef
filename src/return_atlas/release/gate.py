"""The release gate: nothing is published that fails validation or the test suite."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TAIL_LINES = 25


@dataclass(frozen=True, slots=True)
class GateStep:
    """The outcome of one step of the gate."""

    name: str
    passed: bool
    summary: str
    details: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, object]:
        """JSON form."""
        return {
            "step": self.name,
            "passed": self.passed,
            "summary": self.summary,
            "details": list(self.details),
        }


Step = Callable[[], GateStep]


def _issue_text(issue: object) -> str:
    message = getattr(issue, "message", None)
    if message is None:
        return str(issue)
    code = getattr(issue, "code", None)
    parts = [getattr(issue, name, None) for name in ("file", "row", "field")]
    where = ":".join(str(p) for p in parts if p not in (None, ""))
    return " ".join(p for p in (f"[{code}]" if code else "", where, str(message)) if p)


def validation_step(package: Path) -> GateStep:
    """Run the validation gate (``return_atlas.validate.validate``) on the package folder."""
    try:
        from return_atlas.validate import validate  # noqa: PLC0415 - a later module
    except ImportError as error:
        return GateStep("validation", False, f"the validator cannot be imported: {error}")
    report = validate([package])
    found = list(getattr(report, "issues", []))
    found.sort(key=lambda issue: not getattr(issue, "is_error", True))  # errors first
    issues = [_issue_text(issue) for issue in found]
    if report.valid:
        return GateStep("validation", True, "package valid", tuple(issues[:TAIL_LINES]))
    return GateStep(
        "validation", False, f"package invalid ({len(issues)} issues)", tuple(issues[:TAIL_LINES])
    )


def suite_step(root: Path, *, pytest_args: Sequence[str] = ()) -> GateStep:
    """Run ``python -m pytest -q`` in ``root`` in a subprocess; pass only on exit code 0."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args]
    completed = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        command, cwd=root, capture_output=True, text=True, check=False
    )
    lines = (completed.stdout + completed.stderr).strip().splitlines()
    last = lines[-1] if lines else "(no output)"
    if completed.returncode == 0:
        return GateStep("tests", True, last)
    meaning = {5: "no tests were collected"}.get(completed.returncode, last)
    return GateStep(
        "tests",
        False,
        f"test suite failed (exit {completed.returncode}: {meaning})",
        tuple(lines[-TAIL_LINES:]),
    )


def run_gate(steps: Sequence[Step]) -> list[GateStep]:
    """Run every step in order, stopping at the first that fails."""
    results: list[GateStep] = []
    for step in steps:
        results.append(step())
        if not results[-1].passed:
            break
    return results
