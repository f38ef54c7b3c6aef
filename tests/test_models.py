"""The record models and codelists: registry, shared types, cross-field rules, codelist data."""

from __future__ import annotations

import json
import re
import typing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from return_atlas import models
from return_atlas.codelists import (
    BASE_COLUMNS,
    CODELIST_INFO,
    CODELIST_NAMES,
    codelist_columns,
    codelist_rows,
    codes,
    label,
    ordered_codes,
)
from return_atlas.extract import drafts
from return_atlas.models import RESOURCES, Record
from return_atlas.models.base import check_order
from return_atlas.models.types import PARTIAL_DATE_PATTERN, TIMESTAMP_PATTERN

EXPECTED = Path(__file__).parent / "corpus" / "expected"
SRC = "src-0123456789abcdef"
SHA = "0123456789abcdef" + "0" * 48

CONTRACT = {
    "sources": ["source_id", "file", "url", "kind", "language", "title", "published", "sha256"],
    "initiatives": [
        "initiative_id", "initiative_type", "title", "language", "summary", "iom_project_code",
        "prima_id", "status", "start", "end", "year", "budget_amount", "budget_currency",
        "coverage", "iom_region", "project_type", "gcm_objectives", "source_ids",
    ],
    "initiative_countries": ["initiative_id", "country", "role"],
    "organizations": ["organization_id", "name", "acronym", "organization_type", "country"],
    "initiative_organizations": ["initiative_id", "organization_id", "role"],
    "events": [
        "event_id", "event_type", "title", "start", "end", "city", "country", "initiative_id",
        "source_ids",
    ],
    "assisted_returns": [
        "return_id", "count", "from_country", "to_country", "start", "end", "programme",
        "source_id",
    ],
    "fundings": ["funding_id", "funder_id", "recipient_id", "amount", "currency", "source_id"],
    "publications": [
        "publication_id", "title", "publication_type", "publisher_id", "year", "source_ids",
    ],
    "provenance": ["record_id", "field", "source_id", "start", "end", "text"],
}  # fmt: skip


def error_types(exc: ValidationError) -> set[str]:
    """The error types of a validation error."""
    return {str(error["type"]) for error in exc.errors()}


def rejects(model: type[BaseModel], **data: Any) -> set[str]:
    """Validate ``data`` with ``model``, expect failure and return the error types."""
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return error_types(caught.value)


def initiative(**extra: Any) -> dict[str, Any]:
    """A minimal valid initiative, with ``extra`` fields."""
    return {
        "initiative_id": "ini-rt.1297",
        "initiative_type": "project",
        "title": "Return Assistance",
        "source_ids": [SRC],
        **extra,
    }


# -- registry ---------------------------------------------------------------------------------
def test_registry_has_the_contract_resources_in_package_order() -> None:
    assert list(RESOURCES) == list(CONTRACT)


@pytest.mark.parametrize("resource", list(CONTRACT))
def test_model_has_every_contract_field_in_contract_order(resource: str) -> None:
    fields = [name for name in RESOURCES[resource].model_fields if name in CONTRACT[resource]]
    assert fields == CONTRACT[resource]


@pytest.mark.parametrize("resource", list(RESOURCES))
def test_model_is_exported_documented_and_keyed(resource: str) -> None:
    model = RESOURCES[resource]
    assert getattr(models, model.__name__) is model
    assert model.__doc__
    assert model.resource_name == resource
    assert set(model.primary_key) <= set(model.model_fields)
    for name, field in model.model_fields.items():
        assert field.description, f"{resource}.{name} has no description"


@pytest.mark.parametrize("resource", list(RESOURCES))
def test_unknown_fields_are_rejected(resource: str) -> None:
    assert "extra_forbidden" in rejects(RESOURCES[resource], unexpected_field=1)


def test_records_are_immutable() -> None:
    record = models.Initiative.model_validate(initiative())
    with pytest.raises(ValidationError):
        record.title = "Other"  # type: ignore[misc]


