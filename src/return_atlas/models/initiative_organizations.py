"""``initiative_organizations``: which organisation does what in which initiative."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from return_atlas.models.base import Record
from return_atlas.models.markers import References
from return_atlas.models.types import InitiativeId, OrganizationId, OrganizationRole


class InitiativeOrganization(Record):
    """An organisation's role in an initiative."""

    resource_name: ClassVar[str] = "initiative_organizations"
    primary_key: ClassVar[tuple[str, ...]] = ("initiative_id", "organization_id", "role")

    initiative_id: Annotated[InitiativeId, References("initiatives")] = Field(
        description="The initiative."
    )
    organization_id: Annotated[OrganizationId, References("organizations")] = Field(
        description="The organisation."
    )
    role: OrganizationRole = Field(
        description="What the organisation does: funder, implementer, partner, submitter or "
        "beneficiary."
    )


__all__ = ["InitiativeOrganization"]
