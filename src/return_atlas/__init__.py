"""Return Atlas: an open dataset of migrant return and reintegration built from public documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from return_atlas.fetch import load

__version__ = "0.1.0"
__all__ = ["__version__", "load"]


def __getattr__(name: str) -> Any:
    """``return_atlas.load`` is imported on first use, so importing the package stays fast."""
    if name == "load":
        from return_atlas.fetch import load  # noqa: PLC0415 - lazy on purpose

        return load
    raise AttributeError(f"module 'return_atlas' has no attribute {name!r}")