def test_model_for_unknown_resource_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="initiatives"):
        models.model_for("projects")


# -- shared types -----------------------------------------------------------------------------
def test_partial_date_pattern_is_exactly_the_calendar() -> None:
    pattern = re.compile(PARTIAL_DATE_PATTERN)
    day, last = date(1900, 1, 1), date(2099, 12, 31)
    while day <= last:
        assert pattern.fullmatch(day.isoformat())
        day += timedelta(days=1)
    for year in range(1900, 2100):
        for month in range(1, 13):
            assert pattern.fullmatch(f"{year}-{month:02d}")
        for bad in ("02-30", "02-31", "04-31", "06-31", "09-31", "11-31", "13-01", "00-10"):
            assert not pattern.fullmatch(f"{year}-{bad}")
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        assert bool(pattern.fullmatch(f"{year}-02-29")) == leap
    for bad in ("1899", "2100", "19", "2019-1", "2019-01-1", "2019/01", "２０１９", "2019-00"):
        assert not pattern.fullmatch(bad)


def test_timestamp_accepts_dates_and_times() -> None:
    pattern = re.compile(TIMESTAMP_PATTERN)
    for good in ("2024", "2024-05", "2024-05-01", "2024-05-01T12:30", "2024-05-01T12:30:05Z",
                 "2024-05-01T12:30:05.123+02:00"):  # fmt: skip
        assert pattern.fullmatch(good), good
    for bad in ("2024-05T12:30", "2024-05-01T24:00", "2024-05-01 12:30"):
        assert not pattern.fullmatch(bad), bad


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2019", "2019-05", True),
        ("2019-05", "2019", True),
        ("2019-05-07", "2019-05", True),
        ("2019-05", "2019-04-30", False),
        ("2020", "2019-12-31", False),
        ("2019-01-02", "2019-01-01", False),
        (None, "1900", True),
    ],
)
def test_end_is_compared_with_start_on_common_precision(
    start: str | None, end: str | None, ok: bool
) -> None:
    if ok:
        check_order(start, end)
        models.Initiative.model_validate(initiative(start=start, end=end))
    else:
        assert rejects(models.Initiative, **initiative(start=start, end=end)) == {
            "end_before_start"
        }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", "2019-02-29"),
        ("start", "2019-13"),
        ("title", " leading space"),
        ("title", "two\nlines"),
        ("title", ""),
        ("initiative_id", "evt-abc"),
        ("initiative_id", "ini-"),
        ("initiative_id", "ini-ABC"),
        ("prima_id", "sv10p0003"),
        ("year", 1850),
        ("year", "2019"),
        ("year", True),
        ("budget_amount", -1.0),
        ("gcm_objectives", [0]),
        ("gcm_objectives", [21, 21]),
        ("gcm_objectives", ["21"]),
        ("source_ids", []),
        ("source_ids", ["src-0123"]),
        ("language", "eng"),
        ("status", "Completed"),
        ("iom_region", "Afrique"),
        ("project_type", "TCMMCB"),
    ],
)
def test_initiative_rejects_bad_values(field: str, value: Any) -> None:
    assert rejects(models.Initiative, **initiative(**{field: value}))


def test_initiative_accepts_a_full_record() -> None:
    record = models.Initiative.model_validate(
        initiative(
            language="es", summary="Line one.\nLine two.", iom_project_code="CD.0023",
            prima_id="MG10P0503", status="completed", start="2019", end="2020", year=2019,
            budget_amount=100000, budget_currency="USD", coverage="national",
            iom_region="Africa", project_type="Community and Economic Development",
            gcm_objectives=[19, 21],
        )
    )  # fmt: skip
    assert record.budget_amount == 100000.0
    assert isinstance(record.budget_amount, float)


