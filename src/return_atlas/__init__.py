"""Return Atlas: an open dataset of migrant return and reintegration, built from public documents."""

from __future__ import annotations

__version__ = "0.1.0"
