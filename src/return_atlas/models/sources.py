"""``sources``: one record per source document."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from return_atlas.models.base import Record
from return_atlas.models.types import (
    FilePath,
    LanguageCode,
    Line,
    PartialDate,
    Sha256,
    SourceId,
    SourceKind,
    Timestamp,
    Url,
)


class Source(Record):
    """One source document: where it is, what kind of page it is, and its fingerprint."""

    resource_name: ClassVar[str] = "sources"
    primary_key: ClassVar[tuple[str, ...]] = ("source_id",)

    source_id: SourceId = Field(
        description="Primary key: src- and the first 16 hexadecimal digits of sha256."
    )
    file: FilePath = Field(description="Path of the document relative to the documents folder.")
    url: Url | None = Field(None, description="Web address the document was retrieved from.")
    kind: SourceKind = Field(description="Kind of page the document is.")
    language: LanguageCode = Field(description="Language of the main body text (ISO 639-1).")
    title: Line | None = Field(None, description="Title of the document as written.")
    published: PartialDate | None = Field(None, description="Publication date the document states.")
    sha256: Sha256 = Field(description="SHA-256 of the document's bytes as read.")
    retrieved: Timestamp | None = Field(
        None, description="When the document was retrieved, as the documents manifest says."
    )

    @model_validator(mode="after")
    def _id_from_digest(self) -> Source:
        expected = "src-" + self.sha256[:16]
        if self.source_id != expected:
            raise PydanticCustomError(
                "source_id_mismatch",
                "source_id {source_id} does not match sha256 (expected {expected})",
                {"source_id": self.source_id, "expected": expected},
            )
        return self


__all__ = ["Source"]
