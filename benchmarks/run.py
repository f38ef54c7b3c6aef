"""Benchmarks (``nox -s bench``): converter throughput and peak memory on scaled corpora.

Usage: python benchmarks/run.py [--sizes 10000 100000] [--keep]
Writes the figures to BENCHMARKS.md (the section between the converter markers).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markdown import replace_section
from scale import make_corpus

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"


#: Runs a command and prints the peak memory of its processes alone (ru_maxrss of a process's
#: children is the largest of all it ever waited for, so it cannot be read per build here).
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run_build(documents: Path, out: Path, workers: int) -> tuple[float, float, float]:
    """Seconds, CPU seconds (all processes) and peak resident memory (MiB, largest process)
    of one build in a subprocess."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-c", _PEAK, sys.executable, "-m", "return_atlas", "build",
         "--documents", str(documents), "--out", str(out), "--workers", str(workers),
         "--quiet"],
        check=True, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = int(done.stdout.split()[-1])
    return seconds, usage.ru_utime + usage.ru_stime - cpu, peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    rows = []
    with tempfile.TemporaryDirectory(prefix="ra-bench-") as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}"
            make_corpus(ROOT / "documents", corpus, size)
            for workers in sorted({1, cores}):
                load = os.getloadavg()[0]
                out = Path(tmp) / f"out-{size}-{workers}"
                seconds, cpu, peak = run_build(corpus, out, workers)
                rate = size / seconds
                rows.append(
                    f"| {size:,} | {workers} | {seconds:.1f} | {rate:,.0f} | "
                    f"{rate / workers:,.0f} | {cpu / size * 1000:.2f} | {peak:,.0f} | {load:.1f} |"
                )
                print(rows[-1], flush=True)
    body = "\n".join(
        [
            f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {cores} cores, "
            f"Python {platform.python_version()}: `python benchmarks/run.py` (whole build: "
            "read, classify, extract, resolve, validate through the models, write CSV+JSON). "
            "The load average is the machine's 1-minute load just before each build: above "
            "0 means other work shared the cores, and the seconds suffer while the CPU time "
            "per document does much less.",
            "",
            "| documents | workers | seconds | documents/s | documents/s per worker "
            "| CPU ms per document (all processes) | peak MiB (largest process) "
            "| load average before |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    BENCHMARKS.write_text(replace_section(current, body, "converter"), encoding="utf-8")
    print(f"wrote {BENCHMARKS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
