"""Benchmark of ``return-atlas validate`` against ``frictionless validate`` on one large table.

The initiatives resource of the package built from ``documents/`` is scaled to ``--rows``
rows (1,000,000 by default) with 0.5% bad rows of fourteen kinds, written into a package with
the sources and the codelists, and validated in one run by both tools, each in its own
process, with no error limit. The script checks that every problem Frictionless finds is
found, lists what only ``return-atlas`` finds, and writes the figures to BENCHMARKS.md
between ``<!-- validate:begin -->`` and ``<!-- validate:end -->``.

Usage: python benchmarks/validate_bench.py [--rows 1000000] [--bad 0.005] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from markdown import replace_section
from pyenv import installed

from return_atlas.package.descriptor import CSV_DIALECT

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"
#: One mutation per bad row, in turn: (name, what Frictionless reports it as).
MUTATIONS = (
    "initiative_type",
    "start",
    "year_type",
    "year_min",
    "budget_min",
    "language",
    "duplicate",
    "title",
    "extra_cell",
    "missing_cell",
    "end_before_start",
    "year_spaces",
    "gcm_item",
    "budget_alone",
)


def base_package(work: Path) -> Path:
    """The package built from documents/ (built once into ``work``)."""
    sys.path.insert(0, str(ROOT / "src"))
    from return_atlas.build import build  # noqa: PLC0415 - after the path is set

    out = work / "base"
    build(ROOT / "documents", out, workers=1)
    return out


def mutate(row: dict[str, str], kind: str, index: int) -> dict[str, str]:
    """``row`` with one problem of ``kind``."""
    row = dict(row)
    if kind == "initiative_type":
        row["initiative_type"] = "projet"
    elif kind == "start":
        row["start"], row["end"] = "2023-5-7", ""
    elif kind == "year_type":
        row["year"] = "19x9"
    elif kind == "year_min":
        row["year"] = "1850"
    elif kind == "budget_min":
        row["budget_amount"], row["budget_currency"] = "-5", "USD"
    elif kind == "language":
        row["language"] = "xx"
    elif kind == "duplicate":
        row["initiative_id"] = f"ini-b{index - 1:07d}"
    elif kind == "title":
        row["title"] = ""
    elif kind == "end_before_start":
        row["start"], row["end"] = "2020-05", "2019"
    elif kind == "year_spaces":
        row["year"] = " 2019"
    elif kind == "gcm_item":
        row["gcm_objectives"] = "3;99"
    elif kind == "budget_alone":
        row["budget_amount"], row["budget_currency"] = "1000", ""
    return row


def write_table(base: Path, out: Path, rows: int, bad: float) -> dict[str, int]:
    """Write the scaled initiatives table; return how many rows of each mutation it has."""
    with (base / "data" / "initiatives.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        templates = list(reader)
    every = max(1, round(1 / bad)) if bad > 0 else 0
    made: Counter[str] = Counter()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for index in range(rows):
            row = dict(templates[index % len(templates)])
            row["initiative_id"] = f"ini-b{index:07d}"
            cells: list[str]
            if every and index % every == every // 2:
                kind = MUTATIONS[made.total() % len(MUTATIONS)]
                made[kind] += 1
                row = mutate(row, kind, index)
                cells = [row[name] for name in header]
                if kind == "extra_cell":
                    cells.append("surplus")
                elif kind == "missing_cell":
                    cells = cells[:-1]
            else:
                cells = [row[name] for name in header]
            writer.writerow(cells)
    return dict(made)


def make_package(base: Path, work: Path, rows: int, bad: float) -> tuple[Path, dict[str, int]]:
    """A package of the scaled initiatives, the sources and the codelists."""
    folder = work / "bench"
    (folder / "data").mkdir(parents=True, exist_ok=True)
    shutil.copytree(base / "codelists", folder / "codelists", dirs_exist_ok=True)
    shutil.copy(base / "data" / "sources.csv", folder / "data" / "sources.csv")
    made = write_table(base, folder / "data" / "initiatives.csv", rows, bad)
    descriptor = json.loads((base / "datapackage.json").read_text(encoding="utf-8"))
    keep = {"initiatives", "sources"}
    descriptor["resources"] = [
        r
        for r in descriptor["resources"]
        if r["path"].endswith(".csv") and (r["name"] in keep or r["path"].startswith("codelists/"))
    ]
    for resource in descriptor["resources"]:  # state the dialect: Frictionless would sniff it
        resource.setdefault("dialect", CSV_DIALECT)
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder, made


def best_of(runs: int, command: list[str], output: Path) -> tuple[float, float, int]:
    """The fastest of ``runs`` runs (the machine may be shared: the minimum is the figure
    least disturbed by other work), with the largest peak memory seen."""
    results = [timed(command, output) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results), results[-1][2]


def timed(command: list[str], output: Path) -> tuple[float, float, int]:
    """Seconds, peak resident MiB and exit code of ``command`` (stdout to ``output``)."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"with open({str(output)!r}, 'wb') as out:\n"
        f"    code = subprocess.run({command!r}, stdout=out).returncode\n"
        "s = time.perf_counter() - t\n"
        "print(s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, code)\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and tools
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=installed(output.parent / "pycache"),
    )
    seconds, peak, code = result.stdout.split()
    return float(seconds), float(peak), int(code)


