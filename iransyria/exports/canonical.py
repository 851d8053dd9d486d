"""Canonical JSON: the whole dataset in one document, sorted keys and records, with its ``meta``.

What ``iransyria export`` writes by default and :func:`iransyria.serialization.loads`
reads back (``meta`` is read past); the hash in ``meta`` is of the records
alone (:func:`~iransyria.exports.records.content_hash`), so it can be checked
after loading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iransyria.exports.formats import ExportFormat, register_format
from iransyria.exports.records import metadata

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = ["JSON", "json_bytes"]


def json_bytes(dataset: Dataset) -> bytes:
    """The canonical JSON of the dataset with its ``meta`` (versions, content hash), as ``export`` writes it.

    :func:`iransyria.serialization.loads` reads it back into the same dataset
    (``meta`` is read past); the hash is of the records alone
    (:func:`~iransyria.exports.records.content_hash`), so it can be checked after loading.
    """
    from iransyria.serialization import dumps, with_meta

    body = dumps(dataset)  # written once, by the fast path: the hash and the export share it
    return with_meta(body, metadata(dataset, body))


def _read(data: bytes) -> Dataset:
    from iransyria.serialization import loads

    return loads(data)


JSON = register_format(
    ExportFormat(
        "json",
        (".json",),
        "canonical JSON",
        write=lambda dataset: {"": json_bytes(dataset)},
        read=_read,
    )
)
