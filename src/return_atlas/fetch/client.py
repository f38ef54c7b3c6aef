"""Fetch a release, verify it, cache it: ``fetch``, ``download``, ``available_versions``.

Trust runs down one chain: ``SHA256SUMS`` of the release gives the SHA-256 of its zip (and
``releases.json``, when read, must agree); pooch downloads the zip to a temporary file and
keeps it only if that hash matches; every resource unpacked from it must then match the
``hash`` and ``bytes`` in the zip's ``datapackage.json``. What is cached is reused without
the network: a pinned or cached version works offline.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pooch  # type: ignore[import-untyped]

from return_atlas.fetch.remote import base_url, cache_root, index_url, release_url
from return_atlas.release.artefacts import INDEX, zip_name
from return_atlas.release.integrity import SUMS, parse_sums, sha256_file, verify_package
from return_atlas.release.version import Version

EXTRACTED_MARK = "extracted.sha256"
DEFAULT_TIMEOUT = 30.0


class DownloadError(Exception):
    """A release could not be fetched, or was refused because it failed verification."""


class IntegrityError(DownloadError):
    """A release was refused: a file does not match its published SHA-256 or size."""


@dataclass(frozen=True, slots=True)
class Release:
    """A verified release in the cache: its unpacked package folder and its zip."""

    version: str
    folder: Path
    zip_path: Path
    sha256: str

    @property
    def descriptor(self) -> dict[str, Any]:
        """The release's ``datapackage.json``."""
        data: dict[str, Any] = json.loads(
            (self.folder / "datapackage.json").read_text(encoding="utf-8")
        )
        return data


@contextmanager
def _quiet_pooch() -> Iterator[None]:
    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def _retrieve(
    url: str, known_hash: str | None, folder: Path, *, timeout: float, progress: bool
) -> Path:
    """Download ``url`` into ``folder`` with pooch unless a matching copy is there already."""
    name = url.rsplit("/", 1)[-1]
    downloader = pooch.HTTPDownloader(progressbar=progress, timeout=timeout)
    try:
        with _quiet_pooch():
            path = pooch.retrieve(url, known_hash, fname=name, path=folder, downloader=downloader)
    except ValueError as error:
        if "hash" not in str(error).lower():
            raise
        raise IntegrityError(
            f"refused {name} from {url}: its SHA-256 does not match the published one "
            f"({known_hash}); the file was tampered with or truncated in transit, "
            "and was not kept"
        ) from error
    except OSError as error:  # requests' exceptions are OSErrors
        status = getattr(getattr(error, "response", None), "status_code", None)
        reason = f"HTTP {status}" if status else str(error)
        if "IncompleteRead" in str(error) or type(error).__name__ == "ChunkedEncodingError":
            reason = "the download was incomplete (the connection closed early); nothing was kept"
        raise DownloadError(f"could not download {url}: {reason}") from error
    return Path(path)


def _fresh_index(base: str, root: Path, *, timeout: float) -> dict[str, Any] | None:
    """Download ``releases.json`` anew into the cache; None when the network fails."""
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root) as tmp:
        try:
            path = _retrieve(index_url(base), None, Path(tmp), timeout=timeout, progress=False)
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (DownloadError, ValueError):
            return None
        shutil.copyfile(path, root / f".{INDEX}.new")
        (root / f".{INDEX}.new").replace(root / INDEX)
    return data


