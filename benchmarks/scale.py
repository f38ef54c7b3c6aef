"""Make a scaled corpus by perturbing the real documents, deterministically.

Each synthetic document is a real one with its numbers shifted, its lines occasionally
shuffled or duplicated, and its end cut at a random point, so that the converter sees the
same layouts and languages in new combinations rather than byte-for-byte copies.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

_DIGITS = re.compile(r"\d")


def perturb(text: str, rng: random.Random) -> str:
    """One plausible variant of ``text``."""
    shift = str(rng.randrange(10))
    text = _DIGITS.sub(lambda m: shift if rng.random() < 0.1 else m.group(), text)
    lines = text.split("\n")
    if rng.random() < 0.3 and len(lines) > 4:
        i = rng.randrange(1, len(lines) - 1)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    if rng.random() < 0.2:
        lines.insert(rng.randrange(len(lines)), lines[rng.randrange(len(lines))])
    text = "\n".join(lines)
    if rng.random() < 0.5:
        text = text[: rng.randrange(len(text) // 2, len(text) + 1)]
    return text


def make_corpus(real: Path, out: Path, count: int, seed: int = 20261123) -> int:
    """Write ``count`` perturbed documents to ``out`` (files spread over sub-folders)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    sources = [p.read_text(encoding="utf-8") for p in sorted(real.glob("*.txt"))]
    for index in range(count):
        folder = out / f"{index // 1000:04d}"
        if index % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = perturb(sources[index % len(sources)], rng)
        (folder / f"{index:07d}.txt").write_text(text, encoding="utf-8")
    return count
