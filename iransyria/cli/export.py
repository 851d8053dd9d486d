"""``export`` and ``schema``: the dataset as canonical JSON, JSON Lines, CSV or a data package; the JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, UsageError, cannot_write, guarded
from iransyria.cli.options import (
    AgreementFilter,
    SourceFilter,
    StandingName,
    dataset,
    optional,
    record_filter,
)
from iransyria.cli.output import emit_json, say
from iransyria.display import cut

if TYPE_CHECKING:
    from iransyria.dataset import Dataset

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
        help="; ".join(f"{name}: {format.help}" for name, format in FORMATS.items())
        + " (any case). By default, what --out names: its extension, a folder or a datapackage.json; "
        "json on stdout.",
    )


def _out_option() -> Any:
    """The ``--out`` option, made when ``export`` is built (see :func:`_format_option`)."""
    from iransyria.exports import FORMATS

    folders = " and ".join(name for name, format in FORMATS.items() if format.folder)
    extensions = ", ".join(ext for format in FORMATS.values() for ext in format.extensions)
    return typer.Option(
        "--out",
        "-o",
        metavar="PATH",
        help=(
            f"Write to this file (a folder for {folders}), each file all or nothing, instead of stdout. "
            f"Its extension names the format ({extensions}; .csv: one table, see --table); a folder or "
            "a datapackage.json the data package."
        ),
    )


@guarded
def export(
    format: Annotated[str | None, _format_option()] = None,
    out: Annotated[Path | None, _out_option()] = None,
    table: Annotated[
        str | None,
        typer.Option(
            "--table",
            metavar="TABLE",
            help="One CSV table (claims, sources, actors, ...), to stdout or to --out FILE.csv; "
            "claims for an --out FILE.csv without it.",
        ),
    ] = None,
    source: SourceFilter = None,
    agreement: AgreementFilter = None,
    actor: Annotated[
        str | None, record_filter("actor", "Only the claims about this actor (subject or value).")
    ] = None,
    standing: Annotated[
        StandingName | None,
        typer.Option("--standing", case_sensitive=False, help="Only the claims with this standing."),
    ] = None,
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
    With the filters of `show claims`, the claims
    they keep and every record those cite (sources, actors, agreements,
    corrections and the claims those put in their place).
    """
    from iransyria.exports import CSV, DATAPACKAGE, FORMATS, format_named, format_of
    from iransyria.exports import export as write

    chosen = None if format is None else format_named(format)
    if format is not None and chosen is None:
        raise UsageError(f"--format {cut(format)} is no export format: use {', '.join(FORMATS)}")
    named = None if out is None else format_of(out)
    one_table = table is not None or (
        chosen in (None, CSV) and out is not None and out.suffix.lower() == ".csv"
    )
    if one_table:
        if chosen not in (None, CSV):
            raise UsageError(f"--table writes one CSV table, not --format {chosen.name}")
        chosen = CSV
    elif chosen is None:
        if out is not None and named is None:
            known = ", ".join(ext for f in FORMATS.values() for ext in f.extensions)
            raise UsageError(
                f"{out}: no export format has the extension {out.suffix!r} "
                f"(use {known}, .csv, a folder, or --format)"
            )
        chosen = FORMATS["json"] if named is None else named
    elif (
        out is not None
        and named is not None
        and not named.folder
        and named is not chosen
        and not chosen.folder
    ):
        raise UsageError(
            f"--format {chosen.name} does not write a {out.suffix} file ({out}): it is {named.name}"
        )
    data = _filtered(dataset(), source, agreement, actor, standing)
    if one_table:
        _one_table(data, table or "claims", out, escape_formulas, force)
        return
    if chosen is DATAPACKAGE and out is not None and not out.is_dir() and out.suffix:
        out = out.parent  # datapackage.json: the package is written beside it
    if out is None:
        if chosen.folder:
            raise UsageError(f"--format {chosen.name} writes a folder of files: give it with --out DIR")
        emit_json(chosen.write(data)[""])
        return
    try:
        written = write(data, chosen.name, out, escape_formulas=escape_formulas, force=force)
    except OSError as exc:
        raise cannot_write(exc.filename if exc.filename is not None else out, exc) from None
    files = f" ({', '.join(written)})" if chosen.folder else ""
    say(f"wrote {len(data)} records to {out}{files}", err=True)


def _filtered(
    data: Dataset, source: str | None, agreement: str | None, actor: str | None, standing: str | None
) -> Dataset:
    """The claims the filters keep and every record they cite (:func:`iransyria.queries.excerpt`); all without."""
    if source is None and agreement is None and actor is None and standing is None:
        return data
    from iransyria import queries
    from iransyria.models import Standing

    kept = queries.claims(
        source=optional("source", source, data),
        agreement=optional("agreement", agreement, data),
        actor=optional("actor", actor, data),
        standing=None if standing is None else Standing(standing.lower()),
        dataset=data,
    )
    return queries.excerpt(claims=[claim.id for claim in kept], dataset=data)


def _one_table(data: Dataset, table: str, out: Path | None, escape_formulas: bool, force: bool) -> None:
    """One CSV table of the export, to stdout or to ``out``."""
    from iransyria.atomic import write_atomic
    from iransyria.exports import csv_files, read_table

    files = csv_files(data, escape_formulas=escape_formulas)
    names = sorted(name.removesuffix(".csv") for name in files)
    wanted = table.strip().casefold().removesuffix(".csv")
    if wanted not in names:
        raise UsageError(f"--table {cut(table)} is no table of the export: use {', '.join(names)}")
    body = files[f"{wanted}.csv"]
    if out is None:
        say(body.decode("utf-8"), nl=False)
        return
    try:
        write_atomic(out, body, force=force)
    except OSError as exc:
        raise cannot_write(out, exc) from None
    rows = len(read_table(body))
    say(f"wrote the {wanted} table ({rows} rows) to {out}", err=True)


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
