"""Stage 5: resolve the drafts of every document into the package's records.

Drafts become records with stable ids; the same initiative seen in several documents (one
project code, an English and a French page) becomes one record naming all its sources;
organisation names become gazetteer ids; every extracted value gets a provenance row.
Records are plain dicts keyed by the data contract's field names; the package stage
validates them through the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from return_atlas.extract.drafts import (
    EventDraft,
    Extraction,
    FundingDraft,
    InitiativeDraft,
    PublicationDraft,
    ReturnDraft,
    Spanned,
)
from return_atlas.models.types import IomProjectCode, PrimaId
from return_atlas.normalise.organizations import resolve_organization
from return_atlas.read.document import Document
from return_atlas.resolve.ids import fold_key, initiative_id, record_id

Row = dict[str, Any]
_ID_SHAPES: dict[str, TypeAdapter[str]] = {
    "iom_project_code": TypeAdapter(IomProjectCode),
    "prima_id": TypeAdapter(PrimaId),
}

#: Scalar initiative fields copied from a draft, in contract order.
INITIATIVE_FIELDS = (
    "iom_project_code", "prima_id", "status", "start", "end", "year", "budget_amount",
    "budget_currency", "coverage", "iom_region", "project_type", "summary",
)  # fmt: skip
COUNTRY_ROLE_BY_KIND = {"project_page": "beneficiary"}
DEFAULT_COUNTRY_ROLE = "location"


#: Resources whose records belong to one document: handed out as each document is resolved,
#: so a build never holds them all in memory.
PER_DOCUMENT = ("sources", "events", "assisted_returns", "fundings", "provenance")
#: Resources merged across documents: kept until the end of the build.
MERGED = ("initiatives", "initiative_countries", "organizations", "initiative_organizations",
          "publications")  # fmt: skip


@dataclass(slots=True)
class Resolved:
    """The records of a build, by resource name, and the notes raised while resolving."""

    tables: dict[str, list[Row]]
    warnings: list[tuple[str, str]] = field(default_factory=list)


def partial_date_before(end: str, start: str) -> bool:
    """Whether partial date ``end`` is before ``start``, compared at their common precision."""
    size = min(len(end), len(start))
    return end[:size] < start[:size]


def clean_line(text: str) -> str:
    """One line of text: inner whitespace collapsed, ends trimmed."""
    return " ".join(text.split())


@dataclass(slots=True)
class _Context:
    """What one document's records need: its source id, text and file."""

    document: Document
    extraction: Extraction

    @property
    def source_id(self) -> str:
        return self.document.source_id


