"""Classify a document and run the extractor for its kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from return_atlas.classify import classify_page
from return_atlas.classify.kind import office_card
from return_atlas.classify.layout import BULLETS, split_lines
from return_atlas.extract.agreement import find_agreement
from return_atlas.extract.drafts import Extraction, Kind, Spanned
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.extract.prose_facts import FIGURE
from return_atlas.extract.prose_lexicon import LANGS, PEOPLE_ROLES, lexicon
from return_atlas.normalise import grammar
from return_atlas.normalise.countries import find_countries
from return_atlas.normalise.text import fold_same_length
from return_atlas.normalise.vocab import exact
from return_atlas.read.document import Document

Extractor = Callable[[Document, str], Extraction]

EXTRACTORS: dict[Kind, Extractor] = {
    "project_page": extract_project_page,
    "office_page": extract_office_page,
    "news_release": extract_news_release,
    "practice_page": extract_practice_page,
}


def extract_document(document: Document) -> Extraction:
    """Everything the converter finds in ``document``: its kind, language and draft records."""
    kind, language, cued = classify_page(document.text)
    extractor = EXTRACTORS.get(kind)
    if extractor is None:
        return _agreement_only(Extraction(kind=kind, language=language), document)
    card = kind == "office_page" and office_card(split_lines(document.text))
    # an office's card of labels is read as a project page's card is
    extraction = (extract_project_page if card else extractor)(document, language)
    if (
        kind == "office_page"
        and not card
        and (
            not extraction.initiatives or not (cued or _projects_headed(document.text, extraction))
        )
    ):
        # no project found, or a page of no cue whose only project is its title: a story
        extraction = _as_prose(document, language, extraction)
    extraction.kind = kind
    extraction.language = language
    _drop_non_names(extraction)
    if kind == "office_page":
        _status_headings(document.text, language, extraction)
    if kind == "office_page" and not extraction.initiatives:
        # read as an office's page and as a story, it names no project or programme: an
        # office page describes its projects, so this is a page of another kind: a story
        # when it tells how many people returned, else a thematic page, a landing page, a
        # leaflet
        extraction.kind = "news_release" if extraction.returns else "other"
    if extraction.kind == "other":
        return _agreement_only(extraction, document)
    return extraction


def _agreement_only(extraction: Extraction, document: Document) -> Extraction:
    """A page of another kind, with the agreement with IOM that a gazette's page publishes
    under its heading as its one initiative, when it has such a heading (see
    :mod:`~return_atlas.extract.agreement`)."""
    agreement = find_agreement(document.text)
    if agreement is not None:
        extraction.title = agreement.title
        extraction.initiatives = [agreement]
    return extraction


def _status_headings(text: str, language: str, extraction: Extraction) -> None:
    """Give each initiative with no status of its own the status of the last heading above
    its name that is a plural initiative word and a status: an office's page that lists its
    projects under "Completed Projects", "Projets en cours", "Proyectos finalizados"."""
    headings = [
        (line.start, line.end, status)
        for line in split_lines(text)
        if (status := _heading_status(line.text, language)) is not None
    ]
    if not headings:
        return
    for draft in extraction.initiatives:
        if draft.status is None:
            above = [h for h in headings if h[1] <= draft.title.start]
            if above:
                start, end, status = above[-1]
                draft.status = Spanned(status, start, end)


def _heading_status(line: str, language: str) -> str | None:
    """The status a line such as "Completed Projects" or "Projets en cours" gives."""
    words = line.split()
    if not _HEADING_WORDS[0] <= len(words) <= _HEADING_WORDS[1]:
        return None
    initiative_words = lexicon(language).initiative_words
    for k in (0, len(words) - 1):  # the initiative word opens or ends the heading
        word = initiative_words.get(fold_same_length(words[k]).lower())
        if word is not None and word[1]:  # a plural: projects listed under it
            rest = words[1:] if k == 0 else words[:-1]
            return exact("status", " ".join(rest), language)
    return None


_HEADING_WORDS = (2, 4)
"""Words of a heading that gives the projects under it a status."""


def _projects_headed(text: str, office: Extraction) -> bool:
    """True when the office reader found a project under a heading of its own (a line that
    opens with its name: "Programa de Retorno Voluntario Productivo (PRVP) (marzo 2010 -
    febrero 2012)"), or named by the page's title and named again below it ("EU-Return and
    Reintegration III" / "The EU-Return and Reintegration III contributes …"). A page whose
    only project is its title, never named again, is a story under a headline ("Embajada de
    Colombia participa en la presentación de resultados del Programa …")."""
    title = office.title
    for draft in office.initiatives:
        at = draft.title.start
        if title is not None and at == title.start:
            if draft.title.value.casefold() in text[title.end :].casefold():
                return True
        elif not text[text.rfind("\n", 0, at) + 1 : at].strip(f" \t{BULLETS}"):
            return True  # (a bullet may stand before a heading's name on its line)
    return False


def _as_prose(document: Document, language: str, office: Extraction) -> Extraction:
    """What an office page says in prose, read as a release's story is, under the page's own
    title: a page with no project heading or project name (an office's or a university's
    account of one project's launch: "A new project entitled ‘…’ was launched on 25 May 2019
    at …"), or a page of no cue whose only project is its title (see
    :func:`_projects_headed`)."""
    prose = extract_news_release(document, language)
    prose.title = office.title
    prose.published = office.published or prose.published
    prose.warnings[:0] = office.warnings
    return prose


def _drop_non_names(extraction: Extraction) -> None:
    """Leave out the initiatives whose title cannot be a name (see :func:`not_a_name`); one
    with a project code or PRIMA id is known by it, whatever its title reads."""
    kept = []
    for draft in extraction.initiatives:
        coded = draft.iom_project_code is not None or draft.prima_id is not None
        why = None if coded else not_a_name(draft.title.value)
        if why is None:
            kept.append(draft)
        else:
            extraction.warnings.append(
                f"{why}, not a name, left out as an initiative: {draft.title.value[:80]!r}"
            )
    extraction.initiatives = kept


def not_a_name(title: str) -> str | None:
    """Why ``title`` cannot name an initiative, or None when it can.

    - a sentence: a headline or an opening line taken for a title holds a verb after its
      subject ("L'OIM et l'Union européenne lancent un projet …", "Introduction: The region
      has witnessed …"); names hold none ("Development of a Regional Plan …");
    - a clause: it opens with a subordinating conjunction ("While the EU Strategy …");
    - a mention: an article and one word ("Le projet", "the programme") refer to a name;
    - a list of countries and nothing else ("Burkina Faso, Cameroon, Chad");
    - a description: an initiative word and nationalities ("German project");
    - sentences glued together ("Reintegration.Through the proposed project, IOM …"), or
      a card's line of labels and values ("Funded by: … Implementing Partner: …");
    - a person: a word of a person's office ("Giannis Mouzalas Minister of Migration Policy");
    - a headline: a figure that counts people ("1,574 Migrants Have Completed …");
    - a figure: digits with scale words and currencies ("4.6 million", a key figure's value);
    - a fragment: three characters or fewer ("VI" of "RRK VI", "ER" of "REMA(K)ER", an
      acronym alone whose name the page does not write), or no letter at all ("1024").

    None of the titles of the expected files is any of these.
    """
    words = _WORD.findall(title)
    if len(title.strip()) <= _SHORTEST_NAME or not words:
        return "a fragment"
    if FIGURE.search(title) and all(fold_same_length(w) in _figure_words() for w in words):
        return "a figure"  # "4.6 million", "USD 168.7 million": a key figure's value
    _, _, subordinators, definite = _clause_words()
    opening = fold_same_length(" ".join(words[:2]))
    if fold_same_length(words[0]) in subordinators or opening in subordinators:
        return "a clause"  # "While …", "Bien que …"
    if len(words) == 2 and fold_same_length(words[0]) in definite:
        return "a mention"
    if verb := sentence_verb(title):
        return f"a sentence ({verb!r})"
    if any(fold_same_length(word.lower()) in _grammar_words("office_holder") for word in words):
        return "a person"  # "Giannis Mouzalas Minister of Migration Policy"
    if _counts_people(title):
        return "a headline"  # "1,574 Migrants Have Completed Reintegration Process"
    if _GLUED_SENTENCE.search(title):
        return "sentences"  # "… and Reintegration.Through the proposed project, IOM …"
    if len(_INLINE_LABEL.findall(title)) >= _CARD_LABELS:
        return "a card"  # "(April 2017—April 2022) Funded by: … Implementing Partner: …"
    if _places_only(title):
        return "a list of countries"
    if _whose_only(words):
        return "a description"
    return None


def _whose_only(words: list[str]) -> bool:
    """True when the words of a title are nationalities, perhaps with an initiative word ("German
    project", "proyecto alemán": the project of a country, told of, not named)."""
    lex = lexicon(None)
    folded = [fold_same_length(word.lower()) for word in words]
    heads = [word for word in folded if word in lex.initiative_words]
    articles = lex.tokens["article"] | lex.tokens["definite"]
    rest = [word for word in folded if word not in lex.initiative_words and word not in articles]
    return (
        len(heads) <= 1
        and bool(rest)
        and all(any(group == "demonym" for group, _ in lex.phrases.get(w, ())) for w in rest)
    )


def _places_only(title: str) -> bool:
    """True when ``title`` holds countries and nothing else but commas, joining words and
    articles ("Burkina Faso, Cameroon, Chad, Niger (the), Nigeria, Senegal": a card's list
    of countries read as a name)."""
    found = find_countries(title)
    if len(found) < _MIN_PLACES:
        return False
    rest = title
    for _, a, b in reversed(found):
        rest = rest[:a] + " " + rest[b:]
    joining = _grammar_words("and", "article")
    return all(fold_same_length(word) in joining for word in _WORD.findall(rest))


_MIN_PLACES = 2


@cache
def _figure_words() -> frozenset[str]:
    """Folded words that may stand beside a figure in every language: scale words and
    currencies ("million", "millones", "USD", "euros")."""
    currencies = _phrase_words(lambda group, _: group == "currency")
    return frozenset(fold_same_length(w) for w in grammar.words("scale") | currencies)


_FIGURE_AND_WORD = re.compile(rf"{FIGURE.pattern}\s+([^\W\d_]+)")


def _counts_people(title: str) -> bool:
    """True when a figure in ``title`` counts people ("1,574 Migrants Have Completed …", "IOM
    assisted 92 migrants …"): a headline reports, a name does not (no title of the expected
    files holds one)."""
    return any(
        fold_same_length(m.group(1).lower()) in _people_words()
        for m in _FIGURE_AND_WORD.finditer(title)
    )


@cache
def _people_words() -> frozenset[str]:
    """Folded words for people, in every language ("migrants", "returnees", "personas")."""
    words = _phrase_words(lambda group, value: group == "cue" and value in PEOPLE_ROLES)
    return frozenset(phrase for phrase in words if " " not in phrase)


def _phrase_words(wanted: Callable[[str, str], bool]) -> frozenset[str]:
    """The folded phrases of every language's lexicon with a (group, value) that ``wanted``
    accepts."""
    return frozenset(
        phrase
        for phrase, groups in lexicon(None).phrases.items()
        if any(wanted(group, value) for group, value in groups)
    )


_GLUED_SENTENCE = re.compile(r"[^\W\d_]{3}\.[^\W\d_][^\W\d_]{2,} ")
"""A sentence's full stop with the next sentence glued to it ("Reintegration.Through the")."""
_INLINE_LABEL = re.compile(r"[^\W\d_]:\s")
_CARD_LABELS = 2
"""Labels in a line of a project card ("Funded by: … Implementing Partner: …"): a name holds
one colon at most ("ERA Project: High Demand for …")."""


@cache
def _grammar_words(*roles: str) -> frozenset[str]:
    """Folded words of grammar ``roles`` in every language: "and" and "article" may stand
    between the countries of a list, "office_holder" names a person's office ("minister",
    "embajador")."""
    return frozenset(fold_same_length(word) for word in grammar.words(*roles))


_SHORTEST_NAME = 3
"""Characters of the longest title that is no name on its own."""
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 4


def sentence_verb(title: str) -> str | None:
    """The verb that makes ``title`` a sentence: a lower-case verb of being, having or
    doing ("is", "lancent", "apoya") after its first word and not after a relative pronoun
    ("… que apoya …" is a name's clause). None for a name."""
    words = list(_WORD.finditer(title))
    if len(words) < _MIN_WORDS:
        return None
    verbs, relatives, _, _ = _clause_words()
    participles, endings = _participles()
    for before, m in pairwise(words):
        word = m.group()
        folded = fold_same_length(word)
        if (
            word.islower()
            and folded in verbs
            and title[m.start() - 1] not in "'’-"  # "programme d'aide", "du nord-est"
            and not (folded in participles and word.endswith(endings))  # "crime organisé"
            and fold_same_length(before.group().lower()) not in relatives
        ):
            return word
    return None


@cache
def _participles() -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded verbs of the languages that mark a participle by an ending lost in folding
    ("organise" and "organisé"), and those endings as written."""
    langs = [lang for lang in LANGS if lexicon(lang).tokens["participle_suffix"]]
    return (
        frozenset().union(*(lexicon(lang).tokens["subject_verb"] for lang in langs)),
        tuple(sorted(set().union(*(lexicon(lang).tokens["participle_suffix"] for lang in langs)))),
    )


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Folded words of every language: verbs that follow a subject, without "a" (the French
    verb reads as the preposition "à" and the English article), relative pronouns,
    subordinating conjunctions and definite determiners."""
    lex = lexicon(None)
    return (
        frozenset(lex.tokens["subject_verb"] - {"a"}),
        grammar.words("relative"),
        grammar.words("subordinator"),
        frozenset(lex.tokens["definite"]),
    )
