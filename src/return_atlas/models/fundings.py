"""``fundings``: amounts that a named funder gave."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from return_atlas.models.base import Record
from return_atlas.models.markers import References
from return_atlas.models.types import (
    Amount,
    CurrencyCode,
    FundingId,
    OrganizationId,
    RecipientId,
    SourceId,
)


class Funding(Record):
    """A stated amount of money given by a funder, to an initiative or event where named."""

    resource_name: ClassVar[str] = "fundings"
    primary_key: ClassVar[tuple[str, ...]] = ("funding_id",)

    funding_id: FundingId = Field(description="Primary key: fun- and a digest of the statement.")
    funder_id: Annotated[OrganizationId, References("organizations")] = Field(
        description="The funding organisation."
    )
    recipient_id: RecipientId | None = Field(
        None, description="The initiative (ini-) or event (evt-) funded, where the source says."
    )
    amount: Amount = Field(description="Amount given, in currency.")
    currency: CurrencyCode = Field(description="Currency of amount (ISO 4217).")
    source_id: Annotated[SourceId, References("sources")] = Field(
        description="Source of the statement."
    )


__all__ = ["Funding"]
