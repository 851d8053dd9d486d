"""``export`` and ``schema``: the dataset as canonical JSON, and the JSON Schema of that format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iransyria.cli.errors import UsageError, guarded
from iransyria.cli.options import dataset

__all__ = ["export", "register", "schema"]


@guarded
def export(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help="Write to this file (all or nothing) instead of stdout."
        ),
    ] = None,
) -> None:
    """The dataset as canonical JSON: sorted keys and records, two-space indent."""
    from iransyria.serialization import dump, dumps

    data = dataset()
    if out is None:
        typer.echo(dumps(data), nl=False)
        return
    try:
        dump(data, out)
    except OSError as exc:
        raise UsageError(f"{out}: cannot write: {exc.strerror or exc}") from None
    typer.echo(f"wrote {len(data)} records to {out}", err=True)


@guarded
def schema() -> None:
    """The JSON Schema (draft 2020-12) of the export format, for validating exports with other tools."""
    from iransyria.schema import json_schema
    from iransyria.serialization import to_json

    typer.echo(to_json(json_schema()), nl=False)


def register(app: typer.Typer) -> None:
    """Add the ``export`` and ``schema`` commands to the app."""
    app.command("export")(export)
    app.command("schema")(schema)
