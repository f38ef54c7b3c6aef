"""Hypothesis strategies for records, drawn from the models' own types (not their schemas).

``records(resource)`` builds valid model instances from the shared types of each field;
``repair`` makes a dict satisfy the rules that only the models check, so that data drawn from
a JSON Schema can be compared with the model; ``mutations`` produce invalid variants.
Importing this module also adapts hypothesis-jsonschema to the installed Hypothesis.
"""

from __future__ import annotations

import hashlib
import re
import types
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Union, get_args, get_origin

import hypothesis_jsonschema._from_schema as hjs_from_schema
from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as cu
from pydantic.fields import FieldInfo

from return_atlas.codelists import CODELIST_INFO, ordered_codes
from return_atlas.models import RESOURCES, Record
from return_atlas.models.markers import CodelistCode, Shared
from return_atlas.models.provenance import CITEABLE, citeable_fields

Data = dict[str, Any]


# -- hypothesis-jsonschema 0.23 vs Hypothesis >= 6.1xx ----------------------------------------
class _CompatMany:
    """The old ``cu.many`` protocol (``more()``/``reject()``) on top of the new one.

    hypothesis-jsonschema 0.23.1 (the latest release) drives ``cu.many`` by calling
    ``more()``, which newer Hypothesis replaced by a context manager that is iterated. This
    adapter keeps object schemas drawable; it is only installed when ``more`` is missing.
    """

    def __init__(self, data: Any, min_size: int, max_size: float, average_size: float) -> None:
        self._many = cu.many(data, min_size=min_size, max_size=max_size, average_size=average_size)
        self._many.__enter__()
        self._iter = iter(self._many)

    def more(self) -> bool:
        try:
            next(self._iter)
        except StopIteration:
            self._many.__exit__(None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


if not hasattr(cu.many, "more"):
    hjs_from_schema.cu = types.SimpleNamespace(many=_CompatMany)  # type: ignore[attr-defined,assignment]


# -- values by shared type --------------------------------------------------------------------
def _partial_dates() -> st.SearchStrategy[str]:
    days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
    return st.builds(lambda day, size: day.isoformat()[:size], days, st.sampled_from([4, 7, 10]))


_LINE_CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
_LINES = (
    st.text(_LINE_CHARS, min_size=1, max_size=40)
    .map(lambda s: s.strip(" "))
    .filter(lambda s: bool(s) and s == s.strip())
)


def _regex(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True)


_BY_SHARED: dict[str, st.SearchStrategy[Any]] = {
    "partial_date": _partial_dates(),
    "timestamp": st.one_of(
        _partial_dates(),
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)).map(
            lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        ),
    ),
    "line": _LINES,
    "text": st.lists(_LINES, min_size=1, max_size=3).map("\n".join),
    "url": _regex(r"https?://[a-z0-9]{1,12}\.(org|int)(/[a-z0-9_-]{1,10}){0,3}"),
    "file_path": _regex(r"[a-z0-9_]{1,12}(/[a-z0-9_]{1,12}){0,2}\.txt"),
    "sha256": st.binary(min_size=1, max_size=64).map(lambda b: hashlib.sha256(b).hexdigest()),
    "source_id": _regex(r"src-[0-9a-f]{16}"),
    "amount": st.one_of(
        st.floats(0, 1e13, allow_nan=False, allow_infinity=False),
        st.integers(0, 10**9).map(float),
    ),
    "year": st.integers(1900, 2099),
    "offset": st.integers(0, 10**6),
    "initiative_id": _regex(r"ini-[a-z0-9][a-z0-9._-]{0,20}"),
    "event_id": _regex(r"evt-[0-9a-f]{16}"),
    "return_id": _regex(r"ret-[0-9a-f]{16}"),
    "funding_id": _regex(r"fun-[0-9a-f]{16}"),
    "publication_id": _regex(r"pub-[0-9a-f]{16}"),
    "organization_id": _regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"),
    "recipient_id": _regex(r"(ini|evt)-[a-z0-9][a-z0-9._-]{0,20}"),
    "iom_project_code": _regex(r"[A-Z]{1,2}[0-9]{0,2}[.-][0-9]{3,4}"),
    "prima_id": _regex(r"[A-Z]{2}[0-9]{2}P[0-9]{4}"),
    "span_text": st.text(min_size=1, max_size=30).map(lambda s: s.replace("\r", "\n")),
    "field_name": st.just("title"),  # replaced by ``repair`` with a field of the record
}
#: Fields of plain types, by (resource, field).
_BY_FIELD: dict[tuple[str, str], st.SearchStrategy[Any]] = {
    ("assisted_returns", "count"): st.integers(1, 10**7),
    ("provenance", "record_id"): st.one_of(
        _BY_SHARED["source_id"],
        _BY_SHARED["initiative_id"],
        _BY_SHARED["event_id"],
        _BY_SHARED["return_id"],
        _BY_SHARED["funding_id"],
        _BY_SHARED["publication_id"],
    ),
}


