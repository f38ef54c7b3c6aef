"""normalise stage: pure helpers that turn written values into codes (used by extract).

Countries → ISO 3166-1 alpha-3, dates → partial ISO dates, amounts → float + ISO 4217,
numbers written in words → int, codelist labels → codes, organisation names → gazetteer
ids. Language knowledge lives in ``data/lang/<lang>/*.csv``; everything is compiled once,
on first use.
"""

from __future__ import annotations

from return_atlas.normalise.countries import country_code, find_countries, unique
from return_atlas.normalise.dates import find_dates, find_period, parse_partial_date
from return_atlas.normalise.money import find_amounts, parse_number
from return_atlas.normalise.number_words import find_number_words
from return_atlas.normalise.organizations import (
    OrgRef,
    find_organizations,
    resolve_organization,
    slugify,
)
from return_atlas.normalise.text import clean_title, fold
from return_atlas.normalise.vocab import lookup

__all__ = [
    "OrgRef",
    "clean_title",
    "country_code",
    "find_amounts",
    "find_countries",
    "find_dates",
    "find_number_words",
    "find_organizations",
    "find_period",
    "fold",
    "lookup",
    "parse_number",
    "parse_partial_date",
    "resolve_organization",
    "slugify",
    "unique",
]
