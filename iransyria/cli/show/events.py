"""``show events`` and ``show event ID``: the happenings, and one with its participants and the claims behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import EventKindName, JsonOption, completer, listing, one, record_filter
from iransyria.cli.render import (
    NUMBER,
    WRAP,
    View,
    agreement_name,
    claim_block,
    count,
    named,
    position_text,
    reference_rows,
    said,
    source_name,
    with_id,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from iransyria.dataset import Dataset
    from iransyria.models import Event

__all__ = ["register", "show_event", "show_events"]


@guarded
def show_events(
    kind: Annotated[
        EventKindName | None, typer.Option("--kind", case_sensitive=False, help="Only events of this kind.")
    ] = None,
    actor: Annotated[
        str | None,
        record_filter("actor", "Only those the actor takes part in (an id, name or any spelling)."),
    ] = None,
    agreement: Annotated[
        str | None,
        record_filter("agreement", "Only those concerning the agreement."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """The happenings the articles report: visits, meetings, signings, remarks, strikes; one row each.

    'sources' counts the independent origins that report the event (a
    translation counts with its original); `timeline` shows the same events
    in date order.
    """
    from iransyria import queries
    from iransyria.models import EventKind

    chosen = None if kind is None else EventKind(kind.lower())
    listed = listing(queries.events, json, {"actor": actor, "agreement": agreement}, kind=chosen)
    if listed is None:
        return
    data, found = listed
    view = View()
    table = view.table(("event", WRAP), ("date, place", WRAP), ("sources", NUMBER))
    for record in found:
        table.add_row(
            view.lines(
                view.text((record.title, "bold")), record.kind.value, view.text((record.id, "dim cyan"))
            ),
            view.lines(_when(record), record.place or "place not reported"),
            str(len(queries.event_corroboration(record.id, data))),
        )
    view.listing(table, "events")


def _when(record: Event) -> str:
    return "undated" if record.date is None else str(record.date)


@guarded
def show_event(
    id: Annotated[
        str,
        typer.Argument(
            metavar="EVENT",
            help="An event (an id, or words of its title).",
            autocompletion=completer("event"),
        ),
    ],
    json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the event with the claims reporting it and their provenance as a dataset."
        ),
    ] = False,
) -> None:
    """An event: kind, date, place, participants with their roles and offices, and the claims reporting it.

    A signing's date, place and signatories are its agreement's, so the
    claims behind those come along.
    """
    from iransyria import queries

    opened = one("event", id, json, lambda data: data.event_index)
    if opened is None:
        return
    data, record = opened
    reporting = queries.event_claims(record.id, data)
    view = View()
    view.print(with_id(view, record.title, record.id, "bold"))
    view.print()
    view.fields(_rows(data, record))
    view.heading(f"Claims reporting it ({len(reporting)})")
    for claim in reporting:
        view.print()
        view.print(view.text(f"{claim.predicate.value}: {said(data, claim)}"), 2)
        claim_block(view, data, claim, value=False, indent=4)


def _rows(data: Dataset, record: Event) -> list[tuple[str, RenderableType]]:
    """The event's fields in words: names before ids, each participant with its role and office."""
    from iransyria import queries

    rows: list[tuple[str, RenderableType]] = [
        ("kind", record.kind.value),
        ("date", _when(record)),
        ("place", record.place or "not reported"),
    ]
    for participant in record.participants:
        office = "" if participant.position is None else f"\n{position_text(data, participant.position)}"
        rows.append((participant.role.value, f"{named(data, participant.actor)}{office}"))
    for agreement_id in record.agreements:
        rows.append(("agreement", f"{agreement_name(data, agreement_id)} ({agreement_id})"))
    if record.part_of is not None:
        whole = data.event_index.get(record.part_of)
        rows.append(("part of", f"{whole.title if whole else 'unknown event'} ({record.part_of})"))
    for during in (e for e in data.events if e.part_of == record.id):
        rows.append(("during it", f"{during.title} ({during.id})"))
    origins = queries.event_corroboration(record.id, data)
    reported = [
        f"{source_name(data, source)} ({source})" for source in queries.event_sources(record.id, data)
    ]
    rows.append(("reported by", "\n".join([count(len(origins), "independent origin"), *reported])))
    return rows + reference_rows(data, record.id)


def register(app: typer.Typer) -> None:
    """Add ``show events`` and ``show event ID`` to the ``show`` group."""
    app.command("events", epilog=PLAIN_EXIT_CODES)(show_events)
    app.command("event", epilog=PLAIN_EXIT_CODES)(show_event)