class Resolver:
    """Accumulates documents in order and produces the package's records."""

    def __init__(self) -> None:
        self.seen_sources: dict[str, str] = {}
        self.current: dict[str, list[Row]] = {name: [] for name in PER_DOCUMENT}
        self.initiatives: dict[str, Row] = {}
        self.countries: dict[tuple[str, str], str] = {}
        self.organizations: dict[str, Row] = {}
        self.links: set[tuple[str, str, str]] = set()
        self.publications: dict[str, Row] = {}
        self.cited: set[tuple[str, str, int, int]] = set()
        self.record_ids: set[str] = set()
        self.warnings: list[tuple[str, str]] = []

    # -- helpers ---------------------------------------------------------------------------
    def _cite(self, ctx: _Context, rid: str, name: str, value: Spanned[Any] | None) -> None:
        if value is None:
            return
        text = ctx.document.text
        start = max(0, min(value.start, len(text)))
        end = max(start, min(value.end, len(text)))
        key = (rid, name, start, end)
        if key not in self.cited:
            self.cited.add(key)
            self.current["provenance"].append(
                {
                    "record_id": rid,
                    "field": name,
                    "source_id": ctx.source_id,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                }
            )

    def _organization(self, name: str) -> str:
        ref = resolve_organization(name)
        if ref.id not in self.organizations:
            self.organizations[ref.id] = {
                "organization_id": ref.id,
                "name": ref.name,
                "acronym": ref.acronym,
                "organization_type": ref.organization_type,
                "country": ref.country,
            }
        return ref.id

    # -- documents -------------------------------------------------------------------------
    def add(self, document: Document, extraction: Extraction) -> dict[str, list[Row]]:
        """Resolve one document's extraction; return its per-document records by resource.

        A document whose bytes equal an earlier one's is the same source: it adds nothing.
        """
        ctx = _Context(document, extraction)
        self.current = {name: [] for name in PER_DOCUMENT}
        self.cited = set()
        self.record_ids = set()
        if ctx.source_id in self.seen_sources:
            self.warnings.append(
                (document.file, f"same bytes as {self.seen_sources[ctx.source_id]}; skipped")
            )
            return self.current
        self.seen_sources[ctx.source_id] = document.file
        title = extraction.title or (
            extraction.initiatives[0].title if extraction.initiatives else None
        )
        self.current["sources"].append(
            {
                "source_id": ctx.source_id,
                "file": document.file,
                "url": document.url,
                "kind": extraction.kind,
                "language": extraction.language,
                "title": clean_line(title.value) or None if title else None,
                "published": extraction.published.value if extraction.published else None,
                "sha256": document.sha256,
                "retrieved": document.retrieved,
            }
        )
        self._cite(ctx, ctx.source_id, "title", title)
        self._cite(ctx, ctx.source_id, "published", extraction.published)
        titles: dict[str, str] = {}
        for draft in extraction.initiatives:
            rid = self._initiative(ctx, draft)
            titles.setdefault(fold_key(draft.title.value), rid)
        for event in extraction.events:
            event_id = self._event(ctx, event, titles)
            if event.title:
                titles.setdefault(fold_key(event.title.value), event_id)
        for returned in extraction.returns:
            self._return(ctx, returned)
        for funding in extraction.fundings:
            self._funding(ctx, funding, titles)
        for publication in extraction.publications:
            self._publication(ctx, publication)
        return self.current

    def _initiative(self, ctx: _Context, draft: InitiativeDraft) -> str:
        for name, shape in _ID_SHAPES.items():
            value: Spanned[Any] | None = getattr(draft, name)
            if value is None:
                continue
            try:
                shape.validate_python(value.value)
            except ValidationError:
                self.warnings.append(
                    (ctx.document.file, f"{name} {value.value!r} is not well formed; left out")
                )
                setattr(draft, name, None)
        code = draft.iom_project_code.value if draft.iom_project_code else None
        prima = draft.prima_id.value if draft.prima_id else None
        rid = initiative_id(code, prima, draft.title.value)
        row = self.initiatives.get(rid)
        if row is None:
            row = {
                "initiative_id": rid,
                "initiative_type": draft.initiative_type,
                "title": clean_line(draft.title.value),
                "language": ctx.extraction.language,
                "gcm_objectives": [],
                "source_ids": [],
            }
            row.update(dict.fromkeys(INITIATIVE_FIELDS))
            self.initiatives[rid] = row
            self._cite(ctx, rid, "title", draft.title)
        if ctx.source_id not in row["source_ids"]:
            row["source_ids"].append(ctx.source_id)
        self._check_period(ctx, rid, draft)
        for name in INITIATIVE_FIELDS:
            value = getattr(draft, name)
            if value is None:
                continue
            if row[name] is None:
                row[name] = value.value
                self._cite(ctx, rid, name, value)
            elif row[name] != value.value and name != "summary":
                self.warnings.append(
                    (
                        ctx.document.file,
                        f"initiative {rid}: {name} {value.value!r} differs from "
                        f"{row[name]!r} found first; first kept",
                    )
                )
        for objective in draft.gcm_objectives:
            if objective.value not in row["gcm_objectives"]:
                row["gcm_objectives"].append(objective.value)
                self._cite(ctx, rid, "gcm_objectives", objective)
        role = COUNTRY_ROLE_BY_KIND.get(ctx.extraction.kind, DEFAULT_COUNTRY_ROLE)
        self._countries(ctx, rid, draft.countries, role)
        self._countries(ctx, rid, draft.mentioned_countries, "mentioned")
        for names, link_role in (
            (draft.funders, "funder"),
            (draft.implementers, "implementer"),
            (draft.partners, "partner"),
        ):
            for org_name in names:
                org = self._organization(org_name.value)
                self.links.add((rid, org, link_role))
                self._cite(ctx, rid, f"organizations.{link_role}", org_name)
        return rid

    def _check_period(self, ctx: _Context, rid: str, draft: InitiativeDraft | EventDraft) -> None:
        if draft.start and draft.end and partial_date_before(draft.end.value, draft.start.value):
            self.warnings.append(
                (ctx.document.file, f"{rid}: end {draft.end.value} is before start "
                 f"{draft.start.value}; end left out")
            )  # fmt: skip
            draft.end = None

    def _countries(
        self, ctx: _Context, rid: str, countries: Iterable[Spanned[str]], role: str
    ) -> None:
        for country in countries:
            key = (rid, country.value)
            known = self.countries.get(key)
            if known is None or (known == "mentioned" and role != "mentioned"):
                self.countries[key] = role
            self._cite(ctx, rid, "countries", country)

    def _event(self, ctx: _Context, draft: EventDraft, titles: dict[str, str]) -> str:
        def value(item: Spanned[Any] | None) -> Any:
            return item.value if item else None

        rid = record_id(
            "evt", ctx.source_id, draft.event_type, value(draft.title), value(draft.start),
            value(draft.city),
        )  # fmt: skip
        parent = titles.get(fold_key(draft.initiative_title)) if draft.initiative_title else None
        self._check_period(ctx, rid, draft)
        if rid not in self.record_ids:
            self.record_ids.add(rid)
            self.current["events"].append(
                {
                    "event_id": rid,
                    "event_type": draft.event_type,
                    "title": value(draft.title),
                    "start": value(draft.start),
                    "end": value(draft.end),
                    "city": value(draft.city),
                    "country": value(draft.country),
                    "initiative_id": parent,
                    "source_ids": [ctx.source_id],
                }
            )
            for name in ("title", "start", "end", "city", "country"):
                self._cite(ctx, rid, name, getattr(draft, name))
        return rid

    def _return(self, ctx: _Context, draft: ReturnDraft) -> None:
        fields = ("from_country", "to_country", "start", "end", "programme")
        values = {name: getattr(draft, name) for name in fields}
        plain = {name: item.value if item else None for name, item in values.items()}
        rid = record_id("ret", ctx.source_id, draft.count.value, *plain.values())
        if rid in self.record_ids:
            return
        if plain["start"] and plain["end"] and partial_date_before(plain["end"], plain["start"]):
            plain["end"] = values["end"] = None
        self.record_ids.add(rid)
        self.current["assisted_returns"].append(
            {
                "return_id": rid,
                "count": draft.count.value,
                **plain,
                "source_id": ctx.source_id,
            }
        )
        self._cite(ctx, rid, "count", draft.count)
        for name, item in values.items():
            self._cite(ctx, rid, name, item)

    def _funding(self, ctx: _Context, draft: FundingDraft, titles: dict[str, str]) -> None:
        funder = self._organization(draft.funder.value)
        recipient = titles.get(fold_key(draft.recipient_title)) if draft.recipient_title else None
        rid = record_id(
            "fun", ctx.source_id, funder, draft.amount.value, draft.currency.value, recipient
        )
        if rid in self.record_ids:
            return
        self.record_ids.add(rid)
        self.current["fundings"].append(
            {
                "funding_id": rid,
                "funder_id": funder,
                "recipient_id": recipient,
                "amount": draft.amount.value,
                "currency": draft.currency.value,
                "source_id": ctx.source_id,
            }
        )
        self._cite(ctx, rid, "funder_id", draft.funder)
        self._cite(ctx, rid, "amount", draft.amount)
        self._cite(ctx, rid, "currency", draft.currency)
        if recipient and recipient.startswith("ini-"):
            self.links.add((recipient, funder, "funder"))

    def _publication(self, ctx: _Context, draft: PublicationDraft) -> None:
        rid = record_id("pub", fold_key(draft.title.value))
        row = self.publications.get(rid)
        if row is None:
            publisher = self._organization(draft.publisher.value) if draft.publisher else None
            row = {
                "publication_id": rid,
                "title": draft.title.value,
                "publication_type": draft.publication_type,
                "publisher_id": publisher,
                "year": draft.year.value if draft.year else None,
                "source_ids": [],
            }
            self.publications[rid] = row
            for name in ("title", "year"):
                self._cite(ctx, rid, name, getattr(draft, name))
            self._cite(ctx, rid, "publisher_id", draft.publisher)
        if ctx.source_id not in row["source_ids"]:
            row["source_ids"].append(ctx.source_id)

    # -- result ----------------------------------------------------------------------------
    def finish(self) -> Resolved:
        """The merged records, each table sorted by its key (never by input order)."""
        tables: dict[str, list[Row]] = {
            "initiatives": [self.initiatives[key] for key in sorted(self.initiatives)],
            "initiative_countries": [
                {"initiative_id": ini, "country": country, "role": role}
                for (ini, country), role in sorted(self.countries.items())
            ],
            "organizations": [self.organizations[key] for key in sorted(self.organizations)],
            "initiative_organizations": [
                {"initiative_id": ini, "organization_id": org, "role": role}
                for ini, org, role in sorted(self.links)
            ],
            "publications": [self.publications[key] for key in sorted(self.publications)],
        }
        for row in tables["initiatives"]:
            row["source_ids"].sort()
            if row["start"] and row["end"] and partial_date_before(row["end"], row["start"]):
                self.warnings.append(
                    (self.seen_sources.get(row["source_ids"][0], "?"),
                     f"{row['initiative_id']}: documents disagree on the period "
                     f"({row['start']} to {row['end']}); end left out")
                )  # fmt: skip
                row["end"] = None
        for row in tables["publications"]:
            row["source_ids"].sort()
        return Resolved(tables, self.warnings)