def _markers(annotation: Any) -> tuple[bool, list[Any]]:
    """Whether ``annotation`` is a list, and the metadata found inside it."""
    origin = get_origin(annotation)
    if origin is Annotated:
        is_list, found = _markers(get_args(annotation)[0])
        return is_list, [*annotation.__metadata__, *found]
    if origin in (Union, types.UnionType):
        results = [_markers(arg) for arg in get_args(annotation) if arg is not type(None)]
        return results[0]
    if origin is list:
        return True, _markers(get_args(annotation)[0])[1]
    return False, []


def _value_strategy(resource: str, name: str, field: FieldInfo) -> st.SearchStrategy[Any]:
    """Strategy for one (non-null) value of a field."""
    is_list, found = _markers(field.annotation)
    metadata = [*field.metadata, *found]
    if (resource, name) in _BY_FIELD:
        base = _BY_FIELD[(resource, name)]
    else:
        codelist = next((m.codelist for m in metadata if isinstance(m, CodelistCode)), None)
        shared = next((m.name for m in metadata if isinstance(m, Shared)), None)
        if codelist is not None:
            values = ordered_codes(codelist)
            integer = CODELIST_INFO[codelist].code_type == "integer"
            base = st.sampled_from([int(v) for v in values] if integer else list(values))
        elif shared is not None:
            base = _BY_SHARED[shared]
        else:  # pragma: no cover - a new plain field needs an entry in _BY_FIELD
            raise LookupError(f"no strategy for {resource}.{name}")
    if is_list:
        min_size = 1 if field.is_required() else 0
        return st.lists(base, min_size=min_size, max_size=4, unique=True)
    return base


def record_dicts(resource: str) -> st.SearchStrategy[Data]:
    """Dicts of valid field values for ``resource`` (model-only rules repaired)."""
    model = RESOURCES[resource]
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        values = _value_strategy(resource, name, field)
        if field.is_required():
            required[name] = values
        elif get_origin(field.annotation) is list:
            optional[name] = values
        else:
            optional[name] = st.none() | values
    return st.fixed_dictionaries(required, optional=optional).map(lambda d: repair(resource, d))


def records(resource: str) -> st.SearchStrategy[Record]:
    """Valid model instances of ``resource``."""
    model = RESOURCES[resource]
    return record_dicts(resource).map(model.model_validate)


# -- repairs: make data satisfy the model-only rules ------------------------------------------
def _swap_dates(data: Data) -> None:
    start, end = data.get("start"), data.get("end")
    if start is not None and end is not None:
        common = min(len(start), len(end))
        if end[:common] < start[:common]:
            data["start"], data["end"] = end, start


def _repair_provenance(data: Data) -> None:
    data["end"] = data["start"] + len(data["text"])
    record_id = str(data.get("record_id", ""))
    for pattern, model in CITEABLE:
        names = citeable_fields(model)
        if re.fullmatch(pattern, record_id) and data.get("field") not in names:
            data["field"] = names[len(record_id) % len(names)]


def _repair_source(data: Data) -> None:
    data["source_id"] = "src-" + data["sha256"][:16]


def _repair_return(data: Data) -> None:
    _swap_dates(data)
    if data.get("from_country") is not None and data["from_country"] == data.get("to_country"):
        data["to_country"] = None


_REPAIRS: dict[str, Callable[[Data], None]] = {
    "sources": _repair_source,
    "initiatives": _swap_dates,
    "events": _swap_dates,
    "assisted_returns": _repair_return,
    "provenance": _repair_provenance,
}


def repair(resource: str, data: Data) -> Data:
    """A copy of ``data`` that satisfies the model-only rules of ``resource``.

    Initiatives also get a currency when they have a budget amount and none, and lose a
    lone currency (this rule is in the JSON Schema, but model-side draws need it).
    """
    fixed = dict(data)
    if resource == "initiatives":
        if fixed.get("budget_amount") is None:
            fixed["budget_currency"] = None
        elif fixed.get("budget_currency") is None:
            fixed["budget_currency"] = "USD"
    if resource in _REPAIRS:
        _REPAIRS[resource](fixed)
    return fixed
