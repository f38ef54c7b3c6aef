"""What to validate: paths given on the command line turned into packages and record files.

A path is a package descriptor (``datapackage.json``), a folder holding one (a package), any
other folder (a folder of contributions: every CSV, JSON and YAML file in it), a single
record file, or a URL (refused unless remote access is allowed). Files are read through a
:class:`Root`, which refuses paths that leave it, whether by ``..``, by an absolute path or
by a symbolic link that points outside.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.safety import (
    Limits,
    fetch,
    inside,
    is_remote,
    read_bytes,
    unsafe_relative,
)

DESCRIPTOR = "datapackage.json"
RECORD_SUFFIXES = (".csv", ".json", ".yaml", ".yml")
#: Files of a contributions folder that are documentation, not records.
IGNORED_SUFFIXES = (".md", ".txt", ".rst", ".gitkeep", ".license")
#: Default inputs when no path is given.
DEFAULT_PATHS = ("datapackage", "contributions")


@dataclass(frozen=True, slots=True)
class Root:
    """A local folder (or a remote base URL) whose files may be read, and nothing outside."""

    base: str
    display: str
    remote: bool = False

    def name(self, relative: str) -> str:
        """How a file under this root is shown in issues."""
        if self.remote:
            return urljoin(self.base, relative)
        return str(PurePosixPath(self.display) / relative) if self.display else relative

    def read(self, relative: str, limits: Limits) -> bytes | Issue:
        """The bytes of ``relative``, or why they may not or cannot be read."""
        shown = self.name(relative)
        if is_remote(relative):
            if not limits.allow_remote:
                return issue(
                    "remote-refused",
                    shown,
                    f"{relative} is a remote file; remote files are not fetched",
                )
            return fetch(relative, limits)
        reason = unsafe_relative(relative)
        if reason is not None:
            return issue("path-outside-root", shown, f"{relative!r} may not be followed: {reason}")
        if self.remote:
            return fetch(urljoin(self.base, relative), limits)
        path = Path(self.base) / relative
        if not inside(Path(self.base), path):
            return issue(
                "path-outside-root",
                shown,
                f"{relative!r} leads outside {self.display or '.'} through a symbolic link",
            )
        return read_bytes(path, shown, limits)


@dataclass(frozen=True, slots=True)
class RecordFile:
    """A file of records: a CSV table, or a JSON or YAML list of records."""

    root: Root
    relative: str
    role: str  # "contribution" or "package"
    resource: str | None = None

    @property
    def display(self) -> str:
        """How the file is shown in issues."""
        return self.root.name(self.relative)

    @property
    def suffix(self) -> str:
        """The file's extension, lower case (``.csv``)."""
        return PurePosixPath(urlsplit(self.relative).path).suffix.lower()


@dataclass(slots=True)
class Discovery:
    """The packages and record files found, and the issues of paths that could not be used."""

    packages: list[tuple[Root, str]] = field(default_factory=list)
    files: list[RecordFile] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    given: int = 0


def walk(root: Path, display: str, found: Discovery) -> None:
    """Every record file under ``root`` (a contributions folder), in a stable order."""
    base = Root(str(root), display)
    for folder, folders, files in os.walk(root, followlinks=False):
        folders[:] = sorted(d for d in folders if not d.startswith("."))
        here = Path(folder)
        for name in sorted(files):
            if name.startswith("."):
                continue
            relative = (here / name).relative_to(root).as_posix()
            suffix = PurePosixPath(name).suffix.lower()
            if suffix in RECORD_SUFFIXES:
                found.files.append(RecordFile(base, relative, "contribution"))
            elif suffix not in IGNORED_SUFFIXES:
                found.issues.append(
                    issue(
                        "unsupported-file",
                        base.name(relative),
                        f"{base.name(relative)} is "
                        f"not a CSV, JSON or YAML file ({suffix or 'no extension'})",
                    )
                )
        for name in folders:
            if (here / name).is_symlink():
                found.issues.append(
                    issue(
                        "path-outside-root",
                        base.name((here / name).relative_to(root).as_posix()),
                        "symbolic links to folders are not followed in a contributions folder",
                    )
                )


def _looks_like_descriptor(path: Path) -> bool:
    if path.name == DESCRIPTOR:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return path.suffix == ".json" and b'"resources"' in head and head.lstrip()[:1] == b"{"


def discover(paths: list[str], limits: Limits, *, cwd: Path) -> Discovery:
    """Turn ``paths`` (empty: ``datapackage/`` and, if present, ``contributions/``) into inputs."""
    found = Discovery()
    defaults = not paths
    for text in paths or list(DEFAULT_PATHS):
        found.given += 1
        if is_remote(text):
            _remote(text, limits, found)
            continue
        path = Path(text) if Path(text).is_absolute() else cwd / text
        display = text.rstrip("/") or "."
        if not os.path.lexists(path):
            if defaults and text == "contributions":
                found.given -= 1
                continue
            found.issues.append(issue("path-not-found", display, f"{display} does not exist"))
        elif path.is_dir():
            if (path / DESCRIPTOR).is_file():
                found.packages.append((Root(str(path), display), DESCRIPTOR))
            elif defaults and text == DEFAULT_PATHS[0]:
                found.issues.append(
                    issue(
                        "path-not-found",
                        f"{display}/{DESCRIPTOR}",
                        f"{display}/ holds no {DESCRIPTOR}",
                    )
                )
            else:
                walk(path, display, found)
        elif path.is_file() and _looks_like_descriptor(path):
            parent = path.parent
            shown = str(PurePosixPath(display).parent)
            found.packages.append((Root(str(parent), "" if shown == "." else shown), path.name))
        elif path.is_file():
            shown = str(PurePosixPath(display).parent)
            root = Root(str(path.parent), "" if shown == "." else shown)
            found.files.append(RecordFile(root, path.name, "contribution"))
        else:
            found.issues.append(
                issue("not-a-file", display, f"{display} is not a regular file or folder")
            )
    return found


def _remote(url: str, limits: Limits, found: Discovery) -> None:
    if not limits.allow_remote:
        found.issues.append(
            issue(
                "remote-refused",
                url,
                f"{url} is remote; remote files are not fetched without --allow-remote",
            )
        )
        return
    base = urljoin(url, ".")
    root = Root(base, base, remote=True)
    relative = url[len(base) :]
    if relative == DESCRIPTOR:
        found.packages.append((root, DESCRIPTOR))
    else:
        found.files.append(RecordFile(root, relative, "contribution"))


__all__ = ["DEFAULT_PATHS", "DESCRIPTOR", "Discovery", "RecordFile", "Root", "discover", "walk"]
