"""Property tests: no text, however broken, crashes the converter or yields invalid records."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from return_atlas.extract.dispatch import extract_document
from return_atlas.package.writer import Validator
from return_atlas.read.document import Document
from return_atlas.read.privacy import find_personal_data
from return_atlas.read.reader import to_text
from return_atlas.resolve.records import Resolver
from tests.conftest import DOCUMENTS

REAL = [p.read_bytes() for p in sorted(DOCUMENTS.glob("*.txt"))]
ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-16", "mac_roman"]


def convert(raw: bytes, name: str = "doc.txt") -> list[str]:
    """Run one document through read, extract, resolve and the models; return rows left out."""
    text, _ = to_text(raw, Path(name).suffix)
    document = Document(name, text, hashlib.sha256(raw).hexdigest())
    resolver = Resolver()
    per_document = resolver.add(document, extract_document(document))
    tables = {**per_document, **resolver.finish().tables}
    check = Validator()
    for resource, rows in tables.items():
        for row in rows:
            check.record(resource, row)
    return check.dropped


@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    assert convert(text.encode("utf-8", "surrogatepass")) == []


@given(
    doc=st.sampled_from(REAL),
    cut=st.floats(0, 1),
    shuffle=st.randoms(use_true_random=False),
    mode=st.sampled_from(["cut", "shuffle", "encoding", "huge", "lines"]),
    encoding=st.sampled_from(ENCODINGS),
)
@settings(max_examples=80)
def test_mutated_real_documents_never_crash(
    doc: bytes, cut: float, shuffle: object, mode: str, encoding: str
) -> None:
    text = doc.decode("utf-8")
    if mode == "cut":
        mutated = text[: int(len(text) * cut)].encode()
    elif mode == "shuffle":
        lines = text.splitlines()
        shuffle.shuffle(lines)  # type: ignore[attr-defined]
        mutated = "\n".join(lines).encode()
    elif mode == "encoding":
        mutated = text.encode(encoding, errors="replace")
    elif mode == "lines":
        mutated = text.replace(" ", "\n", int(len(text) * cut) // 10).encode()
    else:
        mutated = (text * 40).encode()
    assert convert(mutated) == []


CORPUS = DOCUMENTS.parent / "tests" / "corpus"
CONTACTS = [
    doc
    for doc in REAL + [p.read_bytes() for p in sorted(CORPUS.glob("heldout*/documents/*.txt"))]
    if b"@" in doc and b"+" in doc
]
"""Documents with a contact block (an e-mail address and an international telephone
number): the real ones and those of the read corpus sets (not the blind ones)."""


def _tables(raw: bytes) -> dict[str, list[dict[str, object]]]:
    """The rows one document gives, through read, extract and resolve."""
    text, _ = to_text(raw, ".txt")
    document = Document("doc.txt", text, hashlib.sha256(raw).hexdigest())
    resolver = Resolver()
    per_document = resolver.add(document, extract_document(document))
    return {**per_document, **resolver.finish().tables}


@given(
    doc=st.sampled_from(CONTACTS),
    shuffle=st.randoms(use_true_random=False),
    space=st.sampled_from(["\u00a0", "\u202f", "\u2009", " "]),
)
@settings(max_examples=40)
def test_contact_blocks_leak_nothing_however_spaced_or_shuffled(
    doc: bytes, shuffle: object, space: str
) -> None:
    """A contact line may become a page's title once its lines are shuffled, and its
    telephone number may be spaced with no-break spaces: no row ever holds either."""
    lines = doc.decode("utf-8").replace(" ", space).splitlines()
    shuffle.shuffle(lines)  # type: ignore[attr-defined]
    for resource, rows in _tables("\n".join(lines).encode()).items():
        for row in rows:
            for value in row.values():
                text = " ".join(str(value).split())
                assert find_personal_data(text) == [], (resource, value)


def test_there_are_real_contact_blocks_to_shuffle() -> None:
    assert len(CONTACTS) >= 3
