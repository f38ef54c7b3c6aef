"""The fast paths of classify, normalise and the prose extractors agree with plain versions.

Each fast routine (folding by ``str.replace`` per distinct character, tokens made chunk by
chunk with C-level maps, word marks tested before tokenising, literal-first patterns ...) is
checked against the straightforward code it stands for, written out here as the reference.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from return_atlas.classify import kind, language, layout
from return_atlas.classify._data import LANGS
from return_atlas.extract import prose_facts, prose_tokenizer
from return_atlas.extract.prose import _LOWER, _UPPER, _YEAR, is_acronym, read_page, shouting
from return_atlas.extract.prose_tokenizer import Tok, has_word, tokenize
from return_atlas.generate.csvio import to_row
from return_atlas.models import RESOURCES
from return_atlas.models.types import FORMULA_STARTS
from return_atlas.normalise import countries, dates, text, vocab
from return_atlas.package import writer
from return_atlas.resolve import ids
from tests.strategies import record_dicts

_PIECES = [
    "l'OIM", "d’appui", "qu'il", "L'Europe", "IOM's", "EU’s", "AB's", "the project", "Projet",
    "programme", "red", "fund-raising", "REAG/GARP", "U.S.", "1,000", "2019", "(IOM)", "«", "»",
    "“x”", "‘", "´", "ʼ", "–", "—", "-", "_", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "İ", "ŉ",
    "Σ", "œuvre", "Æ", "Costa  Rica", "Côte d'Ivoire", "Mali", "Objectif 21", "ẞ", "x" * 300,
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=40).map("".join)


def _reference_fold(s: str) -> str:
    """normalise.text.fold_same_length as first written: translate after lower-casing."""
    lowered = s.lower()
    if len(lowered) != len(s):
        return s.translate(text._TABLE)
    return lowered.translate(text._TABLE)


@given(TEXTS)
@example("İstanbul – l’été")
def test_fold_same_length_matches_translate(s: str) -> None:
    assert text.fold_same_length(s) == _reference_fold(s)
    assert text.fold_same_length(s * 40) == _reference_fold(s * 40)  # the cached long path


@given(TEXTS)
@example("ŉ é ʼ")
def test_layout_fold_matches_translate(s: str) -> None:
    lowered = s.lower()
    expected = (
        s.translate(layout._FOLD)
        if len(lowered) != len(s)
        else re.sub(r"[^\x00-\x7f]+", lambda m: m.group().translate(layout._FOLD), lowered)
    )
    assert layout.fold_same_length(s) == expected


def test_no_whitespace_after_the_last_one_clean_title_knows() -> None:
    last = text._LAST_SPACE
    assert not any(chr(code).isspace() for code in range(last + 1, sys.maxunicode + 1))


@given(TEXTS)
def test_clean_title_matches_the_edge_pattern(s: str) -> None:
    assert text.clean_title(s) == text._SPACE_RUN.sub(" ", text._TITLE_EDGES.sub("", s))


def _reference_tokens(page_text: str, folded: str) -> list[Tok]:
    """Every token, one Python step per match, as the tokeniser was first written."""
    out: list[Tok] = []
    for m in prose_tokenizer._TOK.finditer(page_text):
        prose_tokenizer._word_tokens(page_text, folded, m.start(), m.end(), m.group(), out=out)
    return out


@given(TEXTS, st.integers(-5, 400), st.integers(-5, 400))
@example("l'OIM qu’a AB's x’y\n" * 30, 0, 400)
@example("1's G7’s x_'s _'s d'1 l'_", 0, 40)
def test_tokens_made_by_chunks_are_the_whole_text_tokens(s: str, a: int, b: int) -> None:
    page = read_page(s, None)
    whole = _reference_tokens(page.text, page.folded)
    expected = [t for t in whole if a <= t.start < b]
    assert tokenize(page, a, b) == expected
    assert tokenize(page, 0, len(s)) == whole


@given(TEXTS)
@example("The project, IOM-funded, and the EU’s plans: a programme.\nL'OIM projet")
def test_word_marks_agree_with_the_tokens(s: str) -> None:
    page = read_page(s, None)
    lex = page.lex
    for a, b in [(0, len(s)), *pairwise(range(0, len(s) + 1, 7))]:
        toks = tokenize(page, a, b)
        words = any(t.low in lex.initiative_words for t in toks)
        assert has_word(page, "initiative_word", a, b) == words
        assert has_word(page, "iom", a, b) == any(t.low in lex.tokens["iom"] for t in toks)
        if words:
            assert page.hits.marked("initiative_word", a, b)


@given(TEXTS)
@example("12 345 migrants, 1,000.5 or 3.2.1 and ١٢ / 2019")
def test_numbers_are_the_pattern_matches(s: str) -> None:
    expected = [m.span() for m in prose_facts._NUMBER.finditer(s)]
    assert [m.span() for m in prose_facts._numbers(s, 0, len(s))] == expected


@given(TEXTS)
@example("1950 21950 2039x 2040 19999")
def test_year_pattern_matches_the_lookbehind_form(s: str) -> None:
    reference = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
    assert [m.span() for m in _YEAR.finditer(s)] == [m.span() for m in reference.finditer(s)]


@given(TEXTS)
@example("THE IOM PROJECT IN MALI ÉTÉ")
def test_shouting_counts_like_the_patterns(s: str) -> None:
    upper = len(_UPPER.findall(s))
    assert shouting(s) == (upper > 6 and upper > 4 * len(_LOWER.findall(s)))


@given(TEXTS)
@example("Costa   Rica,  El  Salvador\n\nGuatemala")
def test_country_offsets_point_at_the_names(s: str) -> None:
    for code, a, b in countries.find_countries(s):
        assert countries.country_code(s[a:b].replace("\n", " ")) == code
    long = s + " " * 200 + "Mali"
    assert countries.find_countries(long)[-1:] == [("MLI", len(long) - 4, len(long))]


def test_prefix_lookup_matches_a_scan() -> None:
    for codelist in vocab.CODELIST_FILES:
        table = vocab._table(codelist, None)
        for label in table:
            for cut in range(vocab._MIN_PREFIX, len(label) + 1):
                key = label[:cut]
                expected = {value for known, value in table.items() if known.startswith(key)}
                assert vocab._with_prefix(codelist, None, key) == expected


@given(st.lists(st.sampled_from(["the", "de", "la", "el", "und", "œil", "x1", "«", "Z"]) | TEXTS))
def test_stopword_scores_match_counting_every_word(texts: list[str]) -> None:
    counts = Counter(language._WORD.findall("\n".join(texts)))
    expected = dict.fromkeys(LANGS, 0.0)
    for word, langs in language._stopwords().items():
        for lang in langs:
            expected[lang] += counts[word] / len(langs) if counts[word] else 0.0
    assert language._scores(texts) == expected


@given(st.lists(st.sampled_from(["W34-805", "SV10P0003", "103,058", "١٢٣,٠٥٨", "x", "- a"])))
def test_bare_shapes_match_a_window_count(contents: list[str]) -> None:
    lines = layout.split_lines("\n".join(contents))
    flags = [
        bool(kind.PROJECT_CODE.match(ln.content) or kind.PRIMA_ID.match(ln.content))
        or bool(kind.BARE_AMOUNT.match(ln.content))
        for ln in lines
    ]
    best = max((sum(flags[i : i + kind._BARE_WINDOW]) for i in range(len(flags))), default=0)
    assert kind._bare_shapes(lines) == best


@given(TEXTS)
@example("- Item\n  •  Title\twith  spaces \r\n\x0bX\u2028-\n")
def test_split_lines_matches_a_line_by_line_reading(s: str) -> None:
    folded = layout.fold_same_length(s)
    expected = []
    position = 0
    for raw in s.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            bullet, content = "", stripped
            if stripped[0] in layout.BULLETS and (len(stripped) == 1 or stripped[1] in " \t\xa0"):
                bullet, content = stripped[0], stripped[1:].strip()
            offset = stripped.find(content) if content else len(stripped)
            words = folded[start + offset : start + len(stripped)].split()
            expected.append((stripped, start, bullet, content, start + offset, " ".join(words)))
            assert len(words) == layout.split_lines(s)[len(expected) - 1].words
        position += len(raw)
    got = [(ln.text, ln.start, ln.bullet, ln.content, ln.content_start, ln.key) for ln in
           layout.split_lines(s)]  # fmt: skip
    assert got == expected


def test_acronym_check_is_unchanged_by_the_fast_tokeniser() -> None:
    page = read_page("The EU-IOM Joint Initiative and AVRR in Mali.", "en")
    toks = tokenize(page, 0, len(page.text))
    assert [t.text for t in toks if t.acr] == [t.text for t in toks if is_acronym(t.text)]


_DATE_PIECES = ["12", "2019", "07", "1er", "de", "of", " ", ",", ".", "/", "-", "au", "x", "\n"]


@given(st.lists(st.sampled_from(sorted(dates._patterns().months) + _DATE_PIECES), max_size=16))
@example(
    ["xmay", " ", "7", ",", " ", "2019", " ", "du", " ", "1er", " ", "au", " ", "3", " ", "mars"]
)
def test_date_matches_are_the_pattern_matches(pieces: list[str]) -> None:
    folded = "".join(pieces)
    patterns = dates._patterns()
    for pattern in (patterns.dates, patterns.day_ranges):
        expected = [m.span() for m in pattern.finditer(folded)]
        assert [m.span() for m in dates._matches(pattern, folded, 0, len(folded))] == expected


@pytest.mark.parametrize("resource", list(RESOURCES))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_records_render_as_their_model_dump(resource: str, data: st.DataObject) -> None:
    """The writer renders a record from its values as they are: the CSV line of to_row()
    and the JSON of model_dump(mode="json"), whatever the order of the row's keys."""
    row = data.draw(record_dicts(resource))
    row = dict(reversed(row.items()))
    record = RESOURCES[resource].model_validate(row)
    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow(to_row(record).values())
    expected = line.getvalue(), json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
    assert writer.render(resource, record) == expected
    prepared = writer.prepare(resource, row)[0]
    if writer.defused(resource, row) is row:
        assert prepared == expected
    else:  # a text value starting like a formula: prepared without its start, or left out
        assert prepared is None or not any(
            cell.startswith(FORMULA_STARTS) for cell in next(csv.reader([prepared[0]]))
        )


