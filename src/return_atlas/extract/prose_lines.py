"""Lines, paragraphs and sentences of a prose document, with their offsets.

Lines are tagged (site navigation, record metadata, photo caption, label, heading, body);
hard-wrapped lines are joined into paragraphs; paragraphs are cut into sentences, where an
abbreviation such as "Mr." or "U.S." does not end one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from return_atlas.classify.kind import place_and_date
from return_atlas.extract.prose_lexicon import Lexicon
from return_atlas.normalise import grammar

_BULLET = re.compile(r"^(?:[-•·*▪►–]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*\s+(?=[\"“«‘(]?[A-ZÀ-ÝÑ0-9¿¡])")
_ABBREVIATIONS = grammar.written("abbreviation")
_TERMINAL = '.!?:;»"”)…'
_JOIN_END_WORDS = grammar.written("line_goes_on")
_CLOSING = "»\"”'"
BRACKETED_ACRONYM = r"\(((?:[A-Z]|\d[A-Z])[A-Za-z0-9&/\-]{1,15})\)"
"""An acronym in brackets ("(ARRC)", "(REAG/GARP)"), its letters in group 1."""
_ACRONYM_FIRST = re.compile(rf"{BRACKETED_ACRONYM}(?!\w)")
"""A line opening with a bracketed acronym goes on from a quoted name before it."""
_WORD = re.compile(r"\w+(?:['’\-/&.]\w+)*")
_LABEL = re.compile(r"^([^:]{2,60}?)\s*:\s*(.*)$")


@dataclass(slots=True)
class Line:
    """One non-empty line: span of its content (bullet and edge spaces left out)."""

    index: int
    start: int
    end: int
    text: str
    bullet: bool
    role: str = "body"
    """nav, meta, caption, feed, section, about, label, value (of a label line above it),
    heading (a one-line paragraph that reads as a title), marker (a lone dash), body."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Consecutive lines read as one paragraph, with its sentence spans."""

    start: int
    end: int
    lines: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with the spans of their content."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            bullet = _BULLET.match(stripped)
            body = stripped[bullet.end() :] if bullet and len(stripped) > bullet.end() else stripped
            offset = len(stripped) - len(body)
            lines.append(
                Line(len(lines), start + offset, start + len(stripped), body, bool(bullet))
            )
        pos += len(raw) + 1
    return lines


def boilerplate_role(folded_line: str, lex: Lexicon) -> str | None:
    """The boilerplate role of a folded line (nav, meta, caption, ...), or None."""
    line = folded_line.strip(" -•*:")
    role = lex.boilerplate_lines.get(line)
    if role is not None:
        return role
    if line.startswith(lex.boilerplate_prefixes):
        for text, role in lex.boilerplate.get("prefix", []):
            if line.startswith(text):
                return role
    for text, role in lex.boilerplate.get("contains", []):
        if text in line:
            return role
    return "section" if _of_section_words(line, lex) else None


_SECTION_HEADING_WORDS = 6
"""Words of the longest heading read as section words and fillers."""
_FIGURES = re.compile(r"[\d\W]+")
"""A word of figures alone: a year, a period ("2018-2020"), a number ("1")."""


def _of_section_words(line: str, lex: Lexicon) -> bool:
    """True when a short line is section headings and words around them: initiative words,
    articles, connectors and figures ("Project Overview", "Summary of project results",
    "Progreso del proyecto en 2018-2020", "Componente 1"): a heading of a part of the page, no
    initiative's name."""
    if line.count(" ") >= _SECTION_HEADING_WORDS:
        return False  # a line of prose (the count spares splitting every long line)
    words = line.split()
    rest = [w for w in words if w not in lex.section_fillers and not _FIGURES.fullmatch(w)]
    sections = lex.boilerplate_lines
    return 0 < len(rest) < len(words) and (
        sections.get(" ".join(rest)) == "section" or all(sections.get(w) == "section" for w in rest)
    )


