"""Classify a document and run the extractor for its kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from return_atlas.classify import classify
from return_atlas.extract.drafts import Extraction, Kind
from return_atlas.extract.news_release import extract_news_release
from return_atlas.extract.office_page import extract_office_page
from return_atlas.extract.practice_page import extract_practice_page
from return_atlas.extract.project_page import extract_project_page
from return_atlas.extract.prose_lexicon import lexicon
from return_atlas.normalise import grammar
from return_atlas.normalise.text import fold_same_length
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
    kind, language = classify(document.text)
    extractor = EXTRACTORS.get(kind)
    if extractor is None:
        return Extraction(kind=kind, language=language)
    extraction = extractor(document, language)
    extraction.kind = kind
    extraction.language = language
    _drop_sentences(extraction)
    return extraction


def _drop_sentences(extraction: Extraction) -> None:
    """Leave out the initiatives whose title is a sentence, not a name.

    A headline or an opening line taken for a title ("L'OIM et l'Union européenne lancent un
    projet …", "Introduction: The region has witnessed …") holds a verb after its subject;
    names of initiatives hold none ("Development of a Regional Plan …").
    """
    kept = []
    for draft in extraction.initiatives:
        verb = sentence_verb(draft.title.value)
        if verb is None:
            kept.append(draft)
        else:
            extraction.warnings.append(
                f"a sentence, not a name, left out as an initiative ({verb!r}): "
                f"{draft.title.value[:80]!r}"
            )
    extraction.initiatives = kept


_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 4


def sentence_verb(title: str) -> str | None:
    """The verb that makes ``title`` a sentence: a lower-case verb of being, having or
    doing ("is", "lancent", "apoya") after its first word and not after a relative pronoun
    ("… que apoya …" is a name's clause). None for a name."""
    words = list(_WORD.finditer(title))
    if len(words) < _MIN_WORDS:
        return None
    verbs, relatives = _clause_words()
    for before, m in pairwise(words):
        word = m.group()
        if (
            word.islower()
            and fold_same_length(word) in verbs
            and title[m.start() - 1] not in "'’"  # "programme d'aide": a noun after an elision
            and fold_same_length(before.group().lower()) not in relatives
        ):
            return word
    return None


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that follow a subject (every language), without "a": folded, the French verb
    reads as the preposition "à" and the English article; and the relative pronouns."""
    verbs = lexicon(None).tokens["subject_verb"] - {"a"}
    return frozenset(verbs), grammar.words("relative")
