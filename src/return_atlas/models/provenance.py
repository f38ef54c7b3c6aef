"""``provenance``: where each extracted value came from, as a span of a source's text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from return_atlas.models.assisted_returns import AssistedReturn
from return_atlas.models.base import Record
from return_atlas.models.events import Event
from return_atlas.models.fundings import Funding
from return_atlas.models.initiatives import Initiative
from return_atlas.models.markers import TABLE_SCHEMA_KEY, References
from return_atlas.models.publications import Publication
from return_atlas.models.sources import Source
from return_atlas.models.types import (
    ID_MAX_LENGTH,
    RECORD_ID_PATTERN,
    SOURCE_ID_PATTERN,
    Offset,
    ProvenanceField,
    SourceId,
    SpanText,
    prefixed_id_pattern,
)

#: The records provenance may point at: the pattern of their ids and their model.
CITEABLE: tuple[tuple[str, type[Record]], ...] = (
    (SOURCE_ID_PATTERN, Source),
    (prefixed_id_pattern("ini"), Initiative),
    (prefixed_id_pattern("evt"), Event),
    (prefixed_id_pattern("ret"), AssistedReturn),
    (prefixed_id_pattern("fun"), Funding),
    (prefixed_id_pattern("pub"), Publication),
)


def citeable_fields(model: type[Record]) -> tuple[str, ...]:
    """Field names a provenance row may cite for a record of ``model``."""
    own = tuple(name for name in model.model_fields if name not in model.primary_key)
    return own + model.provenance_relations


_CITEABLE = tuple((re.compile(pattern), frozenset(citeable_fields(m))) for pattern, m in CITEABLE)

#: JSON Schema form of the rules: the id has the form of a citeable record's id, and the
#: field belongs to that record. (The id patterns live here rather than on ``record_id`` so
#: that schema-driven generators can merge each branch instead of filtering.)
FIELD_RULE: dict[str, Any] = {
    "anyOf": [
        {
            "properties": {
                "record_id": {"pattern": pattern},
                "field": {"enum": list(citeable_fields(model))},
            }
        }
        for pattern, model in CITEABLE
    ]
}


@lru_cache(maxsize=4096)
def _citeable(record_id: str) -> frozenset[str] | None:
    """The fields a provenance row may cite for ``record_id``; None when it is the id of no
    citeable record. Cached: the rows of one record follow each other."""
    allowed: set[str] = set()
    matched = False
    for pattern, names in _CITEABLE:
        if pattern.fullmatch(record_id):
            allowed |= names
            matched = True
    return frozenset(allowed) if matched else None


class Provenance(Record):
    """Where one extracted value came from: a span of a source's text."""

    model_config = ConfigDict(json_schema_extra=FIELD_RULE)

    resource_name: ClassVar[str] = "provenance"
    primary_key: ClassVar[tuple[str, ...]] = ("record_id", "field", "source_id", "start", "end")

    record_id: str = Field(
        min_length=1,
        max_length=ID_MAX_LENGTH,
        description="Id of the record the value belongs to: a source, initiative, event, "
        "assisted return, funding or publication.",
        json_schema_extra={TABLE_SCHEMA_KEY: {"pattern": RECORD_ID_PATTERN}},
    )
    field: ProvenanceField = Field(
        description="Field of that record, or relation.role for a link (organizations.funder)."
    )
    source_id: Annotated[SourceId, References("sources")] = Field(
        description="Source whose text holds the span."
    )
    start: Offset = Field(description="Offset of the span's first character.")
    end: Offset = Field(description="Offset just after the span's last character.")
    text: SpanText = Field(description="The quoted span, exactly as in the source text.")

    @model_validator(mode="after")
    def _cross_field_rules(self) -> Provenance:
        allowed = _citeable(self.record_id)
        if allowed is None:
            raise PydanticCustomError(
                "record_id", "{record_id} is not the id of a citeable record",
                {"record_id": self.record_id},
            )  # fmt: skip
        if self.field not in allowed:
            raise PydanticCustomError(
                "provenance_field",
                "{field} is not a field of record {record_id}",
                {"field": self.field, "record_id": self.record_id},
            )
        if self.end - self.start != len(self.text):
            raise PydanticCustomError(
                "span_length",
                "span {start}-{end} does not have the length of text ({length})",
                {"start": self.start, "end": self.end, "length": len(self.text)},
            )
        return self


__all__ = ["CITEABLE", "Provenance", "citeable_fields"]
