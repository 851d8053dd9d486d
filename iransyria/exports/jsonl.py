"""JSON Lines: one record per line, its type under ``"record"``, after a first line of metadata.

The first line is ``{"record": "meta", ...}`` (:func:`~iransyria.exports.records.metadata`);
every other line is one record of :func:`~iransyria.exports.records.to_records`,
keys sorted. ``jq 'select(.record == "claim")'`` and DuckDB's ``read_json``
read it as it is. :func:`loads_jsonl` reads it back into the same
:class:`Dataset`, and refuses one whose records no longer hash to the
metadata's ``sha256`` (an edited or truncated file).
"""

from __future__ import annotations

from typing import Any

import orjson

from iransyria.dataset import Dataset
from iransyria.errors import DataError
from iransyria.exports.formats import ExportFormat, register_format
from iransyria.exports.records import RECORD, content_hash, metadata, to_records
from iransyria.models.kinds import KINDS

__all__ = ["JSONL", "META", "dumps_jsonl", "loads_jsonl"]

#: The record type of the metadata line.
META = "meta"


def dumps_jsonl(dataset: Dataset) -> bytes:
    """The dataset as JSON Lines: the metadata line, then one line per record."""
    lines = [{RECORD: META, **metadata(dataset)}, *to_records(dataset)]
    return b"".join(
        orjson.dumps(line, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE) for line in lines
    )


def loads_jsonl(data: bytes | str) -> Dataset:
    """Read JSON Lines written by :func:`dumps_jsonl`; raise :class:`DataError`, problems by line number."""
    from iransyria.serialization import structure

    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    tables: dict[str, list[Any]] = {table: [] for table in KINDS.tables}
    kinds = {kind.name: kind for kind in KINDS}
    meta: dict[str, Any] | None = None
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON: {exc}")
            continue
        kind = item.pop(RECORD, None) if isinstance(item, dict) else None
        if kind == META and meta is None and number == 1:
            meta = item
        elif isinstance(kind, str) and kind in kinds:
            tables[kinds[kind].table].append((number, item))
        else:
            known = ", ".join(repr(k) for k in kinds)
            problems.append(f"line {number}: {RECORD!r} must be one of {known} (and {META!r} on line 1 only)")
    if meta is None:
        problems.insert(0, f"line 1: not the metadata line ({{{RECORD!r}: {META!r}, ...}})")
    records: dict[str, list[Any]] = {table: [] for table in tables}
    for table, items in tables.items():
        cls = KINDS.of_table(table).cls
        for number, item in items:
            try:
                records[table].append(structure(item, cls))
            except DataError as exc:
                problems.extend(f"line {number}: {table}: {problem}" for problem in exc.problems)
    if problems:
        raise DataError(problems)
    dataset = Dataset(**records)
    assert meta is not None
    if meta.get("sha256") != content_hash(dataset):
        raise DataError(
            [
                f"line 1: the records hash to {content_hash(dataset)}, not the {meta.get('sha256')} recorded: "
                "the file was changed or cut short"
            ]
        )
    return dataset


JSONL = register_format(
    ExportFormat(
        "jsonl",
        (".jsonl",),
        "JSON Lines, a metadata line then one record per line",
        write=lambda dataset: {"": dumps_jsonl(dataset)},
        read=loads_jsonl,
    )
)
