"""Time the stages of a whole one-process build, the ones around extraction included.

Usage: python benchmarks/build_stages.py [--documents FOLDER | --size 2000] [--repeat 3]

Runs :func:`return_atlas.build.build` with one worker (everything in this process, in the
order a worker and the main process would run it) and prints CPU milliseconds per document
for each stage, measured by wrapping the function of each stage:

- worker: read, classify, extract (without classify), resolve (without check+render),
  check+render (:func:`~return_atlas.package.writer.prepare` of each record), and "hand
  over" (what ``process_read`` does besides: reports, pickling the rendered records);
- main process: merge (:meth:`Resolver.merge`), spool (:meth:`PackageWriter.add`), report
  (the report log), finish (the final write: references, merged records, codelists,
  descriptor, build report), and the rest of the build loop.

The wrappers cost a little (a few microseconds per call). Without ``--documents`` it times
a scaled corpus of ``--size`` documents made from documents/ (as benchmarks/run.py does).
The first build warms up the caches and is not counted.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from scale import make_corpus

from return_atlas import build as build_module
from return_atlas.extract import dispatch
from return_atlas.package import writer as writer_module
from return_atlas.read.reader import list_document_names
from return_atlas.resolve import records as records_module

ROOT = Path(__file__).resolve().parent.parent
_clock = time.process_time
#: CPU seconds by stage, inclusive of the stages called inside.
_spent: dict[str, float] = {}


def _timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            _spent[stage] = _spent.get(stage, 0.0) + _clock() - started

    return wrapper


def _wrap(owner: Any, name: str, stage: str) -> None:
    setattr(owner, name, _timed(stage, getattr(owner, name)))


def instrument() -> None:
    """Wrap the function of every stage where the build looks it up."""
    _wrap(build_module, "read_document", "read")
    _wrap(dispatch, "classify_page", "classify")
    _wrap(build_module, "extract_document", "extract+classify")
    _wrap(build_module, "resolve_document", "resolve+prepare")
    _wrap(build_module, "prepare", "prepare")
    _wrap(build_module, "process_read", "process_read")
    _wrap(writer_module, "prepare", "prepare (main)")
    _wrap(records_module.Resolver, "merge", "merge")
    _wrap(build_module.PackageWriter, "add", "spool")
    _wrap(build_module.PackageWriter, "finish", "finish")
    _wrap(build_module.ReportLog, "add", "report")
    _wrap(build_module, "build", "build")


def run(folder: Path, out: Path) -> dict[str, float]:
    """CPU seconds by stage of one build of ``folder``."""
    _spent.clear()
    build_module.build(folder, out, workers=1)
    s = dict(_spent)
    worker = s["process_read"] + s["read"]
    main = s["build"] - worker
    return {
        "read": s["read"],
        "classify": s["classify"],
        "extract": s["extract+classify"] - s["classify"],
        "resolve": s["resolve+prepare"] - s["prepare"],
        "check+render": s["prepare"],
        "hand over": s["process_read"] - s["extract+classify"] - s["resolve+prepare"],
        "worker": worker,
        "merge": s["merge"],
        "spool": s["spool"],
        "report": s["report"],
        "finish": s["finish"],
        "  of which prepare": s.get("prepare (main)", 0.0),
        "rest": main - s["merge"] - s["spool"] - s["report"] - s["finish"],
        "main": main,
        "whole": s["build"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=Path, help="a folder of documents to time")
    parser.add_argument("--size", type=int, default=2000, help="scaled corpus size")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is shown")
    args = parser.parse_args()
    instrument()
    with tempfile.TemporaryDirectory(prefix="ra-build-stages-") as tmp:
        folder = args.documents
        if folder is None:
            folder = Path(tmp) / "corpus"
            make_corpus(ROOT / "documents", folder, args.size)
        count = len(list_document_names(folder))
        run(folder, Path(tmp) / "out")  # warm up
        best = min(
            (run(folder, Path(tmp) / "out") for _ in range(args.repeat)),
            key=lambda totals: totals["whole"],
        )
    print(f"{count} documents, one process, fastest of {args.repeat} build(s), CPU ms/doc:")
    for stage, seconds in best.items():
        print(f"  {stage:<20} {1000 * seconds / count:.3f}")
    print(f"  = {count / best['whole']:,.0f} documents/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
