"""The dataset in the formats other tools read: plain records, JSON Lines, CSV, a Frictionless data package.

- :mod:`~iransyria.exports.formats`: the registry of export formats
  (:data:`FORMATS`), which each format's module below joins;
- :mod:`~iransyria.exports.canonical`: :func:`json_bytes`, the canonical JSON;
- :mod:`~iransyria.exports.records`: :func:`to_records` (plain JSON dicts
  tagged by record type) and :func:`metadata` (versions, content hash);
- :mod:`~iransyria.exports.jsonl`: :func:`dumps_jsonl` and :func:`loads_jsonl`,
  which round-trip to the same :class:`~iransyria.dataset.Dataset`;
- :mod:`~iransyria.exports.csv`: one table per record type plus a flat
  ``claims`` table;
- :mod:`~iransyria.exports.datapackage`: those tables with a
  ``datapackage.json`` of Table Schemas.

:func:`export` writes any format of :data:`FORMATS`, through
:func:`iransyria.atomic.write_atomic` only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from iransyria.dataset import Dataset
from iransyria.exports.formats import FORMATS, ExportFormat, format_named, format_of, register_format
from iransyria.exports.records import content_hash, metadata, to_records

# The format modules, in the order FORMATS (and ``--format``) lists them: importing one registers it.
# isort: split
from iransyria.exports.canonical import JSON, json_bytes
from iransyria.exports.jsonl import JSONL, dumps_jsonl, loads_jsonl

# isort: split
from iransyria.exports.csv import CSV, claim_rows, csv_files, read_table, tables, write_files
from iransyria.exports.datapackage import DATAPACKAGE, datapackage_files, descriptor

__all__ = [
    "CSV",
    "DATAPACKAGE",
    "FORMATS",
    "JSON",
    "JSONL",
    "ExportFormat",
    "claim_rows",
    "content_hash",
    "csv_files",
    "datapackage_files",
    "descriptor",
    "dumps_jsonl",
    "export",
    "export_bytes",
    "format_named",
    "format_of",
    "json_bytes",
    "loads_jsonl",
    "metadata",
    "read_table",
    "register_format",
    "tables",
    "to_records",
]


def _format(name: str) -> ExportFormat:
    found = FORMATS.get(name)
    if found is None:
        raise ValueError(f"unknown export format {name!r}: one of {', '.join(FORMATS)}")
    return found


def _clear_stale(folder: Path, files: Mapping[str, bytes]) -> None:
    """Remove from ``folder`` what an earlier export wrote there and this one does not write.

    A csv export into a data package's folder would otherwise leave its
    ``datapackage.json`` describing tables that changed. Only the names a
    folder format writes are touched; a user's other files stay.
    """
    ours = {name for format in FORMATS.values() if format.folder for name in format.write(Dataset())}
    for name in sorted(ours - set(files)):
        stale = folder / name
        if stale.is_file() and not stale.is_symlink():
            stale.unlink()


def export_bytes(dataset: Dataset, format: str) -> dict[str, bytes]:
    """The files of an export in the format named ``format`` (:data:`FORMATS`), by name; a one-file format gives one entry named ``""``."""
    return dict(_format(format).write(dataset))


def export(
    dataset: Dataset,
    format: str,
    out: str | os.PathLike[str],
    *,
    escape_formulas: bool = True,
    force: bool = False,
) -> list[str]:
    """Write the dataset in ``format`` to ``out`` (a file, or a folder for a folder format); the names written.

    ``escape_formulas=False`` writes a CSV format's cells exactly, unguarded
    against spreadsheets (see :mod:`iransyria.exports.csv`); JSON and JSON
    Lines are exact always. A read-only file (or table) is refused unless
    ``force`` (see :mod:`iransyria.atomic`).
    """
    chosen = _format(format)
    write = chosen.exact if not escape_formulas and chosen.exact is not None else chosen.write
    files = write(dataset)
    if chosen.folder:
        _clear_stale(Path(out), files)
        write_files(files, out, force=force)
        return sorted(files)
    from iransyria.atomic import write_atomic

    write_atomic(out, files[""], force=force)
    return [os.fspath(out)]
