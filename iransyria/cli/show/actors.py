"""``show actors`` and ``show actor ID``: people, states, organisations and outlets, with their offices."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import (
    ActorKindName,
    JsonOption,
    completer,
    listing,
    one,
    record_filter,
)
from iransyria.cli.render import (
    NUMBER,
    WRAP,
    View,
    agreement_name,
    claim_block,
    position_text,
    says,
    span,
    with_id,
)

if TYPE_CHECKING:
    from rich.console import RenderableType


__all__ = ["register", "show_actor", "show_actors"]


@guarded
def show_actors(
    kind: Annotated[
        ActorKindName | None, typer.Option("--kind", case_sensitive=False, help="Only actors of this kind.")
    ] = None,
    agreement: Annotated[
        str | None,
        record_filter("agreement", "Only the parties, signatories and actors its claims name."),
    ] = None,
    source: Annotated[
        str | None,
        record_filter("source", "Only the actors the source's claims are about."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """The people, states, organisations and outlets, with the offices they held."""
    from iransyria import queries
    from iransyria.models import ActorKind

    chosen = None if kind is None else ActorKind(kind.lower())
    listed = listing(queries.actors, json, {"agreement": agreement, "source": source}, kind=chosen)
    if listed is None:
        return
    data, found = listed
    view = View()
    table = view.table(("actor", WRAP), ("offices", WRAP), ("claims", NUMBER))
    # The claims about each actor (as queries.claims(actor=...) counts them), in one pass.
    about = Counter(actor_id for claim in data.claims for actor_id in queries.claim_actors(claim))
    for record in found:
        offices = [f"{position_text(data, o.position)} ({span(o.start, o.end)})" for o in record.offices]
        table.add_row(
            view.lines(
                view.text((record.name, "bold")), record.kind.value, view.text((record.id, "dim cyan"))
            ),
            view.lines(*offices) if offices else "",
            str(about[record.id]),
        )
    view.listing(table, "actors")


@guarded
def show_actor(
    id: Annotated[
        str,
        typer.Argument(
            metavar="ACTOR",
            help="An actor (an id, name, alias or any spelling).",
            autocompletion=completer("actor"),
        ),
    ],
    json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the actor with the claims about it and their provenance as a dataset."
        ),
    ] = False,
) -> None:
    """An actor: names, offices and how their spans are known, agreements, and the claims about it."""
    from iransyria import queries

    opened = one("actor", id, json, lambda data: data.actor_index)
    if opened is None:
        return
    data, record = opened
    actor_id = record.id
    view = View()
    view.print(with_id(view, record.name, record.id, "bold"))
    rows: list[tuple[str, RenderableType]] = [("kind", record.kind.value)]
    if record.aliases:
        rows.append(
            (
                "also named",
                "\n".join(a.name + (f" ({a.note})" if a.note else "") for a in record.aliases),
            )
        )
    if record.description:
        rows.append(("about", record.description))
    for office in record.offices:
        how = office.basis.value + (f": {office.reference}" if office.reference else "")
        rows.append(
            ("office", f"{position_text(data, office.position)}, {span(office.start, office.end)}\n{how}")
        )
    agreements = queries.agreements(actor=actor_id, dataset=data)
    if agreements:
        rows.append(("agreements", "\n".join(f"{agreement_name(data, a.id)} ({a.id})" for a in agreements)))
    view.print()
    view.fields(rows)
    about = queries.claims(actor=actor_id, dataset=data)
    view.heading(f"Claims about {record.name} ({len(about)})")
    for claim in about:
        view.print()
        view.print(view.text(says(data, claim)), 2)
        claim_block(view, data, claim, value=False, indent=4)


def register(app: typer.Typer) -> None:
    """Add ``show actors`` and ``show actor ID`` to the ``show`` group."""
    app.command("actors", epilog=PLAIN_EXIT_CODES)(show_actors)
    app.command("actor", epilog=PLAIN_EXIT_CODES)(show_actor)
