"""Shared field types: partial dates, money, codes, ids, text.

Each type is an ``Annotated`` alias whose metadata carries both the validation and the JSON
Schema of the value, with the markers of :mod:`return_atlas.models.markers` that the
generators turn into ``$defs`` entries, ``enum`` lists and Table Schema foreign keys, so
every artefact is derived from these definitions.
Patterns use explicit ASCII classes (``[0-9]``, not ``\\d``) so that the Rust engine of
pydantic, Python's ``re`` (jsonschema, Frictionless) and ECMA-262 read them alike.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from return_atlas.codelists import CODELIST_INFO
from return_atlas.models.markers import CodelistCode, Shared, register

# -- patterns ---------------------------------------------------------------------------------
_YEAR = "(19|20)[0-9]{2}"
_MONTH = "(0[1-9]|1[0-2])"
_MONTH_DAY = (
    "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    "|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    "|02-(0[1-9]|1[0-9]|2[0-8]))"
)
_LEAP_YEAR = "((19|20)(0[48]|[2468][048]|[13579][26])|2000)"
_FULL_DATE = f"({_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
_TIME = (
    "T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?"
    "(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?"
)
#: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, years 1900-2099, real calendar dates only.
PARTIAL_DATE_PATTERN = f"^({_YEAR}(-{_MONTH})?|{_FULL_DATE})$"
TIMESTAMP_PATTERN = f"^({_YEAR}(-{_MONTH})?|{_FULL_DATE}({_TIME})?)$"
#: First characters that make a spreadsheet run a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: One line of text: no control characters, no surrounding whitespace.
LINE_PATTERN = "^[^\\x00-\\x20\\x7f]([^\\x00-\\x1f\\x7f]*[^\\x00-\\x20\\x7f])?$"
#: Free text: tabs and line breaks (``\\n``) allowed inside, no surrounding whitespace.
TEXT_PATTERN = "^[^\\x00-\\x20\\x7f]([^\\x00-\\x08\\x0b-\\x1f\\x7f]*[^\\x00-\\x20\\x7f])?$"
#: A quoted span: any characters but a carriage return (the reader writes line ends as ``\\n``).
SPAN_PATTERN = "^[^\\r]+$"
SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
_ID_TAIL = "[a-z0-9][a-z0-9._-]*"
SOURCE_ID_PATTERN = "^src-[0-9a-f]{16}$"
ID_MAX_LENGTH = 100


def published_pattern(pattern: str) -> str:
    """The form of a model pattern for JSON Schemas and Table Schemas.

    Python's ``re`` (used by jsonschema and Frictionless) lets ``$`` match before a final
    line break, where Rust and ECMA-262 do not; ``(?!\\n)`` before the final ``$`` makes all
    three engines reject a trailing line break, as the models do.
    """
    if pattern.endswith("$") and not pattern.endswith("(?!\\n)$"):
        return pattern[:-1] + "(?!\\n)$"
    return pattern


def prefixed_id_pattern(*prefixes: str) -> str:
    """Pattern of ids that start with one of ``prefixes`` and a hyphen."""
    alternatives = "|".join(prefixes)
    group = f"({alternatives})" if len(prefixes) > 1 else alternatives
    return f"^{group}-{_ID_TAIL}$"


# -- values -----------------------------------------------------------------------------------
PartialDate = Annotated[
    str,
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    register(
        "partial_date",
        "Partial date",
        "An ISO 8601 calendar date with reduced precision where the source is vague: "
        "YYYY, YYYY-MM or YYYY-MM-DD (years 1900-2099; real calendar dates only).",
    ),
]
Timestamp = Annotated[
    str,
    StringConstraints(pattern=TIMESTAMP_PATTERN),
    register(
        "timestamp",
        "Timestamp",
        "A partial date, or a full date followed by an ISO 8601 time "
        "(THH:MM[:SS[.fraction]] with an optional Z or +HH:MM offset).",
    ),
]
Line = Annotated[
    str,
    StringConstraints(pattern=LINE_PATTERN),
    register(
        "line",
        "Line of text",
        "Non-empty text on one line, as written in the source, without control characters "
        "or surrounding whitespace.",
    ),
]
Text = Annotated[
    str,
    StringConstraints(pattern=TEXT_PATTERN),
    register(
        "text",
        "Text",
        "Non-empty free text (line breaks written \\n and tabs allowed inside), without other "
        "control characters or surrounding whitespace.",
    ),
]
SpanText = Annotated[
    str,
    StringConstraints(pattern=SPAN_PATTERN),
    register(
        "span_text",
        "Span text",
        "The exact characters of a span of a source's text: non-empty, any characters but a "
        "carriage return (line ends are \\n in source texts).",
    ),
]
Url = Annotated[
    str,
    StringConstraints(pattern="^https?://[^\\x00-\\x20\\x7f]+$", max_length=2048),
    register("url", "URL", "An http or https URL without whitespace."),
]
FilePath = Annotated[
    str,
    StringConstraints(
        pattern="^[^\\x00-\\x20\\x7f/\\\\]([^\\x00-\\x1f\\x7f\\\\]*[^\\x00-\\x20\\x7f\\\\])?$"
    ),
    register(
        "file_path",
        "File path",
        "A relative path with / separators (no leading /, no backslash).",
    ),
]
Sha256 = Annotated[
    str,
    StringConstraints(pattern="^[0-9a-f]{64}$"),
    register("sha256", "SHA-256", "A SHA-256 digest as 64 lowercase hexadecimal digits."),
]
Amount = Annotated[
    float,
    Field(ge=0, allow_inf_nan=False),
    register("amount", "Amount", "A non-negative, finite amount of money in its currency."),
]
Year = Annotated[
    int,
    Field(ge=1900, le=2099),
    register("year", "Year", "A calendar year (1900-2099)."),
]
Offset = Annotated[
    int,
    Field(ge=0),
    register(
        "offset",
        "Character offset",
        "A character offset into a source's text after Unicode NFC normalisation.",
    ),
]

# -- codes ------------------------------------------------------------------------------------
CountryCode = Annotated[
    str,
    CodelistCode("countries"),
    register(
        "country_code",
        "Country code",
        "ISO 3166-1 alpha-3 country code, XKX for Kosovo, or a former country's ISO 3166-3"
        " code such as SCG (codelist countries).",
    ),
]
CurrencyCode = Annotated[
    str,
    CodelistCode("currencies"),
    register("currency_code", "Currency code", "ISO 4217 currency code (codelist currencies)."),
]
LanguageCode = Annotated[
    str,
    CodelistCode("languages"),
    register("language_code", "Language code", "ISO 639-1 language code (codelist languages)."),
]
GcmObjective = Annotated[
    int,
    CodelistCode("gcm_objectives"),
    register(
        "gcm_objective",
        "GCM objective",
        "Number (1-23) of an objective of the Global Compact for Safe, Orderly and Regular "
        "Migration (codelist gcm_objectives).",
    ),
]


def coded(codelist: str, name: str, title: str) -> Shared:
    """The shared definition of a string coded by a small codelist."""
    description = CODELIST_INFO[codelist].description.rstrip(".")
    return register(name, title, f"{description} (codelist {codelist}).")


SourceKind = Annotated[
    str, CodelistCode("source_kinds"), coded("source_kinds", "source_kind", "Source kind")
]
InitiativeType = Annotated[
    str,
    CodelistCode("initiative_types"),
    coded("initiative_types", "initiative_type", "Initiative type"),
]
Status = Annotated[str, CodelistCode("statuses"), coded("statuses", "status", "Status")]
Coverage = Annotated[str, CodelistCode("coverages"), coded("coverages", "coverage", "Coverage")]
IomRegion = Annotated[
    str, CodelistCode("iom_regions"), coded("iom_regions", "iom_region", "IOM region")
]
ProjectType = Annotated[
    str, CodelistCode("project_types"), coded("project_types", "project_type", "Project type")
]
CountryRole = Annotated[
    str, CodelistCode("country_roles"), coded("country_roles", "country_role", "Country role")
]
OrganizationType = Annotated[
    str,
    CodelistCode("organization_types"),
    coded("organization_types", "organization_type", "Organisation type"),
]
OrganizationRole = Annotated[
    str,
    CodelistCode("organization_roles"),
    coded("organization_roles", "organization_role", "Organisation role"),
]
EventType = Annotated[
    str, CodelistCode("event_types"), coded("event_types", "event_type", "Event type")
]
PublicationType = Annotated[
    str,
    CodelistCode("publication_types"),
    coded("publication_types", "publication_type", "Publication type"),
]

# -- ids --------------------------------------------------------------------------------------


SourceId = Annotated[
    str,
    StringConstraints(pattern=SOURCE_ID_PATTERN),
    register(
        "source_id",
        "Source ID",
        "Id of a source document: src- and the first 16 hexadecimal digits of the SHA-256 "
        "of its bytes.",
    ),
]
InitiativeId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("ini"), max_length=ID_MAX_LENGTH),
    register("initiative_id", "Initiative ID", "Id of an initiative: ini- and a stable key."),
]
EventId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("evt"), max_length=ID_MAX_LENGTH),
    register("event_id", "Event ID", "Id of an event: evt- and a stable key."),
]
ReturnId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("ret"), max_length=ID_MAX_LENGTH),
    register(
        "return_id", "Return ID", "Id of an assisted-return statement: ret- and a stable key."
    ),
]
FundingId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("fun"), max_length=ID_MAX_LENGTH),
    register("funding_id", "Funding ID", "Id of a funding statement: fun- and a stable key."),
]
PublicationId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("pub"), max_length=ID_MAX_LENGTH),
    register("publication_id", "Publication ID", "Id of a publication: pub- and a stable key."),
]
OrganizationId = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=ID_MAX_LENGTH),
    register(
        "organization_id",
        "Organisation ID",
        "Id of an organisation: a readable slug of lowercase letters, digits and hyphens "
        "(iom, eu, ministry-of-interior-ghana).",
    ),
]
RecipientId = Annotated[
    str,
    StringConstraints(pattern=prefixed_id_pattern("ini", "evt"), max_length=ID_MAX_LENGTH),
    register("recipient_id", "Recipient ID", "Id of an initiative (ini-) or an event (evt-)."),
]
#: Any record id that provenance may point at.
RECORD_ID_PATTERN = f"^(src-[0-9a-f]{{16}}|(ini|evt|ret|fun|pub)-{_ID_TAIL})$"
IomProjectCode = Annotated[
    str,
    StringConstraints(pattern="^[A-Za-z0-9]+([./-][A-Za-z0-9]+)*$", max_length=32),
    register(
        "iom_project_code",
        "IOM project code",
        "An IOM project code as written (W34-805, RT.1297, CD.0023).",
    ),
]
PrimaId = Annotated[
    str,
    StringConstraints(pattern="^[A-Z]{2}[0-9]{2}P[0-9]{4}$"),
    register(
        "prima_id",
        "PRIMA ID",
        "An id of IOM's project information system PRIMA: two letters, two digits, P and "
        "four digits (SV10P0003).",
    ),
]
ProvenanceField = Annotated[
    str,
    StringConstraints(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?$", max_length=64),
    register(
        "field_name",
        "Field name",
        "Name of a field of the record, or relation.role for a link to another resource "
        "(countries, organizations.funder).",
    ),
]
