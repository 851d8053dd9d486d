"""The pattern families, imported in the order their patterns run (importing registers them)."""

from __future__ import annotations

from iransyria.extraction import (
    coreference,
    corrected,
    offices,
    provisions,
    references,
    signings,
    statements,
    visits,
)

__all__ = ["FAMILIES"]

#: The modules whose patterns :func:`iransyria.extraction.read` runs, one per family.
FAMILIES = (offices, signings, visits, provisions, references, statements, coreference, corrected)
