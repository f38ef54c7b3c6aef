"""Small helpers the extractor tests share: a document of a text, and values of drafts."""

from __future__ import annotations

from typing import Any

from return_atlas.extract.drafts import Extraction, Spanned
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
