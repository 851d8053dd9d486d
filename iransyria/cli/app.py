"""The ``iransyria`` Typer app: its root options, its command groups, and :func:`main`.

Each command group is a module of :mod:`iransyria.cli` with a
``register(app)`` function; adding a group is that module plus one entry in
:data:`GROUPS`. The groups' modules import typer and the models only: rich,
the serializer, the rules and the shipped dataset load inside the commands
that use them, so ``iransyria --help`` starts light.
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperOption

from iransyria.cli import check, export, search, show, timeline, verify
from iransyria.cli.errors import EXIT_CODES
from iransyria.cli.options import DataOption, use_data

__all__ = ["GROUPS", "app", "main"]

_show_type = TyperOption.display_type_rich


def _flags_without_type(self: TyperOption, ctx: typer.Context) -> str | None:
    """A flag takes no value, so help shows none: ``--json``, not ``--json <bool>``."""
    return None if self.is_flag and self.metavar is None else _show_type(self, ctx)


# Typer's rich help labels every option with its type, flags included; a flag has no value to type.
TyperOption.display_type_rich = _flags_without_type  # type: ignore[method-assign,assignment]

_HELP = "Query and check the Iran–Syria military agreements dataset: every value traced to its sources."

app = typer.Typer(
    name="iransyria",
    help=_HELP,
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
)


@app.callback()
def _root(
    data: DataOption = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long output straight to the terminal, without a pager.")
    ] = False,
) -> None:
    """Query and check the Iran–Syria military agreements dataset: every value traced to its sources."""
    from iransyria.cli.pager import disable

    use_data(data)
    disable(no_pager)


#: The command groups, in the order they register.
GROUPS = (show, search, timeline, export, check, verify)
for _group in GROUPS:
    _group.register(app)


def main() -> None:
    """The console script's entry point.

    A closed pipe exits 0, quietly, on every path. The commands see it
    themselves (:func:`iransyria.cli.errors.guarded`); where the help or a
    usage message meets it, rich (or click) points stdout at /dev/null and
    exits 1, which is turned into 0 here.
    """
    import os
    import stat
    import sys

    try:
        to_pipe = stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError):
        to_pipe = False
    from iransyria.cli.pager import quieted

    try:
        app()
    except SystemExit as exit:
        # A command that met the closed pipe itself chose its code (check keeps 1 for findings).
        if exit.code == 1 and to_pipe and not quieted() and _stdout_discarded():
            raise SystemExit(0) from None
        raise


def _stdout_discarded() -> bool:
    """Whether stdout has been pointed at /dev/null (or wrapped) after its reader went away."""
    import os
    import sys

    if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
        return True
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.stat(os.devnull))
    except (OSError, ValueError):
        return False
