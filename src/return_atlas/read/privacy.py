"""Privacy: find e-mail addresses and telephone numbers, and mask them before any stage sees them.

Masking keeps the text's length (every character of a match becomes ``MASK``), so character
offsets stay valid while no extracted value, quoted span or title can carry personal data.
"""

from __future__ import annotations

import re

MASK = "▒"

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])",
)
# International numbers ("+ 31 70 318 1500", "+25522 2602913", "(+41) 22 717 91 11") and
# numbers after a telephone label in any of the three languages ("Tel: 022 717 91 11").
_PHONE = re.compile(
    r"""
    (?:\(\s*\+\s*\d{1,4}\s*\)|\+\s?\d{1,4}|00\d{2,3})      # country prefix
    (?:[\s./-]*\(?\d{1,5}\)?){2,7}                       # digit groups
    |
    (?<=[:.\s])(?<!\d)                                   # after a label (checked below)
    \(?\d{2,5}\)?(?:[\s./-]?\d{2,5}){2,5}
    """,
    re.VERBOSE,
)
_PHONE_LABEL = re.compile(
    r"\b(?:t[ée]l(?:[ée]phone|[ée]fono)?|phone|fax|mobile|m[óo]vil|portable|cel(?:ular)?|"
    r"whats[Aa]pp|hotline)\b\.?\s*(?:\(\w+\)\s*)?[:.]?\s*$",
    re.IGNORECASE,
)
_MIN_PHONE_DIGITS = 7


def find_personal_data(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and telephone numbers in ``text``, in order, not overlapping."""
    spans = [m.span() for m in _EMAIL.finditer(text)]
    for m in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if digits < _MIN_PHONE_DIGITS:
            continue
        first = m.group().lstrip()[:1]
        international = first in "+(" or m.group().lstrip().startswith("00")
        if not international:
            # A bare digit run is a phone only right after a telephone label: never mask
            # amounts, years or dates on their own.
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _PHONE_LABEL.search(text[max(line_start, m.start() - 40) : m.start()]):
                continue
        spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_personal_data(text: str) -> tuple[str, int]:
    """Return ``text`` with personal data masked (same length) and how many items were masked."""
    spans = find_personal_data(text)
    if not spans:
        return text, 0
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(MASK * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts), len(spans)
