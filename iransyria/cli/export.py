"""``export`` and ``schema``: the dataset as canonical JSON, JSON Lines, CSV or a data package; the JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, UsageError, guarded
from iransyria.cli.options import dataset
from iransyria.cli.output import emit_json, say
from iransyria.display import cut

__all__ = ["export", "register", "schema"]


def _format_option() -> Any:
    """The ``--format`` option, made from the export formats' registry (:data:`iransyria.exports.FORMATS`).

    Called when ``export`` is built, not at import: the annotation that calls
    it is evaluated then (``from __future__ import annotations``), so the
    start-up of every other command does not load the exports.
    """
    from iransyria.exports import FORMATS

    return typer.Option(
        "--format",
        "-f",
        metavar=f"<{'|'.join(FORMATS)}>",
        help="; ".join(f"{name}: {format.help}" for name, format in FORMATS.items()) + ".",
    )


def _out_option() -> Any:
    """The ``--out`` option, made when ``export`` is built (see :func:`_format_option`)."""
    from iransyria.exports import FORMATS

    folders = " and ".join(name for name, format in FORMATS.items() if format.folder)
    return typer.Option(
        "--out",
        "-o",
        metavar="PATH",
        help=f"Write to this file (a folder for {folders}), each file all or nothing, instead of stdout.",
    )


@guarded
def export(
    format: Annotated[str, _format_option()] = "json",
    out: Annotated[Path | None, _out_option()] = None,
    escape_formulas: Annotated[
        bool,
        typer.Option(
            "--escape-formulas/--no-escape-formulas",
            help="CSV tables: put a ' before a cell a spreadsheet would run as a formula (=, +, -, @, tab, "
            "CR, LF, and their full-width forms), as OWASP advises; on by default. "
            "JSON and JSON Lines are always exact.",
        ),
    ] = True,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace a read-only file (or table) at --out, as cp -f does."),
    ] = False,
) -> None:
    """The dataset as canonical JSON (sorted keys and records), JSON Lines, CSV tables or a data package.

    Every format carries the code and data versions and the SHA-256 of the
    records' canonical JSON. CSV cells that begin like a formula get a ' in
    front (OWASP's advice against CSV injection), unless --no-escape-formulas.
    """
    from iransyria.exports import FORMATS
    from iransyria.exports import export as write

    chosen = FORMATS.get(format)
    if chosen is None:
        raise UsageError(f"--format {cut(format)} is no export format: use {', '.join(FORMATS)}")
    data = dataset()
    if out is None:
        if chosen.folder:
            raise UsageError(f"--format {chosen.name} writes a folder of files: give it with --out DIR")
        emit_json(chosen.write(data)[""])
        return
    try:
        written = write(data, chosen.name, out, escape_formulas=escape_formulas, force=force)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else out
        raise UsageError(f"{where}: cannot write: {exc.strerror or exc}") from None
    files = f" ({', '.join(written)})" if chosen.folder else ""
    say(f"wrote {len(data)} records to {out}{files}", err=True)


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

        emit_json(to_json(read_schema()))
        return
    emit_json(to_json(json_schema()))


def register(app: typer.Typer) -> None:
    """Add the ``export`` and ``schema`` commands to the app."""
    app.command("export", epilog=PLAIN_EXIT_CODES)(export)
    app.command("schema", epilog=PLAIN_EXIT_CODES)(schema)
