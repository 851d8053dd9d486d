"""``timeline``: signings, visits and events in date order, with their sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import guarded
from iransyria.cli.options import JsonOption, dataset, optional
from iransyria.cli.render import ID, WRAP, View, emit_json
from iransyria.models import Standing

if TYPE_CHECKING:
    from rich.text import Text


__all__ = ["register", "timeline"]


@guarded
def timeline(
    agreement: Annotated[
        str | None,
        typer.Option("--agreement", metavar="ID", help="Only its signing and the events about it."),
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", metavar="ID", help="Only events the actor took part in, and signings it was party to."
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Every dated happening once, in date order, at the precision reported, with all its sources."""
    from iransyria import queries

    data = dataset()
    events = queries.timeline(
        agreement=optional("agreement", agreement, data.agreement_index),
        actor=optional("actor", actor, data.actor_index),
        dataset=data,
    )
    if json:
        emit_json(list(events))
        return
    view = View()
    table = view.table(("date", ID), ("what, where, reported by", WRAP))
    for event in events:
        what: list[str | Text] = [view.text((event.subject, "bold cyan")), event.description]
        if event.place:
            what.append(f"in {event.place}")
        what.append(f"sources ({len(event.sources)}): " + (", ".join(event.sources) or "none"))
        kind = event.kind.value
        if event.standing is not Standing.ACCEPTED:
            kind += f" ({event.standing.value})"
        table.add_row(view.lines(str(event.date), kind), view.lines(*what))
    view.listing(table, "events")


def register(app: typer.Typer) -> None:
    """Add the ``timeline`` command to the app."""
    app.command("timeline")(timeline)
