"""Privacy: find e-mail addresses and telephone numbers, and mask them before any stage sees them.

Masking keeps the text's length (every character of a match becomes ``MASK``), so character
offsets stay valid while no extracted value, quoted span or title can carry personal data.
"""

from __future__ import annotations

import re

from return_atlas.normalise._data import read_csv
from return_atlas.normalise.text import alternation

MASK = "▒"

_EMAIL_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_SPACE = "[ \t\u00a0\u2009\u202f]"
"""A space inside a number: plain, tab, no-break, thin or narrow no-break ("+372\u00a0611\u00a06088"
as French typography and some pages write it)."""
# International numbers: "+ 31 70 318 1500", "+25522 2602913", "(+41) 22 717 91 11",
# "0041 22 717 91 11"; digit groups stay on one line.
_INTERNATIONAL = re.compile(
    rf"(?<![\w+(])(?:\(\s*\+\s*\d{{1,4}}\s*\)|\+{_SPACE}?\d{{1,4}}|00\d{{2,3}})"
    rf"(?:(?:{_SPACE}|[./-])*\(?\d{{1,5}}\)?){{2,7}}(?!\w)"
)
_INTERNATIONAL_STARTS = ("(", "+", "00")
# Any number right after a telephone label, in the three languages: "Tel: 022 717 91 11".
_PHONE_LABELS = tuple(row["label"].lower() for row in read_csv("privacy", "phone_labels.csv"))
"""Telephone labels of ``data/privacy/phone_labels.csv``, in file order."""
_LABELLED = re.compile(
    r"(?<!\w)(?:"
    + alternation(_PHONE_LABELS)
    + rf")\b\.?{_SPACE}*(?:\(\w+\){_SPACE}*)?[:.]?{_SPACE}*"
    + rf"(\(?\d{{2,5}}\)?(?:(?:{_SPACE}|[./-])?\d{{2,5}}){{2,5}})(?!\w)",
    re.IGNORECASE,
)
#: The labels that begin no other label ("tel" of "telephone"): only where one occurs in the
#: lower-case text is the pattern tried.
LABEL_STEMS = tuple(
    label
    for label in dict.fromkeys(_PHONE_LABELS)
    if not any(other != label and label.startswith(other) for other in _PHONE_LABELS)
)
_MIN_PHONE_DIGITS = 7


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _positions(text: str, needle: str) -> list[int]:
    found = []
    index = text.find(needle)
    while index != -1:
        found.append(index)
        index = text.find(needle, index + 1)
    return found


def _emails(text: str) -> list[tuple[int, int]]:
    spans = []
    for at in _positions(text, "@"):
        local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if local and domain and not (local.start() and text[local.start() - 1] in "+-."):
            spans.append((local.start(), domain.end()))
    return spans


def _phones(text: str) -> list[tuple[int, int]]:
    spans = []
    starts = sorted({i for needle in _INTERNATIONAL_STARTS for i in _positions(text, needle)})
    end = -1
    for start in starts:
        if start < end:
            continue
        m = _INTERNATIONAL.match(text, start)
        if m and _digits(m.group()) >= _MIN_PHONE_DIGITS:
            spans.append(m.span())
            end = m.end()
    lower = text.lower()
    for start in sorted({i for stem in LABEL_STEMS for i in _positions(lower, stem)}):
        m = _LABELLED.match(text, start)
        if m and _digits(m.group(1)) >= _MIN_PHONE_DIGITS:
            spans.append(m.span(1))
    return spans


def find_personal_data(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and telephone numbers in ``text``, in order, not overlapping."""
    spans = _emails(text) + _phones(text)
    if not spans:
        return spans
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, stop in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
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
