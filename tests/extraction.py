"""Small helpers the extractor tests share: a document of a text, a one-story news release,
a bullet-layout project page, an office page, a listing of practice teasers, and values of
drafts."""

from __future__ import annotations

from typing import Any

from return_atlas.extract.drafts import Extraction, Spanned
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.read.document import Document


def doc(text: str) -> Document:
    """A document of ``text``."""
    return Document(file="t.txt", text=text, sha256="0" * 64)


def val(spanned: Spanned[Any] | None) -> Any:
    """The value of an optional spanned field."""
    return None if spanned is None else spanned.value


def titles(ex: Extraction) -> list[str]:
    """Titles of the initiatives found."""
    return [val(i.title) for i in ex.initiatives]


def news(body: str, lang: str, headline: str = "Something Happened Somewhere") -> Extraction:
    """A one-story release with ``headline`` and ``body``."""
    return extract_news_release(doc(f"News\n\n{headline}\n\n{body}\n"), lang)


def returns(ex: Extraction) -> list[tuple[Any, ...]]:
    """(count, from, to) of each return figure."""
    return [(val(r.count), val(r.from_country), val(r.to_country)) for r in ex.returns]


def dated_returns(ex: Extraction) -> list[tuple[Any, ...]]:
    """(count, from, to, start, end) of each return figure."""
    return [
        (val(r.count), val(r.from_country), val(r.to_country), val(r.start), val(r.end))
        for r in ex.returns
    ]


def counts(ex: Extraction) -> list[Any]:
    """The count of each return figure."""
    return [val(r.count) for r in ex.returns]


def funders(ex: Extraction) -> list[list[str]]:
    """The funders of each initiative."""
    return [[val(f) for f in i.funders] for i in ex.initiatives]


_FIELDS = (
    "  • Start Date\n    2022\n  • Project Status\n    Active\n  • Prima ID\n    XX10P0001\n"
    "  • Projects ID\n    RT.0001\n  • Benefiting Member States\n    Bolivia (Estado "
    "Plurinacional de) Chile Perú\n\n"
)


def project(description: str, lang: str) -> Extraction:
    """A bullet-layout project page with ``description`` after its fields."""
    text = f"Strengthening Return Support in Somewhere\n\n{_FIELDS}{description}\n"
    return extract_project_page(doc(text), lang)


def office(
    body: str,
    lang: str,
    *,
    office: str = "IOM Tallinn",
    site: str = "International Organization for Migration",
) -> Extraction:
    """An office page: the site's name, the office's, then ``body`` (its headings and text)."""
    return extract_office_page(doc(f"{site}\n\n{office}\n\n{body}\n"), lang)


def office_page(text: str, lang: str) -> Extraction:
    """The extraction of ``text`` read as an office page, as written (no site's lines)."""
    return extract_office_page(doc(text), lang)


def teaser_listing(*texts: str, lang: str = "en") -> Extraction:
    """A repository listing of untitled teasers, each over an empty "GCM Objectives" label."""
    listing = "".join(f"  • {t}\n\n    GCM Objectives\n" for t in texts)
    return extract_practice_page(doc(f"Repository of Practices\n\n{listing}"), lang)
