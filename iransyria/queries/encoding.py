"""How structured the encoding is: the claims whose value is free text.

A claim's value is free text when it is a plain ``text`` value: an assertion,
a provision or a kind written out. A spelling (``named-as``) is text by its
nature, and a statement's wording is the one thing that should stay free
(it is a ``statement`` value with a structured speaker), so neither counts.
The share is what issue 9 asked to bring under 15%.
"""

from __future__ import annotations

from iransyria.dataset import Dataset
from iransyria.models import Claim, Predicate, TextValue
from iransyria.queries.common import given_or_shipped

__all__ = ["free_text_claims", "free_text_share"]


def free_text_claims(dataset: Dataset | None = None) -> tuple[Claim, ...]:
    """The claims whose value is free text (spellings not counted), in id order."""
    return tuple(
        c
        for c in given_or_shipped(dataset).claims
        if isinstance(c.value, TextValue) and c.predicate is not Predicate.NAMED_AS
    )


def free_text_share(dataset: Dataset | None = None) -> tuple[int, int]:
    """(claims whose value is free text, all claims): the share of the encoding left as prose."""
    data = given_or_shipped(dataset)
    return len(free_text_claims(data)), len(data.claims)
