"""Where contributed values come from: a sources row per contribution file and provenance
rows quoting each value's span in that file's text (NFC-normalised, as for documents)."""

from __future__ import annotations

from typing import Any

from return_atlas.codelists import codes
from return_atlas.contributions.load import SourceFile
from return_atlas.models import RESOURCES
from return_atlas.models.provenance import citeable_fields
from return_atlas.validate.contributed import CONTRIBUTIONS_FOLDER
from return_atlas.validate.loading import Record

Row = dict[str, Any]
#: Link resources are cited in provenance under their initiative, as a relation.
LINKS = {
    "initiative_countries": ("initiative_id", "countries", "country"),
    "initiative_organizations": ("initiative_id", "organizations", "organization_id"),
}


def source_row(source: SourceFile, urls: set[str]) -> Row:
    """The sources row of a contribution file (its URL when its records name exactly one)."""
    kind = "contribution" if "contribution" in codes("source_kinds") else "other"
    return {
        "source_id": source.source_id,
        "file": CONTRIBUTIONS_FOLDER + source.relative,
        "url": next(iter(urls)) if len(urls) == 1 else None,
        "kind": kind,
        "language": "en",
        "title": f"Contributed records: {source.relative}",
        "published": None,
        "sha256": source.sha256,
        "retrieved": None,
    }


def cite(record_id: str, field: str, source: SourceFile, span: tuple[int, int]) -> Row | None:
    """A provenance row quoting ``span`` of the file (without the quotes of a JSON string)."""
    start, end = span
    text = source.text[start:end]
    if len(text) >= 2 and text[0] == text[-1] == '"':
        start, end, text = start + 1, end - 1, text[1:-1]
    if not text:
        return None
    return {
        "record_id": record_id,
        "field": field,
        "source_id": source.source_id,
        "start": start,
        "end": end,
        "text": text,
    }


def record_provenance(record: Record, values: Row, source: SourceFile) -> list[Row]:
    """Provenance rows of a contributed record: one per value given, quoting its span."""
    resource = record.resource
    if resource in LINKS:
        owner, relation, cited = LINKS[resource]
        name = (
            relation if resource == "initiative_countries" else f"{relation}.{values.get('role')}"
        )
        span = record.spans.get(cited)
        row = cite(str(values.get(owner)), name, source, span) if span else None
        return [row] if row else []
    model = RESOURCES[resource]
    allowed = set(citeable_fields(model))
    if len(model.primary_key) != 1 or not allowed:
        return []
    record_id = str(values.get(model.primary_key[0]))
    rows = []
    for name, span in record.spans.items():
        if name in allowed and values.get(name) not in (None, [], ""):
            row = cite(record_id, name, source, span)
            if row:
                rows.append(row)
    return rows


__all__ = ["LINKS", "cite", "record_provenance", "source_row"]
