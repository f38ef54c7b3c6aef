"""Extractor for news releases, stories and listings of news teasers.

A release is cut into stories (one, or one per teaser of a listing); each story has its
headline and its dateline ("Dakar – ", "Geneva, 7 May 2019 –"). From the stories come the
initiatives the text names, the events it reports, the assisted returns, the fundings and
the publications.
"""

from __future__ import annotations

import re
from itertools import pairwise

from return_atlas.classify.layout import PUBLISHED
from return_atlas.extract.drafts import EventDraft, Extraction, ReturnDraft, Spanned
from return_atlas.extract.prose import (
    Page,
    acronym_after,
    after_dateline,
    clean_title,
    extract_page,
    is_acronym,
)
from return_atlas.extract.prose_events import Story, find_events, one_per_title
from return_atlas.extract.prose_facts import (
    find_fundings,
    find_publications,
    find_returns,
    since_dates,
)
from return_atlas.extract.prose_initiatives import (
    Scope,
    add_return_countries,
    build,
    drop_donor_funds,
    drop_initiatives,
    find_mentions,
    follow_pronouns,
    funders_from_fundings,
    merge,
    returns_people_named,
)
from return_atlas.extract.prose_initiatives import (
    same as same_initiative,
)
from return_atlas.extract.prose_lexicon import key
from return_atlas.extract.prose_lines import Line
from return_atlas.extract.prose_names import Named, find_named, funded_subjects
from return_atlas.extract.prose_tokenizer import tokenize
from return_atlas.normalise.countries import country_code
from return_atlas.normalise.dates import (
    DATE_MARKS,
    day_alone,
    find_day_months,
    parse_partial_date,
)
from return_atlas.normalise.grammar import alt
from return_atlas.normalise.text import fold
from return_atlas.read.document import Document

_DATELINE = re.compile(
    rf"([A-ZÀ-Ý][\w'’.\-]+(?:(?:[ \-]|\s{alt('place_connector')}\s)[A-ZÀ-Ý][\w'’.\-]+){{0,3}})"
    r"(?:,\s*([^–—\n]{3,40}?))?(?:\s*[–—-]\s+|(?<=\d):[ \t]*\n\s*)(?=\S)"
    r"|([A-ZÀ-Ý][\w'’.\-]+(?:[ ][A-ZÀ-Ý][\w'’.\-]+){0,2})\s+([^\W\d]{3,10}\.?\s+\d{1,2}/\d{4})"
    r"\s*\([A-Z]{2,8}\)\s+(?=[A-Z])"
    r"|([^\W\d]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[^\W\d]{3,10}\.?,?\s+\d{4})"
    r"\s*\(([A-ZÀ-Ý][\w'’.\-]+(?:[ ][A-ZÀ-Ý][\w'’.\-]+){0,2})(?:,[^()\n]{2,30})?\)\s*[:–—-]\s+"
    r"(?=[A-Z])"
)
"""A dateline: a place, perhaps a comma and a date, then a dash ("Dakar – ", "Geneva, 7 May
2019 –") or, after a date, a colon at the end of its line ("London, 5 November 2016:"); or a
place, a date and a news agency in brackets, with no dash ("Addis Ababa September 16/2021
(ENA) The …"); or a date, then the place in brackets and a colon ("October 28, 2019 (ADDIS
ABABA, Ethiopia): The …")."""


def _groups(m: re.Match[str]) -> tuple[int, int]:
    """The groups of a :data:`_DATELINE` match that hold its place and its date."""
    if m.group(1) is not None:
        return 1, 2
    return (3, 4) if m.group(3) is not None else (6, 5)


_LISTING_MIN = 3


