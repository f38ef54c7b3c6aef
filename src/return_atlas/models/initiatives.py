"""``initiatives``: projects, programmes, practices, strategies, policies, networks, services,
funds and dialogues."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from return_atlas.models.base import Record, check_order
from return_atlas.models.markers import References, Unique
from return_atlas.models.types import (
    Amount,
    Coverage,
    CurrencyCode,
    GcmObjective,
    InitiativeId,
    InitiativeType,
    IomProjectCode,
    IomRegion,
    LanguageCode,
    Line,
    PartialDate,
    PrimaId,
    ProjectType,
    SourceId,
    Status,
    Text,
    Year,
)

#: JSON Schema form of the money rule: budget amount and currency both given or both absent.
BUDGET_RULE: dict[str, Any] = {
    "anyOf": [
        {
            "properties": {
                "budget_amount": {"type": "null"},
                "budget_currency": {"type": "null"},
            }
        },
        {
            "properties": {
                "budget_amount": {"type": "number"},
                "budget_currency": {"type": "string"},
            },
            "required": ["budget_amount", "budget_currency"],
        },
    ]
}


class Initiative(Record):
    """An initiative named by the sources: a project, programme, practice, strategy, policy,
    network, service, fund or dialogue. The same initiative seen in several documents is one
    record naming all of them."""

    model_config = ConfigDict(json_schema_extra=BUDGET_RULE)

    resource_name: ClassVar[str] = "initiatives"
    primary_key: ClassVar[tuple[str, ...]] = ("initiative_id",)
    provenance_relations: ClassVar[tuple[str, ...]] = (
        "countries",
        "organizations.funder",
        "organizations.implementer",
        "organizations.partner",
        "organizations.submitter",
        "organizations.beneficiary",
    )

    initiative_id: InitiativeId = Field(
        description="Primary key: ini- and the IOM project code, PRIMA id or a digest of the title."
    )
    initiative_type: InitiativeType = Field(description="What kind of initiative this is.")
    title: Line = Field(description="Title as first written in the sources.")
    language: LanguageCode | None = Field(None, description="Language of the title (ISO 639-1).")
    summary: Text | None = Field(None, description="Short description from the sources.")
    iom_project_code: IomProjectCode | None = Field(
        None, description="IOM project code (the Project ID of a project page)."
    )
    prima_id: PrimaId | None = Field(None, description="PRIMA id of the project.")
    status: Status | None = Field(None, description="Implementation status the sources state.")
    start: PartialDate | None = Field(None, description="Start date.")
    end: PartialDate | None = Field(None, description="End date; never before start.")
    year: Year | None = Field(None, description="Funding year (the Year field of a project page).")
    budget_amount: Amount | None = Field(
        None, description="Stated budget, in budget_currency; given together with it."
    )
    budget_currency: CurrencyCode | None = Field(
        None, description="Currency of budget_amount (ISO 4217); given together with it."
    )
    coverage: Coverage | None = Field(None, description="Geographic coverage.")
    iom_region: IomRegion | None = Field(
        None, description="IOM Development Fund region, as its canonical English label."
    )
    project_type: ProjectType | None = Field(
        None, description="IOM Development Fund project type, as its canonical English label."
    )
    gcm_objectives: Annotated[list[GcmObjective], Unique()] = Field(
        default_factory=list,
        description="Objectives of the Global Compact for Migration the sources tie it to.",
    )
    source_ids: Annotated[list[Annotated[SourceId, References("sources")]], Unique()] = Field(
        min_length=1, description="Sources that describe the initiative."
    )

    @model_validator(mode="after")
    def _cross_field_rules(self) -> Initiative:
        check_order(self.start, self.end)
        if (self.budget_amount is None) != (self.budget_currency is None):
            raise PydanticCustomError(
                "amount_without_currency",
                "budget_amount and budget_currency must be given together",
            )
        return self


__all__ = ["Initiative"]
