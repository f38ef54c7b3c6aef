"""Generated artefacts: committed files are current, deterministic and agree with the models."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from frictionless import Resource, Schema, system

from return_atlas.codelists import CODELIST_INFO, CODELIST_NAMES, codelist_columns, ordered_codes
from return_atlas.codelists.iso import render as render_codelist
from return_atlas.generate import artefacts, regenerate
from return_atlas.generate.csvio import format_number, from_row, header, render_csv, to_row
from return_atlas.generate.dictionary import data_dictionary
from return_atlas.generate.jsonschema import BASE_URI, json_schema
from return_atlas.generate.tableschema import table_schema
from return_atlas.models import RESOURCES, Initiative, Provenance

ROOT = Path(__file__).resolve().parents[1]
COUNTRY_FIELDS = {"country", "from_country", "to_country"}


def test_committed_artefacts_are_current() -> None:
    stale = regenerate(ROOT, check=True)
    assert stale == [], f"stale generated files, run `return-atlas schemas`: {stale}"


def test_regenerate_writes_then_checks_clean(tmp_path: Path) -> None:
    written = regenerate(tmp_path, check=False)
    assert set(written) == set(artefacts())
    assert regenerate(tmp_path, check=True) == []
    first = {path: (tmp_path / path).read_bytes() for path in written}
    (tmp_path / "schemas" / "old.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "schemas" / "sources.schema.json").write_text("{}\n", encoding="utf-8")
    assert regenerate(tmp_path, check=True) == ["schemas/old.schema.json",
                                                "schemas/sources.schema.json"]  # fmt: skip
    assert (tmp_path / "schemas" / "old.schema.json").exists()  # check never writes
    regenerate(tmp_path, check=False)
    assert not (tmp_path / "schemas" / "old.schema.json").exists()
    assert {path: (tmp_path / path).read_bytes() for path in written} == first


def test_artefacts_are_deterministic_text() -> None:
    files = artefacts()
    assert files == artefacts()
    for path, text in files.items():
        assert text.endswith("\n"), path
        assert "\r" not in text, path
        if path.endswith(".json"):
            assert json.loads(text)


def test_generated_codelists_match_pycountry_render() -> None:
    for name, info in CODELIST_INFO.items():
        if info.generated:
            committed = (ROOT / "src/return_atlas/codelists" / f"{name}.csv").read_text("utf-8")
            assert committed == render_codelist(name)


# -- JSON Schemas -----------------------------------------------------------------------------
def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if "$ref" in node else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


@pytest.mark.parametrize("resource", list(RESOURCES))
def test_json_schema_is_valid_2020_12_and_described(resource: str) -> None:
    schema = json_schema(resource)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"{BASE_URI}{resource}.schema.json"
    assert schema["title"]
    assert schema["description"]
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == list(RESOURCES[resource].model_fields)
    for name, prop in schema["properties"].items():
        assert prop.get("title"), name
        assert prop.get("description"), name
    assert _refs(schema) == {f"#/$defs/{name}" for name in schema["$defs"]}
    for name, definition in schema["$defs"].items():
        assert definition["title"], name
        assert definition["description"], name
    assert "x-" not in json.dumps(schema).replace("\\x", "")


@pytest.mark.parametrize("resource", list(RESOURCES))
def test_json_schema_enums_are_the_codelists(resource: str) -> None:
    for name, definition in json_schema(resource)["$defs"].items():
        named = re.search(r"\(codelist (\w+)\)\.$", definition["description"])
        assert ("enum" in definition) == (named is not None), name
        if named:
            codelist = named.group(1)
            assert [str(v) for v in definition["enum"]] == list(ordered_codes(codelist))


def test_json_schema_states_the_budget_rule() -> None:
    validator = jsonschema.Draft202012Validator(json_schema("initiatives"))
    base = {"initiative_id": "ini-x", "initiative_type": "project", "title": "T",
            "source_ids": ["src-0123456789abcdef"]}  # fmt: skip
    assert validator.is_valid(base)
    assert validator.is_valid({**base, "budget_amount": 1.0, "budget_currency": "USD"})
    assert validator.is_valid({**base, "budget_amount": None, "budget_currency": None})
    assert not validator.is_valid({**base, "budget_amount": 1.0})
    assert not validator.is_valid({**base, "budget_amount": 1.0, "budget_currency": None})
    assert not validator.is_valid({**base, "budget_currency": "USD"})


# -- Table Schemas ----------------------------------------------------------------------------
@pytest.mark.parametrize("resource", [*RESOURCES, *CODELIST_NAMES])
def test_table_schema_is_valid_frictionless(resource: str) -> None:
    descriptor = table_schema(resource)
    schema = Schema.from_descriptor(descriptor)
    assert schema.primary_key
    assert descriptor["missingValues"] == [""]
    for field in descriptor["fields"]:
        assert field["title"], field["name"]
        assert "description" in field, field["name"]
        assert field["type"] in {"string", "integer", "number", "boolean", "list"}


@pytest.mark.parametrize("resource", list(RESOURCES))
def test_table_schema_follows_the_model(resource: str) -> None:
    model = RESOURCES[resource]
    descriptor = table_schema(resource)
    assert [field["name"] for field in descriptor["fields"]] == list(model.model_fields)
    assert header(resource) == list(model.model_fields)
    assert descriptor["primaryKey"] == list(model.primary_key)
    by_name = {field["name"]: field for field in descriptor["fields"]}
    for name, field in model.model_fields.items():
        required = by_name[name].get("constraints", {}).get("required", False)
        assert required == field.is_required(), name
    references = {fk["fields"][0]: fk["reference"] for fk in descriptor.get("foreignKeys", [])}
    for name in COUNTRY_FIELDS & set(by_name):
        assert references[name] == {"resource": "countries", "fields": ["code"]}
    for name in ("currency", "budget_currency", "language"):
        if name in by_name:
            assert references[name]["resource"] in {"currencies", "languages"}
    for reference in references.values():
        target = reference["resource"]
        assert target in RESOURCES or target in CODELIST_INFO
        expected = RESOURCES[target].primary_key if target in RESOURCES else ("code",)
        assert reference["fields"] == list(expected)
    for name in ("source_ids", "gcm_objectives"):
        if name in by_name:
            assert by_name[name]["type"] == "list"
            assert by_name[name]["delimiter"] == ";"


def test_every_reference_to_another_resource_is_declared() -> None:
    expected = {
        ("initiative_countries", "initiative_id"): "initiatives",
        ("initiative_organizations", "initiative_id"): "initiatives",
        ("initiative_organizations", "organization_id"): "organizations",
        ("events", "initiative_id"): "initiatives",
        ("assisted_returns", "source_id"): "sources",
        ("fundings", "funder_id"): "organizations",
        ("fundings", "source_id"): "sources",
        ("publications", "publisher_id"): "organizations",
        ("provenance", "source_id"): "sources",
    }
    for (resource, name), target in expected.items():
        keys = {fk["fields"][0]: fk["reference"]["resource"]
                for fk in table_schema(resource)["foreignKeys"]}  # fmt: skip
        assert keys[name] == target, (resource, name)


@pytest.mark.parametrize("name", CODELIST_NAMES)
def test_codelist_table_schema_matches_the_file(name: str) -> None:
    descriptor = table_schema(name)
    assert [field["name"] for field in descriptor["fields"]] == list(codelist_columns(name))
    assert descriptor["primaryKey"] == ["code"]


@pytest.mark.parametrize("name", CODELIST_NAMES)
def test_codelist_file_is_valid_under_its_table_schema(name: str) -> None:
    path = ROOT / "src" / "return_atlas" / "codelists" / f"{name}.csv"
    resource = Resource(path=str(path), schema=Schema.from_descriptor(table_schema(name)))
    with system.use_context(trusted=True):
        report = resource.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_unknown_resource() -> None:
    with pytest.raises(KeyError, match="initiatives"):
        table_schema("projects")


# -- CSV --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "text"),
    [(85000.0, "85000"), (2.5, "2.5"), (1e-07, "0.0000001"), (1e16, "10000000000000000"),
     (0.1, "0.1"), (123456.789, "123456.789")],
)  # fmt: skip
def test_numbers_are_written_without_needless_exponent(value: float, text: str) -> None:
    assert format_number(value) == text
    assert float(text) == value


def test_csv_row_round_trip_and_bytes() -> None:
    record = Initiative.model_validate(
        {
            "initiative_id": "ini-rt.1297",
            "initiative_type": "project",
            "title": 'Return "Assist", phase 2',
            "budget_amount": 85000.0,
            "budget_currency": "USD",
            "gcm_objectives": [21, 19],
            "source_ids": ["src-0123456789abcdef", "src-fedcba9876543210"],
        }
    )
    row = to_row(record)
    assert row["gcm_objectives"] == "21;19"
    assert row["budget_amount"] == "85000"
    assert row["status"] == ""
    assert from_row(Initiative, row) == record
    text = render_csv("initiatives", [record])
    assert text.startswith("initiative_id,initiative_type,title,")
    assert "\r" not in text
    assert text.endswith("\n")
    assert '"Return ""Assist"", phase 2"' in text
    read = next(csv.DictReader(io.StringIO(text, newline="")))
    assert from_row(Initiative, read) == record


def test_csv_reading_reports_bad_cells_as_validation_errors() -> None:
    from pydantic import ValidationError

    row = {"record_id": "ini-x", "field": "title", "source_id": "src-0123456789abcdef",
           "start": "ten", "end": "13", "text": "abc"}  # fmt: skip
    with pytest.raises(ValidationError):
        from_row(Provenance, row)


def test_data_dictionary_names_every_resource_field_and_codelist() -> None:
    text = data_dictionary()
    for resource, model in RESOURCES.items():
        assert f"## `{resource}`" in text
        for name in model.model_fields:
            assert f"| `{name}` |" in text, (resource, name)
    for name in CODELIST_NAMES:
        assert f"### `{name}`" in text
    assert (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8") == text
