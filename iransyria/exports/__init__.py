"""The dataset in the formats other tools read: plain records, JSON Lines, CSV, a Frictionless data package.

- :mod:`~iransyria.exports.records`: :func:`to_records` (plain JSON dicts
  tagged by record type) and :func:`metadata` (versions, content hash);
- :mod:`~iransyria.exports.jsonl`: :func:`dumps_jsonl` and :func:`loads_jsonl`,
  which round-trip to the same :class:`~iransyria.dataset.Dataset`;
- :mod:`~iransyria.exports.csv`: one table per record type plus a flat
  ``claims`` table;
- :mod:`~iransyria.exports.datapackage`: those tables with a
  ``datapackage.json`` of Table Schemas.

:func:`export` writes any of them (and the canonical JSON), through
:func:`iransyria.atomic.write_atomic` only.
"""

from __future__ import annotations

import os

from iransyria.dataset import Dataset
from iransyria.exports.csv import claim_rows, csv_files, read_table, tables, write_files
from iransyria.exports.datapackage import datapackage_files, descriptor
from iransyria.exports.jsonl import dumps_jsonl, loads_jsonl
from iransyria.exports.records import content_hash, metadata, to_records

__all__ = [
    "FOLDER_FORMATS",
    "FORMATS",
    "claim_rows",
    "content_hash",
    "csv_files",
    "datapackage_files",
    "descriptor",
    "dumps_jsonl",
    "export",
    "export_bytes",
    "json_bytes",
    "loads_jsonl",
    "metadata",
    "read_table",
    "tables",
    "to_records",
]

#: The export formats: ``json`` (canonical, with ``schema``), ``jsonl``, ``csv`` and ``datapackage``.
FORMATS = ("json", "jsonl", "csv", "datapackage")
#: The formats that are a folder of files rather than one file.
FOLDER_FORMATS = frozenset({"csv", "datapackage"})


def json_bytes(dataset: Dataset) -> bytes:
    """The canonical JSON of the dataset with its ``meta`` (versions, content hash), as ``export`` writes it.

    :func:`iransyria.serialization.loads` reads it back into the same dataset
    (``meta`` is read past); the hash is of the records alone
    (:func:`content_hash`), so it can be checked after loading.
    """
    from iransyria.serialization import dumps, with_meta

    body = dumps(dataset)  # written once: the hash and the export share it
    return with_meta(body, metadata(dataset, body))


def export_bytes(dataset: Dataset, format: str) -> dict[str, bytes]:
    """The files of an export, by name; a one-file format gives one entry named ``""``."""
    if format == "json":
        return {"": json_bytes(dataset)}
    if format == "jsonl":
        return {"": dumps_jsonl(dataset)}
    if format == "csv":
        return csv_files(dataset)
    if format == "datapackage":
        return datapackage_files(dataset)
    raise ValueError(f"unknown export format {format!r}: one of {', '.join(FORMATS)}")


def export(dataset: Dataset, format: str, out: str | os.PathLike[str]) -> list[str]:
    """Write the dataset in ``format`` to ``out`` (a file, or a folder for csv and datapackage); the names written."""
    files = export_bytes(dataset, format)
    if format in FOLDER_FORMATS:
        write_files(files, out)
        return sorted(files)
    from iransyria.atomic import write_atomic

    write_atomic(out, files[""])
    return [os.fspath(out)]
