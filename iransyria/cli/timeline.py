"""``timeline``: signings, visits and events in date order, with their sources."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iransyria.cli.errors import PLAIN_EXIT_CODES, guarded
from iransyria.cli.options import IdsOption, JsonOption, listing, record_filter
from iransyria.cli.output import say
from iransyria.cli.render import ID, WRAP, View, source_name, subject_name, with_id

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.text import Text

    from iransyria.dataset import Dataset
    from iransyria.queries import TimelineEvent


__all__ = ["register", "timeline"]


@guarded
def timeline(
    agreement: Annotated[
        str | None,
        record_filter("agreement", "Only its signing and the events about it."),
    ] = None,
    actor: Annotated[
        str | None,
        record_filter("actor", "Only events the actor took part in, and signings it was party to."),
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            metavar="FILE",
            help=(
                "Draw the timeline to FILE (.svg or .png) instead; needs the plot extra (matplotlib). "
                # plot.MAX_LABELS (not imported here: it loads the models); tests/cli/test_plot.py checks it.
                "Every item is drawn; at most 100 rows are labelled (one in every few beyond that)."
            ),
        ),
    ] = None,
    ids: IdsOption = False,
    json: JsonOption = False,
) -> None:
    """Every dated happening once, in date order, at the precision reported, with all its sources.

    With --plot FILE the timeline is drawn instead: each item on a time axis
    at its precision (a month as a span, a range of days as a bar), coloured
    by kind, labelled with the number of sources that report it.
    """
    from iransyria import queries
    from iransyria.models import Standing

    listed = listing(queries.timeline, json, {"agreement": agreement, "actor": actor})
    if listed is None:
        return
    data, events = listed
    if plot is not None:
        _draw(events, plot, data)
        return
    view = View()
    table = view.table(("date", ID), ("what, where, reported by", WRAP))
    for event in events:
        name = subject_name(data, event.subject)
        what: list[str | Text] = [
            with_id(view, name, event.subject, "bold") if ids else view.text((name, "bold"))
        ]
        if event.description != name:
            what.append(event.description)
        if event.place:
            what.append(f"in {event.place}")
        reported = [source_name(data, s) + (f" ({s})" if ids else "") for s in event.sources]
        what.append(f"sources ({len(event.sources)}): " + ("; ".join(reported) or "none"))
        kind = event.kind.value
        if event.standing is not Standing.ACCEPTED:
            kind += f" ({event.standing.value})"
        table.add_row(view.lines(str(event.date), kind), view.lines(*what))
    view.listing(table, "events")


def _draw(events: Sequence[TimelineEvent], path: Path, data: Dataset) -> None:
    """Draw the events to ``path``; a missing matplotlib or an unknown file type exits 2."""
    import warnings

    from iransyria.cli.errors import UsageError, cannot_write
    from iransyria.cli.plot import PlotUnavailable, render

    # matplotlib's warnings (a glyph missing from the font) quote the data: said, escaped, once each.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            render(events, path, names={actor.id: actor.name for actor in data.actors})
        except PlotUnavailable as error:
            raise UsageError(str(error)) from None
        except OSError as error:
            raise cannot_write(path, error) from None
    for warning in caught:
        say(f"{path}: warning: {warning.message}", err=True)
    say(f"drew {len(events)} items to {path}", err=True)


def register(app: typer.Typer) -> None:
    """Add the ``timeline`` command to the app."""
    app.command("timeline", epilog=PLAIN_EXIT_CODES)(timeline)