def _stories(page: Page) -> list[Story]:
    """The stories of a release: one per headline when the page lists several."""
    lines = page.lines[page.content_from :]
    lines = [  # a headline written twice heads one story
        ln
        for ln, after in zip(lines, [*lines[1:], None], strict=False)
        if not (ln.role == "heading" and after and _said_again(ln, after))
    ]
    paragraphs = page.paragraphs
    # a date on a line of its own under the headline ("12 March 2019") heads no story: it is
    # the day the release was published
    heads = [ln for ln in lines if ln.role == "heading" and _date_alone(ln) is None]
    starts: list[int] = []
    for ln in heads:
        following = next((p for p in paragraphs if p.start > ln.end), None)
        if following is not None and (
            _dateline(page, following.start) or len(heads) >= _LISTING_MIN
        ):
            starts.append(ln.start)
    first = lines[0].start if lines else 0
    if not starts or starts[0] > first:
        starts.insert(0, first)
    bounds = [*starts, len(page.text)]
    stories: list[Story] = []
    for a, b in pairwise(bounds):
        story = Story(a, b)
        head = next(
            (ln for ln in lines if a <= ln.start < b and ln.role in {"heading", "body"}), None
        )
        if head is not None and head.role == "heading":
            story.headline = (head.start, head.end)
        for p in [p for p in paragraphs if a <= p.start < b][:3]:
            if story.headline and p.start == story.headline[0]:
                continue
            # " date 2019-12-06 Geneva – …": the store's copy of a ReliefWeb page opens the
            # text with the day it was published, before the release's own dateline
            meta = PUBLISHED.match(page.text, p.start)
            got = _dateline(page, meta.end() if meta else p.start)
            if got:
                _set_dateline(page, story, got)
            if meta and story.year is None:
                story.year = meta.group(1)[:4]
                if len(meta.group(1)) == len("2019-12-06"):
                    story.date = Spanned(meta.group(1), meta.start(1), meta.end(1))
                    story.stamped = True
                story.dateline_end = max(story.dateline_end, meta.end())
            if got or meta:
                break
        if story.year is None:
            dated = (_date_alone(ln) for ln in lines[:_DATE_LINES] if a <= ln.start < b)
            day = next((d for d in dated if d is not None), None)
            if day is not None:
                story.year, story.date = day.value[:4], day
        stories.append(story)
    return stories


def _fill_from(
    page: Page, returns: list[ReturnDraft], body: ReturnDraft, headline: ReturnDraft
) -> None:
    """Give the body's return figure the countries its headline states and it does not, and
    its parts ("92 de ellas regresaron a Colombia") the origin."""

    def value(country: Spanned[str] | None) -> str | None:
        return None if country is None else country.value

    if body.from_country is None and value(headline.from_country) != value(body.to_country):
        body.from_country = headline.from_country
        s0, s1 = page.sentence_at(body.count.start)
        # the parts its sentence, or the next one, counts ("… pour 143 migrants. Parmi les
        # passagers figuraient 96 ressortissants guinéens et 47 Ivoiriens")
        after = len(page.text) - len(page.text[s1:].lstrip())
        s1 = page.sentence_at(after)[1] if after < len(page.text) else s1
        for part in returns:
            if (
                (s0 <= part.count.start < s1 or _dated_by(part, body))
                and part.count.value < body.count.value
                and part.from_country is None
                and value(part.to_country) != value(body.from_country)
            ):
                part.from_country = body.from_country
    if body.to_country is None and value(headline.to_country) != value(body.from_country):
        body.to_country = headline.to_country


def _returns_made_under(page: Page, scope: Scope, body: list[tuple[int, int]]) -> bool:
    """True when a sentence of the story opens with "the returns" ("Los retornos", "Ces
    retours", "These returns") and names ``scope`` after a channel word ("en el marco del",
    "under", "dans le cadre du"): the returns told were that initiative's."""
    for s0, s1 in body:
        toks = tokenize(page, after_dateline(page, s0), s1)[:2]
        if len(toks) < 2 or toks[0].low not in page.lex.tokens["definite"]:
            continue
        if not any(h.start == toks[1].start for h in page.hits.within("cue:return", s0, s1)):
            continue
        vias = page.hits.within("cue:via", toks[1].end, s1)
        if vias and any(vias[0].end <= m[0] < s1 for m in scope.mentions):
            return True
    return False


def _name_programme(page: Page, named: Named, returns: list[ReturnDraft]) -> None:
    """Name the story's one return programme as the programme of its returns that name none,
    or only a kind of return ("retorno voluntario" for the "Programa de Retorno Voluntario
    Asistido desde México (PRVAM)" the story presents), as written with its acronym."""
    end = named.end
    bracket = acronym_after(page.text, end)
    if bracket is not None:
        end = bracket.end()
    name = Spanned(clean_title(page.text[named.start : end]), named.start, end)
    for ret in returns:
        if ret.programme is None or ret.programme.value[:1].islower():
            ret.programme = name


