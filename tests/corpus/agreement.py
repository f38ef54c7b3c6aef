"""How far two careful readers agree: score one reader's expected facts against another's.

Usage:
    python tests/corpus/agreement.py --gold A/expected --other B/expected [--pair a.txt=b.txt ...]

Both folders hold expected facts (``<name>.json``, the format of GUIDELINE.md) of the same
documents, read by two annotators. The facts of ``--other`` are written as a data package
(the resources and fields tests/corpus/score.py reads), each source named as the ``--gold``
file of the same document, and scored by tests/corpus/score.py exactly as a build is. The
figures are the ceiling a converter can be measured against: where two readers differ, no
converter can agree with both.

Without ``--pair``, the documents are the names both folders hold; with it, each pair names
the same document in each folder (``zc_004.txt=zd_006.txt``). A record marked optional is
left out of the package (a reader accepts it either way); the scorer skips optional gold.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCORER = Path(__file__).with_name("score.py")

_INITIATIVE_FIELDS = (
    "title", "initiative_type", "iom_project_code", "prima_id", "status", "start", "end",
    "year", "coverage", "iom_region",
)  # fmt: skip
_EVENT_FIELDS = ("event_type", "title", "start", "end", "city", "country")
_RETURN_FIELDS = ("count", "from_country", "to_country", "start", "end", "programme")


def package_of(facts: Iterable[tuple[str, dict[str, Any]]], out: Path) -> Path:
    """Write the expected facts of each ``(file name, facts)`` as a data package in ``out``
    and return its descriptor's path."""
    tables: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "sources", "initiatives", "initiative_countries", "organizations",
            "initiative_organizations", "events", "assisted_returns", "fundings",
        )
    }  # fmt: skip
    for file_name, gold in facts:
        source_id = f"src-{len(tables['sources'])}"
        tables["sources"].append(
            {"source_id": source_id, "file": file_name, "kind": gold["kind"],
             "language": gold["language"]}
        )  # fmt: skip
        for initiative in _kept(gold["initiatives"]):
            initiative_id = f"ini-{len(tables['initiatives'])}"
            budget = initiative.get("budget") or {}
            tables["initiatives"].append(
                {"initiative_id": initiative_id, "source_ids": source_id,
                 "budget_amount": budget.get("amount"), "budget_currency": budget.get("currency"),
                 **{key: initiative.get(key) for key in _INITIATIVE_FIELDS}}
            )  # fmt: skip
            for country in initiative.get("countries") or []:
                tables["initiative_countries"].append(
                    {"initiative_id": initiative_id, "country": country, "role": "location"}
                )
            for funder in initiative.get("funders") or []:
                organization_id = f"org-{len(tables['organizations'])}"
                tables["organizations"].append(
                    {"organization_id": organization_id, "name": funder, "acronym": None}
                )
                tables["initiative_organizations"].append(
                    {"initiative_id": initiative_id, "organization_id": organization_id,
                     "role": "funder"}
                )  # fmt: skip
        for event in _kept(gold["events"]):
            tables["events"].append(
                {"source_ids": source_id, **{key: event.get(key) for key in _EVENT_FIELDS}}
            )
        for back in _kept(gold["assisted_returns"]):
            tables["assisted_returns"].append(
                {"source_id": source_id, **{key: back.get(key) for key in _RETURN_FIELDS}}
            )
        for funding in _kept(gold["fundings"]):
            tables["fundings"].append(
                {"source_id": source_id, "amount": funding.get("amount"),
                 "currency": funding.get("currency")}
            )  # fmt: skip
    resources = []
    for name, rows in tables.items():
        columns = list(dict.fromkeys(key for row in rows for key in row)) or ["id"]
        with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, columns)
            writer.writeheader()
            writer.writerows({key: _cell(row.get(key)) for key in columns} for row in rows)
        resources.append({"name": name, "path": f"{name}.csv"})
    descriptor = out / "datapackage.json"
    descriptor.write_text(json.dumps({"resources": resources}), encoding="utf-8")
    return descriptor


def _kept(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [record for record in records if not record.get("optional")]


def _cell(value: Any) -> Any:
    return "" if value is None else value


def agreement(gold: Path, other: Path, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The scorer's summary of ``other``'s facts measured against ``gold``'s."""
    facts = [
        (name, json.loads((other / f"{Path(theirs).stem}.json").read_text("utf-8")))
        for name, theirs in pairs
    ]
    with tempfile.TemporaryDirectory() as tmp:
        descriptor = package_of(facts, Path(tmp))
        report = Path(tmp) / "score.json"
        subprocess.run(
            [sys.executable, str(SCORER), "--package", str(descriptor), "--gold", str(gold),
             "--json", str(report), "--files", *(name for name, _ in pairs)],
            check=True, capture_output=True,
        )  # fmt: skip
        summary: dict[str, Any] = json.loads(report.read_text("utf-8"))["summary"]
    return summary


def _pair(text: str) -> tuple[str, str]:
    gold, _, other = text.partition("=")
    return gold, other or gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="one reader's expected facts")
    parser.add_argument("--other", type=Path, required=True, help="the other reader's")
    parser.add_argument(
        "--pair", action="append", default=[], help="GOLD_FILE=OTHER_FILE (the same document)"
    )
    args = parser.parse_args(argv)
    if args.pair:
        pairs = [_pair(pair) for pair in args.pair]
    else:
        stems = {path.stem for path in args.gold.glob("*.json")}
        both = sorted(stems & {path.stem for path in args.other.glob("*.json")})
        pairs = [(f"{stem}.txt", f"{stem}.txt") for stem in both]
    if not pairs:
        print("no document is read in both folders", file=sys.stderr)
        return 2
    for label, (a, b, ab) in {
        "other against gold": (args.gold, args.other, pairs),
        "gold against other": (args.other, args.gold, [(y, x) for x, y in pairs]),
    }.items():
        summary = agreement(a, b, ab)
        print(
            f"{label}: {len(ab)} documents, fact F1 {summary['fact_f1']}, kind"
            f" {summary['kind_accuracy']}, language {summary['language_accuracy']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
