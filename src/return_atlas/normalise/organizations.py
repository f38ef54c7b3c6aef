"""Organisation names in three languages → gazetteer ids (``data/gazetteer``).

``organizations.csv`` holds id, name, acronym, organization_type, country;
``organization_aliases.csv`` holds alias, id, lang. Unknown names get a stable slug id, and a
type from their first word (``organization_types.csv``: "Ministry …" is a government) and a
country from the country named in them or the demonym opening them ("German Federal …").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick
from rapidfuzz import fuzz, process

from return_atlas.normalise._data import read_csv
from return_atlas.normalise.countries import country_code, find_countries
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.text import fold_key, fold_same_length

_FUZZY_CUTOFF = 90.0
_SLUG_MAX = 60
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z/&.]{1,9})\)")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_PLACE_WORD = re.compile(rf"^{alt('at', 'of')}\s+", re.IGNORECASE)
"""A preposition before the place after a known body: "IOM in Ghana", "OIM au Niger"."""
_HEAD_WORD = re.compile(r"^(?:the\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
"""The first word of a name, after an English article ("the Ministry of ..."), and the
word after it (the head after a demonym: "German Federal Foreign Office")."""
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
"""The word at a position (after a country opening a name: "Netherlands Ministry of …")."""


@cache
def _head_types() -> dict[str, str]:
    """First word of a name (lower case) → organisation type, from
    ``gazetteer/organization_types.csv``."""
    return {
        row["word"].lower(): row["organization_type"]
        for row in read_csv("gazetteer", "organization_types.csv")
    }


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organisation as the gazetteer knows it (or a stable stand-in for an unknown one)."""

    id: str
    name: str
    acronym: str | None
    organization_type: str
    country: str | None


@cache
def _gazetteer() -> dict[str, OrgRef]:
    """Gazetteer id → organisation."""
    return {
        row["id"]: OrgRef(
            id=row["id"],
            name=row["name"],
            acronym=row.get("acronym") or None,
            organization_type=row.get("organization_type") or "other",
            country=row.get("country") or None,
        )
        for row in read_csv("gazetteer", "organizations.csv")
        if row.get("id")
    }


@cache
def _aliases() -> dict[str, tuple[str, bool]]:
    """Written form → (id, is an acronym): names, acronyms and aliases of every language."""
    forms: dict[str, tuple[str, bool]] = {}
    for org in _gazetteer().values():
        forms.setdefault(org.name, (org.id, False))
        if org.acronym:
            forms.setdefault(org.acronym, (org.id, True))
    for row in read_csv("gazetteer", "organization_aliases.csv"):
        if row.get("alias") and row.get("id") in _gazetteer():
            alias = row["alias"]
            forms.setdefault(alias, (row["id"], _is_acronym(alias)))
    return forms


def _is_acronym(form: str) -> bool:
    """True for short all-capital forms (matched with their case only)."""
    letters = [char for char in form if char.isalpha()]
    capitals = sum(char.isupper() for char in letters)
    return bool(letters) and len(form) <= 8 and capitals >= len(letters) - 1


@cache
def _by_key() -> dict[str, str]:
    """Folded written form → id."""
    return {fold_key(form): org_id for form, (org_id, _) in _aliases().items()}


@cache
def _automaton() -> ahocorasick.Automaton:
    """Automaton over folded names (acronyms are checked for case after matching)."""
    automaton = ahocorasick.Automaton()
    for form, (org_id, acronym) in _aliases().items():
        key = fold_same_length(form)
        automaton.add_word(key, (len(key), org_id, form if acronym else ""))
    automaton.make_automaton()
    return automaton


_WORD = re.compile(r"[^\W\d_]+")


def _shouting(text: str, start: int, end: int) -> bool:
    """True when a word next to the span is in capitals too (a heading, not an acronym)."""
    before = _WORD.findall(text[max(0, start - 15) : start])
    after = _WORD.findall(text[end : end + 15])
    neighbours = before[-1:] + after[:1]
    acronyms = _acronyms()
    return any(len(word) > 1 and word.isupper() and word not in acronyms for word in neighbours)


