"""Property tests: models, JSON Schemas, CSV rows and Table Schemas provably agree.

- Any model instance dumps to JSON that its JSON Schema accepts, and loads back equal.
- Anything hypothesis-jsonschema draws from a JSON Schema, the model accepts too, except for
  the model-only rules (``MODEL_ONLY_RULES``: comparisons between fields that no schema can
  state); once those are repaired the model accepts it and dumps it back unchanged.
- Invalid mutations of a valid record are rejected by both the schema and the model.
- A record written as a CSV row and read back through its Table Schema is equal.
- A Frictionless check of generated rows, some with broken cells, agrees with the model
  about which rows are valid. Table Schemas cannot constrain list items, so only scalar
  cells are broken; foreign keys to record resources are left out (only codelist keys are
  checked, against the codelist resources).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from frictionless import Package, Resource, Schema, system
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from pydantic import ValidationError

from return_atlas.codelists import CODELIST_NAMES
from return_atlas.generate.csvio import from_row, render_csv, to_row
from return_atlas.generate.jsonschema import json_schema
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import MODEL_ONLY_RULES, RESOURCES
from tests.strategies import record_dicts, records, repair

CODELIST_DIR = Path(__file__).resolve().parents[1] / "src" / "return_atlas" / "codelists"
RESOURCE_NAMES = list(RESOURCES)
#: hypothesis-jsonschema draws big enums and long patterns slowly, and meets the anyOf rules
#: (budget pair, provenance fields) partly by filtering; the draws are still real and many
#: (see the all-fields schema below), so these health checks are relaxed here only.
SCHEMA_DRAWS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
MODEL_DRAWS = settings(max_examples=60, deadline=None)
FRICTIONLESS_DRAWS = settings(max_examples=12, deadline=None)


@cache
def _schema(resource: str) -> dict[str, Any]:
    return json_schema(resource)


def _full_schema(resource: str) -> dict[str, Any]:
    """A stricter copy of the JSON Schema where every field is required and not null.

    hypothesis-jsonschema mostly draws the required fields only; drawing from this subset
    too puts every field (the budget pair, lists, dates...) under test.
    """
    schema = copy.deepcopy(_schema(resource))
    schema["required"] = list(schema["properties"])
    for prop in schema["properties"].values():
        branches = [b for b in prop.pop("anyOf", []) if b.get("type") != "null"]
        if branches:
            prop.update(branches[0])
            prop.pop("default", None)
    return schema


@cache
def _schema_strategy(resource: str) -> st.SearchStrategy[Any]:
    """Draws from the JSON Schema and from its all-fields subset (copies, because
    hypothesis-jsonschema rewrites the schemas it reads)."""
    return from_schema(copy.deepcopy(_schema(resource))) | from_schema(_full_schema(resource))


@cache
def _validator(resource: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_schema(resource))


def _model_errors(resource: str, data: Any) -> set[str]:
    try:
        RESOURCES[resource].model_validate(data)
    except ValidationError as exc:
        return {str(error["type"]) for error in exc.errors()}
    return set()


# -- models -> JSON -> models -----------------------------------------------------------------
@pytest.mark.parametrize("resource", RESOURCE_NAMES)
@MODEL_DRAWS
@given(data=st.data())
def test_model_json_round_trip(resource: str, data: st.DataObject) -> None:
    record = data.draw(records(resource))
    dumped = json.loads(record.model_dump_json())
    assert _validator(resource).is_valid(dumped), list(_validator(resource).iter_errors(dumped))
    assert RESOURCES[resource].model_validate(dumped) == record
    assert RESOURCES[resource].model_validate_json(record.model_dump_json()) == record


# -- JSON Schema draws -> models --------------------------------------------------------------
@pytest.mark.parametrize("resource", RESOURCE_NAMES)
@SCHEMA_DRAWS
@given(data=st.data())
def test_schema_draws_are_model_valid(resource: str, data: st.DataObject) -> None:
    drawn = data.draw(_schema_strategy(resource))
    assert _validator(resource).is_valid(drawn)
    assert _model_errors(resource, drawn) <= MODEL_ONLY_RULES
    fixed = repair(resource, drawn)
    assert _validator(resource).is_valid(fixed)
    record = RESOURCES[resource].model_validate(fixed)
    dumped = record.model_dump(mode="json")
    assert {key: value for key, value in dumped.items() if key in fixed} == fixed


# -- invalid mutations ------------------------------------------------------------------------
def _resolve(resource: str, prop: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The constraints of a property (``$ref`` followed) and whether it is nullable."""
    nullable = False
    if "anyOf" in prop:
        branches = [b for b in prop["anyOf"] if b.get("type") != "null"]
        nullable = len(branches) < len(prop["anyOf"])
        prop = branches[0]
    if "$ref" in prop:
        prop = {**_schema(resource)["$defs"][prop["$ref"].rsplit("/", 1)[-1]], **prop}
    return prop, nullable


