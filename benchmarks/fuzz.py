"""Fuzz the converter: build a package from broken pages and put it through the gate.

Usage: python benchmarks/fuzz.py [--pages 600] [--seed 1919] [--keep FOLDER]

Makes ``--pages`` documents from the development documents and the read corpus sets
(tests/corpus/heldout*/, never the blind ones), each broken one to three ways: cut, lines
shuffled, re-encoded, repeated, bytes flipped, random bytes, spaces made no-break / narrow /
thin / tabs, line breaks removed. Then runs ``return-atlas build`` on them (in this process,
so that a traceback shows) and ``return-atlas validate`` on the package, and prints what each
found. Exit code 0 when the build finished and the gate found no error.

The property tests of tests/test_robustness.py run a few dozen such pages on every test run;
this script runs hundreds, for the session that changes the readers or the writer. It found
the telephone numbers spaced with no-break spaces (fe15db9) and the formula cells of broken
pages (b4f5ddd).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from return_atlas.build import build
from return_atlas.validate.runner import validate

ROOT = Path(__file__).resolve().parents[1]
SPACES = ("\u00a0", "\u202f", "\u2009", "\t")
ENCODINGS = ("latin-1", "cp1252", "utf-16")


def _break(raw: bytes, rng: random.Random) -> bytes:
    """``raw`` broken one way, chosen by ``rng``."""
    way = rng.randrange(8)
    if way == 0:
        return raw[: rng.randrange(len(raw) + 1)]
    if way == 1:
        lines = raw.split(b"\n")
        rng.shuffle(lines)
        return b"\n".join(lines)
    if way == 2:
        return raw.decode("utf-8", "replace").encode(rng.choice(ENCODINGS), "replace")
    if way == 3:
        return raw * rng.randrange(5, 60)
    if way == 4:
        flipped = bytearray(raw)
        for _ in range(30):
            if flipped:
                flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        return bytes(flipped)
    if way == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(3000)))
    if way == 6:
        return raw.replace(b" ", rng.choice(SPACES).encode())
    return raw.replace(b"\n", b" ")


def make_pages(out: Path, pages: int, seed: int) -> int:
    """Write ``pages`` broken documents to ``out``; return how many sources they came from."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    sources = sorted((ROOT / "documents").glob("*.txt"))
    sources += sorted((ROOT / "tests" / "corpus").glob("heldout*/documents/*.txt"))
    for index in range(pages):
        raw = rng.choice(sources).read_bytes()
        for _ in range(rng.randrange(1, 3)):
            raw = _break(raw, rng)
        (out / f"fuzz{index:04d}.txt").write_bytes(raw)
    return len(sources)


def main(argv: list[str] | None = None) -> int:
    """Build broken pages, validate the package, print what was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1919)
    parser.add_argument("--keep", type=Path, help="write the pages and package here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        docs = work / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        sources = make_pages(docs, args.pages, args.seed)
        result = build(docs, work / "package", workers=1)
        report = validate([work / "package"])
    errors = [issue for issue in report.issues if issue.is_error]
    print(f"{args.pages} broken pages from {sources} documents (seed {args.seed})")
    print(f"build: {len(result.failed)} skipped with a reason, package written")
    for code, count in sorted(Counter(issue.code for issue in errors).items()):
        print(f"gate: {count} x {code}")
    print("gate: valid" if not errors else f"gate: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
