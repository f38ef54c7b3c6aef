"""The strict shared base of every record model and the cross-field rules they share."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict
from pydantic.fields import ComputedFieldInfo, FieldInfo
from pydantic_core import PydanticCustomError

#: Words written differently in field titles than in field names.
_TITLE_WORDS = {
    "id": "ID",
    "ids": "IDs",
    "iom": "IOM",
    "gcm": "GCM",
    "url": "URL",
    "sha256": "SHA-256",
    "prima": "PRIMA",
}

#: Error types of the rules that the models check but a JSON Schema or Table Schema cannot
#: state (comparisons between fields, values derived from other fields).
MODEL_ONLY_RULES: frozenset[str] = frozenset(
    {"end_before_start", "source_id_mismatch", "span_length", "same_country"}
)


def field_title(name: str, _info: FieldInfo | ComputedFieldInfo) -> str:
    """Readable title of a field: ``source_id`` -> ``Source ID``."""
    words = [_TITLE_WORDS.get(word, word) for word in name.split("_")]
    first = words[0]
    words[0] = first if first.isupper() or first[:1].isupper() else first.capitalize()
    return " ".join(words)


class Record(BaseModel):
    """A record of the data package: strict types, unknown fields rejected, immutable."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        field_title_generator=field_title,
        regex_engine="rust-regex",
    )

    #: Name of the package resource holding records of this type.
    resource_name: ClassVar[str]
    #: Fields whose values identify a record of the resource.
    primary_key: ClassVar[tuple[str, ...]]
    #: Names (besides the model's fields) that a provenance row may cite for this record:
    #: links to other resources, written ``relation`` or ``relation.role``.
    provenance_relations: ClassVar[tuple[str, ...]] = ()


def check_order(
    start: str | None, end: str | None, names: tuple[str, str] = ("start", "end")
) -> None:
    """Raise ``end_before_start`` when partial date ``end`` is before ``start``.

    Dates are compared on their common precision, so ``2019`` and ``2019-05`` are in order
    either way round.
    """
    if start is None or end is None:
        return
    common = min(len(start), len(end))
    if end[:common] < start[:common]:
        raise PydanticCustomError(
            "end_before_start",
            "{end_field} {end} is before {start_field} {start}",
            {"start_field": names[0], "start": start, "end_field": names[1], "end": end},
        )
