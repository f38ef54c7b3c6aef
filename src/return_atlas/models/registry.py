"""The registry of record models: one entry per resource of the data package, in package order.

Every generator (JSON Schema, Table Schema, CSV writer, data dictionary) walks this registry,
so adding a record type means adding a module and one line here.
"""

from __future__ import annotations

from return_atlas.models.assisted_returns import AssistedReturn
from return_atlas.models.base import Record
from return_atlas.models.events import Event
from return_atlas.models.fundings import Funding
from return_atlas.models.initiative_countries import InitiativeCountry
from return_atlas.models.initiative_organizations import InitiativeOrganization
from return_atlas.models.initiatives import Initiative
from return_atlas.models.organizations import Organization
from return_atlas.models.provenance import Provenance
from return_atlas.models.publications import Publication
from return_atlas.models.sources import Source

_MODELS: tuple[type[Record], ...] = (
    Source,
    Initiative,
    InitiativeCountry,
    Organization,
    InitiativeOrganization,
    Event,
    AssistedReturn,
    Funding,
    Publication,
    Provenance,
)

#: Model of every contract resource, by resource name, in package order.
RESOURCES: dict[str, type[Record]] = {model.resource_name: model for model in _MODELS}


def model_for(resource: str) -> type[Record]:
    """The model of contract resource ``resource``."""
    try:
        return RESOURCES[resource]
    except KeyError:
        raise KeyError(f"unknown resource {resource!r}; known: {', '.join(RESOURCES)}") from None
