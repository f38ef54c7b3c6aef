"""Extract the one project of an IOM project page, whatever its layout.

Layouts seen: "• Label" with the value on the next indented line (or no value: the next line
is another label); "-" lines between label and value lines; "Label - value" / "Label: value"
on one line; and the label-less developmentfund.iom.int layout, where the title is followed
by bare value lines (region, project code, PRIMA id, budget, countries, project type,
coverage, status) recognised by their shape and vocabulary. Labels in three languages are
data (``data/lang/<lang>/project_labels.csv``).
"""

from __future__ import annotations

import re
from functools import cache

from return_atlas.classify._data import LANGS, lang_lines, lang_rows
from return_atlas.classify.kind import (
    BARE_AMOUNT,
    PRIMA_ID,
    PROJECT_CODE,
    label_field,
    project_labels,
)
from return_atlas.classify.layout import Line, body_start, is_menu_item, simple_fold, split_lines
from return_atlas.extract.drafts import Extraction, InitiativeDraft, Spanned
from return_atlas.extract.prose import Page, read_page
from return_atlas.extract.prose_events import Story, find_events
from return_atlas.extract.prose_facts import find_fundings, find_returns
from return_atlas.extract.prose_initiatives import is_iom, prose_budget
from return_atlas.extract.prose_lexicon import lexicon, pfold
from return_atlas.extract.prose_tokenizer import Tok, tokenize
from return_atlas.extract.prose_tokens import capture_orgs
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.dates import find_period, parse_partial_date
from return_atlas.normalise.money import find_amounts, parse_number
from return_atlas.normalise.text import clean_title, fold_same_length
from return_atlas.normalise.vocab import lookup
from return_atlas.read.document import Document

_GLUED_TITLES = re.compile(r"[a-zà-ÿ]{3}(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CURRENCY_IN_LABEL = re.compile(r"\(([A-Z]{3})\)")
_DEBRIS = re.compile(r"[<>]|\"\w+[-\w]*\"")
_TITLE_EDGES = re.compile(r"[\s\-–—•·*>:;,.|]*(?P<title>.*?)[\s\-–—•·*>:;,.|]*", re.DOTALL)
_BRACKETED = re.compile(r"\([^()]{0,60}\)")
_MIN_COUNTRY_COVER = 0.6
"""Share of a countries value that country names must cover (else it is not a list)."""
_MAX_VALUE_WORDS = 25
_SUMMARY_WORDS = 8
_SUMMARY_CHARS = 500
_BARE_MAX_LINES = 14
_BARE_VALUE_WORDS = 12
"""A bare value line (region, code, type …) is short; a longer line starts the body."""


@cache
def _inline_label() -> re.Pattern[str]:
    """``Label - value`` / ``Label: value`` on one folded line, every label of every language."""
    labels = {
        fold_same_length(row["label"])
        for lang in LANGS
        for row in lang_rows(lang, "project_labels.csv")
    }
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?P<label>{alternation})\s*(?:[-–—:]|\s-\s)\s*(?P<value>\S.*)$")


@cache
def _label_first_words() -> frozenset[str]:
    """First folded word of every label: a line starting otherwise holds no inline label."""
    return frozenset(label.split(" ", 1)[0] for label in project_labels())


@cache
def _function_words() -> frozenset[str]:
    """Stopwords of every language: a title ending in one was cut."""
    return frozenset(
        simple_fold(word) for lang in LANGS for word in lang_lines(lang, "stopwords.txt")
    )


def _spanned_line(line: Line) -> Spanned[str]:
    return Spanned(line.content, line.content_start, line.content_start + len(line.content))