def _dated_by(part: ReturnDraft, body: ReturnDraft) -> bool:
    """True when ``part`` comes after ``body`` and has its very dates, the same words of the
    text: a part told in a later sentence ("De las personas retornadas, 684 regresaron a
    Honduras")."""
    return (
        part.count.start > body.count.start
        and part.start is not None
        and part.start == body.start
        and part.end == body.end
    )


def _drop_rounded(returns: list[ReturnDraft]) -> list[ReturnDraft]:
    """The returns less a round figure that a stated one of the same story rounds ("Over 400
    … Migrants Return" above "412 Ethiopian migrants"), when the headline was not told apart
    from the text."""

    def same(a: Spanned[str] | None, b: Spanned[str] | None) -> bool:
        return a is None or b is None or a.value == b.value

    return [
        r
        for r in returns
        if r.count.value % _ROUND
        or not any(
            1 < o.count.value / r.count.value <= _ROUNDED[1]
            and same(o.from_country, r.from_country)
            and same(o.to_country, r.to_country)
            for o in returns
        )
    ]


_ROUND = 100
"""A figure that is a multiple of this may round a stated one."""


def _said_again(line: Line, after: Line) -> bool:
    """True when ``after`` is a heading that says what ``line`` says (a title written twice)."""
    return after.role == "heading" and line.text.split() == after.text.split()


def _dateline(page: Page, pos: int) -> re.Match[str] | None:
    """The dateline opening the paragraph at ``pos``, if any."""
    m = _DATELINE.match(page.text, pos, min(len(page.text), pos + 60))
    if m is None or len(m.group(_groups(m)[0])) > 30 or _CLOCK.match(page.text, m.end()):
        return None  # "News Mon, 10/22/2018 - 17:24": a page's time stamp, not a dateline
    return m


_CLOCK = re.compile(r"\d{1,2}:\d\d\b")
_FULL_STOP_AFTER_WORD = re.compile(r"[^\W\d_]{2}\.$")
"""A place's last word closed by a full stop, a dateline's ".-" ("Tegucigalpa.- "), not an
initial's ("D.C.")."""


def _date_alone(line: Line) -> Spanned[str] | None:
    """The full date that is all ``line`` holds ("12 March 2019", "6 June, 2019"), if any."""
    found = day_alone(line.text, DATE_MARKS)
    if found is None:
        return None
    value, a, b = found
    return Spanned(value, line.start + a, line.start + b)


_DATE_LINES = 4
"""Lines at the top of a story in which a date on a line of its own is its day."""


def _set_dateline(page: Page, story: Story, m: re.Match[str]) -> None:
    """City, country and year of a story from its dateline."""
    place, when = _groups(m)
    name, a, b = m.group(place), m.start(place), m.end(place)
    if _FULL_STOP_AFTER_WORD.search(name):  # "Tegucigalpa.- Para …" ("D.C." keeps its stop)
        name, b = name[:-1], b - 1
    code = country_code(name)
    if code:
        story.city_country = Spanned(code, a, b)
    else:
        story.city = Spanned(name, a, b)
        city = page.city_in(a, b)
        if city:
            story.city_country = Spanned(city[1], a, b)
    story.dateline_end = m.end()
    if m.group(when):
        date = parse_partial_date(m.group(when), page.lang)
        if date:
            story.year = date[:4]
            story.date = Spanned(date, m.start(when), m.end(when))


def _dated_by_story(page: Page, story: Story, returns: list[ReturnDraft]) -> None:
    """Date a figure its sentence dates by a day and month only ("… to return home to Niger
    from southern Libya on 1 November") with the year of the story's dateline ("London, 5
    November 2016:"), the year before when that day would come after the dateline's. The day
    is the figure's own, before the dateline's day that dates a sentence telling no time."""
    if story.year is None or story.date is None or story.stamped:
        return  # (under a stored page's stamp of its day, readers leave the year unsaid)
    for draft in returns:
        datelined = draft.start is not None and draft.start.start == story.date.start
        if not datelined and (draft.start is not None or draft.end is not None):
            continue  # a time of the figure's own (the dateline's day is only what dates a
            # sentence that seemed to tell none, and gives way to the day it does tell)
        s0, s1 = page.sentence_at(draft.count.start)
        days = find_day_months(page.text[s0:s1])
        if len(days) != 1:
            continue  # none, or several: which is the figure's is not told
        month, day, a, b = days[0]
        value = parse_partial_date(f"{story.year}-{month:02d}-{day:02d}", None)
        if value is None:
            continue
        if len(story.date.value) == len(value) and value > story.date.value:
            value = parse_partial_date(f"{int(story.year) - 1}-{month:02d}-{day:02d}", None)
            if value is None:
                continue
        draft.start = draft.end = Spanned(value, s0 + a, s0 + b)


