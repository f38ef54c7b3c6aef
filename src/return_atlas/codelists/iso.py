"""Build the ISO codelists (countries, currencies, languages) from pycountry.

pycountry ships the Debian iso-codes data with its gettext translations, so English, French
and Spanish names come from one maintained source. Output is sorted by code and rendered
byte-deterministically; ``return-atlas schemas`` writes it to the committed CSV files.
Only this module imports pycountry: loading a codelist at run time reads the CSV.
"""

from __future__ import annotations

import csv
import gettext
import io
from collections.abc import Callable, Iterable, Sequence

import pycountry

Row = dict[str, str]

KOSOVO: Row = {
    "code": "XKX",
    "label_en": "Kosovo",
    "label_fr": "Kosovo",
    "label_es": "Kosovo",
    "description": (
        "User-assigned code for Kosovo (not part of ISO 3166-1), as used by the European "
        "Union and IOM; in the context of United Nations Security Council resolution 1244 "
        "(1999)."
    ),
    "alpha_2": "XK",
    "numeric": "",
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("code", "label_en", "label_fr", "label_es", "description", "alpha_2", "numeric"),
    "currencies": ("code", "label_en", "label_fr", "label_es", "description", "numeric"),
    "languages": ("code", "label_en", "label_fr", "label_es", "description", "alpha_3"),
}


def _translators(domain: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """French and Spanish gettext functions of one iso-codes domain."""
    locales = pycountry.LOCALES_DIR
    french = gettext.translation(domain, locales, languages=["fr"])
    spanish = gettext.translation(domain, locales, languages=["es"])
    return french.gettext, spanish.gettext


def former_country_rows() -> list[Row]:
    """The former countries of ISO 3166-3 whose alpha-3 code no current country holds
    ("SCG", Serbia and Montenegro until 2006): a page of 2004 naming that state keeps it."""
    fr, es = _translators("iso3166-3")
    current = {country.alpha_3 for country in pycountry.countries}
    alpha_2 = {country.alpha_2 for country in pycountry.countries} | {KOSOVO["alpha_2"]}
    return [
        {
            "code": country.alpha_3,
            "label_en": country.name,
            "label_fr": fr(country.name),
            "label_es": es(country.name),
            "description": f"Former country (ISO 3166-3), withdrawn {country.withdrawal_date}.",
            "alpha_2": "" if country.alpha_2 in alpha_2 else country.alpha_2,
            "numeric": getattr(country, "numeric", ""),
        }
        for country in pycountry.historic_countries
        if country.alpha_3 not in current
    ]


def country_rows() -> list[Row]:
    """ISO 3166-1 countries, XKX and the former countries of ISO 3166-3, sorted by alpha-3
    code."""
    fr, es = _translators("iso3166-1")
    rows = [
        {
            "code": country.alpha_3,
            "label_en": country.name,
            "label_fr": fr(country.name),
            "label_es": es(country.name),
            "description": getattr(country, "official_name", ""),
            "alpha_2": country.alpha_2,
            "numeric": country.numeric,
        }
        for country in pycountry.countries
    ]
    rows.append(dict(KOSOVO))
    rows += former_country_rows()
    return sorted(rows, key=lambda row: row["code"])


def currency_rows() -> list[Row]:
    """ISO 4217 currencies, sorted by code."""
    fr, es = _translators("iso4217")
    rows = [
        {
            "code": currency.alpha_3,
            "label_en": currency.name,
            "label_fr": fr(currency.name),
            "label_es": es(currency.name),
            "description": "",
            "numeric": currency.numeric,
        }
        for currency in pycountry.currencies
    ]
    return sorted(rows, key=lambda row: row["code"])


def language_rows() -> list[Row]:
    """ISO 639-1 languages (those with a two-letter code), sorted by code."""
    fr, es = _translators("iso639-3")
    rows = [
        {
            "code": language.alpha_2,
            "label_en": language.name,
            "label_fr": fr(language.name),
            "label_es": es(language.name),
            "description": "",
            "alpha_3": language.alpha_3,
        }
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    ]
    return sorted(rows, key=lambda row: row["code"])


#: Row builders of the generated codelists, by resource name.
BUILDERS: dict[str, Callable[[], list[Row]]] = {
    "countries": country_rows,
    "currencies": currency_rows,
    "languages": language_rows,
}


def render_csv(columns: Sequence[str], rows: Iterable[Row]) -> str:
    """CSV text: header, ``\\n`` line ends, minimal quoting."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def render(name: str) -> str:
    """The CSV text of generated codelist ``name``."""
    return render_csv(COLUMNS[name], BUILDERS[name]())
