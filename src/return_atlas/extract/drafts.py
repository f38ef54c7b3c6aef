"""Draft records: what an extractor finds in one document, before ids and resolution.

Every value is a :class:`Spanned`: the normalised value plus the character span of the
document text it was read from. The resolve stage turns drafts into model records and each
span into a provenance row, so an extractor never has to think about ids or provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, Literal, TypeVar

T = TypeVar("T")

Kind = Literal["project_page", "office_page", "news_release", "practice_page", "other"]


@dataclass(frozen=True, slots=True)
class Spanned(Generic[T]):
    """A normalised value and the ``[start, end)`` span of document text it came from."""

    value: T
    start: int
    end: int


@dataclass(slots=True)
class InitiativeDraft:
    """An initiative as one document states it. Field names follow the data contract."""

    title: Spanned[str]
    initiative_type: str = "project"
    """Contract codelist: project, programme, practice, strategy, policy, network, service,
    fund, dialogue, other."""
    iom_project_code: Spanned[str] | None = None
    prima_id: Spanned[str] | None = None
    status: Spanned[str] | None = None  # planned | active | completed | cancelled
    start: Spanned[str] | None = None  # partial date YYYY[-MM[-DD]]
    end: Spanned[str] | None = None
    year: Spanned[int] | None = None
    budget_amount: Spanned[float] | None = None
    budget_currency: Spanned[str] | None = None  # ISO 4217
    coverage: Spanned[str] | None = None  # national | regional | multi_regional | global
    iom_region: Spanned[str] | None = None  # canonical English label
    project_type: Spanned[str] | None = None  # canonical English label of the IDF codelist
    summary: Spanned[str] | None = None
    countries: list[Spanned[str]] = field(default_factory=list)  # ISO3, beneficiary/location
    mentioned_countries: list[Spanned[str]] = field(default_factory=list)  # ISO3, role mentioned
    funders: list[Spanned[str]] = field(default_factory=list)  # organisation names as written
    implementers: list[Spanned[str]] = field(default_factory=list)
    partners: list[Spanned[str]] = field(default_factory=list)
    gcm_objectives: list[Spanned[int]] = field(default_factory=list)
    title_truncated: bool = False
    generic: bool = False
    """The title is only a kind of programme ("Programa de Retorno Voluntario Asistido
    (RVA)"): it names the programme of one page, not one initiative across pages."""


@dataclass(slots=True)
class EventDraft:
    event_type: str  # workshop | training | conference | meeting | launch | ceremony | other
    title: Spanned[str] | None = None
    start: Spanned[str] | None = None
    end: Spanned[str] | None = None
    city: Spanned[str] | None = None
    country: Spanned[str] | None = None  # ISO3
    initiative_title: str | None = None
    """Title of an initiative draft of the same document that the event belongs to."""


@dataclass(slots=True)
class ReturnDraft:
    count: Spanned[int]
    from_country: Spanned[str] | None = None
    to_country: Spanned[str] | None = None
    start: Spanned[str] | None = None
    end: Spanned[str] | None = None
    programme: Spanned[str] | None = None


@dataclass(slots=True)
class FundingDraft:
    funder: Spanned[str]  # organisation name as written
    amount: Spanned[float]
    currency: Spanned[str]  # ISO 4217
    recipient_title: str | None = None
    """Title of an initiative or event draft of the same document, when the text names it."""


@dataclass(slots=True)
class PublicationDraft:
    title: Spanned[str]
    publication_type: str = "report"
    publisher: Spanned[str] | None = None
    year: Spanned[int] | None = None


@dataclass(slots=True)
class Extraction:
    """Everything found in one document."""

    kind: Kind
    language: str
    title: Spanned[str] | None = None
    published: Spanned[str] | None = None
    initiatives: list[InitiativeDraft] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)
    returns: list[ReturnDraft] = field(default_factory=list)
    fundings: list[FundingDraft] = field(default_factory=list)
    publications: list[PublicationDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Plain-words notes for the build report: unknown label, unparsed value, truncated text."""

    def tidy(self) -> Extraction:
        """Fold every line break (with the white space around it) in text values to a space.

        Hard-wrapped pages break titles, names and cities over lines; a value of the package
        is always one line. Spans are kept: they still point at the text as written.
        """
        for group in (self.initiatives, self.events, self.returns, self.fundings,
                      self.publications):  # fmt: skip
            for draft in group:
                for name in _field_names(type(draft)):
                    value = getattr(draft, name)
                    tidied = _tidy(value)
                    if tidied is not value:  # most values hold no line break
                        setattr(draft, name, tidied)
        self.title = _tidy(self.title)
        return self


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of a draft class (``dataclasses.fields`` rebuilds them on every call)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(item.name for item in fields(cls))
    return names


_BREAK = re.compile(r"[ \t]*[\n\r\f\v][ \t\n\r\f\v]*")


def _has_break(text: str) -> bool:
    """True when ``text`` holds a character that :data:`_BREAK` needs (cheaper than a sub)."""
    return "\n" in text or "\r" in text or "\f" in text or "\v" in text


def _tidy(value: Any) -> Any:
    if value is None:
        return value
    if isinstance(value, Spanned) and isinstance(value.value, str):
        if not _has_break(value.value):
            return value
        folded = _BREAK.sub(" ", value.value)
        return value if folded == value.value else replace(value, value=folded)
    if isinstance(value, str):
        return _BREAK.sub(" ", value) if _has_break(value) else value
    if isinstance(value, list):
        return [_tidy(item) for item in value]
    return value
