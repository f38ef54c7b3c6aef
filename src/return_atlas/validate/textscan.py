"""One pass over a text column for the checks that each would scan the whole of it.

A free text column (a title, a summary) is checked twice by patterns that read every
character: its Table Schema pattern (one line or free text: no control characters, no
surrounding whitespace) and the personal data filter. Text is long, so each pass costs
about as much as reading the column; one pattern that finds either (a control character,
or what may be personal data) lets both checks look only at the few cells it picks out.
"""

from __future__ import annotations

import threading
from typing import Any

import polars as pl

from return_atlas.models.types import LINE_PATTERN, TEXT_PATTERN
from return_atlas.normalise.text import alternation
from return_atlas.read.privacy import LABEL_STEMS
from return_atlas.validate.celltypes import falses

#: A cheap, vectorised filter: cells that may hold an e-mail address or a telephone number
#: (a superset of what the reader's finder matches; no Unicode word boundaries, which are
#: slow).
MAYBE_PERSONAL = (
    r"@[A-Za-z0-9-]+\.|\+[\s\x1c-\x1f]?\d|\([\s\x1c-\x1f]*\+|(?:^|\D)00\d{2}"
    r"|(?i:(?:" + alternation(LABEL_STEMS) + r")[^\n\d]{0,45}\d)"
)
#: Every control character that one of the free text patterns forbids somewhere.
CONTROL = r"[\x00-\x1f\x7f]"
#: Free text patterns with their rule in plain terms: (characters forbidden anywhere,
#: characters forbidden first and last). ``^[^A]([^B]*[^A])?$`` with B inside A holds when
#: the text is not empty, has no character of B, and neither starts nor ends with one of A.
FREE_TEXT_RULES = {
    LINE_PATTERN: (r"[\x00-\x1f\x7f]", (" ",)),
    TEXT_PATTERN: (r"[\x00-\x08\x0b-\x1f\x7f]", (" ", "\t", "\n")),
}


class TextScans:
    """Per column of one table: cells with a control character or maybe personal data.

    Shared by the threads that check one table; the first to ask makes the pass.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done: dict[Any, pl.Series] = {}

    def suspects(self, key: Any, cells: pl.Series) -> pl.Series:
        """Cells of ``cells`` (a column known by ``key``) that hold a control character or
        match :data:`MAYBE_PERSONAL`."""
        with self._lock:
            if key not in self._done:
                found = cells.str.contains(f"{CONTROL}|{MAYBE_PERSONAL}").fill_null(False)
                self._done[key] = found
            return self._done[key]


def within(cells: pl.Series, suspects: pl.Series, pattern: str) -> pl.Series:
    """Cells that hold ``pattern``, searched for only where ``suspects`` is true (every cell
    that holds it must be among the suspects)."""
    if not suspects.any():
        return falses(len(cells))
    hits = cells.filter(suspects).str.contains(pattern).fill_null(False)
    return falses(len(cells)).scatter(suspects.arg_true(), hits)


def free_text_match(cells: pl.Series, body: str, suspects: pl.Series | None) -> pl.Series | None:
    """Cells that match the free text pattern ``body`` as a whole (Rust's ``^body$``), or
    None when ``body`` is not one of :data:`FREE_TEXT_RULES`. ``suspects``: cells with a
    control character (and maybe others), when known."""
    rule = FREE_TEXT_RULES.get(body)
    if rule is None:
        return None
    forbidden, edges = rule
    if suspects is None:
        suspects = cells.str.contains(CONTROL).fill_null(False)
    bad = within(cells, suspects, forbidden)
    if len(edges) == 1:
        bad = bad | cells.str.starts_with(edges[0]) | cells.str.ends_with(edges[0])
    else:
        listed = pl.Series(edges, dtype=pl.String).implode()
        bad = bad | cells.str.head(1).is_in(listed) | cells.str.tail(1).is_in(listed)
    return ((cells.str.len_bytes() > 0) & ~bad).fill_null(False).alias(cells.name)


__all__ = ["CONTROL", "FREE_TEXT_RULES", "MAYBE_PERSONAL", "TextScans", "free_text_match", "within"]
