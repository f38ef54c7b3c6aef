"""The ``return-atlas`` command line: one small module per subcommand.

Modules here only parse arguments, call library functions and print; the work lives in the
library. Exit codes: 0 success, 1 the work found problems (stale schemas, invalid data),
2 the command could not run (bad arguments, a folder that does not exist).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from return_atlas import __version__
from return_atlas.cli.common import fail

#: Subcommand modules, in the order ``--help`` lists them; each has ``register(subparsers)``.
COMMANDS = ("build", "schemas", "validate", "release", "download")


def parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    top = argparse.ArgumentParser(
        prog="return-atlas",
        description="Build, check and publish the Return Atlas open dataset.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"return_atlas.cli.{name}").register(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``return-atlas`` command."""
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        return fail("interrupted; nothing was moved into place")
    return code