def label_of(folded_line: str, lex: Lexicon) -> tuple[str, int] | None:
    """(field, offset of the value in the line) when the line starts with a known label; a
    line that is a label of a period, a date, a status, countries or a budget and nothing else
    ("Start and End Date", "Status") labels the line under it (its offset is the line's end)."""
    if ":" not in folded_line:
        field_name = lex.labels.get(" ".join(folded_line.split()))
        if field_name in _BARE_LABEL_FIELDS:
            return field_name, len(folded_line)
        glued = _GLUED_LABEL.match(folded_line)
        if glued is None:
            return None
        field_name = lex.labels.get(" ".join(glued.group(1).split()))
        return (field_name, glued.end(1)) if field_name in _GLUED_LABEL_FIELDS else None
    match = _LABEL.match(folded_line)
    if match is None:
        return None
    label = " ".join(match.group(1).split())
    field_name = lex.labels.get(label)
    return (field_name, match.start(2)) if field_name else None


_BARE_LABEL_FIELDS = frozenset({"period", "start", "end", "status", "countries", "budget"})
_GLUED_LABEL = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}) ?(?=[\d€$£])")
"""A label of up to four words run into its figure with no colon: "Project dates 01/01/2009 -
30/06/2011", "Total budget€386 954"."""
_GLUED_LABEL_FIELDS = frozenset({"period", "start", "end", "budget"})
"""Fields whose label may stand alone on its line, the value on the next one (card layouts:
"Start and End Date" / "1 April 2016 – 30 June 2019")."""


_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ]{2}[.!?] [A-ZÀ-Ý]")
"""A sentence's end and the next one's start inside a line (no heading holds two)."""


def is_heading_text(text: str) -> bool:
    """True for a line that reads as a heading or title rather than running prose."""
    if len(text) < 3 or len(text) > 300 or text[-1] in ",;:":
        return False
    end = text.rstrip('"”»')  # "… in their own districts.”": a quote's full stop (not a
    # bracket's: "… (U.S.)" may end a title)
    if end and end[-1] in ".!?" and not end.endswith(("..", "etc.")):
        return False
    head, _, last = text.rpartition(" ")
    if last.lower() in _JOIN_END_WORDS and (last.islower() or not head):
        return False  # "… retournés sur", "The": the line goes on ("… Cono Sur" ends a title)
    # "… seed capital for small businesses. Returnees register … and are...": prose
    if _SENTENCE_INSIDE.search(text):
        return False
    first = text.lstrip("\"“«'‘(¿¡")[:1]
    words = _WORD.findall(text)
    return bool(first) and (first.isupper() or first.isdigit()) and 0 < len(words) <= 40


def tag_lines(lines: list[Line], text: str, folded: str, lex: Lexicon) -> list[Line]:
    """Give each line its role (headings are told apart later, once paragraphs are known)."""
    open_label = False
    bare = False
    previous_end = 0
    for line in lines:
        fline = folded[line.start : line.end]
        role = boilerplate_role(fline, lex)
        tight = "\n\n" not in text[previous_end : line.start].replace(" ", "").replace("\r", "")
        if role is None and line.text in {"-", "•", "*", "–"}:
            role = "marker"
        elif role is None and open_label and tight:
            role = "value"
        elif role is None and (got := label_of(fline, lex)) is not None:
            role = "label"
            bare = got[1] >= len(fline.rstrip())  # "Status" alone; not "Project dates 2009 -"
        line.role = role or "body"
        open_label = (
            line.text.rstrip().endswith(":")
            and (role in {"meta", "label", "date"} or role is None)
            and not place_and_date(line.text)  # "London, 5 November 2016:" opens a story
        ) or (role == "label" and ":" not in line.text and bare)
        previous_end = line.end
    return lines


