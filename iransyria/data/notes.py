"""Inferences several article modules attach alike: one wording each, so a reader can find them all.

An unverified figure, an error of form in a name, a typo kept as written:
each is an :class:`~iransyria.models.Inference` whose ``part`` names the kind
of note (``unverified``, ``error of form``, ``sic``), so that a query for the
part finds every claim carrying it.
"""

from __future__ import annotations

from iransyria.models import Inference

__all__ = ["UNVERIFIED_FIGURE", "error_of_form", "sic"]

#: A count of troops or fighters that its article gives without a source and no reference checks.
UNVERIFIED_FIGURE = Inference(
    "unverified",
    "The article gives no source for the figure and no reference fact checks it: an unverified count.",
)


def error_of_form(how: str) -> Inference:
    """A name written wrongly in a way that is not a spelling variant (a first name dropped, say)."""
    return Inference("error of form", how)


def sic(how: str) -> Inference:
    """A typo the article carries, kept in the quote as written."""
    return Inference("sic", how)