def _cached_index(root: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((root / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def _cached_versions(root: Path) -> list[Version]:
    found = []
    for folder in root.glob("*") if root.is_dir() else ():
        try:
            version = Version.parse(folder.name)
        except ValueError:
            continue
        if (folder / zip_name(folder.name)).is_file():
            found.append(version)
    return sorted(found)


def available_versions(
    base: str | None = None,
    *,
    cache: Path | None = None,
    offline: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[str]:
    """Released versions, newest first: from ``releases.json`` online, else what is cached."""
    root = cache_root(cache)
    index = None if offline else _fresh_index(base_url(base), root, timeout=timeout)
    index = index or _cached_index(root)
    listed = {str(e["version"]) for e in (index or {}).get("releases", [])}
    listed |= {str(v) for v in _cached_versions(root)}
    return [str(v) for v in sorted((Version.parse(v) for v in listed), reverse=True)]


def fetch(
    version: str | None = None,
    *,
    base: str | None = None,
    cache: Path | None = None,
    offline: bool = False,
    sha256: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = False,
) -> Release:
    """Fetch, verify and cache release ``version`` (the latest when None).

    ``sha256`` pins the zip's hash (trust that does not come from the server). Raises
    ``DownloadError`` with a message for people when it cannot, or when verification fails.
    """
    url_base = base_url(base)
    root = cache_root(cache)
    index = None
    if version is None:
        index = None if offline else _fresh_index(url_base, root, timeout=timeout)
        version = (index or {}).get("latest")
        if version is None:  # offline, or the index is out of reach: the newest cached
            cached = _cached_versions(root)
            if not cached:
                where = "in the cache" if offline else f"at {index_url(url_base)} or in the cache"
                raise DownloadError(f"no release found {where}; name a version")
            version = str(cached[-1])
    try:
        version = str(Version.parse(str(version)))
    except ValueError as error:
        raise DownloadError(str(error)) from error
    folder = root / version
    url = release_url(url_base, version)
    sums = _sums(url, folder, offline=offline, timeout=timeout)
    name = zip_name(version)
    expected = sums.get(name)
    if expected is None:
        raise DownloadError(f"{SUMS} of release {version} does not list {name}")
    listed = {str(e.get("version")): e.get("sha256") for e in (index or {}).get("releases", [])}
    if listed.get(version) not in (None, expected):
        raise IntegrityError(f"{INDEX} and {SUMS} disagree on the SHA-256 of {name}; refused")
    if sha256 is not None and sha256.lower().removeprefix("sha256:") != expected:
        raise IntegrityError(f"{SUMS} gives {name} a SHA-256 other than the pinned one; refused")
    if offline:
        zip_path = folder / name
        if not zip_path.is_file() or sha256_file(zip_path) != expected:
            raise DownloadError(
                f"release {version} is not in the cache {root} (or its copy is damaged), "
                "and offline mode forbids downloading it"
            )
    else:
        try:
            zip_path = _retrieve(
                url + name, f"sha256:{expected}", folder, timeout=timeout, progress=progress
            )
        except DownloadError:
            (folder / SUMS).unlink(missing_ok=True)  # fetched anew on the next try
            raise
    return Release(version, _unpack(zip_path, expected, folder), zip_path, expected)


def _sums(url: str, folder: Path, *, offline: bool, timeout: float) -> dict[str, str]:
    path = folder / SUMS
    if not path.is_file():
        if offline:
            raise DownloadError(
                f"release {folder.name} is not in the cache {folder.parent}, and offline mode "
                "forbids downloading it"
            )
        path = _retrieve(url + SUMS, None, folder, timeout=timeout, progress=False)
    try:
        return parse_sums(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        path.unlink(missing_ok=True)
        raise DownloadError(f"{SUMS} of release {folder.name} is malformed: {error}") from error


def _unpack(zip_path: Path, digest: str, folder: Path) -> Path:
    """The verified package folder unpacked from the zip (reused when already there)."""
    mark = folder / EXTRACTED_MARK
    with zipfile.ZipFile(zip_path) as archive:
        target = folder / zip_path.name.removesuffix(".zip")
        if {n.split("/", 1)[0] for n in archive.namelist()} != {target.name}:
            raise DownloadError(f"{zip_path.name} is not a release zip (one folder {target.name})")
        reuse = target.is_dir() and mark.is_file() and mark.read_text().strip() == digest
        problems = verify_package(target) if reuse else ["not unpacked"]
        if problems:
            staging = Path(tempfile.mkdtemp(prefix=".unpack-", dir=folder))
            try:
                archive.extractall(staging)
                shutil.rmtree(target, ignore_errors=True)
                (staging / target.name).rename(target)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            mark.write_text(digest + "\n")
            problems = verify_package(target)
    if problems:
        shutil.rmtree(target, ignore_errors=True)
        for stale in (zip_path, folder / SUMS, mark):
            stale.unlink(missing_ok=True)
        raise IntegrityError(
            f"release {folder.name} refused: its files do not match its datapackage.json "
            f"({'; '.join(problems[:5])}); the cached copy was removed"
        )
    return target


def download(
    version: str | None = None,
    dest: Path | None = None,
    *,
    base: str | None = None,
    cache: Path | None = None,
    offline: bool = False,
    sha256: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: bool = False,
) -> Release:
    """Fetch ``version`` (see ``fetch``) and, with ``dest``, copy its zip and package there."""
    release = fetch(
        version,
        base=base,
        cache=cache,
        offline=offline,
        sha256=sha256,
        timeout=timeout,
        progress=progress,
    )
    if dest is None:
        return release
    dest.mkdir(parents=True, exist_ok=True)
    zip_copy = dest / release.zip_path.name
    temporary = dest / f".{zip_copy.name}.part"
    shutil.copyfile(release.zip_path, temporary)
    temporary.replace(zip_copy)
    target = dest / release.folder.name
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=dest))
    try:
        shutil.copytree(release.folder, staging / "package")
        old = staging / "old"
        if target.exists():
            target.rename(old)
        (staging / "package").rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Release(release.version, target, zip_copy, release.sha256)
