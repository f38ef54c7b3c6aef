"""``organizations``: funders, implementers, partners and publishers named by the sources."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from return_atlas.models.base import Record
from return_atlas.models.types import CountryCode, Line, OrganizationId, OrganizationType


class Organization(Record):
    """An organisation or government named by the sources."""

    resource_name: ClassVar[str] = "organizations"
    primary_key: ClassVar[tuple[str, ...]] = ("organization_id",)

    organization_id: OrganizationId = Field(description="Primary key: a readable slug (iom, eu).")
    name: Line = Field(description="Name, in English where known.")
    acronym: Line | None = Field(None, description="Acronym or short name (IOM, PRM).")
    organization_type: OrganizationType = Field(description="Kind of organisation.")
    country: CountryCode | None = Field(
        None, description="Country of a national organisation (ISO 3166-1 alpha-3)."
    )


__all__ = ["Organization"]
