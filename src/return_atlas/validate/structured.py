"""Safe parsing of JSON and YAML documents: depth, alias expansion and duplicate keys guarded.

JSON is parsed with the standard library; records of a top-level list are decoded one by one
so that each keeps its line and character span. YAML is composed into a node graph first;
the graph is measured (expanded size, depth, recursion through aliases, duplicate keys)
before any Python object is built, so a 'billion laughs' document costs nothing. Plain YAML
scalars follow the YAML 1.2 core schema: ``2023-05-07`` stays text, ``no`` is not false and
``0123`` is not octal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from return_atlas.validate.issues import Issue, issue
from return_atlas.validate.safety import Limits

_WS = re.compile(r"[ \t\n\r]*")


@dataclass(slots=True)
class Entry:
    """One item of a top-level list: its value, where it is, and its fields' spans."""

    value: Any
    index: int
    line: int
    span: tuple[int, int]
    field_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)

    @property
    def pointer(self) -> str:
        """JSON pointer of the item."""
        return f"/{self.index}"


@dataclass(slots=True)
class Parsed:
    """A parsed document: the top-level list's entries (None if it is not a list)."""

    entries: list[Entry] | None
    issues: list[Issue] = field(default_factory=list)
    top: Any = None


class _Lines:
    """Line numbers of character offsets, computed once per document."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line(self, offset: int) -> int:
        """1-based line of ``offset`` (binary search)."""
        low, high = 0, len(self.starts)
        while high - low > 1:
            middle = (low + high) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle
        return low + 1


def _depth_exceeded(value: Any, limit: int) -> bool:
    """True when ``value`` nests lists and objects more than ``limit`` deep."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
    return False


# -- JSON -------------------------------------------------------------------------------------
class _Duplicates:
    """``object_pairs_hook`` that records repeated keys instead of silently keeping the last."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            self.found.extend(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        return result


def _json_error(file: str, error: json.JSONDecodeError) -> Issue:
    return issue(
        "json-syntax",
        file,
        f"line {error.lineno}, column {error.colno}: {error.msg}",
        line=error.lineno,
    )


def _object_fields(
    text: str, start: int, end: int, decoder: json.JSONDecoder
) -> Iterator[tuple[str, tuple[int, int]]]:
    """Spans of the values of the object at ``text[start:end]`` (already known to be valid)."""
    scan = decoder.scan_once  # type: ignore[attr-defined]
    position = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    while position < end and text[position] == '"':
        key, position = scan(text, position)
        position = _WS.match(text, position).end() + 1  # type: ignore[union-attr]
        position = _WS.match(text, position).end()  # type: ignore[union-attr]
        _, value_end = scan(text, position)
        yield key, (position, value_end)
        position = _WS.match(text, value_end).end()  # type: ignore[union-attr]
        if text[position] == ",":
            position = _WS.match(text, position + 1).end()  # type: ignore[union-attr]


def parse_json(text: str, file: str, limits: Limits, *, spans: bool = False) -> Parsed:
    """Parse JSON ``text``; a top-level list is split into located entries."""
    duplicates = _Duplicates()
    decoder = json.JSONDecoder(object_pairs_hook=duplicates)
    lines = _Lines(text)
    try:
        top = json.loads(text, object_pairs_hook=_Duplicates())
    except json.JSONDecodeError as error:
        return Parsed(None, [_json_error(file, error)])
    except RecursionError:
        return Parsed(None, [issue("too-deep", file, "the document nests too deep to read")])
    if _depth_exceeded(top, limits.max_depth):
        message = f"the document nests lists and objects more than {limits.max_depth} deep"
        return Parsed(None, [issue("too-deep", file, message)])
    if not isinstance(top, list):
        return Parsed(None, top=top)
    parsed = Parsed([], top=top)
    position = _WS.match(text).end() + 1  # type: ignore[union-attr]
    for index in range(len(top)):
        position = _WS.match(text, position).end()  # type: ignore[union-attr]
        before = len(duplicates.found)
        value, end = decoder.raw_decode(text, position)
        entry = Entry(value, index, lines.line(position), (position, end))
        for key in duplicates.found[before:]:
            parsed.issues.append(
                issue(
                    "duplicate-object-key",
                    file,
                    f"record {index + 1} (line {entry.line}) gives key {key!r} twice",
                    line=entry.line,
                    pointer=f"/{index}",
                    field=key,
                )
            )
        if spans and isinstance(value, dict):
            for key, span in _object_fields(text, position, end, decoder):
                entry.field_spans[key] = span
                entry.field_lines[key] = lines.line(span[0])
                if isinstance(value.get(key), dict):  # one level down: corrections' ``set``
                    for sub, inner in _object_fields(text, span[0], span[1], decoder):
                        entry.field_spans[f"{key}.{sub}"] = inner
                        entry.field_lines[f"{key}.{sub}"] = lines.line(inner[0])
        parsed.entries.append(entry)  # type: ignore[union-attr]
        position = _WS.match(text, end).end() + 1  # type: ignore[union-attr]
    return parsed


# -- YAML -------------------------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars and no merge keys or timestamps."""


