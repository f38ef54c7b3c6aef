"""Fields that labels give an initiative, on office and practice pages: "Donor: PRM",
"Durée : 2019-2021", "Période / 2019 - en cours", "Financement / Union européenne"."""

from __future__ import annotations

import re

from return_atlas.extract.drafts import InitiativeDraft, Spanned
from return_atlas.extract.prose import Page, clean_title
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.dates import find_period, parse_partial_date
from return_atlas.normalise.money import find_amounts
from return_atlas.normalise.vocab import lookup

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
    page: Page, draft: InitiativeDraft, field_name: str, value: str, *, span: tuple[int, int]
) -> None:
    """Set the draft field that one label gives."""
    a, b = span
    if field_name in {"funders", "partners", "implementers"}:
        names = getattr(draft, field_name)
        if not any(n.value == clean_title(value) for n in names):
            names.insert(0, Spanned(clean_title(value), a, b))
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


def finer(
    found: Spanned[str] | None, labelled: str | None, span: tuple[int, int]
) -> Spanned[str] | None:
    """The label's date, unless the text already gave the same date more precisely ("Durée :
    2019-2021" and "clôturé en décembre 2021": 2021-12)."""
    if not labelled:
        return found
    if found is not None and found.value.startswith(labelled) and found.value != labelled:
        return found
    return Spanned(labelled, *span)
