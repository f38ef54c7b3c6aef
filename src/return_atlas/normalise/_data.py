"""Read the per-language data files (CSV, text) that hold the project's language knowledge."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

LANGS: tuple[str, ...] = ("en", "fr", "es")
"""Languages with a data folder under ``data/lang``, in the order they are tried."""


def data_root() -> Traversable:
    """The package's ``data`` folder."""
    return resources.files("return_atlas").joinpath("data")


def langs_for(lang: str | None) -> tuple[str, ...]:
    """The languages to use for ``lang`` (None or an unknown code means all of them)."""
    return (lang,) if lang in LANGS else LANGS


def _rows(path: Traversable) -> tuple[dict[str, str], ...]:
    """Rows of a CSV file (lines starting with ``#`` are comments); empty when missing."""
    if not path.is_file():
        return ()
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return tuple(
        {key.strip(): (value or "").strip() for key, value in row.items() if key}
        for row in csv.DictReader(lines)
    )


@cache
def read_csv(*parts: str) -> tuple[dict[str, str], ...]:
    """Rows of the CSV file at ``data/<parts...>`` (empty when the file does not exist)."""
    return _rows(data_root().joinpath(*parts))


@cache
def read_codelist(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``codelists/<name>`` (empty when the file does not exist)."""
    return _rows(resources.files("return_atlas").joinpath("codelists", name))


def read_lang_csv(name: str, lang: str | None = None) -> list[tuple[str, dict[str, str]]]:
    """Rows of ``data/lang/<lang>/<name>`` for each language of ``lang``, with the language."""
    return [(code, row) for code in langs_for(lang) for row in read_csv("lang", code, name)]


@cache
def read_lines(*parts: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of the text file at ``data/<parts...>``."""
    path = data_root().joinpath(*parts)
    if not path.is_file():
        return ()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
