"""The in-memory form of one source document, as every later stage sees it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Document:
    """One source document after reading.

    ``text`` is the document's plain text after HTML stripping and Unicode NFC normalisation;
    every character offset in the package (provenance spans) points into this string.
    """

    file: str
    """Path relative to the documents folder, with ``/`` separators."""
    text: str
    sha256: str
    """SHA-256 of the document's raw bytes, as read."""
    url: str | None = None
    retrieved: str | None = None

    @property
    def source_id(self) -> str:
        """Stable id derived from the document's bytes."""
        return "src-" + self.sha256[:16]
