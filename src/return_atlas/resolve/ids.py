"""Stable identifiers derived from natural keys: the same documents give the same ids, always."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_CODE = re.compile(r"[^a-z0-9.]+")
HASH_CHARS = 16


def fold_key(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of ``text``, used as a natural key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if not decomposed.isascii():  # drop the combining marks: each distinct one at once
        for char in set(decomposed):
            if unicodedata.combining(char):
                decomposed = decomposed.replace(char, "")
    return " ".join(decomposed.split())


def digest(*parts: object) -> str:
    """A short, stable hexadecimal digest of ``parts``."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:HASH_CHARS]


def slug(text: str, max_length: int = 60) -> str:
    """ASCII slug: ``Ministry of the Interior`` -> ``ministry-of-the-interior``."""
    value = _NOT_SLUG.sub("-", fold_key(text).encode("ascii", "ignore").decode()).strip("-")
    return value[:max_length].rstrip("-") or "x" + digest(text)[:8]


def code_key(code: str) -> str:
    """Normalised form of a project code for ids and merging: ``RT.1297`` -> ``rt.1297``."""
    return _NOT_CODE.sub("-", code.casefold()).strip("-.")


def initiative_id(
    code: str | None, prima_id: str | None, title: str, within: str | None = None
) -> str:
    """Initiatives are keyed by IOM project code, else PRIMA id, else folded title (and the
    source ``within`` which a generic title names its programme)."""
    if code and code_key(code):
        return f"ini-{code_key(code)}"
    if prima_id and code_key(prima_id):
        return f"ini-{code_key(prima_id)}"
    if within is not None:
        return f"ini-{digest(fold_key(title), within)}"
    return f"ini-{digest(fold_key(title))}"


def record_id(prefix: str, *natural_key: object) -> str:
    """Id for records without a natural code: a digest of their natural key."""
    return f"{prefix}-{digest(*natural_key)}"
