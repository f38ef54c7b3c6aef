"""Rules beyond the Table Schema, over whole CSV columns and over single records.

The models check some rules that a Table Schema cannot state (``MODEL_ONLY_RULES``, and the
JSON Schema-only rules on list items and money). Running every row of a large table through
pydantic is slow, so each such rule also has a vectorised form here, keyed by the pydantic
error type it mirrors; a test checks that none is missing. The safety rules (personal data,
spreadsheet formulas) apply to every text value of every input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import polars as pl

from return_atlas.codelists import codes
from return_atlas.generate.jsonschema import raw_schema
from return_atlas.models.markers import CODELIST_KEY, REFERENCES_KEY
from return_atlas.models.provenance import CITEABLE, citeable_fields
from return_atlas.models.types import PARTIAL_DATE_PATTERN
from return_atlas.validate.celltypes import falses
from return_atlas.validate.check import TableCheck, in_parallel
from return_atlas.validate.issues import shown
from return_atlas.validate.privacy import safety

#: Ids that point at a record of another resource, chosen by their prefix.
PREFIX_REFERENCES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("fundings", "recipient_id"): (("ini-", "initiatives"), ("evt-", "events")),
    ("provenance", "record_id"): (
        ("src-", "sources"),
        ("ini-", "initiatives"),
        ("evt-", "events"),
        ("ret-", "assisted_returns"),
        ("fun-", "fundings"),
        ("pub-", "publications"),
    ),
}


@dataclass(frozen=True, slots=True)
class ListRule:
    """What the model requires of the items of a list field."""

    field: str
    item_type: str
    codelist: str | None
    pattern: str | None
    references: str | None
    unique: bool


@cache
def list_rules(resource: str) -> tuple[ListRule, ...]:
    """Item rules of the list fields of ``resource``, read off its JSON Schema."""
    rules = []
    for name, prop in raw_schema(resource)["properties"].items():
        if prop.get("type") != "array":
            continue
        items = prop.get("items", {})
        rules.append(
            ListRule(
                name,
                items.get("type", "string"),
                items.get(CODELIST_KEY),
                items.get("pattern"),
                items.get(REFERENCES_KEY),
                bool(prop.get("uniqueItems")),
            )
        )
    return tuple(rules)


class Frame:
    """Columns of a CSV table by field name (cells as text, null when empty)."""

    def __init__(self, check: TableCheck) -> None:
        self.check = check
        names = [str(f.get("name")) for f in check.schema.get("fields", [])]
        self.positions = {
            label: i
            for i, label in enumerate(check.table.labels)
            if i < len(names) and label == names[i]
        }
        self.cache: dict[str, pl.Series] = {}

    def has(self, *names: str) -> bool:
        """True when every named column is there (under its own name)."""
        return all(name in self.positions for name in names)

    def __getitem__(self, name: str) -> pl.Series:
        if name not in self.cache:
            cells = self.check.table.column(self.positions[name])
            self.cache[name] = cells.set(cells == "", None)
        return self.cache[name]


Rule = Callable[[Frame, str], None]
#: Vectorised twins of the model's rules, by pydantic error type.
VECTORISED: dict[str, Rule] = {}


def _rule(kind: str) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        VECTORISED[kind] = function
        return function

    return register


@_rule("end_before_start")
def _order(frame: Frame, _resource: str) -> None:
    if not frame.has("start", "end"):
        return
    start, end = frame["start"], frame["end"]
    dated = start.str.contains(PARTIAL_DATE_PATTERN) & end.str.contains(PARTIAL_DATE_PATTERN)
    common = (
        pl.DataFrame({"s": start.str.len_chars(), "e": end.str.len_chars()})
        .select(pl.min_horizontal("s", "e"))
        .to_series()
    )
    frames = pl.DataFrame({"s": start, "e": end, "n": common})
    before = frames.select(
        pl.col("e").str.slice(0, pl.col("n")) < pl.col("s").str.slice(0, pl.col("n"))
    ).to_series()
    frame.check.emit(
        "end-before-start",
        (dated & before).fill_null(False),
        lambda v, _r: f"end {v[1]} is before start {v[0]}",
        field_name="end",
        values=[start, end],
    )


@_rule("amount_without_currency")
def _money(frame: Frame, _resource: str) -> None:
    for amount in [name for name in frame.positions if name.endswith("amount")]:
        currency = amount.removesuffix("amount") + "currency"
        if not frame.has(currency) or currency == amount:
            continue
        alone = frame[amount].is_null() != frame[currency].is_null()
        frame.check.emit(
            "amount-without-currency",
            alone,
            lambda _v, _r, a=amount, c=currency: f"{a} and {c} must be given together",
            field_name=currency,
        )


@_rule("source_id_mismatch")
def _source_digest(frame: Frame, resource: str) -> None:
    if resource != "sources" or not frame.has("source_id", "sha256"):
        return
    expected = "src-" + frame["sha256"].str.slice(0, 16)
    wrong = (
        frame["sha256"].str.contains("^[0-9a-f]{64}$") & (frame["source_id"] != expected)
    ).fill_null(False)
    frame.check.emit(
        "record-invalid",
        wrong,
        lambda v, _r: f"source_id {v} does not match sha256",
        field_name=None,
        values=frame["source_id"],
    )


@_rule("span_length")
def _span(frame: Frame, resource: str) -> None:
    if resource != "provenance" or not frame.has("start", "end", "text"):
        return
    start = frame["start"].cast(pl.Int64, strict=False)
    end = frame["end"].cast(pl.Int64, strict=False)
    wrong = ((end - start) != frame["text"].str.len_chars()).fill_null(False)
    frame.check.emit(
        "record-invalid",
        wrong,
        lambda _v, _r: "span start-end does not have the length of text",
        field_name=None,
    )


@_rule("same_country")
def _same_country(frame: Frame, _resource: str) -> None:
    if not frame.has("from_country", "to_country"):
        return
    same = (frame["from_country"] == frame["to_country"]).fill_null(False)
    frame.check.emit(
        "record-invalid",
        same,
        lambda v, _r: f"from_country and to_country are both {v}",
        field_name=None,
        values=frame["from_country"],
    )


@_rule("provenance_field")
def _cited_field(frame: Frame, resource: str) -> None:
    if resource != "provenance" or not frame.has("record_id", "field"):
        return
    record, cited = frame["record_id"], frame["field"]
    allowed = falses(len(record))
    for pattern, model in CITEABLE:
        names = pl.Series(list(citeable_fields(model)), dtype=pl.String)
        allowed = allowed | (record.str.contains(pattern) & cited.is_in(names.implode())).fill_null(
            False
        )
    wrong = record.is_not_null() & cited.is_not_null() & ~allowed
    frame.check.emit(
        "record-invalid",
        wrong.fill_null(False),
        lambda v, _r: f"{v[1]} is not a field of record {v[0]}",
        field_name=None,
        values=[record, cited],
    )


def _item_pattern(rule: ListRule) -> str | None:
    """A pattern that whole list cells of valid items match (None: items not checked)."""
    if rule.codelist:
        inner = "|".join(
            re.escape(code) for code in sorted(codes(rule.codelist), key=len, reverse=True)
        )
    elif rule.pattern and rule.pattern.startswith("^") and rule.pattern.endswith("$"):
        inner = rule.pattern[1:-1]
    else:
        return None
    return f"^(?:(?:{inner});)*(?:{inner})$"


@_rule("list_items")
def _list_items(frame: Frame, resource: str) -> None:
    for rule in list_rules(resource):
        if not frame.has(rule.field):
            continue
        cells = frame[rule.field]
        pattern = _item_pattern(rule)
        if pattern is not None:
            bad = cells.is_not_null() & ~cells.str.contains(pattern).fill_null(False)
            what = (
                f"the {rule.codelist} codelist" if rule.codelist else "the form the items require"
            )
            code = "unknown-code" if rule.codelist else "pattern-mismatch"
            frame.check.emit(
                code,
                bad,
                lambda v, _r, w=what: f"{shown(v)} has an item not in {w}",
                field_name=rule.field,
                values=cells,
            )
        if rule.unique:
            several = cells.str.contains(";", literal=True).fill_null(False)
            if not several.any():
                continue
            split = cells.filter(several).str.split(";")
            repeated = split.list.n_unique() < split.list.len()
            mask = falses(len(cells)).scatter(several.arg_true(), repeated)
            frame.check.emit(
                "record-invalid",
                mask,
                lambda v, _r: f"{shown(v)}: list items must be unique",
                field_name=rule.field,
                values=cells,
            )


def check_rules(check: TableCheck, resource: str | None) -> None:
    """Every vectorised model rule and the safety rules over a table."""
    if resource is not None:
        frame = Frame(check)
        in_parallel(lambda rule: rule(frame, resource), list(VECTORISED.values()))
    safety(check)


__all__ = [
    "PREFIX_REFERENCES",
    "VECTORISED",
    "ListRule",
    "check_rules",
    "list_rules",
]