class _Builder:
    """Collects the fields of one project, with their spans and warnings."""

    def __init__(self, doc_text: str, lang: str) -> None:
        self.text = doc_text
        self.lang = lang
        self.fields: dict[str, Spanned[object]] = {}
        self.countries: list[Spanned[str]] = []
        self.funders: list[Spanned[str]] = []
        self.warnings: list[str] = []

    def _set(self, name: str, value: object, start: int, end: int) -> None:
        if name not in self.fields:
            self.fields[name] = Spanned(value, start, end)

    def add(self, field: str, label: str, value: Spanned[str]) -> bool:
        """Read ``value`` as the ``field`` labelled ``label``; False when it does not fit."""
        raw, start, end = value.value.strip(), value.start, value.end
        if field == "project_type" and lookup("status", raw, self.lang):
            field = "status"  # Spanish pages write the status under a first "Tipo de proyecto"
        if field in ("start", "end"):
            date = parse_partial_date(raw, self.lang)
            if date is None:
                return False
            self._set(field, date, start, end)
        elif field == "period":  # "Start and End Date" / "1 March 2017 – 31 December 2022"
            period = find_period(raw, self.lang)
            if period is None or period[0] is None or period[1] is None:
                return False
            self._set("start", period[0], start, end)
            self._set("end", period[1], start, end)
        elif field == "year":
            if not _YEAR.match(raw):
                return False
            self._set("year", int(raw), start, end)
        elif field == "budget":
            return self._budget(label, raw, start, end)
        elif field in ("status", "coverage", "iom_region"):
            code = lookup(field, raw, self.lang)
            if code is None:
                return False
            self._set(field, code, start, end)
        elif field == "project_type":
            if len(raw.split()) > _MAX_VALUE_WORDS or raw.endswith("."):
                return False
            canonical = lookup("project_type", raw, self.lang)
            if canonical is None:
                # Consumed but not kept: the codelist is the contract; a new type is a row
                # to add to codelists/project_types.csv, and the warning says which.
                self.warnings.append(f"project type not in the codelist, left out: {raw!r}")
            else:
                self._set("project_type", canonical, start, end)
        elif field in ("iom_project_code", "prima_id"):
            if len(raw.split()) != 1:
                return False
            self._set(field, raw, start, end)
        elif field == "countries":
            return self._countries(raw, start)
        elif field == "funders":
            for part in re.finditer(r"[^,;]+", raw):
                name = part.group().strip()
                if name:
                    offset = start + part.start() + part.group().find(name)
                    self.funders.append(Spanned(name, offset, offset + len(name)))
        return True

    def _budget(self, label: str, raw: str, start: int, end: int) -> bool:
        amounts = find_amounts(raw, self.lang)
        if amounts:
            amount, currency, _, _ = amounts[0]
        else:
            number = parse_number(raw, self.lang)
            if number is None or not re.fullmatch(r"[\d.,\s\u00a0]+", raw):
                return False
            amount = number
            stated = _CURRENCY_IN_LABEL.search(label)
            currency = stated.group(1) if stated else "USD"
        self._set("budget_amount", amount, start, end)
        self._set("budget_currency", currency, start, end)
        return True

    def _countries(self, raw: str, start: int) -> bool:
        found = find_countries(raw)
        covered = sum(end - begin for _, begin, end in found)
        # a bracketed qualifier is part of a name: "Bolivia (Estado Plurinacional de)"
        letters = len(_BRACKETED.sub("", raw).replace(" ", ""))
        if not found or covered < _MIN_COUNTRY_COVER * letters:
            return False
        text_end = len(self.text.rstrip())
        seen = {country.value for country in self.countries}
        for code, begin, end in found:
            if start + end >= text_end and end == len(raw):
                self.warnings.append(f"last country name may be cut by the end of the text: {code}")
                continue
            if code not in seen:
                seen.add(code)
                self.countries.append(Spanned(code, start + begin, start + end))
        leftover = re.sub(r"\s+", " ", _BRACKETED.sub("", _strip_spans(raw, found))).strip(" ,;")
        if leftover:
            self.warnings.append(
                f"words in the countries field not read as a country: {leftover!r}"
            )
        return True

    def initiative(self, title: Spanned[str], truncated: bool) -> InitiativeDraft:
        """The project as an initiative draft."""
        draft = InitiativeDraft(title=title, initiative_type="project", title_truncated=truncated)
        for name, value in self.fields.items():
            setattr(draft, name, value)
        draft.countries = self.countries
        draft.funders = self.funders
        return draft


def _strip_spans(text: str, spans: list[tuple[str, int, int]]) -> str:
    pieces, position = [], 0
    for _, start, end in spans:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return " ".join(pieces)


