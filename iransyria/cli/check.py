"""``check``: validate a dataset against every rule; exit 1 on errors (or warnings, with ``--strict``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import EXIT_CODES, EXIT_FINDINGS, guarded
from iransyria.cli.options import data_file, dataset
from iransyria.cli.render import View, count, emit_json

if TYPE_CHECKING:
    from iransyria.rules import Violation

__all__ = ["check", "register"]


@guarded
def check(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE", help="A dataset JSON file ('-' for stdin); the shipped dataset when omitted."
        ),
    ] = None,
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles",
            metavar="DIR",
            envvar="IRANSYRIA_ARTICLES",
            exists=True,
            file_okay=False,
            dir_okay=True,
            help="The folder of article files, to check hashes and that quotes are verbatim.",
        ),
    ] = None,
    json: Annotated[
        bool, typer.Option("--json", help="Print the violations as JSON and nothing else.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Validate a dataset against every rule; print the violations grouped by severity."""
    from iransyria.rules import Severity, validate
    from iransyria.serialization import load, loads

    if file is None:
        data = dataset()
        name = str(data_file() or "the shipped dataset")
    elif str(file) == "-":
        data = loads(sys.stdin.buffer.read())
        name = "stdin"
    else:
        data = load(file)
        name = str(file)
    violations = validate(data, articles)
    errors = [v for v in violations if v.severity is Severity.ERROR]
    warnings = [v for v in violations if v.severity is not Severity.ERROR]
    found = bool(errors or (strict and warnings))
    try:
        _report(violations, errors, warnings, name, articles is not None, len(data), json)
    except BrokenPipeError:
        # The reader went away (`check | head -1`): stop quietly, but the findings still decide the code.
        from iransyria.cli.pager import quiet_broken_pipe

        quiet_broken_pipe()
    if found:
        raise typer.Exit(EXIT_FINDINGS)


def _report(
    violations: list[Violation],
    errors: list[Violation],
    warnings: list[Violation],
    name: str,
    quotes_checked: bool,
    records: int,
    json: bool,
) -> None:
    """Print the violations grouped by severity and a summary line, or the JSON."""
    if json:
        emit_json(violations)
    else:
        view = View()
        for label, group, style in (("errors", errors, "bold red"), ("warnings", warnings, "bold yellow")):
            if not group:
                continue
            view.print(view.text((f"{label} ({len(group)})", style)))
            view.fields(
                [
                    (
                        violation.code,
                        view.lines(
                            f"{violation.path}: {violation.message}",
                            *([f"related: {', '.join(violation.related)}"] if violation.related else []),
                        ),
                    )
                    for violation in group
                ],
                indent=2,
            )
            view.print()
        quotes = "" if quotes_checked else " (quotes not checked: no --articles)"
        summary = f"{count(len(errors), 'error')}, {count(len(warnings), 'warning')} in {name}{quotes}"
        view.print(summary if violations else f"no problems in {name}: {records} records{quotes}")


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to the app."""
    app.command("check", epilog=EXIT_CODES)(check)