@cache
def _acronyms() -> frozenset[str]:
    """Every acronym form of the gazetteer."""
    return frozenset(form for form, (_, acronym) in _aliases().items() if acronym)


def find_organizations(text: str) -> list[tuple[str, int, int]]:
    """Gazetteer organisation ids named in ``text`` as (id, start, end), leftmost-longest."""
    if not text:
        return []
    folded = fold_same_length(text)
    candidates: list[tuple[int, int, str]] = []
    for end_index, (length, org_id, acronym) in _automaton().iter(folded):
        start, end = end_index - length + 1, end_index + 1
        before = folded[start - 1] if start > 0 else " "
        after = folded[end] if end < len(folded) else " "
        if before.isalnum() or after.isalnum():
            continue
        if acronym and (text[start:end] != acronym or _shouting(text, start, end)):
            continue
        candidates.append((start, -end, org_id))
    candidates.sort()
    found: list[tuple[str, int, int]] = []
    last_end = 0
    for start, neg_end, org_id in candidates:
        if start >= last_end:
            found.append((org_id, start, -neg_end))
            last_end = -neg_end
    return found


def slugify(name: str) -> str:
    """A stable id from a name: ASCII, lower case, hyphens, at most 60 characters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_name.lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        slug = slug[:_SLUG_MAX].rsplit("-", 1)[0] or slug[:_SLUG_MAX]
    return slug or "unknown"


def _known(name: str) -> OrgRef | None:
    """The gazetteer organisation that ``name`` names, if any."""
    gazetteer = _gazetteer()
    key = fold_key(name).strip(" .,;:\"'")
    org_id = _by_key().get(key)
    if org_id is None:
        inner = _ACRONYM_IN_PARENS.search(name)
        if inner:
            org_id = _by_key().get(fold_key(inner.group(1)))
    if org_id is None:
        found = find_organizations(name)
        if found and found[0][1] == 0:
            rest = name[found[0][2] :].strip(" ,-–")
            rest = _PLACE_WORD.sub("", rest)
            if not rest or country_code(rest) or len(rest.split()) <= 1:
                org_id = found[0][0]
    if org_id is None and len(key) > 5:
        choice = process.extractOne(
            key, list(_by_key()), scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if choice is not None:
            org_id = _by_key()[choice[0]]
    return gazetteer.get(org_id) if org_id else None


@lru_cache(maxsize=4096)
def resolve_organization(name: str) -> OrgRef:
    """The gazetteer entry for ``name``, or a stand-in with a slug id and type ``other``.

    Cached: the same names (donors, ministries, IOM itself) come back page after page, and
    a name the gazetteer does not hold costs a fuzzy match against all of it. A pure
    function of the name (the gazetteer is read once), and an :class:`OrgRef` is frozen.
    """
    known = _known(name)
    if known is not None:
        return known
    clean = " ".join(name.split()).strip(" .,;:")
    countries = find_countries(clean)
    head = _HEAD_WORD.match(clean)
    first = head.group(1).lower() if head else ""
    # "German Federal Foreign Office": a body of the country its opening demonym names
    owner = _demonyms().get(first)
    if owner is not None and head is not None and head.group(2):
        first = head.group(2).lower()
    elif countries and countries[0][1] == (head.start(1) if head else 0):
        # "Netherlands Ministry of Foreign Affairs": the word after the opening country
        after = _NEXT_WORD.match(clean, countries[0][2])
        first = after.group(1).lower() if after else first
    return OrgRef(
        id=slugify(clean),
        name=clean,
        acronym=None,
        organization_type=_head_types().get(first, "other"),
        country=countries[0][0] if countries else owner,
    )


@cache
def _demonyms() -> dict[str, str]:
    """English demonym (lower case) → ISO3, from ``lang/en/prose_demonyms.csv``."""
    return {
        row["demonym"].lower(): row["code"] for row in read_csv("lang", "en", "prose_demonyms.csv")
    }
