"""iransyria: news reporting on Iran–Syria military agreements as a checked dataset.

``iransyria.shipped()`` is the shipped dataset; ``iransyria.load_dataset(PATH, ...)``
the shipped dataset extended with a user's own files.
``import iransyria`` loads only its version: the record types, the shipped
data, the rules and the command line load when first used. ``iransyria.verify(claim)`` judges
a claim against the dataset (:mod:`iransyria.verification`); ``iransyria.read(text)`` finds
the checkable statements of an article and judges each (:mod:`iransyria.extraction`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from iransyria.version import DATA_VERSION, __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

    from iransyria.dataset import Dataset
    from iransyria.dates import Certainty, FuzzyDate, PartialDate, Precision
    from iransyria.errors import DataError
    from iransyria.extraction import Reading
    from iransyria.models import Actor, Agreement, Claim, Correction, Source
    from iransyria.verification import Result

#: Where each public name lives; imported on first use (PEP 562), so ``import iransyria``
#: (and ``iransyria --help``, whose package this is) costs no attrs class creation.
_LAZY = {
    "Actor": "iransyria.models",
    "Agreement": "iransyria.models",
    "Certainty": "iransyria.dates",
    "Claim": "iransyria.models",
    "Correction": "iransyria.models",
    "DataError": "iransyria.errors",
    "Dataset": "iransyria.dataset",
    "FuzzyDate": "iransyria.dates",
    "PartialDate": "iransyria.dates",
    "Precision": "iransyria.dates",
    "Source": "iransyria.models",
}


def __getattr__(name: str) -> Any:
    if name == "dataset":  # the module (callable for one release: see iransyria/dataset.py)
        import importlib

        return importlib.import_module("iransyria.dataset")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'iransyria' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
    "load_dataset",
    "read",
    "shipped",
    "verify",
]


def shipped() -> Dataset:
    """The shipped dataset, built on first call and shared afterwards."""
    from iransyria.data import shipped as build_once

    return build_once()


def load_dataset(*paths: str | os.PathLike[str], extend_shipped: bool = True) -> Dataset:
    """The shipped dataset extended with the records of dataset files or folders of them.

    Records are merged by id: the same record twice is kept once, and one id
    given to two different records is a :class:`DataError` naming both places.
    With ``extend_shipped=False``, only the files' records. See
    :mod:`iransyria.merge`.
    """
    from iransyria.merge import load_dataset as load

    return load(*paths, extend_shipped=extend_shipped)


def verify(claim_or_statement: Claim | Mapping[str, Any], dataset: Dataset | None = None) -> Result:
    """Judge a claim (a :class:`Claim` or a JSON object in the claim format) against ``dataset``.

    The shipped dataset by default. See :func:`iransyria.verification.verify`.
    """
    from iransyria.verification import verify as run

    return run(claim_or_statement, dataset)


def read(text: str, published: str | FuzzyDate | None = None, dataset: Dataset | None = None) -> Reading:
    """Read an article: its checkable statements, each with ``verify``'s verdict on its drafted claims.

    ``published`` (EDTF) fills in a year or day the text leaves out. See
    :func:`iransyria.extraction.read`.
    """
    from iransyria.extraction import read as run

    return run(text, published, dataset)