def frictionless_problems(
    report: dict[str, Any], codelists: set[str]
) -> Counter[tuple[str, int | None, str | None]]:
    """Frictionless's errors on the initiatives table, in our codes."""
    sys.path.insert(0, str(ROOT / "src"))
    from types import SimpleNamespace  # noqa: PLC0415

    from return_atlas.validate.reference import translate  # noqa: PLC0415 - after the path is set

    found: Counter[tuple[str, int | None, str | None]] = Counter()
    for task in report.get("tasks", []):
        if task.get("name") != "initiatives":
            continue
        for error in task["errors"]:
            item = SimpleNamespace(
                type=error["type"],
                note=error.get("note", ""),
                message=error.get("message", ""),
                row_number=error.get("rowNumber"),
                field_name=error.get("fieldName"),
                reference_name=error.get("referenceName", ""),
                field_names=error.get("fieldNames", []),
            )
            issue = translate(item, "initiatives", "initiatives", codelists)
            found[(issue.code, issue.row, issue.field)] += 1
    return found


def ours(report: dict[str, Any]) -> Counter[tuple[str, int | None, str | None]]:
    """Our issues on the initiatives table."""
    return Counter(
        (i["code"], i.get("row"), i.get("field"))
        for i in report["issues"]
        if i["file"].endswith("initiatives.csv")
    )


