"""``publications``: reports, handbooks, guides and studies that the sources present."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from return_atlas.models.base import Record
from return_atlas.models.markers import References, Unique
from return_atlas.models.types import (
    Line,
    OrganizationId,
    PublicationId,
    PublicationType,
    SourceId,
    Year,
)


class Publication(Record):
    """A named publication presented by the sources."""

    resource_name: ClassVar[str] = "publications"
    primary_key: ClassVar[tuple[str, ...]] = ("publication_id",)

    publication_id: PublicationId = Field(
        description="Primary key: pub- and a digest of the title."
    )
    title: Line = Field(description="Title as written.")
    publication_type: PublicationType = Field(description="Kind of publication.")
    publisher_id: Annotated[OrganizationId, References("organizations")] | None = Field(
        None, description="The publishing organisation."
    )
    year: Year | None = Field(None, description="Year of publication.")
    source_ids: Annotated[list[Annotated[SourceId, References("sources")]], Unique()] = Field(
        min_length=1, description="Sources that present the publication."
    )


__all__ = ["Publication"]
