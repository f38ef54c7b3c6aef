"""Fields that labels give an initiative, on office and practice pages: "Donor: PRM",
"Durée : 2019-2021", "Période / 2019 - en cours", "Financement / Union européenne"."""

from __future__ import annotations

import re

from return_atlas.extract.drafts import FundingDraft, InitiativeDraft, Spanned
from return_atlas.extract.prose import Page, clean_title
from return_atlas.extract.prose_lexicon import key
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.dates import find_period, parse_partial_date
from return_atlas.normalise.grammar import alt, lead
from return_atlas.normalise.money import find_amounts
from return_atlas.normalise.organizations import find_organizations
from return_atlas.normalise.vocab import lookup

_YEAR = len("2021")
_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


def open_period(inner: str, lang: str | None) -> tuple[str, str] | None:
    """``(start - ongoing)`` in any language: the start and the status the second part names."""
    parts = _DASH.split(inner, maxsplit=1)
    if len(parts) != 2:
        return None
    start = parse_partial_date(parts[0], lang)
    status = lookup("status", parts[1].strip(), lang)
    return (start, status) if start and status else None


def label_value(
    page: Page,
    draft: InitiativeDraft,
    field_name: str,
    value: str,
    *,
    span: tuple[int, int],
    fundings: list[FundingDraft] | None = None,
) -> None:
    """Set the draft field that one label gives; a funder's bracketed amount ("Donor:
    Government of Japan (JPY 95,000,000)") goes to ``fundings`` when given."""
    a, b = span
    if field_name in {"funders", "partners", "implementers"}:
        names = getattr(draft, field_name)
        indent = len(page.text[a:b]) - len(page.text[a:b].lstrip())
        channel = page.hits.within("cue:via", a, b)
        if field_name == "funders" and channel:
            # "Union européenne, par l'intermédiaire du Fonds fiduciaire …": the giver, not
            # the channel its money goes through
            value = value[: max(0, channel[0].start - a - indent)]
        parts = _givers(page, value, a + indent) if field_name == "funders" else [(0, len(value))]
        listed = [(x + u, x + v) for x, y in parts for u, v in _listed(page, value[x:y])]
        for k, (x, y) in enumerate(listed):
            name, gift = _with_amount(page, value[x:y])
            if name and not any(n.value == name for n in names):
                names.insert(k, Spanned(name, a + indent + x, a + indent + y))
                if gift is not None and fundings is not None:
                    where = (a + indent + x, a + indent + y)
                    fundings.append(
                        FundingDraft(
                            funder=Spanned(name, *where),
                            amount=Spanned(gift[0], *where),
                            currency=Spanned(gift[1], *where),
                        )
                    )
    elif field_name == "budget":
        amounts = find_amounts(value, page.lang)
        if amounts:
            draft.budget_amount = Spanned(amounts[0][0], a, b)
            draft.budget_currency = Spanned(amounts[0][1], a, b)
    elif field_name in {"period", "start", "end"}:
        period = find_period(value, page.lang) if field_name == "period" else None
        if period:
            draft.start = finer(draft.start, period[0], span)
            draft.end = finer(draft.end, period[1], span)
        elif field_name == "period" and (ongoing := open_period(value, page.lang)):
            # "2019 - en cours": a start, and the status the second part names
            draft.start = finer(draft.start, ongoing[0], span)
            draft.status = draft.status or Spanned(ongoing[1], a, b)
        elif (date := parse_partial_date(value, page.lang)) is not None:
            which = "end" if field_name == "end" else "start"
            setattr(draft, which, finer(getattr(draft, which), date, span))
    elif field_name == "countries":
        for code, x, y in find_countries(value):
            if code not in {c.value for c in draft.countries}:
                draft.countries.append(Spanned(code, a + x, a + y))
    elif field_name == "status":
        status = lookup("status", value, page.lang)
        if status:
            draft.status = Spanned(status, a, b)
    elif field_name == "gcm":
        for m in re.finditer(r"\d{1,2}", value):
            if 1 <= int(m.group()) <= 23:
                draft.gcm_objectives.append(Spanned(int(m.group()), a + m.start(), a + m.end()))


def _givers(page: Page, value: str, at: int) -> list[tuple[int, int]]:
    """Parts of a funders label's ``value`` (written at ``at``) cut at the funding cues it
    holds: "European Union, co-funded by the Government of Ireland" names two givers."""
    cuts = [
        (h.start - at, h.end - at) for h in page.hits.within("cue:funding", at, at + len(value))
    ]
    parts: list[tuple[int, int]] = []
    start = 0
    for x, y in cuts:
        parts.append((start, x))
        start = y
    parts.append((start, len(value)))
    out = []
    for x, y in parts:
        m = _LEADING_ARTICLE.match(value, x, y)
        first = m.end() if m else x
        if value[first:y].strip(" ,;"):
            out.append((first, y))
    return out