_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
):
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    return int(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _measure(node: yaml.Node, limits: Limits, file: str, found: list[Issue]) -> Issue | None:
    """Check the node graph: expanded size, depth, self-reference (fatal, returned) and
    duplicate keys (added to ``found``)."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(current: yaml.Node, depth: int) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        if depth > limits.max_depth:
            raise _StopError(
                issue(
                    "too-deep",
                    file,
                    f"the document nests more than {limits.max_depth} deep",
                    line=current.start_mark.line + 1,
                )
            )
        if key in active:
            raise _StopError(
                issue(
                    "yaml-expansion",
                    file,
                    "an alias refers to the value that contains it",
                    line=current.start_mark.line + 1,
                )
            )
        active.add(key)
        total = 1
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in seen:
                        found.append(
                            issue(
                                "duplicate-object-key",
                                file,
                                f"key {key_node.value!r} is given twice in one mapping",
                                line=key_node.start_mark.line + 1,
                                field=key_node.value,
                            )
                        )
                    seen.add(key_node.value)
                total += size(key_node, depth + 1) + size(value_node, depth + 1)
        elif isinstance(current, yaml.SequenceNode):
            for item in current.value:
                total += size(item, depth + 1)
        if total > limits.max_yaml_nodes:
            raise _StopError(
                issue(
                    "yaml-expansion",
                    file,
                    f"aliases expand to more than {limits.max_yaml_nodes:,} values",
                    line=current.start_mark.line + 1,
                )
            )
        active.discard(key)
        sizes[key] = total
        return total

    try:
        size(node, 1)
    except _StopError as stop:
        return stop.issue
    except RecursionError:
        return issue("too-deep", file, "the document nests too deep to read")
    return None


class _StopError(Exception):
    def __init__(self, found: Issue) -> None:
        super().__init__(found.message)
        self.issue = found


def _yaml_error(file: str, error: yaml.YAMLError) -> Issue:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(error, "problem", None) or str(error)
    where = f"line {line}: " if line else ""
    return issue("yaml-syntax", file, f"{where}{problem}", line=line)


def parse_yaml(text: str, file: str, limits: Limits, *, spans: bool = False) -> Parsed:
    """Parse YAML ``text`` safely; a top-level list is split into located entries."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Parsed(None, top=None)
        duplicates: list[Issue] = []
        problem = _measure(node, limits, file, duplicates)
        if problem is not None:
            return Parsed(None, [problem])
        top = loader.construct_document(node)
    except yaml.YAMLError as error:
        return Parsed(None, [_yaml_error(file, error)])
    except RecursionError:
        return Parsed(None, [issue("too-deep", file, "the document nests too deep to read")])
    finally:
        loader.dispose()
    if not isinstance(top, list) or not isinstance(node, yaml.SequenceNode):
        return Parsed(None, duplicates, top=top)
    parsed = Parsed([], duplicates, top=top)
    for index, (value, item) in enumerate(zip(top, node.value, strict=True)):
        entry = Entry(
            value, index, item.start_mark.line + 1, (item.start_mark.index, item.end_mark.index)
        )
        if spans and isinstance(item, yaml.MappingNode):
            for key_node, value_node in item.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                entry.field_spans[key_node.value] = _value_span(text, value_node)
                entry.field_lines[key_node.value] = value_node.start_mark.line + 1
                if isinstance(value_node, yaml.MappingNode):  # one level down: ``set``
                    for sub_key, sub_value in value_node.value:
                        if isinstance(sub_key, yaml.ScalarNode):
                            name = f"{key_node.value}.{sub_key.value}"
                            entry.field_spans[name] = _value_span(text, sub_value)
                            entry.field_lines[name] = sub_value.start_mark.line + 1
        parsed.entries.append(entry)  # type: ignore[union-attr]
    return parsed


def _value_span(text: str, node: yaml.Node) -> tuple[int, int]:
    """Span of a value in the text, without the quotes of a quoted scalar."""
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("'", '"') and end - start >= 2:
        return start + 1, end - 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return start, end


__all__ = ["Entry", "Parsed", "parse_json", "parse_yaml"]
