"""Classify a document and run the extractor for its kind."""

from __future__ import annotations

from collections.abc import Callable

from return_atlas.classify import classify
from return_atlas.extract.drafts import Extraction, Kind
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.read.document import Document

Extractor = Callable[[Document, str], Extraction]

EXTRACTORS: dict[Kind, Extractor] = {
    "project_page": extract_project_page,
    "office_page": extract_office_page,
    "news_release": extract_news_release,
    "practice_page": extract_practice_page,
}


def extract_document(document: Document) -> Extraction:
    """Everything the converter finds in ``document``: its kind, language and draft records."""
    kind, language = classify(document.text)
    extractor = EXTRACTORS.get(kind)
    if extractor is None:
        return Extraction(kind=kind, language=language)
    extraction = extractor(document, language)
    extraction.kind = kind
    extraction.language = language
    return extraction