def _reference_dump_indented(value: Any, level: int = 0) -> str:
    """writer.dump_indented as first written: each item rendered on its own."""
    if isinstance(value, dict) and value:
        inner = "\n" + " " * (level + 1)
        items = (
            f"{json.dumps(key, ensure_ascii=False)}: {_reference_dump_indented(item, level + 1)}"
            for key, item in value.items()
        )
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"
    if isinstance(value, list | tuple) and value:
        inner = "\n" + " " * (level + 1)
        parts = (_reference_dump_indented(item, level + 1) for item in value)
        return "[" + inner + ("," + inner).join(parts) + "\n" + " " * level + "]"
    return json.dumps(value, ensure_ascii=False)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_JSON_VALUES, st.integers(0, 3))
@example({"file": "a\nb", "warnings": ["x\u2028y", "\\n"], "extracted": {}}, 2)
def test_dump_indented_renders_each_item_as_the_whole_would(value: Any, level: int) -> None:
    assert writer.dump_indented(value, level) == _reference_dump_indented(value, level)


@given(TEXTS)
@example("Côte d’Ivoire – ŉ e\u0301\u0301 İ ﬁ")
def test_resolve_fold_key_drops_combining_marks_as_a_filter_would(s: str) -> None:
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert ids.fold_key(s) == " ".join(stripped.split())


@given(_JSON_VALUES)
@example({"text": 'l’été\n\u2028"x"', "n": [1, 2.5, 1e-07, None, True]})
def test_encode_json_is_json_dumps(value: Any) -> None:
    assert writer.encode_json(value) == json.dumps(value, ensure_ascii=False)
