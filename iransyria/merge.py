"""User datasets: files and folders of records merged with each other and the shipped data by id.

A user's dataset file has the export's format (``iransyria export``), with
any of its tables left out: one file per new source, holding the source,
its claims and any new actors or agreements, is the natural unit. A folder
stands for every ``*.json`` file directly in it, in name order.

Records are merged by id. The same record twice (a file that repeats a
shipped actor, or a whole export of the shipped data) is kept once; two
*different* records with one id are an error naming both places, since
quietly keeping either would change what the other file says. The rules then
run over the merged whole (:func:`iransyria.rules.validate`), so a user's
claim is judged exactly as a shipped one is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from iransyria.dataset import Dataset
from iransyria.errors import DataError
from iransyria.models.kinds import KINDS

__all__ = ["SHIPPED", "dataset_files", "load_dataset", "merge", "read_parts"]

#: How the shipped dataset is named in messages.
SHIPPED = "the shipped dataset"


def dataset_files(path: str | os.PathLike[str]) -> list[Path]:
    """The dataset files ``path`` names: itself, or the ``*.json`` files directly in a folder, sorted.

    A file of a folder that is a symlink leading out of the folder is refused,
    as ``--articles`` refuses one: the folder names what it holds, and an error
    about the file would otherwise show what lies elsewhere (``/etc/passwd``).
    """
    from iransyria.display import safe_text
    from iransyria.reading import Unreadable, article_path

    given = Path(path)
    if given.is_dir():
        found = sorted(p for p in given.iterdir() if p.suffix == ".json" and not p.name.startswith("."))
        if not found:
            raise DataError([f"{given}: a folder with no .json dataset files in it"])
        outside = []
        for file in found:
            try:
                article_path(given, file.name)
            except Unreadable as error:
                outside.append(f"{safe_text(str(file))}: {error.reason}")
        if outside:
            raise DataError(outside)
        return found
    return [given]


def _named(path: Path, problems: Iterable[str]) -> list[str]:
    # Every problem names its file, once (the reader may already have).
    prefix = f"{path}"
    return [problem if problem.startswith(prefix) else f"{prefix}: {problem}" for problem in problems]


def read_parts(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, Dataset]]:
    """Each dataset file the paths name, read, with its name; every file's problems reported together."""
    from iransyria.serialization import load

    parts: list[tuple[str, Dataset]] = []
    problems: list[str] = []
    for given in paths:
        try:
            files = dataset_files(given)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        for path in files:
            try:
                parts.append((str(path), load(path)))
            except DataError as exc:
                problems.extend(_named(path, exc.problems))
    if problems:
        raise DataError(problems)
    return parts


def merge(parts: Sequence[tuple[str, Dataset]]) -> Dataset:
    """One dataset of every part's records, merged by id; raise :class:`DataError` on a clash.

    ``parts`` pairs each dataset with the name messages give it (a file path,
    or :data:`SHIPPED`). A record that is equal to one already merged is kept
    once; one that differs is reported as
    ``FILE: claims[clm-x]: id clm-x is already used by a different record in OTHER``.
    """
    # The record tables (KINDS), in the order they are merged and reported.
    tables: dict[str, dict[str, Any]] = {kind.table: {} for kind in KINDS}
    where: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for name, part in parts:
        for kind in KINDS:
            table = kind.table
            merged = tables[table]
            for record in part.table(kind):
                first = merged.get(record.id)
                if first is None:
                    merged[record.id] = record
                    where[table, record.id] = name
                elif first != record:
                    other = where[table, record.id]
                    here = "elsewhere in the same file" if other == name else f"in {other}"
                    problems.append(
                        f"{name}: {table}[{record.id}]: id {record.id} is already used by a different record {here}"
                    )
    if problems:
        raise DataError(problems)
    return Dataset(**{table: tuple(records.values()) for table, records in tables.items()})


def load_dataset(*paths: str | os.PathLike[str], extend_shipped: bool = True) -> Dataset:
    """The shipped dataset extended with the records of ``paths`` (files, or folders of files).

    With ``extend_shipped=False``, only the files' records. Raise
    :class:`DataError`, every problem naming its file, when a file cannot be
    read or two files (or a file and the shipped data) give one id to two
    different records. The result is checked by :func:`iransyria.rules.validate`
    like any dataset.
    """
    parts: list[tuple[str, Dataset]] = []
    if extend_shipped:
        from iransyria.data import shipped

        parts.append((SHIPPED, shipped()))
    if paths:  # the reader (cattrs, msgspec) loads only when there are files to read
        parts.extend(read_parts(paths))
    if len(parts) == 1:
        return parts[0][1]
    return merge(parts)
