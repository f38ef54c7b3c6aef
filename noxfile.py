"""Developer and CI tasks. ``python3 -m nox -l`` lists them; arguments after ``--`` pass through."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHON = "3.11"


def install(session: nox.Session, *groups: str) -> None:
    """The project (editable) and the named dependency groups of pyproject.toml."""
    session.install("-e", ".")
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


def install_once(session: nox.Session) -> None:
    """Install the project unless this reused environment has it from the same pyproject.toml.

    The install is editable, so source changes need no reinstall; only a change to
    pyproject.toml (dependencies, entry points) does. Skipping it keeps a warm
    ``nox -s validate`` to the time of the validation itself.
    """
    location = getattr(session.virtualenv, "location", None)
    if not location:
        install(session)
        return
    stamp = Path(location) / ".return-atlas-install"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="ascii").strip() == digest:
        session.log("return-atlas already installed from this pyproject.toml")
        return
    install(session)
    stamp.write_text(digest + "\n", encoding="ascii")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite (pytest, property tests, golden tests over the corpus)."""
    install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (lint and format check) and mypy --strict."""
    install(session, "test", "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON, default=False)
def schemas(session: nox.Session) -> None:
    """Regenerate schemas/, the Table Schemas and the data dictionary from the models."""
    install(session)
    session.run("return-atlas", "schemas", *session.posargs)


@nox.session(python=PYTHON, default=False)
def build(session: nox.Session) -> None:
    """Build datapackage/ from documents/ (pass --documents/--out to change either)."""
    install(session)
    session.run("return-atlas", "build", *session.posargs)


@nox.session(python=PYTHON, default=False, reuse_venv=True)
def validate(session: nox.Session) -> None:
    """Validate datapackage/ and contributions/ (or the paths given after --)."""
    install_once(session)
    session.run("return-atlas", "validate", *session.posargs)


@nox.session(python=PYTHON, default=False)
def release(session: nox.Session) -> None:
    """Build, gate (validation + test suite) and write releases/VERSION/: -- VERSION [--date D]."""
    if not session.posargs:
        session.error("usage: nox -s release -- VERSION [--date YYYY-MM-DD] [--dry-run]")
    install(session, "test")  # the gate runs the test suite
    session.run("return-atlas", "build", "--quiet")
    session.run("return-atlas", "release", *session.posargs)


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks (converter, validation gate, cold and warm validate); writes BENCHMARKS.md."""
    install(session)
    session.run("python", "benchmarks/run.py", *session.posargs)
    session.run("python", "benchmarks/validate_bench.py")
    session.run("python", "benchmarks/nox_validate.py")  # needs git and PyPI
