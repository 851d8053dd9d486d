"""iransyria: news reporting on Iran–Syria military agreements as a checked dataset.

``iransyria.dataset()`` is the shipped dataset; ``iransyria.load_dataset(PATH, ...)``
the shipped dataset extended with a user's own files.
``import iransyria`` loads only the record types; the shipped data, the rules
and the command line load when first used. ``iransyria.verify(claim)`` judges
a claim against the dataset (:mod:`iransyria.verification`).
"""

from __future__ import annotations

import os
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
from iransyria.version import DATA_VERSION, __version__

__all__ = [
    "DATA_VERSION",
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
    "load_dataset",
    "verify",
]


def dataset() -> Dataset:
    """The shipped dataset, built on first call and shared afterwards."""
    from iransyria.data import shipped

    return shipped()


def load_dataset(*paths: str | os.PathLike[str], extend_shipped: bool = True) -> Dataset:
    """The shipped dataset extended with the records of dataset files or folders of them.

    Records are merged by id: the same record twice is kept once, and one id
    given to two different records is a :class:`DataError` naming both places.
    With ``extend_shipped=False``, only the files' records. See
    :mod:`iransyria.merge`.
    """
    from iransyria.merge import load_dataset as load

    return load(*paths, extend_shipped=extend_shipped)


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
