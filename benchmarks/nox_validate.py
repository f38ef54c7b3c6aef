"""Time ``nox -s validate`` on a small contribution, cold (a fresh machine) and warm.

Cold: a clean clone of the repository in a temporary folder, a new virtual environment
with nothing but Python, empty pip and uv caches; the time counts installing nox, nox
creating the session's environment and installing the project with its dependencies from
the package registry, and the validation. Warm: the same command run again in that clone.
Python keeps its bytecode cache, as after any install (see ``pyenv.py``).
The contribution is one initiative (CSV) and one country link (YAML) in a folder of its own.

Needs the package registry (PyPI) and git. Writes the figures to BENCHMARKS.md between
``<!-- nox-validate:begin -->`` and ``<!-- nox-validate:end -->``.

Usage: python benchmarks/nox_validate.py [--warm-runs 3]
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markdown import replace_section
from pyenv import installed

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"
FOLDER = "contributions/bench-ngo"
INITIATIVES = (
    "initiative_id,initiative_type,title,language,summary,iom_project_code,prima_id,status,"
    "start,end,year,budget_amount,budget_currency,coverage,iom_region,project_type,"
    "gcm_objectives,source_ids\n"
    "ini-bench-ngo-2023,project,Reintegration desk,en,Counselling for returnees.,,,active,"
    "2023-05,2024-12,2023,50000,EUR,national,Africa,,21,{source_id}\n"
)
LINKS = """\
- record_type: initiative_countries
  initiative_id: ini-bench-ngo-2023
  country: SEN
  role: location
  source_url: https://example.org/our-projects/desk
"""


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Seconds taken by ``command``; stops the benchmark when it fails."""
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own tools and arguments
        command, check=False, cwd=cwd, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm-runs", type=int, default=3, help="warm runs; the fastest counts")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="return-atlas-cold-") as tmp:
        work = Path(tmp)
        clone = work / "clone"
        git = ["git", "clone", "--quiet", str(ROOT), str(clone)]
        subprocess.run(git, check=True)  # noqa: S603 - git from PATH, our own arguments
        folder = clone / FOLDER
        folder.mkdir(parents=True)
        sources = clone / "datapackage" / "data" / "sources.csv"
        with sources.open(encoding="utf-8", newline="") as f:
            source_id = next(csv.DictReader(f))["source_id"]
        initiatives = INITIATIVES.format(source_id=source_id)
        (folder / "initiatives.csv").write_text(initiatives, encoding="utf-8")
        (folder / "links.yaml").write_text(LINKS, encoding="utf-8")
        venv.create(work / "venv", with_pip=True)
        bin_dir = work / "venv" / "bin"
        env = {
            **installed(work / "pycache"),
            "PIP_NO_CACHE_DIR": "1",
            "UV_CACHE_DIR": str(work / "uv-cache"),
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        }
        nox = [str(bin_dir / "nox"), "-s", "validate", "--", FOLDER]
        cold_install = timed(
            [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "nox[uv]"], clone, env
        )
        cold_session = timed(nox, clone, env)
        warm = min(timed(nox, clone, env) for _ in range(args.warm_runs))

    when = time.strftime("%Y-%m-%d")
    body = (
        f"Measured {when} on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}: `python benchmarks/nox_validate.py` (a clean clone, a new "
        "virtual environment, empty pip and uv caches, packages from PyPI; a contribution of "
        "one initiative and one country link).\n\n"
        "| run | seconds |\n|---|---:|\n"
        f"| cold: `pip install 'nox[uv]'` | {cold_install:.1f} |\n"
        f"| cold: `nox -s validate -- {FOLDER}` (environment, install, validation) "
        f"| {cold_session:.1f} |\n"
        f"| cold in all | {cold_install + cold_session:.1f} |\n"
        f"| warm: `nox -s validate -- {FOLDER}` (fastest of {args.warm_runs}) | {warm:.1f} |"
    )
    BENCHMARKS.write_text(
        replace_section(BENCHMARKS.read_text(encoding="utf-8"), body, "nox-validate"),
        encoding="utf-8",
    )
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
