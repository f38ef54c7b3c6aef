"""Record models of the data package: one module per record type, one registry.

``RESOURCES`` maps each contract resource to its model, in package order. Each model is a
strict pydantic model (unknown fields rejected, immutable) whose fields carry descriptions;
JSON Schemas, Table Schemas, the CSV writer and the data dictionary are generated from them.
"""

from __future__ import annotations

from return_atlas.models.assisted_returns import AssistedReturn
from return_atlas.models.base import MODEL_ONLY_RULES, Record
from return_atlas.models.events import Event
from return_atlas.models.fundings import Funding
from return_atlas.models.initiative_countries import InitiativeCountry
from return_atlas.models.initiative_organizations import InitiativeOrganization
from return_atlas.models.initiatives import Initiative
from return_atlas.models.organizations import Organization
from return_atlas.models.provenance import Provenance
from return_atlas.models.publications import Publication
from return_atlas.models.registry import RESOURCES, model_for
from return_atlas.models.sources import Source

__all__ = [
    "MODEL_ONLY_RULES",
    "RESOURCES",
    "AssistedReturn",
    "Event",
    "Funding",
    "Initiative",
    "InitiativeCountry",
    "InitiativeOrganization",
    "Organization",
    "Provenance",
    "Publication",
    "Record",
    "Source",
    "model_for",
]