def _story_sentences(page: Page, story: Story) -> list[tuple[int, int]]:
    """The sentences of a story, headline first."""
    return page.sentences(story.start, story.end)


def _anaphor_sentences(
    page: Page, sentences: list[tuple[int, int]], itype: str
) -> list[tuple[int, int]]:
    """Sentences about "the/this/a ... project" (an initiative word of ``itype``, lower case)."""
    out = []
    for s0, s1 in sentences:
        if not page.hits.marked("initiative_word", s0, s1):
            continue
        toks = tokenize(page, s0, s1)
        for k, tok in enumerate(toks):
            word = page.lex.initiative_words.get(tok.low)
            if (
                word
                and word[0] == itype
                and not word[1]
                and tok.text.islower()
                and any(t.low in page.lex.tokens["article"] for t in toks[max(0, k - 4) : k])
            ):
                out.append((s0, s1))
                break
    return out


def _initiatives(
    page: Page,
    stories: list[Story],
    extraction: Extraction,
    since: dict[tuple[int, int], Spanned[str]],
) -> list[Scope]:
    """Named initiatives with the sentences that speak of them (``since``: see since_dates)."""
    found: list[Named] = []
    for story in stories:
        for s0, s1 in _story_sentences(page, story):
            found += find_named(page, s0, s1, headline=story.headline == (s0, s1))
            found += funded_subjects(page, s0, s1)
    heads = [story.headline for story in stories if story.headline]
    scopes = []
    merged = merge(found)
    for named in merged:
        if any(a <= named.start < b for a, b in heads) and not _told(page, named, heads):
            # "Sudan Launches Joint Initiative for … of Returnees" over "… launched the Joint
            # Initiative for … for Sudan": the text's own name stands, else none
            told = next(
                (
                    n
                    for n in found
                    if not any(a <= n.start < b for a, b in heads) and same_initiative(n, named)
                ),
                None,
            )
            if told is None or any(
                other is not named and same_initiative(other, told) for other in merged
            ):
                continue  # (a name the text tells apart from it stands on its own)
            named.title, named.how, named.start, named.end = (
                told.title,
                told.how,
                told.start,
                told.end,
            )
        scopes.append(Scope(named))
    for story in stories:
        sentences = _story_sentences(page, story)
        local = []
        for scope in scopes:
            mentions = find_mentions(page, scope.named, story.start, story.end)
            if not mentions:
                continue
            local.append(scope)
            scope.mentions += mentions
            scope.sentences += [s for s in sentences if any(s[0] <= m[0] < s[1] for m in mentions)]
            if story.headline and story.headline not in scope.sentences:
                first = scope.named.title.split()[0]
                headline = page.text[story.headline[0] : story.headline[1]]
                if (
                    len(first) >= 5
                    and first[0].isupper()
                    and re.search(rf"\b{re.escape(first)}\b", headline)
                ):
                    scope.sentences.insert(0, story.headline)
        for itype in {scope.named.itype for scope in local} & {"project", "programme"}:
            same = [scope for scope in local if scope.named.itype == itype]
            if len(same) == 1:
                extra = _anaphor_sentences(page, sentences, itype)
                same[0].sentences = sorted(set(same[0].sentences) | set(extra))
        follow_pronouns(page, sentences, local)
    drafts = build(page, scopes, since=since)
    extraction.initiatives.extend(drafts)
    for scope, draft in zip(scopes, drafts, strict=True):
        scope.draft = draft
    return scopes


_ROUNDED = (1.0, 1.25)
"""A headline figure rounds a stated one up to this much below it ("Over 200", "Plus de 400")."""


