"""classify stage: what kind of page a document is, and which language its body is in."""

from __future__ import annotations

from return_atlas.classify.kind import detect_kind, detect_kind_of_lines
from return_atlas.classify.language import detect_language, detect_language_of_lines
from return_atlas.classify.layout import body_start, split_lines
from return_atlas.extract.drafts import Kind

__all__ = ["classify", "detect_kind", "detect_language"]


def classify(doc_text: str) -> tuple[Kind, str]:
    """The kind of page and the ISO 639-1 language of its main body."""
    lines = split_lines(doc_text)
    start = body_start(lines)  # where the navigation menu ends, found once for both
    return detect_kind_of_lines(lines, start), detect_language_of_lines(lines, start)
