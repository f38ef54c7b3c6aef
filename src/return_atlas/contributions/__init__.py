"""Contributed records and corrections: read from ``contributions/``, merged into the build.

``merge(tables, folder)`` merges into complete tables; the streaming build uses a
:class:`Merger` (``stream`` each document's records, then ``finish`` the merged tables).
Both check the contributions exactly as ``return-atlas validate`` does.
"""

from __future__ import annotations

from return_atlas.contributions.load import Contributions, SourceFile, load
from return_atlas.contributions.merge import Merger, merge

__all__ = ["Contributions", "Merger", "SourceFile", "load", "merge"]
