"""Read a folder of source documents (``.txt``, ``.md``, ``.html``) into :class:`Document` objects.

Reading never raises for one bad file: it yields a :class:`ReadProblem` for it instead, so
one broken document never stops a build. Paths that leave the folder (symlinks out) are
refused, files over a size limit are skipped, and text that is not UTF-8 is read as
Windows-1252 with a warning.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import html
import itertools
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from return_atlas.read.document import Document
from return_atlas.read.html import html_to_text
from return_atlas.read.privacy import mask_personal_data

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
MAX_BYTES = 5_000_000
MANIFEST = "manifest.csv"


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A document that could not be read, and why, in plain words."""

    file: str
    message: str


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A document read, with the notes the build report shows for it."""

    document: Document
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class Manifest:
    """``manifest.csv`` (file, url, retrieved): optional metadata about each document."""

    urls: dict[str, str] = field(default_factory=dict)
    retrieved: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_manifest(folder: Path) -> Manifest:
    """Read ``folder/manifest.csv`` if present; a malformed manifest is a warning, never fatal."""
    manifest = Manifest()
    path = folder / MANIFEST
    if not path.is_file():
        return manifest
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                manifest.problems.append(f"{MANIFEST}: no 'file' column in the header; ignored")
                return manifest
            for line, row in enumerate(reader, start=2):
                name = (row.get("file") or "").strip()
                if not name:
                    manifest.problems.append(f"{MANIFEST}:{line}: no file named; row ignored")
                    continue
                if url := (row.get("url") or "").strip():
                    manifest.urls[name] = url
                if retrieved := (row.get("retrieved") or "").strip():
                    manifest.retrieved[name] = retrieved
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        manifest.problems.append(f"{MANIFEST}: cannot be read ({error}); ignored")
    return manifest


def _suffix(name: str) -> str:
    """``Path(name).suffix``, without making a Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def list_document_names(folder: Path) -> list[str]:
    """Document files below ``folder`` as sorted relative paths with ``/`` separators.

    What :func:`list_documents` lists, as strings: a large corpus is listed in a fraction
    of the time and memory that Path objects take. Hidden files and folders (a name
    starting with ``.``) are left out; linked folders are not entered.
    """
    found: list[str] = []
    for top, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        relative = os.path.relpath(top, folder)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        for name in itertools.chain(folders, files):
            if not name.startswith(".") and _suffix(name).lower() in SUFFIXES:
                found.append(prefix + name)
    found.sort()
    return found


def list_documents(folder: Path) -> list[Path]:
    """Document files below ``folder``, sorted by their relative path (for determinism)."""
    return [folder / name for name in list_document_names(folder)]


#: Control characters other than tab and line feed become spaces (offsets are kept).
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference closed by its semicolon ("&quot;", "&#39;", "&#x2019;")."""
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 or UTF-16 by its BOM (dropped), else Windows-1252, with a warning."""
    warnings: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith(_UTF16_BOMS):
        warnings.append("UTF-16 text (by its byte-order mark)")
        return raw.decode("utf-16", errors="replace"), warnings
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        warnings.append(f"not valid UTF-8 (byte {error.start}); read as Windows-1252")
        text = raw.decode("cp1252", errors="replace")
    if "\x00" in text:
        warnings.append("NUL characters removed (is the file UTF-16 without a byte-order mark?)")
        text = text.replace("\x00", "")
    return text, warnings


def to_text(raw: bytes, suffix: str) -> tuple[str, list[str]]:
    """The plain, NFC-normalised, privacy-masked text of a document's bytes."""
    text, warnings = decode(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in {".html", ".htm"}:
        text = html_to_text(text)
    elif "&" in text:
        # text copied from HTML keeps its character references: "&quot;", "DFID&#39;s"
        text, decoded = _CHAR_REF.subn(lambda m: html.unescape(m.group()), text)
        if decoded:
            warnings.append(f"{decoded} HTML character reference(s) decoded")
    text = _CONTROLS.sub(" ", unicodedata.normalize("NFC", text))
    text, masked = mask_personal_data(text)
    if masked:
        warnings.append(f"{masked} e-mail address(es) or telephone number(s) masked")
    return text, warnings


@functools.lru_cache(maxsize=8)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def _plain_size(folder: Path, relative: str) -> int | None:
    """The size of ``folder/relative`` when no part of ``relative`` is a link, else None.

    The file is then inside the folder wherever the folder itself is, and its size is
    known: what ``resolve`` and ``stat`` would find, with one ``lstat`` per part of the
    relative path rather than one per part of the whole path. Errors give None too, for the
    full check to report them.
    """
    parts = relative.split("/")
    if ".." in parts or "" in parts or "." in parts:
        return None
    current = os.fspath(folder)
    try:
        for part in parts:
            current = f"{current}{os.sep}{part}"
            status = os.lstat(current)
            if stat.S_ISLNK(status.st_mode):
                return None
    except OSError:
        return None
    return status.st_size


def read_document(folder: Path, path: Path, manifest: Manifest) -> ReadResult | ReadProblem:
    """Read one document; any problem becomes a :class:`ReadProblem`."""
    try:
        relative = path.relative_to(folder).as_posix()
    except ValueError:
        return ReadProblem(str(path), "is outside the documents folder; skipped")
    try:
        size = _plain_size(folder, relative)
        real = path
        if size is None:  # a link below the folder (or an odd path): see where it leads
            real = path.resolve(strict=True)
            if not real.is_relative_to(_resolved(folder)):
                return ReadProblem(relative, "links outside the documents folder; skipped")
            size = real.stat().st_size
        if size > MAX_BYTES:
            return ReadProblem(relative, f"is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
        raw = real.read_bytes()
    except OSError as error:
        return ReadProblem(relative, f"cannot be read: {error.strerror or error}")
    if not raw.strip():
        return ReadProblem(relative, "is empty; skipped")
    text, warnings = to_text(raw, path.suffix.lower())
    document = Document(
        file=relative,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        url=manifest.urls.get(relative),
        retrieved=manifest.retrieved.get(relative),
    )
    return ReadResult(document, tuple(warnings))


def read_folder(folder: Path) -> Iterator[ReadResult | ReadProblem]:
    """Every document of ``folder`` in a stable order, read or reported."""
    manifest = read_manifest(folder)
    for problem in manifest.problems:
        yield ReadProblem(MANIFEST, problem)
    for path in list_documents(folder):
        yield read_document(folder, path, manifest)
