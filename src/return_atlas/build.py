"""The converter: documents -> read -> classify -> extract -> resolve -> package.

``build(documents, out)`` is what ``return-atlas build`` runs. It never stops for one bad
document: a document that cannot be read or extracted is reported and skipped. Work is spread
over the available cores for large corpora; results are gathered in file order, so the
package is byte-identical whatever the number of workers.

Each worker reads, extracts and resolves its documents on their own, and checks and renders
their records (:func:`~return_atlas.package.writer.prepare`); the main process only merges
what documents share (initiatives, organisations, publications) in file order, and appends
text to spools on disk. Nothing kept per document grows in memory but a few short strings
(its name, its source id, the ids the references need).
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import tempfile
import traceback
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from return_atlas.extract.dispatch import extract_document
from return_atlas.package.writer import (
    STREAMED,
    PackageResult,
    PackageWriter,
    dump_indented,
    encode_json,
    prepare,
)
from return_atlas.read.reader import (
    Manifest,
    ReadProblem,
    ReadResult,
    list_document_names,
    read_document,
    read_manifest,
)
from return_atlas.resolve.records import DocumentRecords, Resolver, resolve_document
from return_atlas.validate.inputs import Discovery, walk

if TYPE_CHECKING:
    from return_atlas.contributions import Merger

#: Below this many documents, one process is faster than starting workers.
PARALLEL_THRESHOLD = 400
CHUNK_SIZE = 64
#: Chunks handed to the workers ahead of the one the build is waiting for, per worker: enough
#: to keep them busy, few enough that results never pile up in memory.
AHEAD_PER_WORKER = 4


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentReport:
        """The report of its JSON form."""
        return cls(
            data["file"],
            data.get("kind"),
            data.get("language"),
            data.get("extracted", {}),
            data.get("warnings", []),
            data.get("error"),
        )


class ContributionError(Exception):
    """Contributions that cannot be merged: nothing was written."""

    def __init__(self, issues: list[dict[str, object]]) -> None:
        super().__init__(f"{len(issues)} problem(s) in the contributions")
        self.issues = issues


class ReportLog:
    """The reports of a build's documents, in order, kept on disk rather than in memory.

    Iterating reads them back; ``len`` counts them. Filled by :meth:`add`, then
    :meth:`finish` adds the notes raised at the end and yields the build report's entries.
    """

    def __init__(self) -> None:
        self._spool: IO[bytes] = self._new_spool()
        self._count = 0
        self._final = False

    def _new_spool(self) -> IO[bytes]:
        spool = tempfile.TemporaryFile(prefix="return-atlas-reports-")  # noqa: SIM115
        weakref.finalize(self, spool.close)  # closed with the log, at the latest
        return spool

    def __len__(self) -> int:
        return self._count

    def add(self, report: DocumentReport) -> None:
        """Keep one document's report."""
        text = encode_json(report.as_dict()) + "\n"
        self._spool.write(text.encode("utf-8"))
        self._count += 1

    def __iter__(self) -> Iterator[DocumentReport]:
        self._spool.seek(0)
        for line in self._spool:
            yield DocumentReport.from_dict(json.loads(line))

    def finish(self, notes: dict[str, list[str]]) -> Iterator[str]:
        """Add ``notes`` (file -> warnings) to the last report of each file; yield the
        entries of the build report, rendered, as the reports are rewritten in place."""
        assert not self._final, "finish() once"
        self._final = True
        final = self._new_spool()
        last: dict[str, int] = {}
        if notes:
            self._spool.seek(0)
            for index, line in enumerate(self._spool):
                file = json.loads(line)["file"]
                if file in notes:
                    last[file] = index
        self._spool.seek(0)
        targets = {index: file for file, index in last.items()}
        for index, line in enumerate(self._spool):
            data = json.loads(line)
            if index in targets:
                data.setdefault("warnings", []).extend(notes[targets[index]])
                final.write((json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"))
            else:
                final.write(line)
            yield dump_indented(data, 2)
        self._spool.close()
        self._spool = final

    def close(self) -> None:
        """Forget the reports."""
        self._spool.close()


@dataclass(slots=True)
class BuildResult:
    """The outcome of a build: one report per document and the package written."""

    documents: ReportLog
    package: PackageResult
    failed: list[DocumentReport] = field(default_factory=list)
    """Documents that were skipped."""


Outcome = tuple[DocumentReport, DocumentRecords | None]


def process(folder: Path, path: Path, manifest: Manifest, ready: bool = True) -> Outcome:
    """Read, extract and resolve one document; every failure becomes a report, never an
    exception. With ``ready``, its records come back checked and rendered, pickled."""
    read = read_document(folder, path, manifest)
    if isinstance(read, ReadProblem):
        return DocumentReport(read.file, error=read.message), None
    return process_read(read, ready)


def _failure(what: str, error: Exception) -> str:
    where = traceback.extract_tb(error.__traceback__)[-1]
    return (
        f"{what} failed ({type(error).__name__}: {error}) at "
        f"{Path(where.filename).name}:{where.lineno}; document skipped"
    )


def process_read(read: ReadResult, ready: bool = True) -> Outcome:
    """Extract from a document already read, and resolve it on its own."""
    document = read.document
    report = DocumentReport(document.file, warnings=list(read.warnings))
    try:
        extraction = extract_document(document)
    except Exception as error:  # one bad document must never stop a build
        report.error = _failure("extraction", error)
        return report, None
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
    try:
        if ready:
            part = resolve_document(document, extraction, prepare)
            part.tables = {  # handed over pickled: see PackageWriter.add
                name: pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL) if rows else b""
                for name, rows in part.tables.items()
            }
        else:
            part = resolve_document(document, extraction)
    except Exception as error:  # one bad document must never stop a build
        report.error = _failure("resolving", error)
        report.kind = report.language = None
        report.extracted = {}
        return report, None
    return report, part


_WORKER: tuple[Path, Manifest, bool] | None = None


def _start_worker(folder: Path, manifest: Manifest, ready: bool) -> None:
    global _WORKER  # noqa: PLW0603 - one build per worker process
    _WORKER = (folder, manifest, ready)


def _process_chunk(names: Sequence[str]) -> list[Outcome]:
    assert _WORKER is not None
    folder, manifest, ready = _WORKER
    return [process(folder, folder / name, manifest, ready) for name in names]


def iter_outcomes(
    folder: Path, names: Sequence[str], manifest: Manifest, workers: int, ready: bool = True
) -> Iterator[Outcome]:
    """Outcomes in the order of ``names`` (paths relative to ``folder``), computed by
    ``workers`` processes."""
    if workers <= 1 or len(names) < PARALLEL_THRESHOLD:
        for name in names:
            yield process(folder, folder / name, manifest, ready)
        return
    chunks = (names[i : i + CHUNK_SIZE] for i in range(0, len(names), CHUNK_SIZE))
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(folder, manifest, ready)
    ) as pool:
        pending: deque[Future[list[Outcome]]] = deque(
            pool.submit(_process_chunk, chunk)
            for chunk in itertools.islice(chunks, workers * AHEAD_PER_WORKER)
        )
        while pending:
            outcomes = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_process_chunk, chunk))
            yield from outcomes


