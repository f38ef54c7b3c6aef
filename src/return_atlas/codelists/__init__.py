"""Codelists: the controlled vocabularies of the package, kept as CSV files and loaded once.

Every codelist is a CSV file next to this module with the columns
``code,label_en,label_fr,label_es,description`` and, for some, extra columns (``iati_code``
for statuses, ``alpha_2`` and ``numeric`` for countries ...). The files are the single source of
truth: model validation, JSON Schema ``enum`` lists, Table Schema foreign keys and the data
dictionary all read them through this module. Countries, currencies and languages are
generated from pycountry by :mod:`return_atlas.codelists.iso` (``return-atlas schemas``);
the others are kept by hand and grow by adding rows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Lang = Literal["en", "fr", "es"]

#: The columns every codelist starts with, in this order.
BASE_COLUMNS: tuple[str, ...] = ("code", "label_en", "label_fr", "label_es", "description")


@dataclass(frozen=True, slots=True)
class CodelistInfo:
    """What a codelist is: its resource name, title, description and the type of its codes."""

    name: str
    title: str
    description: str
    code_type: Literal["string", "integer"] = "string"
    generated: bool = False


_INFO: tuple[CodelistInfo, ...] = (
    CodelistInfo(
        "countries",
        "Countries",
        "ISO 3166-1 alpha-3 country codes with English, French and Spanish short names "
        "(from pycountry, the Debian iso-codes data), plus XKX for Kosovo and the former "
        "countries of ISO 3166-3 (SCG, Serbia and Montenegro until 2006, and the like).",
        generated=True,
    ),
    CodelistInfo(
        "currencies",
        "Currencies",
        "ISO 4217 currency codes with English, French and Spanish names (from pycountry).",
        generated=True,
    ),
    CodelistInfo(
        "languages",
        "Languages",
        "ISO 639-1 two-letter language codes with English, French and Spanish names "
        "(from pycountry).",
        generated=True,
    ),
    CodelistInfo("source_kinds", "Source kinds", "Kinds of source document."),
    CodelistInfo(
        "initiative_types",
        "Initiative types",
        "Kinds of initiative: projects, programmes, practices, strategies, policies, "
        "networks, services, funds and dialogues.",
    ),
    CodelistInfo(
        "statuses",
        "Statuses",
        "Implementation status of an initiative, with the matching IATI ActivityStatus code.",
    ),
    CodelistInfo("coverages", "Coverages", "Geographic coverage of an initiative."),
    CodelistInfo(
        "iom_regions",
        "IOM regions",
        "Regions of the IOM Development Fund; the code is the canonical English label.",
    ),
    CodelistInfo(
        "project_types",
        "IOM Development Fund project types",
        "Project types of the IOM Development Fund; the code is the canonical English label. "
        "code_prefix is the letter prefix of IOM project codes of that type (RT.1297 -> RT).",
    ),
    CodelistInfo(
        "gcm_objectives",
        "GCM objectives",
        "The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.",
        code_type="integer",
    ),
    CodelistInfo("country_roles", "Country roles", "How a country takes part in an initiative."),
    CodelistInfo(
        "organization_types",
        "Organisation types",
        "Kinds of organisation, with the matching IATI OrganisationType code.",
    ),
    CodelistInfo(
        "organization_roles",
        "Organisation roles",
        "How an organisation takes part in an initiative, with the matching IATI "
        "OrganisationRole code where there is one.",
    ),
    CodelistInfo("event_types", "Event types", "Kinds of reported event."),
    CodelistInfo("publication_types", "Publication types", "Kinds of publication."),
)

#: Every codelist by resource name, in package order.
CODELIST_INFO: dict[str, CodelistInfo] = {info.name: info for info in _INFO}
#: Resource names of the codelists, in package order.
CODELIST_NAMES: tuple[str, ...] = tuple(CODELIST_INFO)
#: Alias of :data:`CODELIST_NAMES`: the codelists are resources of the package.
CODELIST_RESOURCES: tuple[str, ...] = CODELIST_NAMES
#: Codelists whose CSV is generated from pycountry rather than kept by hand.
GENERATED_CODELISTS: tuple[str, ...] = tuple(i.name for i in _INFO if i.generated)

#: Descriptions of codelist columns, shared by every codelist that has them.
COLUMN_DESCRIPTIONS: dict[str, str] = {
    "code": "The code used in the data.",
    "label_en": "English label.",
    "label_fr": "French label (empty where no maintained translation is known).",
    "label_es": "Spanish label (empty where no maintained translation is known).",
    "description": "What the code means.",
    "iati_code": "The matching code of the IATI codelist named in the codelist description.",
    "alpha_2": "ISO 3166-1 alpha-2 code.",
    "numeric": "ISO numeric code (three digits, zero-padded).",
    "alpha_3": "ISO 639-2/639-3 three-letter code of the same language.",
    "acronym": "Acronym by which the label is also written.",
    "code_prefix": "Letter prefix of IOM project codes of this type.",
}
#: Columns (besides ``code``) holding integers.
INTEGER_COLUMNS: frozenset[str] = frozenset({"iati_code"})


def _read_text(name: str) -> str:
    if name not in CODELIST_INFO:
        raise KeyError(f"unknown codelist {name!r}; known: {', '.join(CODELIST_NAMES)}")
    return resources.files(__name__).joinpath(f"{name}.csv").read_text(encoding="utf-8")


@cache
def _load(name: str) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    reader = csv.DictReader(io.StringIO(_read_text(name), newline=""))
    rows = tuple(dict(row) for row in reader)
    return tuple(reader.fieldnames or ()), rows


def codelist_columns(name: str) -> tuple[str, ...]:
    """Column names of codelist ``name``, in file order."""
    return _load(name)[0]


def codelist_rows(name: str) -> list[dict[str, str]]:
    """Rows of codelist ``name`` (fresh dicts, column name -> text), in file order."""
    return [dict(row) for row in _load(name)[1]]


@cache
def ordered_codes(name: str) -> tuple[str, ...]:
    """Codes of codelist ``name`` in file order."""
    return tuple(row["code"] for row in _load(name)[1])


@cache
def codes(name: str) -> frozenset[str]:
    """Codes of codelist ``name``, for fast membership checks."""
    return frozenset(ordered_codes(name))


@cache
def _labels(name: str, lang: Lang) -> dict[str, str]:
    return {row["code"]: row[f"label_{lang}"] for row in _load(name)[1]}


def label(name: str, code: str, lang: Lang = "en") -> str | None:
    """Label of ``code`` in codelist ``name`` and language ``lang``; None if unknown or empty."""
    return _labels(name, lang).get(code) or None


__all__ = [
    "BASE_COLUMNS",
    "CODELIST_INFO",
    "CODELIST_NAMES",
    "CODELIST_RESOURCES",
    "COLUMN_DESCRIPTIONS",
    "GENERATED_CODELISTS",
    "INTEGER_COLUMNS",
    "CodelistInfo",
    "codelist_columns",
    "codelist_rows",
    "codes",
    "label",
    "ordered_codes",
]
