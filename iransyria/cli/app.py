"""The ``iransyria`` Typer app: its root options, its command groups, and :func:`main`.

Each command group is a module of :mod:`iransyria.cli` with a
``register(app)`` function; adding a group is that module plus one entry in
:data:`GROUPS`. The groups' modules import typer and the models only: rich,
the serializer, the rules and the shipped dataset load inside the commands
that use them, so ``iransyria --help`` starts light.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
import typer.core

from iransyria.cli import authoring, check, export, show, timeline, verify
from iransyria.cli.errors import EXIT_CODES, EXIT_USAGE, UsageError
from iransyria.cli.options import DataOption, NoShippedOption, use_data

__all__ = ["ANYWHERE", "GROUPS", "app", "hoist", "main"]

_HELP = "Query and check the Iran–Syria military agreements dataset: every value traced to its sources."

#: The root options a user may give after the command too: (name, takes a value).
ANYWHERE = {"--data": True, "--no-shipped": False}


def hoist(args: list[str]) -> list[str]:
    """The arguments with every root option of :data:`ANYWHERE` moved to the front, in order.

    ``iransyria show agreements --data mine.json`` then means
    ``iransyria --data mine.json show agreements``. Nothing after ``--`` moves.
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in ANYWHERE:
            takes_value = ANYWHERE[name] and "=" not in arg
            front.extend(args[i : i + 1 + takes_value])
            i += 1 + takes_value
            continue
        rest.append(arg)
        i += 1
    return front + rest


class _Group(typer.core.TyperGroup):
    """The root group: root options are taken wherever they stand (see :func:`hoist`)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist(args))


app = typer.Typer(
    cls=_Group,
    name="iransyria",
    help=_HELP,
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
)


def _version(shown: bool) -> None:
    if shown:
        from iransyria.version import DATA_VERSION, __version__

        typer.echo(f"iransyria {__version__} (data {DATA_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(
    data: DataOption = None,
    no_shipped: NoShippedOption = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the code and data versions and exit."
        ),
    ] = False,
) -> None:
    """Query and check the Iran–Syria military agreements dataset: every value traced to its sources."""
    try:
        use_data(data, no_shipped)
    except UsageError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_USAGE) from None


#: The command groups, in the order they register.
GROUPS = (show, timeline, export, check, verify, authoring)
for _group in GROUPS:
    _group.register(app)


def main() -> None:
    """The console script's entry point."""
    app()
