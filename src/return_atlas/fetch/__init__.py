"""Download released data: fetch a version, verify every hash, cache it, read its tables.

``load(version)`` is the one-call API (also ``return_atlas.load``); ``fetch`` and
``download`` give the verified files; ``available_versions`` lists the releases. The base
URL comes from the ``base`` argument, else ``$RETURN_ATLAS_BASE_URL``, else the project's
release page; the cache from ``cache``, else ``$RETURN_ATLAS_CACHE``, else the user cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from return_atlas.fetch.client import (
    DownloadError,
    IntegrityError,
    Release,
    available_versions,
    download,
    fetch,
)
from return_atlas.fetch.remote import DEFAULT_BASE_URL, ENV_BASE_URL, ENV_CACHE
from return_atlas.fetch.tables import Table, read_tables


def load(
    version: str | None = None,
    *,
    resources: Iterable[str] | None = None,
    base: str | None = None,
    cache: Path | None = None,
    offline: bool = False,
) -> dict[str, Table]:
    """The tables of release ``version`` (the latest when None): resource name -> rows.

    Each row is a dict of field -> value cast by the Table Schema (int, float, bool, list;
    dates stay ISO strings; missing is None). Every file is verified against its published
    SHA-256 first; a cached release is used without the network.
    """
    release = fetch(version, base=base, cache=cache, offline=offline)
    return read_tables(release.folder, resources)


__all__ = [
    "DEFAULT_BASE_URL",
    "ENV_BASE_URL",
    "ENV_CACHE",
    "DownloadError",
    "IntegrityError",
    "Release",
    "Table",
    "available_versions",
    "download",
    "fetch",
    "load",
    "read_tables",
]
