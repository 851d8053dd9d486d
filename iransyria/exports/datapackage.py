"""A Frictionless data package: the CSV tables and a ``datapackage.json`` describing them.

Each table's Table Schema gives its columns' types, the enums of coded
columns, the primary key and the foreign keys between tables, so that
``frictionless validate datapackage.json`` checks the export on its own.
The descriptor carries the data version as the package's ``version`` and
the content hash under ``iransyria``.
"""

from __future__ import annotations

import functools
from typing import Any

import orjson

from iransyria.dataset import Dataset
from iransyria.exports.csv import Column, Table, tables
from iransyria.exports.formats import ExportFormat, register_format
from iransyria.exports.records import metadata

__all__ = ["DATAPACKAGE", "DESCRIPTOR", "datapackage_files", "descriptor"]

#: The descriptor's file name.
DESCRIPTOR = "datapackage.json"


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [_field(column) for column in table.columns]}
    if table.primary_key is not None:
        schema["primaryKey"] = [table.primary_key]
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [column], "reference": {"resource": other, "fields": [key]}}
            for column, other, key in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "schema": schema,
    }


def descriptor(dataset: Dataset, made: dict[str, Table] | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` of the dataset's CSV tables."""
    meta = metadata(dataset)
    return {
        "profile": "tabular-data-package",
        "name": "iransyria",
        "title": "Iran–Syria military cooperation agreements, as reported: claims with provenance",
        "version": meta["data_version"],
        "licenses": [
            {
                "name": "MIT",
                "path": "https://opensource.org/licenses/MIT",
                "title": "MIT License (the records; quoted article text: see LICENSE-QUOTES.md)",
            }
        ],
        "iransyria": meta,
        "resources": [_resource(table) for table in (made or tables(dataset)).values()],
    }


def datapackage_files(dataset: Dataset, *, escape_formulas: bool = True) -> dict[str, bytes]:
    """Every file of the data package, by name: the CSV tables (formula cells guarded, see
    :mod:`iransyria.exports.csv`, unless ``escape_formulas`` is false) and ``datapackage.json``."""
    made = tables(dataset)
    files = {f"{name}.csv": table.to_csv(escape_formulas=escape_formulas) for name, table in made.items()}
    files[DESCRIPTOR] = orjson.dumps(
        descriptor(dataset, made), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
    )
    return files


DATAPACKAGE = register_format(
    ExportFormat(
        "datapackage",
        (),
        "those tables and a datapackage.json (Frictionless)",
        write=datapackage_files,
        folder=True,
        exact=functools.partial(datapackage_files, escape_formulas=False),
        descriptors=(DESCRIPTOR,),
    )
)
