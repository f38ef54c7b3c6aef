"""The environment benchmarked tools run in: Python as after a normal installation.

pip compiles modules to bytecode on install and Python keeps it in ``__pycache__``; a shell
with ``PYTHONDONTWRITEBYTECODE`` set (as some containers are) makes every run compile
polars, pydantic, frictionless and the project from source again, which a user never pays
twice. The tools run with the bytecode cache on, kept in a folder of the benchmark's own so
that nothing is written into the installed packages.
"""

from __future__ import annotations

import os
from pathlib import Path


def installed(cache: Path) -> dict[str, str]:
    """This process's environment with the bytecode cache on, under ``cache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env
