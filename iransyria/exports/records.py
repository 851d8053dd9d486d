"""The dataset as plain records: one dict per record, tagged with its record kind (:data:`~iransyria.models.kinds.KINDS`), and the export's metadata.

:func:`to_records` is what JSON Lines writes, one per line; each record is
its canonical JSON form (:func:`iransyria.serialization.unstructure`: plain
dicts, lists, strings, numbers, booleans and None) with ``"record"`` naming
its type. :func:`metadata` is what every export carries: the code and data
versions and the SHA-256 of the dataset's canonical JSON, so two exports of
the same records, in any format, name the same hash.
"""

from __future__ import annotations

import hashlib
from typing import Any

from iransyria.dataset import Dataset
from iransyria.models.kinds import KINDS
from iransyria.version import DATA_VERSION, __version__

__all__ = ["RECORD", "content_hash", "metadata", "to_records"]

#: The key naming a record's type in :func:`to_records` and JSON Lines.
RECORD = "record"


def content_hash(dataset: Dataset, canonical: bytes | None = None) -> str:
    """The SHA-256 of the dataset's canonical JSON: the same records give the same hash, however exported.

    ``canonical``, when the caller has already written the dataset's canonical bytes, saves writing them again.
    """
    if canonical is None:
        from iransyria.serialization import dumps

        canonical = dumps(dataset)
    return hashlib.sha256(canonical).hexdigest()


def metadata(dataset: Dataset, canonical: bytes | None = None) -> dict[str, Any]:
    """What every export records about itself: versions, content hash and the count of each record type."""
    return {
        "code_version": __version__,
        "data_version": DATA_VERSION,
        "sha256": content_hash(dataset, canonical),
        "counts": {kind.name: len(dataset.table(kind)) for kind in KINDS},
    }


def to_records(dataset: Dataset) -> list[dict[str, Any]]:
    """Every record as a plain JSON dict with its type under ``"record"``: sources first, then by id.

    ``json.dumps`` takes each as it is; :func:`iransyria.exports.jsonl.loads_jsonl`
    reads them back into the same :class:`Dataset`.
    """
    from iransyria.serialization import unstructure

    return [{RECORD: kind.name, **unstructure(record)} for kind in KINDS for record in dataset.table(kind)]
