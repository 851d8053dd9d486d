"""``iransyria show``: one module per kind of record, each adding its listing and its single-record command.

``show record ID`` (``records.py``) shows a record of any kind of
:data:`iransyria.models.kinds.KINDS`, so a new kind is shown with nothing
added here; a kind that deserves more gets a module here with a
``register(app)`` function and one line in :data:`KINDS`.
"""

from __future__ import annotations

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES
from iransyria.cli.show import actors, agreements, claims, corrections, events, records, sources

__all__ = ["KINDS", "register"]

#: The modules of the ``show`` group, in the order their commands are listed.
KINDS = (agreements, actors, sources, claims, corrections, events, records)


def register(app: typer.Typer) -> None:
    """Add the ``show`` group, with every kind's commands, to the app."""
    show = typer.Typer(
        help="Show records: agreements, actors, sources, claims, corrections, events.",
        epilog=PLAIN_EXIT_CODES,
        no_args_is_help=True,
    )
    for kind in KINDS:
        kind.register(show)
    app.add_typer(show, name="show")
