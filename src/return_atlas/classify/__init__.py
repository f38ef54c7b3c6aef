"""classify stage: what kind of page a document is, and which language its body is in."""

from __future__ import annotations

from typing import NamedTuple

from return_atlas.classify.kind import detect_kind, kind_and_cue
from return_atlas.classify.language import detect_language, detect_language_of_lines
from return_atlas.classify.layout import body_start, split_lines
from return_atlas.extract.drafts import Kind

__all__ = ["Classified", "classify", "classify_page", "detect_kind", "detect_language"]


class Classified(NamedTuple):
    """What a page is: its kind, the language of its body, and whether a cue of its kind was
    seen (an office page without one is a page of no cue at all)."""

    kind: Kind
    language: str
    cued: bool


def classify_page(doc_text: str) -> Classified:
    """The kind of page, the ISO 639-1 language of its main body, and whether a cue of the
    kind was seen."""
    lines = split_lines(doc_text)
    start = body_start(lines)  # where the navigation menu ends, found once for both
    kind, cued = kind_and_cue(lines, start)
    return Classified(kind, detect_language_of_lines(lines, start), cued)


def classify(doc_text: str) -> tuple[Kind, str]:
    """The kind of page and the ISO 639-1 language of its main body."""
    kind, language, _ = classify_page(doc_text)
    return kind, language
