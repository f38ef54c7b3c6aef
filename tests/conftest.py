"""Shared fixtures: the repository's paths and one build of the development corpus per run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from return_atlas.build import BuildResult


ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"
CORPUS = Path(__file__).resolve().parent / "corpus"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=25, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    """The package built from ``documents/`` once for the whole test run."""
    from return_atlas.build import build

    out = tmp_path_factory.mktemp("build") / "datapackage"
    result = build(DOCUMENTS, out, workers=1)
    return result, out
