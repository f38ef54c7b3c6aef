"""Make a release: classify the changes, run the gate, write the artefacts atomically.

``plan_release`` compares the built package with the latest release and says which version
the changes need; ``make_release`` refuses (``ReleaseRefused``) on a version that is too low
or already exists, on an invalid package or a failing test suite, and otherwise writes
``releases/<VERSION>/`` in one rename, then the index and ``CHANGELOG.md``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from return_atlas.release import artefacts, changelog, docs
from return_atlas.release.changes import Change, required_level
from return_atlas.release.datadiff import ResourceDiff, data_changes, diff_data
from return_atlas.release.gate import GateStep, Step, run_gate, suite_step, validation_step
from return_atlas.release.integrity import (
    SUMS,
    format_sums,
    parse_sums,
    sha256_bytes,
    sha256_file,
    verify_package,
)
from return_atlas.release.schemadiff import diff_descriptors
from return_atlas.release.snapshot import Snapshot, read_folder, read_zip
from return_atlas.release.version import Level, Version, bump_level

CHANGES = "changes.json"
DICTIONARY = "data-dictionary.md"


class ReleaseRefused(Exception):  # noqa: N818 - a refusal, not a malfunction
    """The release was refused; ``reasons`` say why, nothing was written."""

    def __init__(
        self, reasons: Sequence[str], plan: ReleasePlan | None = None, gate: Sequence[GateStep] = ()
    ) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = list(reasons)
        self.plan = plan
        self.gate = list(gate)


@dataclass(slots=True)
class ReleasePlan:
    """What a release of ``version`` would be: its changes and whether the version fits."""

    version: Version
    previous: Version | None
    day: date
    snapshot: Snapshot
    changes: list[Change] = field(default_factory=list)
    diffs: list[ResourceDiff] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def required(self) -> Level:
        """The level the changes need."""
        return required_level(self.changes)

    @property
    def announced(self) -> Level:
        """The level the version announces (MAJOR for a first release)."""
        return Level.MAJOR if self.previous is None else bump_level(self.previous, self.version)

    @property
    def minimum(self) -> Version | None:
        """The lowest version the changes allow (None for a first release)."""
        if self.previous is None:
            return None
        return self.previous.bumped(max(self.required, Level.PATCH))

    def as_dict(self) -> dict[str, Any]:
        """JSON form of the classification."""
        return {
            "version": str(self.version),
            "previous": str(self.previous) if self.previous else None,
            "date": self.day.isoformat(),
            "required": self.required.name,
            "announced": self.announced.name,
            "minimum": str(self.minimum) if self.minimum else None,
            "problems": self.problems,
            "changes": [c.as_dict() for c in self.changes],
            "data": [d.as_dict() for d in self.diffs if not d.empty],
        }


@dataclass(slots=True)
class ReleaseResult:
    """A release that was written."""

    plan: ReleasePlan
    folder: Path
    zip_path: Path
    sha256: str
    gate: list[GateStep]


def release_date(text: str | None = None, environ: Mapping[str, str] | None = None) -> date:
    """The release date: ``text`` (YYYY-MM-DD), else ``SOURCE_DATE_EPOCH``, else today (UTC)."""
    if text:
        return date.fromisoformat(text)
    epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return datetime.now(tz=UTC).date()


def list_releases(releases: Path) -> list[Version]:
    """Versions released in ``releases`` (folders named by version holding their zip)."""
    found = []
    for folder in releases.glob("*") if releases.is_dir() else ():
        try:
            version = Version.parse(folder.name)
        except ValueError:
            continue
        if (folder / artefacts.zip_name(str(version))).is_file():
            found.append(version)
    return sorted(found)


def read_release(releases: Path, version: Version) -> Snapshot:
    """The snapshot of a release, after checking its zip against its ``SHA256SUMS``."""
    folder = releases / str(version)
    name = artefacts.zip_name(str(version))
    sums = parse_sums((folder / SUMS).read_text(encoding="utf-8"))
    if sums.get(name) != sha256_file(folder / name):
        raise ReleaseRefused([f"release {version} is damaged: {name} does not match {SUMS}"])
    return read_zip(folder / name)


def plan_release(
    package: Path,
    version: str | Version,
    releases: Path,
    *,
    day: date,
    changelog_path: Path | None = None,
) -> ReleasePlan:
    """Classify the changes since the latest release; ``problems`` lists reasons to refuse."""
    version = Version.parse(version) if isinstance(version, str) else version
    new = read_folder(package)
    existing = list_releases(releases)
    previous = existing[-1] if existing else None
    plan = ReleasePlan(version, previous, day, new)
    if (releases / str(version)).exists():
        plan.problems.append(
            f"version {version} exists in {releases}; a release is never overwritten"
        )
    if (
        changelog_path is not None
        and changelog_path.is_file()
        and changelog.has_version(changelog_path.read_text(encoding="utf-8"), str(version))
    ):
        plan.problems.append(f"{changelog_path} already has an entry for {version}")
    missing = [str(r["path"]) for r in new.resources.values() if str(r["path"]) not in new.files]
    if missing:
        plan.problems.append(f"the package lacks resource files: {', '.join(missing)}")
    if previous is None:
        return plan
    old = read_release(releases, previous)
    plan.changes = diff_descriptors(old.descriptor, new.descriptor)
    if not missing:
        plan.diffs = diff_data(old, new)
        plan.changes += data_changes(plan.diffs, old, new)
    if version <= previous:
        plan.problems.append(f"version {version} is not greater than the latest release {previous}")
    elif plan.announced < plan.required:
        plan.problems.append(
            f"the changes are {plan.required.name}: {version} is a {plan.announced.name} "
            f"step from {previous}; release {plan.minimum} or higher"
        )
    return plan


def default_gate(package: Path, root: Path, *, run_tests: bool = True) -> list[Step]:
    """The gate's steps: validate the package, then run the test suite in ``root``."""
    steps: list[Step] = [lambda: validation_step(package)]
    if run_tests:
        steps.append(lambda: suite_step(root))
    return steps


