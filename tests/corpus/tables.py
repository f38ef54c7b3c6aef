"""Print the score tables of QUALITY.md: every golden set built and scored as the tests do.

Usage: python tests/corpus/tables.py

Builds each set of tests/test_golden.py into a temporary folder, scores it with
tests/corpus/score.py and prints three Markdown tables (totals, initiative fields, event and
return fields), ready to paste into QUALITY.md.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.test_golden import SETS, score  # noqa: E402

from return_atlas.build import build  # noqa: E402

_LABELS = {
    "development": "development (41 real pages)",
    "heldout": "heldout (16, written after the converter)",
    "heldout2": "heldout2 (20, annotator 2)",
    "heldout3": "heldout3 (20, annotator 3)",
    "heldout4": "heldout4 (20, annotator 4)",
    "heldout5": "heldout5 (24, annotator 5)",
    "heldout6": "heldout6 (24, annotator 6)",
    "heldout7": "heldout7 (24, annotator 7)",
    "heldout8": "heldout8 (24, annotator 8)",
    "heldout9": "heldout9 (48, annotators 9 and 10)",
    "heldout10": "heldout10 (48, annotators 13 and 14)",
    "heldout11": "heldout11 (48, annotators 15 and 16)",
    "heldout12": "heldout12 (48, annotators 11 and 12)",
    "heldout13": "heldout13 (24, annotator 17)",
    "heldout14": "heldout14 (24, annotator 18)",
    "heldout15": "heldout15 (24, annotator 21)",
    "heldout16": "heldout16 (24, annotator 22)",
    "heldout17": "heldout17 (24, annotator 19)",
    "heldout18": "heldout18 (24, annotator 20)",
    "heldout19": "heldout19 (24, annotator 25)",
    "heldout20": "heldout20 (24, annotator 26)",
    "heldout21": "heldout21 (24, annotator 23)",
    "heldout22": "heldout22 (24, annotator 24)",
    "heldout23": "heldout23 (24, annotator 29)",
    "heldout24": "heldout24 (24, annotator 30)",
    "heldout25": "heldout25 (24, annotator 27)",
    "heldout26": "heldout26 (24, annotator 28)",
    "heldout27": "heldout27 (24, annotator 33)",
    "heldout28": "heldout28 (24, annotator 34)",
    "heldout29": "heldout29 (24, annotator 31)",
    "heldout30": "heldout30 (24, annotator 32)",
    "heldout31": "heldout31 (24, annotator 37)",
    "heldout32": "heldout32 (24, annotator 38)",
    "heldout33": "heldout33 (24, annotator 35)",
    "heldout34": "heldout34 (24, annotator 36)",
    "heldout35": "heldout35 (24, annotator 39)",
    "heldout36": "heldout36 (24, annotator 40)",
    "heldout37": "heldout37 (24, annotator 43)",
    "heldout38": "heldout38 (24, annotator 44)",
    "blind": "**blind** (24, annotator 41, never read)",
    "blind2": "**blind2** (24, annotator 42, never read)",
    "blind3": "**blind3** (24, annotator 45, never read)",
    "blind4": "**blind4** (24, annotator 46, never read)",
}


def _cell(tally: dict[str, object]) -> str:
    value = tally["f1"]
    return "-" if value is None else f"{value}"


def main() -> int:
    summaries: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="ra-tables-") as tmp:
        for name, (documents, expected, _) in SETS.items():
            out = Path(tmp) / name
            build(documents, out, workers=1)
            summaries[name] = score(out, documents, expected, Path(tmp) / f"{name}.json")
    names = list(summaries)
    print("| set | fact F1 | kind | language | initiatives | events | returns | fundings | leaks |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in names:
        s = summaries[name]
        records = s["records"]
        assert isinstance(records, dict)
        cells = [
            _cell(records[k]) for k in ("initiatives", "events", "assisted_returns", "fundings")
        ]
        leaks = s["personal_data_leaks"]
        assert isinstance(leaks, list)
        fact = f"**{s['fact_f1']}**" if name.startswith("blind") else f"{s['fact_f1']}"
        print(
            f"| {_LABELS.get(name, name)} | {fact} | {s['kind_accuracy']} | "
            f"{s['language_accuracy']} | {' | '.join(cells)} | {len(leaks)} |"
        )
    for group, title in (
        ("initiative_fields", "Initiative fields (F1)"),
        ("event_fields", "Event fields (F1)"),
        ("return_fields", "Return fields (F1)"),
    ):
        print(f"\n{title}:\n")
        print("| field | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        first = summaries[names[0]][group]
        assert isinstance(first, dict)
        for field in first:
            row = []
            for name in names:
                fields = summaries[name][group]
                assert isinstance(fields, dict)
                row.append(_cell(fields[field]))
            print(f"| {field} | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