def test_budget_amount_and_currency_go_together() -> None:
    assert rejects(models.Initiative, **initiative(budget_amount=5.0)) == {
        "amount_without_currency"
    }
    assert rejects(models.Initiative, **initiative(budget_currency="EUR")) == {
        "amount_without_currency"
    }
    assert rejects(models.Initiative, **initiative(budget_amount=5.0, budget_currency="EUX"))


def test_source_id_is_derived_from_sha256() -> None:
    good = {"source_id": SRC, "file": "001.txt", "kind": "project_page", "language": "en",
            "sha256": SHA}  # fmt: skip
    models.Source.model_validate(good)
    other = "src-" + "1" * 16
    assert rejects(models.Source, **{**good, "source_id": other}) == {"source_id_mismatch"}
    assert rejects(models.Source, **{**good, "file": "/etc/passwd"})
    assert rejects(models.Source, **{**good, "kind": "blog"})
    assert rejects(models.Source, **{**good, "url": "ftp://example.org"})


@pytest.mark.parametrize(
    ("record_id", "field", "ok"),
    [
        ("ini-rt.1297", "title", True),
        ("ini-rt.1297", "countries", True),
        ("ini-rt.1297", "organizations.funder", True),
        ("ini-rt.1297", "organizations.donor", False),
        ("ini-rt.1297", "funder_id", False),
        ("ini-rt.1297", "initiative_id", False),
        (SRC, "published", True),
        (SRC, "count", False),
        ("fun-0123456789abcdef", "funder_id", True),
        ("evt-0123456789abcdef", "city", True),
        ("ret-0123456789abcdef", "count", True),
        ("pub-0123456789abcdef", "publisher_id", True),
        ("iom", "name", False),
        ("xyz-1", "title", False),
    ],
)
def test_provenance_field_belongs_to_the_record(record_id: str, field: str, ok: bool) -> None:
    data = {"record_id": record_id, "field": field, "source_id": SRC, "start": 10, "end": 13,
            "text": "abc"}  # fmt: skip
    if ok:
        models.Provenance.model_validate(data)
    else:
        assert rejects(models.Provenance, **data) & {"provenance_field", "record_id"}


def test_provenance_span_has_the_length_of_its_text() -> None:
    data = {"record_id": "ini-x", "field": "title", "source_id": SRC, "start": 10, "end": 12,
            "text": "abc"}  # fmt: skip
    assert rejects(models.Provenance, **data) == {"span_length"}
    assert rejects(models.Provenance, **{**data, "end": 13, "text": ""})


def test_return_rules() -> None:
    good = {"return_id": "ret-1", "count": 160, "from_country": "DEU", "to_country": "XKX",
            "start": "2018", "end": "2018", "source_id": SRC}  # fmt: skip
    models.AssistedReturn.model_validate(good)
    assert rejects(models.AssistedReturn, **{**good, "to_country": "DEU"}) == {"same_country"}
    assert rejects(models.AssistedReturn, **{**good, "count": 0})
    assert rejects(models.AssistedReturn, **{**good, "count": 1.5})
    assert rejects(models.AssistedReturn, **{**good, "from_country": "deu"})


def test_ids_of_the_right_prefix() -> None:
    assert rejects(models.Event, event_id="ini-1", event_type="workshop", source_ids=[SRC])
    assert rejects(models.Funding, funding_id="fun-1", funder_id="Iom", amount=1.0,
                   currency="USD", source_id=SRC)  # fmt: skip
    assert rejects(models.Funding, funding_id="fun-1", funder_id="iom", recipient_id="pub-1",
                   amount=1.0, currency="USD", source_id=SRC)  # fmt: skip
    models.Funding.model_validate(
        {
            "funding_id": "fun-1",
            "funder_id": "eu",
            "recipient_id": "evt-1",
            "amount": 6.8e7,
            "currency": "EUR",
            "source_id": SRC,
        }
    )


