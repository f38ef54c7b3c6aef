"""``validate()``: every check over packages, contributions and record files, in one report.

Order of work: find the inputs; read each package's descriptor and files; read the
contributions; then check every CSV table (Table Schema engine, vectorised model rules,
references, safety, and the models on the rows), every JSON and YAML record (model,
references, safety), and the rules across files (ids, contributions against the package,
corrections). Nothing here raises for bad input; a bug becomes an ``internal-error`` issue.
"""

from __future__ import annotations

import math
import os
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from return_atlas.codelists import CODELIST_INFO
from return_atlas.models import RESOURCES
from return_atlas.validate.contributed import check_contributions
from return_atlas.validate.copies import compare_copies
from return_atlas.validate.crossfile import (
    Known,
    codelist_keys,
    record_key,
    record_references,
    table_references,
)
from return_atlas.validate.engine import TableCheck, check_table, table_keys
from return_atlas.validate.inputs import discover
from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.loading import Loaded, Record, Table, load_file, load_files
from return_atlas.validate.package import PackageFiles, read_package
from return_atlas.validate.privacy import value_safety
from return_atlas.validate.records import Where, coerce, form_hint, model_issues, typed_rows
from return_atlas.validate.report import Report
from return_atlas.validate.rules import check_rules
from return_atlas.validate.safety import DEFAULT_MAX_BYTES, Limits
from return_atlas.validate.sink import DEFAULT_CAP, Sink, unique_issues

#: Rows of a table run through the models one by one; larger tables get an even sample.
DEFAULT_MODEL_ROWS = 10_000
ENGINES = ("polars", "frictionless")


@dataclass(slots=True)
class Options:
    """How a run behaves."""

    limits: Limits
    engine: str = "polars"
    cap: int | None = DEFAULT_CAP
    model_rows: int = DEFAULT_MODEL_ROWS
    schema_only: bool = False


@dataclass(slots=True)
class Scope:
    """Tables and keys that references of a group of files resolve against."""

    tables: dict[str, Table] = field(default_factory=dict)
    known: Known = field(default_factory=Known)
    cache: dict[tuple[str, tuple[str, ...]], pl.Series | None] = field(default_factory=dict)

    def lookup(self, target: str, fields: tuple[str, ...]) -> pl.Series | None:
        """Keys of ``fields`` in resource ``target``, for the engine's foreign keys."""
        cached = (target, fields)
        if cached not in self.cache:
            self.cache[cached] = self._lookup(target, fields)
        return self.cache[cached]

    def _lookup(self, target: str, fields: tuple[str, ...]) -> pl.Series | None:
        table = self.tables.get(target)
        if table is None and target in CODELIST_INFO and fields == ("code",):
            return pl.Series(sorted(codelist_keys(target)), dtype=pl.String)
        primary = tuple(RESOURCES[target].primary_key) if target in RESOURCES else None
        if fields == primary and target in self.known.available:
            return self.known.keys(target)
        if table is not None:
            return table_keys(table.table, table.schema, fields)
        return None


