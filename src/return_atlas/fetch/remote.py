"""Where releases live: base URL, release and index URLs, and the local cache folder.

A base URL either contains ``{version}`` (one folder per release, as GitHub release assets
are) or is a folder holding ``<VERSION>/`` sub-folders and ``releases.json`` (the layout of
the repository's ``releases/`` folder, which any static web server can serve).
"""

from __future__ import annotations

import os
from pathlib import Path

from return_atlas.release.artefacts import INDEX

ENV_BASE_URL = "RETURN_ATLAS_BASE_URL"
ENV_CACHE = "RETURN_ATLAS_CACHE"
DEFAULT_BASE_URL = "https://github.com/return-atlas/return-atlas/releases/download/v{version}/"
_GITHUB_RELEASE = "/releases/download/v{version}/"
_GITHUB_LATEST = "/releases/latest/download/"


def base_url(explicit: str | None = None) -> str:
    """The base URL: ``explicit``, else ``$RETURN_ATLAS_BASE_URL``, else the project's releases."""
    return explicit or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL


def release_url(base: str, version: str) -> str:
    """The URL of the folder of release ``version`` (ends with ``/``)."""
    if "{version}" in base:
        url = base.replace("{version}", version)
    else:
        url = f"{base.rstrip('/')}/{version}"
    return url.rstrip("/") + "/"


def index_url(base: str) -> str:
    """The URL of ``releases.json``, the list of releases (the latest release carries it)."""
    if _GITHUB_RELEASE in base:
        return base.replace(_GITHUB_RELEASE, _GITHUB_LATEST).rstrip("/") + "/" + INDEX
    if "{version}" in base:
        return release_url(base, "latest") + INDEX
    return f"{base.rstrip('/')}/{INDEX}"


def cache_root(explicit: Path | None = None) -> Path:
    """The cache folder: ``explicit``, else ``$RETURN_ATLAS_CACHE``, else the user cache."""
    if explicit is not None:
        return explicit
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    import pooch  # type: ignore[import-untyped]  # noqa: PLC0415 - slow import, needed here only

    return Path(pooch.os_cache("return-atlas"))
