"""``export`` and ``schema``: the dataset as canonical JSON, JSON Lines, CSV or a data package; the JSON Schema."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from iransyria.cli.errors import UsageError, guarded
from iransyria.cli.options import dataset
from iransyria.display import safe_text

__all__ = ["Format", "export", "register", "schema"]


class Format(enum.Enum):
    """The export formats (see :mod:`iransyria.exports`)."""

    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    DATAPACKAGE = "datapackage"


_FOLDERS = {Format.CSV, Format.DATAPACKAGE}


@guarded
def export(
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help=(
                "json: canonical JSON; jsonl: JSON Lines, a metadata line then one record per line; "
                "csv: a folder of tables with a flat claims.csv; datapackage: those tables and a "
                "datapackage.json (Frictionless)."
            ),
        ),
    ] = Format.JSON,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="PATH",
            help="Write to this file (a folder for csv and datapackage), each file all or nothing, instead of stdout.",
        ),
    ] = None,
) -> None:
    """The dataset as canonical JSON (sorted keys and records), JSON Lines, CSV tables or a data package.

    Every format carries the code and data versions and the SHA-256 of the
    records' canonical JSON.
    """
    from iransyria.exports import export as write
    from iransyria.exports import export_bytes

    data = dataset()
    if out is None:
        if format in _FOLDERS:
            raise UsageError(f"--format {format.value} writes a folder of files: give it with --out DIR")
        typer.echo(export_bytes(data, format.value)[""], nl=False)
        return
    try:
        written = write(data, format.value, out)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else out
        raise UsageError(f"{where}: cannot write: {exc.strerror or exc}") from None
    files = f" ({', '.join(written)})" if format in _FOLDERS else ""
    typer.echo(safe_text(f"wrote {len(data)} records to {out}{files}"), err=True)


@guarded
def schema(
    read: Annotated[
        bool, typer.Option("--read", help="The schema of `read --json` output instead of the export format.")
    ] = False,
) -> None:
    """The JSON Schema (draft 2020-12) of the export format, for validating exports with other tools."""
    from iransyria.schema import json_schema
    from iransyria.serialization import to_json

    if read:
        from iransyria.extraction.output import read_schema

        typer.echo(to_json(read_schema()), nl=False)
        return
    typer.echo(to_json(json_schema()), nl=False)


def register(app: typer.Typer) -> None:
    """Add the ``export`` and ``schema`` commands to the app."""
    app.command("export")(export)
    app.command("schema")(schema)