def content_start(lines: list[Line]) -> int:
    """Index of the first line after the navigation menu at the top of the page (0 if none).

    The menu must begin within the first three lines; short menu-like lines may sit between
    its items, and it ends with its last recognised item.
    """
    last_nav = -1
    gap = 0
    for i, line in enumerate(lines[:150]):
        if line.role == "nav":
            last_nav, gap = i, 0
            continue
        if line.role == "marker":
            continue
        if last_nav < 0:
            if i >= 3:
                break
            continue
        if len(line.text) <= 80 and line.text[-1:] not in ".!?" and gap < 8:
            gap += 1
            continue
        break
    return last_nav + 1


def _joins(prev: str, nxt: str, width: int = 0) -> bool:
    """True when a line break between ``prev`` and ``nxt`` is a hard wrap inside a sentence.

    ``width`` is the wrap width of a hard-wrapped text (0 if it is not): a line that fills it
    goes on in the next line whatever that line starts with.
    """
    if not prev or not nxt:
        return False
    if prev[-1] in _CLOSING and _ACRONYM_FIRST.match(nxt):
        return True  # "« Accompagner le retour … au Cameroun »" / "(ARRC), cofinancé par …"
    if prev[-1] in _TERMINAL:
        return False
    first = nxt[0]
    if first.islower() or first in "(«\"“‘'":
        return True
    if prev[-1] == ",":
        return True
    if width and 0.75 * width <= len(prev) <= width:
        return True
    last_word = prev.rsplit(" ", 1)[-1].lower()
    return last_word in _JOIN_END_WORDS


_WRAPPED_MIN = 5
"""Lines that must go on in a lower-case line before a text counts as hard-wrapped."""


def _wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped text is wrapped at (0 when it is not hard-wrapped)."""
    wrapped = [
        len(a.text)
        for a, b in itertools.pairwise(lines)
        if a.text[-1] not in _TERMINAL and b.text[0].islower() and not b.bullet
    ]
    return max(wrapped) if len(wrapped) >= _WRAPPED_MIN else 0


def paragraphs(text: str, lines: list[Line], content_from: int) -> list[Paragraph]:
    """Body paragraphs after the navigation, with their sentences."""
    out: list[Paragraph] = []
    current: list[Line] = []
    skip_roles = {"nav", "meta", "date", "byline", "caption", "feed", "marker", "value"}

    def close() -> None:
        if current:
            start, end = current[0].start, current[-1].end
            if len(current) == 1 and current[0].role == "body" and is_heading_text(current[0].text):
                current[0].role = "heading"
            out.append(
                Paragraph(
                    start,
                    end,
                    tuple(ln.index for ln in current),
                    tuple(_sentences(text, start, end)),
                )
            )
            current.clear()

    previous_end = -1
    width = _wrap_width(lines[content_from:])
    for line in lines[content_from:]:
        if line.role in skip_roles:
            close()
            previous_end = -1
            continue
        blank_between = previous_end >= 0 and "\n\n" in text[previous_end : line.start].replace(
            " ", ""
        )
        if (
            current
            and not blank_between
            and not line.bullet
            and _joins(current[-1].text, line.text, width)
        ):
            current.append(line)
        else:
            close()
            current.append(line)
        previous_end = line.end
    close()
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (abbreviations such as "Mr." do not end one)."""
    spans: list[tuple[int, int]] = []
    chunk = text[start:end]
    begin = 0
    for match in _SENTENCE_END.finditer(chunk):
        before = chunk[max(begin, match.start() - 6) : match.start()].rsplit(" ", 1)[-1]
        if before.lower().strip("(") in _ABBREVIATIONS or (len(before) == 1 and before.isupper()):
            continue
        stop = match.end()
        piece = chunk[begin:stop].rstrip()
        if piece:
            spans.append((start + begin, start + begin + len(piece)))
        begin = stop
    piece = chunk[begin:].rstrip()
    if piece:
        spans.append((start + begin, start + begin + len(piece)))
    return spans