def _breaking_strings(pattern: str) -> list[str]:
    """Strings that ``pattern`` rejects (under Python's ``re``, as jsonschema reads it)."""
    candidates = [" bad", "bad\n", "bad ", "a\rb", "\r", ""]
    return [text for text in candidates if not re.search(pattern, text)]


def _wrong_values(resource: str, prop: dict[str, Any]) -> list[Any]:
    """Values that break one constraint of a property."""
    spec, _ = _resolve(resource, prop)
    kind = str(spec.get("type"))
    by_type: dict[str, list[Any]] = {
        "string": [12345, ["x"]],
        "integer": ["12", 1.5, True],
        "number": ["1.5", True],
        "array": ["x", {"a": 1}],
    }
    wrong = list(by_type[kind])
    if "enum" in spec:
        wrong.append(999 if kind == "integer" else "not-a-code")
    if "pattern" in spec:
        wrong += _breaking_strings(spec["pattern"])
    if spec.get("minLength", 0) >= 1:
        wrong.append("")
    if "minimum" in spec:
        wrong.append(spec["minimum"] - 1)
    if "maximum" in spec:
        wrong.append(spec["maximum"] + 1)
    if kind == "array":
        item, _ = _resolve(resource, spec["items"])
        wrong.append([{"x": 1}])
        if "enum" in item:
            wrong.append([999 if item.get("type") == "integer" else "not-a-code"])
        if "pattern" in item:
            wrong += [[text] for text in _breaking_strings(item["pattern"])]
        if spec.get("minItems", 0) >= 1:
            wrong.append([])
    return wrong