def make_release(
    package: Path,
    version: str | Version,
    releases: Path,
    *,
    day: date,
    gate: Sequence[Step],
    schemas: Path | None = None,
    dictionary: Path | None = None,
    changelog_path: Path | None = None,
) -> ReleaseResult:
    """Gate, classify and write release ``version`` of ``package`` into ``releases``."""
    plan = plan_release(package, version, releases, day=day, changelog_path=changelog_path)
    if plan.problems:
        raise ReleaseRefused(plan.problems, plan)
    steps = run_gate(gate)
    failed = [s for s in steps if not s.passed]
    if failed:
        raise ReleaseRefused([f"{s.name}: {s.summary}" for s in failed], plan, steps)
    files, expanded = _zip_files(plan, schemas, dictionary)
    top = f"return-atlas-{plan.version}"
    zip_data = artefacts.zip_bytes(top, files, plan.day)
    problems = check_zip(zip_data)
    if problems:  # pragma: no cover - would be a bug in the writer
        raise ReleaseRefused([f"the zip failed its own check: {p}" for p in problems], plan)
    folder = _write_folder(plan, releases, zip_data, expanded)
    _write_index(releases, folder)
    if changelog_path is not None:
        _write_changelog(plan, changelog_path)
    name = artefacts.zip_name(str(plan.version))
    return ReleaseResult(plan, folder, folder / name, sha256_bytes(zip_data), steps)


def _zip_files(
    plan: ReleasePlan, schemas: Path | None, dictionary: Path | None
) -> tuple[dict[str, bytes], dict[str, Any]]:
    new = plan.snapshot
    files = {str(r["path"]): new.files[str(r["path"])] for r in new.resources.values()}
    expanded = artefacts.expand_descriptor(new.descriptor, files, str(plan.version), plan.day)
    files["datapackage.json"] = artefacts.dump_json(expanded)
    if schemas is not None and schemas.is_dir():
        for path in sorted(schemas.rglob("*.json")):
            files[f"schemas/{path.relative_to(schemas).as_posix()}"] = path.read_bytes()
    if dictionary is not None and dictionary.is_file():
        files[DICTIONARY] = dictionary.read_bytes()
    else:
        files[DICTIONARY] = docs.data_dictionary(new.descriptor).encode("utf-8")
    sizes = docs.counts(new)
    previous = str(plan.previous) if plan.previous else None
    text = docs.readme(
        new,
        str(plan.version),
        day=plan.day,
        previous=previous,
        level=plan.required.name,
        cover=docs.coverage(new),
        sizes=sizes,
    )
    files["README.md"] = text.encode("utf-8")
    files["LICENSE.md"] = docs.licence_text(new.descriptor).encode("utf-8")
    return files, expanded


def check_zip(data: bytes) -> list[str]:
    """Problems found when the zip is unpacked and every resource checked against its hash."""
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(tmp)
        tops = list(Path(tmp).iterdir())
        if len(tops) != 1:
            return [f"{len(tops)} top folders in the zip, expected 1"]
        return verify_package(tops[0])


def _entry(plan: ReleasePlan, zip_data: bytes) -> dict[str, Any]:
    previous = str(plan.previous) if plan.previous else None
    level = plan.required.name if plan.previous else "INITIAL"
    return artefacts.index_entry(str(plan.version), plan.day, zip_data, level, previous)


def _write_folder(
    plan: ReleasePlan, releases: Path, zip_data: bytes, expanded: dict[str, Any]
) -> Path:
    version = str(plan.version)
    releases.mkdir(parents=True, exist_ok=True)
    target = releases / version
    staging = Path(tempfile.mkdtemp(prefix=f".{version}.new-", dir=releases))
    try:
        entry = _entry(plan, zip_data)
        changes = {**plan.as_dict(), "release": entry}
        contents = {
            artefacts.zip_name(version): zip_data,
            "datapackage.json": artefacts.dump_json(expanded),
            CHANGES: artefacts.dump_json(changes),
            artefacts.INDEX: artefacts.dump_json(
                artefacts.build_index([*_entries(releases), entry])
            ),
        }
        contents[SUMS] = format_sums(
            {name: sha256_bytes(data) for name, data in contents.items()}
        ).encode("utf-8")
        for name, data in contents.items():
            (staging / name).write_bytes(data)
            (staging / name).chmod(0o644)
        staging.chmod(0o755)
        if target.exists():
            raise ReleaseRefused([f"version {version} appeared in {releases} meanwhile"], plan)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _entries(releases: Path) -> list[dict[str, Any]]:
    entries = []
    for version in list_releases(releases):
        path = releases / str(version) / CHANGES
        if path.is_file():
            entries.append(json.loads(path.read_text(encoding="utf-8"))["release"])
    return entries


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` atomically: a temporary file beside it, then one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_index(releases: Path, folder: Path) -> None:
    replace_file(releases / artefacts.INDEX, (folder / artefacts.INDEX).read_bytes())


def _write_changelog(plan: ReleasePlan, path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    previous = str(plan.previous) if plan.previous else None
    section = changelog.data_section(
        str(plan.version),
        previous=previous,
        level=plan.required.name,
        changes=plan.changes,
        diffs=plan.diffs,
        counts=docs.counts(plan.snapshot),
    )
    updated = changelog.insert_entry(text, str(plan.version), plan.day.isoformat(), section)
    replace_file(path, updated.encode("utf-8"))
