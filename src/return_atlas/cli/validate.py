"""``return-atlas validate``: check the package, contributions or single record files."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from return_atlas.cli.common import EXIT_ERROR, fail

_SIZE = re.compile(r"^\s*(\d+)\s*([kKmMgG]?)i?[bB]?\s*$")
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def size(text: str) -> int:
    """A byte count: ``1000``, ``64K``, ``512M``, ``2G``."""
    found = _SIZE.match(text)
    if not found:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (examples: 1000, 64K, 512M)")
    return int(found.group(1)) * _UNITS[found.group(2).lower()]


def register(sub: Any) -> None:
    """Add the ``validate`` subcommand."""
    from return_atlas.validate.safety import DEFAULT_MAX_BYTES
    from return_atlas.validate.sink import DEFAULT_CAP

    default_model_rows = 10_000  # runner.DEFAULT_MODEL_ROWS, without importing polars here

    p = sub.add_parser(
        "validate",
        help="check the data package, contributions or record files",
        description="Validate a package (datapackage.json or its folder), a folder of "
        "contributions, or single CSV/JSON/YAML record files. With no PATH: datapackage/ "
        "and contributions/. Exit 0 valid, 1 invalid, 2 could not run.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="package, folder, file or URL")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default) or json for machines",
    )
    p.add_argument(
        "--allow-remote", action="store_true", help="fetch http(s) URLs (refused by default)"
    )
    p.add_argument(
        "--max-bytes",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"largest file read (default {DEFAULT_MAX_BYTES // 2**20}M)",
    )
    p.add_argument(
        "--engine",
        choices=("polars", "frictionless"),
        default="polars",
        help="table checks: vectorised (default) or the Frictionless reference",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=f"keep every issue (default: the first {DEFAULT_CAP} of each kind per file)",
    )
    p.add_argument(
        "--model-rows",
        type=int,
        default=default_model_rows,
        metavar="N",
        help="rows per table checked one by one through the models; larger tables "
        f"are sampled (default {default_model_rows:,})",
    )
    p.add_argument(
        "--schema-only",
        action="store_true",
        help="only the Table Schema checks of CSV tables (what Frictionless checks; for "
        "comparisons, not for the gate)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print the summary line only")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate and print the report; the exit code says valid, invalid or could not run."""
    from return_atlas.validate.render import render_json, render_text
    from return_atlas.validate.runner import validate
    from return_atlas.validate.sink import DEFAULT_CAP

    if args.model_rows < 1:
        return fail("--model-rows must be at least 1")
    try:
        report = validate(
            args.paths,
            allow_remote=args.allow_remote,
            max_bytes=args.max_bytes,
            engine=args.engine,
            cap=None if args.all else DEFAULT_CAP,
            model_rows=args.model_rows,
            schema_only=args.schema_only,
        )
    except Exception as error:
        print(f"return-atlas: error: validation failed: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.format == "json":
        render_json(report, sys.stdout)
    else:
        render_text(report, sys.stdout, quiet=args.quiet)
    return report.exit_code
