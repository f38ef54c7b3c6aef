"""Safe access to input files: no path escapes, no remote fetches unasked, no huge reads.

Every byte the validator reads goes through :func:`read_bytes` (local files) or
:func:`fetch` (URLs, only with ``allow_remote``). Both return the bytes or an issue, never
raise for bad input, never block on special files and never read past the size limit.
"""

from __future__ import annotations

import os
import re
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from return_atlas.validate.issues import Issue, issue

#: Default size limit of one input file (bytes).
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
#: Seconds to wait for a remote server.
REMOTE_TIMEOUT = 30
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//|[^\\/])")
_REMOTE_SCHEMES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class Limits:
    """What the validator may do: how much it reads, whether it fetches URLs, how deep it goes."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_remote: bool = False
    max_depth: int = 32
    max_yaml_nodes: int = 1_000_000


def is_remote(text: str) -> bool:
    """True when ``text`` is a URL (``https://...``, ``ftp://...``, ``file:...``), not a path."""
    return bool(_SCHEME.match(text)) and not PureWindowsPath(text).drive


def unsafe_relative(path: str) -> str | None:
    """Why ``path`` (from a descriptor or a folder) may not be followed, or None if it may.

    Refused: absolute paths, drive letters, backslash paths, ``..`` components and URLs
    (the last only when remote access is off, which the caller decides).
    """
    if not path:
        return "the path is empty"
    if path.startswith(("/", "\\")) or PureWindowsPath(path).drive:
        return "the path is absolute"
    if "\\" in path:
        return "the path uses backslashes"
    if ".." in PurePosixPath(path).parts:
        return "the path goes up with '..'"
    if "\x00" in path:
        return "the path contains a NUL character"
    return None


def inside(root: Path, path: Path) -> bool:
    """True when ``path``, with every symbolic link followed, lies inside ``root``."""
    try:
        return path.resolve(strict=False).is_relative_to(root.resolve(strict=False))
    except (OSError, RuntimeError):  # symlink loops
        return False


def read_bytes(path: Path, display: str, limits: Limits) -> bytes | Issue:
    """The bytes of regular file ``path``, or the issue that prevents reading it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return issue("path-not-found", display, f"{display} does not exist")
    except OSError as error:
        return issue("unreadable-file", display, f"{display} cannot be read: {error.strerror}")
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a special file"
        return issue("not-a-file", display, f"{display} is {kind}, not a regular file")
    if info.st_size > limits.max_bytes:
        return _too_large(display, info.st_size, limits)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        return issue("unreadable-file", display, f"{display} cannot be read: {error.strerror}")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe since stat()
            return issue("not-a-file", display, f"{display} is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        return issue("unreadable-file", display, f"{display} cannot be read: {error.strerror}")
    finally:
        os.close(fd)
    if len(data) > limits.max_bytes:
        return _too_large(display, len(data), limits)
    return data


def _too_large(display: str, size: int, limits: Limits) -> Issue:
    return issue(
        "file-too-large",
        display,
        f"{display} has {size:,} bytes or more, over the limit of {limits.max_bytes:,} bytes",
    )


def fetch(url: str, limits: Limits) -> bytes | Issue:
    """The bytes at ``url`` (http or https only), or why they could not be had."""
    if not limits.allow_remote:
        return issue("remote-refused", url, f"{url} is remote; remote files are not fetched")
    if not url.lower().startswith(_REMOTE_SCHEMES):
        return issue("remote-refused", url, f"{url}: only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "return-atlas-validate"})  # noqa: S310 - scheme checked above
    try:
        with urllib.request.urlopen(request, timeout=REMOTE_TIMEOUT) as response:  # noqa: S310
            data: bytes = response.read(limits.max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        return issue("remote-failed", url, f"{url} could not be fetched: {reason}")
    if len(data) > limits.max_bytes:
        return _too_large(url, len(data), limits)
    return data


__all__ = [
    "DEFAULT_MAX_BYTES",
    "Limits",
    "fetch",
    "inside",
    "is_remote",
    "read_bytes",
    "unsafe_relative",
]
