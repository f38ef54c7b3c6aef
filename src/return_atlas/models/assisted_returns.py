"""``assisted_returns``: reported numbers of migrants returned or helped to return."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from return_atlas.models.base import Record, check_order
from return_atlas.models.markers import References
from return_atlas.models.types import CountryCode, Line, PartialDate, ReturnId, SourceId


class AssistedReturn(Record):
    """A statement of how many migrants were returned or helped to return."""

    resource_name: ClassVar[str] = "assisted_returns"
    primary_key: ClassVar[tuple[str, ...]] = ("return_id",)

    return_id: ReturnId = Field(description="Primary key: ret- and a digest of the statement.")
    count: int = Field(ge=1, description="Number of people returned or assisted to return.")
    from_country: CountryCode | None = Field(None, description="Country they left.")
    to_country: CountryCode | None = Field(None, description="Country of return.")
    start: PartialDate | None = Field(None, description="Start of the period counted.")
    end: PartialDate | None = Field(None, description="End of the period counted.")
    programme: Line | None = Field(
        None, description="Programme named, as written (AVRR, retour humanitaire volontaire)."
    )
    source_id: Annotated[SourceId, References("sources")] = Field(
        description="Source of the statement."
    )

    @model_validator(mode="after")
    def _cross_field_rules(self) -> AssistedReturn:
        check_order(self.start, self.end)
        if self.from_country is not None and self.from_country == self.to_country:
            raise PydanticCustomError(
                "same_country",
                "from_country and to_country are both {country}",
                {"country": self.from_country},
            )
        return self


__all__ = ["AssistedReturn"]
