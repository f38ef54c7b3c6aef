"""``return-atlas release VERSION``: gate, classify and write a versioned release."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from return_atlas.cli.common import EXIT_INVALID, EXIT_OK, fail


def register(sub: Any) -> None:
    """Add the ``release`` subcommand."""
    p = sub.add_parser(
        "release",
        help="make a versioned data release (validation and tests must pass)",
        description=(
            "Compare the built package with the latest release, classify every change as "
            "MAJOR, MINOR or PATCH, refuse a version lower than the changes need, run the "
            "validation gate and the test suite, then write releases/VERSION/ (zip, "
            "SHA256SUMS, descriptor, changes) and the data changelog in CHANGELOG.md."
        ),
    )
    p.add_argument("version", help="the new version, MAJOR.MINOR.PATCH (e.g. 1.0.0)")
    p.add_argument(
        "--root",
        type=Path,
        default=Path(),
        help="repository root; the defaults below are relative to it",
    )
    p.add_argument("--package", type=Path, help="built package folder (default: datapackage)")
    p.add_argument("--releases", type=Path, help="releases folder (default: releases)")
    p.add_argument("--schemas", type=Path, help="JSON and Table Schemas to ship (default: schemas)")
    p.add_argument(
        "--dictionary", type=Path, help="data dictionary to ship (default: docs/data-dictionary.md)"
    )
    p.add_argument("--changelog", type=Path, help="changelog to update (default: CHANGELOG.md)")
    p.add_argument(
        "--date",
        help="release date YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, "
        "else today); the same date and sources give a byte-identical zip",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="classify the changes and check the version; run and write nothing",
    )
    p.add_argument(
        "--skip-tests",
        action="store_true",
        help="do not run the test suite (for testing this command only, never for a real release)",
    )
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="print only refusals")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Make (or with --dry-run plan) the release and print the classification."""
    from return_atlas.release import (
        ReleaseRefused,
        Version,
        default_gate,
        make_release,
        plan_release,
        release_date,
    )

    root: Path = args.root
    package = args.package or root / "datapackage"
    releases = args.releases or root / "releases"
    changelog = args.changelog or root / "CHANGELOG.md"
    try:
        version = Version.parse(args.version)
        day = release_date(args.date)
    except ValueError as error:
        return fail(str(error))
    if not (package / "datapackage.json").is_file():
        return fail(f"{str(package)!r} holds no datapackage.json; run `return-atlas build` first")
    out = sys.stdout
    try:
        if args.dry_run:
            plan = plan_release(package, version, releases, day=day, changelog_path=changelog)
            _report(args, out, plan.as_dict(), plan.changes, plan.problems)
            return EXIT_INVALID if plan.problems else EXIT_OK
        result = make_release(
            package,
            version,
            releases,
            day=day,
            gate=default_gate(package, root, run_tests=not args.skip_tests),
            schemas=args.schemas or root / "schemas",
            dictionary=args.dictionary or root / "docs" / "data-dictionary.md",
            changelog_path=changelog,
        )
    except ReleaseRefused as refusal:
        data: dict[str, Any] = refusal.plan.as_dict() if refusal.plan else {}
        data["gate"] = [step.as_dict() for step in refusal.gate]
        data["problems"] = refusal.reasons
        _report(args, out, data, refusal.plan.changes if refusal.plan else [], refusal.reasons)
        return EXIT_INVALID
    except (OSError, ValueError) as error:
        return fail(f"release not made: {error}")
    data = {
        **result.plan.as_dict(),
        "gate": [s.as_dict() for s in result.gate],
        "folder": str(result.folder),
        "zip": str(result.zip_path),
        "sha256": result.sha256,
    }
    _report(args, out, data, result.plan.changes, [])
    if not args.json and not args.quiet:
        print(f"Released {version}: {result.zip_path} (sha256 {result.sha256})", file=out)
    return EXIT_OK


def _report(
    args: argparse.Namespace,
    out: TextIO,
    data: dict[str, Any],
    changes: list[Any],
    problems: list[str],
) -> None:
    if args.json:
        print(json.dumps(data, indent=1, ensure_ascii=False), file=out)
        return
    if not args.quiet:
        previous = data.get("previous")
        if previous is None:
            print(f"First release: {data.get('version')}.", file=out)
        else:
            print(
                f"Changes since {previous}: {data.get('required')} "
                f"(lowest allowed version {data.get('minimum')}).",
                file=out,
            )
            for change in changes:
                print(f"  {change}", file=out)
            if not changes:
                print("  none", file=out)
        for step in data.get("gate", []):
            mark = "passed" if step["passed"] else "FAILED"
            print(f"Gate {step['step']}: {mark}: {step['summary']}", file=out)
    for step in data.get("gate", []):
        if not step["passed"]:
            for line in step["details"]:
                print(f"    {line}", file=sys.stderr)
    for problem in problems:
        print(f"return-atlas: refused: {problem}", file=sys.stderr)
