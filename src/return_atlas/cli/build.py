"""``return-atlas build``: documents to data package."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from return_atlas.cli.common import EXIT_INVALID, EXIT_OK, fail

PROGRESS_MIN_DOCUMENTS = 200


def register(sub: Any) -> None:
    """Add the ``build`` subcommand."""
    p = sub.add_parser("build", help="build the data package from source documents")
    p.add_argument(
        "--documents",
        type=Path,
        default=Path("documents"),
        help="folder of .txt/.md/.html documents (default: documents)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("datapackage"),
        help="where to write the package (default: datapackage)",
    )
    p.add_argument(
        "--workers", type=int, default=None, help="processes to use (default: all available cores)"
    )
    p.add_argument(
        "--contributions",
        type=Path,
        default=Path("contributions"),
        help="folder of contributed records and corrections to merge (default: contributions;"
        " skipped when it does not exist)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.add_argument("-v", "--verbose", action="store_true", help="report every document")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build the package and print the build report."""
    from return_atlas.build import ContributionError, build

    documents: Path = args.documents
    if not documents.is_dir():
        return fail(f"documents folder {str(documents)!r} does not exist or is not a folder")
    if args.workers is not None and args.workers < 1:
        return fail("--workers must be at least 1")
    bar: Any = None

    def on_start(total: int) -> None:
        nonlocal bar
        if not args.quiet and total >= PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=total, unit="doc", desc="build", file=sys.stderr)

    def progress(done: int) -> None:
        if bar is not None:
            bar.update(done)

    contributions = args.contributions if args.contributions.is_dir() else None
    started = time.perf_counter()
    try:
        result = build(
            documents,
            args.out,
            workers=args.workers,
            contributions=contributions,
            on_start=on_start,
            progress=progress,
        )
    except ContributionError as error:
        print(f"return-atlas: the contributions cannot be merged; {args.out} is unchanged:",
              file=sys.stderr)  # fmt: skip
        for issue in error.issues:
            where = ":".join(str(issue[k]) for k in ("file", "row", "line") if issue.get(k))
            print(f"  {where}: [{issue['code']}] {issue['message']}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:
        return fail(f"cannot write the package to {str(args.out)!r}: {error}")
    finally:
        if bar is not None:
            bar.close()
    if not result.documents:
        print(f"return-atlas: warning: no .txt, .md or .html document in {documents}",
              file=sys.stderr)  # fmt: skip
    if not args.quiet:
        print_report(result, time.perf_counter() - started, args.verbose, sys.stderr)
    return EXIT_OK


def print_report(result: Any, seconds: float, verbose: bool, out: TextIO) -> None:
    """The build report for people: skipped documents always, every document with -v."""
    for report in result.documents:
        if report.error:
            print(f"  SKIPPED {report.file}: {report.error}", file=out)
        elif verbose:
            found = ", ".join(f"{k} {v}" for k, v in report.extracted.items()) or "nothing"
            print(f"  {report.file}: {report.kind} [{report.language}] {found}", file=out)
        if verbose or report.error:
            for warning in report.warnings:
                print(f"      warning: {warning}", file=out)
    for line in result.package.dropped:
        print(f"  left out: {line}", file=out)
    counts = ", ".join(f"{name} {n}" for name, n in result.package.counts.items() if n)
    warned = sum(1 for r in result.documents if r.warnings)
    print(
        f"Built {result.package.path} from {len(result.documents)} documents in {seconds:.1f} s "
        f"({len(result.failed)} skipped, {warned} with warnings; --verbose lists them).\n"
        f"Records: {counts}.",
        file=out,
    )
