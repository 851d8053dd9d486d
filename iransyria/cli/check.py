"""``check``: validate a dataset against every rule; exit 1 on errors (or warnings, with ``--strict``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import CHECK_EXIT_CODES, EXIT_FINDINGS, UsageError, guarded
from iransyria.cli.options import data_name, data_paths, dataset, shipped_dataset, with_shipped
from iransyria.cli.render import View, count, emit_json
from iransyria.display import bounded, safe_text
from iransyria.errors import MAX_ERRORS, DataError

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
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help=(
                "Exit 1 on warnings too: with --data, on the warnings your files bring, "
                "not those the shipped data carries on its own."
            ),
        ),
    ] = False,
    max_errors: Annotated[
        int,
        typer.Option(
            "--max-errors",
            metavar="N",
            min=1,
            help="List at most N problems (of the file, then of the rules), then count the rest.",
        ),
    ] = MAX_ERRORS,
) -> None:
    """Validate a dataset against every rule; print the violations grouped by severity."""
    # The serializer (cattrs, msgspec) loads only to read a file: the shipped data needs none of it.
    from iransyria.rules import Severity, validate

    mine: frozenset[str] | None = None  # with --data beside the shipped data: the sources of the user's files
    if file is None:
        data = dataset()
        name = data_name()
        if data_paths() and with_shipped():
            shipped = {source.id for source in shipped_dataset().sources}
            mine = frozenset(source.id for source in data.sources if source.id not in shipped)
    elif data_paths():
        raise UsageError("give the dataset to check as FILE or with --data, not both")
    elif str(file) == "-":
        from iransyria.reading import read_stream
        from iransyria.serialization import loads

        name = "stdin"
        raw = read_stream(sys.stdin.buffer, name)  # its errors name stdin already (once: not 'stdin: stdin:')
        try:
            data = loads(raw, max_errors=max_errors)
        except DataError as exc:
            raise exc.in_file(name) from None
    else:
        from iransyria.serialization import load

        data = load(file, max_errors=max_errors)
        name = str(file)
    name = safe_text(name)
    # The shipped sources' articles are the project's to check: with --data, only the user's quotes are.
    violations = validate(data, articles, quotes_of=mine)
    errors = [v for v in violations if v.severity is Severity.ERROR]
    warnings = [v for v in violations if v.severity is not Severity.ERROR]
    theirs = _shipped_warnings() if mine is not None else frozenset()
    own_warnings = [v for v in warnings if (v.code, v.path) not in theirs]
    found = bool(errors or (strict and own_warnings))
    shipped_note = len(warnings) - len(own_warnings) if strict else 0
    try:
        _report(
            violations, errors, warnings, name, articles is not None, len(data), json, max_errors, shipped_note
        )
    except BrokenPipeError:
        # The reader went away (`check | head -1`): stop quietly, but the findings still decide the code.
        from iransyria.cli.pager import quiet_broken_pipe

        quiet_broken_pipe()
    if found:
        raise typer.Exit(EXIT_FINDINGS)


def _shipped_warnings() -> frozenset[tuple[str, str]]:
    """(code, path) of each warning the shipped data carries on its own: not a user's to fix."""
    from iransyria.rules import Severity, validate

    return frozenset(
        (v.code, v.path) for v in validate(shipped_dataset()) if v.severity is not Severity.ERROR
    )


def _report(
    violations: list[Violation],
    errors: list[Violation],
    warnings: list[Violation],
    name: str,
    quotes_checked: bool,
    records: int,
    json: bool,
    max_errors: int = MAX_ERRORS,
    shipped_warnings: int = 0,
) -> None:
    """Print the violations grouped by severity (at most ``max_errors``) and a summary line, or the JSON."""
    if json:
        emit_json(violations)
    else:
        view = View()
        room = max_errors
        for label, group, style in (("errors", errors, "bold red"), ("warnings", warnings, "bold yellow")):
            if not group:
                continue
            view.print(view.text((f"{label} ({len(group)})", style)))
            shown, room = group[: max(room, 0)], room - len(group)
            view.fields(
                [
                    (
                        violation.code,
                        view.lines(
                            bounded(f"{violation.path}: {violation.message}"),
                            *([f"related: {', '.join(violation.related)}"] if violation.related else []),
                        ),
                    )
                    for violation in shown
                ],
                indent=2,
            )
            if len(shown) < len(group):
                view.print(f"and {len(group) - len(shown):,} more {label} (see --max-errors, --json)", 2)
            view.print()
        quotes = "" if quotes_checked else " (quotes not checked: no --articles)"
        summary = f"{count(len(errors), 'error')}, {count(len(warnings), 'warning')} in {name}{quotes}"
        if shipped_warnings:
            summary += f" ({shipped_warnings} of the warnings the shipped data's own: --strict ignores them)"
        view.print(summary if violations else f"no problems in {name}: {records} records{quotes}")


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to the app."""
    app.command("check", epilog=CHECK_EXIT_CODES)(check)
