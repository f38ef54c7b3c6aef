"""Write a folder as a whole or not at all: build it beside its destination, then swap it in."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing_folder(destination: Path) -> Iterator[Path]:
    """Yield an empty temporary folder; on success it replaces ``destination``.

    The temporary folder lives next to ``destination`` (same file system, so the final
    renames are atomic). On any error it is removed and ``destination`` is left untouched.
    """
    destination = destination.absolute()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.new-", dir=destination.parent))
    staging.chmod(0o755)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = destination.with_name(f".{destination.name}.old-{os.getpid()}")
    if destination.exists():
        destination.rename(old)
    try:
        staging.rename(destination)
    except BaseException:
        if old.exists():
            old.rename(destination)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with ``\\n`` line ends, creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
