"""The ``iransyria`` Typer app: its root options, its command groups, and :func:`main`.

Each command group is a module of :mod:`iransyria.cli` with a
``register(app)`` function; adding a group is that module plus one entry in
:data:`GROUPS`. The groups' modules import typer and the models only: rich,
the serializer, the rules and the shipped dataset load inside the commands
that use them, so ``iransyria --help`` starts light.
"""

from __future__ import annotations

import typer

from iransyria.cli import check, export, show, timeline, verify
from iransyria.cli.errors import EXIT_CODES
from iransyria.cli.options import DataOption, use_data

__all__ = ["GROUPS", "app", "main"]

_HELP = "Query and check the Iran–Syria military agreements dataset: every value traced to its sources."

app = typer.Typer(
    name="iransyria",
    help=_HELP,
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
)


@app.callback()
def _root(data: DataOption = None) -> None:
    """Query and check the Iran–Syria military agreements dataset: every value traced to its sources."""
    use_data(data)


#: The command groups, in the order they register.
GROUPS = (show, timeline, export, check, verify)
for _group in GROUPS:
    _group.register(app)


def main() -> None:
    """The console script's entry point."""
    app()
