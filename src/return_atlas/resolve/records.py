"""Stage 5: resolve the drafts of every document into the package's records.

Drafts become records with stable ids; the same initiative seen in several documents (one
project code, an English and a French page) becomes one record naming all its sources;
organisation names become gazetteer ids; every extracted value gets a provenance row.
Records are plain dicts keyed by the data contract's field names; the package stage
validates them through the models.

Resolving is split in two so that the costly half runs where the document was extracted
(a worker process in a large build): :func:`resolve_document` turns one document into its
own records and a short list of steps that touch records merged across documents;
:meth:`Resolver.merge` replays those steps, in document order, in the one process that
holds the merged records. The result is exactly that of resolving every document in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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

#: Steps of a document that touch merged records (first element of each step tuple).
WARN, CITE, INITIATIVE, FIELD, OBJECTIVE, COUNTRY, ORGANIZATION, LINK, PUBLICATION = range(9)
#: A provenance row to write unless the same span of the same field is cited already:
#: ((record id, field, start, end), the row, or what ``prepare`` made of it).
Cite = tuple[tuple[str, str, int, int], Any]
#: What a build does with each record of a document before it leaves the worker
#: (resource name, row) -> anything the package writer accepts; by default the row itself.
Prepare = Callable[[str, Row], Any]


def _keep(_resource: str, row: Row) -> Row:
    return row


@dataclass(slots=True)
class Resolved:
    """The records of a build, by resource name, and the notes raised while resolving."""

    tables: dict[str, list[Row]]
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class DocumentRecords:
    """One document resolved on its own: its records and the steps that merge the rest.

    ``tables`` holds the records of the document's own resources (all of ``PER_DOCUMENT``
    but provenance, whose rows are steps: some depend on what earlier documents said), as
    lists, or pickled lists when a worker process hands them over.
    """

    file: str
    source_id: str
    tables: dict[str, Any]
    steps: list[tuple[Any, ...]]


def partial_date_before(end: str, start: str) -> bool:
    """Whether partial date ``end`` is before ``start``, compared at their common precision."""
    size = min(len(end), len(start))
    return end[:size] < start[:size]


def clean_line(text: str) -> str:
    """One line of text: inner whitespace collapsed, ends trimmed."""
    return " ".join(text.split())


def _organization_row(name: str) -> tuple[str, Row]:
    """The gazetteer id of an organisation name and its record."""
    ref = resolve_organization(name)
    return ref.id, {
        "organization_id": ref.id,
        "name": ref.name,
        "acronym": ref.acronym,
        "organization_type": ref.organization_type,
        "country": ref.country,
    }


class _DocumentResolver:
    """Resolves one document without knowing any other: merged records become steps."""

    def __init__(self, document: Document, extraction: Extraction, prepare: Prepare) -> None:
        self.document = document
        self.extraction = extraction
        self.source_id = document.source_id
        self.prepare = prepare
        self.tables: dict[str, list[Any]] = {name: [] for name in PER_DOCUMENT[:-1]}
        self.steps: list[tuple[Any, ...]] = []
        self.cited: set[tuple[str, str, int, int]] = set()
        self.record_ids: set[str] = set()

    # -- helpers ---------------------------------------------------------------------------
    def _warn(self, message: str) -> None:
        self.steps.append((WARN, message))

    def _key(self, rid: str, name: str, value: Spanned[Any]) -> tuple[str, str, int, int]:
        size = len(self.document.text)
        start = max(0, min(value.start, size))
        return rid, name, start, max(start, min(value.end, size))

    def _span(self, rid: str, name: str, value: Spanned[Any] | None) -> Cite | None:
        """The provenance row of ``value`` with its key (None when there is no value).

        Left as a row: whether it is written depends on earlier documents, so it is
        prepared only if it is (by the writer), never in vain.
        """
        if value is None:
            return None
        key = self._key(rid, name, value)
        return key, self._row(key)

    def _row(self, key: tuple[str, str, int, int]) -> Row:
        rid, name, start, end = key
        return {
            "record_id": rid,
            "field": name,
            "source_id": self.source_id,
            "start": start,
            "end": end,
            "text": self.document.text[start:end],
        }

    def _cite(self, rid: str, name: str, value: Spanned[Any] | None) -> None:
        """Cite ``value`` whatever other documents say.

        A span this document already cited so is left out here; one cited only on a
        condition (first to state a merged value) is left to :meth:`Resolver.merge`.
        """
        if value is None:
            return
        key = self._key(rid, name, value)
        if key not in self.cited:
            self.cited.add(key)
            self.steps.append((CITE, key, self.prepare("provenance", self._row(key))))

    def _organization(self, name: str) -> str:
        org_id, row = _organization_row(name)
        self.steps.append((ORGANIZATION, org_id, row))
        return org_id

    def _add(self, resource: str, row: Row) -> None:
        self.tables[resource].append(self.prepare(resource, row))

    # -- the document ----------------------------------------------------------------------
    def resolve(self) -> DocumentRecords:
        document, extraction = self.document, self.extraction
        title = extraction.title or (
            extraction.initiatives[0].title if extraction.initiatives else None
        )
        self._add(
            "sources",
            {
                "source_id": self.source_id,
                "file": document.file,
                "url": document.url,
                "kind": extraction.kind,
                "language": extraction.language,
                "title": clean_line(title.value) or None if title else None,
                "published": extraction.published.value if extraction.published else None,
                "sha256": document.sha256,
                "retrieved": document.retrieved,
            },
        )
        self._cite(self.source_id, "title", title)
        self._cite(self.source_id, "published", extraction.published)
        titles: dict[str, str] = {}
        for draft in extraction.initiatives:
            rid = self._initiative(draft)
            titles.setdefault(fold_key(draft.title.value), rid)
        for event in extraction.events:
            event_id = self._event(event, titles)
            if event.title:
                titles.setdefault(fold_key(event.title.value), event_id)
        for returned in extraction.returns:
            self._return(returned)
        for funding in extraction.fundings:
            self._funding(funding, titles)
        for publication in extraction.publications:
            self._publication(publication)
        return DocumentRecords(document.file, self.source_id, self.tables, self.steps)

    def _initiative(self, draft: InitiativeDraft) -> str:
        for name, shape in _ID_SHAPES.items():
            value: Spanned[Any] | None = getattr(draft, name)
            if value is None:
                continue
            try:
                shape.validate_python(value.value)
            except ValidationError:
                self._warn(f"{name} {value.value!r} is not well formed; left out")
                setattr(draft, name, None)
        code = draft.iom_project_code.value if draft.iom_project_code else None
        prima = draft.prima_id.value if draft.prima_id else None
        rid = initiative_id(
            code, prima, draft.title.value, self._place_of(draft) if draft.generic else None
        )
        row: Row = {
            "initiative_id": rid,
            "initiative_type": draft.initiative_type,
            "title": clean_line(draft.title.value),
            "language": self.extraction.language,
            "gcm_objectives": [],
            "source_ids": [],
        }
        row.update(dict.fromkeys(INITIATIVE_FIELDS))
        self.steps.append((INITIATIVE, rid, row, self._span(rid, "title", draft.title)))
        self._check_period(rid, draft)
        for name in INITIATIVE_FIELDS:
            value = getattr(draft, name)
            if value is not None:
                self.steps.append((FIELD, rid, name, value.value, self._span(rid, name, value)))
        for objective in draft.gcm_objectives:
            self.steps.append(
                (OBJECTIVE, rid, objective.value, self._span(rid, "gcm_objectives", objective))
            )
        role = COUNTRY_ROLE_BY_KIND.get(self.extraction.kind, DEFAULT_COUNTRY_ROLE)
        self._countries(rid, draft.countries, role)
        self._countries(rid, draft.mentioned_countries, "mentioned")
        for names, link_role in (
            (draft.funders, "funder"),
            (draft.implementers, "implementer"),
            (draft.partners, "partner"),
        ):
            for org_name in names:
                org = self._organization(org_name.value)
                self.steps.append((LINK, rid, org, link_role))
                self._cite(rid, f"organizations.{link_role}", org_name)
        return rid

    def _place_of(self, draft: InitiativeDraft) -> str:
        """What tells apart initiatives of one generic title (a national policy, an AVRR
        programme): their first country, else the page that names them."""
        return draft.countries[0].value if draft.countries else self.source_id

    def _check_period(self, rid: str, draft: InitiativeDraft | EventDraft) -> None:
        if draft.start and draft.end and partial_date_before(draft.end.value, draft.start.value):
            self._warn(f"{rid}: end {draft.end.value} is before start "
                       f"{draft.start.value}; end left out")  # fmt: skip
            draft.end = None

    def _countries(self, rid: str, countries: Iterable[Spanned[str]], role: str) -> None:
        for country in countries:
            self.steps.append((COUNTRY, rid, country.value, role))
            self._cite(rid, "countries", country)

    def _event(self, draft: EventDraft, titles: dict[str, str]) -> str:
        def value(item: Spanned[Any] | None) -> Any:
            return item.value if item else None

        rid = record_id(
            "evt", self.source_id, draft.event_type, value(draft.title), value(draft.start),
            value(draft.city),
        )  # fmt: skip
        parent = titles.get(fold_key(draft.initiative_title)) if draft.initiative_title else None
        self._check_period(rid, draft)
        if rid not in self.record_ids:
            self.record_ids.add(rid)
            self._add(
                "events",
                {
                    "event_id": rid,
                    "event_type": draft.event_type,
                    "title": value(draft.title),
                    "start": value(draft.start),
                    "end": value(draft.end),
                    "city": value(draft.city),
                    "country": value(draft.country),
                    "initiative_id": parent,
                    "source_ids": [self.source_id],
                },
            )
            for name in ("title", "start", "end", "city", "country"):
                self._cite(rid, name, getattr(draft, name))
        return rid

    def _return(self, draft: ReturnDraft) -> None:
        fields = ("from_country", "to_country", "start", "end", "programme")
        values = {name: getattr(draft, name) for name in fields}
        plain = {name: item.value if item else None for name, item in values.items()}
        rid = record_id("ret", self.source_id, draft.count.value, *plain.values())
        if rid in self.record_ids:
            return
        if plain["start"] and plain["end"] and partial_date_before(plain["end"], plain["start"]):
            plain["end"] = values["end"] = None
        self.record_ids.add(rid)
        self._add(
            "assisted_returns",
            {"return_id": rid, "count": draft.count.value, **plain, "source_id": self.source_id},
        )
        self._cite(rid, "count", draft.count)
        for name, item in values.items():
            self._cite(rid, name, item)

    def _funding(self, draft: FundingDraft, titles: dict[str, str]) -> None:
        funder = self._organization(draft.funder.value)
        recipient = titles.get(fold_key(draft.recipient_title)) if draft.recipient_title else None
        rid = record_id(
            "fun", self.source_id, funder, draft.amount.value, draft.currency.value, recipient
        )
        if rid in self.record_ids:
            return
        self.record_ids.add(rid)
        self._add(
            "fundings",
            {
                "funding_id": rid,
                "funder_id": funder,
                "recipient_id": recipient,
                "amount": draft.amount.value,
                "currency": draft.currency.value,
                "source_id": self.source_id,
            },
        )
        self._cite(rid, "funder_id", draft.funder)
        self._cite(rid, "amount", draft.amount)
        self._cite(rid, "currency", draft.currency)
        if recipient and recipient.startswith("ini-"):
            self.steps.append((LINK, recipient, funder, "funder"))

    def _publication(self, draft: PublicationDraft) -> None:
        rid = record_id("pub", fold_key(draft.title.value))
        publisher = _organization_row(draft.publisher.value) if draft.publisher else None
        row: Row = {
            "publication_id": rid,
            "title": draft.title.value,
            "publication_type": draft.publication_type,
            "publisher_id": publisher[0] if publisher else None,
            "year": draft.year.value if draft.year else None,
            "source_ids": [],
        }
        cites = (
            self._span(rid, "title", draft.title),
            self._span(rid, "year", draft.year),
            self._span(rid, "publisher_id", draft.publisher),
        )
        self.steps.append((PUBLICATION, rid, row, publisher, cites))


def resolve_document(
    document: Document, extraction: Extraction, prepare: Prepare = _keep
) -> DocumentRecords:
    """Resolve one document on its own; :meth:`Resolver.merge` completes it in order.

    ``prepare`` is applied to every per-document record (and provenance row) as it is made,
    so that a worker process can hand back records ready to write; provenance written only
    if no earlier document stated the value first is left as rows.
    """
    return _DocumentResolver(document, extraction, prepare).resolve()


def _add_source(source_ids: list[str], source_id: str) -> None:
    """Add the source being merged to a merged record's sources, once.

    Documents are merged one at a time and a source's bytes are merged once, so the source
    can only be there already as the last one added: no need to search a list that grows
    with the corpus.
    """
    if not source_ids or source_ids[-1] != source_id:
        source_ids.append(source_id)


class Resolver:
    """Accumulates documents in order and produces the package's records."""

    def __init__(self) -> None:
        #: Source id -> index of the document's file in ``files`` (the first with those bytes).
        self.seen_sources: dict[str, int] = {}
        self.files: list[str] = []
        self.initiatives: dict[str, Row] = {}
        self.countries: dict[tuple[str, str], str] = {}
        self.organizations: dict[str, Row] = {}
        self.links: set[tuple[str, str, str]] = set()
        self.publications: dict[str, Row] = {}
        self.warnings: list[tuple[str, str]] = []

    def add(self, document: Document, extraction: Extraction) -> dict[str, list[Row]]:
        """Resolve one document's extraction; return its per-document records by resource.

        A document whose bytes equal an earlier one's is the same source: it adds nothing.
        """
        return self.merge(resolve_document(document, extraction))

    def merge(self, part: DocumentRecords) -> dict[str, list[Any]]:
        """Merge one document resolved on its own; return its per-document records.

        Documents must be merged in build order: the first to state a merged value keeps it
        (and its provenance), later ones that disagree are warned of.
        """
        file, source_id = part.file, part.source_id
        records: dict[str, list[Any]] = {name: [] for name in PER_DOCUMENT}
        first = self.seen_sources.get(source_id)
        if first is not None:
            self.warnings.append((file, f"same bytes as {self.files[first]}; skipped"))
            return records
        self.seen_sources[source_id] = len(self.files)
        self.files.append(file)
        records.update(part.tables)
        provenance = records["provenance"] = []
        cited: set[tuple[str, str, int, int]] = set()

        def cite(item: Cite | None) -> None:
            if item is not None and item[0] not in cited:
                cited.add(item[0])
                provenance.append(item[1])

        row: Row = {}
        for step in part.steps:
            kind = step[0]
            if kind == CITE:
                cite(step[1:])
            elif kind == FIELD:
                _, rid, name, value, span = step
                if row[name] is None:
                    row[name] = value
                    cite(span)
                elif row[name] != value and name != "summary":
                    self.warnings.append(
                        (file, f"initiative {rid}: {name} {value!r} differs from "
                         f"{row[name]!r} found first; first kept")
                    )  # fmt: skip
            elif kind == WARN:
                self.warnings.append((file, step[1]))
            elif kind == INITIATIVE:
                _, rid, template, span = step
                found = self.initiatives.get(rid)
                if found is None:
                    found = self.initiatives[rid] = template
                    cite(span)
                row = found
                _add_source(row["source_ids"], source_id)
            elif kind == OBJECTIVE:
                _, rid, value, span = step
                if value not in row["gcm_objectives"]:
                    row["gcm_objectives"].append(value)
                    cite(span)
            elif kind == COUNTRY:
                _, rid, country, role = step
                known = self.countries.get((rid, country))
                if known is None or (known == "mentioned" and role != "mentioned"):
                    self.countries[(rid, country)] = role
            elif kind == ORGANIZATION:
                self.organizations.setdefault(step[1], step[2])
            elif kind == LINK:
                self.links.add(step[1:])
            elif kind == PUBLICATION:
                _, rid, template, publisher, spans = step
                found = self.publications.get(rid)
                if found is None:
                    if publisher is not None:
                        self.organizations.setdefault(*publisher)
                    found = self.publications[rid] = template
                    for span in spans:
                        cite(span)
                _add_source(found["source_ids"], source_id)
        return records

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
                first = self.seen_sources.get(row["source_ids"][0])
                self.warnings.append(
                    ("?" if first is None else self.files[first],
                     f"{row['initiative_id']}: documents disagree on the period "
                     f"({row['start']} to {row['end']}); end left out")
                )  # fmt: skip
                row["end"] = None
        for row in tables["publications"]:
            row["source_ids"].sort()
        return Resolved(tables, self.warnings)