def _anaphor_of(page: Page, scopes: list[Scope], s0: int, pos: int) -> Scope | None:
    """The one scope whose type a definite lower-case initiative word before ``pos`` names
    ("del centro", "the project", "le programme")."""
    toks = tokenize(page, s0, pos)
    for k in range(len(toks) - 1, 0, -1):
        word = page.lex.initiative_words.get(toks[k].low)
        if word and not word[1] and toks[k].text.islower():
            if (
                toks[k - 1].low
                not in page.lex.tokens["definite"] | page.lex.tokens["fused_article"]
            ):
                return None
            same = [scope for scope in scopes if scope.named.itype == word[0]]
            return same[0] if len(same) == 1 else None
    return None


def _told(page: Page, named: Named, heads: list[tuple[int, int]]) -> bool:
    """True when a name of a headline holds an acronym ("EU-IOM Joint Initiative ...") or comes
    back in the text: a headline that the text never repeats describes ("Launch New Programme
    to Support Returnees") rather than names."""
    iom = page.lex.tokens["iom"]
    words = named.title.split()
    if any(is_acronym(word) and key(word) not in iom for word in words):
        return True  # not "… with New IOM Project": IOM is who, not what
    if any(
        not any(a <= m[0] < b for a, b in heads)
        for m in find_mentions(page, named, 0, len(page.text))
    ):
        return True
    # "IOM Launches Regional Project “IOM Labour Migration Programme – Central Asia”" over
    # "… a regional project “Labour Migration Programme – Central Asia”": told without IOM
    rest = " ".join(words[1:])
    if len(words) < 3 or key(words[0]) not in iom or len(rest) < _TOLD_REST:
        return False
    said = re.compile(re.escape(fold(rest).lower()))
    return any(not any(a <= m.start() < b for a, b in heads) for m in said.finditer(page.folded))


_TOLD_REST = 12
"""The shortest name that, IOM left out, the text may repeat for a headline name ("IOM X")."""


def _named_at(scopes: list[Scope], a: int, b: int) -> tuple[int, int] | None:
    """The first mention of an initiative that starts in ``[a, b)``, if any."""
    return min((m for scope in scopes for m in scope.mentions if a <= m[0] < b), default=None)


def _link(scopes: list[Scope], s0: int, s1: int, pos: int) -> str | None:
    """Title of the initiative mentioned last before ``pos`` in the sentence (or anywhere in it)."""
    best: tuple[int, str] | None = None
    for scope in scopes:
        for a, _ in scope.mentions:
            if s0 <= a < s1 and (best is None or (a <= pos and a > best[0]) or best[0] > pos):
                best = (a, scope.named.title)
    return best[1] if best else None


def extract_news_release(doc: Document, lang: str | None) -> Extraction:
    """Initiatives, events, returns, fundings and publications of a news release."""
    return extract_page(doc.text, lang, "news_release", _extract)


def _events_not_initiatives(page: Page, extraction: Extraction) -> None:
    """A dialogue the page reports as held is an event, not an initiative: "IOM and IGAD
    Convene Regional Dialogue on Return …" over "a two-day Regional Dialogue on Return …
    held in Kampala on 16 and 17 October 2024". One held as a round of itself stays: "met …
    for the second round of the Northeast Asia Labour Migration Dialogue"."""
    held = [fold(e.title.value) for e in extraction.events if e.title is not None]
    drop_initiatives(
        extraction,
        {
            i.title.value
            for i in extraction.initiatives
            if i.initiative_type == "dialogue"
            and any(t and t in fold(i.title.value) for t in held)
            and not _a_round_of(page, i.title.start)
        },
    )


def _a_round_of(page: Page, start: int) -> bool:
    """True when "round of", "édition du", "sesión del" (and an article) stands right before
    the name at ``start``."""
    articles = page.lex.tokens["article"]
    for hit in page.hits.within("cue:round_of", max(0, start - 24), start):
        between = page.folded[hit.end : start].split()
        if not between or (len(between) == 1 and between[0] in articles):
            return True
    return False


