"""iransyria: news reporting on Iran–Syria military agreements as a checked dataset.

``import iransyria`` loads only the record types; the shipped data, the rules
and the command line load when first used. ``iransyria.verify(claim)`` judges
a claim against the dataset (:mod:`iransyria.verification`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iransyria.dataset import Dataset
from iransyria.dates import Certainty, FuzzyDate, PartialDate, Precision
from iransyria.errors import DataError
from iransyria.models import (
    Actor,
    Agreement,
    Claim,
    Correction,
    Source,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Agreement",
    "Certainty",
    "Claim",
    "Correction",
    "DataError",
    "Dataset",
    "FuzzyDate",
    "PartialDate",
    "Precision",
    "Source",
    "__version__",
    "dataset",
    "verify",
]


def dataset() -> Dataset:
    """The shipped dataset, built on first call and shared afterwards."""
    from iransyria.data import shipped

    return shipped()


if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from iransyria.verification import Result


def verify(claim_or_statement: Claim | Mapping[str, Any], dataset: Dataset | None = None) -> Result:
    """Judge a claim (a :class:`Claim` or a JSON object in the claim format) against ``dataset``.

    The shipped dataset by default. See :func:`iransyria.verification.verify`.
    """
    from iransyria.verification import verify as run

    return run(claim_or_statement, dataset)
