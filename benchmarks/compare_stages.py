"""Compare the per-document stages of two versions of the package, in one process.

Usage: python benchmarks/compare_stages.py BASE [--documents FOLDER | --size 2000] [--rounds 8]

BASE is a git revision (``main``, ``HEAD~3`` ...). Its ``src/return_atlas`` and the working
tree's are copied to a temporary folder under the names ``return_atlas_base`` and
``return_atlas_work``, imported side by side, and run over the same documents in alternation
(read, classify, extract, as benchmarks/stages.py does). The fastest round of each is shown.
On a machine shared with other work, alternating in one process is what makes a difference
of a few percent visible: separate runs minutes apart differ by more than that.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from scale import make_corpus
from stages import time_stages

ROOT = Path(__file__).resolve().parent.parent
_NAME = re.compile(r"\breturn_atlas\b")


def _rename(tree: Path, name: str) -> None:
    """Make the package copied at ``tree`` importable as ``name``."""
    for path in tree.rglob("*.py"):
        path.write_text(_NAME.sub(name, path.read_text(encoding="utf-8")), encoding="utf-8")


def _copy_revision(revision: str, into: Path) -> None:
    archive = subprocess.run(  # noqa: S603 - git with our own arguments
        ["git", "-C", str(ROOT), "archive", revision, "src/return_atlas"],  # noqa: S607
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into / "unpacked", filter="data")
    shutil.move(into / "unpacked" / "src" / "return_atlas", into / "return_atlas_base")


def _load(name: str) -> tuple[Any, Any, Any]:
    reader = importlib.import_module(f"{name}.read.reader")
    classify = importlib.import_module(f"{name}.classify").classify
    extractors = importlib.import_module(f"{name}.extract.dispatch").EXTRACTORS
    return reader, classify, extractors


def _run(version: tuple[Any, Any, Any], folder: Path, paths: list[Path]) -> tuple[float, ...]:
    """CPU seconds of read, classify and extract over ``paths``."""
    return time_stages(*version, folder, paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="git revision to compare the working tree with")
    parser.add_argument("--documents", type=Path, help="a folder of documents to time")
    parser.add_argument("--size", type=int, default=2000, help="scaled corpus size")
    parser.add_argument("--rounds", type=int, default=8, help="alternations; fastest shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ra-compare-") as tmp:
        packages = Path(tmp) / "packages"
        packages.mkdir()
        _copy_revision(args.base, packages)
        shutil.copytree(ROOT / "src" / "return_atlas", packages / "return_atlas_work")
        _rename(packages / "return_atlas_base", "return_atlas_base")
        _rename(packages / "return_atlas_work", "return_atlas_work")
        sys.path.insert(0, str(packages))
        versions = {"base": _load("return_atlas_base"), "work": _load("return_atlas_work")}
        folder = args.documents
        if folder is None:
            folder = Path(tmp) / "corpus"
            make_corpus(ROOT / "documents", folder, args.size)
        paths = versions["work"][0].list_documents(folder)
        for version in versions.values():
            _run(version, folder, paths[:100])  # warm up
        best: dict[str, tuple[float, ...]] = {}
        for _ in range(args.rounds):
            for name, version in versions.items():
                seconds = _run(version, folder, paths)
                if name not in best or sum(seconds) < sum(best[name]):
                    best[name] = seconds
    count = len(paths)
    print(f"{count} documents, fastest of {args.rounds} alternating round(s), CPU ms/doc:")
    for name, (read, classified, extracted) in best.items():
        label = args.base if name == "base" else "working tree"
        total = 1000 * (read + classified + extracted) / count
        print(
            f"  {label:>14}: read {1000 * read / count:.3f}  classify "
            f"{1000 * classified / count:.3f}  extract {1000 * extracted / count:.3f}  "
            f"total {total:.3f} = {1000 / total:,.0f} documents/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
