"""``docs/validation-codes.md``, generated from the issue catalogue (never edited by hand).

Run ``python -m return_atlas.validate.docs`` to regenerate it; a test fails when it is stale.
"""

from __future__ import annotations

import sys
from itertools import groupby
from pathlib import Path

from return_atlas.validate.issues import CATALOGUE, Code

#: Where the generated file lives, relative to the repository root.
CODES_PATH = Path("docs") / "validation-codes.md"
_GROUPS = {
    "input": "Inputs: paths, URLs and file sizes",
    "encoding": "Encoding: bytes that are not clean UTF-8 text",
    "structure": "Structure of JSON, YAML and descriptors",
    "table": "Structure of CSV tables",
    "value": "Values: types and constraints of the Table Schema",
    "record": "Records: the rules of the record models",
    "safety": "Privacy and safety",
    "contribution": "Contributions and corrections",
    "validator": "The validator itself",
}


def _entry(code: Code) -> list[str]:
    return [
        f"### `{code.code}`",
        "",
        f"**{code.title}** ({code.severity.value}). {code.description}",
        "",
        f"Fix: {code.hint}",
        "",
    ]


def render_codes() -> str:
    """The Markdown text of the catalogue."""
    lines = [
        "# Validation issue codes",
        "",
        "<!-- Generated from src/return_atlas/validate/issues.py by "
        "`python -m return_atlas.validate.docs`; do not edit. -->",
        "",
        "`return-atlas validate` (and `nox -s validate`) reports each problem with one of "
        "these codes, a severity, a location (file, row or line, field or JSON pointer), a "
        "message and a hint. Errors make the input invalid (exit code 1); warnings do not. "
        "Exit code 2 means that nothing could be read. `--format json` gives the same issues "
        "to scripts; the codes are stable.",
        "",
        "| code | severity | title |",
        "|---|---|---|",
    ]
    lines += [f"| [`{c.code}`](#{c.code}) | {c.severity.value} | {c.title} |" for c in CATALOGUE]
    lines.append("")
    for group, codes in groupby(CATALOGUE, key=lambda c: c.group):
        lines += [f"## {_GROUPS.get(group, group)}", ""]
        for code in codes:
            lines += _entry(code)
    return "\n".join(lines).rstrip() + "\n"


def write_codes(root: Path, *, check: bool = False) -> bool:
    """Write the file under ``root``; return True when it changed (or, with ``check``, would)."""
    path = root / CODES_PATH
    text = render_codes()
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if current == text:
        return False
    if not check:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return True


def main(argv: list[str] | None = None) -> int:
    """Regenerate the file (``--check``: exit 1 when stale, change nothing)."""
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    changed = write_codes(Path.cwd(), check=check)
    if check and changed:
        print(f"{CODES_PATH} is stale; run python -m return_atlas.validate.docs", file=sys.stderr)
        return 1
    print(f"{CODES_PATH}: {'written' if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

__all__ = ["CODES_PATH", "main", "render_codes", "write_codes"]
