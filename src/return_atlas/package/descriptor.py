"""The ``datapackage.json`` descriptor: metadata, licences, attribution and resources."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from return_atlas.codelists import CODELIST_RESOURCES
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES

NAME = "return-atlas"
TITLE = "Return Atlas: migrant return and reintegration initiatives"
DESCRIPTION = (
    "Projects, programmes, practices, events, assisted returns, fundings and publications on "
    "migrant return and reintegration, extracted from public web pages of the International "
    "Organization for Migration (IOM), the United Nations Network on Migration and others, in "
    "English, French and Spanish. Every extracted value has a provenance row pointing at its "
    "span in the source text."
)
HOMEPAGE = "https://github.com/return-atlas/return-atlas"
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
ATTRIBUTION = (
    "Facts extracted from the public web pages listed in the sources resource (their URLs and "
    "SHA-256 digests); the texts remain the property of their publishers, chiefly the "
    "International Organization for Migration (IOM) and the United Nations Network on "
    "Migration. Cite as: Return Atlas contributors, Return Atlas dataset."
)
#: The CSV dialect of every resource, stated so that Frictionless does not guess it (it would
#: otherwise sniff the delimiter, the quote, initial spaces and the header row).
CSV_DIALECT: dict[str, Any] = {
    "headerRows": [1],
    "csv": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "skipInitialSpace": False},
}
KEYWORDS = ["migration", "return", "reintegration", "AVRR", "IOM", "open data"]


def _doc(model: type[BaseModel]) -> tuple[str, str]:
    text = " ".join(inspect.cleandoc(model.__doc__ or "").split())
    first = text.split(": ", 1)[0].split(". ", 1)[0]
    return first.rstrip("."), text


def _resource(name: str, path: str, title: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": CSV_DIALECT,
        "schema": table_schema(name),
    }


def _source_sites(urls: Iterable[str]) -> list[dict[str, str]]:
    hosts = sorted({urlsplit(url).hostname or "" for url in urls} - {""})
    sites = [{"title": host, "path": f"https://{host}"} for host in hosts]
    return sites or [{"title": "Documents given to the build (no URLs recorded)"}]


def descriptor(urls: Iterable[str]) -> dict[str, Any]:
    """The package descriptor for sources at ``urls``; deterministic (no build time in it)."""
    resources = []
    for name, model in RESOURCES.items():
        title, description = _doc(model)
        resources.append(_resource(name, f"data/{name}.csv", title or name, description))
    for name in CODELIST_RESOURCES:
        resources.append(
            _resource(name, f"codelists/{name}.csv", f"Codelist: {name}", f"Codelist {name}.")
        )
    for name, model in RESOURCES.items():
        title, _ = _doc(model)
        resources.append(
            {
                "name": f"{name}-json",
                "path": f"json/{name}.json",
                "type": "json",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "title": f"{title or name} (JSON)",
                "description": (
                    f"The {name} records in nested JSON form: an array of objects, each valid "
                    f"under the JSON Schema schemas/{name}.schema.json of the Return Atlas "
                    "repository."
                ),
            }
        )
    return {
        "profile": "data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "homepage": HOMEPAGE,
        "keywords": KEYWORDS,
        "licenses": [DATA_LICENSE],
        "sources": _source_sites(urls),
        "contributors": [{"title": "Return Atlas contributors", "role": "author"}],
        "attribution": ATTRIBUTION,
        "resources": resources,
    }
