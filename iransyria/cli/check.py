"""``check``: validate a dataset against every rule; exit 1 on errors (or warnings, with ``--strict``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from iransyria.cli.errors import EXIT_CODES, EXIT_FINDINGS, guarded
from iransyria.cli.options import data_name, dataset
from iransyria.cli.render import View, count, emit_json

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
        list[Path] | None,
        typer.Option(
            "--articles",
            metavar="DIR",
            envvar="IRANSYRIA_ARTICLES",
            exists=True,
            file_okay=False,
            dir_okay=True,
            help=(
                "The folder of article files, to check hashes and that quotes are verbatim. Repeatable "
                "(your own articles' folder beside the shipped one); the variable takes folders joined by "
                f"{os.pathsep!r}."
            ),
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
        name = data_name()
    elif str(file) == "-":
        data = loads(sys.stdin.buffer.read())
        name = "stdin"
    else:
        data = load(file)
        name = str(file)
    violations = validate(data, articles)
    errors = [v for v in violations if v.severity is Severity.ERROR]
    warnings = [v for v in violations if v.severity is not Severity.ERROR]
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
        quotes = "" if articles else " (quotes not checked: no --articles)"
        summary = f"{count(len(errors), 'error')}, {count(len(warnings), 'warning')} in {name}{quotes}"
        view.print(summary if violations else f"no problems in {name}: {len(data)} records{quotes}")
    if errors or (strict and warnings):
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to the app."""
    app.command("check", epilog=EXIT_CODES)(check)
