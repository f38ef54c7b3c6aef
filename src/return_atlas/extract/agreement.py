"""Agreements with IOM: a page headed by the title of an agreement.

Official gazettes publish the agreements a state signs with IOM ("Acuerdo suscrito entre el
Ministerio del Interior del Reino de España y la Organización Internacional para las
Migraciones (OIM) relativo a la realización de proyectos …"). Such a page is of kind "other"
(see the guideline), yet the agreement it publishes is a framework for return and
reintegration projects, which readers record as an initiative of type other, titled as the
heading writes it, up to where and when it was signed (", hecho en Madrid el …").

The heading is one of the first lines of the page: a line that opens with an agreement word
(grammar role ``agreement``), says between whom (role ``between``) and names IOM. The party
the agreement's text names "the Donor" ("entre el Ministerio de … (en adelante «el
Donante»)") is its funder.
"""

from __future__ import annotations

import re
from functools import cache

from return_atlas.extract.drafts import InitiativeDraft, Spanned
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.organizations import find_organizations

_HEAD_LINES = 12
"""Lines of a page in which its heading is looked for (a gazette's menu comes first)."""
_LONGEST_TITLE = 600
"""Characters of a heading read as an agreement's title at most."""
_LONGEST_PARTY = 150
"""Characters of a party's name at most."""


@cache
def _opening() -> re.Pattern[str]:
    """An agreement word opening a line, capitalised as a heading is."""
    return re.compile(rf"(?:{alt('agreement')})\b", re.IGNORECASE)


@cache
def _between() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt('between')})\b", re.IGNORECASE)


@cache
def _signed_at() -> re.Pattern[str]:
    """Where the title ends: a comma (or none) before where and when it was signed."""
    return re.compile(rf",?\s+(?:{alt('signed_at')})\b", re.IGNORECASE)


@cache
def _donor() -> re.Pattern[str]:
    """A party named the Donor: "between the Ministry of … (hereinafter "the Donor")"."""
    return re.compile(
        rf"\b(?:{alt('between')})\s+(?:(?:{alt('article')})\s*)?"
        rf"(?P<party>[^()\n]{{3,{_LONGEST_PARTY}}}?)\s*\(\s*(?:{alt('hereinafter')})\s*,?\s*"
        rf"[«\"“'‘]?\s*(?:{alt('article')})\s*(?:{alt('donor_noun')})\b",
        re.IGNORECASE,
    )


def find_agreement(text: str) -> InitiativeDraft | None:
    """The agreement with IOM that heads ``text``, if one does."""
    start = 0
    for _ in range(_HEAD_LINES):
        if start >= len(text):
            break
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        head = line.strip()
        if head and head[0].isupper() and _opening().match(head):
            draft = _agreement(head, start + lead)
            if draft is not None:
                donor = _donor().search(text, end)
                if donor is not None:
                    draft.funders.append(Spanned(donor["party"], *donor.span("party")))
                return draft
        start = end + 1
    return None


def _agreement(head: str, at: int) -> InitiativeDraft | None:
    """The agreement whose title is the heading ``head`` (at offset ``at``), if it says
    between whom and names IOM before where it was signed."""
    signed = _signed_at().search(head)
    title = head[: signed.start() if signed else len(head)].rstrip(" ,.;:")
    if len(title) > _LONGEST_TITLE or not _between().search(title):
        return None
    if not any(org == "iom" for org, _, _ in find_organizations(title)):
        return None
    return InitiativeDraft(title=Spanned(title, at, at + len(title)), initiative_type="other")