def main() -> int:
    """Run the benchmark and write BENCHMARKS.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--bad", type=float, default=0.005)
    parser.add_argument("--keep", type=Path, default=None, help="keep the files in this folder")
    parser.add_argument("--no-write", action="store_true", help="do not touch BENCHMARKS.md")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of return-atlas (the fastest counts)"
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ra-validate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run(args, work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    """The benchmark proper."""
    base = base_package(work)
    started = time.perf_counter()
    package, made = make_package(base, work, args.rows, args.bad)
    table = package / "data" / "initiatives.csv"
    print(
        f"table: {args.rows:,} rows, {table.stat().st_size / 2**20:,.0f} MiB, bad rows "
        f"{sum(made.values()):,} ({time.perf_counter() - started:.1f} s to write)",
        flush=True,
    )
    bindir = Path(sys.executable).parent
    ra_out, fl_out = work / "ours.json", work / "frictionless.json"
    ra = best_of(
        args.repeat,
        [
            str(bindir / "return-atlas"),
            "validate",
            str(package),
            "--format",
            "json",
            "--all",
            "--max-bytes",
            "4G",
        ],
        ra_out,
    )
    print(f"return-atlas validate: {ra[0]:.1f} s, {ra[1]:,.0f} MiB, exit {ra[2]}", flush=True)
    schema_out = work / "schema-only.json"
    so = best_of(
        args.repeat,
        [str(bindir / "return-atlas"), "validate", str(package), "--format", "json", "--all",
         "--max-bytes", "4G", "--schema-only"],
        schema_out,
    )  # fmt: skip
    print(f"return-atlas validate --schema-only: {so[0]:.1f} s, {so[1]:,.0f} MiB", flush=True)
    fl = timed(
        [
            str(bindir / "frictionless"),
            "validate",
            str(package / "datapackage.json"),
            "--json",
            "--limit-errors",
            str(10**9),
        ],
        fl_out,
    )
    print(f"frictionless validate: {fl[0]:.1f} s, {fl[1]:,.0f} MiB, exit {fl[2]}", flush=True)
    mine = ours(json.loads(ra_out.read_text(encoding="utf-8")))
    codelists = {p.stem for p in (package / "codelists").glob("*.csv")}
    theirs = frictionless_problems(json.loads(fl_out.read_text(encoding="utf-8")), codelists)
    schema_only = ours(json.loads(schema_out.read_text(encoding="utf-8")))
    # Compare places (code, row, field): Frictionless reports a code outside its codelist
    # twice (enum and foreign key), return-atlas once.
    missed = set(theirs) - set(mine)
    schema_missed = set(theirs) - set(schema_only)
    extra = Counter(code for code, _, _ in set(mine) - set(theirs))
    both = Counter(code for code, _, _ in set(theirs))
    speedup = fl[0] / ra[0]
    print(
        f"speed-up {speedup:.1f}x; frictionless problems {len(theirs):,} places, missed "
        f"{len(missed):,}; only return-atlas: {dict(extra)}",
        flush=True,
    )
    body = "\n".join(
        [
            f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
            f"{len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}: "
            f"`python benchmarks/validate_bench.py --rows {args.rows}` (the initiatives table "
            f"scaled to {args.rows:,} rows, {table.stat().st_size / 2**20:,.0f} MiB, with "
            f"{sum(made.values()):,} bad rows of {len(made)} kinds; both tools with no error "
            f"limit, each in its own process; return-atlas the fastest of {args.repeat} runs, "
            "Frictionless one run; both with the bytecode cache on, as after an install).",
            "",
            "| tool | seconds | peak MiB | places with problems in initiatives |",
            "|---|---:|---:|---:|",
            f"| `frictionless validate` | {fl[0]:.1f} | {fl[1]:,.0f} | {len(theirs):,} |",
            f"| `return-atlas validate` (the whole gate) | {ra[0]:.1f} | {ra[1]:,.0f} | "
            f"{len(mine):,} |",
            f"| `return-atlas validate --schema-only` (Frictionless's checks) | {so[0]:.1f} | "
            f"{so[1]:,.0f} | {len(schema_only):,} |",
            "",
            f"Speed-up: **{speedup:.1f}×** for the whole gate (Table Schema, the models' rules, "
            "references, privacy and formula scans, a model sample, descriptor checks), "
            f"**{fl[0] / so[0]:.1f}×** for the checks Frictionless makes. Problems Frictionless "
            f"finds that return-atlas misses: **{len(missed)}** (schema-only: "
            f"**{len(schema_missed)}**). Found by both (places: code, row, field), by code: "
            + ", ".join(f"{c} {n:,}" for c, n in sorted(both.items()))
            + ". Found by return-atlas only (rules beyond the Table Schema): "
            + (", ".join(f"{c} {n:,}" for c, n in sorted(extra.items())) or "none")
            + ".",
        ]
    )
    if not args.no_write:
        current = (
            BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
        )
        BENCHMARKS.write_text(replace_section(current, body, "validate"), encoding="utf-8")
        print(f"wrote {BENCHMARKS.relative_to(ROOT)}")
    return 1 if missed or schema_missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
