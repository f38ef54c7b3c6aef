"""The package's and the tests' modules bind each top-level name once.

A module that assigns a constant twice (``_DASHES = …`` near the top and again further down)
gives every function the later value, whatever the line it reads it from; a test module that
defines a test twice runs only the second. Neither ruff nor mypy reports a constant bound
twice, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*(ROOT / "src").rglob("*.py"), *(ROOT / "tests").rglob("*.py")])


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_binds_each_top_level_name_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    assert sorted(n for n, count in names.items() if count > 1) == []


def test_a_name_bound_twice_is_found() -> None:
    tree = ast.parse("_DASHES = '-'\ndef f(): pass\n_DASHES = '/'\n")
    assert _top_level_names(tree)["_DASHES"] == 2