def _label_of(line: Line) -> tuple[str, str, Spanned[str] | None] | None:
    """(field, label, inline value) when the line is a field label, else None."""
    field = project_labels().get(line.key.rstrip(" :"))
    if field is not None:
        return field, line.content, None
    if line.key.split(" ", 1)[0] not in _label_first_words():
        return None
    match = _inline_label().match(fold_same_length(line.content))
    if match is None:
        return None
    label = line.content[: match.end("label")]
    field = label_field(label)
    if field is None:
        return None
    value_start = line.content_start + match.start("value")
    value = line.content[match.start("value") :]
    return field, label, Spanned(value, value_start, value_start + len(value))


def _title(lines: list[Line], index: int, doc_text: str) -> tuple[Spanned[str], bool] | None:
    """The title on line ``index``: a glued second title dropped, trailing dots removed."""
    line = lines[index]
    if is_menu_item(line) or line.text in ("-", "–"):
        return None
    content = line.content
    glued = _GLUED_TITLES.search(content)
    if glued:
        content = content[: glued.end()]
    edges = _TITLE_EDGES.fullmatch(content)
    title = edges.group("title") if edges else ""
    if not clean_title(title):
        return None
    offset = line.content_start + (edges.start("title") if edges else 0)
    last_word = simple_fold(title.split()[-1])
    truncated = (
        last_word in _function_words()
        or bool(_DEBRIS.search(title))
        or line.end >= len(doc_text.rstrip())
    )
    return Spanned(title, offset, offset + len(title)), truncated


def _summary(lines: list[Line], after: int) -> Spanned[str] | None:
    """The first paragraph after line ``after``, cut to about 500 characters at a word."""
    for line in lines[after + 1 :]:
        if len(line.content.split()) >= _SUMMARY_WORDS and not is_menu_item(line):
            text = line.content
            if len(text) > _SUMMARY_CHARS:
                text = text[:_SUMMARY_CHARS].rsplit(" ", 1)[0]
            return Spanned(text, line.content_start, line.content_start + len(text))
    return None


def _labelled(
    lines: list[Line],
    labels: list[int],
    found_labels: dict[int, tuple[str, str, Spanned[str] | None] | None],
    builder: _Builder,
) -> int:
    """Read every labelled field; returns the index of the last line used."""
    last = labels[-1]
    label_set = set(labels)
    used = set(labels)
    for index in labels:
        found = found_labels[index]
        if found is None:
            continue
        field, label, inline = found
        if inline is not None:
            if not builder.add(field, label, inline):
                builder.warnings.append(f"unparsed value for {label!r}: {inline.value!r}")
            continue
        following = index + 1
        if following >= len(lines) or following in label_set:
            continue
        candidate = lines[following]
        if candidate.text in ("-", "–") or candidate.bullet == "•":
            continue
        if builder.add(field, label, _spanned_line(candidate)):
            used.add(following)
            last = max(last, following)
            if field == "countries":
                last = max(last, _more_countries(lines, following, label_set, builder, used))
        elif len(candidate.content.split()) <= _MAX_VALUE_WORDS:
            builder.warnings.append(f"unparsed value for {label!r}: {candidate.content!r}")
            used.add(following)
            last = max(last, following)
    for index in range(labels[0], labels[-1]):
        line = lines[index]
        if index not in used and line.text not in ("-", "–"):
            builder.warnings.append(f"unknown label or stray line in the fields: {line.content!r}")
    return last


def _more_countries(
    lines: list[Line], first: int, labels: set[int], builder: _Builder, used: set[int]
) -> int:
    """Read the countries written one to a line after a countries label's first value line.

    A line goes on the list while it is no label, as indented as the first and short, and
    mostly country names (see _Builder._countries); returns the index of the last one read.
    """
    last = first
    indent = lines[first].indent
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if (
            index in labels
            or line.bullet
            or line.indent != indent
            or line.words > _BARE_VALUE_WORDS
            or not builder.add("countries", "", _spanned_line(line))
        ):
            break
        used.add(index)
        last = index
    return last


