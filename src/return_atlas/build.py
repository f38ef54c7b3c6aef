"""The converter: documents -> read -> classify -> extract -> resolve -> package.

``build(documents, out)`` is what ``return-atlas build`` runs. It never stops for one bad
document: a document that cannot be read or extracted is reported and skipped. Work is spread
over the available cores for large corpora; results are gathered in file order, so the
package is byte-identical whatever the number of workers.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from return_atlas.contributions import Merger
from return_atlas.extract.dispatch import extract_document
from return_atlas.extract.drafts import Extraction
from return_atlas.package.writer import STREAMED, PackageResult, PackageWriter
from return_atlas.read.document import Document
from return_atlas.read.reader import (
    Manifest,
    ReadProblem,
    ReadResult,
    list_documents,
    read_document,
    read_manifest,
)
from return_atlas.resolve.records import Resolver

#: Below this many documents, one process is faster than starting workers.
PARALLEL_THRESHOLD = 400
CHUNK_SIZE = 64


@dataclass(slots=True)
class DocumentReport:
    """What the build did with one document, for the build report."""

    file: str
    kind: str | None = None
    language: str | None = None
    extracted: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        """JSON form: empty parts left out."""
        data: dict[str, object] = {"file": self.file}
        if self.error:
            data["error"] = self.error
        else:
            data.update(kind=self.kind, language=self.language, extracted=self.extracted)
        if self.warnings:
            data["warnings"] = self.warnings
        return data


class ContributionError(Exception):
    """Contributions that cannot be merged: nothing was written."""

    def __init__(self, issues: list[dict[str, object]]) -> None:
        super().__init__(f"{len(issues)} problem(s) in the contributions")
        self.issues = issues


@dataclass(slots=True)
class BuildResult:
    """The outcome of a build: one report per document and the package written."""

    documents: list[DocumentReport]
    package: PackageResult

    @property
    def failed(self) -> list[DocumentReport]:
        """Documents that were skipped."""
        return [report for report in self.documents if report.error]


Outcome = tuple[DocumentReport, Document | None, Extraction | None]


def process(folder: Path, path: Path, manifest: Manifest) -> Outcome:
    """Read and extract one document; every failure becomes a report, never an exception."""
    read = read_document(folder, path, manifest)
    if isinstance(read, ReadProblem):
        return DocumentReport(read.file, error=read.message), None, None
    return process_read(read)


def process_read(read: ReadResult) -> Outcome:
    """Extract from a document already read."""
    document = read.document
    report = DocumentReport(document.file, warnings=list(read.warnings))
    try:
        extraction = extract_document(document)
    except Exception as error:  # one bad document must never stop a build
        where = traceback.extract_tb(error.__traceback__)[-1]
        report.error = (
            f"extraction failed ({type(error).__name__}: {error}) at "
            f"{Path(where.filename).name}:{where.lineno}; document skipped"
        )
        return report, None, None
    report.kind = extraction.kind
    report.language = extraction.language
    report.extracted = {
        name: count
        for name, count in (
            ("initiatives", len(extraction.initiatives)),
            ("events", len(extraction.events)),
            ("assisted_returns", len(extraction.returns)),
            ("fundings", len(extraction.fundings)),
            ("publications", len(extraction.publications)),
        )
        if count
    }
    report.warnings.extend(extraction.warnings)
    return report, document, extraction


def _process_chunk(args: tuple[Path, Sequence[Path], Manifest]) -> list[Outcome]:
    folder, paths, manifest = args
    return [process(folder, path, manifest) for path in paths]


def iter_outcomes(
    folder: Path, paths: Sequence[Path], manifest: Manifest, workers: int
) -> Iterator[Outcome]:
    """Outcomes in the order of ``paths``, computed by ``workers`` processes."""
    if workers <= 1 or len(paths) < PARALLEL_THRESHOLD:
        for path in paths:
            yield process(folder, path, manifest)
        return
    chunks = [
        (folder, paths[i : i + CHUNK_SIZE], manifest) for i in range(0, len(paths), CHUNK_SIZE)
    ]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for outcomes in pool.map(_process_chunk, chunks):
            yield from outcomes


def default_workers() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def build(
    documents: Path,
    out: Path,
    *,
    workers: int | None = None,
    contributions: Path | None = None,
    progress: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build the data package at ``out`` from the documents in ``documents``.

    ``contributions`` is a folder of contributed records and corrections merged into the
    package (see contributions/README.md); a contribution that cannot be merged raises
    :class:`ContributionError` and leaves the previous package in place. ``progress`` is
    called with the number of documents done since the last call; ``on_start`` with the
    total, before any work.
    """
    manifest = read_manifest(documents)
    paths = list_documents(documents)
    if on_start:
        on_start(len(paths))
    reports = [DocumentReport("manifest.csv", warnings=[p]) for p in manifest.problems]
    resolver = Resolver()
    writer = PackageWriter(out)
    merger = Merger(contributions) if contributions is not None else None
    for report, document, extraction in iter_outcomes(
        documents, paths, manifest, workers or default_workers()
    ):
        reports.append(report)
        if document is not None and extraction is not None:
            records = resolver.add(document, extraction)
            writer.add(merger.stream(records) if merger else records)
        if progress:
            progress(1)
    resolved = resolver.finish()
    by_file = {report.file: report for report in reports}
    for file, message in resolved.warnings:
        by_file[file].warnings.append(message)
    tables: dict[str, list[dict[str, object]]] = dict(resolved.tables)
    contributed: list[dict[str, object]] = []
    if merger is not None:
        tables, issues = merger.finish(tables)
        contributed = [issue.as_dict() for issue in issues]
        if any(issue.is_error for issue in issues):
            writer.discard()
            raise ContributionError(contributed)
        writer.add({name: tables.pop(name) for name in STREAMED if name in tables})
    package = writer.finish(tables, [r.as_dict() for r in reports], contributed)
    return BuildResult(reports, package)
