"""``return-atlas schemas``: regenerate (or check) the generated schemas and docs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from return_atlas.cli.common import EXIT_INVALID, EXIT_OK


def register(sub: Any) -> None:
    """Add the ``schemas`` subcommand."""
    p = sub.add_parser(
        "schemas",
        help="regenerate JSON Schemas, Table Schemas, the data dictionary and the issue codes",
    )
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when a generated file is stale"
    )
    p.add_argument(
        "--root",
        type=Path,
        default=Path(),
        help="repository root to write into (default: current folder)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Regenerate, or with --check compare, every generated file."""
    from return_atlas.generate import regenerate
    from return_atlas.validate.docs import CODES_PATH, write_codes

    changed = regenerate(args.root, check=args.check)
    if write_codes(args.root, check=args.check):
        changed.append(str(CODES_PATH))
    if args.check:
        if changed:
            print("Stale generated files (run `return-atlas schemas`):", file=sys.stderr)
            for path in changed:
                print(f"  {path}", file=sys.stderr)
            return EXIT_INVALID
        print("Generated files are up to date.")
        return EXIT_OK
    print(f"Wrote {len(changed)} generated files." if changed else "Nothing to change.")
    return EXIT_OK