def _mutations(resource: str, valid: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    schema = _schema(resource)
    found = [("unknown field", {**valid, "unexpected": 1})]
    for name in schema["required"]:
        found.append((f"missing {name}", {k: v for k, v in valid.items() if k != name}))
    for name, prop in schema["properties"].items():
        for value in _wrong_values(resource, prop):
            found.append((f"{name}={value!r}", {**valid, name: value}))
        if isinstance(valid.get(name), list) and valid[name]:
            found.append((f"{name} repeated", {**valid, name: valid[name] + valid[name][:1]}))
    return found


@pytest.mark.parametrize("resource", RESOURCE_NAMES)
@MODEL_DRAWS
@given(data=st.data())
def test_invalid_mutations_are_rejected_by_both(resource: str, data: st.DataObject) -> None:
    valid = data.draw(records(resource)).model_dump(mode="json")
    label, mutated = data.draw(st.sampled_from(_mutations(resource, valid)))
    assert not _validator(resource).is_valid(mutated), label
    assert _model_errors(resource, mutated), label


# -- CSV --------------------------------------------------------------------------------------
@pytest.mark.parametrize("resource", RESOURCE_NAMES)
@MODEL_DRAWS
@given(data=st.data())
def test_csv_round_trip(resource: str, data: st.DataObject) -> None:
    record = data.draw(records(resource))
    text = render_csv(resource, [record])
    row = next(csv.DictReader(io.StringIO(text, newline="")))
    assert row == to_row(record)
    assert from_row(RESOURCES[resource], row) == record


# -- Frictionless -----------------------------------------------------------------------------
def _cell_mutations(resource: str) -> list[tuple[str, str]]:
    """(field, broken cell) pairs that break a Table Schema constraint of a scalar field."""
    found: list[tuple[str, str]] = []
    for field in table_schema(resource)["fields"]:
        if field["type"] == "list":
            continue
        constraints = field.get("constraints", {})
        name = field["name"]
        if constraints.get("required"):
            found.append((name, ""))
        if field["type"] in ("integer", "number"):
            found.append((name, "abc"))
        if "minimum" in constraints:
            found.append((name, str(constraints["minimum"] - 1)))
        if "pattern" in constraints:
            # No lone carriage returns in cells: Frictionless's CSV reading splits rows on
            # them, and no valid record holds one (the reader writes line ends as \n).
            broken = _breaking_strings(constraints["pattern"])
            found += [(name, text) for text in broken if text and "\r" not in text]
        codelist_key = any(
            fk["fields"] == [name] and fk["reference"]["resource"] in CODELIST_NAMES
            for fk in table_schema(resource).get("foreignKeys", [])
        )
        if "enum" in constraints or codelist_key:
            found.append((name, "not-a-code"))
    return found


def _test_schema(resource: str) -> dict[str, Any]:
    """The Table Schema with only the foreign keys to codelists."""
    descriptor = copy.deepcopy(table_schema(resource))
    keys = [fk for fk in descriptor.get("foreignKeys", [])
            if fk["reference"]["resource"] in CODELIST_NAMES]  # fmt: skip
    descriptor["foreignKeys"] = keys
    return descriptor


def _frictionless_invalid_rows(path: Path, resource: str) -> set[int]:
    """Data row indexes (0-based) that Frictionless reports errors for."""
    codelists = [
        Resource(
            path=str(CODELIST_DIR / f"{name}.csv"),
            name=name,
            schema=Schema.from_descriptor(table_schema(name)),
        )
        for name in CODELIST_NAMES
    ]
    target = Resource(
        path=str(path), name=resource, schema=Schema.from_descriptor(_test_schema(resource))
    )
    with system.use_context(trusted=True):
        package = Package(resources=[*codelists, target])
        report = package.get_resource(resource).validate()
    invalid: set[int] = set()
    for task in report.tasks:
        for error in task.errors:
            row_number = getattr(error, "row_number", None)
            assert row_number is not None, f"{error.type}: {error.note}"
            invalid.add(row_number - 2)
    return invalid


def _key(resource: str, data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(data[name]) for name in RESOURCES[resource].primary_key)


@pytest.mark.parametrize("resource", RESOURCE_NAMES)
@FRICTIONLESS_DRAWS
@given(data=st.data())
def test_frictionless_agrees_with_the_model(
    resource: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    model = RESOURCES[resource]
    batch = data.draw(
        st.lists(
            record_dicts(resource), min_size=1, max_size=6, unique_by=lambda d: _key(resource, d)
        )
    )
    rows = [to_row(model.model_validate(item)) for item in batch]
    mutations = _cell_mutations(resource)
    for row in rows:
        if data.draw(st.booleans()):
            name, cell = data.draw(st.sampled_from(mutations))
            row[name] = cell
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(model.model_fields), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("rows") / f"{resource}.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))

    model_invalid: set[int] = set()
    for index, row in enumerate(rows):
        try:
            from_row(model, row)
        except ValidationError as exc:
            types = {str(error["type"]) for error in exc.errors()}
            assert not types <= MODEL_ONLY_RULES, types
            model_invalid.add(index)
    assert _frictionless_invalid_rows(path, resource) == model_invalid, rows