def _bare(lines: list[Line], first: int, builder: _Builder) -> int:
    """Read the label-less developmentfund value lines after the title; returns the last used."""
    last = first - 1
    for index in range(first, min(len(lines), first + _BARE_MAX_LINES)):
        line = lines[index]
        content = line.content
        value = _spanned_line(line)
        if line.words > _BARE_VALUE_WORDS or content.endswith("."):
            if line.words <= _MAX_VALUE_WORDS and builder.add("countries", "", value):
                last = index
                continue
            break
        if PROJECT_CODE.match(content):
            builder.add("iom_project_code", "", value)
        elif PRIMA_ID.match(content):
            builder.add("prima_id", "", value)
        elif BARE_AMOUNT.match(content):
            builder.add("budget", "", value)
        elif (
            "iom_region" not in builder.fields
            and "iom_project_code" not in builder.fields
            and (lookup("iom_region", content, builder.lang))
        ):
            builder.add("iom_region", "", value)
        elif lookup("status", content, builder.lang) and "status" not in builder.fields:
            builder.add("status", "", value)
        elif lookup("coverage", content, builder.lang) and "coverage" not in builder.fields:
            builder.add("coverage", "", value)
        elif builder.add("countries", "", value):
            pass
        elif (
            "project_type" not in builder.fields
            and line.words <= _BARE_VALUE_WORDS
            and ({"iom_project_code", "prima_id", "budget_amount"} & set(builder.fields))
        ):
            builder.add("project_type", "", value)
        else:
            builder.warnings.append(f"unrecognised line in the project fields: {content!r}")
            continue
        last = index
    return last


def extract_project_page(doc: Document, lang: str) -> Extraction:
    """The one project of a project page, every value with its span in ``doc.text``."""
    text = doc.text
    lines = split_lines(text)
    extraction = Extraction(kind="project_page", language=lang)
    builder = _Builder(text, lang)
    start = body_start(lines)
    found_labels = {index: _label_of(lines[index]) for index in range(start, len(lines))}
    labels = [index for index, found in found_labels.items() if found]
    title_index: int | None = None
    if labels:
        for index in range(labels[0] - 1, start - 1, -1):
            if lines[index].text not in ("-", "–"):
                title_index = index
                break
        last = _labelled(lines, labels, found_labels, builder)
    else:
        title_index = start if start < len(lines) else None
        first_value = title_index + 1 if title_index is not None else len(lines)
        while (
            title_index is not None
            and first_value < len(lines)
            and lines[first_value].content == lines[title_index].content
        ):
            first_value += 1
        last = _bare(lines, first_value, builder)
    found = _title(lines, title_index, text) if title_index is not None else None
    if found is None:
        extraction.warnings.append("no project title found (text cut before it?)")
        extraction.warnings.extend(builder.warnings)
        return extraction
    title, truncated = found
    draft = builder.initiative(title, truncated)
    draft.summary = _summary(lines, max(last, title_index or 0))
    extraction.title = title
    extraction.initiatives.append(draft)
    extraction.warnings.extend(builder.warnings)
    after = max(last, title_index or 0) + 1
    if after < len(lines):
        try:
            _body_facts(text, lines[after].start, lang, title.value, extraction)
        except Exception as error:  # the fields are read: a prose failure must not lose them
            extraction.warnings.append(f"project description reading stopped early: {error!r}")
    return extraction.tidy()


_NUMBER_IN_BODY = re.compile(r"\d\d")
"""Every event date, return figure and amount of a description holds two digits in a row."""