# -- codelists --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", CODELIST_NAMES)
def test_codelist_file_is_well_formed(name: str) -> None:
    columns = codelist_columns(name)
    assert columns[: len(BASE_COLUMNS)] == BASE_COLUMNS
    rows = codelist_rows(name)
    assert rows, name
    assert len(codes(name)) == len(rows), "codes must be unique"
    for row in rows:
        assert row["code"], row
        assert row["label_en"], row
        assert all(value == value.strip() for value in row.values()), row
    if CODELIST_INFO[name].code_type == "integer":
        assert all(code.isdigit() for code in codes(name))


def test_codelist_contents() -> None:
    assert len(codes("countries")) == 280
    assert {"XKX", "SCG"} <= codes("countries")
    assert label("countries", "CIV", "fr") == "Côte d'Ivoire"
    assert label("countries", "DEU", "es") == "Alemania"
    assert {"USD", "EUR", "CHF"} <= codes("currencies")
    assert {"en", "fr", "es"} <= codes("languages")
    assert ordered_codes("gcm_objectives") == tuple(str(n) for n in range(1, 24))
    assert str(label("gcm_objectives", "21")).startswith("Cooperate in facilitating safe")
    assert {row["code"]: row["iati_code"] for row in codelist_rows("statuses")} == {
        "planned": "1", "active": "2", "completed": "4", "cancelled": "5",
    }  # fmt: skip
    regions = {"Africa", "Asia and the Pacific", "Europe", "Latin America and the Caribbean",
               "Middle East and North Africa", "North America", "Global"}  # fmt: skip
    assert regions <= codes("iom_regions")
    assert label("iom_regions", "Global", "fr") == "Monde"
    assert label("iom_regions", "Africa", "es") == "África"
    assert label("project_types", "Labour Migration", "fr") == "Migration de main-d’œuvre"
    assert label("coverages", "multi_regional") == "Multi-Regional"
    assert label("statuses", "completed", "fr") == "Achevé"
    assert label("statuses", "nonsense") is None
    with pytest.raises(KeyError, match="countries"):
        codes("country")


def test_draft_vocabularies_are_codes() -> None:
    """The extractors' defaults and kinds are codes of the codelists the models check."""
    # Every kind the converter gives is a source kind; "contribution" marks contributed files.
    assert set(typing.get_args(drafts.Kind)) == codes("source_kinds") - {"contribution"}
    assert drafts.InitiativeDraft.__dataclass_fields__["initiative_type"].default in codes(
        "initiative_types"
    )
    assert drafts.PublicationDraft.__dataclass_fields__["publication_type"].default in codes(
        "publication_types"
    )


def _expected_files() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


@pytest.mark.parametrize("path", _expected_files(), ids=lambda p: p.name)
def test_annotated_facts_use_codelist_codes(path: Path) -> None:
    """Every coded value in the annotated corpus is a code of its codelist."""
    facts = json.loads(path.read_text(encoding="utf-8"))
    assert facts["kind"] in codes("source_kinds")
    assert facts["language"] in codes("languages")
    checks = {"initiative_type": "initiative_types", "status": "statuses",
              "coverage": "coverages", "iom_region": "iom_regions"}  # fmt: skip
    for item in facts["initiatives"]:
        for key, codelist in checks.items():
            assert item.get(key) is None or item[key] in codes(codelist), (key, item.get(key))
        assert set(item.get("countries", [])) <= codes("countries")
        assert set(item.get("gcm_objectives", [])) <= {int(c) for c in codes("gcm_objectives")}
        if item.get("budget"):
            assert item["budget"]["currency"] in codes("currencies")
    for event in facts["events"]:
        assert event["event_type"] in codes("event_types")
        assert event.get("country") is None or event["country"] in codes("countries")
    for returned in facts["assisted_returns"]:
        for key in ("from_country", "to_country"):
            assert returned.get(key) is None or returned[key] in codes("countries")
    for funding in facts["fundings"]:
        assert funding["currency"] in codes("currencies")


def test_record_base_is_strict() -> None:
    config = Record.model_config
    assert config.get("extra") == "forbid"
    assert config.get("strict")
    assert config.get("frozen")
