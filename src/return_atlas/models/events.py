"""``events``: workshops, trainings, conferences, meetings, launches and ceremonies."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from return_atlas.models.base import Record, check_order
from return_atlas.models.markers import References, Unique
from return_atlas.models.types import (
    CountryCode,
    EventId,
    EventType,
    InitiativeId,
    Line,
    PartialDate,
    SourceId,
)


class Event(Record):
    """An event the sources report as having happened."""

    resource_name: ClassVar[str] = "events"
    primary_key: ClassVar[tuple[str, ...]] = ("event_id",)

    event_id: EventId = Field(description="Primary key: evt- and a digest of the event's key.")
    event_type: EventType = Field(description="Kind of event.")
    title: Line | None = Field(None, description="Name of the event as written.")
    start: PartialDate | None = Field(None, description="Date or first day.")
    end: PartialDate | None = Field(None, description="Last day; never before start.")
    city: Line | None = Field(None, description="City as written.")
    country: CountryCode | None = Field(None, description="Country where it took place.")
    initiative_id: Annotated[InitiativeId, References("initiatives")] | None = Field(
        None, description="The initiative the event belongs to."
    )
    source_ids: Annotated[list[Annotated[SourceId, References("sources")]], Unique()] = Field(
        min_length=1, description="Sources that report the event."
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Event:
        check_order(self.start, self.end)
        return self


__all__ = ["Event"]
