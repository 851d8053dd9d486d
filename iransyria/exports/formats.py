"""The registry of export formats: each format's module registers itself here.

An :class:`ExportFormat` is a name (``--format NAME``), the file extensions
it is written to, whether it is one file or a folder of files, a line of
help, a writer (the dataset to its files, by name; a one-file format gives
one entry named ``""``) and a reader where the format reads back into a
dataset. :func:`iransyria.exports.export` and ``iransyria export`` pick
formats from :data:`FORMATS`; a new format is its module, which calls
:func:`register_format`, named in ``iransyria/exports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

__all__ = ["FORMATS", "ExportFormat", "format_named", "format_of", "register_format"]


@attrs.frozen
class ExportFormat:
    """One export format (see the module)."""

    #: What ``--format`` calls it.
    name: str
    #: The file extensions it is written to (``.json``); none for a folder of files.
    extensions: tuple[str, ...]
    #: What it holds, one line (the ``--format`` help).
    help: str
    #: The dataset as the format's files, by name (``""`` for the one file of a one-file format).
    write: Callable[[Dataset], Mapping[str, bytes]]
    #: The format's bytes read back into a dataset, where it reads back (a one-file format).
    read: Callable[[bytes], Dataset] | None = None
    #: Whether it is a folder of files rather than one file.
    folder: bool = False
    #: Where ``write`` guards cells against a spreadsheet (CSV: formulas), the writer that does not.
    exact: Callable[[Dataset], Mapping[str, bytes]] | None = None
    #: For a folder format, the file that describes the folder (``datapackage.json``): a path named so
    #: names the format, written into the path's folder.
    descriptors: tuple[str, ...] = ()


#: The export formats, by name, in the order they were registered.
FORMATS: dict[str, ExportFormat] = {}


def register_format(format: ExportFormat) -> ExportFormat:
    """Add a format to :data:`FORMATS`; the format, to refer to it by."""
    if format.name in FORMATS and FORMATS[format.name] != format:
        raise ValueError(f"the export format {format.name!r} is already registered")
    FORMATS[format.name] = format
    return format


def format_named(name: str) -> ExportFormat | None:
    """The format ``--format`` names, in any case (``CSV`` is ``csv``); None for no format."""
    wanted = name.strip().casefold()
    return next((format for key, format in FORMATS.items() if key.casefold() == wanted), None)


def format_of(path: Path) -> ExportFormat | None:
    """The format a path names by its extension, in any case (``x.jsonl``, ``X.JSON``); None for none.

    A path without an extension, an existing folder, or a file named like a
    folder format's descriptor (``datapackage.json``) names a folder format:
    the last registered one (the data package, the one that describes itself).
    """
    folders = [format for format in FORMATS.values() if format.folder]
    if (
        path.is_dir()
        or not path.suffix
        or path.name.casefold() in {name.casefold() for format in folders for name in format.descriptors}
    ):
        return folders[-1] if folders else None
    suffix = path.suffix.casefold()
    return next((format for format in FORMATS.values() if suffix in format.extensions), None)