class Run:
    """One validation run."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.sink = Sink(cap=options.cap)
        self.report = Report()

    def run(self, paths: Sequence[str], cwd: Path) -> Report:
        """Validate ``paths``."""
        limits = self.options.limits
        found = discover(list(paths), limits, cwd=cwd)
        self.sink.extend(found.issues)
        read = 0
        package_scope = Scope()
        packages: list[tuple[PackageFiles, Loaded]] = []
        for root, name in found.packages:
            files = read_package(root, name, limits)
            self.sink.extend(files.issues)
            read += files.read
            loaded = Loaded()
            for record_file, schema in files.tables:
                load_file(record_file, limits, loaded, schema=schema)
            for record_file in files.json_files:
                load_file(record_file, limits, loaded)
            self.sink.extend(loaded.issues)
            self.report.files.extend([files.display, *loaded.files])
            read += len(loaded.files)
            packages.append((files, loaded))
            for table in loaded.tables:
                if table.resource is not None:
                    package_scope.tables.setdefault(table.resource, table)
        contributions = load_files(found.files, limits)
        self.sink.extend(contributions.issues)
        self.report.files.extend(contributions.files)
        read += len(contributions.files)
        self._fill_known(package_scope.known, package_scope.tables)
        all_scope = self._union(package_scope, contributions)
        for files, loaded in packages:
            for table in loaded.tables:
                self.check_table(table, package_scope, files)
            tables = {t.resource: t for t in loaded.tables if t.resource in RESOURCES}
            records, mismatches = compare_copies(loaded.records, tables)
            self.sink.extend(mismatches)
            self.check_records(records, package_scope)
        for table in contributions.tables:
            self.check_table(table, all_scope, None)
        self.check_records(contributions.records, all_scope)
        self.sink.extend(check_contributions(package_scope.tables, contributions))
        for files, _ in packages:
            self.sink.extend(files.finish())
        self.report.could_not_run = read == 0
        self.report.issues = unique_issues(self.sink.finish())
        return self.report

    @staticmethod
    def _fill_known(known: Known, tables: dict[str, Table]) -> None:
        for name, table in tables.items():
            if name in RESOURCES:
                keys = table_keys(table.table, table.schema, RESOURCES[name].primary_key)
                if keys is not None:
                    known.package[name] = keys
                known.available.add(name)

    @staticmethod
    def _union(package: Scope, contributions: Loaded) -> Scope:
        """The package's keys and the contributions' keys together."""
        scope = Scope(dict(package.tables))
        scope.known.package = package.known.package
        scope.known.available = set(package.known.available)
        for table in contributions.tables:
            if table.resource in RESOURCES:
                keys = table_keys(table.table, table.schema, RESOURCES[table.resource].primary_key)
                if keys is not None:
                    scope.known.contributed[table.resource].update(keys.to_list())
                scope.known.available.add(table.resource)
        for record in contributions.records:
            key = record_key(record.resource, coerce(record.resource, record.values))
            if key is not None:
                scope.known.contributed[record.resource].add(key)
            scope.known.available.add(record.resource)
        return scope

    def check_table(self, table: Table, scope: Scope, package: PackageFiles | None) -> None:
        """Table Schema, rules, references and models over one CSV table."""
        codelists = frozenset(CODELIST_INFO) | (package.codelists if package else set())
        resource = table.resource
        check = TableCheck(
            table.table,
            table.schema,
            self.sink,
            resource,
            scope.lookup,
            frozenset(codelists),
            lambda name: form_hint(resource, name),
        )
        if self.options.engine == "frictionless":
            from return_atlas.validate.frictionless_engine import (  # noqa: PLC0415 - optional
                reference_check,
            )

            reference_check(table, package, self.sink, frozenset(codelists), self.options.limits)
            if table.resource in RESOURCES:
                check_rules(check, table.resource)
        elif self.options.schema_only:
            check_table(check)
            return
        elif table.resource in RESOURCES:
            with ThreadPoolExecutor(max_workers=2) as pool:  # polars work, GIL released
                done = [pool.submit(check_table, check), pool.submit(check_rules, check, resource)]
                for future in done:
                    future.result()
        else:
            check_table(check)
        if table.resource not in RESOURCES:
            return
        table_references(check, table.resource, scope.known)
        self._model_rows(table, check.flagged)

    def _model_rows(self, table: Table, flagged_rows: pl.Series | None) -> None:
        """The rows of a table through the model (an even sample of large tables), skipping
        rows where the table checks already found problems."""
        resource = table.resource
        assert resource is not None
        display = table.file.display
        height = table.table.frame.height
        indexes = pl.int_range(0, height, eager=True)
        if height > self.options.model_rows:
            step = math.ceil(height / self.options.model_rows)
            indexes = indexes.gather_every(step)
            self.report.notes.append(
                f"{display}: {len(indexes):,} of {height:,} rows (every {step}th) went through "
                f"the {resource} model one by one; the vectorised rules checked every row"
            )
        if flagged_rows is not None:
            indexes = indexes.filter(~flagged_rows.gather(indexes))
        found = [i for i in self.sink.issues if i.file == display and i.row is not None]
        seen = {(i.row, i.field) for i in found}
        for number, values in typed_rows(table, resource, indexes):
            for problem in model_issues(resource, values, Where(display, row=number)):
                if (number, problem.field) not in seen:
                    self.sink.add(problem)

    def check_records(self, records: Sequence[Record], scope: Scope) -> None:
        """Model, safety and references of JSON and YAML records."""
        for record in records:
            values = coerce(record.resource, record.values)
            self.sink.extend(model_issues(record.resource, values, record.where))
            self.sink.extend(value_safety(values, record.where, record.resource))
            self.sink.extend(record_references(record.resource, values, record.where, scope.known))


def validate(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    allow_remote: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    engine: str = "polars",
    cap: int | None = DEFAULT_CAP,
    model_rows: int = DEFAULT_MODEL_ROWS,
    schema_only: bool = False,
    cwd: Path | None = None,
) -> Report:
    """Validate packages, contribution folders and record files; never raises for bad input.

    With no ``paths``, validates ``datapackage/`` and (if present) ``contributions/`` under
    ``cwd``. ``cap`` limits the issues kept per file, code and field (None: all).
    ``schema_only`` runs the Table Schema checks of tables and nothing else (the checks
    Frictionless makes, for comparisons); the gate never uses it.
    """
    started = time.perf_counter()
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    options = Options(
        Limits(max_bytes=max_bytes, allow_remote=allow_remote), engine, cap, model_rows, schema_only
    )
    run = Run(options)
    try:
        report = run.run([os.fspath(p) for p in paths], cwd or Path.cwd())
    except Exception as error:
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if "return_atlas" in f.filename] or frames
        where = ours[-1]
        report = run.report
        report.issues = sorted(run.sink.issues, key=Issue.sort_key)
        report.could_not_run = True
        report.issues.append(
            issue(
                "internal-error",
                "",
                f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno})",
            )
        )
    report.seconds = time.perf_counter() - started
    return report


__all__ = ["DEFAULT_MODEL_ROWS", "ENGINES", "Run", "validate"]
