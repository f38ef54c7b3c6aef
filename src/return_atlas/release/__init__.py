"""Releases: versioned, verifiable, documented snapshots of the data package.

``plan_release`` classifies the changes since the latest release (semantic versioning for
data, after the Data Package Version recipe); ``make_release`` runs the gate and writes
``releases/<VERSION>/`` (reproducible zip, ``SHA256SUMS``, expanded descriptor, changes,
index) and the data changelog.
"""

from __future__ import annotations

from return_atlas.release.changes import CODES, Change
from return_atlas.release.make import (
    ReleasePlan,
    ReleaseRefused,
    ReleaseResult,
    default_gate,
    list_releases,
    make_release,
    plan_release,
    release_date,
)
from return_atlas.release.version import Level, Version

__all__ = [
    "CODES",
    "Change",
    "Level",
    "ReleasePlan",
    "ReleaseRefused",
    "ReleaseResult",
    "Version",
    "default_gate",
    "list_releases",
    "make_release",
    "plan_release",
    "release_date",
]