def _body_facts(text: str, start: int, lang: str, title: str, extraction: Extraction) -> None:
    """Events, return figures and fundings that the description after the fields reports.

    The fields are blanked (same offsets) so that only the free text is read as prose.
    """
    numbers = _NUMBER_IN_BODY.search(text, start) is not None
    if not numbers and _funding_words(lang).search(pfold(text[start:])) is None:
        return
    page = read_page(_BLANK.sub(" ", text[:start]) + text[start:], lang)
    sentences = page.sentences(start)
    if extraction.initiatives:
        _body_funders(page, sentences, extraction.initiatives[0])
    if not numbers:
        return
    if extraction.initiatives and extraction.initiatives[0].budget_amount is None:
        # an empty "Budget Amount (USD)" label, and "The project budget is USD 49,983." below
        prose_budget(page, sentences, extraction.initiatives[0])
    countries = extraction.initiatives[0].countries if extraction.initiatives else []
    for event in find_events(page, Story(start, len(text)), sentences):
        if event.start or event.city:  # a project's activities in general are not events
            event.initiative_title = title
            if event.city and event.country is None and len(countries) == 1:
                # "à Ziguinchor" in a project of Senegal: a town of the project's one country
                event.country = Spanned(countries[0].value, event.city.start, event.city.end)
            extraction.events.append(event)
    extraction.returns.extend(find_returns(page, sentences))
    for funding in find_fundings(page, sentences):
        funding.recipient_title = title
        extraction.fundings.append(funding)


_BLANK = re.compile(r"[^\n]")


@cache
def _funding_words(lang: str | None) -> re.Pattern[str]:
    """The first words of the language's funding cues ("funded", "financiado"), folded: a
    quick test that a description may name its funder."""
    lex = lexicon(lang)
    articles = lex.tokens["article"]
    words = {
        # the first word past an article: "le financement a été assuré par" → "financement"
        next((w for w in phrase.split() if w not in articles), phrase.split()[0])
        for phrase, values in lex.phrases.items()
        if ("cue", "funding") in values
    }
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")


_SUBJECT_GAP = re.compile(r"[\s,]*(?:[\w']+\s+){0,3}$")
"""Between "the project" and its funding cue: "is", "has been", "a été", "," ..."""


def _body_funders(page: Page, sentences: list[tuple[int, int]], draft: InitiativeDraft) -> None:
    """Funders the description gives the project itself: "The project is funded by X", "El
    proyecto, financiado por X, …", "Financé par X, le projet …"."""
    for s0, s1 in sentences:
        for hit in page.hits.within("cue:funding", s0, s1):
            toks = tokenize(page, hit.end, s1)
            orgs = capture_orgs(page, toks, 0)
            if not orgs or not (
                _the_project_before(page, s0, hit.start)
                or _the_project_after(page, s0, hit.start, orgs[-1][1], s1)
            ):
                continue
            for a, b in orgs:
                name = clean_title(page.text[a:b])
                if is_iom(page, a, b) or any(
                    pfold(f.value).casefold() == pfold(name).casefold() for f in draft.funders
                ):
                    continue
                draft.funders.append(Spanned(name, a, b))


def _project_word(page: Page, toks: list[Tok]) -> bool:
    """True when ``toks`` end with "the/this project" (an article, a lower-case project word)."""
    if len(toks) < 2:
        return False
    word = page.lex.initiative_words.get(toks[-1].low)
    return (
        word is not None
        and not word[1]
        and toks[-1].text.islower()
        and toks[-2].low in page.lex.tokens["article"] | page.lex.tokens["definite"]
    )


def _the_project_before(page: Page, s0: int, pos: int) -> bool:
    """True when the cue at ``pos`` follows "the project", or a pronoun opening the sentence
    ("It is co-funded by"), and at most a few words."""
    toks = [t for t in tokenize(page, s0, pos) if t.word]
    if (
        toks
        and toks[0].low in page.lex.tokens["pronoun"]
        and toks[0].start == s0
        and _SUBJECT_GAP.fullmatch(page.text, toks[0].end, pos) is not None
    ):
        return True
    for k in range(len(toks), max(0, len(toks) - 4), -1):
        if _project_word(page, toks[:k]):
            return _SUBJECT_GAP.fullmatch(page.text, toks[k - 1].end, pos) is not None
    return False


def _the_project_after(page: Page, s0: int, pos: int, org_end: int, s1: int) -> bool:
    """True for a cue opening the sentence whose subject, after the funder, is the project:
    "Funded by the IOM Development Fund, the project …"."""
    if page.text[s0:pos].strip(" \"“«'"):
        return False
    toks = [t for t in tokenize(page, org_end, s1)[:4] if t.word]
    return any(_project_word(page, toks[: k + 1]) for k in range(1, len(toks)))