def _holds_contributions(folder: Path) -> bool:
    """Whether ``folder`` holds a file to merge or to report (as :class:`Merger` would see).

    A folder with nothing in it (or only its README) then costs no import of the merger and
    the table library it uses: tens of MB in the build and in every worker.
    """
    if not folder.is_dir():
        return False
    found = Discovery()
    walk(folder, folder.name, found)
    return bool(found.files or found.issues)


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
    names = list_document_names(documents)
    if on_start:
        on_start(len(names))
    reports = ReportLog()
    failed: list[DocumentReport] = []
    for problem in manifest.problems:
        reports.add(DocumentReport("manifest.csv", warnings=[problem]))
    resolver = Resolver()
    writer = PackageWriter(out)
    merger: Merger | None = None
    if contributions is not None and _holds_contributions(contributions):
        from return_atlas.contributions import Merger  # noqa: PLC0415 - heavy (polars)

        merger = Merger(contributions)
        if merger.empty:
            merger = None
    try:
        outcomes = iter_outcomes(
            documents, names, manifest, workers or default_workers(), ready=merger is None
        )
        for name, (report, part) in zip(names, outcomes, strict=True):
            if part is not None:
                part.file = name  # the same text: kept once, not once more by the resolver
                records = resolver.merge(part)
                report.warnings.extend(message for _, message in resolver.warnings)
                resolver.warnings.clear()
                writer.add(merger.stream(records) if merger else records)
            if report.error:
                failed.append(report)
            reports.add(report)
            if progress:
                progress(1)
        resolved = resolver.finish()
        # What was kept per document for the merge (source ids, file names) is not needed
        # any more: free it before the writer keeps the ids its reference checks need.
        del resolver, names, outcomes
        notes: dict[str, list[str]] = {}
        for file, message in resolved.warnings:
            notes.setdefault(file, []).append(message)
        tables: dict[str, list[dict[str, object]]] = dict(resolved.tables)
        contributed: list[dict[str, object]] = []
        if merger is not None:
            tables, issues = merger.finish(tables)
            contributed = [issue.as_dict() for issue in issues]
            if any(issue.is_error for issue in issues):
                writer.discard()
                raise ContributionError(contributed)
            writer.add({name: tables.pop(name) for name in STREAMED if name in tables})
        package = writer.finish(tables, reports.finish(notes), contributed)
    except BaseException:
        reports.close()
        raise
    return BuildResult(reports, package, failed)
