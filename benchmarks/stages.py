"""Time the per-document stages of a build worker: read, classify, extract, normalise.

Usage: python benchmarks/stages.py [--documents FOLDER | --size 2000] [--repeat 3] [--no-split]

Runs what one build worker runs for each document, in one process and in the same order
(read, then classify, then the extractor of the page's kind; an office page that the build
reads again as a story, having no cue and no project of its own, is timed with the office
reader alone: benchmarks/build_stages.py times whole builds), and prints milliseconds per
document for each stage (CPU time of this process, so that other work on the machine counts
less) and the documents per second of the whole per-document work. Without
``--documents`` it times a scaled corpus of ``--size`` documents made from documents/ (as
benchmarks/run.py does). Every stage is run once over the first documents before timing, so
that the one-off compilation of lexicons and patterns is left out.

"normalise" is the time spent in the normalise functions the extractors call (countries,
dates, money, organisations, codelists); it is measured by wrapping those functions, which
adds a little overhead, and is part of "extract", which is shown both with it and without
it. ``--no-split`` leaves the wrappers out (the totals are then exact).
"""

from __future__ import annotations

import argparse
import functools
import inspect
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from scale import make_corpus

from return_atlas import extract, normalise
from return_atlas.classify import classify
from return_atlas.extract.dispatch import EXTRACTORS
from return_atlas.read import reader
from return_atlas.read.reader import list_documents

ROOT = Path(__file__).resolve().parent.parent

_clock = time.process_time  # CPU time: other processes on the machine count less
_inside = [0.0, 0]  # seconds spent in normalise, current nesting depth


def _timed(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _inside[1]:
            return function(*args, **kwargs)
        _inside[1] = 1
        started = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            _inside[0] += _clock() - started
            _inside[1] = 0

    return wrapper


def wrap_normalise() -> int:
    """Wrap every normalise function as the extract modules see it; how many were wrapped."""
    import pkgutil  # noqa: PLC0415 - only for the split
    from importlib import import_module  # noqa: PLC0415

    wrapped = 0
    for info in pkgutil.iter_modules(extract.__path__, "return_atlas.extract."):
        module = import_module(info.name)
        for name, value in list(vars(module).items()):
            if inspect.isfunction(value) or isinstance(value, functools._lru_cache_wrapper):
                home = getattr(value, "__module__", "") or ""
                if home.startswith(normalise.__name__ + "."):
                    setattr(module, name, _timed(value))
                    wrapped += 1
    return wrapped


def time_stages(
    reader: Any,
    classify: Callable[[str], tuple[str, str]],
    extractors: Any,
    folder: Path,
    paths: list[Path],
) -> tuple[float, float, float]:
    """CPU seconds of read, classify and extract over ``paths``, with one version's reader
    module, classifier and extractors (benchmarks/compare_stages.py passes two versions)."""
    manifest = reader.read_manifest(folder)
    read = classified = extracted = 0.0
    for path in paths:
        started = _clock()
        result = reader.read_document(folder, path, manifest)
        read_done = _clock()
        read += read_done - started
        if not isinstance(result, reader.ReadResult):
            continue
        document = result.document
        kind, language = classify(document.text)
        classify_done = _clock()
        classified += classify_done - read_done
        extractor = extractors.get(kind)
        if extractor is not None:
            extractor(document, language)
        extracted += _clock() - classify_done
    return read, classified, extracted


def run(paths: list[Path], folder: Path, split: bool) -> dict[str, float]:
    """Seconds per stage over ``paths``."""
    _inside[0] = 0.0
    read, classified, extracted = time_stages(reader, classify, EXTRACTORS, folder, paths)
    normalised = _inside[0] if split else float("nan")
    return {"read": read, "classify": classified, "extract": extracted, "normalise": normalised}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=Path, help="a folder of documents to time")
    parser.add_argument("--size", type=int, default=2000, help="scaled corpus size")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is shown")
    parser.add_argument("--no-split", action="store_true", help="do not time normalise apart")
    args = parser.parse_args()
    split = not args.no_split
    if split:
        wrap_normalise()
    with tempfile.TemporaryDirectory(prefix="ra-stages-") as tmp:
        folder = args.documents
        if folder is None:
            folder = Path(tmp) / "corpus"
            make_corpus(ROOT / "documents", folder, args.size)
        paths = list_documents(folder)
        run(paths[:100], folder, split)  # warm up: lexicons, patterns, caches of data files
        best: dict[str, float] | None = None
        for _ in range(args.repeat):
            totals = run(paths, folder, split)
            work = totals["read"] + totals["classify"] + totals["extract"]
            if best is None or work < best["read"] + best["classify"] + best["extract"]:
                best = totals
    assert best is not None
    count = len(paths)
    per = {stage: 1000 * seconds / count for stage, seconds in best.items()}
    whole = per["read"] + per["classify"] + per["extract"]
    print(f"{count} documents from {folder if args.documents else 'a scaled corpus'}, "
          f"fastest of {args.repeat} run(s), ms/doc:")  # fmt: skip
    print(f"  read      {per['read']:.3f}")
    print(f"  classify  {per['classify']:.3f}")
    if split:
        print(f"  extract   {per['extract'] - per['normalise']:.3f} (without normalise)")
        print(f"  normalise {per['normalise']:.3f}")
    print(f"  extract   {per['extract']:.3f} (with normalise)")
    print(f"  total     {whole:.3f} ms/doc = {1000 / whole:,.0f} documents/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
