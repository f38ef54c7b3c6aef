"""Semantic versions of the data and the levels of change that bump them."""

from __future__ import annotations

import re
from enum import IntEnum
from typing import NamedTuple

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


class Level(IntEnum):
    """How much a change breaks its users, ordered: a higher level needs a bigger bump."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


class Version(NamedTuple):
    """A release version ``MAJOR.MINOR.PATCH`` (no pre-release or build parts)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse ``X.Y.Z``; raise ``ValueError`` on anything else (``v1.0.0``, ``1.0``)."""
        match = _VERSION.fullmatch(text.strip())
        if not match:
            raise ValueError(
                f"{text!r} is not a version of the form MAJOR.MINOR.PATCH, such as 1.0.0"
            )
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def bumped(self, level: Level) -> Version:
        """The smallest version after this one that allows changes of ``level``."""
        if level is Level.MAJOR:
            return Version(self.major + 1, 0, 0)
        if level is Level.MINOR:
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)


def bump_level(previous: Version, new: Version) -> Level:
    """The level of change that going from ``previous`` to ``new`` announces.

    ``Level.NONE`` when ``new`` is not greater than ``previous``.
    """
    if new <= previous:
        return Level.NONE
    if new.major > previous.major:
        return Level.MAJOR
    if new.minor > previous.minor:
        return Level.MINOR
    return Level.PATCH
