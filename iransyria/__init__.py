"""iransyria: news reporting on Iran–Syria military agreements as a checked dataset.

``import iransyria`` loads only the record types; the shipped data, the rules
and the command line load when first used.
"""

from __future__ import annotations

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
]


def dataset() -> Dataset:
    """The shipped dataset, built on first call and shared afterwards."""
    from iransyria.data import shipped

    return shipped()
