"""``initiative_countries``: the countries of each initiative and their role."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from return_atlas.models.base import Record
from return_atlas.models.markers import References
from return_atlas.models.types import CountryCode, CountryRole, InitiativeId


class InitiativeCountry(Record):
    """A country an initiative benefits, takes place in or names."""

    resource_name: ClassVar[str] = "initiative_countries"
    primary_key: ClassVar[tuple[str, ...]] = ("initiative_id", "country")

    initiative_id: Annotated[InitiativeId, References("initiatives")] = Field(
        description="The initiative."
    )
    country: CountryCode = Field(
        description="The country (ISO 3166-1 alpha-3, XKX, or a former country's ISO 3166-3 code)."
    )
    role: CountryRole = Field(
        description="How the country takes part: beneficiary, location or mentioned."
    )


__all__ = ["InitiativeCountry"]
