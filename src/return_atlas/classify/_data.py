"""Read the classifier's per-language data files (``data/lang/<lang>/``)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

LANGS: tuple[str, ...] = ("en", "fr", "es")


def _text(lang: str, name: str) -> str:
    """The text of ``data/lang/<lang>/<name>`` ("" when the file is missing)."""
    path = resources.files("return_atlas").joinpath("data", "lang", lang, name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


@cache
def lang_lines(lang: str, name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a text file of one language."""
    lines = (line.strip() for line in _text(lang, name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def lang_rows(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV file of one language (``#`` lines are comments)."""
    lines = [line for line in _text(lang, name).splitlines() if not line.startswith("#")]
    return tuple(
        {key.strip(): (value or "").strip() for key, value in row.items() if key}
        for row in csv.DictReader(lines)
    )