_LEADING_ARTICLE = re.compile(rf"\s*{lead('article')}", re.IGNORECASE)


def _with_amount(page: Page, part: str) -> tuple[str, tuple[float, str] | None]:
    """A giver's name without the amount in brackets after it, and that amount: "Government
    of Japan (JPY 95,000,000)"."""
    m = _BRACKET_END.search(part)
    if m is not None:
        amounts = find_amounts(m.group(1), page.lang)
        if amounts:
            return clean_title(part[: m.start()]), (amounts[0][0], amounts[0][1])
    return clean_title(part), None


_BRACKET_END = re.compile(r"\(([^()]*\d[^()]*)\)\s*$")


_LIST_SEP = re.compile(rf"\s*[,;]\s*(?:{alt('and')}\s+)?")
"""Where a label's list of names is cut: a comma or a semicolon ("and" and "y" also join the
words of one name: "Agencia Suiza para el Desarrollo y la Cooperación")."""
_NAME = re.compile(rf"{lead('article')}?([A-ZÀ-Ý][\w’'-]*)")
_COUNTRY_WORDS = 3
"""Words of a part, from its start, in which a country makes it a name of its own ("Royaume
des Pays-Bas", "Kingdom of Belgium")."""


def _listed(page: Page, value: str) -> list[tuple[int, int]]:
    """Spans of the names a label lists ("Coopération suisse (DDC), Royaume des Pays-Bas,
    Union européenne"), cut outside brackets when every part opens as a name of its own: with
    an organisation word, an acronym, a demonym or a country in its first words, or headed by
    an organisation or fund word ("European Return Fund"). Else the whole value: "Bureau of
    Population, Refugees, and Migration" is one name, and so is a name the gazetteer does not
    know and the country after it ("National Return Fund, Hungary")."""
    parts: list[tuple[int, int]] = []
    start = 0
    for m in _LIST_SEP.finditer(value):
        if value.count("(", 0, m.start()) == value.count(")", 0, m.start()):
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, len(value)))
    first = value[slice(*parts[0])]
    if (
        len(parts) == 2
        and _country_alone(value[slice(*parts[1])])
        and not find_countries(first)
        and not find_organizations(first)
    ):
        # "National Return Fund, Hungary": a body the gazetteer does not know, and the
        # country it is of (a known one keeps its name, its country being no second giver:
        # "… (BMZ), Allemagne"; and not "Government of Italy, Kingdom of Belgium")
        return [(0, len(value))]
    if len(parts) > 1 and all(_opens_name(page, value, x, y) for x, y in parts):
        return parts
    return [(0, len(value))]


def _country_alone(part: str) -> bool:
    """True when ``part`` is a country's name and nothing else ("Hungary", "the Netherlands")."""
    found = find_countries(part)
    return (
        len(found) == 1
        and not _LEADING_ARTICLE.sub("", part[: found[0][1]]).strip()
        and not part[found[0][2] :].strip(" .")
    )


def _opens_name(page: Page, value: str, x: int, y: int) -> bool:
    """True when ``value[x:y]`` opens as a name: an organisation word, a fund word, a demonym
    or an acronym first, a country in its first words, or capitalised words headed by an
    organisation or fund word ("European Return Fund")."""
    first = _NAME.match(value, x, y)
    if first is None:
        return False
    word = first.group(1)
    if word.isupper() or key(word) in page.lex.org_words:
        return True
    if _fund_word(page, word):
        return True  # "Fonds européen pour le retour", "Fondo Fiduciario …"
    if any(group == "demonym" for group, _ in page.lex.phrases.get(key(word), ())):
        return True  # "Estonian Ministry of the Interior", "Swiss Agency for Development"
    opening = " ".join(value[first.start(1) : y].split()[:_COUNTRY_WORDS])
    if find_countries(opening):
        return True
    # "European Return Fund": a name headed by a fund word, or capitalised and headed by an
    # organisation word (a bracket aside left out)
    words = value[first.start(1) : y].split("(", maxsplit=1)[0].split()
    if not words:
        return False
    capitalised = all(w[:1].isupper() for w in words)
    return (capitalised and key(words[-1]) in page.lex.org_words) or _fund_word(page, words[-1])


def _fund_word(page: Page, word: str) -> bool:
    """True when ``word`` is an initiative word of the fund type ("Fund", "Fonds", "Fondo")."""
    return page.lex.initiative_words.get(key(word), ("",))[0] == "fund"


def finer(
    found: Spanned[str] | None, labelled: str | None, span: tuple[int, int]
) -> Spanned[str] | None:
    """The label's date, unless the text already gave the same date more precisely ("Durée :
    2019-2021" and "clôturé en décembre 2021": 2021-12)."""
    if not labelled:
        return found
    if (
        found is not None
        and len(labelled) == _YEAR
        and found.value.startswith(labelled)
        and found.value != labelled
    ):
        return found  # a year refined to its month, not a month to a day ("février 2022")
    return Spanned(labelled, *span)