def _extract(page: Page, extraction: Extraction) -> None:
    """Fill ``extraction`` from ``page``."""
    stories = _stories(page)
    if not stories:
        extraction.warnings.append("no text after the navigation menu")
        return
    first = stories[0]
    if first.headline:
        a, b = first.headline
        extraction.title = Spanned(clean_title(page.text[a:b]), a, b)
    dated = next((s for s in stories if s.year and s.city), None)
    if dated and dated.city:
        m = _DATELINE.match(page.text, dated.city.start)
        when = _groups(m)[1] if m else 0
        date = parse_partial_date(m.group(when), page.lang) if m and m.group(when) else None
        if m and date:
            extraction.published = Spanned(date, m.start(when), m.end(when))
        elif dated.date is not None and dated.date.start < dated.city.start:
            extraction.published = dated.date  # "October 28, 2019 (ADDIS ABABA, …):"
    extraction.published = extraction.published or page.published()
    since = since_dates(page, page.sentences())
    scopes = _initiatives(page, stories, extraction, since)
    for story in stories:
        sentences = _story_sentences(page, story)
        body = [s for s in sentences if s != story.headline]
        events: list[EventDraft] = find_events(
            page,
            story,
            sentences,
            lambda s0, s1, pos: _link(scopes, s0, s1, pos),
            lambda a, b: _named_at(scopes, a, b),
        )
        extraction.events.extend(events)
        returns = find_returns(page, body, headline=story.headline, since=since)
        if story.headline:
            # a headline figure the text does not state ("IOM Helps 96 Migrants Return"), unless
            # it rounds one the text states ("Over 200 …" for two hundred and twelve)
            stated = [r.count.value for r in returns]
            for r in find_returns(page, [story.headline], since=since):
                same = next((b for b in returns if b.count.value == r.count.value), None)
                if same is not None:
                    # "… 148 Migrants from Panama": where the body is silent
                    _fill_from(page, returns, same, r)
                elif not any(
                    _ROUNDED[0] <= value / r.count.value <= _ROUNDED[1] for value in stated
                ):
                    returns.append(r)
        returns = _drop_rounded(returns)
        _dated_by_story(page, story, returns)
        extraction.returns.extend(returns)
        told = [
            scope
            for scope in scopes
            if any(story.start <= m[0] < story.end for m in scope.mentions)
        ]
        programmes = [scope for scope in told if returns_people_named(page, scope.named)]
        if len(programmes) > 1 and returns:
            # "Los retornos se realizaron en el marco del Programa … (RVA)": the one said to
            # have carried the story's returns
            programmes = [s for s in programmes if _returns_made_under(page, s, body)] or programmes
        if len(programmes) == 1 and programmes[0].draft is not None:
            # the story's one return programme made the returns it reports
            add_return_countries(programmes[0].draft, returns)
            _name_programme(page, programmes[0].named, returns)
        for funding in find_fundings(page, body):
            s0, s1 = page.sentence_at(funding.amount.start)
            named_before = any(
                s0 <= a < funding.amount.start for scope in scopes for a, _ in scope.mentions
            )
            anaphor = None if named_before else _anaphor_of(page, told, s0, funding.amount.start)
            # "El programa, financiado por USAID con 3,5 millones …": the programme told of,
            # not the centre the sentence names after the amount
            funding.recipient_title = (
                anaphor.named.title if anaphor else _link(scopes, s0, s1, funding.amount.start)
            )
            if funding.recipient_title is None:
                # the story's one initiative, or the one whose sentences hold this one ("Funded
                # with EUR 6 million from BMZ, the three-year programme will ...")
                holding = [scope for scope in told if (s0, s1) in scope.sentences]
                if len(told) == 1 or len(holding) == 1:
                    funding.recipient_title = (told if len(told) == 1 else holding)[0].named.title
                else:
                    # "La construcción del centro fue financiada por …": the one centre told of
                    named = _anaphor_of(page, told, s0, funding.amount.start)
                    funding.recipient_title = named.named.title if named else None
            extraction.fundings.append(funding)
        extraction.publications.extend(find_publications(page, body))
    extraction.events = one_per_title(extraction.events)
    _events_not_initiatives(page, extraction)
    funders_from_fundings(page, extraction.initiatives, extraction.fundings)
    drop_donor_funds(extraction)
    if page.text and page.text.rstrip()[-1:].isalnum():
        extraction.warnings.append("text ends mid-sentence: the document is probably cut")
